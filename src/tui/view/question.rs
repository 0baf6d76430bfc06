//! The question shown: its text, the second language beneath, and what to listen for.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::View;
use crate::model::lang::pick;

/// Draws the question panel into `area`.
pub fn render(
    frame: &mut Frame,
    app: &View,
    body: Paragraph<'static>,
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
    frame.render_widget(body, inner);
}

/// The question's text, second language and hints, wrapped to the panel.
pub fn paragraph(app: &View, now: crate::model::Timestamp) -> Paragraph<'static> {
    let t = &app.theme;
    let ui = &app.ui;
    let state = app.state;
    let (lang, second) = app.langs();
    let stop = app.live.stops.get(app.live.at);
    let mut lines: Vec<Line> = Vec::new();
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
        lines.push(Line::styled(format!("◆ {line}{dates}{mark}"), t.strong));
        if let Some(ms) = crate::tui::agenda::time_per_role(state, now) {
            let share = ui.t_with("role-time-each", &[("time", crate::i18n::clock(ms).into())]);
            lines.push(Line::styled(share, t.dim));
        }
    } else if stop.is_some_and(|s| crate::tui::agenda::is_deep_dive(&state.plan, s.section)) {
        let key = crate::tui::keymap::LIVE_KEYS.key_of(crate::tui::keymap::Command::AddRole);
        lines.push(Line::styled(
            ui.t_with("role-none-yet", &[("key", key.into())]),
            t.warn,
        ));
    }
    let question = stop
        .and_then(|s| s.question.as_ref())
        .and_then(|q| state.plan.question(q));
    let Some(question) = question else {
        let section = stop.and_then(|s| state.plan.format.sections.get(s.section));
        if let Some(hint) = section.and_then(|s| pick(&s.hint, ui.lang())) {
            lines.push(Line::styled(hint.value.clone(), t.text));
        } else {
            lines.push(Line::styled(ui.t("question-none"), t.dim));
        }
        return Paragraph::new(lines).wrap(Wrap { trim: false });
    };
    let Some(main) = pick(&question.text, lang) else {
        return Paragraph::new(lines);
    };
    lines.push(Line::styled(main.value.text.clone(), t.strong));
    if main.is_fallback(lang) {
        lines.push(Line::styled(
            ui.t_with("question-fallback", &[("lang", lang.code().into())]),
            t.dim,
        ));
    }
    if let Some(other) = second.and_then(|l| question.text.get(&l)) {
        lines.push(Line::styled(other.text.clone(), t.dim));
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
        lines.push(Line::styled(ui.t(title), t.dim));
        for item in items {
            lines.push(Line::from(vec![
                Span::styled(" • ", style),
                Span::styled(item.clone(), t.text),
            ]));
        }
    }
    Paragraph::new(lines).wrap(Wrap { trim: false })
}
