//! The timeline of notes: elapsed time, kind marker, text; newest at the bottom.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{kind_marker, kind_style};
use crate::i18n::clock;
use crate::model::Note;
use crate::tui::app::App;

/// Draws the notes into `area`, newest at the bottom, or the selected note at the bottom.
pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.theme;
    let state = app.session.state();
    // The panel's text width (see `titled`): the area less a column each side.
    let inner_width = area.width.saturating_sub(2);
    let timeline = app.timeline.laid_out(state, inner_width, |n| {
        Paragraph::new(line(app, n, false))
            .wrap(Wrap { trim: false })
            .line_count(inner_width) as u16
    });
    let count = app
        .ui
        .t_with("notes-count", &[("count", timeline.len().into())]);
    let title = format!(" {} · {count}", app.ui.t("panel-notes"));
    let inner = super::titled(frame, area, Line::styled(title, t.strong));
    if timeline.is_empty() {
        let empty = Line::styled(app.ui.t("notes-empty"), t.dim);
        frame.render_widget(Paragraph::new(empty), inner);
        return;
    }
    // A selected note is shown at the bottom, highlighted; newer ones give way.
    let back = app.selected_note.unwrap_or(0).min(timeline.len() - 1);
    let shown = timeline.len() - back;
    // Newest at the bottom; whole notes only, as many as fit.
    let mut lines: Vec<Line> = Vec::new();
    let mut used = 0u16;
    for (i, placed) in timeline[..shown].iter().enumerate().rev() {
        if used + placed.rows > inner.height && !lines.is_empty() {
            break;
        }
        used += placed.rows;
        let selected = app.selected_note.is_some() && i + 1 == shown;
        lines.push(line(app, &state.notes[placed.note], selected));
    }
    lines.reverse();
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// One note as a line: elapsed time, kind marker, text (newlines shown as ⏎).
fn line<'a>(app: &App, n: &'a Note, selected: bool) -> Line<'a> {
    let t = &app.theme;
    let text_style = if selected { t.selected } else { t.text };
    Line::from(vec![
        Span::styled(format!("{} ", clock(n.started_ms)), t.dim),
        Span::styled(format!("{} ", kind_marker(n.kind)), kind_style(app, n.kind)),
        Span::styled(n.text.replace('\n', " ⏎ "), text_style),
    ])
}
