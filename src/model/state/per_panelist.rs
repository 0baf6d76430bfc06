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
    /// The time since the question they leave was shown counts as theirs on it.
    pub(super) fn move_to(&mut self, author: &str, key: QuestionKey, elapsed_ms: u64) {
        self.place(author, Some(key), elapsed_ms);
    }

    /// Takes `author` off the question on their screen (into a section without it); the time
    /// since it was shown counts as theirs on it.
    pub(super) fn leave_question(&mut self, author: &str, elapsed_ms: u64) {
        if matches!(self.places.get(author), Some((Some(_), _))) {
            self.place(author, None, elapsed_ms);
        }
    }

    fn place(&mut self, author: &str, key: Option<QuestionKey>, elapsed_ms: u64) {
        if let Some((Some(left), since)) = self.places.get(author).cloned() {
            *self
                .spent
                .entry(author.to_owned())
                .or_default()
                .entry(left)
                .or_default() += elapsed_ms.saturating_sub(since);
        }
        self.places.insert(author.to_owned(), (key, elapsed_ms));
        if let Some((question, shown_ms)) = self.places.get(self.place_owner()).cloned() {
            self.current_question = question;
            self.current_shown_ms = shown_ms;
        }
    }

    /// Whose place in the agenda is shown: the owner's once they have moved, else the host's.
    fn place_owner(&self) -> &str {
        if self.places.contains_key(&self.owner) {
            &self.owner
        } else {
            &self.creator
        }
    }

    /// The interview time spent on question `key`, as the panelist whose place is shown
    /// spent it, with the clock at `elapsed_ms` (the question on screen counts until then).
    pub fn time_on(&self, key: &QuestionKey, elapsed_ms: u64) -> u64 {
        let owner = self.place_owner();
        let closed = self
            .spent
            .get(owner)
            .and_then(|s| s.get(key))
            .copied()
            .unwrap_or(0);
        let open = match self.places.get(owner) {
            Some((Some(shown), since)) if shown == key => elapsed_ms.saturating_sub(*since),
            _ => 0,
        };
        closed + open
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
