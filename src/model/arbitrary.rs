//! Test support: a small plan, event builders, and proptest strategies for every event kind.

use chrono::{Duration, FixedOffset, TimeZone};
use proptest::prelude::*;
use uuid::Uuid;

use super::event::*;
use super::ids::*;
use super::lang::{Lang, Localized};
use super::plan::*;
use super::rating::Rating;
use super::score::{Level, Recommendation};

/// 2026-11-23 10:00:00 +01:00 plus `s` seconds.
pub fn at(s: i64) -> Timestamp {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
        .unwrap()
        + Duration::seconds(s)
}

/// A distinct, time-ordered id from a counter.
pub fn id(n: u64) -> EventId {
    EventId(Uuid::from_u128(
        0x0193_0000_0000_7000_8000_0000_0000_0000 | u128::from(n),
    ))
}

fn en(text: &str) -> Localized<String> {
    [(Lang::En, text.to_owned())].into()
}

/// A two-section, 10-minute plan with two questions and two criteria.
pub fn plan() -> PlanSnapshot {
    let section = |id: &str, q: &str| Section {
        id: id.into(),
        title: en(id),
        hint: Localized::new(),
        budget_s: 300,
        questions: vec![q.into()],
    };
    let question = |id: &str| Question {
        id: id.into(),
        category: Category::Personal,
        criteria: vec!["listening".into()],
        text: [(
            Lang::En,
            QuestionText {
                text: format!("Question {id}?"),
                ..QuestionText::default()
            },
        )]
        .into(),
    };
    let criterion = |id: &str, weight| Criterion {
        id: id.into(),
        weight,
        text: [(
            Lang::En,
            CriterionText {
                name: id.to_owned(),
                levels: ["1".into(), "2".into(), "3".into(), "4".into()],
                feedback: None,
            },
        )]
        .into(),
    };
    PlanSnapshot {
        content_version: "test".into(),
        format: Format {
            id: "test-10".into(),
            title: en("Test"),
            sections: vec![section("one", "q1"), section("two", "q2")],
        },
        rubric: Rubric {
            id: "test".into(),
            version: 1,
            title: en("Test rubric"),
            criteria: vec![criterion("listening", 2), criterion("empathy", 1)],
        },
        questions: vec![question("q1"), question("q2")],
    }
}

/// An event by `ann` at `s` seconds.
pub fn event(n: u64, s: i64, kind: EventKind) -> Event {
    Event {
        id: id(n),
        author: "ann".into(),
        at: at(s),
        elapsed_ms: u64::try_from(s).unwrap_or(0) * 1000,
        kind,
    }
}

/// The `session_created` event of a session on [`plan`].
pub fn created() -> Event {
    let header = SessionHeader {
        id: SessionId(Uuid::from_u128(1)),
        candidate_id: None,
        candidate: "Kari Nordmann".into(),
        role: "Support agent".into(),
        plan: "test".into(),
        format: "test-10".into(),
        lang: Lang::En,
        second_lang: Some(Lang::Nb),
        panel: vec!["ann".into()],
        created: at(0),
        reference: None,
    };
    event(
        0,
        0,
        EventKind::SessionCreated(Box::new(SessionCreated {
            header,
            plan: plan(),
        })),
    )
}

/// A note added at `s` seconds, started 5 seconds earlier.
pub fn note(n: u64, s: i64, text: &str) -> Event {
    event(
        n,
        s,
        EventKind::NoteAdded {
            note_kind: NoteKind::Note,
            text: text.into(),
            anchor: Anchor::default(),
            started_at: at(s - 5),
            started_ms: u64::try_from(s - 5).unwrap_or(0) * 1000,
        },
    )
}

fn text() -> impl Strategy<Value = String> {
    // Any Unicode, including newlines, quotes, CJK and emoji.
    prop_oneof![
        any::<String>(),
        Just("Kunden var sur 😤 — \"men\" hun løste det\nlinje 2".to_owned()),
        Just("客户非常生气，她却很冷静。".to_owned()),
    ]
}

fn timestamp() -> impl Strategy<Value = Timestamp> {
    (0i64..10_000_000, -12i32..14).prop_map(|(s, h)| {
        let tz = FixedOffset::east_opt(h * 3600).unwrap();
        at(s).with_timezone(&tz)
    })
}

fn maybe_id() -> impl Strategy<Value = Option<EventId>> {
    proptest::option::of(any::<u128>().prop_map(|n| EventId(Uuid::from_u128(n))))
}

fn note_kind() -> impl Strategy<Value = NoteKind> {
    proptest::sample::select(NoteKind::ALL.to_vec())
}

fn role_details() -> impl Strategy<Value = RoleDetails> {
    (
        text(),
        text(),
        proptest::option::of(text()),
        proptest::option::of(text()),
    )
        .prop_map(|(employer, title, manager, call_reference)| RoleDetails {
            employer,
            title,
            from: Some("2019-03".into()),
            to: None,
            manager,
            call_reference,
        })
}

