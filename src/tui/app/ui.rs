//! The live screen's own state: what is shown and typed, never the session itself (that is
//! the fold of its events, passed in).

use ratatui::layout::Rect;
use ratatui_textarea::{TextArea, WrapMode};

use super::mode::Mode;
use crate::i18n::Catalog;
use crate::model::{
    Anchor, Draft, DraftSchedule, Lang, NoteKind, Question, RoleId, SessionState, Timestamp,
};
use crate::tui::agenda::{self, Stop};
use crate::tui::keymap::{Keymap, LIVE_KEYS};
use crate::tui::theme::Theme;

/// Whether the last change reached the disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Everything so far is on disk.
    Saved,
    /// A change could not be saved: why, and since when nothing is.
    Failed {
        /// The cause, in a few words ("no space left on device").
        reason: String,
        /// When the first failure happened.
        since: Timestamp,
    },
}

/// The note being typed.
#[derive(Debug, Clone)]
pub struct NoteEditor {
    /// The text area.
    pub area: TextArea<'static>,
    /// The kind chosen.
    pub kind: NoteKind,
    /// When its first keystroke was typed, and the interview clock then.
    pub started: Option<(Timestamp, u64)>,
    /// Where it belongs: the stop shown at its first keystroke (or, for a draft brought back
    /// after a crash, the stop it was typed at).
    pub anchor: Option<Anchor>,
    /// The protected characteristics the text mentions, for a quiet marker (never a block).
    pub review: Vec<crate::text::fairness::Category>,
}

impl NoteEditor {
    /// An empty note line showing `placeholder`.
    pub fn new(placeholder: String) -> Self {
        let mut area = TextArea::default();
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_placeholder_text(placeholder);
        area.set_cursor_line_style(ratatui::style::Style::new());
        // The terminal's cursor marks the place (see `view::render_editor`).
        area.set_cursor_style(ratatui::style::Style::new());
        NoteEditor {
            area,
            kind: NoteKind::Note,
            started: None,
            anchor: None,
            review: Vec::new(),
        }
    }

    /// Looks at the text again for what the fairness guard marks.
    pub fn recheck(&mut self) {
        self.review = crate::text::fairness::Guard::builtin().categories(&self.text());
    }

    /// The text typed so far.
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// Whether nothing has been typed (or all of it was deleted).
    pub fn is_empty(&self) -> bool {
        self.area.lines().iter().all(|l| l.is_empty())
    }

    /// The draft to keep on disk at `now`, if anything is typed.
    pub fn draft(&self, now: Timestamp) -> Option<Draft> {
        let (started_at, started_ms) = self.started.filter(|_| !self.is_empty())?;
        Some(Draft {
            text: self.text(),
            note_kind: self.kind,
            anchor: self.anchor.clone().unwrap_or_default(),
            started_at,
            started_ms,
            saved_at: now,
        })
    }
}

/// Everything the live screen shows or holds besides the session.
#[derive(Debug)]
pub struct Ui {
    /// Who is typing: the panelist every event is recorded as.
    pub author: String,
    /// Who this machine recorded as before `--as` changed it, if it did.
    pub author_was: Option<String>,
    /// The words of the interface.
    pub catalog: Catalog,
    /// The styles.
    pub theme: Theme,
    /// The note being typed.
    pub editor: NoteEditor,
    /// Every stop of the agenda.
    pub stops: Vec<Stop>,
    /// The stop shown.
    pub at: usize,
    /// Rows the question panel is scrolled down by.
    pub question_scroll: u16,
    /// The modes open over the live screen, the one in use last.
    pub modes: Vec<Mode>,
    /// Whether the last change reached the disk.
    pub save: SaveState,
    /// The selected note, counted back from the newest (0 = the newest), if any.
    pub selected_note: Option<usize>,
    /// When the draft is next due on disk.
    pub schedule: DraftSchedule,
    /// Every bank's questions in the session's languages, for finding one to bring in.
    pub bank: std::rc::Rc<[Question]>,
    /// The candidate's reference calls beside their predictions, when any are known.
    pub references: Option<crate::model::references::References>,
    /// When the clock cues the time left, and whether it rings.
    pub cues: crate::tui::cues::Cues,
    /// A passing message: what the last export did, who you are recorded as.
    pub notice: Option<String>,
    /// Bumped by every change of what is shown but the note line's text: what a cache of the
    /// screen's other parts depends on.
    pub revision: u64,
    /// The terminal's size, for what scrolls.
    pub area: Rect,
}

