//! What the terminal is set to (colours, attributes, where its cursor is and whether it
//! shows), so that a frame writes only what changes it.

use std::io;

use crossterm::cursor::{Hide, MoveTo, Show};
use crossterm::queue;
use crossterm::style::{
    Attribute, Print, SetAttribute, SetBackgroundColor, SetForegroundColor, SetUnderlineColor,
};
use crossterm::terminal::{Clear, ClearType};
use ratatui::backend::IntoCrossterm;
use ratatui::buffer::Cell;
use ratatui::layout::Position;
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

/// The terminal's state as far as rapport knows it; `None` where it does not.
#[derive(Debug, Default)]
pub struct Pen {
    style: Option<Ink>,
    at: Option<Position>,
    visible: Option<bool>,
}

/// Colours and attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Ink {
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
}

impl Ink {
    /// What the terminal draws in after a reset.
    const PLAIN: Ink = Ink {
        fg: Color::Reset,
        bg: Color::Reset,
        underline: Color::Reset,
        modifier: Modifier::empty(),
    };

    fn of(cell: &Cell) -> Ink {
        Ink {
            fg: cell.fg,
            bg: cell.bg,
            underline: cell.underline_color,
            modifier: cell.modifier,
        }
    }
}

/// The attribute that sets each modifier.
const ATTRIBUTES: [(Modifier, Attribute); 9] = [
    (Modifier::BOLD, Attribute::Bold),
    (Modifier::DIM, Attribute::Dim),
    (Modifier::ITALIC, Attribute::Italic),
    (Modifier::UNDERLINED, Attribute::Underlined),
    (Modifier::SLOW_BLINK, Attribute::SlowBlink),
    (Modifier::RAPID_BLINK, Attribute::RapidBlink),
    (Modifier::REVERSED, Attribute::Reverse),
    (Modifier::HIDDEN, Attribute::Hidden),
    (Modifier::CROSSED_OUT, Attribute::CrossedOut),
];

impl Pen {
    /// Clears the whole terminal in plain ink.
    pub fn clear(&mut self, bytes: &mut Vec<u8>) -> io::Result<()> {
        queue!(bytes, SetAttribute(Attribute::Reset), Clear(ClearType::All))?;
        self.style = Some(Ink::PLAIN);
        self.at = None;
        Ok(())
    }

    /// Writes `cell` at `at`, on a screen whose columns end before `right`.
    pub fn put(
        &mut self,
        bytes: &mut Vec<u8>,
        at: Position,
        cell: &Cell,
        right: u16,
    ) -> io::Result<()> {
        if self.at != Some(at) {
            queue!(bytes, MoveTo(at.x, at.y))?;
        }
        self.ink(bytes, Ink::of(cell))?;
        let symbol = cell.symbol();
        // ratatui drops control characters from text; this holds for any widget that sets
        // a cell itself: nothing drawn can become an escape sequence or reorder the line.
        let symbol = if symbol.chars().any(crate::text::visible::is_hostile) {
            "\u{FFFD}"
        } else {
            symbol
        };
        queue!(bytes, Print(symbol))?;
        // Terminals agree on how far a single character moves the cursor, not on how far a
        // cluster of several (an emoji sequence) does: after one of those, move explicitly.
        let mut chars = symbol.chars();
        let single = chars.next().is_some() && chars.next().is_none();
        let x = at.x.saturating_add(symbol.width() as u16);
        self.at = (single && x > at.x && x < right).then_some(Position { x, y: at.y });
        Ok(())
    }

    /// Shows the cursor at `cursor`, or hides it.
    pub fn cursor(&mut self, bytes: &mut Vec<u8>, cursor: Option<Position>) -> io::Result<()> {
        match cursor {
            Some(position) => {
                if self.at != Some(position) {
                    queue!(bytes, MoveTo(position.x, position.y))?;
                    self.at = Some(position);
                }
                if self.visible != Some(true) {
                    queue!(bytes, Show)?;
                    self.visible = Some(true);
                }
            }
            None if self.visible != Some(false) => {
                queue!(bytes, Hide)?;
                self.visible = Some(false);
            }
            None => {}
        }
        Ok(())
    }

    /// Plain ink and a visible cursor, as the terminal was before rapport.
    pub fn restore(&mut self, bytes: &mut Vec<u8>) -> io::Result<()> {
        queue!(bytes, SetAttribute(Attribute::Reset), Show)?;
        self.style = Some(Ink::PLAIN);
        self.visible = Some(true);
        Ok(())
    }

    /// Sets the terminal's ink to `to`, resetting first when an attribute must go.
    fn ink(&mut self, bytes: &mut Vec<u8>, to: Ink) -> io::Result<()> {
        let from = match self.style {
            Some(from) if from == to => return Ok(()),
            Some(from) if (from.modifier - to.modifier).is_empty() => from,
            _ => {
                queue!(bytes, SetAttribute(Attribute::Reset))?;
                Ink::PLAIN
            }
        };
        for (modifier, attribute) in ATTRIBUTES {
            if to.modifier.contains(modifier) && !from.modifier.contains(modifier) {
                queue!(bytes, SetAttribute(attribute))?;
            }
        }
        if to.fg != from.fg {
            queue!(bytes, SetForegroundColor(to.fg.into_crossterm()))?;
        }
        if to.bg != from.bg {
            queue!(bytes, SetBackgroundColor(to.bg.into_crossterm()))?;
        }
        if to.underline != from.underline {
            queue!(bytes, SetUnderlineColor(to.underline.into_crossterm()))?;
        }
        self.style = Some(to);
        Ok(())
    }
}
