//! Drawing the live screen from the screen's state and the session's, at a moment. Nothing
//! here changes either: the only things written while drawing are the caches of parts drawn
//! once per change ([`ViewCache`]), which the event loop owns.

mod agenda;
mod debrief;
mod header;
mod hints;
pub mod home;
mod home_plan;
mod notes;
mod overlay;
mod popups;
mod question;
mod scoring;
mod summary;

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

pub use hints::{hint_line, hint_lines};
pub use summary::scroll_end as summary_scroll_end_in;

use super::app::{Mode, Ui};
use super::region_cache::{Memo, RegionCache, RegionKey};
pub use super::screen::Canvas;
use super::screen::Drawn;
use super::theme::Theme;
use super::timeline::Timeline;
use crate::i18n::Catalog;
use crate::model::{Lang, NoteKind, RoleId, SessionState, Timestamp};

/// The smallest terminal the live screen draws in.
pub const MIN_WIDTH: u16 = 60;
/// The smallest terminal height the live screen draws in.
pub const MIN_HEIGHT: u16 = 16;

/// What the view reads: the words, the styles, the session and the screen's state.
pub struct View<'a> {
    /// The words of the interface.
    pub ui: &'a Catalog,
    /// The styles.
    pub theme: &'a Theme,
    /// The session.
    pub state: &'a SessionState,
    /// The screen's state.
    pub live: &'a Ui,
    /// Parts drawn once per change.
    pub cache: &'a ViewCache,
}

impl View<'_> {
    /// The questions' language and the optional second one.
    pub fn langs(&self) -> (Lang, Option<Lang>) {
        super::app::ui::langs(self.state)
    }

    /// A deep-dive role by id.
    pub fn role(&self, id: RoleId) -> Option<&crate::model::state::Role> {
        super::app::ui::role(self.state, id)
    }
}

/// The parts of the live screen drawn once per change and kept between frames.
#[derive(Debug, Default)]
pub struct ViewCache {
    /// The header as last drawn.
    pub header: RegionCache,
    /// The body as last drawn.
    pub body: RegionCache,
    /// The notes timeline, laid out once per change.
    pub timeline: Timeline,
    /// The summary's report, for the events and clock second it was built at.
    pub report: Memo<(usize, i64), crate::export::Report>,
    /// Whether the last frame drew something over the header and the body.
    pub overlaid: Cell<bool>,
    /// The note line's title, for a kind.
    pub editor_title: Memo<NoteKind, String>,
    /// The note line's keys, for a width.
    pub editor_keys: Memo<u16, String>,
    /// The status line, for the keys of a mode (by address) and a width.
    pub status: Memo<(usize, u16), String>,
}

/// Hands `f` a view of `ui` and `state` and the body's area on a screen as large as `ui`
/// says, with caches of its own: for the update, which needs to know how far a panel scrolls.
fn measured<T>(ui: &Ui, state: &SessionState, f: impl FnOnce(&View, Rect) -> T) -> T {
    let cache = ViewCache::default();
    let view = View {
        ui: &ui.catalog,
        theme: &ui.theme,
        state,
        live: ui,
        cache: &cache,
    };
    let [_, body, _, _] = areas(&view, ui.area);
    f(&view, body)
}

/// How far the summary can scroll, with the screen as large as `ui` says.
pub fn summary_scroll_end(ui: &Ui, state: &SessionState, now: Timestamp) -> u16 {
    measured(ui, state, |view, body| {
        summary_scroll_end_in(view, body, now)
    })
}

/// How many rows the question panel's text takes, with the screen as large as `ui` says.
pub fn question_rows(ui: &Ui, state: &SessionState, now: Timestamp) -> usize {
    measured(ui, state, |view, body| {
        let [_, right] = body_columns(body);
        question::rows(view, now, right.width.saturating_sub(2))
    })
}

/// The agenda's column and the question's and notes' column of the body.
fn body_columns(body: Rect) -> [Rect; 2] {
    // A third of narrow screens, 34 columns from 110, a quarter of wide ones (titles fit).
    let agenda_width = match body.width {
        w if w >= 140 => w / 4,
        w if w >= 110 => 34,
        w => w / 3,
    };
    Layout::horizontal([Constraint::Length(agenda_width), Constraint::Min(30)]).areas(body)
}

/// The header, the body, the note line and the status line of a screen of `area`.
fn areas(app: &View, area: Rect) -> [Rect; 4] {
    // The note line grows with its text, up to six rows, each as wrapped on screen.
    let inner = usize::from(area.width.saturating_sub(2)).max(1);
    let rows: usize = app
        .live
        .editor
        .area
        .lines()
        .iter()
        .map(|line| line.width().div_ceil(inner).max(1))
        .sum();
    let editor_rows = rows.clamp(1, 6) as u16 + 2;
    Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(6),
        Constraint::Length(editor_rows),
        Constraint::Length(1),
    ])
    .areas(area)
}

