//! Popups drawn over the live screen: the help, confirmations, the crash question, the
//! coverage check (in [`confirm`]) and the forms (in [`forms`]).

mod confirm;
mod forms;

pub use confirm::{confirm, downtime, end_check};
pub use forms::{form, ratings, search};

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::View;
use super::overlay::{Overlay, centered};
use crate::tui::keymap::{Binding, Keymap};

/// The keys of the mode beneath, one row per command (keys with one description share a
/// row), generated from the table that handles them.
///
/// When the list is taller than the screen it scrolls, `scroll` keys down, and the last line
/// says so.
pub fn help(frame: &mut Frame, app: &View, area: Rect, scroll: usize) {
    let t = &app.theme;
    let width: u16 = 76;
    let rows = help_rows(app.live.keymap_beneath_help());
    let key_width = rows.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    let text_width = width.min(area.width).saturating_sub(4);
    // One key a row; a description that wraps keeps under itself (a hanging indent).
    let lead = key_width + 2;
    let entries: Vec<Vec<Line>> = rows
        .iter()
        .map(|(label, help)| {
            let text = app.ui.t(help);
            crate::text::hanging(&text, lead, usize::from(text_width))
                .into_iter()
                .enumerate()
                .map(|(i, part)| {
                    let key = if i == 0 { label.as_str() } else { "" };
                    Line::from(vec![
                        Span::styled(crate::text::pad_right(key, lead), t.strong),
                        Span::styled(part, t.text),
                    ])
                })
                .collect()
        })
        .collect();
    let heights: Vec<usize> = entries.iter().map(Vec::len).collect();
    let keys = entries;
    // Rows for keys: the screen less the border and the closing line (and a spacer if room).
    let room = usize::from(area.height).saturating_sub(3);
    let needed: usize = heights.iter().sum();
    let (mut lines, closing) = if needed <= room {
        let mut all: Vec<Line> = keys.into_iter().flatten().collect();
        if needed < room {
            all.push(Line::raw(""));
        }
        (all, closing_line(app, false))
    } else {
        // Whole keys only (a key whose text wraps counts its rows); the last page is full.
        let fitting = |from: usize| {
            let mut used = 0;
            heights[from..]
                .iter()
                .take_while(|r| {
                    used += **r;
                    used <= room
                })
                .count()
        };
        let last_page = (0..keys.len())
            .find(|&from| from + fitting(from) == keys.len())
            .unwrap_or(0);
        let first = scroll.min(last_page);
        let shown = keys
            .into_iter()
            .skip(first)
            .take(fitting(first))
            .flatten()
            .collect();
        (shown, closing_line(app, true))
    };
    lines.push(Line::styled(closing, t.dim));
    let title = app.ui.t("help-title");
    boxed(frame, app, area, width, &title, lines, false);
}

/// The help's last line: how to close it, and how to scroll when it does not fit.
fn closing_line(app: &View, scrolls: bool) -> String {
    use crate::tui::keymap::{Command, HELP_KEYS, Key};
    use crossterm::event::KeyCode;
    let close = format!(
        "{} {}",
        HELP_KEYS.key_of(Command::Back),
        app.ui.t("hint-close")
    );
    if !scrolls {
        return close;
    }
    let (up, down) = (Key::plain(KeyCode::Up), Key::plain(KeyCode::Down));
    let scroll = format!("{up}{down} {}", app.ui.t("hint-scroll"));
    format!("{scroll} · {close}")
}

/// The help's rows: a label and a description per command, keys with the same description
/// joined.
fn help_rows(keymap: &Keymap) -> Vec<(String, &'static str)> {
    let mut rows: Vec<(Vec<&Binding>, &'static str)> = Vec::new();
    for binding in keymap.bindings() {
        match rows.iter_mut().find(|(_, help)| *help == binding.help) {
            Some((bindings, _)) => bindings.push(binding),
            None => rows.push((vec![binding], binding.help)),
        }
    }
    rows.into_iter()
        .map(|(bindings, help)| {
            let keys: Vec<_> = bindings.iter().flat_map(|b| b.keys.iter()).collect();
            let label = match keys.as_slice() {
                [first, .., last] if keys.len() > 2 => format!("{first}…{last}"),
                keys => keys
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            (label, help)
        })
        .collect()
}

/// The line of a popup's own keys, from its keymap.
fn keys_line<'a>(app: &View, keymap: &Keymap, width: u16) -> Line<'a> {
    let room = usize::from(width.saturating_sub(4));
    Line::styled(super::hint_line(app.ui, keymap, room), app.theme.dim)
}

/// Draws `lines` in a rounded, titled box centred in `area`: `width` wide (at most the
/// screen), as tall as the wrapped lines need; an alert box has the alert colour. Returns
/// where its text goes.
fn boxed(
    frame: &mut Frame,
    app: &View,
    area: Rect,
    width: u16,
    title: &str,
    lines: Vec<Line>,
    alert: bool,
) -> Rect {
    let t = &app.theme;
    let width = width.min(area.width);
    let body = Paragraph::new(lines).wrap(Wrap { trim: false });
    let height = (body.line_count(width.saturating_sub(4)) as u16 + 2).min(area.height);
    let popup = centered(area, width, height);
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .padding(ratatui::widgets::Padding::horizontal(1));
    if alert {
        block = block.border_style(t.alert);
    }
    if !title.is_empty() {
        let room = usize::from(width.saturating_sub(4));
        let title = crate::text::fit(title, room);
        block = block.title(Line::styled(format!(" {title} "), t.strong));
    }
    let inner = block.inner(popup);
    frame.render_widget(Overlay, popup);
    frame.render_widget(body.block(block), popup);
    inner
}
