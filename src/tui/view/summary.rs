//! The summary, over the live screen: the interview's facts, score bars per criterion, time
//! per section, the 1–10 rule, flags, deep-dive roles, follow-ups and what to review before
//! sharing; then the keys that export it. Everything comes from the same [`Report`] as the
//! exports, so the screen and the files agree.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::View;
use super::overlay::{Overlay, panel};
use crate::export::{Report, facts, percent, roles, score};
use crate::i18n::{clock, kind_marker};
use crate::model::{NoteKind, Timestamp};
use crate::text::{fit, pad_right};

/// Cells of a score bar (a level of 4 fills it).
const BAR: usize = 16;
/// From this width on, the summary reads in two columns.
const TWO_COLUMNS: u16 = 110;

/// Draws the summary over `area`, scrolled down by `scroll` rows.
pub fn render(frame: &mut Frame, app: &View, area: Rect, scroll: u16, now: Timestamp) {
    // Built once per change and clock second, not on every key that scrolls.
    let state = app.state;
    app.cache.report.with(
        (state.event_count, now.timestamp()),
        || Report::build(state, now, app.ui.lang()).with_references(app.live.references.as_ref()),
        |report| draw(frame, app, area, scroll, report),
    );
}

/// How far the summary in `area` can scroll at `now`.
pub fn scroll_end(app: &View, area: Rect, now: Timestamp) -> u16 {
    let report =
        Report::build(app.state, now, app.ui.lang()).with_references(app.live.references.as_ref());
    lay_out(app, area, &report).end
}

/// The summary laid out in `area`: its frame, its columns and their text, the notice.
struct Laid<'a> {
    block: ratatui::widgets::Block<'static>,
    columns: Vec<Rect>,
    texts: Vec<Paragraph<'a>>,
    /// How far it can scroll.
    end: u16,
    notice: Paragraph<'a>,
    notice_area: Rect,
}

fn lay_out<'a>(app: &View, area: Rect, report: &Report) -> Laid<'a> {
    let t = &app.theme;
    let title = format!(
        " {} · {} · {} · {} ",
        app.ui.t("summary-title"),
        report.candidate,
        report.role,
        report.format.0
    );
    let block = panel(&title, area, t.strong);
    let inner = block.inner(area);
    // What the last export did (its path whole, on as many rows as it takes), or that the
    // interview is still running. The keys are in the status line.
    let notice = match &app.live.notice {
        Some(notice) => Some(Line::styled(notice.clone(), t.good)),
        None if !report.ended => {
            use crate::tui::keymap::{Command, SUMMARY_KEYS};
            let key = SUMMARY_KEYS.key_of(Command::End);
            let text = app.ui.t_with("summary-not-ended", &[("key", key.into())]);
            Some(Line::styled(text, t.warn))
        }
        None => None,
    };
    let notice = Paragraph::new(notice.into_iter().collect::<Vec<_>>()).wrap(Wrap { trim: false });
    let notice_rows = (notice.line_count(inner.width) as u16).min(3);
    let gap = u16::from(notice_rows > 0);
    let [body, _, notice_area] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(gap),
        Constraint::Length(notice_rows),
    ])
    .areas(inner);
    // Wide screens read in two columns: the facts and scores, then everything else.
    let columns: Vec<Rect> = if body.width >= TWO_COLUMNS {
        let [left, _, right] = Layout::horizontal([
            Constraint::Percentage(55),
            Constraint::Length(2),
            Constraint::Min(1),
        ])
        .areas(body);
        vec![left, right]
    } else {
        vec![body]
    };
    let (scores, rest) = (
        scores(app, report, usize::from(columns[0].width)),
        the_rest(app, report, usize::from(columns[columns.len() - 1].width)),
    );
    let texts: Vec<Paragraph> = if columns.len() == 2 {
        vec![scores, rest]
    } else {
        let gap = std::iter::once(Line::default());
        vec![scores.into_iter().chain(gap).chain(rest).collect()]
    }
    .into_iter()
    .map(|lines| Paragraph::new(lines).wrap(Wrap { trim: false }))
    .collect();
    let end = texts
        .iter()
        .zip(&columns)
        .map(|(text, column)| (text.line_count(column.width) as u16).saturating_sub(body.height))
        .max()
        .unwrap_or(0);
    Laid {
        block,
        columns,
        texts,
        end,
        notice,
        notice_area,
    }
}

