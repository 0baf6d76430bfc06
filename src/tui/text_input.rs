//! Typing: the edits a key can make to text, and the one text field every form uses.
//!
//! Both the note line and every form field are `ratatui-textarea` text areas, edited only
//! through [`Edit`]: a key becomes an edit here or nowhere, so a Ctrl- or Alt-letter never
//! types, and a text area's own Emacs-style shortcuts never fire behind the keymap's back.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui_textarea::{CursorMove, TextArea};
use unicode_width::UnicodeWidthStr;

/// A change to text being typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Type a character.
    Insert(char),
    /// Delete the character before the cursor.
    Backspace,
    /// Delete the character under the cursor.
    Delete,
    /// Delete the word before the cursor.
    DeleteWord,
    /// Cursor one character left.
    Left,
    /// Cursor one character right.
    Right,
    /// Cursor a word left.
    WordLeft,
    /// Cursor a word right.
    WordRight,
    /// Cursor a line up.
    Up,
    /// Cursor a line down.
    Down,
    /// Cursor to the start of the line.
    Home,
    /// Cursor to the end of the line.
    End,
}

/// The edit a key makes, if it is a typing key: a character typed with or without Shift (never
/// with Ctrl or Alt), or a key that moves or deletes within the text.
pub fn edit_of(key: KeyEvent) -> Option<Edit> {
    let held = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
    let ctrl_or_alt = !held.is_empty();
    Some(match key.code {
        KeyCode::Char(c) if !ctrl_or_alt && !c.is_control() => Edit::Insert(c),
        KeyCode::Backspace if ctrl_or_alt => Edit::DeleteWord,
        KeyCode::Backspace => Edit::Backspace,
        KeyCode::Delete if !ctrl_or_alt => Edit::Delete,
        KeyCode::Left if ctrl_or_alt => Edit::WordLeft,
        KeyCode::Right if ctrl_or_alt => Edit::WordRight,
        KeyCode::Left => Edit::Left,
        KeyCode::Right => Edit::Right,
        KeyCode::Up if !ctrl_or_alt => Edit::Up,
        KeyCode::Down if !ctrl_or_alt => Edit::Down,
        KeyCode::Home if !ctrl_or_alt => Edit::Home,
        KeyCode::End if !ctrl_or_alt => Edit::End,
        _ => return None,
    })
}

/// Applies `edit` to a text area.
pub fn apply(area: &mut TextArea<'_>, edit: Edit) {
    match edit {
        Edit::Insert(c) => area.insert_char(c),
        Edit::Backspace => {
            area.delete_char();
        }
        Edit::Delete => {
            area.delete_next_char();
        }
        Edit::DeleteWord => {
            area.delete_word();
        }
        Edit::Left => area.move_cursor(CursorMove::Back),
        Edit::Right => area.move_cursor(CursorMove::Forward),
        Edit::WordLeft => area.move_cursor(CursorMove::WordBack),
        Edit::WordRight => area.move_cursor(CursorMove::WordForward),
        Edit::Up => area.move_cursor(CursorMove::Up),
        Edit::Down => area.move_cursor(CursorMove::Down),
        Edit::Home => area.move_cursor(CursorMove::Head),
        Edit::End => area.move_cursor(CursorMove::End),
    }
}

/// Pasted or typed-in text as a terminal may send it: line ends made `\n`, and other
/// control characters (escape sequences among them) dropped, so nothing pasted can steer the
/// terminal when it is drawn.
pub fn clean_paste(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| *c == '\n' || *c == '\t' || !c.is_control())
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect()
}

/// A text field of a form: one line, or several for a note being edited.
#[derive(Debug, Clone)]
pub struct TextInput {
    area: TextArea<'static>,
    multiline: bool,
}

impl Default for TextInput {
    fn default() -> Self {
        TextInput::new("")
    }
}

impl PartialEq for TextInput {
    fn eq(&self, other: &Self) -> bool {
        self.area.lines() == other.area.lines() && self.area.cursor() == other.area.cursor()
    }
}

impl TextInput {
    /// A one-line field holding `text`, the cursor at its end.
    pub fn new(text: &str) -> Self {
        Self::build(text.replace('\n', " ").as_str(), false)
    }

    /// A field of several lines holding `text`, the cursor at its end.
    pub fn multiline(text: &str) -> Self {
        Self::build(text, true)
    }

    fn build(text: &str, multiline: bool) -> Self {
        let lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
        let mut area = TextArea::new(lines);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        TextInput { area, multiline }
    }

    /// Makes an edit.
    pub fn edit(&mut self, edit: Edit) {
        apply(&mut self.area, edit);
    }

    /// Inserts pasted text (on one line, in a one-line field).
    pub fn paste(&mut self, text: &str) {
        let text = clean_paste(text);
        if self.multiline {
            self.area.insert_str(text);
        } else {
            self.area.insert_str(text.replace('\n', " "));
        }
    }

    /// A new line, in a field of several lines.
    pub fn newline(&mut self) {
        if self.multiline {
            self.area.insert_newline();
        }
    }

