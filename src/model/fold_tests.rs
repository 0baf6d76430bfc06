//! Tests of the fold: every event kind changes the state the way the product needs.

use proptest::prelude::*;

use super::arbitrary::{self, at, created, event, id, note};
use super::*;

fn fold_ok(events: &[Event]) -> SessionState {
    fold(events).unwrap()
}

#[test]
fn a_log_must_start_with_the_session() {
    assert_eq!(fold(&[]).unwrap_err(), FoldError::Empty);
    let err = fold(&[event(1, 0, EventKind::ClockStarted)]).unwrap_err();
    assert_eq!(err, FoldError::NotCreatedFirst);
}

#[test]
fn the_header_and_plan_come_from_the_first_event() {
    let s = fold_ok(&[created()]);
    assert_eq!(s.header.candidate, "Kari Nordmann");
    assert_eq!(s.plan.format.sections.len(), 2);
    assert_eq!(s.event_count, 1);
    assert!(s.anomalies.is_empty());
}

#[test]
fn notes_are_edited_and_deleted_with_history_kept() {
    let s = fold_ok(&[
        created(),
        note(1, 60, "first"),
        note(2, 30, "started earlier"),
        event(
            3,
            90,
            EventKind::NoteEdited {
                note: id(1),
                note_kind: NoteKind::Quote,
                text: "first, fixed".into(),
            },
        ),
        event(4, 95, EventKind::NoteDeleted { note: id(2) }),
    ]);
    let first = s.note(&id(1)).unwrap();
    assert_eq!(
        (first.kind, first.text.as_str()),
        (NoteKind::Quote, "first, fixed")
    );
    assert_eq!(first.history[0].text, "first");
    assert_eq!(first.history[0].kind, NoteKind::Note);
    assert!(s.note(&id(2)).unwrap().deleted);
    let visible: Vec<_> = s.visible_notes().iter().map(|n| n.id).collect();
    assert_eq!(visible, vec![id(1)]);
}

#[test]
fn the_timeline_is_ordered_by_when_notes_were_started() {
    let s = fold_ok(&[created(), note(1, 60, "later"), note(2, 30, "earlier")]);
    let texts: Vec<_> = s.visible_notes().iter().map(|n| n.text.clone()).collect();
    assert_eq!(texts, ["earlier", "later"]);
}

#[test]
fn edits_of_unknown_notes_are_kept_as_anomalies() {
    let s = fold_ok(&[
        created(),
        event(1, 1, EventKind::NoteDeleted { note: id(99) }),
    ]);
    assert_eq!(s.anomalies.len(), 1);
    assert_eq!(s.anomalies[0].event, id(1));
}

#[test]
fn questions_track_asked_skipped_and_answers_per_role() {
    let q1: QuestionId = "q1".into();
    let s = fold_ok(&[
        created(),
        event(
            1,
            1,
            EventKind::QuestionSkipped {
                question: q1.clone(),
                role: None,
            },
        ),
        event(
            2,
            2,
            EventKind::QuestionAsked {
                question: q1.clone(),
                role: None,
            },
        ),
        event(
            3,
            3,
            EventKind::QuestionAnswered {
                question: q1.clone(),
                role: Some(id(7)),
                summary: "ran the night shift".into(),
            },
        ),
    ]);
    let plain = s.question_progress(&q1, None).unwrap();
    assert!(plain.asked && !plain.skipped && plain.summary.is_none());
    let for_role = s.question_progress(&q1, Some(id(7))).unwrap();
    assert_eq!(for_role.summary.as_deref(), Some("ran the night shift"));
    assert_eq!(s.current_question, Some((q1, None)));
}

#[test]
fn new_notes_are_anchored_where_the_interview_is() {
    let s = fold_ok(&[
        created(),
        event(
            1,
            0,
            EventKind::SectionEntered {
                section: "two".into(),
            },
        ),
        event(
            2,
            1,
            EventKind::QuestionAsked {
                question: "q2".into(),
                role: Some(id(5)),
            },
        ),
    ]);
    let anchor = s.current_anchor();
    assert_eq!(anchor.section, Some("two".into()));
    assert_eq!(anchor.question, Some("q2".into()));
    assert_eq!(anchor.role, Some(id(5)));
}

