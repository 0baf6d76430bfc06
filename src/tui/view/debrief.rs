//! The debrief, over the live screen: per criterion each panelist's level side by side with
//! the spread and the mean, disputes marked; the recommendations and who has submitted; the
//! selected criterion's level descriptions on demand, with who chose each; the panel's
//! decision (or the form that records it); and the panel's notes with who wrote each.
//!
//! On the machine of a panelist who has not submitted, only their own column shows, and the
//! others are counts ([`crate::model::blind`]).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::View;
use super::overlay::{Overlay, panel};
use crate::export::{
    Report, criterion_name, decided, decision, disputes, label_lead, level, score, withheld,
};
use crate::i18n::{clock, kind_marker, recommendation_message};
use crate::model::debrief::Debrief;
use crate::model::lang::pick;
use crate::model::{Level, NoteKind, Timestamp};
use crate::text::{fit, pad_left, pad_right};
use crate::tui::debrief::{DECISIONS, Debriefing, Step};
use crate::tui::theme::Theme;

/// The widest a panelist's column gets (a longer name is cut).
const COLUMN: usize = 10;
/// The fewest columns a criterion's name keeps before panelists' columns narrow.
const NAME: usize = 12;
/// Rows the panel's notes keep (a blank row, their heading and three notes) while the grid
/// still shows [`GRID_ROWS`].
const NOTES_ROWS: u16 = 5;
/// The grid's rows the notes give way to: its heading, four criteria and the last two rows.
const GRID_ROWS: u16 = 7;

/// Draws the debrief over `area` at `now`. Returns where the terminal's cursor goes while
/// the decision's reason is typed.
pub fn render(
    frame: &mut Frame,
    app: &View,
    area: Rect,
    view: &Debriefing,
    now: Timestamp,
) -> Option<Position> {
    let state = app.state;
    app.cache.report.with(
        (state.event_count, now.timestamp()),
        || Report::build(state, now, app.ui.lang()),
        |report| draw(frame, app, area, view, report),
    )
}

fn draw(
    frame: &mut Frame,
    app: &View,
    area: Rect,
    view: &Debriefing,
    report: &Report,
) -> Option<Position> {
    let t = &app.theme;
    let ui = app.ui;
    let state = app.state;
    let viewer = app.live.author.as_str();
    let debrief = Debrief::seen_as(state, Some(viewer));
    let title = format!(
        " {} · {} · {} · {} ",
        ui.t("debrief-title"),
        report.candidate,
        report.role,
        report.format.0
    );
    frame.render_widget(Overlay, area);
    let block = panel(&title, area, t.strong);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let inner = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        ..inner
    };
    let width = usize::from(inner.width);

    // Beneath the grid: the level descriptions or the decision's form, the disputes, the
    // decision, and what is withheld. They go before the notes when rows are short.
    let (below, field) = below_grid(app, view, &debrief, report, width);
    let below = Paragraph::new(below).wrap(Wrap { trim: false });
    let below_rows = below.line_count(inner.width) as u16;
    let grid = grid(app, view, &debrief, report, width);
    // The grid first (a window around the selected criterion when rows are short), then
    // what is beneath it, then the notes in whatever is left; a blank row between each.
    let wanted = grid.len() as u16;
    let height = inner.height;
    let for_grid = height.saturating_sub(below_rows + 1);
    let grid_rows = wanted
        .min(
            for_grid
                .saturating_sub(NOTES_ROWS)
                .max(GRID_ROWS.min(for_grid)),
        )
        .max(5.min(height));
    let band = |from: u16, rows: u16| Rect {
        y: inner.y + from.min(height),
        height: rows.min(height.saturating_sub(from)),
        ..inner
    };
    let grid_area = band(0, grid_rows);
    let below_area = band(grid_rows + 1, below_rows);
    let notes_from = grid_rows + 1 + below_area.height + 1;
    let notes_area = band(notes_from, height.saturating_sub(notes_from));
    frame.render_widget(
        Paragraph::new(window(grid, view.selected, grid_rows)),
        grid_area,
    );
    frame.render_widget(below, below_area);
    if notes_area.height > 1 {
        notes(frame, app, report, view.scroll, notes_area);
    }
    // The reason's cursor: past the rows above it, in the field's own wrapping.
    field.and_then(|(row, (line, col))| {
        let y = below_area.y + u16::try_from(row + line).ok()?;
        let x = below_area.x + u16::try_from(col).ok()?;
        (y < below_area.bottom() && x < below_area.right()).then_some(Position::new(x, y))
    })
}

/// The grid's columns: how wide the criterion's name and each panelist's column are.
struct Columns {
    name: usize,
    panelist: usize,
    spread: usize,
    mean: usize,
}

