//! The timeline of notes: elapsed time, kind marker, text; newest at the bottom.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{kind_marker, kind_style};
use crate::i18n::clock;
use crate::tui::app::App;

/// Draws the notes into `area`, scrolled `app.notes_scroll` notes back from the newest.
pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.theme;
    let notes = app.session.state().visible_notes();
    let count = app
        .ui
        .t_with("notes-count", &[("count", notes.len().into())]);
    let title = format!(" {} · {count}", app.ui.t("panel-notes"));
    let inner = super::titled(frame, area, Line::styled(title, t.strong));
    if notes.is_empty() {
        let empty = Line::styled(app.ui.t("notes-empty"), t.dim);
        frame.render_widget(Paragraph::new(empty), inner);
        return;
    }
    let shown = notes
        .len()
        .saturating_sub(app.notes_scroll.min(notes.len() - 1));
    // Newest at the bottom; whole notes only, as many as fit.
    let mut lines: Vec<Line> = Vec::new();
    let mut used = 0u16;
    for n in notes[..shown].iter().rev() {
        let line = Line::from(vec![
            Span::styled(format!("{} ", clock(n.started_ms)), t.dim),
            Span::styled(format!("{} ", kind_marker(n.kind)), kind_style(app, n.kind)),
            Span::styled(n.text.replace('\n', " ⏎ "), t.text),
        ]);
        let rows = Paragraph::new(line.clone())
            .wrap(Wrap { trim: false })
            .line_count(inner.width) as u16;
        if used + rows > inner.height && !lines.is_empty() {
            break;
        }
        used += rows;
        lines.push(line);
    }
    lines.reverse();
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