fn draw(frame: &mut Frame, app: &View, area: Rect, scroll: u16, report: &Report) {
    let t = &app.theme;
    frame.render_widget(Overlay, area);
    let Laid {
        mut block,
        columns,
        texts,
        end,
        notice,
        notice_area,
    } = lay_out(app, area, report);
    if scroll < end {
        let more = format!(" {} ", app.ui.t("summary-more"));
        block = block.title_bottom(Line::styled(more, t.dim).right_aligned());
    }
    frame.render_widget(block, area);
    for (text, column) in texts.into_iter().zip(columns) {
        frame.render_widget(text.scroll((scroll.min(end), 0)), column);
    }
    frame.render_widget(notice, notice_area);
}

/// A section's heading, after a blank line unless it comes first.
fn heading(out: &mut Vec<Line>, app: &View, id: &str) {
    if !out.is_empty() {
        out.push(Line::default());
    }
    out.push(Line::styled(app.ui.t(id), app.theme.strong));
}

/// The facts, a bar per criterion and each panelist's verdict, for a width.
fn scores<'a>(app: &View, r: &Report, width: usize) -> Vec<Line<'a>> {
    let t = &app.theme;
    let ui = &app.ui;
    let mut out: Vec<Line> = Vec::new();

    // The facts.
    let facts = facts(r, ui);
    let label_width = facts.iter().map(|(l, _)| l.width()).max().unwrap_or(0);
    for (label, value) in facts {
        // A value that wraps stays in its column (a hanging indent).
        let lead = label_width + 2;
        for (i, part) in crate::text::hanging(&value, lead, width)
            .into_iter()
            .enumerate()
        {
            let label = if i == 0 { label.as_str() } else { "" };
            out.push(Line::from(vec![
                Span::styled(pad_right(label, lead), t.dim),
                Span::styled(part, t.text),
            ]));
        }
    }

    // Scores: a bar per criterion (the mean over the panel), then each panelist's verdict.
    heading(&mut out, app, "export-scores");
    // Indent, gap, bar, the value ("3.0" or "not scored") and the weight ("  ×3").
    let value_width = ui.t("export-not-scored").width().max(3);
    let name_width = r
        .criteria
        .iter()
        .map(|c| c.name.width())
        .max()
        .unwrap_or(0)
        .min(width.saturating_sub(2 + 2 + BAR + 1 + value_width + 5));
    for c in &r.criteria {
        let mean = c.mean();
        let (bar, style) = match mean {
            Some(m) => {
                let filled = ((m / 4.0) * BAR as f64).round() as usize;
                let style = match m {
                    m if m < 2.0 => t.alert,
                    m if m < 3.0 => t.warn,
                    _ => t.good,
                };
                (
                    format!("{}{}", "█".repeat(filled), "░".repeat(BAR - filled)),
                    style,
                )
            }
            None => ("░".repeat(BAR), t.dim),
        };
        let value = match mean {
            Some(_) => score(ui, mean),
            None => ui.t("export-not-scored"),
        };
        out.push(Line::from(vec![
            Span::styled(
                format!("  {}  ", pad_right(&fit(&c.name, name_width), name_width)),
                t.text,
            ),
            Span::styled(bar, style),
            Span::styled(format!(" {value}"), t.strong),
            Span::styled(format!("  ×{}", c.weight), t.dim),
        ]));
    }
    for (panelist, v) in r.panelists.iter().zip(&r.verdicts) {
        let mut parts = vec![
            format!("{} {}", ui.t("export-weighted"), score(ui, v.score.score)),
            format!(
                "{} {}",
                ui.t("export-coverage"),
                percent(ui, v.score.coverage)
            ),
        ];
        if let Some((rec, _)) = &v.recommendation {
            parts.push(format!(
                "{}: {}",
                ui.t("export-recommendation"),
                ui.t(crate::i18n::recommendation_message(*rec))
            ));
        }
        parts.push(ui.t(if v.submitted {
            "export-submitted"
        } else {
            "export-draft"
        }));
        out.push(Line::from(vec![
            Span::styled(format!("  {panelist}: "), t.strong),
            Span::styled(parts.join(" · "), t.text),
        ]));
        if let Some((_, why)) = v.recommendation.as_ref().filter(|(_, why)| !why.is_empty()) {
            out.push(Line::styled(format!("    {why}"), t.dim));
        }
    }

    // The rest of the panel, as counts until this panelist submits.
    if !r.withheld.is_empty() {
        heading(&mut out, app, "blind-title");
        for line in crate::export::withheld(r, ui) {
            for (i, part) in crate::text::hanging(&line, 4, width)
                .into_iter()
                .enumerate()
            {
                let lead = if i == 0 { "  " } else { "    " };
                out.push(Line::styled(format!("{lead}{part}"), t.dim));
            }
        }
    }
    out
}

