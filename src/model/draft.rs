//! The note being typed, as saved to disk every couple of seconds so a crash loses little.

use serde::{Deserialize, Serialize};

use super::event::{Anchor, NoteKind, Timestamp};
use super::state::SessionState;

/// An uncommitted note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The text typed so far.
    pub text: String,
    /// The kind chosen so far.
    pub note_kind: NoteKind,
    /// What it will be anchored to.
    #[serde(default)]
    pub anchor: Anchor,
    /// When its first keystroke was typed.
    pub started_at: Timestamp,
    /// The interview clock at that first keystroke.
    pub started_ms: u64,
    /// When this copy was saved: proof rapport was alive then.
    pub saved_at: Timestamp,
}

/// When the note being typed must next be written to its draft file.
///
/// The deadline runs from the *first* change not yet saved, not the latest, so a draft is saved
/// at least once a second even while someone types without pause: a crash loses at most about
/// a second of typing, well within the two seconds promised. The event loop sleeps until
/// [`DraftSchedule::due`].
///
/// A save that fails is retried later and later (2 s, 4 s, … up to a minute), so a full disk
/// costs a write now and then, not a busy loop.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DraftSchedule {
    unsaved_since: Option<Timestamp>,
    /// After failed saves: how many in a row, and when to try again.
    retry: Option<(u32, Timestamp)>,
}

impl DraftSchedule {
    /// How long after the first unsaved change the draft is written.
    pub const DELAY: chrono::TimeDelta = chrono::TimeDelta::milliseconds(1000);

    /// The draft changed at `now`.
    pub fn changed(&mut self, now: Timestamp) {
        self.unsaved_since.get_or_insert(now);
    }

    /// The longest wait between two tries of a failing save.
    pub const MAX_RETRY: chrono::TimeDelta = chrono::TimeDelta::seconds(60);

    /// When the next save is due, if anything is unsaved.
    pub fn due(&self) -> Option<Timestamp> {
        let due = self.unsaved_since.map(|t| t + Self::DELAY)?;
        Some(match self.retry {
            Some((_, at)) => due.max(at),
            None => due,
        })
    }

    /// The save due now failed at `now`: the next try waits twice as long as the last.
    pub fn failed(&mut self, now: Timestamp) {
        let failures = self.retry.map_or(1, |(n, _)| n.saturating_add(1));
        let wait = Self::DELAY
            .checked_mul(1 << failures.min(6))
            .map_or(Self::MAX_RETRY, |w| w.min(Self::MAX_RETRY));
        self.unsaved_since.get_or_insert(now);
        self.retry = Some((failures, now + wait));
    }

    /// Whether a save is due at `now`.
    pub fn is_due(&self, now: Timestamp) -> bool {
        self.due().is_some_and(|due| now >= due)
    }

    /// The draft was saved (or committed as a note, or discarded).
    pub fn saved(&mut self) {
        self.unsaved_since = None;
        self.retry = None;
    }
}

/// The last moment rapport is known to have been running for this session: the later of its
/// last event and its draft's last save. After a crash, the gap from here to now is the
/// downtime the interviewer is asked about.
pub fn last_alive(state: &SessionState, draft: Option<&Draft>) -> Timestamp {
    match draft {
        Some(d) if d.saved_at > state.last_event_at => d.saved_at,
        _ => state.last_event_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::arbitrary::{at, created, note};
    use crate::model::fold;

    fn draft(saved: i64) -> Draft {
        Draft {
            text: "half a thought".into(),
            note_kind: NoteKind::Quote,
            anchor: Anchor::default(),
            started_at: at(saved - 3),
            started_ms: 0,
            saved_at: at(saved),
        }
    }

    #[test]
    fn a_draft_is_saved_a_second_after_its_first_unsaved_change() {
        let mut s = DraftSchedule::default();
        assert_eq!(s.due(), None);
        s.changed(at(10));
        assert!(!s.is_due(at(10)));
        s.changed(at(10) + chrono::TimeDelta::milliseconds(900));
        assert_eq!(
            s.due(),
            Some(at(11)),
            "typing on does not push the save back"
        );
        assert!(s.is_due(at(11)));
        s.saved();
        assert!(!s.is_due(at(20)));
    }

    #[test]
    fn a_failing_save_is_retried_later_and_later_up_to_a_minute() {
        let mut s = DraftSchedule::default();
        s.changed(at(10));
        s.failed(at(11));
        assert_eq!(s.due(), Some(at(13)), "2 s after the first failure");
        s.failed(at(13));
        assert_eq!(s.due(), Some(at(17)));
        for _ in 0..20 {
            s.failed(at(100));
        }
        assert_eq!(s.due(), Some(at(160)), "never more than a minute apart");
        s.changed(at(101));
        assert_eq!(s.due(), Some(at(160)), "typing does not hurry a retry");
        s.saved();
        s.changed(at(200));
        assert_eq!(s.due(), Some(at(201)), "a save that works resets the wait");
    }

    #[test]
    fn last_alive_is_the_later_of_last_event_and_draft() {
        let state = fold(&[created(), note(1, 100, "x")]).unwrap();
        assert_eq!(last_alive(&state, None), at(100));
        assert_eq!(last_alive(&state, Some(&draft(130))), at(130));
        assert_eq!(last_alive(&state, Some(&draft(50))), at(100));
    }
}
