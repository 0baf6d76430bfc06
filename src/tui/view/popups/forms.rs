//! Forms over the live screen: a role, a reference, an answer summary, a note's edit, the
//! 1–10 rule, and the search. Each field shows its cursor; the keys line is the form's own.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::{boxed, keys_line};
use crate::i18n::{class_message, clock, kind_marker, kind_message};
use crate::text::pad_right;
use crate::tui::app::mode::{Form, Purpose};
use crate::tui::ratings::{RatingsForm, SLOTS, Typed};
use crate::tui::search::Search;
use crate::tui::text_input::TextInput;
use crate::tui::view::View;

const WIDTH: u16 = 72;

/// A label, then the field's lines (the first beside the label, the rest beneath it).
fn labelled<'a>(
    app: &View,
    label: &str,
    label_width: usize,
    input: &TextInput,
    focused: bool,
    room: usize,
) -> Vec<Line<'a>> {
    let t = &app.theme;
    let style = if focused { t.selected } else { t.text };
    let cursor = style.reversed();
    let field_room = room.saturating_sub(label_width + 2);
    let mut lines = Vec::new();
    for (i, line) in input
        .lines(field_room, style, cursor, focused)
        .into_iter()
        .enumerate()
    {
        let lead = if i == 0 {
            pad_right(label, label_width)
        } else {
            " ".repeat(label_width)
        };
        let mut spans = vec![Span::styled(format!("{lead}  "), t.dim)];
        spans.extend(line.spans);
        lines.push(Line::from(spans));
    }
    lines
}

/// A form of text fields.
/// Returns where the terminal's cursor goes: in the field being typed into.
pub fn form(frame: &mut Frame, app: &View, area: Rect, form: &Form) -> Option<Position> {
    let t = &app.theme;
    let ui = app.ui;
    let (title, labels): (String, &[&str]) = match &form.purpose {
        Purpose::AddRole => (
            ui.t("role-add-title"),
            &[
                "role-employer",
                "role-job-title",
                "role-from",
                "role-to",
                "role-manager",
            ],
        ),
        Purpose::Reference(_) => (ui.t("reference-title"), &["reference-reason"]),
        Purpose::Answer(..) => (ui.t("answer-title"), &["answer-label"]),
        Purpose::RefereeRating => {
            let candidate = app.state.header.candidate.clone();
            let title = ui.t_with("referee-rating-title", &[("candidate", candidate.into())]);
            (title, &["referee-rating-label"])
        }
        Purpose::EditNote(note) => {
            let time = app
                .state
                .note(note)
                .map_or(String::new(), |n| clock(n.started_ms));
            let title = ui.t_with("note-edit-title", &[("time", time.into())]);
            (title, &["note-edit-label"])
        }
    };
    let room = usize::from(WIDTH.min(area.width).saturating_sub(4));
    let labels: Vec<String> = labels.iter().map(|l| ui.t(l)).collect();
    let label_width = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor = None;
    for (i, label) in labels.iter().enumerate() {
        if let Some(input) = form.fields.get(i) {
            if form.at == i {
                let (row, col) = input.cursor_at(room.saturating_sub(label_width + 2));
                cursor = Some((lines.len() + row, label_width + 2 + col));
            }
            lines.extend(labelled(app, label, label_width, input, form.at == i, room));
        }
    }
    if let Purpose::EditNote(_) = &form.purpose {
        let kind = format!(
            "{} {}",
            kind_marker(form.kind),
            ui.t(kind_message(form.kind))
        );
        let style = crate::tui::view::kind_style(app.theme, form.kind);
        lines.push(Line::from(vec![
            Span::styled(
                format!("{}  ", pad_right(&ui.t("note-edit-kind"), label_width)),
                t.dim,
            ),
            Span::styled(kind, style),
        ]));
    }
    if let Purpose::Reference(_) = &form.purpose {
        lines.push(Line::styled(ui.t("reference-unmark"), t.dim));
    }
    if let Purpose::RefereeRating = &form.purpose {
        for part in crate::text::hanging(&ui.t("referee-rating-ask"), 0, room) {
            lines.push(Line::styled(part, t.dim));
        }
    }
    if let Some(problem) = form.problem {
        let back = form.keymap().key_of(crate::tui::keymap::Command::Back);
        lines.push(Line::styled(
            ui.t_with(problem, &[("key", back.into())]),
            t.alert,
        ));
    }
    lines.push(Line::raw(""));
    lines.push(keys_line(app, form.keymap(), WIDTH));
    let inner = boxed(frame, app, area, WIDTH, &title, lines, false);
    place(inner, cursor)
}

/// The terminal position of `cursor` (row, column) inside a popup's `inner` area.
fn place(inner: Rect, cursor: Option<(usize, usize)>) -> Option<Position> {
    let (row, col) = cursor?;
    let (row, col) = (u16::try_from(row).ok()?, u16::try_from(col).ok()?);
    (row < inner.height && col < inner.width).then(|| Position::new(inner.x + col, inner.y + row))
}