/// Time per section, the 1–10 rule, flags, roles, follow-ups and the review list.
fn the_rest<'a>(app: &View, r: &Report, width: usize) -> Vec<Line<'a>> {
    let t = &app.theme;
    let ui = &app.ui;
    let mut out: Vec<Line> = Vec::new();
    // Time per section, the overrun in the warning colour.
    heading(&mut out, app, "export-time");
    let title_width = r
        .sections
        .iter()
        .map(|s| s.title.width())
        .max()
        .unwrap_or(0)
        .min(width.saturating_sub(2 + 2 + 13 + 1)); // indent, gap, "00:30 / 02:00"
    for s in &r.sections {
        let over = s.spent_ms > s.budget_ms;
        out.push(Line::from(vec![
            Span::styled(
                format!(
                    "  {}  ",
                    pad_right(&fit(&s.title, title_width), title_width)
                ),
                t.text,
            ),
            Span::styled(clock(s.spent_ms), if over { t.warn } else { t.strong }),
            Span::styled(format!(" / {}", clock(s.budget_ms)), t.dim),
        ]));
    }

    heading(&mut out, app, "export-self-awareness");
    out.push(Line::styled(
        format!("  {}", ui.t(crate::i18n::class_message(r.self_awareness))),
        t.text,
    ));
    // Who the candidate named, and the rating they predicted each would give.
    let given: Vec<_> = r
        .ratings
        .iter()
        .filter(|g| g.name.is_some() || g.rating.is_some())
        .collect();
    let slot_width = given
        .iter()
        .map(|g| crate::export::rating_slot(ui, g.slot).width())
        .max()
        .unwrap_or(0);
    for g in given {
        out.push(Line::from(vec![
            Span::styled(
                format!(
                    "    {}  ",
                    pad_right(&crate::export::rating_slot(ui, g.slot), slot_width)
                ),
                t.dim,
            ),
            Span::styled(
                g.rating
                    .map_or_else(|| "–".to_owned(), |n| format!("{n:>2}")),
                t.strong,
            ),
            Span::styled(format!("  {}", g.name.as_deref().unwrap_or("—")), t.text),
        ]));
    }

    references(&mut out, app, r, width);

    story(&mut out, app, r, width);

    heading(&mut out, app, "export-flags");
    note_lines(&mut out, app, &r.flags, width);

    heading(&mut out, app, "export-roles");
    let roles = roles(r, ui);
    if roles.is_empty() {
        out.push(Line::styled(format!("  {}", ui.t("export-none")), t.dim));
    }
    for role in roles {
        let style = if role.contains('☎') {
            t.strong
        } else {
            t.text
        };
        for (i, part) in crate::text::hanging(&role, 4, width)
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 { "  " } else { "    " };
            out.push(Line::styled(format!("{lead}{part}"), style));
        }
    }

    heading(&mut out, app, "export-follow-ups");
    note_lines(&mut out, app, &r.follow_ups, width);

    heading(&mut out, app, "export-review");
    let hanging = |out: &mut Vec<Line>, text: &str, lead: &str, style: Style| {
        for (i, part) in crate::text::hanging(text, 4, width).into_iter().enumerate() {
            let lead = if i == 0 { lead } else { "    " };
            out.push(Line::styled(format!("{lead}{part}"), style));
        }
    };
    if r.review.is_clear() {
        hanging(&mut out, &crate::export::review_checked(r, ui), "  ", t.dim);
    }
    for item in crate::export::review(r, ui) {
        hanging(&mut out, &item, "  ⚑ ", t.warn);
    }
    out
}