#[test]
fn scores_are_kept_per_panelist_and_unknown_criteria_refused() {
    let mut bob = event(
        2,
        2,
        EventKind::ScoreSet {
            criterion: "listening".into(),
            level: None,
            evidence: vec![],
        },
    );
    bob.author = "bob".into();
    let s = fold_ok(&[
        created(),
        event(
            1,
            1,
            EventKind::ScoreSet {
                criterion: "listening".into(),
                level: Some(Level::try_from(3).unwrap()),
                evidence: vec![id(9)],
            },
        ),
        bob,
        event(
            3,
            3,
            EventKind::ScoreSet {
                criterion: "charisma".into(),
                level: None,
                evidence: vec![],
            },
        ),
        event(4, 4, EventKind::PanelistSubmitted),
    ]);
    let ann = &s.panelists["ann"];
    assert_eq!(
        ann.scores[&CriterionId::from("listening")]
            .level
            .map(Level::get),
        Some(3)
    );
    assert_eq!(ann.submitted_at, Some(at(4)));
    assert_eq!(
        s.panelists["bob"].scores[&CriterionId::from("listening")].level,
        None
    );
    assert_eq!(s.anomalies.len(), 1);
}

#[test]
fn ratings_feed_the_self_awareness_rule() {
    let rate = |n, slot, r: u8| {
        event(
            n,
            n as i64,
            EventKind::RatingPredicted {
                slot,
                name: None,
                rating: Some(Rating::try_from(r).unwrap()),
            },
        )
    };
    let s = fold_ok(&[
        created(),
        rate(1, RatingSlot::Manager1, 8),
        rate(2, RatingSlot::Manager2, 9),
        rate(3, RatingSlot::Colleague1, 9),
    ]);
    assert_eq!(s.self_awareness(), SelfAwareness::Credible);
    let s = fold_ok(&[
        created(),
        rate(1, RatingSlot::Manager1, 8),
        rate(2, RatingSlot::Manager1, 10),
    ]);
    assert_eq!(s.ratings.len(), 1, "a slot keeps only its latest rating");
}

#[test]
fn roles_are_added_and_marked_for_reference() {
    let details = RoleDetails {
        employer: "Telenor".into(),
        title: "Agent".into(),
        ..RoleDetails::default()
    };
    let marked = RoleDetails {
        call_reference: Some("led her through the outage".into()),
        ..details.clone()
    };
    let s = fold_ok(&[
        created(),
        event(1, 1, EventKind::RoleAdded { details }),
        event(
            2,
            2,
            EventKind::RoleEdited {
                role: id(1),
                details: marked.clone(),
            },
        ),
    ]);
    assert_eq!(s.roles.len(), 1);
    assert_eq!(s.roles[0].details, marked);
}

#[test]
fn ad_hoc_questions_join_their_section() {
    let mut q = arbitrary::plan().questions[0].clone();
    q.id = "extra".into();
    let s = fold_ok(&[
        created(),
        event(
            1,
            1,
            EventKind::QuestionAdded {
                section: "two".into(),
                question: Box::new(q),
            },
        ),
    ]);
    assert_eq!(
        s.plan.format.sections[1].questions.last().unwrap().as_str(),
        "extra"
    );
    assert!(s.plan.question(&"extra".into()).is_some());
}

#[test]
fn ending_stops_the_clock_and_is_kept() {
    let s = fold_ok(&[
        created(),
        event(1, 0, EventKind::ClockStarted),
        event(2, 600, EventKind::SessionEnded),
        event(3, 700, EventKind::SessionEnded),
    ]);
    assert_eq!(s.ended_at, Some(at(600)));
    assert_eq!(s.clock_at(at(900)).elapsed_ms, 600_000);
}

#[test]
fn opening_starts_the_clock_in_the_first_section() {
    let kinds = opening_events(&arbitrary::plan());
    assert_eq!(kinds[0], EventKind::ClockStarted);
    assert_eq!(
        kinds[1],
        EventKind::SectionEntered {
            section: "one".into()
        }
    );
}

proptest! {
    #[test]
    fn every_event_kind_survives_a_json_round_trip(e in arbitrary::any_event()) {
        let json = serde_json::to_string(&e).unwrap();
        let back: Event = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, e);
    }

    #[test]
    fn folding_arbitrary_events_never_panics(events in proptest::collection::vec(arbitrary::any_event(), 0..40)) {
        let mut log = vec![created()];
        log.extend(events);
        let s = fold_ok(&log);
        prop_assert_eq!(s.event_count, log.len());
        let _ = s.clock_at(at(1_000_000));
    }
}