impl Columns {
    const LEAD: usize = 2;
    const WEIGHT: usize = 5;

    fn of(app: &View, d: &Debrief, report: &Report, width: usize) -> Self {
        let ui = app.ui;
        let cells = d
            .panelists
            .iter()
            .map(|p| p.width())
            .chain(
                d.recommendations
                    .iter()
                    .flatten()
                    .map(|r| ui.t(recommendation_message(*r)).width()),
            )
            .chain(
                ["debrief-status-submitted", "debrief-status-scoring"]
                    .iter()
                    .map(|id| ui.t(id).width()),
            );
        let panelist = cells.max().unwrap_or(3).clamp(3, COLUMN);
        let spread = ui.t("debrief-spread").width().max(5);
        let mean = ui.t("export-mean").width().max(4);
        let names = report
            .criteria
            .iter()
            .map(|c| c.name.width() + 2) // "⚠ "
            .chain([
                ui.t("export-recommendation").width(),
                ui.t("export-status").width(),
            ])
            .max()
            .unwrap_or(NAME);
        let fixed = Self::LEAD + Self::WEIGHT + spread + 2 + mean + 2;
        let per = d.panelists.len().max(1);
        // The panelists' columns narrow before a criterion's name gets shorter than NAME.
        let panelist = panelist.min(
            (width.saturating_sub(fixed + NAME) / per)
                .saturating_sub(2)
                .max(3),
        );
        let name = names.min(width.saturating_sub(fixed + per * (panelist + 2)));
        Columns {
            name,
            panelist,
            spread,
            mean,
        }
    }

    /// One row: the lead, the name, the weight, a cell per panelist, the spread, the mean.
    #[allow(clippy::too_many_arguments)]
    fn row<'a>(
        &self,
        lead: &str,
        name: (String, Style),
        weight: &str,
        cells: Vec<(String, Style)>,
        spread: (String, Style),
        mean: (String, Style),
        dim: Style,
    ) -> Line<'a> {
        let mut spans = vec![
            Span::styled(lead.to_owned(), name.1),
            Span::styled(pad_right(&fit(&name.0, self.name), self.name), name.1),
            Span::styled(pad_left(weight, Self::WEIGHT), dim),
        ];
        for (text, style) in cells {
            spans.push(Span::raw("  "));
            spans.push(Span::styled(
                pad_left(&fit(&text, self.panelist), self.panelist),
                style,
            ));
        }
        spans.push(Span::raw("  "));
        spans.push(Span::styled(pad_left(&spread.0, self.spread), spread.1));
        spans.push(Span::raw("  "));
        spans.push(Span::styled(pad_left(&mean.0, self.mean), mean.1));
        Line::from(spans)
    }
}

/// The style of a level: low in the alert colour, middling as a warning, good ones green.
fn level_style(t: &Theme, level: Option<Level>) -> Style {
    match level.map(Level::get) {
        None => t.dim,
        Some(1) => t.alert,
        Some(2) => t.warn,
        Some(_) => t.good,
    }
}

/// The grid: a heading, a row per criterion, the recommendations and who has submitted.
fn grid<'a>(
    app: &View,
    view: &Debriefing,
    d: &Debrief,
    report: &Report,
    width: usize,
) -> Vec<Line<'a>> {
    let t = &app.theme;
    let ui = app.ui;
    let cols = Columns::of(app, d, report, width);
    let mut lines = vec![cols.row(
        "  ",
        (ui.t("export-criterion"), t.dim),
        "",
        d.panelists.iter().map(|p| (p.clone(), t.dim)).collect(),
        (ui.t("debrief-spread"), t.dim),
        (ui.t("export-mean"), t.dim),
        t.dim,
    )];
    for (i, c) in d.criteria.iter().enumerate() {
        let selected = i == view.selected;
        let name = criterion_name(report, &c.id);
        let name = if c.disputed {
            format!("⚠ {name}")
        } else {
            name
        };
        let style = match (selected, c.disputed) {
            (true, _) => t.selected,
            (false, true) => t.alert,
            (false, false) => t.text,
        };
        lines.push(
            cols.row(
                if selected { "▸ " } else { "  " },
                (name, style),
                &format!("×{}", c.weight),
                c.levels
                    .iter()
                    .map(|l| (level(*l), level_style(t, *l)))
                    .collect(),
                (
                    c.spread.map_or_else(|| "—".to_owned(), |s| s.to_string()),
                    if c.disputed { t.alert } else { t.text },
                ),
                (score(ui, c.mean), t.strong),
                t.dim,
            ),
        );
    }
    let split = if d.recommendations_split {
        (format!("⚠ {}", ui.t("debrief-split")), t.alert)
    } else {
        (String::new(), t.text)
    };
    lines.push(
        cols.row(
            "  ",
            (ui.t("export-recommendation"), t.strong),
            "",
            d.recommendations
                .iter()
                .map(|r| match r {
                    Some(r) => (ui.t(recommendation_message(*r)), t.strong),
                    None => ("—".to_owned(), t.dim),
                })
                .collect(),
            split,
            (String::new(), t.text),
            t.dim,
        ),
    );
    lines.push(
        cols.row(
            "  ",
            (ui.t("export-status"), t.dim),
            "",
            d.submitted
                .iter()
                .map(|&s| {
                    if s {
                        (ui.t("debrief-status-submitted"), t.good)
                    } else {
                        (ui.t("debrief-status-scoring"), t.warn)
                    }
                })
                .collect(),
            (String::new(), t.text),
            (String::new(), t.text),
            t.dim,
        ),
    );
    lines
}

