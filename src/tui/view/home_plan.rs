//! Drawing the home screen's view of a plan (its candidates side by side, or its
//! calibration) and the "call a referee" popup.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Padding, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::overlay::{Overlay, centered};
use crate::export::compare::CompareTable;
use crate::text::{fit, hanging, pad_left, pad_right};
use crate::tui::home::{Calling, Home, PlanView, Tab};
use crate::tui::theme::Theme;

/// The widest a candidate's name is drawn.
const NAME: usize = 22;
/// The widest any other column is drawn.
const CELL: usize = 24;
/// The widest a criterion's column is drawn (a longer name is cut, with "…").
const LEVEL: usize = 12;

/// Draws the view of a plan in `area` (the list's place).
pub fn render(frame: &mut Frame, home: &Home, view: &PlanView, area: Rect) {
    let t = &home.theme;
    let ui = &home.ui;
    let width = usize::from(area.width);
    let mut lines = Vec::new();
    let mut title = vec![Span::raw(" ")];
    if let Ok(insight) = &view.insight {
        title.push(Span::styled(fit(&insight.role, width / 2), t.strong));
        for (id, tab) in [
            ("compare-title", Tab::Candidates),
            ("calibration-title", Tab::Calibration),
        ] {
            let on = view.tab == tab;
            title.push(Span::styled(if on { "  ▸ " } else { "    " }, t.strong));
            title.push(Span::styled(
                ui.t(id),
                if on { t.strong.underlined() } else { t.dim },
            ));
        }
    }
    let [head, _, body] = ratatui::layout::Layout::vertical([
        ratatui::layout::Constraint::Length(1),
        ratatui::layout::Constraint::Length(1),
        ratatui::layout::Constraint::Min(1),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(Line::from(title)), head);
    match &view.insight {
        Err(reason) => lines.push(Line::styled(format!(" {reason}"), t.alert)),
        Ok(insight) => match view.tab {
            Tab::Candidates if insight.compare.rows.is_empty() => {
                lines.push(Line::styled(format!(" {}", insight.compare_none), t.text));
            }
            Tab::Candidates => {
                candidates(&mut lines, home, &insight.compare, view, width);
                let column =
                    &insight.compare.columns[view.sort.min(insight.compare.columns.len() - 1)];
                let arrow = if view.descending { "↓" } else { "↑" };
                lines.push(Line::default());
                let sorted =
                    ui.t_with("plan-sorted-by", &[("column", column.title.clone().into())]);
                wrapped(&mut lines, &format!("{sorted} {arrow}"), t.strong, width);
                wrapped(&mut lines, &ui.t("compare-best-screen"), t.good, width);
                for note in &insight.compare.notes {
                    wrapped(&mut lines, note, t.dim, width);
                }
            }
            Tab::Calibration => {
                let c = &insight.calibration;
                wrapped(&mut lines, &c.sessions, t.text, width);
                if !c.is_empty() {
                    lines.push(Line::default());
                    let last = c.agreement.len() - 1;
                    let numeric = [false, true, true, false];
                    table(&mut lines, t, &c.agreement, &numeric, width, |i| {
                        (i == last).then_some(t.strong)
                    });
                    lines.push(Line::default());
                    wrapped(&mut lines, &c.guidance, t.dim, width);
                    lines.push(Line::default());
                    table(
                        &mut lines,
                        t,
                        &c.leniency,
                        &[false, true, true],
                        width,
                        |_| None,
                    );
                    lines.push(Line::default());
                    wrapped(&mut lines, &c.leniency_means, t.dim, width);
                }
            }
        },
    }
    // The tabs stay; what is below them scrolls, no further than its end.
    let end = lines.len().saturating_sub(usize::from(body.height)) as u16;
    let scroll = match view.tab {
        Tab::Calibration => view.scroll.min(end),
        Tab::Candidates => 0,
    };
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), body);
}

