//! Key hints, made from the keys of the mode in use: the status line, and the line of keys
//! in a popup. Only the words come from the catalogs; every key label comes from the key.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::View;
use crate::i18n::Catalog;
use crossterm::event::KeyCode;

use crate::tui::keymap::{Binding, Key, Keymap};

const SEPARATOR: &str = " · ";

/// One hint: the binding's first key and the footer's word for it. ↓ and → read as ↑↓ and
/// ←→ where ↑ and ← are bound too (the hint stands for both).
fn hint(ui: &Catalog, keymap: &Keymap, binding: &Binding) -> Option<String> {
    let word = ui.t(binding.hint?);
    let key = *binding.keys.first()?;
    let pair = |other: KeyCode| keymap.command(Key::plain(other)).is_some();
    let label = match key.code {
        KeyCode::Down if key.modifiers.is_empty() && pair(KeyCode::Up) => "↑↓".to_owned(),
        KeyCode::Right if key.modifiers.is_empty() && pair(KeyCode::Left) => "←→".to_owned(),
        _ => key.to_string(),
    };
    Some(format!("{label} {word}"))
}

/// The hints of `bindings`, packed whole into one line of at most `width` columns.
fn packed<'a>(
    ui: &Catalog,
    keymap: &Keymap,
    bindings: impl Iterator<Item = &'a Binding>,
    width: usize,
) -> String {
    let mut line = String::new();
    for text in bindings.filter_map(|b| hint(ui, keymap, b)) {
        let extra = if line.is_empty() {
            0
        } else {
            SEPARATOR.width()
        };
        if line.width() + extra + text.width() > width {
            continue; // a shorter one further on may still fit
        }
        if !line.is_empty() {
            line.push_str(SEPARATOR);
        }
        line.push_str(&text);
    }
    line
}

/// The hints of a mode's own keys, in order, on as many lines of at most `width` columns as
/// they take: for a screen whose keys are its only help (the home screen).
pub fn hint_lines(ui: &Catalog, keymap: &Keymap, width: usize) -> Vec<String> {
    let own = keymap.parts.first().copied().unwrap_or_default();
    let mut lines: Vec<String> = Vec::new();
    for text in own.iter().filter_map(|b| hint(ui, keymap, b)) {
        match lines.last_mut() {
            Some(line) if line.width() + SEPARATOR.width() + text.width() <= width => {
                line.push_str(SEPARATOR);
                line.push_str(&text);
            }
            _ => lines.push(text),
        }
    }
    lines
}

/// The hints of a mode's own keys (its first table): the line at the foot of a popup.
pub fn hint_line(ui: &Catalog, keymap: &Keymap, width: usize) -> String {
    let own = keymap.parts.first().copied().unwrap_or_default();
    packed(ui, keymap, own.iter(), width)
}

/// The status line: the keys of the mode in use, the help key first, as many as fit whole.
pub fn render_status(frame: &mut Frame, app: &View, area: Rect) {
    let keymap = app.live.keymap();
    let id = std::ptr::from_ref(keymap) as usize;
    let text = app.cache.status.with(
        (id, area.width),
        || {
            let width = usize::from(area.width.saturating_sub(1));
            // Help first, then the way back, then the rest in table order.
            use crate::tui::keymap::Command::{Back, Help};
            let first = |c| move |b: &&Binding| b.command == c;
            let help = keymap.bindings().filter(first(Help));
            let back = keymap.bindings().filter(first(Back));
            let rest = keymap
                .bindings()
                .filter(|b| !matches!(b.command, Help | Back));
            let all = help.chain(back).chain(rest);
            format!(" {}", packed(app.ui, keymap, all, width))
        },
        Clone::clone,
    );
    frame.render_widget(Paragraph::new(Line::styled(text, app.theme.dim)), area);
}