/// The grid's heading, the criteria around the selected one that fit in `rows`, and the
/// last two rows (the recommendations and who has submitted).
fn window(mut lines: Vec<Line>, selected: usize, rows: u16) -> Vec<Line> {
    let rows = usize::from(rows);
    if lines.len() <= rows || lines.len() < 3 {
        return lines;
    }
    let tail = lines.split_off(lines.len() - 2);
    let heading = lines.remove(0);
    let room = rows.saturating_sub(3).max(1);
    let first = (selected + 1).saturating_sub(room);
    let (above, below) = (first > 0, first + room < lines.len());
    let mut shown: Vec<Line> = lines.into_iter().skip(first).take(room).collect();
    // An arrow in the margin says more criteria are above or below the window.
    let mark = |line: Option<&mut Line>, arrow: &'static str| {
        if let Some(lead) = line.and_then(|l| l.spans.first_mut())
            && lead.content.trim().is_empty()
        {
            lead.content = arrow.into();
        }
    };
    if above {
        mark(shown.first_mut(), "↑ ");
    }
    if below {
        mark(shown.last_mut(), "↓ ");
    }
    std::iter::once(heading).chain(shown).chain(tail).collect()
}

/// Where the decision's reason is typed: the row it starts at among the lines beneath the
/// grid, and the cursor's place within it.
type Field = (usize, (usize, usize));

