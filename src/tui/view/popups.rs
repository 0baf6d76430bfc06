//! The help overlay and the quit confirmation, drawn over the live screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::overlay::{Overlay, centered};
use crate::text::fit;
use crate::tui::app::App;
use crate::tui::keymap::LIVE;

/// The key list, generated from the same table that handles the keys.
///
/// When the list is taller than the screen it scrolls (↑↓, PgUp/PgDn), `scroll` keys down,
/// and the last line says so.
pub fn help(frame: &mut Frame, app: &App, area: Rect, scroll: usize) {
    let t = &app.theme;
    let width: u16 = 76;
    let key_width = LIVE.iter().map(|b| b.label.width()).max().unwrap_or(0);
    let keys: Vec<Line> = LIVE
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(format!("{:<key_width$}  ", b.label), t.strong),
                Span::styled(app.ui.t(b.help), t.text),
            ])
        })
        .collect();
    // Rows for keys: the screen less the border and the closing line (and a spacer if room).
    let text_width = width.min(area.width).saturating_sub(4);
    let rows_needed = Paragraph::new(keys.clone())
        .wrap(Wrap { trim: false })
        .line_count(text_width);
    let room = usize::from(area.height).saturating_sub(3);
    let (mut lines, closing) = if rows_needed <= room {
        let mut all = keys;
        if rows_needed < room {
            all.push(Line::raw(""));
        }
        (all, app.ui.t("help-close"))
    } else {
        // Whole keys only (a key whose text wraps counts its rows); the last page is full.
        let rows: Vec<usize> = keys
            .iter()
            .map(|k| {
                Paragraph::new(k.clone())
                    .wrap(Wrap { trim: false })
                    .line_count(text_width)
            })
            .collect();
        let fitting = |from: usize| {
            let mut used = 0;
            rows[from..]
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
        let shown = keys.into_iter().skip(first).take(fitting(first)).collect();
        (shown, app.ui.t("help-close-scroll"))
    };
    lines.push(Line::styled(closing, t.dim));
    boxed(
        frame,
        app,
        area,
        width,
        &app.ui.t("help-title"),
        lines,
        false,
    );
}

/// "Quit? (y / n)".
pub fn confirm_quit(frame: &mut Frame, app: &App, area: Rect) {
    let text = app.ui.t("confirm-quit");
    let width = text.width() as u16 + 4;
    boxed(
        frame,
        app,
        area,
        width,
        "",
        vec![Line::styled(text, app.theme.strong)],
        false,
    );
}

/// Before ending: the planned questions not asked, and the criteria not scored or scored
/// without evidence, while the candidate is still there.
pub fn end_check(frame: &mut Frame, app: &App, area: Rect) {
    use crate::model::lang::pick;
    const SHOWN: usize = 6;
    let t = &app.theme;
    let ui = &app.ui;
    let state = app.session.state();
    let coverage = crate::tui::coverage::Coverage::of(state, &app.author);
    let width = area.width.saturating_sub(4).min(76);
    let room = usize::from(width).saturating_sub(8);
    let mut lines = Vec::new();
    let list = |lines: &mut Vec<Line>, heading: &str, items: Vec<String>| {
        if items.is_empty() {
            return;
        }
        let count = items.len();
        lines.push(Line::styled(
            ui.t_with(heading, &[("count", count.into())]),
            t.warn,
        ));
        for item in items.iter().take(SHOWN) {
            lines.push(Line::styled(fit(&format!("  · {item}"), room), t.text));
        }
        if count > SHOWN {
            let more = ui.t_with("coverage-more", &[("count", (count - SHOWN).into())]);
            lines.push(Line::styled(format!("    {more}"), t.dim));
        }
    };
    let question = |stop: &crate::tui::agenda::Stop| {
        let q = stop.question.as_ref()?;
        let text = state
            .plan
            .question(q)
            .and_then(|question| pick(&question.text, state.header.lang))
            .map_or(q.to_string(), |p| p.value.text.clone());
        let role = stop.role.and_then(|id| app.role(id));
        Some(match role {
            Some(role) => format!("{} — {text}", role.details.employer),
            None => text,
        })
    };
    let criterion = |id: &crate::model::CriterionId| {
        state
            .plan
            .rubric
            .criteria
            .iter()
            .find(|c| &c.id == id)
            .and_then(|c| pick(&c.text, ui.lang()))
            .map_or(id.to_string(), |p| p.value.name.clone())
    };
    if coverage.is_complete() {
        lines.push(Line::styled(ui.t("coverage-complete"), t.good));
    }
    list(
        &mut lines,
        "coverage-not-asked",
        coverage.not_asked.iter().filter_map(question).collect(),
    );
    list(
        &mut lines,
        "coverage-not-scored",
        coverage.not_scored.iter().map(criterion).collect(),
    );
    list(
        &mut lines,
        "coverage-no-evidence",
        coverage.without_evidence.iter().map(criterion).collect(),
    );
    lines.push(Line::default());
    lines.push(Line::styled(ui.t("coverage-keys"), t.dim));
    boxed(
        frame,
        app,
        area,
        width,
        &ui.t("coverage-title"),
        lines,
        false,
    );
}