/// The reference calls: each referee's rating beside the candidate's prediction, coloured by
/// how far apart they are, the consistency note, and the references' levels beside the
/// panel's.
fn references(out: &mut Vec<Line>, app: &View, r: &Report, width: usize) {
    use crate::model::references::Agreement;
    let Some(refs) = &r.references else {
        return;
    };
    let t = &app.theme;
    let ui = &app.ui;
    heading(out, app, "references-title");
    // Each item's lines after the first are indented under it.
    let wrapped = |out: &mut Vec<Line>, text: &str, lead: usize, style: Style| {
        for (i, part) in crate::text::hanging(text, lead + 2, width)
            .into_iter()
            .enumerate()
        {
            let indent = if i == 0 { lead } else { lead + 2 };
            out.push(Line::styled(format!("{}{part}", " ".repeat(indent)), style));
        }
    };
    for referee in &refs.referees {
        let style = match referee.agreement() {
            Some(Agreement::Consistent) => t.good,
            Some(Agreement::Overestimated) => t.warn,
            _ => t.text,
        };
        wrapped(out, &crate::export::reference_line(referee, ui), 2, style);
    }
    wrapped(
        out,
        &crate::export::consistency(ui, refs.consistency),
        2,
        t.strong,
    );
    let touched = r
        .criteria
        .iter()
        .filter(|c| refs.referees.iter().any(|x| x.levels.contains_key(&c.id)));
    for c in touched {
        let mut parts = vec![format!(
            "{} {}",
            ui.t("references-panel"),
            score(ui, c.mean())
        )];
        parts.extend(
            refs.referees
                .iter()
                .filter_map(|x| Some(format!("{} {}", x.name, x.levels.get(&c.id)?))),
        );
        let lead = crate::export::label_lead(ui, &c.name);
        wrapped(out, &format!("{lead}{}", parts.join(" · ")), 4, t.dim);
    }
}

/// The interview as it went: per section and deep-dive role, each question with what became
/// of it and its time, the answer summed up, and the notes taken on it.
fn story(out: &mut Vec<Line>, app: &View, r: &Report, width: usize) {
    let t = &app.theme;
    let ui = &app.ui;
    heading(out, app, "export-story");
    let wrapped = |out: &mut Vec<Line>, text: &str, lead: usize, style: Style| {
        for part in crate::text::hanging(text, lead, width) {
            out.push(Line::styled(format!("{}{part}", " ".repeat(lead)), style));
        }
    };
    wrapped(out, &crate::export::question_counts(&r.story, ui), 2, t.dim);
    for section in r.story.sections.iter().filter(|s| !s.is_empty()) {
        out.push(Line::styled(format!("  {}", section.title), t.strong));
        for role in &section.roles {
            if let Some(details) = &role.role {
                wrapped(out, &crate::export::role_line(details, ui), 4, t.strong);
            }
            for q in &role.questions {
                let style = match q.fate {
                    crate::export::Fate::Asked => t.text,
                    _ => t.dim,
                };
                wrapped(out, &q.text, 4, style);
                wrapped(out, &crate::export::fate(q, ui), 6, t.dim);
                if let Some(answer) = &q.answer {
                    let lead = crate::export::label_lead(ui, &ui.t("export-answer"));
                    wrapped(out, &format!("{lead}{answer}"), 6, t.good);
                }
                notes_at(out, app, &q.notes, width, 6);
            }
        }
        if !section.notes.is_empty() {
            wrapped(out, &ui.t("export-section-notes"), 4, t.dim);
            notes_at(out, app, &section.notes, width, 6);
        }
    }
    if !r.story.unplaced.is_empty() {
        out.push(Line::styled(
            format!("  {}", ui.t("export-other-notes")),
            t.strong,
        ));
        notes_at(out, app, &r.story.unplaced, width, 4);
    }
}

/// Notes as `mm:ss marker text`, or "None."
fn note_lines(out: &mut Vec<Line>, app: &View, notes: &[crate::export::NoteLine], width: usize) {
    if notes.is_empty() {
        out.push(Line::styled(
            format!("  {}", app.ui.t("export-none")),
            app.theme.dim,
        ));
    }
    notes_at(out, app, notes, width, 2);
}

/// Notes as `mm:ss marker text`, `indent` columns in.
fn notes_at(
    out: &mut Vec<Line>,
    app: &View,
    notes: &[crate::export::NoteLine],
    width: usize,
    indent: usize,
) {
    let t = &app.theme;
    for n in notes {
        let style: Style = match n.kind {
            NoteKind::RedFlag => t.alert,
            NoteKind::GreenFlag => t.good,
            _ => t.text,
        };
        // Wrapped under its text, past the time and the marker (a hanging indent).
        let time = format!("{}{} ", " ".repeat(indent), clock(n.at_ms));
        let marker = format!("{} ", kind_marker(n.kind));
        let lead = time.width() + marker.width();
        let text = n.text.replace('\n', " ⏎ ");
        let mut parts = crate::text::hanging(&text, lead, width).into_iter();
        out.push(Line::from(vec![
            Span::styled(time, t.dim),
            Span::styled(marker, style),
            Span::styled(parts.next().unwrap_or_default(), t.text),
        ]));
        for part in parts {
            out.push(Line::from(vec![
                Span::raw(" ".repeat(lead)),
                Span::styled(part, t.text),
            ]));
        }
    }
}
