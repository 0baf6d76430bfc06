//! `rapport demo`: a realistic interview, seven minutes in, to explore without typing first.

use chrono::TimeDelta;

use super::Context;
use super::new::{NewSession, start_at};
use crate::content::DEFAULT_PLAN;
use crate::i18n::Catalog;
use crate::model::{Anchor, EventKind, Lang, NoteKind};
use crate::store::OpenSession;

/// Creates the demo session (its own session, named as a demo) in the UI language, with
/// English beneath when that is another language; returns it open, and the panelist.
pub fn create(ctx: &Context) -> anyhow::Result<(OpenSession, String)> {
    let ui = Catalog::new(ctx.ui_lang);
    let minutes = |m: i64, s: i64| TimeDelta::seconds(m * 60 + s);
    // The session is created seven minutes ago: every event keeps its own moment.
    let t0 = (ctx.now)() - minutes(7, 0);
    let request = NewSession {
        candidate: ui.t("demo-candidate"),
        plan: DEFAULT_PLAN.to_owned(),
        format: Some("screen-20".to_owned()),
        role: None,
        lang: ctx.ui_lang,
        also: (ctx.ui_lang != Lang::En).then_some(Lang::En),
        panelist: "demo".to_owned(),
        panel: Vec::new(),
        candidate_of: None,
    };
    let (mut session, panelist) = start_at(ctx, request, t0)?;
    let plan = session.state().plan.format.clone();
    let section = |i: usize| plan.sections[i].id.clone();
    let question = |s: usize, q: usize| plan.sections[s].questions[q].clone();
    let note = |session: &OpenSession, kind, n: u8, started| {
        let started_ms = session.state().clock.elapsed_at(t0 + started);
        EventKind::NoteAdded {
            note_kind: kind,
            text: ui.t(&format!("demo-note-{n}")),
            anchor: Anchor::default(),
            started_at: t0 + started,
            started_ms,
        }
    };
    let script: [(TimeDelta, Vec<EventKind>); 9] = [
        (
            minutes(1, 40),
            vec![EventKind::SectionEntered {
                section: section(1),
            }],
        ),
        (
            minutes(1, 45),
            vec![EventKind::QuestionAsked {
                question: question(1, 0),
                role: None,
            }],
        ),
        (
            minutes(2, 30),
            vec![note(&session, NoteKind::Note, 1, minutes(2, 10))],
        ),
        (
            minutes(3, 40),
            vec![EventKind::QuestionAsked {
                question: question(1, 1),
                role: None,
            }],
        ),
        (
            minutes(4, 20),
            vec![note(&session, NoteKind::GreenFlag, 2, minutes(4, 0))],
        ),
        (
            minutes(5, 10),
            vec![note(&session, NoteKind::Feedback, 6, minutes(5, 0))],
        ),
        (
            minutes(5, 30),
            vec![
                EventKind::SectionEntered {
                    section: section(2),
                },
                EventKind::QuestionAsked {
                    question: question(2, 0),
                    role: None,
                },
            ],
        ),
        (
            minutes(6, 15),
            vec![note(&session, NoteKind::Quote, 3, minutes(6, 5))],
        ),
        (
            minutes(6, 56),
            vec![
                note(&session, NoteKind::RedFlag, 4, minutes(6, 30)),
                note(&session, NoteKind::CheckWithReference, 5, minutes(6, 40)),
            ],
        ),
    ];
    for (at, events) in script {
        session.record(&panelist, t0 + at, events)?;
    }
    Ok((session, panelist))
}