/// After a crash: how long rapport was gone, and did the call go on meanwhile?
pub fn downtime(
    frame: &mut Frame,
    app: &App,
    area: Rect,
    from: crate::model::Timestamp,
    to: crate::model::Timestamp,
) {
    let t = &app.theme;
    let gap = crate::i18n::clock((to - from).num_milliseconds().max(0) as u64);
    let since = from.format("%H:%M:%S").to_string();
    let question = app.ui.t_with(
        "downtime-question",
        &[("gap", gap.into()), ("since", since.into())],
    );
    let lines = vec![
        Line::styled(question, t.strong),
        Line::raw(""),
        Line::styled(app.ui.t("downtime-keys"), t.text),
    ];
    boxed(
        frame,
        app,
        area,
        64,
        &app.ui.t("downtime-title"),
        lines,
        true,
    );
}

/// The 1–10 rule: four people, a name and a predicted rating each, classified live.
pub fn ratings(frame: &mut Frame, app: &App, area: Rect) {
    use crate::i18n::class_message;
    use crate::tui::ratings::SLOTS;
    let t = &app.theme;
    let form = &app.ratings;
    let labels: Vec<String> = (0..SLOTS.len())
        .map(|i| {
            let (id, n) = if i < 2 {
                ("ratings-manager", i + 1)
            } else {
                ("ratings-colleague", i - 1)
            };
            app.ui.t_with(id, &[("n", n.into())])
        })
        .collect();
    let label_width = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    let field = |text: &str, on: bool, width: usize| {
        let shown = format!("{text}{}", if on { "▏" } else { "" });
        let pad = " ".repeat(width.saturating_sub(shown.width()));
        Span::styled(
            format!("{shown}{pad}"),
            if on { t.selected } else { t.text },
        )
    };
    let mut lines: Vec<Line> = labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let rating_style = if form.ratings[i].is_empty() || form.rating(i).is_some() {
                t.strong
            } else {
                t.alert
            };
            Line::from(vec![
                Span::styled(format!("{label:<label_width$}  "), t.dim),
                field(&form.names[i], form.field == i * 2, 24),
                Span::raw("  "),
                field(&form.ratings[i], form.field == i * 2 + 1, 3).style(rating_style),
                Span::styled(" /10", t.dim),
            ])
        })
        .collect();
    lines.push(Line::raw(""));
    let class = form.classification();
    let class_style = match class {
        crate::model::SelfAwareness::Credible => t.good,
        crate::model::SelfAwareness::Incomplete => t.dim,
        _ => t.alert,
    };
    lines.push(Line::styled(
        format!("→ {}", app.ui.t(class_message(class))),
        class_style,
    ));
    lines.push(Line::raw(""));
    lines.push(Line::styled(app.ui.t("ratings-keys"), t.dim));
    boxed(
        frame,
        app,
        area,
        70,
        &app.ui.t("ratings-title"),
        lines,
        false,
    );
}

