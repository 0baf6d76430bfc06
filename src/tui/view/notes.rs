//! The timeline of notes: elapsed time, kind marker, text; newest at the bottom.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::View;
use super::{kind_marker, kind_style};
use crate::i18n::clock;
use crate::model::Note;

/// Draws the notes into `area`, newest at the bottom, or the selected note at the bottom.
pub fn render(frame: &mut Frame, app: &View, area: Rect) {
    let t = &app.theme;
    let state = app.state;
    // The panel's text width (see `titled`): the area less a column each side.
    let inner_width = area.width.saturating_sub(2);
    let width = usize::from(inner_width);
    let timeline = app
        .cache
        .timeline
        .laid_out(state, inner_width, |n, review| {
            lines(app, n, false, review, width).len() as u16
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
    let back = app.live.selected_note.unwrap_or(0).min(timeline.len() - 1);
    let shown = timeline.len() - back;
    // Newest at the bottom; whole notes only, as many as fit.
    let mut out: Vec<Line> = Vec::new();
    let mut used = 0u16;
    for (i, placed) in timeline[..shown].iter().enumerate().rev() {
        if used + placed.rows > inner.height && !out.is_empty() {
            break;
        }
        used += placed.rows;
        let selected = app.live.selected_note.is_some() && i + 1 == shown;
        let mut note = lines(
            app,
            &state.notes[placed.note],
            selected,
            placed.review,
            width,
        );
        note.reverse();
        out.extend(note);
    }
    out.reverse();
    // A note taller than the panel shows its end, beside the newer ones below it.
    let skip = out.len().saturating_sub(usize::from(inner.height));
    let shown: Vec<Line> = out.into_iter().skip(skip).collect();
    frame.render_widget(Paragraph::new(shown), inner);
}

/// One note as lines of at most `width` columns: elapsed time and kind marker, then its text
/// (newlines shown as ⏎) with a hanging indent, and ⚑ at its end when it is marked for review.
fn lines<'a>(app: &View, n: &Note, selected: bool, review: bool, width: usize) -> Vec<Line<'a>> {
    let t = &app.theme;
    let text_style = if selected { t.selected } else { t.text };
    let time = format!("{} ", clock(n.started_ms));
    let marker = format!("{} ", kind_marker(n.kind));
    let lead = time.width() + marker.width();
    let mut text = n.text.replace('\n', " ⏎ ");
    if review {
        text.push_str(" ⚑");
    }
    let mut wrapped = crate::text::hanging(&text, lead, width).into_iter();
    let first = wrapped.next().unwrap_or_default();
    let mut out = vec![Line::from(vec![
        Span::styled(time, t.dim),
        Span::styled(marker, kind_style(app.theme, n.kind)),
        Span::styled(first, text_style),
    ])];
    let indent = " ".repeat(lead);
    out.extend(wrapped.map(|rest| {
        Line::from(vec![
            Span::raw(indent.clone()),
            Span::styled(rest, text_style),
        ])
    }));
    out
}
