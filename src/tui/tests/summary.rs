//! Ending an interview: the coverage check, the summary screen, and exports from it.

use super::*;
use crate::model::EventKind;
use crate::tui::agenda;
use crate::tui::coverage::Coverage;

fn press(app: &mut App, code: KeyCode, now: i64) {
    key(app, code, KeyModifiers::NONE, now);
}

/// Scores the first two criteria 3 and 2 (one key each), and gives the first one evidence.
fn score_two(app: &mut App, now: i64) {
    press(app, KeyCode::F(10), now);
    press(app, KeyCode::Char('3'), now);
    press(app, KeyCode::Char('2'), now);
    press(app, KeyCode::Up, now);
    press(app, KeyCode::Up, now);
    press(app, KeyCode::Char('e'), now);
    press(app, KeyCode::Char(' '), now);
    press(app, KeyCode::Enter, now);
    press(app, KeyCode::Esc, now);
}

#[test]
fn coverage_lists_questions_not_asked_and_criteria_unscored_or_without_evidence() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    let fresh = Coverage::of(l.app.session.state(), &l.app.author);
    let planned = agenda::stops(l.app.session.state())
        .iter()
        .filter(|s| s.question.is_some())
        .count();
    let criteria = l.app.session.state().plan.rubric.criteria.len();
    assert_eq!(fresh.not_asked.len(), planned);
    assert_eq!(fresh.not_scored.len(), criteria);
    assert!(fresh.without_evidence.is_empty());

    midway(&mut l, EN_NOTES, ""); // asks two questions
    ctrl(&mut l.app, 'n', 250); // a third
    press(&mut l.app, KeyCode::F(3), 251); // skipped (decided, not forgotten); on to a fourth
    score_two(&mut l.app, 260);
    let now = Coverage::of(l.app.session.state(), &l.app.author);
    let ahead: Vec<_> = l.app.stops[l.app.at + 1..]
        .iter()
        .filter(|s| s.question.is_some())
        .cloned()
        .collect();
    assert_eq!(now.not_asked, ahead, "everything after the question shown");
    assert_eq!(now.not_asked.len(), planned - 4);
    assert_eq!(now.not_scored.len(), criteria - 2);
    let second = l.app.session.state().plan.rubric.criteria[1].id.clone();
    assert_eq!(now.without_evidence, vec![second]);
    assert!(!now.is_complete());
}

#[test]
fn ending_shows_the_coverage_check_first_and_esc_keeps_the_interview_going() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    midway(&mut l, EN_NOTES, "");
    score_two(&mut l.app, 300);
    ctrl(&mut l.app, 'e', 310);
    assert_eq!(l.app.popup, Some(Popup::EndCheck));
    insta::assert_snapshot!("end_check_en_80x24", screen(&l.app, 80, 24, 310));
    press(&mut l.app, KeyCode::Esc, 311);
    assert_eq!(l.app.popup, None);
    assert_eq!(l.app.session.state().ended_at, None);

    ctrl(&mut l.app, 'e', 320);
    press(&mut l.app, KeyCode::Char('y'), 321);
    assert_eq!(l.app.session.state().ended_at, Some(at(321)));
    assert!(matches!(
        l.app.session.events().last().map(|e| &e.kind),
        Some(EventKind::SessionEnded)
    ));
    assert_eq!(l.app.popup, Some(Popup::Summary { scroll: 0 }));
    insta::assert_snapshot!("summary_en_120x40", screen(&l.app, 120, 40, 400));
    // Ending again just shows the summary: the session ends once.
    press(&mut l.app, KeyCode::Esc, 401);
    ctrl(&mut l.app, 'e', 402);
    assert_eq!(l.app.popup, Some(Popup::Summary { scroll: 0 }));
}

#[test]
fn the_summary_scrolls_and_reads_in_chinese() {
    let mut l = live("screen-20", Lang::Zh, None, Lang::Zh);
    midway(&mut l, ZH_NOTES, "");
    press(&mut l.app, KeyCode::F(12), 300);
    insta::assert_snapshot!("summary_zh_80x24", screen(&l.app, 80, 24, 300));
    press(&mut l.app, KeyCode::End, 301);
    let end = l.app.summary_end.get();
    assert!(end > 0, "the summary is longer than 80x24 leaves it");
    assert_eq!(l.app.popup, Some(Popup::Summary { scroll: end }));
    press(&mut l.app, KeyCode::Up, 302);
    assert_eq!(l.app.popup, Some(Popup::Summary { scroll: end - 1 }));
    press(&mut l.app, KeyCode::Home, 303);
    assert_eq!(l.app.popup, Some(Popup::Summary { scroll: 0 }));
}

#[test]
fn the_summary_exports_each_format_into_the_sessions_exports_folder() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    midway(&mut l, EN_NOTES, "");
    press(&mut l.app, KeyCode::F(12), 300);
    let dir = l.app.session.files().exports.clone();
    for (key, extension, starts) in [
        ('m', "md", "# "),
        ('h', "html", "<!DOCTYPE html>"),
        ('c', "csv", "Rubric,"),
        ('j', "json", "{"),
    ] {
        press(&mut l.app, KeyCode::Char(key), 310);
        let path = dir.join(format!("Kari-Nordmann-2026-11-23.{extension}"));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{} not written: {e}", path.display()));
        assert!(
            text.starts_with(starts),
            "{extension}: {}",
            &text[..40.min(text.len())]
        );
        let notice = l.app.notice.clone().unwrap_or_default();
        assert!(notice.contains(&path.display().to_string()), "{notice}");
    }
    // Typing on the summary never reaches the note line.
    assert!(l.app.editor.is_empty());
}
