//! The panel on the live screen: blind until you submit (the summary and the debrief show
//! the others only as counts), then the debrief with everyone's levels side by side,
//! disputes flagged, the rubric's levels on demand, and the panel's decision recorded.

use super::*;
use crate::model::{Decision, Level, Recommendation};
use crate::tui::debrief::{Debriefing, Step};

/// A deep interview held by Ann (at this screen), Ola and Siv, seen as Ann: Ann has noted
/// and scored two criteria; Ola has scored them apart from her (a dispute on the first),
/// recommends no and has submitted; Siv has scored one and is still at it.
fn panel(ui: Lang) -> Live {
    let mut l = live_with_panel("deep-120", ui, None, ui, &["ann", "ola", "siv"]);
    l.app.journal = l.app.journal.clone().seen_as("ann");
    type_text(&mut l.app, "Walked me through the refund backlog", 20);
    press(&mut l.app, KeyCode::Enter, 21);
    press(&mut l.app, KeyCode::F(10), 30);
    for _ in 0..3 {
        press(&mut l.app, KeyCode::Right, 30); // 3
    }
    press(&mut l.app, KeyCode::Down, 31);
    for _ in 0..2 {
        press(&mut l.app, KeyCode::Right, 31); // 2
    }
    ctrl(&mut l.app, 'r', 32); // yes
    press(&mut l.app, KeyCode::Esc, 33);
    let criterion = |i: usize| l.app.state().plan.rubric.criteria[i].id.clone();
    let score = |i: usize, level: u8| EventKind::ScoreSet {
        criterion: criterion(i),
        level: Level::try_from(level).ok(),
        evidence: vec![],
    };
    let ola = vec![
        EventKind::NoteAdded {
            note_kind: NoteKind::RedFlag,
            text: "Blamed the team for the backlog".into(),
            anchor: Default::default(),
            started_at: at(22),
            started_ms: 22_000,
        },
        score(0, 1),
        score(1, 2),
        EventKind::RecommendationSet {
            recommendation: Recommendation::No,
            rationale: "Owns too little".into(),
        },
        EventKind::PanelistSubmitted,
    ];
    let siv = vec![
        EventKind::NoteAdded {
            note_kind: NoteKind::Note,
            text: "Calm under the hard question".into(),
            anchor: Default::default(),
            started_at: at(25),
            started_ms: 25_000,
        },
        score(0, 3),
    ];
    arrive(&mut l, "ola", 40, ola);
    arrive(&mut l, "siv", 41, siv);
    l
}

/// `kinds` recorded by `author` on another machine at `s`, taken in at the next tick.
fn arrive(l: &mut Live, author: &str, s: i64, kinds: Vec<EventKind>) {
    let clock = l.app.state().clock.clone();
    let batch = crate::model::stamp(&clock, author, at(s), kinds, || EventId(Uuid::now_v7()));
    l.app.journal.arriving.extend(batch);
    l.app.tick(at(s));
}

/// Submits Ann's scores from the live screen.
fn submit(l: &mut Live, now: i64) {
    press(&mut l.app, KeyCode::F(10), now);
    ctrl(&mut l.app, 's', now);
    ctrl(&mut l.app, 's', now);
    press(&mut l.app, KeyCode::Esc, now);
}

/// Opens the debrief from the summary.
fn debrief(l: &mut Live, now: i64) {
    press(&mut l.app, KeyCode::F(12), now);
    ctrl(&mut l.app, 'g', now);
    assert!(matches!(mode(&l.app), Some(Mode::Debrief(_))));
}

#[test]
fn before_submitting_the_others_are_only_counts_on_the_summary_and_the_debrief() {
    let mut l = panel(Lang::En);
    assert_eq!(l.app.state().notes.len(), 1, "Ann's note alone");
    press(&mut l.app, KeyCode::F(12), 50);
    let summary = screen(&l.app, 120, 40, 50);
    assert!(summary.contains("Blind until you submit"), "{summary}");
    assert!(summary.contains("ola: submitted"), "{summary}");
    assert!(summary.contains("siv: not submitted yet"), "{summary}");
    assert!(!summary.contains("Owns too little"), "{summary}");
    ctrl(&mut l.app, 'g', 50);
    let shown = screen(&l.app, 80, 24, 50);
    insta::assert_snapshot!("debrief_blind_en_80x24", shown);
    for hidden in [
        "Blamed the team",
        "Calm under",
        "Owns too little",
        "disputes",
    ] {
        assert!(
            !shown.contains(hidden),
            "{hidden:?} shows before Ann submits"
        );
    }
    let recommendations = shown.lines().find(|l| l.contains("Recommendation"));
    assert!(
        recommendations.is_some_and(|l| l.contains("Yes") && !l.contains("No")),
        "Ann's recommendation alone: {shown}"
    );
}