/// The form of a new deep-dive role.
pub fn add_role(frame: &mut Frame, app: &App, area: Rect) {
    let labels = [
        "role-employer",
        "role-job-title",
        "role-from",
        "role-to",
        "role-manager",
    ];
    text_form(frame, app, area, "role-add-title", &labels, "role-keys");
}

/// Whether to call a role's manager for a reference, and why.
pub fn reference(frame: &mut Frame, app: &App, area: Rect) {
    text_form(
        frame,
        app,
        area,
        "reference-title",
        &["reference-reason"],
        "reference-keys",
    );
}

/// Finding a question: what was typed, and the best matches.
pub fn search(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.theme;
    let (lang, _) = app.langs();
    let s = &app.search;
    let width = 90.min(area.width);
    let room = usize::from(width.saturating_sub(4));
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{}: ", app.ui.t("search-prompt")), t.dim),
            Span::styled(format!("{}▏", s.query), t.strong),
        ]),
        Line::raw(""),
    ];
    if s.results.is_empty() {
        lines.push(Line::styled(app.ui.t("search-none"), t.dim));
    }
    let tags = [app.ui.t("search-planned"), app.ui.t("search-bank")];
    let tag_width = tags.iter().map(|t| t.width()).max().unwrap_or(0);
    for (i, c) in s.shown().enumerate() {
        let tag = &tags[usize::from(!c.planned)];
        let tag = format!("{tag}{}", " ".repeat(tag_width - tag.width()));
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
    lines.push(Line::styled(app.ui.t("search-keys"), t.dim));
    boxed(
        frame,
        app,
        area,
        width,
        &app.ui.t("search-title"),
        lines,
        false,
    );
}

/// A one-line summary of the answer to the question shown.
pub fn answer(frame: &mut Frame, app: &App, area: Rect) {
    text_form(
        frame,
        app,
        area,
        "answer-title",
        &["answer-label"],
        "answer-keys",
    );
}

/// Editing a note of the timeline (Ctrl-D deletes it).
pub fn edit_note(frame: &mut Frame, app: &App, area: Rect, note: crate::model::NoteId) {
    let time = app
        .session
        .state()
        .note(&note)
        .map_or(String::new(), |n| crate::i18n::clock(n.started_ms));
    let title = app.ui.t_with("note-edit-title", &[("time", time.into())]);
    text_form_titled(
        frame,
        app,
        area,
        title,
        &["note-edit-label"],
        "note-edit-keys",
    );
}

/// A popup of labelled text fields (the form is [`App::form`]).
fn text_form(frame: &mut Frame, app: &App, area: Rect, title: &str, labels: &[&str], keys: &str) {
    text_form_titled(frame, app, area, app.ui.t(title), labels, keys);
}

fn text_form_titled(
    frame: &mut Frame,
    app: &App,
    area: Rect,
    title: String,
    labels: &[&str],
    keys: &str,
) {
    let t = &app.theme;
    let label_width = labels
        .iter()
        .map(|l| app.ui.t(l).width())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let on = app.form.at == i;
            let value = app.form.fields.get(i).cloned().unwrap_or_default();
            let label = app.ui.t(label);
            let pad = " ".repeat(label_width.saturating_sub(label.width()));
            Line::from(vec![
                Span::styled(format!("{label}{pad}  "), t.dim),
                Span::styled(
                    format!("{value}{}", if on { "▏" } else { "" }),
                    if on { t.selected } else { t.text },
                ),
            ])
        })
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled(app.ui.t(keys), t.dim));
    boxed(frame, app, area, 72, &title, lines, false);
}

/// Draws `lines` in a rounded, titled box centred in `area`: `width` wide (at most the
/// screen), as tall as the wrapped lines need; an alert box has the alert colour.
fn boxed(
    frame: &mut Frame,
    app: &App,
    area: Rect,
    width: u16,
    title: &str,
    lines: Vec<Line>,
    alert: bool,
) {
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
        block = block.title(Line::styled(format!(" {title} "), t.strong));
    }
    frame.render_widget(Overlay, popup);
    frame.render_widget(body.block(block), popup);
}