#[test]
fn session_created_survives_a_json_round_trip() {
    let e = created();
    let back: Event = serde_json::from_str(&serde_json::to_string(&e).unwrap()).unwrap();
    assert_eq!(back, e);
}

#[test]
fn each_panelist_has_their_own_clock_and_merging_never_mixes_them() {
    use crate::model::fold_as;
    let by = |author: &str, s: i64, kind: EventKind| {
        let mut e = event(0, s, kind);
        e.id = crate::model::EventId(uuid::Uuid::now_v7());
        e.author = author.into();
        e
    };
    let mut events = vec![created()];
    let host = events[0].author.clone();
    events.push(by(&host, 0, EventKind::ClockStarted));
    // Ola, on her own laptop, pauses for a minute; the host's interview goes on.
    events.push(by("ola", 60, EventKind::ClockPaused));
    events.push(by("ola", 120, EventKind::ClockResumed));
    events.push(by(&host, 300, EventKind::SessionEnded));
    let as_host = fold(&events).unwrap();
    let as_ola = fold_as(&events, Some("ola")).unwrap();
    assert_eq!(
        as_host.clock_at(at(300)).elapsed_ms,
        300_000,
        "the host never paused"
    );
    assert!(as_host.ended_at.is_some());
    assert_eq!(as_ola.clock_owner(), "ola");
    assert_eq!(
        as_ola.clock_at(at(200)).elapsed_ms,
        140_000,
        "Ola's minute away is hers"
    );
    assert!(
        as_ola.ended_at.is_none(),
        "the host ending does not end Ola's interview"
    );
    // Someone who never touched the clock follows the host.
    let as_siv = fold_as(&events, Some("siv")).unwrap();
    assert_eq!(as_siv.clock_owner(), host);
    assert_eq!(as_siv.clock_at(at(300)).elapsed_ms, 300_000);
}

#[test]
fn each_panelist_has_their_own_place_in_the_agenda() {
    use crate::model::{QuestionId, fold_as};
    let by = |author: &str, s: i64, q: &str| {
        let mut e = event(
            0,
            s,
            EventKind::QuestionShown {
                question: QuestionId::from(q),
                role: None,
            },
        );
        e.id = crate::model::EventId(uuid::Uuid::now_v7());
        e.author = author.into();
        e
    };
    let mut events = vec![created()];
    let host = events[0].author.clone();
    events.push(by(&host, 10, "q1"));
    events.push(by("ola", 20, "q2"));
    events.push(by(&host, 30, "q3"));
    let at = |state: &SessionState| state.current_question.clone().map(|q| q.0.to_string());
    assert_eq!(
        at(&fold(&events).unwrap()).as_deref(),
        Some("q3"),
        "the host's place"
    );
    let ola = fold_as(&events, Some("ola")).unwrap();
    assert_eq!(at(&ola).as_deref(), Some("q2"), "Ola stays where she is");
    assert_eq!(ola.current_shown_ms, 20_000);
    let siv = fold_as(&events, Some("siv")).unwrap();
    assert_eq!(
        at(&siv).as_deref(),
        Some("q3"),
        "who never moved follows the host"
    );
}

#[test]
fn time_on_a_question_runs_from_when_it_is_shown_until_the_next_is() {
    let shown = |n, s, q: &str| {
        event(
            n,
            s,
            EventKind::QuestionShown {
                question: QuestionId(q.into()),
                role: None,
            },
        )
    };
    let s = fold_ok(&[
        created(),
        event(1, 0, EventKind::ClockStarted),
        shown(2, 10, "a"),
        shown(3, 70, "b"),
        shown(4, 100, "a"),
    ]);
    let key = |q: &str| (QuestionId(q.into()), None);
    assert_eq!(s.time_on(&key("b"), 130_000), 30_000);
    assert_eq!(
        s.time_on(&key("a"), 130_000),
        60_000 + 30_000,
        "its first minute, and since it came back on screen"
    );
    assert_eq!(s.time_on(&key("c"), 130_000), 0);
}
