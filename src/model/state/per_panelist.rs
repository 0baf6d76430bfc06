//! What is each panelist's own in a panel session: their interview clock and their place in
//! the agenda (see `docs/panel.md`). A panelist who has not moved follows the host.

use super::{QuestionKey, SessionState};
use crate::model::event::EventKind;

/// Whether an event moves the interview clock of its author.
pub(super) fn is_clock_event(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::ClockStarted
            | EventKind::ClockPaused
            | EventKind::ClockResumed
            | EventKind::SectionEntered { .. }
            | EventKind::DowntimeRecorded { .. }
            | EventKind::SessionEnded
            | EventKind::SessionReopened { .. }
    )
}

impl SessionState {
    /// Puts `author` at question `key`, and shows where the panelist the session is seen as is
    /// (the host's place until they have moved).
    pub(super) fn move_to(&mut self, author: &str, key: QuestionKey, elapsed_ms: u64) {
        self.places
            .insert(author.to_owned(), (Some(key), elapsed_ms));
        let owner = if self.places.contains_key(&self.owner) {
            &self.owner
        } else {
            &self.creator
        };
        if let Some((question, shown_ms)) = self.places.get(owner).cloned() {
            self.current_question = question;
            self.current_shown_ms = shown_ms;
        }
    }

    /// Whose clock is shown: the owner's once they have moved it, else the creator's (a
    /// panelist who has not touched the clock follows the host).
    pub fn clock_owner(&self) -> &str {
        if self.clocks.contains_key(&self.owner) {
            &self.owner
        } else {
            &self.creator
        }
    }

    pub(super) fn clock_is(&self, author: &str) -> bool {
        self.clock_owner() == author
    }
}
