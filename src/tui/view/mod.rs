//! Drawing the live screen: a pure function of the app's state and the time.

mod agenda;
mod header;
pub mod home;
mod notes;
mod overlay;
mod popups;
mod question;
mod scoring;
mod summary;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::app::SaveState;
use super::app::{App, Popup};
use super::region_cache::RegionKey;
pub use super::screen::Canvas;
use super::screen::Drawn;
use crate::model::Timestamp;

/// The smallest terminal the live screen draws in.
pub const MIN_WIDTH: u16 = 60;
/// The smallest terminal height the live screen draws in.
pub const MIN_HEIGHT: u16 = 16;

/// Draws the whole live screen at `now` onto `canvas`; says where the cursor goes and which
/// areas are drawn as in the previous frame.
pub fn render(frame: &mut Frame, app: &App, now: Timestamp, canvas: Canvas) -> Drawn {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        app.overlaid.set(true); // whatever was drawn before is gone
        frame.render_widget(Clear, area);
        too_small(frame, app, area);
        return Drawn::default();
    }
    let editor_rows = app.editor.area.lines().len().clamp(1, 5) as u16 + 2;
    let [top, body, editor, status] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(6),
        Constraint::Length(editor_rows),
        Constraint::Length(1),
    ])
    .areas(area);
    let state = app.session.state();
    let key = |area| RegionKey {
        events: state.event_count,
        at: app.at,
        selected: app.selected_note,
        area,
        second: (state.clock.elapsed_at(now) / 1000, now.timestamp()),
        saved: app.save == SaveState::Saved,
    };
    // The kept cells of the last frame are those of its regions, unless a popup covered them.
    let overlaid = app.overlaid.replace(app.popup.is_some());
    let kept = canvas == Canvas::Kept && !overlaid;
    let mut unchanged = Vec::new();
    let (head, main) = (key(top), key(body));
    if app.header.reuse(&head, frame.buffer_mut(), kept) {
        unchanged.push(top);
    } else {
        frame.render_widget(Clear, top);
        header::render(frame, app, now, top);
        app.header.store(head, frame.buffer_mut());
    }
    if app.body.reuse(&main, frame.buffer_mut(), kept) {
        unchanged.push(body);
    } else {
        frame.render_widget(Clear, body);
        render_body(frame, app, now, body);
        app.body.store(main, frame.buffer_mut());
    }
    frame.render_widget(Clear, editor.union(status));
    let cursor = render_editor(frame, app, editor);
    render_status(frame, app, status);
    // A popup, now or in the last frame, covers cells of any area.
    if !kept || app.popup.is_some() {
        unchanged.clear();
    }
    let cursor = cursor.filter(|_| app.popup.is_none());
    match &app.popup {
        Some(Popup::Help { scroll }) => popups::help(frame, app, area, *scroll),
        Some(Popup::ConfirmQuit) => popups::confirm_quit(frame, app, area),
        Some(Popup::Ratings) => popups::ratings(frame, app, area),
        Some(Popup::Scoring) => scoring::render(frame, app, body.union(editor)),
        Some(Popup::EndCheck) => popups::end_check(frame, app, area),
        Some(Popup::Summary { scroll }) => {
            summary::render(frame, app, body.union(editor), *scroll, now)
        }
        Some(Popup::AddRole) => popups::add_role(frame, app, area),
        Some(Popup::Reference(_)) => popups::reference(frame, app, area),
        Some(Popup::Downtime { from, to }) => popups::downtime(frame, app, area, *from, *to),
        Some(Popup::Answer(..)) => popups::answer(frame, app, area),
        Some(Popup::Search) => popups::search(frame, app, area),
        Some(Popup::EditNote(note)) => popups::edit_note(frame, app, area, *note),
        None => {}
    }
    Drawn { cursor, unchanged }
}

/// The agenda, the question and the notes: everything between the header and the note line.
fn render_body(frame: &mut Frame, app: &App, now: Timestamp, body: Rect) {
    // A third of narrow screens, 34 columns from 110, a quarter of wide ones (titles fit).
    let agenda_width = match body.width {
        w if w >= 140 => w / 4,
        w if w >= 110 => 34,
        w => w / 3,
    };
    let [left, right] =
        Layout::horizontal([Constraint::Length(agenda_width), Constraint::Min(30)]).areas(body);
    agenda::render(frame, app, left);
    // The question takes the rows it needs, leaving the notes at least a few.
    let question = question::paragraph(app, now);
    let wanted = question.line_count(right.width.saturating_sub(2)) as u16 + 2; // title + rule
    let question_rows = wanted.clamp(5, right.height.saturating_sub(5).max(5));
    let [q_area, n_area] =
        Layout::vertical([Constraint::Length(question_rows), Constraint::Min(3)]).areas(right);
    question::render(frame, app, question, q_area);
    notes::render(frame, app, n_area);
}

