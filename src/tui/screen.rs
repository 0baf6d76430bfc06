//! The terminal as rapport draws it: a frame at a time, comparing with what the terminal shows
//! only the rows that may have changed.
//!
//! ratatui's `Terminal` compares every cell of the screen after every frame: at 120×40 that is
//! most of a keystroke's work, though a keystroke changes a row or two of the note line. Here
//! the view says which areas it drew exactly as in the previous frame ([`Drawn::unchanged`]),
//! and those rows are skipped. The terminal's pen (its colours, attributes, cursor position and
//! visibility) is remembered between frames too, so a typed letter usually costs the terminal
//! one byte, as in vim.

mod offscreen;
mod pen;

use std::io::{self, Write};

use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::{Position, Rect};
use ratatui::{Frame, Terminal, TerminalOptions, Viewport};
use unicode_width::UnicodeWidthStr;

use offscreen::Offscreen;
use pen::Pen;

/// What the frame's buffer holds before a frame is drawn into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Canvas {
    /// Blank cells.
    Blank,
    /// The previous frame's cells.
    Kept,
}

/// What a frame leaves besides its cells.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Drawn {
    /// Where the terminal's cursor is shown; `None` hides it.
    pub cursor: Option<Position>,
    /// Areas drawn exactly as in the previous frame: rows they span across the whole width
    /// are not compared.
    pub unchanged: Vec<Rect>,
}

/// A terminal drawn a frame at a time, writing only what changed.
pub struct Screen<W: Write> {
    out: W,
    /// Frames are drawn here (ratatui hands out frames only through a `Terminal`). It is not
    /// reset between frames: what is drawn over the last frame's cells must clear them.
    canvas: Terminal<Offscreen>,
    /// What the terminal shows.
    shown: Buffer,
    pen: Pen,
    /// The bytes of one frame, written at once.
    bytes: Vec<u8>,
    /// The terminal was cleared: every row is compared in the next frame.
    cleared: bool,
}

impl<W: Write> Screen<W> {
    /// A screen of `area` on `out`, which is cleared.
    pub fn new(out: W, area: Rect) -> io::Result<Self> {
        let options = TerminalOptions {
            viewport: Viewport::Fixed(area),
        };
        let mut screen = Screen {
            out,
            canvas: Terminal::with_options(Offscreen, options)?,
            shown: Buffer::empty(area),
            pen: Pen::default(),
            bytes: Vec::with_capacity(4096),
            cleared: true,
        };
        screen.clear()?;
        Ok(screen)
    }

    /// Follows the terminal to a new size: it is cleared and the next frame drawn whole.
    pub fn resize(&mut self, area: Rect) -> io::Result<()> {
        self.canvas.resize(area)?;
        self.shown = Buffer::empty(area);
        self.clear()
    }

    /// Draws a frame with `render` over the last frame's cells, and writes to the terminal
    /// what differs from what it shows.
    pub fn draw(&mut self, render: impl FnOnce(&mut Frame, Canvas) -> Drawn) -> io::Result<()> {
        let canvas = if self.cleared {
            self.canvas.current_buffer_mut().reset();
            Canvas::Blank
        } else {
            Canvas::Kept
        };
        let drawn = render(&mut self.canvas.get_frame(), canvas);
        let next = self.canvas.current_buffer_mut();
        let unchanged = if self.cleared {
            &[][..]
        } else {
            &drawn.unchanged[..]
        };
        let area = next.area;
        let width = usize::from(area.width);
        for y in area.top()..area.bottom() {
            if spans_row(unchanged, area, y) {
                continue;
            }
            let start = next.index_of(area.x, y);
            let row = start..start + width;
            let (now, was) = (&next.content[row.clone()], &mut self.shown.content[row]);
            let changed = changes(was, now);
            for &(i, cell) in &changed {
                let at = Position {
                    x: area.x + i as u16,
                    y,
                };
                self.pen.put(&mut self.bytes, at, cell, area.right())?;
            }
            if !changed.is_empty() {
                was.clone_from_slice(now);
            }
        }
        self.cleared = false;
        self.pen.cursor(&mut self.bytes, drawn.cursor)?;
        self.send()
    }

    /// Rings the terminal's bell.
    pub fn bell(&mut self) -> io::Result<()> {
        self.out.write_all(b"\x07")?;
        self.out.flush()
    }

    /// Shows the cursor and resets colours and attributes, as the terminal was before.
    pub fn restore(&mut self) -> io::Result<()> {
        self.pen.restore(&mut self.bytes)?;
        self.send()
    }

    /// Writes what was queued, in one write (none when nothing changed).
    fn send(&mut self) -> io::Result<()> {
        if self.bytes.is_empty() {
            return Ok(());
        }
        self.out.write_all(&self.bytes)?;
        self.bytes.clear();
        self.out.flush()
    }

    /// The terminal's size (for tests).
    #[cfg(test)]
    pub fn area(&self) -> Rect {
        self.shown.area
    }

    /// The terminal's own `out` (for tests).
    #[cfg(test)]
    pub fn out(&mut self) -> &mut W {
        &mut self.out
    }

    fn clear(&mut self) -> io::Result<()> {
        self.pen.clear(&mut self.bytes)?;
        self.cleared = true;
        Ok(())
    }
}

/// Whether one of `areas` covers row `y` of `screen` from edge to edge.
fn spans_row(areas: &[Rect], screen: Rect, y: u16) -> bool {
    areas.iter().any(|r| {
        r.top() <= y && y < r.bottom() && r.left() <= screen.left() && r.right() >= screen.right()
    })
}

/// The cells of a row to write for the terminal to go from `was` to `now`, with their
/// columns: those that differ, except the cells a wide character covers, plus the cells a
/// wide character used to cover (as ratatui's own buffer diff does).
fn changes<'a>(was: &[Cell], now: &'a [Cell]) -> Vec<(usize, &'a Cell)> {
    let (mut invalidated, mut to_skip) = (0usize, 0usize);
    let mut changed = Vec::new();
    for (i, (cell, old)) in now.iter().zip(was).enumerate() {
        if cell.diff_option != CellDiffOption::Skip
            && to_skip == 0
            && (invalidated > 0 || cell != old)
        {
            changed.push((i, cell));
        }
        let width = cell.symbol().width();
        to_skip = width.saturating_sub(1).max(to_skip.saturating_sub(1));
        invalidated = width
            .max(old.symbol().width())
            .max(invalidated)
            .saturating_sub(1);
    }
    changed
}

#[cfg(test)]
mod tests;
