//! Ending an interview: the coverage check, the summary screen, and exports from it.

use super::*;
use crate::model::EventKind;
use crate::tui::agenda;
use crate::tui::coverage::Coverage;

/// Scores the first two criteria 3 and 2, and gives the first one evidence.
fn score_two(app: &mut App<Memory>, now: i64) {
    press(app, KeyCode::F(10), now);
    for _ in 0..3 {
        press(app, KeyCode::Right, now);
    }
    press(app, KeyCode::Down, now);
    for _ in 0..2 {
        press(app, KeyCode::Right, now);
    }
    press(app, KeyCode::Up, now);
    press(app, KeyCode::Tab, now); // the evidence picker
    press(app, KeyCode::Tab, now); // pick the first note
    press(app, KeyCode::Esc, now); // done
    press(app, KeyCode::Esc, now); // back to the interview
}

#[test]
fn coverage_lists_questions_not_asked_and_criteria_unscored_or_without_evidence() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    let fresh = Coverage::of(l.app.state(), &l.app.ui.author);
    let planned = agenda::stops(l.app.state())
        .iter()
        .filter(|s| s.question.is_some())
        .count();
    let criteria = l.app.state().plan.rubric.criteria.len();
    assert_eq!(fresh.not_asked.len(), planned);
    assert_eq!(fresh.not_scored.len(), criteria);
    assert!(fresh.without_evidence.is_empty());

    midway(&mut l, EN_NOTES, ""); // two questions noted on
    ctrl(&mut l.app, 'n', 250); // a third shown: the second was left, so asked
    press(&mut l.app, KeyCode::F(3), 251); // skipped (decided, not forgotten); on to a fourth
    score_two(&mut l.app, 260);
    let now = Coverage::of(l.app.state(), &l.app.ui.author);
    let ahead: Vec<_> = l.app.ui.stops[l.app.ui.at + 1..]
        .iter()
        .filter(|s| s.question.is_some())
        .cloned()
        .collect();
    let shown = l.app.ui.stop().cloned().unwrap();
    let mut open = vec![shown];
    open.extend(ahead);
    assert_eq!(
        now.not_asked, open,
        "the question shown (not yet left) and everything after it"
    );
    assert_eq!(now.not_asked.len(), planned - 3);
    assert_eq!(now.not_scored.len(), criteria - 2);
    let second = l.app.state().plan.rubric.criteria[1].id.clone();
    assert_eq!(now.without_evidence, vec![second]);
    assert!(!now.is_complete());
}

#[test]
fn ending_shows_the_coverage_check_first_and_esc_keeps_the_interview_going() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    midway(&mut l, EN_NOTES, "");
    score_two(&mut l.app, 300);
    ctrl(&mut l.app, 'e', 310);
    assert_eq!(mode(&l.app), Some(&Mode::EndCheck));
    insta::assert_snapshot!("end_check_en_80x24", screen(&l.app, 80, 24, 310));
    type_text(&mut l.app, "yes y Y", 311);
    press(&mut l.app, KeyCode::Enter, 311);
    assert_eq!(l.app.state().ended_at, None, "no typing ends the interview");
    assert_eq!(
        l.app.state().notes.last().map(|n| n.text.as_str()),
        Some("yes y Y"),
        "it was a note"
    );
    press(&mut l.app, KeyCode::Esc, 311);
    assert_eq!(mode(&l.app), None);
    assert_eq!(l.app.state().ended_at, None);

    ctrl(&mut l.app, 'e', 320);
    ctrl(&mut l.app, 'e', 321);
    assert_eq!(l.app.state().ended_at, Some(at(321)));
    assert!(matches!(
        l.app.journal.events.last().map(|e| &e.kind),
        Some(EventKind::SessionEnded)
    ));
    assert_eq!(mode(&l.app), Some(&Mode::Summary { scroll: 0 }));
    insta::assert_snapshot!("summary_en_120x40", screen(&l.app, 120, 40, 400));
}

