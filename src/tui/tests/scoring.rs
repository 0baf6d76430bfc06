//! The scoring screen: levels by arrow keys, evidence picked from the notes, the
//! recommendation and its rationale, submitting after a confirmation — each an event, and
//! typing a note all the while.

use super::*;
use crate::model::{EventKind, Level, Recommendation};
use crate::tui::app::mode::Confirm;
use crate::tui::scoring::Step;

fn step(app: &App<Memory>) -> Option<&Step> {
    match mode(app) {
        Some(Mode::Scoring(s)) => Some(&s.step),
        _ => None,
    }
}

/// Sets the selected criterion to `level` from not scored (0: not assessed).
fn set_level(app: &mut App<Memory>, level: u8, now: i64) {
    if level == 0 {
        press(app, KeyCode::Left, now);
    }
    for _ in 0..level {
        press(app, KeyCode::Right, now);
    }
}

#[test]
fn a_whole_rubric_is_scored_by_keyboard_with_evidence_and_a_recommendation() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    midway(&mut l, EN_NOTES, "");
    press(&mut l.app, KeyCode::F(10), 400);
    assert_eq!(step(&l.app), Some(&Step::Criteria));
    let criteria: Vec<_> = l
        .app
        .state()
        .plan
        .rubric
        .criteria
        .iter()
        .map(|c| c.id.clone())
        .collect();
    for (i, level) in [3, 4, 0, 2].into_iter().enumerate() {
        if i > 0 {
            press(&mut l.app, KeyCode::Down, 410);
        }
        set_level(&mut l.app, level, 410);
    }
    // Evidence for the fourth (just scored 2): pick the first two notes.
    press(&mut l.app, KeyCode::Tab, 420);
    press(&mut l.app, KeyCode::Tab, 421);
    press(&mut l.app, KeyCode::Down, 421);
    press(&mut l.app, KeyCode::Tab, 421);
    insta::assert_snapshot!("scoring_evidence_en_120x40", screen(&l.app, 120, 40, 422));
    press(&mut l.app, KeyCode::Esc, 423);
    assert_eq!(step(&l.app), Some(&Step::Criteria));
    ctrl(&mut l.app, 'r', 430); // yes
    ctrl(&mut l.app, 'r', 431); // strong yes
    ctrl(&mut l.app, 'w', 432);
    type_text(&mut l.app, "Concrete and calm", 433);
    press(&mut l.app, KeyCode::Enter, 434);
    insta::assert_snapshot!("scoring_en_120x40", screen(&l.app, 120, 40, 435));
    ctrl(&mut l.app, 's', 440);
    assert_eq!(mode(&l.app), Some(&Mode::Confirm(Confirm::Submit)));
    ctrl(&mut l.app, 's', 441);
    assert!(step(&l.app).is_some(), "back on the scoring screen");

    let state = l.app.state();
    let mine = &state.panelists[&l.app.ui.author];
    let level = |i: usize| mine.scores[&criteria[i]].level;
    assert_eq!(level(0), Some(Level::try_from(3).unwrap()));
    assert_eq!(level(1), Some(Level::try_from(4).unwrap()));
    assert_eq!(level(2), None, "below 1 is not assessed");
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
    let before = l.app.journal.events.len();
    press(&mut l.app, KeyCode::Left, 450);
    assert_eq!(l.app.journal.events.len(), before + 1);
    assert!(matches!(
        l.app.journal.events.last().unwrap().kind,
        EventKind::ScoreSet { .. }
    ));
    press(&mut l.app, KeyCode::Esc, 451);
    assert_eq!(mode(&l.app), None);
}

#[test]
fn a_remark_typed_while_scoring_is_a_note_and_scores_nothing() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    press(&mut l.app, KeyCode::F(10), 10);
    let events = l.app.journal.events.len();
    type_text(&mut l.app, "4 calls, is warm", 11);
    assert_eq!(l.app.journal.events.len(), events, "no score, no submit");
    assert_eq!(step(&l.app), Some(&Step::Criteria));
    press(&mut l.app, KeyCode::Enter, 12);
    let state = l.app.state();
    assert_eq!(state.notes.len(), 1);
    assert_eq!(state.notes[0].text, "4 calls, is warm");
    assert!(state.panelists.is_empty(), "nothing scored");
    let shown = screen(&l.app, 80, 24, 12);
    assert!(
        shown.contains("Esc back · ↑↓ criterion · ←→ level"),
        "the footer shows the keys that work here: {shown}"
    );
}

#[test]
fn scoring_in_chinese_fits_a_small_terminal() {
    let mut l = live("screen-20", Lang::Zh, None, Lang::Zh);
    midway(&mut l, ZH_NOTES, "");
    press(&mut l.app, KeyCode::F(10), 400);
    set_level(&mut l.app, 3, 401);
    insta::assert_snapshot!("scoring_zh_80x24", screen(&l.app, 80, 24, 402));
}

#[test]
fn ctrl_c_quits_at_once_from_any_mode() {
    for open in [KeyCode::F(10), KeyCode::F(6), KeyCode::F(7), KeyCode::F(12)] {
        let mut l = live("screen-20", Lang::En, None, Lang::En);
        press(&mut l.app, open, 10);
        ctrl(&mut l.app, 'c', 11);
        assert!(l.app.quit, "{open:?}, then Ctrl-C");
    }
}

#[test]
fn going_back_and_forth_between_scoring_and_the_summary_keeps_the_place() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    press(&mut l.app, KeyCode::F(10), 10);
    press(&mut l.app, KeyCode::Down, 10);
    press(&mut l.app, KeyCode::Down, 10);
    press(&mut l.app, KeyCode::F(12), 11);
    press(&mut l.app, KeyCode::F(10), 12);
    assert!(
        matches!(mode(&l.app), Some(Mode::Scoring(s)) if s.selected == 2),
        "back on the third criterion: {:?}",
        mode(&l.app)
    );
    assert_eq!(l.app.ui.modes.len(), 1, "not one deeper");
}