/// Draws the whole live screen at `now` onto `canvas`; says where the cursor goes and which
/// areas are drawn as in the previous frame.
pub fn render(
    frame: &mut Frame,
    ui: &Ui,
    state: &SessionState,
    cache: &ViewCache,
    now: Timestamp,
    canvas: Canvas,
) -> Drawn {
    let app = View {
        ui: &ui.catalog,
        theme: &ui.theme,
        state,
        live: ui,
        cache,
    };
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        cache.overlaid.set(true); // whatever was drawn before is gone
        frame.render_widget(Clear, area);
        too_small(frame, &app, area);
        return Drawn::default();
    }
    let [top, body, editor, status] = areas(&app, area);
    let key = |area| RegionKey {
        revision: ui.revision,
        events: state.event_count,
        area,
        second: (state.clock.elapsed_at(now) / 1000, now.timestamp()),
    };
    // The kept cells of the last frame are those of its regions, unless a mode covered them.
    let covered = !ui.modes.is_empty();
    let overlaid = cache.overlaid.replace(covered);
    let kept = canvas == Canvas::Kept && !overlaid;
    let mut unchanged = Vec::new();
    let (head, main) = (key(top), key(body));
    if cache.header.reuse(&head, frame.buffer_mut(), kept) {
        unchanged.push(top);
    } else {
        frame.render_widget(Clear, top);
        header::render(frame, &app, now, top);
        cache.header.store(head, frame.buffer_mut());
    }
    if cache.body.reuse(&main, frame.buffer_mut(), kept) {
        unchanged.push(body);
    } else {
        frame.render_widget(Clear, body);
        render_body(frame, &app, now, body);
        cache.body.store(main, frame.buffer_mut());
    }
    frame.render_widget(Clear, editor.union(status));
    let cursor = render_editor(frame, &app, editor);
    hints::render_status(frame, &app, status);
    // A mode, now or in the last frame, covers cells of any area.
    if !kept || covered {
        unchanged.clear();
    }
    // The note line keeps the cursor while typing goes there, whatever is open.
    let typing_a_note = ui.keymap().typing == super::keymap::Typing::Note;
    let cursor = cursor.filter(|_| typing_a_note);
    // Popups stay above the note line, which stays in view (typing goes on there).
    let above = top.union(body);
    let area = above;
    // While typing goes into a field, the terminal's cursor is there (input methods open
    // their window at it).
    let mut field = None;
    for mode in &ui.modes {
        field = match mode {
            Mode::Ratings(form) => popups::ratings(frame, &app, area, form),
            Mode::Form(form) => popups::form(frame, &app, area, form),
            Mode::Search(search) => popups::search(frame, &app, area, search),
            Mode::Scoring(scoring) => scoring::render(frame, &app, body, scoring),
            Mode::Debrief(d) => debrief::render(frame, &app, body, d, now),
            other => {
                match other {
                    Mode::Help { scroll } => popups::help(frame, &app, area, *scroll),
                    Mode::Confirm(c) => popups::confirm(frame, &app, area, *c, now),
                    Mode::Downtime { from, to } => popups::downtime(frame, &app, area, *from, *to),
                    Mode::EndCheck => popups::end_check(frame, &app, area),
                    Mode::Summary { scroll } => summary::render(frame, &app, body, *scroll, now),
                    Mode::Ratings(_)
                    | Mode::Form(_)
                    | Mode::Search(_)
                    | Mode::Scoring(_)
                    | Mode::Debrief(_) => {}
                }
                None
            }
        };
    }
    let typing_a_field = ui.keymap().typing == super::keymap::Typing::Field;
    Drawn {
        cursor: cursor.or(field.filter(|_| typing_a_field)),
        unchanged,
    }
}

/// The agenda, the question and the notes: everything between the header and the note line.
fn render_body(frame: &mut Frame, app: &View, now: Timestamp, body: Rect) {
    let [left, right] = body_columns(body);
    agenda::render(frame, app, left);
    // The question takes the rows it needs, leaving the notes at least a few.
    let question = question::lines(app, now, right.width.saturating_sub(2));
    let wanted = question.len() as u16 + 2; // title + rule
    let question_rows = wanted.clamp(5, right.height.saturating_sub(5).max(5));
    let [q_area, n_area] =
        Layout::vertical([Constraint::Length(question_rows), Constraint::Min(3)]).areas(right);
    question::render(frame, app, question, q_area, now);
    notes::render(frame, app, n_area);
}