impl Ui {
    /// The live screen of `state` for `author`, at the stop the interview was last shown.
    pub fn new(state: &SessionState, author: String, catalog: Catalog, theme: Theme) -> Self {
        let stops = agenda::stops(state);
        let at = agenda::resume_at(&stops, state);
        let editor = NoteEditor::new(placeholder(&catalog));
        Ui {
            author,
            author_was: None,
            catalog,
            theme,
            editor,
            stops,
            at,
            question_scroll: 0,
            modes: Vec::new(),
            save: SaveState::Saved,
            selected_note: None,
            schedule: DraftSchedule::default(),
            bank: std::rc::Rc::from(Vec::new()),
            references: None,
            cues: Default::default(),
            notice: None,
            revision: 0,
            area: Rect::new(0, 0, 120, 40),
        }
    }

    /// The mode in use, if any is open over the live screen.
    pub fn mode(&self) -> Option<&Mode> {
        self.modes.last()
    }

    /// The mode in use, to change.
    pub fn mode_mut(&mut self) -> Option<&mut Mode> {
        self.modes.last_mut()
    }

    /// The keys of the mode in use.
    pub fn keymap(&self) -> &'static Keymap {
        self.mode().map_or(&LIVE_KEYS, Mode::keymap)
    }

    /// The keys of the mode beneath the help (what the help lists).
    pub fn keymap_beneath_help(&self) -> &'static Keymap {
        let beneath = self
            .modes
            .iter()
            .rev()
            .find(|m| !matches!(m, Mode::Help { .. }));
        beneath.map_or(&LIVE_KEYS, Mode::keymap)
    }

    /// Opens `mode` over what is open; a mode of its kind already open is returned to instead
    /// (F10 from the summary and F12 from scoring go back and forth, not deeper). The scoring
    /// screen and the summary are returned to as they were left (the criterion selected, the
    /// scroll); any other mode opens afresh.
    pub fn open(&mut self, mode: Mode) {
        let same = |m: &Mode| std::mem::discriminant(m) == std::mem::discriminant(&mode);
        match self.modes.iter().position(same) {
            Some(i) if mode.is_panel() => self.modes.truncate(i + 1),
            Some(i) => {
                self.modes.truncate(i);
                self.modes.push(mode);
            }
            None => self.modes.push(mode),
        }
    }

    /// Closes the mode in use.
    pub fn close(&mut self) {
        self.modes.pop();
    }

    /// The stop shown.
    pub fn stop(&self) -> Option<&Stop> {
        self.stops.get(self.at)
    }

    /// Where a note taken now belongs: the section and question shown.
    pub fn anchor(&self, state: &SessionState) -> Anchor {
        let stop = self.stop();
        Anchor {
            section: stop
                .and_then(|s| state.plan.format.sections.get(s.section))
                .map(|s| s.id.clone()),
            question: stop.and_then(|s| s.question.clone()),
            role: stop.and_then(|s| s.role),
        }
    }

    /// Follows a change of the session: the agenda again, staying on the stop shown.
    pub fn sync(&mut self, state: &SessionState) {
        let shown = self.stop().cloned();
        self.stops = agenda::stops(state);
        if let Some(at) = shown.and_then(|s| self.stops.iter().position(|t| *t == s)) {
            self.at = at;
        }
        self.at = self.at.min(self.stops.len().saturating_sub(1));
        let notes = state.visible_notes().len();
        if self.selected_note.is_some_and(|n| n >= notes) {
            self.selected_note = notes.checked_sub(1);
        }
    }
}

/// What the empty note line says: how to take a note, and the key that saves it.
pub fn placeholder(catalog: &Catalog) -> String {
    use crate::tui::keymap::Command;
    let key = LIVE_KEYS.key_of(Command::Commit);
    catalog.t_with("editor-placeholder", &[("key", key.into())])
}

/// The questions' language and the optional second one.
pub fn langs(state: &SessionState) -> (Lang, Option<Lang>) {
    (state.header.lang, state.header.second_lang)
}

/// A deep-dive role by id.
pub fn role(state: &SessionState, id: RoleId) -> Option<&crate::model::state::Role> {
    state.roles.iter().find(|r| r.id == id)
}