/// `text` wrapped to `width` with a one-column margin.
fn wrapped(lines: &mut Vec<Line>, text: &str, style: Style, width: usize) {
    for part in hanging(text, 2, width) {
        lines.push(Line::styled(format!(" {part}"), style));
    }
}

/// The columns that fit in `width`: the first four (rank, candidate, score, coverage) always,
/// then a window of the rest that starts as far left as it can while it holds the sorted
/// column, filled to the right with as many as fit whole.
fn visible_columns(widths: &[usize], sort: usize, width: usize) -> Vec<usize> {
    let fixed = 4.min(widths.len());
    let mut shown: Vec<usize> = (0..fixed).collect();
    let used: usize = 1 + shown.iter().map(|&i| widths[i] + 2).sum::<usize>();
    let span = |from: usize, to: usize| -> usize { (from..=to).map(|i| widths[i] + 2).sum() };
    let mut from = fixed;
    if sort >= fixed {
        while from < sort && used + span(from, sort) > width {
            from += 1;
        }
    }
    let mut used = used;
    for (i, w) in widths.iter().enumerate().skip(from) {
        if used + w + 2 > width {
            break;
        }
        used += w + 2;
        shown.push(i);
    }
    shown
}

/// The candidates' table: a heading row, then a row per candidate, the selected one
/// highlighted, the best levels in the good colour, the sorted column's heading underlined.
fn candidates(
    lines: &mut Vec<Line>,
    home: &Home,
    table: &CompareTable,
    view: &PlanView,
    width: usize,
) {
    let (t, ui) = (&home.theme, &home.ui);
    let widths: Vec<usize> = table
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let cells = table
                .rows
                .iter()
                .map(|r| r.cells[i].text.width())
                .max()
                .unwrap_or(0);
            let cap = if i == 1 { NAME } else { CELL };
            let heading = if c.numeric && i >= 4 {
                LEVEL
            } else {
                c.title.width()
            };
            cells.max(heading).clamp(1, cap)
        })
        .collect();
    let shown = visible_columns(&widths, view.sort, width);
    let cell = |text: &str, i: usize| {
        let text = fit(text, widths[i]);
        if table.columns[i].numeric {
            pad_left(&text, widths[i])
        } else {
            pad_right(&text, widths[i])
        }
    };
    let mut head = vec![Span::raw(" ")];
    for &i in &shown {
        let style = if i == view.sort {
            t.strong.underlined()
        } else {
            t.dim
        };
        head.push(Span::styled(cell(&table.columns[i].title, i), style));
        head.push(Span::raw("  "));
    }
    lines.push(Line::from(head));
    for (n, row) in table.rows.iter().enumerate() {
        let selected = n == view.selected;
        let mut spans = vec![Span::styled(if selected { "▸" } else { " " }, t.strong)];
        for &i in &shown {
            let c = &row.cells[i];
            let style = match (selected, c.best) {
                (true, _) => t.selected,
                (false, true) => t.good,
                (false, false) => t.text,
            };
            spans.push(Span::styled(cell(&c.text, i), style));
            spans.push(Span::styled(
                "  ",
                if selected { t.selected } else { t.text },
            ));
        }
        lines.push(Line::from(spans));
    }
    if shown.len() < table.columns.len() {
        let hidden = table.columns.len() - shown.len();
        lines.push(Line::styled(
            format!(
                " {}",
                ui.t_with("plan-hidden-columns", &[("count", hidden.into())])
            ),
            t.dim,
        ));
    }
}

