//! The question shown: its text, the second language beneath, and what to listen for.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::View;
use crate::model::lang::pick;

/// Draws the question panel into `area`.
pub fn render(
    frame: &mut Frame,
    app: &View,
    body: Vec<Line<'static>>,
    area: Rect,
    now: crate::model::Timestamp,
) {
    let t = &app.theme;
    let ui = &app.ui;
    let stop = app.live.stops.get(app.live.at);
    // Counted by stop, so each role's copy of a deep-dive question has its own number.
    let total = app
        .live
        .stops
        .iter()
        .filter(|s| s.question.is_some())
        .count();
    let before = app
        .live
        .stops
        .iter()
        .take(app.live.at)
        .filter(|s| s.question.is_some())
        .count();
    let position = stop
        .and_then(|s| s.question.as_ref())
        .map(|_| before)
        .map(|n| {
            ui.t_with(
                "question-position",
                &[("n", (n + 1).into()), ("total", total.into())],
            )
        })
        .unwrap_or_else(|| ui.t("panel-question"));
    // How long the question shown has been on screen (interview time).
    let state = app.state;
    let shown = stop.and_then(|s| Some((s.question.clone()?, s.role)));
    let on_it = (shown.is_some() && state.current_question == shown && !state.clock_at(now).ended)
        .then(|| {
            state
                .clock
                .elapsed_at(now)
                .saturating_sub(state.current_shown_ms)
        })
        .map(|ms| {
            ui.t_with(
                "question-time-on",
                &[("time", crate::i18n::clock(ms).into())],
            )
        });
    let position = match on_it {
        Some(on_it) => format!("{position} · {on_it}"),
        None => position,
    };
    let above = super::rule(frame, area, t.border, false);
    let inner = super::titled(frame, above, Line::styled(format!(" {position}"), t.strong));
    frame.render_widget(Paragraph::new(visible(app, body, inner.height)), inner);
}

/// The rows of the question panel that fit in `rows`, from the row scrolled to; where rows are
/// left out above or below, a row says how many and which key shows them.
fn visible<'a>(app: &View, lines: Vec<Line<'a>>, rows: u16) -> Vec<Line<'a>> {
    use crate::tui::keymap::{Command, LIVE_KEYS};
    let rows = usize::from(rows);
    if lines.len() <= rows || rows < 3 {
        return lines;
    }
    let scroll = usize::from(app.live.question_scroll).min(lines.len() - (rows - 1));
    let more = |n: usize, command| {
        let key = LIVE_KEYS.key_of(command);
        let text = app
            .ui
            .t_with("question-more", &[("count", n.into()), ("key", key.into())]);
        Line::styled(text, app.theme.warn)
    };
    let mut out = Vec::with_capacity(rows);
    let mut room = rows;
    if scroll > 0 {
        out.push(more(scroll, Command::QuestionUp));
        room -= 1;
    }
    let below = lines.len() - scroll;
    let take = if below > room { room - 1 } else { room };
    out.extend(lines.into_iter().skip(scroll).take(take));
    if below > take {
        out.push(more(below - take, Command::QuestionDown));
    }
    out
}

/// How far the question panel of `view` can scroll at the width of `area`.
pub fn rows(app: &View, now: crate::model::Timestamp, width: u16) -> usize {
    lines(app, now, width).len()
}

/// Lines of `text` in `style` wrapped to `width` columns after `lead` (in `lead_style`), the
/// lines after the first indented as far as the lead.
fn wrapped(
    lead: &str,
    lead_style: Style,
    text: &str,
    style: Style,
    width: u16,
) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let indent = " ".repeat(lead.width());
    crate::text::hanging(text, lead.width(), width)
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let lead = if i == 0 {
                lead.to_owned()
            } else {
                indent.clone()
            };
            Line::from(vec![
                Span::styled(lead, lead_style),
                Span::styled(part, style),
            ])
        })
        .collect()
}

/// The question's text, second language and hints, wrapped to `width` columns.
pub fn lines(app: &View, now: crate::model::Timestamp, width: u16) -> Vec<Line<'static>> {
    let t = &app.theme;
    let ui = &app.ui;
    let state = app.state;
    let (lang, second) = app.langs();
    let stop = app.live.stops.get(app.live.at);
    let mut lines: Vec<Line> = Vec::new();
    let push = |lines: &mut Vec<Line<'static>>, text: &str, style: Style| {
        lines.extend(wrapped("", style, text, style, width));
    };
    if let Some(role) = stop.and_then(|s| s.role).and_then(|id| app.role(id)) {
        let d = &role.details;
        let line = ui.t_with(
            "role-line",
            &[
                ("employer", d.employer.clone().into()),
                ("title", d.title.clone().into()),
            ],
        );
        let dates = match (&d.from, &d.to) {
            (None, None) => String::new(),
            (from, to) => format!(
                " ({}–{})",
                from.as_deref().unwrap_or(""),
                to.as_deref().unwrap_or("")
            ),
        };
        let mark = if d.call_reference.is_some() {
            " ☎"
        } else {
            ""
        };
        lines.extend(wrapped(
            "◆ ",
            t.strong,
            &format!("{line}{dates}{mark}"),
            t.strong,
            width,
        ));
        if let Some(ms) = crate::tui::agenda::time_per_role(state, now) {
            let share = ui.t_with("role-time-each", &[("time", crate::i18n::clock(ms).into())]);
            push(&mut lines, &share, t.dim);
        }
    } else if stop.is_some_and(|s| crate::tui::agenda::is_deep_dive(&state.plan, s.section)) {
        let key = crate::tui::keymap::LIVE_KEYS.key_of(crate::tui::keymap::Command::AddRole);
        push(
            &mut lines,
            &ui.t_with("role-none-yet", &[("key", key.into())]),
            t.warn,
        );
    }
    let question = stop
        .and_then(|s| s.question.as_ref())
        .and_then(|q| state.plan.question(q));
    let Some(question) = question else {
        let section = stop.and_then(|s| state.plan.format.sections.get(s.section));
        match section.and_then(|s| pick(&s.hint, ui.lang())) {
            Some(hint) => push(&mut lines, hint.value, t.text),
            None => push(&mut lines, &ui.t("question-none"), t.dim),
        }
        return lines;
    };
    let Some(main) = pick(&question.text, lang) else {
        return lines;
    };
    push(&mut lines, &main.value.text, t.strong);
    if main.is_fallback(lang) {
        let fallback = ui.t_with("question-fallback", &[("lang", lang.code().into())]);
        push(&mut lines, &fallback, t.dim);
    }
    if let Some(other) = second.and_then(|l| question.text.get(&l)) {
        push(&mut lines, &other.text, t.dim);
    }
    let sections = [
        ("question-look-for", &main.value.look_for, t.text),
        ("question-follow-ups", &main.value.follow_ups, t.text),
        ("question-red-flags", &main.value.red_flags, t.alert),
        ("question-green-flags", &main.value.green_flags, t.good),
    ];
    for (title, items, style) in sections {
        if items.is_empty() {
            continue;
        }
        push(&mut lines, &ui.t(title), t.dim);
        for item in items {
            lines.extend(wrapped(" • ", style, item, t.text, width));
        }
    }
    lines
}
