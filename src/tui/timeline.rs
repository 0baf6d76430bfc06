//! The notes timeline laid out once per change, not once per frame: which notes are shown, in
//! which order, and how many rows each takes at the panel's width. A keystroke in the note
//! line redraws the screen; it should not re-sort and re-wrap a two-hour panel's notes.

use std::cell::RefCell;
use std::rc::Rc;

use crate::model::{Note, SessionState};

/// A note of the timeline: its index in [`SessionState::notes`] and its height in rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    /// Index into the session's notes.
    pub note: usize,
    /// Rows it takes when wrapped.
    pub rows: u16,
    /// Whether it mentions a protected characteristic (the fairness guard marks it).
    pub review: bool,
}

#[derive(Debug)]
struct Laid {
    events: usize,
    width: u16,
    notes: Rc<[Placed]>,
}

/// The cached layout; recomputed when an event is added or the width changes.
#[derive(Debug, Default)]
pub struct Timeline {
    laid: RefCell<Option<Laid>>,
    #[cfg(test)]
    pub(crate) layouts: std::cell::Cell<usize>,
}

impl Timeline {
    /// The visible notes in timeline order with their heights at `width`, measured by `rows`
    /// (given whether the note is marked for review) only when something changed since the
    /// last call.
    pub fn laid_out(
        &self,
        state: &SessionState,
        width: u16,
        rows: impl Fn(&Note, bool) -> u16,
    ) -> Rc<[Placed]> {
        let mut laid = self.laid.borrow_mut();
        if let Some(l) = laid.as_ref()
            && l.events == state.event_count
            && l.width == width
        {
            return Rc::clone(&l.notes);
        }
        #[cfg(test)]
        self.layouts.set(self.layouts.get() + 1);
        let guard = crate::text::fairness::Guard::builtin();
        let notes: Rc<[Placed]> = state
            .timeline()
            .into_iter()
            .map(|i| {
                let note = &state.notes[i];
                let review = !guard.scan(&note.text).is_empty();
                Placed {
                    note: i,
                    rows: rows(note, review),
                    review,
                }
            })
            .collect();
        *laid = Some(Laid {
            events: state.event_count,
            width,
            notes: Rc::clone(&notes),
        });
        notes
    }
}