/// A small table of text in `width` columns: widths from its cells (the first column gives
/// way when they do not fit), numbers right-aligned; `style(i)` may set a row's style (the
/// header is dim).
fn table(
    lines: &mut Vec<Line>,
    t: &Theme,
    rows: &[Vec<String>],
    numeric: &[bool],
    width: usize,
    style: impl Fn(usize) -> Option<Style>,
) {
    let columns = rows.first().map_or(0, Vec::len);
    let mut widths: Vec<usize> = (0..columns)
        .map(|i| {
            rows.iter()
                .map(|r| r.get(i).map_or(0, |c| c.width()))
                .max()
                .unwrap_or(0)
                .min(CELL + 8)
        })
        .collect();
    let total = 1 + widths.iter().sum::<usize>() + 2 * columns.saturating_sub(1);
    if let Some(first) = widths.first_mut() {
        *first = first.saturating_sub(total.saturating_sub(width)).max(8);
    }
    for (n, row) in rows.iter().enumerate() {
        let text: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| {
                let c = fit(c, *w);
                if numeric.get(i).copied().unwrap_or(false) {
                    pad_left(&c, *w)
                } else {
                    pad_right(&c, *w)
                }
            })
            .collect();
        let line_style = if n == 0 {
            t.dim
        } else {
            style(n).unwrap_or(t.text)
        };
        lines.push(Line::styled(format!(" {}", text.join("  ")), line_style));
    }
}

/// "Call a referee": the managers marked, the one chosen, and the consent typed so far.
pub fn render_calling(frame: &mut Frame, home: &Home, calling: &Calling, area: Rect) {
    let t = &home.theme;
    let ui = &home.ui;
    let width = 72.min(area.width);
    let room = usize::from(width.saturating_sub(4));
    let mut lines = vec![Line::styled(ui.t("calling-choose"), t.dim)];
    for (i, r) in calling.referees.iter().enumerate() {
        let on = i == calling.selected;
        let marker = if on { "▸ " } else { "  " };
        let text = if r.place.is_empty() {
            r.name.clone()
        } else {
            format!("{} — {}", r.name, r.place)
        };
        lines.push(Line::styled(
            fit(&format!("{marker}{text}"), room),
            if on { t.selected } else { t.text },
        ));
        if on && !r.why.trim().is_empty() {
            for part in hanging(&r.why, 4, room) {
                lines.push(Line::styled(format!("    {part}"), t.dim));
            }
        }
    }
    lines.push(Line::default());
    for part in hanging(&ui.t("calling-consent"), 0, room) {
        lines.push(Line::styled(part, t.text));
    }
    let field = calling.consent.lines(
        room.saturating_sub(2),
        t.selected,
        t.selected.reversed(),
        true,
    );
    lines.extend(field.into_iter().map(|l| {
        let mut spans = vec![Span::styled("› ", t.strong)];
        spans.extend(l.spans);
        Line::from(spans)
    }));
    if calling.missing_consent {
        for part in hanging(&ui.t("calling-need-consent"), 0, room) {
            lines.push(Line::styled(part, t.alert));
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        super::hint_line(ui, home.keymap(), room),
        t.dim,
    ));
    let text = Paragraph::new(lines).wrap(Wrap { trim: false });
    let height = (text.line_count(width.saturating_sub(4)) as u16 + 2).min(area.height);
    let popup = centered(area, width, height);
    let title = ui.t_with(
        "calling-title",
        &[("candidate", calling.candidate.clone().into())],
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .title(Line::styled(format!(" {} ", fit(&title, room)), t.strong))
        .padding(Padding::horizontal(1));
    frame.render_widget(Overlay, popup);
    frame.render_widget(text.block(block), popup);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_four_columns_stay_and_the_sorted_one_comes_into_view() {
        let widths = [2, 10, 4, 4, 6, 6, 6, 6, 6];
        // 1 + (4 + 12 + 6 + 6) = 29 columns for the first four, 8 for each level after.
        assert_eq!(visible_columns(&widths, 2, 45), [0, 1, 2, 3, 4, 5]);
        assert_eq!(visible_columns(&widths, 7, 45), [0, 1, 2, 3, 6, 7]);
        assert_eq!(visible_columns(&widths, 8, 45), [0, 1, 2, 3, 7, 8]);
        assert_eq!(visible_columns(&widths, 0, 20), [0, 1, 2, 3]);
    }
}