/// The 1–10 rule: four people, a name and a predicted rating each, classified live.
/// Returns where the terminal's cursor goes: in the field being typed into.
pub fn ratings(frame: &mut Frame, app: &View, area: Rect, form: &RatingsForm) -> Option<Position> {
    let t = &app.theme;
    let ui = app.ui;
    let labels: Vec<String> = (0..SLOTS.len())
        .map(|i| {
            let (id, n) = if i < 2 {
                ("ratings-manager", i + 1)
            } else {
                ("ratings-colleague", i - 1)
            };
            ui.t_with(id, &[("n", n.into())])
        })
        .collect();
    let label_width = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    let field = |input: &TextInput, on: bool, width: usize, style: Style| {
        let style = if on { t.selected } else { style };
        let line = input.lines(width, style, style.reversed(), on).remove(0);
        let mut spans = line.spans;
        let used: usize = spans.iter().map(|s| s.content.width()).sum();
        spans.push(Span::styled(" ".repeat(width.saturating_sub(used)), style));
        spans
    };
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor = None;
    for (i, label) in labels.iter().enumerate() {
        let (_, typed) = form.entry(i);
        let rating_style = if typed == Typed::Invalid {
            t.alert
        } else {
            t.strong
        };
        let mut spans = vec![Span::styled(format!("{label:<label_width$}  "), t.dim)];
        let slot = form.field / 2;
        if slot == i {
            let (input, width, at) = if form.on_rating() {
                (&form.ratings[i], 4, label_width + 2 + 24 + 2)
            } else {
                (&form.names[i], 24, label_width + 2)
            };
            cursor = Some((lines.len(), at + input.cursor_at(width).1));
        }
        spans.extend(field(&form.names[i], form.field == i * 2, 24, t.text));
        spans.push(Span::raw("  "));
        spans.extend(field(
            &form.ratings[i],
            form.field == i * 2 + 1,
            4,
            rating_style,
        ));
        spans.push(Span::styled(" /10", t.dim));
        if typed == Typed::Invalid {
            spans.push(Span::styled(" ✗", t.alert));
        }
        lines.push(Line::from(spans));
    }
    if form.has_invalid() {
        lines.push(Line::styled(ui.t("ratings-invalid"), t.alert));
    }
    lines.push(Line::raw(""));
    let class = form.classification();
    let class_style = match class {
        crate::model::SelfAwareness::Credible => t.good,
        crate::model::SelfAwareness::Incomplete => t.dim,
        _ => t.alert,
    };
    lines.push(Line::styled(
        format!("→ {}", ui.t(class_message(class))),
        class_style,
    ));
    lines.push(Line::styled(ui.t("ratings-modesty"), t.dim));
    if form.refused {
        lines.push(Line::styled(ui.t("ratings-refused"), t.alert));
    }
    lines.push(Line::raw(""));
    lines.push(keys_line(app, &crate::tui::keymap::FIELDS_KEYS, WIDTH));
    let inner = boxed(
        frame,
        app,
        area,
        WIDTH,
        &ui.t("ratings-title"),
        lines,
        false,
    );
    place(inner, cursor)
}

/// Finding a question: what was typed, and the best matches.
/// Returns where the terminal's cursor goes: in the query.
pub fn search(frame: &mut Frame, app: &View, area: Rect, s: &Search) -> Option<Position> {
    let t = &app.theme;
    let ui = app.ui;
    let (lang, _) = app.langs();
    let width = 90.min(area.width);
    let room = usize::from(width.saturating_sub(4));
    let prompt = format!("{}: ", ui.t("search-prompt"));
    let query_room = room.saturating_sub(prompt.width());
    let cursor = Some((0, prompt.width() + s.query.cursor_at(query_room).1));
    let mut first = vec![Span::styled(prompt, t.dim)];
    first.extend(
        s.query
            .lines(query_room, t.strong, t.strong.reversed(), true)
            .remove(0)
            .spans,
    );
    let mut lines = vec![Line::from(first), Line::raw("")];
    if s.results.is_empty() {
        lines.push(Line::styled(ui.t("search-none"), t.dim));
    }
    let tags = [ui.t("search-planned"), ui.t("search-bank")];
    let tag_width = tags.iter().map(|t| t.width()).max().unwrap_or(0);
    for (i, c) in s.shown().enumerate() {
        let tag = pad_right(&tags[usize::from(!c.planned)], tag_width);
        let text = crate::model::lang::pick(&c.question.text, lang)
            .map_or(c.question.id.to_string(), |p| p.value.text.clone());
        let line = format!("{tag}  {text}");
        let style = if i == s.selected {
            t.selected
        } else if c.planned {
            t.text
        } else {
            t.dim
        };
        lines.push(Line::styled(crate::text::fit(&line, room), style));
    }
    lines.push(Line::raw(""));
    lines.push(keys_line(app, &crate::tui::keymap::SEARCH_KEYS, width));
    let inner = boxed(frame, app, area, width, &ui.t("search-title"), lines, false);
    place(inner, cursor)
}