/// Draws the note line; returns where its cursor is.
fn render_editor(frame: &mut Frame, app: &App, area: Rect) -> Option<Position> {
    let title = app.editor_title.with(
        app.editor.kind,
        || {
            let kind = app.ui.t(kind_message(app.editor.kind));
            format!(
                " {} ",
                app.ui.t_with("panel-editor", &[("kind", kind.into())])
            )
        },
        |title| Line::styled(title.clone(), app.theme.strong),
    );
    let style = if app.editor.kind == crate::model::NoteKind::Note {
        app.theme.border
    } else {
        kind_style(app, app.editor.kind)
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(&app.editor.area, inner);
    // The terminal's own cursor, where input methods (for Chinese, say) open their window.
    let at = app.editor.area.screen_cursor();
    let (top, left) = app.editor.area.scroll_offset();
    let row = u16::try_from(at.row).ok()?.checked_sub(top)?;
    let column = u16::try_from(at.col).ok()?.checked_sub(left)?;
    (row < inner.height && column < inner.width).then(|| Position {
        x: inner.x + column,
        y: inner.y + row,
    })
}

/// The status line: how to get help always; then as many hints as fit, whole.
fn render_status(frame: &mut Frame, app: &App, area: Rect) {
    app.status_line.with(
        area.width,
        || {
            // How to get help always comes first; then as many hints as fit, whole.
            let all = format!(
                " {} · {}",
                app.ui.t("status-help"),
                app.ui.t("status-hints")
            );
            let rows = crate::text::hint_rows(&all, usize::from(area.width));
            rows.into_iter().next().unwrap_or_default()
        },
        |text| {
            let line = Line::styled(text.as_str(), app.theme.dim);
            frame.render_widget(Paragraph::new(line), area);
        },
    );
}

fn too_small(frame: &mut Frame, app: &App, area: Rect) {
    let text = app.ui.t_with(
        "too-small",
        &[
            ("width", area.width.into()),
            ("height", area.height.into()),
            ("min-width", MIN_WIDTH.into()),
            ("min-height", MIN_HEIGHT.into()),
        ],
    );
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}

/// Draws a panel's title on the first row of `area` and returns the rows below, inset by one
/// column on each side. (A `Block` would restyle every cell of the panel on every frame.)
fn titled(frame: &mut Frame, area: Rect, title: Line) -> Rect {
    frame.render_widget(
        Paragraph::new(title),
        Rect {
            height: 1.min(area.height),
            ..area
        },
    );
    Rect {
        x: area.x + 1,
        y: area.y + 1,
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(1),
    }
}

/// A horizontal rule along the last row of `area`; returns the rows above it.
fn bottom_rule(frame: &mut Frame, area: Rect, style: ratatui::style::Style) -> Rect {
    if area.height == 0 {
        return area;
    }
    let row = Rect {
        y: area.y + area.height - 1,
        height: 1,
        ..area
    };
    frame.render_widget(
        Paragraph::new(Line::styled("─".repeat(usize::from(area.width)), style)),
        row,
    );
    Rect {
        height: area.height - 1,
        ..area
    }
}

/// A vertical rule down the last column of `area`; returns the columns left of it.
fn right_rule(frame: &mut Frame, area: Rect, style: ratatui::style::Style) -> Rect {
    if area.width == 0 {
        return area;
    }
    let column = Rect {
        x: area.x + area.width - 1,
        width: 1,
        ..area
    };
    let lines: Vec<Line> = (0..area.height).map(|_| Line::styled("│", style)).collect();
    frame.render_widget(Paragraph::new(lines), column);
    Rect {
        width: area.width - 1,
        ..area
    }
}

pub use crate::i18n::{kind_marker, kind_message};

/// The style a note kind is drawn in.
pub fn kind_style(app: &App, kind: crate::model::NoteKind) -> ratatui::style::Style {
    use crate::model::NoteKind::*;
    match kind {
        RedFlag => app.theme.alert,
        GreenFlag => app.theme.good,
        Quote | FollowUp | CheckWithReference | Feedback => app.theme.strong,
        Note => app.theme.text,
    }
}
