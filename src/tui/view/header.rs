//! The two header lines: who and what; the clocks, the pace and the save state.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::View;
use crate::i18n::clock;
use crate::model::Timestamp;
use crate::model::lang::pick;
use crate::tui::app::SaveState;

/// Draws the header into `area` (two rows).
pub fn render(frame: &mut Frame, app: &View, now: Timestamp, area: Rect) {
    let state = app.state;
    let ui = &app.ui;
    let t = &app.theme;
    let h = &state.header;
    let format =
        pick(&state.plan.format.title, ui.lang()).map_or(h.format.to_string(), |p| p.value.clone());
    let [first, second] = rows(area);
    let who = Line::from(vec![
        Span::styled(format!(" {}", h.candidate), t.strong),
        Span::styled(format!(" · {} · {format}", h.role), t.dim),
    ]);
    let save = match &app.live.save {
        SaveState::Saved => Span::styled(ui.t("save-saved"), t.good),
        SaveState::Failed { reason, since } => Span::styled(
            ui.t_with(
                "save-failed",
                &[
                    ("reason", reason.clone().into()),
                    ("since", since.format("%H:%M:%S").to_string().into()),
                ],
            ),
            t.alert,
        ),
    };
    // A failed save always shows, even over the names: it is the one thing that must be seen.
    let failed = matches!(app.live.save, SaveState::Failed { .. });
    if failed {
        frame.render_widget(
            Paragraph::new(Line::from(vec![Span::raw(" "), save])),
            first,
        );
    } else {
        left_and_right(frame, first, who, Line::from(vec![save, Span::raw(" ")]));
    }

    let r = state.clock_at(now);
    let mut spans = vec![Span::raw(" ")];
    if !r.started {
        spans.push(Span::styled(ui.t("clock-not-started"), t.dim));
    } else if r.remaining_ms >= 0 {
        // The last two minutes are a calm cue, not an alarm.
        let style = if app.live.cues.showing(r.remaining_ms) && !r.ended {
            t.warn
        } else {
            t.strong
        };
        spans.push(Span::styled(
            ui.t_with(
                "header-remaining",
                &[("time", clock(r.remaining_ms.unsigned_abs()).into())],
            ),
            style,
        ));
    } else {
        spans.push(Span::styled(
            ui.t_with("header-overtime", &[("time", clock(r.overtime_ms).into())]),
            t.alert,
        ));
    }
    let mut over = r.remaining_ms < 0;
    if let Some(s) = &r.section {
        let title = state
            .plan
            .format
            .sections
            .get(s.index)
            .and_then(|section| pick(&section.title, ui.lang()))
            .map_or(s.id.to_string(), |p| p.value.clone());
        // Long section titles give way so the clocks and the pace stay on the line.
        let title = crate::text::fit(&title, usize::from(area.width / 3));
        let (id, style) = match s.remaining_ms {
            ms if ms < 0 => ("header-section-over", t.alert),
            ms if app.live.cues.showing(ms) && !r.ended => ("header-section", t.warn),
            _ => ("header-section", t.text),
        };
        over |= s.remaining_ms < 0;
        let time = clock(s.remaining_ms.unsigned_abs());
        spans.push(Span::styled("  │  ", t.dim));
        spans.push(Span::styled(
            ui.t_with(id, &[("section", title.into()), ("time", time.into())]),
            style,
        ));
    }
    if r.started && !r.ended {
        let pace = match r.behind_ms {
            ms if ms >= 60_000 => Some(Span::styled(
                ui.t_with("pace-behind", &[("time", clock(ms.unsigned_abs()).into())]),
                t.alert,
            )),
            ms if ms <= -60_000 => Some(Span::styled(
                ui.t_with("pace-ahead", &[("time", clock(ms.unsigned_abs()).into())]),
                t.good,
            )),
            // "On time" beside an overrun would contradict it.
            _ if over => None,
            _ => Some(Span::styled(ui.t("pace-on-time"), t.dim)),
        };
        if let Some(pace) = pace {
            spans.push(Span::styled("  │  ", t.dim));
            spans.push(pace);
        }
    }
    if r.paused {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(format!(" {} ", ui.t("clock-paused")), t.warn));
    } else if r.ended {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(format!(" {} ", ui.t("clock-ended")), t.warn));
    }
    let name = app.live.author.clone();
    let panelist = match &app.live.author_was {
        Some(was) => ui.t_with(
            "header-panelist-changed",
            &[("name", name.into()), ("was", was.clone().into())],
        ),
        None => ui.t_with("header-panelist", &[("name", name.into())]),
    };
    left_and_right(
        frame,
        second,
        Line::from(spans),
        Line::styled(format!("{panelist} "), t.dim),
    );
}

/// Draws `left` and, if there is room for both, `right` aligned to the right edge.
fn left_and_right(frame: &mut Frame, area: Rect, left: Line, right: Line) {
    let fits = left.width() + right.width() + 2 <= usize::from(area.width);
    frame.render_widget(Paragraph::new(left), area);
    if fits {
        frame.render_widget(Paragraph::new(right).alignment(Alignment::Right), area);
    }
}

fn rows(area: Rect) -> [Rect; 2] {
    [
        Rect { height: 1, ..area },
        Rect {
            y: area.y + 1,
            height: 1,
            ..area
        },
    ]
}