/// Every event kind but `session_created`, with arbitrary contents.
pub fn event_kind() -> impl Strategy<Value = EventKind> {
    let qid = "[a-z0-9-]{1,20}".prop_map(QuestionId);
    prop_oneof![
        "[a-z-]{1,12}".prop_map(|s| EventKind::SectionEntered {
            section: SectionId(s)
        }),
        (qid.clone(), maybe_id())
            .prop_map(|(question, role)| EventKind::QuestionAsked { question, role }),
        (qid.clone(), maybe_id())
            .prop_map(|(question, role)| EventKind::QuestionShown { question, role }),
        (qid.clone(), maybe_id())
            .prop_map(|(question, role)| EventKind::QuestionSkipped { question, role }),
        (qid.clone(), maybe_id(), text()).prop_map(|(question, role, summary)| {
            EventKind::QuestionAnswered {
                question,
                role,
                summary,
            }
        }),
        (qid.clone(), text()).prop_map(|(id, t)| EventKind::QuestionAdded {
            section: "one".into(),
            question: Box::new(Question {
                id,
                category: Category::Situational,
                criteria: vec![],
                text: [(
                    Lang::Zh,
                    QuestionText {
                        text: t,
                        ..QuestionText::default()
                    }
                )]
                .into(),
            }),
        }),
        (
            note_kind(),
            text(),
            proptest::option::of(qid),
            maybe_id(),
            timestamp(),
            any::<u32>()
        )
            .prop_map(|(note_kind, text, question, role, started_at, ms)| {
                EventKind::NoteAdded {
                    note_kind,
                    text,
                    anchor: Anchor {
                        section: Some("one".into()),
                        question,
                        role,
                    },
                    started_at,
                    started_ms: u64::from(ms),
                }
            }),
        (any::<u128>(), note_kind(), text()).prop_map(|(n, note_kind, text)| {
            EventKind::NoteEdited {
                note: EventId(Uuid::from_u128(n)),
                note_kind,
                text,
            }
        }),
        any::<u128>().prop_map(|n| EventKind::NoteDeleted {
            note: EventId(Uuid::from_u128(n))
        }),
        any::<u128>().prop_map(|n| EventKind::NoteRestored {
            note: EventId(Uuid::from_u128(n))
        }),
        any::<bool>().prop_map(|gap_counts| EventKind::SessionReopened { gap_counts }),
        Just(EventKind::ClockStarted),
        Just(EventKind::ClockPaused),
        Just(EventKind::ClockResumed),
        (timestamp(), timestamp(), any::<bool>()).prop_map(|(from, to, call_went_on)| {
            EventKind::DowntimeRecorded {
                from,
                to,
                call_went_on,
            }
        }),
        role_details().prop_map(|details| EventKind::RoleAdded { details }),
        (any::<u128>(), role_details()).prop_map(|(n, details)| EventKind::RoleEdited {
            role: EventId(Uuid::from_u128(n)),
            details,
        }),
        (
            proptest::sample::select(vec![
                RatingSlot::Manager1,
                RatingSlot::Manager2,
                RatingSlot::Colleague1,
                RatingSlot::Colleague2
            ]),
            proptest::option::of(text()),
            proptest::option::of(1u8..=10),
        )
            .prop_map(|(slot, name, r)| EventKind::RatingPredicted {
                slot,
                name,
                rating: r.map(|r| Rating::try_from(r).unwrap()),
            }),
        (
            "[a-z_]{1,15}",
            proptest::option::of(1u8..=4),
            proptest::collection::vec(any::<u128>(), 0..4)
        )
            .prop_map(|(c, level, ev)| EventKind::ScoreSet {
                criterion: CriterionId(c),
                level: level.map(|l| Level::try_from(l).unwrap()),
                evidence: ev
                    .into_iter()
                    .map(|n| EventId(Uuid::from_u128(n)))
                    .collect(),
            }),
        (
            proptest::sample::select(vec![
                Recommendation::StrongNo,
                Recommendation::No,
                Recommendation::Yes,
                Recommendation::StrongYes
            ]),
            text()
        )
            .prop_map(|(recommendation, rationale)| EventKind::RecommendationSet {
                recommendation,
                rationale,
            }),
        Just(EventKind::PanelistSubmitted),
        text().prop_map(|how| EventKind::ConsentRecorded { how }),
        proptest::option::of(1u8..=10).prop_map(|r| EventKind::RefereeRated {
            rating: r.map(|r| Rating::try_from(r).unwrap()),
        }),
        (
            proptest::sample::select(vec![
                crate::model::Decision::Hire,
                crate::model::Decision::NoHire,
                crate::model::Decision::SecondInterview
            ]),
            text()
        )
            .prop_map(|(decision, rationale)| EventKind::ConsensusRecorded {
                decision,
                rationale,
            }),
        Just(EventKind::SessionEnded),
    ]
}

/// A whole arbitrary event (any kind but `session_created`).
pub fn any_event() -> impl Strategy<Value = Event> {
    (
        any::<u128>(),
        text(),
        timestamp(),
        any::<u32>(),
        event_kind(),
    )
        .prop_map(|(n, author, at, ms, kind)| Event {
            id: EventId(Uuid::from_u128(n)),
            author,
            at,
            elapsed_ms: u64::from(ms),
            kind,
        })
}