#[test]
fn an_ended_interview_reopens_and_its_clock_goes_on_or_skips_the_gap() {
    for (key, elapsed_at_500) in [(KeyCode::Char('e'), 500_000), (KeyCode::F(2), 320_000)] {
        let mut l = live("screen-20", Lang::En, None, Lang::En);
        ctrl(&mut l.app, 'e', 300);
        ctrl(&mut l.app, 'e', 300);
        assert_eq!(l.app.state().ended_at, Some(at(300)));
        // From the summary, Ctrl-E asks whether to reopen.
        ctrl(&mut l.app, 'e', 480);
        let reopen = Some(&Mode::Confirm(crate::tui::app::mode::Confirm::Reopen));
        assert_eq!(mode(&l.app), reopen);
        type_text(&mut l.app, "yes", 480);
        press(&mut l.app, KeyCode::Enter, 480);
        assert!(l.app.state().ended_at.is_some(), "typing reopens nothing");
        match key {
            KeyCode::Char(c) => ctrl(&mut l.app, c, 480),
            other => press(&mut l.app, other, 480),
        }
        assert_eq!(l.app.state().ended_at, None, "{key:?} reopens");
        assert_eq!(mode(&l.app), None);
        assert_eq!(
            l.app.state().clock_at(at(500)).elapsed_ms,
            elapsed_at_500,
            "{key:?}: the clock runs on from the end, counting the gap or not"
        );
        // And ends again.
        ctrl(&mut l.app, 'e', 510);
        ctrl(&mut l.app, 'e', 510);
        assert_eq!(l.app.state().ended_at, Some(at(510)));
    }
}

#[test]
fn the_summary_scrolls_and_reads_in_chinese() {
    let mut l = live("screen-20", Lang::Zh, None, Lang::Zh);
    midway(&mut l, ZH_NOTES, "");
    press(&mut l.app, KeyCode::F(12), 300);
    insta::assert_snapshot!("summary_zh_80x24", screen(&l.app, 80, 24, 300));
    l.app.handle(Event::Resize(80, 24), at(301));
    press(&mut l.app, KeyCode::End, 301);
    let Some(Mode::Summary { scroll: end }) = mode(&l.app).cloned() else {
        panic!("the summary is open");
    };
    assert!(end > 0, "the summary is longer than 80x24 leaves it");
    press(&mut l.app, KeyCode::Down, 302);
    assert_eq!(
        mode(&l.app),
        Some(&Mode::Summary { scroll: end }),
        "no further"
    );
    press(&mut l.app, KeyCode::Up, 302);
    assert_eq!(mode(&l.app), Some(&Mode::Summary { scroll: end - 1 }));
    press(&mut l.app, KeyCode::Home, 303);
    assert_eq!(mode(&l.app), Some(&Mode::Summary { scroll: 0 }));
}

#[test]
fn the_summary_exports_every_format_and_typing_there_is_a_note() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    midway(&mut l, EN_NOTES, "");
    press(&mut l.app, KeyCode::F(12), 300);
    type_text(&mut l.app, "mhcj e y", 305);
    assert_eq!(l.app.journal.exports, 0, "letters export nothing");
    assert_eq!(l.app.state().ended_at, None, "and end nothing");
    assert_eq!(l.app.ui.editor.text(), "mhcj e y", "they are the note");
    ctrl(&mut l.app, 'o', 310);
    assert_eq!(l.app.journal.exports, 1);
    let notice = l.app.ui.notice.clone().unwrap_or_default();
    assert!(notice.contains("exports/"), "says where: {notice}");
}

#[test]
fn the_summary_sets_each_reference_call_beside_the_prediction() {
    use crate::model::references::{Referee, References, consistency};
    let mut l = live("deep-120", Lang::En, None, Lang::En);
    let empathy = crate::model::CriterionId::from("empathy");
    let referee = |name: &str, employer: &str, predicted, actual, level: Option<u8>| Referee {
        session: crate::model::SessionId(uuid::Uuid::now_v7()),
        at: at(0),
        name: name.into(),
        employer: employer.into(),
        title: "Agent".into(),
        predicted: Some(predicted),
        actual: Some(actual),
        consent: true,
        levels: level.map(|l| (empathy.clone(), l)).into_iter().collect(),
    };
    let referees = vec![
        referee("Lars Moe", "CityBank", 8, 8, Some(4)),
        referee("Eva Strand", "Telenor", 9, 6, None),
    ];
    l.app.ui.references = Some(References {
        consistency: consistency(&referees),
        referees,
    });
    press(&mut l.app, KeyCode::F(12), 300);
    let shown = rows(&l.app, 80, 200, 300).join("\n");
    for line in [
        "Reference calls",
        "Lars Moe (CityBank · Agent): predicted 8, rated 8 (0) — consistent",
        "Eva Strand (Telenor · Agent): predicted 9, rated 6 (−3) — below the",
        "A referee rated the candidate 2 or more points below their prediction",
        "Empathy: Panel — · Lars Moe 4",
    ] {
        assert!(shown.contains(line), "{line:?} in\n{shown}");
    }
}
