//! The scoring screen, over the live screen: every criterion with its level and evidence, the
//! selected one's anchored level descriptions (or the evidence picker, or the rationale), and
//! the weighted score, coverage, what lacks evidence, and the recommendation.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::View;
use super::overlay::{Overlay, panel};
use crate::i18n::{clock, kind_marker, recommendation_message};
use crate::model::lang::pick;
use crate::text::{fit, pad_right};
use crate::tui::scoring::{self, Scoring, Step};

/// Columns of the criteria list (display width).
const WEIGHT: usize = 6;
const LEVEL: usize = 10;

/// Draws the scoring screen over `area`.
/// Returns where the terminal's cursor goes while the rationale is typed.
pub fn render(frame: &mut Frame, app: &View, area: Rect, view: &Scoring) -> Option<Position> {
    let t = &app.theme;
    let ui = &app.ui;
    let state = app.state;
    let author = app.live.author.as_str();
    let lang = state.header.lang;
    let criteria = &state.plan.rubric.criteria;
    let title = format!(
        " {} · {} · {} ",
        ui.t("scoring-title"),
        state.header.candidate,
        ui.t_with("scoring-as", &[("panelist", author.to_owned().into())])
    );
    frame.render_widget(Overlay, area);
    let block = panel(&title, area, t.strong);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // The criteria's rows, unless the selected one's levels would get fewer than eight:
    // then the list shows a window around the selected criterion. Its keys are in the
    // status line; the gaps go first when rows are short.
    let wanted = criteria.len() as u16 + 1;
    let list_rows = wanted.min(inner.height.saturating_sub(2 + 8).max(4));
    let gap = u16::from(inner.height >= list_rows + 2 + 8 + 2);
    let [list, _, detail, _, totals] = Layout::vertical([
        Constraint::Length(list_rows),
        Constraint::Length(gap),
        Constraint::Min(2),
        Constraint::Length(gap),
        Constraint::Length(2),
    ])
    .areas(inner);

    // The criteria, one a line.
    let name = |c: &crate::model::Criterion| {
        pick(&c.text, ui.lang()).map_or(c.id.to_string(), |p| p.value.name.clone())
    };
    let name_width = criteria
        .iter()
        .map(|c| name(c).width())
        .max()
        .unwrap_or(0)
        .min(usize::from(inner.width).saturating_sub(30));
    let mut lines = vec![Line::styled(
        format!(
            "  {}  {} {} {}",
            pad_right(&ui.t("export-criterion"), name_width),
            pad_right(&ui.t("export-weight"), WEIGHT),
            pad_right(&ui.t("scoring-level"), LEVEL),
            ui.t("export-evidence")
        ),
        t.dim,
    )];
    for (i, c) in criteria.iter().enumerate() {
        let scored = scoring::scored(state, author, &c.id);
        let (dots, number) = match scored.level {
            None => ("····".to_owned(), "–".to_owned()),
            Some(None) => ("····".to_owned(), ui.t("scoring-not-assessed-short")),
            Some(Some(level)) => {
                let n = usize::from(level.get());
                (
                    format!("{}{}", "●".repeat(n), "○".repeat(4 - n)),
                    n.to_string(),
                )
            }
        };
        let selected = i == view.selected;
        let style = if selected { t.selected } else { t.text };
        let lacking = scored.level.flatten().is_some() && scored.evidence.is_empty();
        lines.push(Line::from(vec![
            Span::styled(if selected { "▸ " } else { "  " }, style),
            Span::styled(pad_right(&fit(&name(c), name_width), name_width), style),
            Span::styled(
                format!("  {}", pad_right(&format!("×{}", c.weight), WEIGHT + 1)),
                t.dim,
            ),
            Span::styled(pad_right(&format!("{dots} {number}"), LEVEL + 1), t.strong),
            Span::styled(
                scored.evidence.len().to_string(),
                if lacking { t.warn } else { t.text },
            ),
        ]));
    }
    // Keep the selected criterion in view (the heading stays on top).
    let room = usize::from(list_rows.saturating_sub(1));
    let first = (view.selected + 1).saturating_sub(room);
    let heading = lines.remove(0);
    let shown: Vec<Line> = std::iter::once(heading)
        .chain(lines.into_iter().skip(first).take(room))
        .collect();
    frame.render_widget(Paragraph::new(shown), list);

    let mut cursor = None;
    // The selected criterion: its levels, the evidence picker, or the rationale.
    if let Some(c) = criteria.get(view.selected) {
        let scored = scoring::scored(state, author, &c.id);
        let width = usize::from(detail.width);
        let lines: Vec<Line> = match &view.step {
            Step::Criteria => {
                let texts = pick(&c.text, lang);
                let mut lines = vec![Line::styled(name(c), t.strong)];
                let level = scored.level.flatten().map(|l| usize::from(l.get()));
                // Where the level set starts; the one below it too, to compare.
                let mut from_row = 0;
                if let Some(texts) = texts {
                    for (i, text) in texts.value.levels.iter().enumerate() {
                        let on = level == Some(i + 1);
                        if level.is_some_and(|l| i + 2 == l || (l == 1 && i == 0)) {
                            from_row = lines.len();
                        }
                        let lead = format!("{} {} ", if on { "▶" } else { " " }, i + 1);
                        let style = if on { t.selected } else { t.text };
                        // Wrapped with a hanging indent, under the level's text.
                        let room = width.saturating_sub(3);
                        for (row, part) in crate::text::hanging(text, lead.width(), room)
                            .into_iter()
                            .enumerate()
                        {
                            let lead = if row == 0 {
                                lead.clone()
                            } else {
                                " ".repeat(lead.width())
                            };
                            lines.push(Line::from(vec![
                                Span::styled(lead, t.strong),
                                Span::styled(part, style),
                            ]));
                        }
                    }
                }
                let feeding = state
                    .visible_notes()
                    .iter()
                    .filter(|n| state.feeds(n, &c.id))
                    .count();
                lines.push(Line::styled(
                    ui.t_with("scoring-feeding", &[("count", feeding.into())]),
                    t.dim,
                ));
                // When the levels do not all fit, the level set (and the one below) stays in
                // view, under the criterion's name.
                let rows = usize::from(detail.height);
                if lines.len() > rows && from_row > 1 {
                    let skip = from_row.min(lines.len().saturating_sub(rows - 1)).max(1) - 1;
                    let heading = lines.remove(0);
                    lines = std::iter::once(heading)
                        .chain(lines.into_iter().skip(skip))
                        .collect();
                }
                lines
            }
            Step::Evidence { cursor, picked } => {
                let candidates = scoring::candidates(state, &c.id);
                let mut lines = vec![Line::styled(
                    ui.t_with("scoring-evidence-for", &[("criterion", name(c).into())]),
                    t.strong,
                )];
                if candidates.is_empty() {
                    lines.push(Line::styled(ui.t("notes-empty"), t.dim));
                }
                let room = usize::from(detail.height).saturating_sub(1).max(1);
                let first = cursor.saturating_sub(room.saturating_sub(1));
                for (i, n) in candidates.iter().enumerate().skip(first).take(room) {
                    let mark = if picked.contains(&n.id) { "[x]" } else { "[ ]" };
                    let feeds = if state.feeds(n, &c.id) { "◆" } else { " " };
                    let text = format!(
                        "{mark} {feeds} {} {} {}",
                        clock(n.started_ms),
                        kind_marker(n.kind),
                        n.text.replace('\n', " ⏎ ")
                    );
                    let style = if i == *cursor { t.selected } else { t.text };
                    lines.push(Line::styled(fit(&text, width), style));
                }
                lines
            }
            Step::Rationale(input) => {
                let key = crate::tui::keymap::FIELD_KEYS.key_of(crate::tui::keymap::Command::Save);
                let title = ui.t_with("scoring-rationale", &[("key", key.into())]);
                let mut lines = vec![Line::styled(title, t.strong)];
                lines.extend(input.lines(
                    width.saturating_sub(3),
                    t.selected,
                    t.selected.reversed(),
                    true,
                ));
                lines
            }
        };
        // A margin, so wrapped level descriptions stay clear of the border.
        let margin = Rect {
            x: detail.x + 2,
            width: detail.width.saturating_sub(3),
            ..detail
        };
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), margin);
        if let Step::Rationale(input) = &view.step {
            let (row, col) = input.cursor_at(width.saturating_sub(3));
            let (row, col) = (row as u16 + 1, col as u16);
            if row < margin.height && col < margin.width {
                cursor = Some(Position::new(margin.x + col, margin.y + row));
            }
        }
    }

    // Totals: the arithmetic, what lacks evidence, and the recommendation kept apart.
    let score = state.weighted_score_of(author);
    // Still lacking evidence: every criterion without any, except those marked not assessed.
    let lacking: Vec<String> = criteria
        .iter()
        .filter(|c| {
            let scored = scoring::scored(state, author, &c.id);
            scored.evidence.is_empty() && scored.level != Some(None)
        })
        .map(name)
        .collect();
    let mut first = vec![Span::styled(
        ui.t_with(
            "scoring-total",
            &[
                ("score", crate::export::score(ui, score.score).into()),
                (
                    "coverage",
                    crate::export::percent(ui, score.coverage).into(),
                ),
            ],
        ),
        t.strong,
    )];
    if !lacking.is_empty() {
        let used: usize = first.iter().map(|s| s.content.width()).sum();
        let text = format!(
            " · {}",
            ui.t_with(
                "scoring-lacking",
                &[("criteria", crate::export::list(ui, &lacking).into())]
            )
        );
        first.push(Span::styled(
            fit(&text, usize::from(totals.width).saturating_sub(used)),
            t.warn,
        ));
    }
    let (recommendation, rationale) = scoring::recommendation(state, author);
    let submitted = state
        .panelists
        .get(author)
        .is_some_and(|p| p.submitted_at.is_some());
    let label = crate::export::label_lead(ui, &ui.t("export-recommendation"));
    let second = format!(
        "{label}{}{} · {}",
        recommendation.map_or("–".to_owned(), |r| ui.t(recommendation_message(r))),
        if rationale.is_empty() {
            String::new()
        } else {
            format!(
                " — {}",
                ui.t_with("quoted", &[("text", rationale.to_owned().into())])
            )
        },
        ui.t(if submitted {
            "export-submitted"
        } else {
            "export-draft"
        })
    );
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(first),
            Line::styled(second, if submitted { t.good } else { t.text }),
        ]),
        totals,
    );
    cursor
}