/// Draws the note line; returns where its cursor is.
fn render_editor(frame: &mut Frame, app: &View, area: Rect) -> Option<Position> {
    let editor = &app.live.editor;
    let title = app.cache.editor_title.with(
        editor.kind,
        || {
            let kind = app.ui.t(kind_message(editor.kind));
            let marker = kind_marker(editor.kind);
            format!(
                " {marker} {} ",
                app.ui.t_with("panel-editor", &[("kind", kind.into())])
            )
        },
        |title| title.clone(),
    );
    // A quiet marker when the note mentions a protected characteristic: it never blocks.
    let review = (!editor.review.is_empty()).then(|| {
        let names: Vec<String> = editor
            .review
            .iter()
            .map(|c| crate::export::category(app.ui, *c))
            .collect();
        let text = app.ui.t_with(
            "editor-fairness",
            &[("categories", crate::export::list(app.ui, &names).into())],
        );
        Line::styled(format!(" {text} "), app.theme.warn)
    });
    let style = if editor.kind == NoteKind::Note {
        app.theme.border
    } else {
        kind_style(app.theme, editor.kind)
    };
    let title_style = if editor.kind == NoteKind::Note {
        app.theme.strong
    } else {
        kind_style(app.theme, editor.kind)
    };
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .title(Line::styled(title, title_style));
    if let Some(review) = review {
        block = block.title(review.right_aligned());
    }
    // The note line's own keys, on its lower border, while typing goes there.
    if app.live.keymap().typing == super::keymap::Typing::Note {
        let keys = app.cache.editor_keys.with(
            area.width,
            || editor_keys(app.ui, usize::from(area.width.saturating_sub(4))),
            Clone::clone,
        );
        block = block.title_bottom(Line::styled(keys, app.theme.dim).right_aligned());
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(&editor.area, inner);
    // The terminal's own cursor, where input methods (for Chinese, say) open their window.
    let at = editor.area.screen_cursor();
    let (top, left) = editor.area.scroll_offset();
    let row = u16::try_from(at.row).ok()?.checked_sub(top)?;
    let column = u16::try_from(at.col).ok()?.checked_sub(left)?;
    (row < inner.height && column < inner.width).then(|| Position {
        x: inner.x + column,
        y: inner.y + row,
    })
}

/// " Alt-Enter new line · Ctrl-T, Alt-1…Alt-7 kind ", if it fits in `room` columns.
fn editor_keys(ui: &Catalog, room: usize) -> String {
    use super::keymap::{Command, LIVE_KEYS};
    let kinds: Vec<_> = LIVE_KEYS
        .bindings()
        .filter(|b| matches!(b.command, Command::Kind(_)))
        .flat_map(|b| b.keys.first())
        .collect();
    let kinds = match (kinds.first(), kinds.last()) {
        (Some(first), Some(last)) => format!(", {first}…{last}"),
        _ => String::new(),
    };
    let text = format!(
        " {} {} · {}{kinds} {} ",
        LIVE_KEYS.key_of(Command::Newline),
        ui.t("hint-newline"),
        LIVE_KEYS.key_of(Command::NextKind),
        ui.t("hint-next-kind"),
    );
    if text.width() <= room {
        text
    } else {
        String::new()
    }
}

fn too_small(frame: &mut Frame, app: &View, area: Rect) {
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

/// A rule along one edge of `area` (the last row, or the last column); returns the rest.
fn rule(frame: &mut Frame, area: Rect, style: ratatui::style::Style, vertical: bool) -> Rect {
    let parts = [Constraint::Min(0), Constraint::Length(1)];
    let [rest, along] = if vertical {
        Layout::horizontal(parts).areas(area)
    } else {
        Layout::vertical(parts).areas(area)
    };
    let lines: Vec<Line> = if vertical {
        (0..along.height)
            .map(|_| Line::styled("│", style))
            .collect()
    } else {
        vec![Line::styled("─".repeat(usize::from(along.width)), style)]
    };
    frame.render_widget(Paragraph::new(lines), along);
    rest
}

pub use crate::i18n::{kind_marker, kind_message};

/// The style a note kind is drawn in.
pub fn kind_style(theme: &Theme, kind: NoteKind) -> ratatui::style::Style {
    use NoteKind::*;
    match kind {
        RedFlag => theme.alert,
        GreenFlag => theme.good,
        Quote | FollowUp | CheckWithReference | Feedback => theme.strong,
        Note => theme.text,
    }
}
