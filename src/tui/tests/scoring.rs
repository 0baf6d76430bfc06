//! The scoring screen: levels by one key, evidence picked from the notes, the recommendation
//! and its rationale, submitting — each an event.

use super::*;
use crate::model::{EventKind, Level, Recommendation};

fn press(app: &mut App, code: KeyCode, now: i64) {
    key(app, code, KeyModifiers::NONE, now);
}

#[test]
fn a_whole_rubric_is_scored_by_keyboard_with_evidence_and_a_recommendation() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    midway(&mut l, EN_NOTES, "");
    press(&mut l.app, KeyCode::F(10), 400);
    assert_eq!(l.app.popup, Some(Popup::Scoring));
    let criteria: Vec<_> = l
        .app
        .session
        .state()
        .plan
        .rubric
        .criteria
        .iter()
        .map(|c| c.id.clone())
        .collect();
    // One key a criterion: each level moves to the next criterion.
    for level in ['3', '4', '0', '2'] {
        press(&mut l.app, KeyCode::Char(level), 410);
    }
    // Evidence for the fourth (just scored 2): back up, pick the first two notes.
    press(&mut l.app, KeyCode::Up, 420);
    press(&mut l.app, KeyCode::Char('e'), 420);
    press(&mut l.app, KeyCode::Char(' '), 421);
    press(&mut l.app, KeyCode::Down, 421);
    press(&mut l.app, KeyCode::Char(' '), 421);
    insta::assert_snapshot!("scoring_evidence_en_120x40", screen(&l.app, 120, 40, 422));
    press(&mut l.app, KeyCode::Enter, 423);
    press(&mut l.app, KeyCode::Char('r'), 430); // yes
    press(&mut l.app, KeyCode::Char('r'), 431); // strong yes
    press(&mut l.app, KeyCode::Char('w'), 432);
    type_text(&mut l.app, "Concrete and calm", 433);
    press(&mut l.app, KeyCode::Enter, 434);
    insta::assert_snapshot!("scoring_en_120x40", screen(&l.app, 120, 40, 435));
    press(&mut l.app, KeyCode::Char('s'), 440);

    let state = l.app.session.state();
    let mine = &state.panelists[&l.app.author];
    let level = |i: usize| mine.scores[&criteria[i]].level;
    assert_eq!(level(0), Some(Level::try_from(3).unwrap()));
    assert_eq!(level(1), Some(Level::try_from(4).unwrap()));
    assert_eq!(level(2), None, "0 is not assessed");
    assert_eq!(level(3), Some(Level::try_from(2).unwrap()));
    let visible: Vec<_> = state.visible_notes().iter().map(|n| n.id).collect();
    let evidence = &mine.scores[&criteria[3]].evidence;
    assert_eq!(evidence.len(), 2);
    assert!(evidence.iter().all(|id| visible.contains(id)));
    assert_eq!(
        mine.recommendation,
        Some((Recommendation::StrongYes, "Concrete and calm".into()))
    );
    assert!(mine.submitted_at.is_some());
    // Changing a level after submitting is a new event; the history stays.
    let before = l.app.session.events().len();
    press(&mut l.app, KeyCode::Char('1'), 450);
    assert_eq!(l.app.session.events().len(), before + 1);
    assert!(matches!(
        l.app.session.events().last().unwrap().kind,
        EventKind::ScoreSet { .. }
    ));
    press(&mut l.app, KeyCode::Esc, 451);
    assert_eq!(l.app.popup, None);
}

#[test]
fn scoring_in_chinese_fits_a_small_terminal() {
    let mut l = live("screen-20", Lang::Zh, None, Lang::Zh);
    midway(&mut l, ZH_NOTES, "");
    press(&mut l.app, KeyCode::F(10), 400);
    press(&mut l.app, KeyCode::Char('3'), 401);
    insta::assert_snapshot!("scoring_zh_80x24", screen(&l.app, 80, 24, 402));
}

#[test]
fn control_keys_in_the_scoring_screen_are_not_letters_and_ctrl_c_still_quits() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    press(&mut l.app, KeyCode::F(10), 10);
    ctrl(&mut l.app, 'e', 11); // not `e`: no evidence picker
    assert_eq!(l.app.scoring.mode, crate::tui::scoring::Mode::Criteria);
    ctrl(&mut l.app, 'c', 12);
    assert!(l.app.quit, "Ctrl-C quits at once from any popup");
    for popup in [KeyCode::F(6), KeyCode::F(7)] {
        let mut l = live("screen-20", Lang::En, None, Lang::En);
        press(&mut l.app, popup, 10);
        ctrl(&mut l.app, 'c', 11);
        assert!(l.app.quit, "{popup:?}, then Ctrl-C");
    }
}