/// The lines beneath the grid, and where the reason's cursor is while it is typed.
fn below_grid<'a>(
    app: &View,
    view: &Debriefing,
    d: &Debrief,
    report: &Report,
    width: usize,
) -> (Vec<Line<'a>>, Option<Field>) {
    let t = &app.theme;
    let ui = app.ui;
    let state = app.state;
    let mut out: Vec<Line> = Vec::new();
    let wrapped = |out: &mut Vec<Line<'a>>, text: &str, lead: usize, style: Style| {
        for (i, part) in crate::text::hanging(text, lead, width)
            .into_iter()
            .enumerate()
        {
            let indent = if i == 0 {
                String::new()
            } else {
                " ".repeat(lead)
            };
            out.push(Line::styled(format!("{indent}{part}"), style));
        }
    };
    // The selected criterion's levels, each with who chose it.
    if view.anchors
        && let Some(c) = state.plan.rubric.criteria.get(view.selected)
        && let Some(texts) = pick(&c.text, state.header.lang)
    {
        out.push(Line::styled(texts.value.name.clone(), t.strong));
        let levels = d.criteria.get(view.selected).map(|c| &c.levels);
        for (i, text) in texts.value.levels.iter().enumerate() {
            let n = i as u8 + 1;
            let chose: Vec<String> = d
                .panelists
                .iter()
                .zip(levels.into_iter().flatten())
                .filter(|(_, l)| l.map(Level::get) == Some(n))
                .map(|(p, _)| p.clone())
                .collect();
            let text = if chose.is_empty() {
                format!("{n}  {text}")
            } else {
                format!("{n}  [{}] {text}", crate::export::list(ui, &chose))
            };
            let style = if chose.is_empty() { t.dim } else { t.text };
            wrapped(&mut out, &text, 3, style);
        }
        out.push(Line::default());
    }
    // What is withheld until the viewer submits.
    if !state.withheld.is_empty() {
        wrapped(&mut out, &ui.t("debrief-blind"), 0, t.warn);
        for line in withheld(report, ui) {
            wrapped(&mut out, &format!("  {line}"), 2, t.dim);
        }
        out.push(Line::default());
    }
    // Disputes are the panel's, unknown to a panelist who only sees their own scores.
    if state.withheld.is_empty() {
        let said = disputes(d, ui);
        let style = if d.disputes() > 0 { t.alert } else { t.good };
        wrapped(&mut out, &said, 0, style);
    }
    let mut field = None;
    match &view.step {
        Step::Grid => {
            let label = label_lead(ui, &ui.t("debrief-consensus"));
            wrapped(
                &mut out,
                &format!("{label}{}", decided(d, ui)),
                0,
                if d.consensus.is_some() {
                    t.strong
                } else {
                    t.text
                },
            );
            if let Some(c) = d.consensus.as_ref().filter(|c| !c.rationale.is_empty()) {
                let quoted = ui.t_with("quoted", &[("text", c.rationale.clone().into())]);
                wrapped(&mut out, &format!("  {quoted}"), 2, t.dim);
            }
        }
        Step::Decision { choice, rationale } => {
            let mut spans = vec![Span::styled(
                label_lead(ui, &ui.t("debrief-decide")),
                t.strong,
            )];
            let choices: Vec<Span> = DECISIONS
                .iter()
                .map(|&d| {
                    let on = d == *choice;
                    Span::styled(
                        format!("{} {}", if on { "◉" } else { "○" }, decision(ui, d)),
                        if on { t.selected } else { t.text },
                    )
                })
                .collect();
            let wide = spans[0].content.width()
                + choices.iter().map(|c| c.content.width() + 2).sum::<usize>();
            if wide <= width {
                for choice in choices {
                    spans.push(choice);
                    spans.push(Span::raw("  "));
                }
                out.push(Line::from(spans));
            } else {
                // One choice a line where they do not fit side by side.
                out.push(Line::from(spans));
                for choice in choices {
                    out.push(Line::from(vec![Span::raw("  "), choice]));
                }
            }
            let unsubmitted: Vec<String> = state
                .panelists
                .iter()
                .filter(|(_, p)| p.submitted_at.is_none())
                .map(|(name, _)| name.clone())
                .collect();
            if !unsubmitted.is_empty() {
                let text = ui.t_with(
                    "debrief-not-submitted",
                    &[("panelists", crate::export::list(ui, &unsubmitted).into())],
                );
                wrapped(&mut out, &text, 0, t.warn);
            }
            let key = crate::tui::keymap::DECISION_KEYS.key_of(crate::tui::keymap::Command::Save);
            out.push(Line::styled(
                ui.t_with("debrief-why", &[("key", key.into())]),
                t.strong,
            ));
            let room = width.saturating_sub(2);
            let at = out.len();
            for line in rationale.lines(room, t.selected, t.selected.reversed(), true) {
                let mut spans = vec![Span::raw("  ")];
                spans.extend(line.spans);
                out.push(Line::from(spans));
            }
            let (row, col) = rationale.cursor_at(room);
            field = Some((at, (row, col + 2)));
        }
    }
    (out, field)
}

/// The panel's notes, oldest first from `scroll`, each with its time, author and kind.
fn notes(frame: &mut Frame, app: &View, report: &Report, scroll: usize, area: Rect) {
    let t = &app.theme;
    let width = usize::from(area.width);
    let authors = report
        .notes
        .iter()
        .map(|n| n.author.width())
        .max()
        .unwrap_or(0)
        .min(COLUMN);
    let first = scroll.min(report.notes.len().saturating_sub(1));
    let room = usize::from(area.height.saturating_sub(1));
    let more = report.notes.len() > first + room;
    let mut heading = vec![Span::styled(app.ui.t("debrief-timeline"), t.strong)];
    if more || first > 0 {
        heading.push(Span::styled(
            format!(
                "  {}–{} / {}",
                first + 1,
                (first + room).min(report.notes.len()),
                report.notes.len()
            ),
            t.dim,
        ));
    }
    let mut lines = vec![Line::from(heading)];
    if report.notes.is_empty() {
        lines.push(Line::styled(
            format!("  {}", app.ui.t("export-none")),
            t.dim,
        ));
    }
    for n in report.notes.iter().skip(first).take(room) {
        let style = match n.kind {
            NoteKind::RedFlag => t.alert,
            NoteKind::GreenFlag => t.good,
            _ => t.text,
        };
        let lead = format!(
            "  {} {} {} ",
            clock(n.at_ms),
            pad_right(&fit(&n.author, authors), authors),
            kind_marker(n.kind)
        );
        let text = fit(
            &n.text.replace('\n', " ⏎ "),
            width.saturating_sub(lead.width()),
        );
        lines.push(Line::from(vec![
            Span::styled(lead, t.dim),
            Span::styled(text, style),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), area);
}