#[test]
fn once_submitted_the_debrief_shows_everyone_and_flags_the_disputes() {
    let mut l = panel(Lang::En);
    submit(&mut l, 60);
    assert_eq!(l.app.state().notes.len(), 3, "the panel's notes now show");
    debrief(&mut l, 61);
    let wide = screen(&l.app, 120, 40, 61);
    insta::assert_snapshot!("debrief_en_120x40", wide);
    let grid: Vec<&str> = wide.lines().filter(|l| l.contains('⚠')).collect();
    assert!(
        grid.iter().any(|l| l.contains("split")),
        "yes against no is a split: {wide}"
    );
    let d = crate::model::debrief::Debrief::seen_as(l.app.state(), Some("ann"));
    assert_eq!(d.panelists, ["ann", "ola", "siv"]);
    assert!(d.criteria[0].disputed, "3, 1 and 3 are two apart");
    assert!(!d.criteria[1].disputed, "3 and 2 are one apart");
    assert!(
        wide.contains("Blamed the team"),
        "the panel's notes with authors"
    );
    insta::assert_snapshot!("debrief_en_80x24", screen(&l.app, 80, 24, 61));
}

#[test]
fn tab_shows_the_rubric_levels_with_who_chose_each() {
    let mut l = panel(Lang::Zh);
    submit(&mut l, 60);
    debrief(&mut l, 61);
    press(&mut l.app, KeyCode::Tab, 62);
    let shown = screen(&l.app, 80, 24, 62);
    insta::assert_snapshot!("debrief_levels_zh_80x24", shown);
    assert!(shown.contains("[ola]"), "ola chose level 1: {shown}");
    assert!(shown.contains("[ann、siv]"), "ann and siv chose 3: {shown}");
    press(&mut l.app, KeyCode::Tab, 63);
    assert!(
        !screen(&l.app, 80, 24, 63).contains("[ola]"),
        "Tab hides them"
    );
    // A full-width colon takes no space after it.
    ctrl(&mut l.app, 'w', 64);
    let rows = rows(&l.app, 80, 24, 64);
    assert!(
        rows.iter()
            .any(|r| r.contains("小组决定：○ 录用  ◉ 第二轮面试")),
        "{rows:#?}"
    );
}

#[test]
fn the_panels_decision_is_recorded_with_its_reason_and_no_score_changes() {
    let mut l = panel(Lang::En);
    submit(&mut l, 60);
    debrief(&mut l, 61);
    let scores = l.app.state().panelists.clone();
    ctrl(&mut l.app, 'w', 62);
    assert!(matches!(
        mode(&l.app),
        Some(Mode::Debrief(Debriefing {
            step: Step::Decision { .. },
            ..
        }))
    ));
    press(&mut l.app, KeyCode::Up, 62); // second interview → hire
    type_text(&mut l.app, "Agreed after talking the dispute through", 63);
    let form = screen(&l.app, 80, 24, 63);
    assert!(form.contains("◉ Hire"), "{form}");
    assert!(
        form.contains("Not submitted yet: siv"),
        "the warning names who has not submitted: {form}"
    );
    press(&mut l.app, KeyCode::Enter, 64);
    let consensus = l.app.state().consensus.clone().expect("recorded");
    assert_eq!(consensus.decision, Decision::Hire);
    assert_eq!(
        consensus.rationale,
        "Agreed after talking the dispute through"
    );
    assert_eq!(consensus.by, "ann");
    assert_eq!(
        l.app.state().panelists,
        scores,
        "independent scores stay as they were"
    );
    let after = screen(&l.app, 120, 40, 64);
    assert!(after.contains("Hire, recorded by ann"), "{after}");
    assert!(
        matches!(
            mode(&l.app),
            Some(Mode::Debrief(Debriefing {
                step: Step::Grid,
                ..
            }))
        ),
        "back on the grid"
    );
    // Esc leaves a decision being written without recording it.
    ctrl(&mut l.app, 'w', 65);
    press(&mut l.app, KeyCode::Down, 65);
    press(&mut l.app, KeyCode::Esc, 65);
    assert_eq!(l.app.state().consensus, Some(consensus));
}

#[test]
fn notes_that_arrive_from_the_panel_show_in_the_debrief() {
    let mut l = panel(Lang::En);
    submit(&mut l, 60);
    debrief(&mut l, 61);
    arrive(
        &mut l,
        "siv",
        70,
        vec![EventKind::NoteAdded {
            note_kind: NoteKind::GreenFlag,
            text: "Asked for our quality scorecard".into(),
            anchor: Default::default(),
            started_at: at(70),
            started_ms: 70_000,
        }],
    );
    let shown = screen(&l.app, 120, 40, 71);
    assert!(shown.contains("Asked for our quality scorecard"), "{shown}");
    // PgDn scrolls the notes; not past the last.
    for _ in 0..5 {
        press(&mut l.app, KeyCode::PageDown, 72);
    }
    let Some(Mode::Debrief(d)) = mode(&l.app) else {
        panic!("the debrief is open");
    };
    assert_eq!(d.scroll, l.app.state().visible_notes().len() - 1);
}
