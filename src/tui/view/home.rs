//! Drawing the home screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Wrap};

use super::overlay::{Overlay, centered};
use crate::i18n::clock;
use crate::model::Lang;
use crate::text::{fit, pad_right as pad};
use crate::tui::home::{Deleting, Field, Form, Home};

/// Draws the home screen.
pub fn render(frame: &mut Frame, home: &Home) {
    let area = frame.area();
    let t = &home.theme;
    // The keys are the home screen's only help: all of them, on two lines if need be.
    let room = usize::from(area.width.saturating_sub(2));
    let mut keys = super::hint_lines(&home.ui, home.keymap(), room);
    keys.truncate(2);
    let [top, _, title, list, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(keys.len() as u16),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(" rapport", t.strong),
            Span::styled(format!(" — {}", home.ui.t("home-tagline")), t.dim),
        ])),
        top,
    );
    let mut heading = vec![Span::styled(
        format!(" {}", home.ui.t("home-sessions")),
        t.strong,
    )];
    if let Some(notice) = &home.notice {
        heading.push(Span::styled(format!(" · {notice}"), t.good));
    }
    match &home.view {
        // The plan's view takes the list's place, its tabs in the heading's row.
        Some(view) => super::home_plan::render(frame, home, view, title.union(list)),
        None => {
            frame.render_widget(Paragraph::new(Line::from(heading)), title);
            if home.rows.is_empty() {
                let none =
                    Paragraph::new(Line::styled(format!(" {}", home.ui.t("home-none")), t.text))
                        .wrap(Wrap { trim: false });
                frame.render_widget(none, list);
            } else {
                render_rows(frame, home, list);
            }
        }
    }
    let keys: Vec<Line> = keys
        .into_iter()
        .map(|k| Line::styled(format!(" {k}"), t.dim))
        .collect();
    frame.render_widget(Paragraph::new(keys), status);
    if let Some(form) = &home.form {
        render_form(frame, home, form, area);
    }
    if let Some(deleting) = &home.deleting {
        render_deleting(frame, home, deleting, list);
    }
    if let Some(calling) = &home.calling {
        super::home_plan::render_calling(frame, home, calling, area);
    }
}

/// "Delete this interview?": what goes, and the one key that deletes.
fn render_deleting(frame: &mut Frame, home: &Home, deleting: &Deleting, area: Rect) {
    let t = &home.theme;
    let width = area.width.saturating_sub(4).min(100);
    let mut lines = vec![
        Line::styled(home.ui.t("home-delete-lists"), t.text),
        Line::default(),
    ];
    let room = usize::from(width.saturating_sub(4));
    // Paths are long: they wrap rather than lose their ends.
    lines.extend(
        deleting
            .listing
            .iter()
            .map(|l| Line::styled(l.clone(), t.dim)),
    );
    lines.push(Line::default());
    lines.push(Line::styled(home.ui.t("home-delete-warning"), t.warn));
    let text = Paragraph::new(lines).wrap(Wrap { trim: false });
    let height = (text.line_count(width.saturating_sub(2)) as u16 + 2).min(area.height);
    let popup = centered(area, width, height);
    let title = home.ui.t_with(
        "home-delete-title",
        &[("candidate", deleting.candidate.clone().into())],
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(t.alert)
        .title(Line::styled(format!(" {} ", fit(&title, room)), t.strong));
    frame.render_widget(Overlay, popup);
    frame.render_widget(text.block(block), popup);
}

fn render_rows(frame: &mut Frame, home: &Home, area: Rect) {
    let t = &home.theme;
    let width = usize::from(area.width);
    let name_width = (width / 4).max(12);
    // Below 100 columns the role gives way, so the date and state stay readable.
    let role_width = if width >= 100 { width / 4 } else { 0 };
    let height = usize::from(area.height);
    let skip = home.selected.saturating_sub(height.saturating_sub(1));
    let lines: Vec<Line> = home
        .rows
        .iter()
        .enumerate()
        .skip(skip)
        .take(height)
        .map(|(i, r)| {
            let state_id = if r.ended { "home-ended" } else { "home-open" };
            let state = home
                .ui
                .t_with(state_id, &[("time", clock(r.elapsed_ms).into())]);
            let role = if role_width > 0 {
                format!("{}  ", pad(&fit(&r.role, role_width), role_width))
            } else {
                String::new()
            };
            let text = format!(
                " {} {}  {role}{}  {}  {}",
                if i == home.selected { "▸" } else { " " },
                pad(&fit(&r.candidate, name_width), name_width),
                pad(&fit(&r.format, 12), 12),
                r.created,
                state,
            );
            let style = if i == home.selected {
                t.selected
            } else {
                t.text
            };
            Line::styled(fit(&text, width), style)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

fn render_form(frame: &mut Frame, home: &Home, form: &Form, area: Rect) {
    let t = &home.theme;
    let ui = &home.ui;
    let choice = |text: String, on: bool| {
        let style = if on { t.selected } else { t.text };
        Span::styled(format!("‹ {text} ›"), style)
    };
    let typed = |input: &crate::tui::text_input::TextInput, on: bool| {
        let style = if on { t.selected } else { t.text };
        let line = input.lines(40, style, style.reversed(), on).remove(0);
        Line::from(line.spans)
    };
    let also = form
        .also
        .checked_sub(1)
        .map_or(ui.t("form-none"), |i| Lang::ALL[i].autonym().to_owned());
    let plan = home.chosen_plan();
    let role = plan.map_or(String::new(), |p| p.role.clone());
    let format = plan
        .and_then(|p| p.formats.get(form.format))
        .map_or(String::new(), |f| f.1.clone());
    let rows = [
        (
            "form-candidate",
            typed(&form.candidate, form.field == Field::Candidate),
        ),
        ("form-plan", choice(role, form.field == Field::Plan).into()),
        (
            "form-format",
            choice(format, form.field == Field::Format).into(),
        ),
        (
            "form-lang",
            choice(
                Lang::ALL[form.lang].autonym().to_owned(),
                form.field == Field::Lang,
            )
            .into(),
        ),
        ("form-also", choice(also, form.field == Field::Also).into()),
        (
            "form-panelist",
            typed(&form.panelist, form.field == Field::Panelist),
        ),
    ];
    let label_width = rows
        .iter()
        .map(|(id, _)| unicode_width::UnicodeWidthStr::width(ui.t(id).as_str()))
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = rows
        .into_iter()
        .map(|(id, value): (&str, Line)| {
            let mut spans = vec![Span::styled(pad(&ui.t(id), label_width + 2), t.dim)];
            spans.extend(value.spans);
            Line::from(spans)
        })
        .collect();
    lines.push(Line::raw(""));
    if form.missing_candidate {
        lines.push(Line::styled(ui.t("form-need-candidate"), t.alert));
    }
    let room = usize::from(64.min(area.width).saturating_sub(4));
    lines.push(Line::styled(
        super::hint_line(ui, home.keymap(), room),
        t.dim,
    ));
    let width = 64.min(area.width);
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = centered(area, width, height);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .title(Line::styled(format!(" {} ", ui.t("form-title")), t.strong))
        .padding(ratatui::widgets::Padding::horizontal(1));
    frame.render_widget(Overlay, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
