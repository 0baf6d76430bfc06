//! What both demos are written with: the moments of a scripted interview, recorded in order.

use chrono::TimeDelta;

use crate::model::{Anchor, EventId, EventKind, NoteKind, QuestionId, RoleId, Timestamp};
use crate::store::OpenSession;

/// `m` minutes and `s` seconds.
pub fn at(m: i64, s: i64) -> TimeDelta {
    TimeDelta::seconds(m * 60 + s)
}

/// A scripted interview that began at `t0`.
pub struct Script<'a> {
    /// The session written to.
    pub session: &'a mut OpenSession,
    /// When the interview began.
    pub t0: Timestamp,
}

impl Script<'_> {
    /// Records `events` by `author` at `when` into the interview; returns their ids.
    pub fn record(
        &mut self,
        author: &str,
        when: TimeDelta,
        events: Vec<EventKind>,
    ) -> anyhow::Result<Vec<EventId>> {
        Ok(self.session.record(author, self.t0 + when, events)?)
    }

    /// A note of `kind` saying `text`, started at `started` into the interview, on
    /// `question` (for `role`).
    pub fn note(
        &self,
        kind: NoteKind,
        text: String,
        started: TimeDelta,
        on: Option<(&QuestionId, Option<RoleId>)>,
    ) -> EventKind {
        let state = self.session.state();
        let anchor = on.map_or_else(Anchor::default, |(question, role)| Anchor {
            section: state
                .plan
                .format
                .sections
                .iter()
                .find(|s| s.questions.contains(question))
                .map(|s| s.id.clone()),
            question: Some(question.clone()),
            role,
        });
        EventKind::NoteAdded {
            note_kind: kind,
            text,
            anchor,
            started_at: self.t0 + started,
            started_ms: state.clock.elapsed_at(self.t0 + started),
        }
    }
}
