//! Parts of the live screen drawn once per change and reused: a keystroke in the note line
//! then redraws only the note line and the status line, and leaves the header and the body
//! (agenda, question, notes) as they are, or copies them into a blank frame. Laying out,
//! wrapping and formatting text is most of a frame's work; copying a few thousand cells is
//! not.

use std::cell::RefCell;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// Everything the header and the body are drawn from that changes during a session. The
/// screen's state bumps its revision on every change but typing into the note line, and the
/// session's event count on every event: together they cover every input, with no list of
/// fields to keep up to date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionKey {
    /// The screen state's revision ([`Ui::revision`](super::app::Ui::revision)).
    pub revision: u64,
    /// Events in the log (every recorded change).
    pub events: usize,
    /// Where the region is.
    pub area: Rect,
    /// The interview clock's second and the wall clock's (both are shown).
    pub second: (u64, i64),
}

/// The last cells drawn in a region and what they were drawn from.
#[derive(Debug, Default)]
pub struct RegionCache {
    last: RefCell<Option<(RegionKey, Buffer)>>,
    #[cfg(test)]
    pub(crate) draws: std::cell::Cell<usize>,
}

impl RegionCache {
    /// Puts the cells drawn for `key` in `buf`, copying them unless `kept` (`buf` still holds
    /// the last frame's cells, and the last frame had this region); `false` when they must be
    /// drawn afresh.
    pub fn reuse(&self, key: &RegionKey, buf: &mut Buffer, kept: bool) -> bool {
        let last = self.last.borrow();
        let Some((drawn, cells)) = last.as_ref().filter(|(k, _)| k == key) else {
            return false;
        };
        if !kept {
            copy(cells, buf, drawn.area);
        }
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

/// A value worked out once per key, such as a line of text for a width.
#[derive(Debug)]
pub struct Memo<K, V>(RefCell<Option<(K, V)>>);

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo(RefCell::new(None))
    }
}

impl<K: PartialEq, V> Memo<K, V> {
    /// Hands `f` the value for `key`, made by `make` unless it was the last key asked for.
    pub fn with<R>(&self, key: K, make: impl FnOnce() -> V, f: impl FnOnce(&V) -> R) -> R {
        let mut last = self.0.borrow_mut();
        let (_, value) = match last.take() {
            Some(kept) if kept.0 == key => last.insert(kept),
            _ => last.insert((key, make())),
        };
        f(value)
    }
}
