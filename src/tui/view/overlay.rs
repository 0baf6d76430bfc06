//! Room for a popup over whatever is drawn beneath it.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Borders, Clear, Widget};
use unicode_width::UnicodeWidthStr;

/// A `width`×`height` rectangle in the middle of `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(row);
    cell
}

/// The frame of a screen drawn over the live one (scoring, summary): rounded, with `title`
/// cut to fit `area`. Clear the area with [`Overlay`] before drawing it.
pub fn panel(title: &str, area: Rect, style: Style) -> Block<'static> {
    let room = usize::from(area.width.saturating_sub(2));
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .title(Line::styled(crate::text::fit(title, room), style))
}

/// Clears an area for a popup, including the wide characters (CJK, emoji) that start just
/// left of it and would spill into its first column. Left there, such a character hides the
/// popup's left border: the terminal draws both of its halves and skips the border's cell.
pub struct Overlay;

impl Widget for Overlay {
    fn render(self, area: Rect, buf: &mut Buffer) {
        Clear.render(area, buf);
        let Some(left) = area.x.checked_sub(1) else {
            return;
        };
        for y in area.top()..area.bottom() {
            if let Some(cell) = buf.cell_mut((left, y))
                && cell.symbol().width() > 1
            {
                cell.set_symbol(" ");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wide_character_spilling_into_the_popup_is_blanked() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 2));
        buf.set_string(0, 0, "ab王cd", ratatui::style::Style::default());
        buf.set_string(0, 1, "abc王d", ratatui::style::Style::default());
        // 王 takes columns 2–3 on row 0 and 3–4 on row 1; the popup starts at column 3.
        Overlay.render(Rect::new(3, 0, 4, 2), &mut buf);
        assert_eq!(buf[(2, 0)].symbol(), " ", "spilled into the popup: blanked");
        assert_eq!(buf[(1, 0)].symbol(), "b");
        assert_eq!(buf[(2, 1)].symbol(), "c", "left of the popup, narrow: kept");
        assert_eq!(buf[(3, 1)].symbol(), " ", "inside the popup: cleared");
    }
}