    /// The text.
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// The text trimmed; `None` when nothing is left.
    pub fn value(&self) -> Option<String> {
        let text = self.text();
        let trimmed = text.trim();
        (!trimmed.is_empty()).then(|| trimmed.to_owned())
    }

    /// The field drawn in at most `width` columns: its lines, with the cursor shown as a
    /// `cursor`-styled cell when `focused`. A line too long to fit shows the part around the
    /// cursor, cut with "…".
    pub fn lines(
        &self,
        width: usize,
        style: Style,
        cursor: Style,
        focused: bool,
    ) -> Vec<Line<'static>> {
        let ratatui_textarea::DataCursor(row, col) = self.area.cursor();
        self.area
            .lines()
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let at = (focused && i == row).then_some(col);
                field_line(text, at, width.max(2), style, cursor)
            })
            .collect()
    }
}

impl TextInput {
    /// Where the cursor is when the field is drawn in `width` columns: its line, and the
    /// column within it (the terminal's cursor goes there, for input methods).
    pub fn cursor_at(&self, width: usize) -> (usize, usize) {
        let ratatui_textarea::DataCursor(row, col) = self.area.cursor();
        let text = self.area.lines().get(row).map_or("", String::as_str);
        let plain = Style::new();
        let line = field_line(text, Some(col), width.max(2), plain, plain);
        let before = line.spans.first().map_or(0, |s| s.content.width());
        (row, before)
    }
}

/// One line of a field, with the cursor at char `at` (if any), fitted to `width` columns.
fn field_line(
    text: &str,
    at: Option<usize>,
    width: usize,
    style: Style,
    cursor: Style,
) -> Line<'static> {
    let chars: Vec<char> = text.chars().collect();
    let Some(at) = at.map(|a| a.min(chars.len())) else {
        return Line::styled(crate::text::fit(text, width), style);
    };
    let before: String = chars[..at].iter().collect();
    let under: String = chars.get(at).map_or(" ".to_owned(), char::to_string);
    let after: String = chars
        .get(at + 1..)
        .map_or(String::new(), |a| a.iter().collect());
    // Keep the cursor in view: drop text from the left until what precedes it fits.
    let room_before = width.saturating_sub(under.width());
    let before = if before.width() > room_before {
        let mut kept: Vec<char> = Vec::new();
        let mut used = 1; // the "…"
        for c in before.chars().rev() {
            let w = c.to_string().width();
            if used + w > room_before {
                break;
            }
            used += w;
            kept.push(c);
        }
        format!("…{}", kept.into_iter().rev().collect::<String>())
    } else {
        before
    };
    let room_after = width.saturating_sub(before.width() + under.width());
    Line::from(vec![
        Span::styled(before, style),
        Span::styled(under, cursor),
        Span::styled(crate::text::fit(&after, room_after), style),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str) -> TextInput {
        let mut input = TextInput::new("");
        for c in text.chars() {
            input.edit(Edit::Insert(c));
        }
        input
    }

    #[test]
    fn typing_keys_are_edits_and_ctrl_or_alt_letters_are_not() {
        let key = |code, modifiers| edit_of(KeyEvent::new(code, modifiers));
        assert_eq!(
            key(KeyCode::Char('å'), KeyModifiers::NONE),
            Some(Edit::Insert('å'))
        );
        assert_eq!(
            key(KeyCode::Char('Å'), KeyModifiers::SHIFT),
            Some(Edit::Insert('Å'))
        );
        assert_eq!(key(KeyCode::Char('f'), KeyModifiers::CONTROL), None);
        assert_eq!(key(KeyCode::Char('q'), KeyModifiers::ALT), None);
        assert_eq!(key(KeyCode::F(2), KeyModifiers::NONE), None);
        assert_eq!(
            key(KeyCode::Backspace, KeyModifiers::ALT),
            Some(Edit::DeleteWord)
        );
    }

    #[test]
    fn a_field_edits_at_its_cursor() {
        let mut input = typed("Acme");
        input.edit(Edit::Home);
        input.edit(Edit::Insert('>'));
        input.edit(Edit::End);
        input.edit(Edit::Backspace);
        assert_eq!(input.text(), ">Acm");
        input.paste("one\r\ntwo\u{1b}[2J");
        assert_eq!(input.text(), ">Acmone two[2J", "one line, no escape");
        assert_eq!(TextInput::new("  ").value(), None);
    }

    #[test]
    fn a_long_field_shows_the_cursor_and_cuts_with_an_ellipsis() {
        let input = typed("Fjordkraft Kundeservice AS");
        let style = Style::new();
        let line = &input.lines(12, style, style.reversed(), true)[0];
        assert_eq!(line.width(), 12);
        assert!(line.to_string().starts_with('…'), "{line}");
        assert!(
            line.to_string().ends_with("AS "),
            "the cursor at the end: {line}"
        );
        let cjk = typed("王小明在客户服务中心工作了三年");
        let line = &cjk.lines(10, style, style, true)[0];
        assert!(line.width() <= 10, "{line}");
        assert_eq!(
            cjk.cursor_at(10),
            (0, 9),
            "after the last whole character that fits"
        );
        assert_eq!(typed("Acme").cursor_at(20), (0, 4));
    }
}
