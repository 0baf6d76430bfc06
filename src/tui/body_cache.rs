//! The live screen's body (agenda, question, notes) drawn once per change and reused: a
//! keystroke in the note line then redraws only the note line, the header and the status
//! line, and copies the rest. Laying out and wrapping the panels' text is most of a frame's
//! work; copying a few thousand cells is not.

use std::cell::RefCell;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// Everything the body is drawn from that is not fixed for the whole session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyKey {
    /// Events in the log (every recorded change).
    pub events: usize,
    /// The agenda stop shown.
    pub at: usize,
    /// The note selected in the timeline.
    pub selected: Option<usize>,
    /// Where the body is.
    pub area: Rect,
    /// The wall-clock second (the panels show times).
    pub second: i64,
}

/// The last body drawn and what it was drawn from.
#[derive(Debug, Default)]
pub struct BodyCache {
    last: RefCell<Option<(BodyKey, Buffer)>>,
    #[cfg(test)]
    pub(crate) draws: std::cell::Cell<usize>,
}

impl BodyCache {
    /// Copies the body drawn for `key` into `buf`; `false` when it must be drawn afresh.
    pub fn restore(&self, key: BodyKey, buf: &mut Buffer) -> bool {
        let last = self.last.borrow();
        let Some((drawn, cells)) = last.as_ref().filter(|(k, _)| *k == key) else {
            return false;
        };
        copy(cells, buf, drawn.area);
        true
    }

    /// Keeps the body just drawn into `buf` for `key`.
    pub fn store(&self, key: BodyKey, buf: &Buffer) {
        #[cfg(test)]
        self.draws.set(self.draws.get() + 1);
        let mut cells = Buffer::empty(key.area);
        copy(buf, &mut cells, key.area);
        *self.last.borrow_mut() = Some((key, cells));
    }
}

/// Copies the cells of `area` from `from` to `to`, a row at a time; an area not inside both
/// copies nothing.
fn copy(from: &Buffer, to: &mut Buffer, area: Rect) {
    if from.area.intersection(area) != area || to.area.intersection(area) != area {
        return;
    }
    let width = usize::from(area.width);
    for y in area.top()..area.bottom() {
        let (src, dst) = (from.index_of(area.x, y), to.index_of(area.x, y));
        to.content[dst..dst + width].clone_from_slice(&from.content[src..src + width]);
    }
}
