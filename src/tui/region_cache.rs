//! Parts of the live screen drawn once per change and reused: a keystroke in the note line
//! then redraws only the note line and the status line, and copies the header and the body
//! (agenda, question, notes). Laying out, wrapping and formatting text is most of a frame's
//! work; copying a few thousand cells is not.

use std::cell::RefCell;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// Everything the header and the body are drawn from that is not fixed for the whole session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionKey {
    /// Events in the log (every recorded change).
    pub events: usize,
    /// The agenda stop shown.
    pub at: usize,
    /// The note selected in the timeline.
    pub selected: Option<usize>,
    /// Where the region is.
    pub area: Rect,
    /// The interview clock's second and the wall clock's (both are shown).
    pub second: (u64, i64),
    /// Whether the last change reached the disk (the header says so).
    pub saved: bool,
}

/// The last cells drawn in a region and what they were drawn from.
#[derive(Debug, Default)]
pub struct RegionCache {
    last: RefCell<Option<(RegionKey, Buffer)>>,
    #[cfg(test)]
    pub(crate) draws: std::cell::Cell<usize>,
}

impl RegionCache {
    /// Copies the cells drawn for `key` into `buf`; `false` when they must be drawn afresh.
    pub fn restore(&self, key: &RegionKey, buf: &mut Buffer) -> bool {
        let last = self.last.borrow();
        let Some((drawn, cells)) = last.as_ref().filter(|(k, _)| k == key) else {
            return false;
        };
        copy(cells, buf, drawn.area);
        true
    }

    /// Keeps the cells just drawn into `buf` for `key`.
    pub fn store(&self, key: RegionKey, buf: &Buffer) {
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
