//! The live screen's state, and what each action does to it.
//!
//! Every change to the session goes through the store as an event, fsynced before the screen
//! shows it saved. The note being typed lives in the editor and is saved to the draft file on
//! a timer ([`DraftSchedule`]), never per keystroke.

use crossterm::event::{Event, KeyEvent, KeyEventKind};

mod popups;
use ratatui_textarea::{TextArea, WrapMode};

use super::agenda::{self, Stop};
use super::form::TextForm;
use super::keymap::{self, Action};
use super::ratings::RatingsForm;
use super::search::Search;
use super::theme::Theme;
use crate::i18n::Catalog;
use crate::model::{
    Draft, DraftSchedule, EventKind, Lang, NoteId, NoteKind, QuestionId, RoleId, Timestamp,
};
use crate::store::OpenSession;

/// A popup over the live screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Popup {
    /// The key list, scrolled down by this many keys when it does not fit.
    Help {
        /// Keys scrolled past.
        scroll: usize,
    },
    /// "Quit? (y / n)".
    ConfirmQuit,
    /// The 1–10 rule's ratings (the form is in [`App::ratings`]).
    Ratings,
    /// A new deep-dive role (the form is in [`App::form`]).
    AddRole,
    /// Whether to call this role's manager for a reference, and why (in [`App::form`]).
    Reference(RoleId),
    /// A one-line summary of the answer to a question (for a role).
    Answer(QuestionId, Option<RoleId>),
    /// A note being edited (in [`App::form`]); Ctrl-D deletes it.
    EditNote(NoteId),
    /// Finding a question (in [`App::search`]).
    Search,
    /// The scoring screen (its state is in [`App::scoring`]).
    Scoring,
    /// What is still open before ending: questions not asked, criteria not scored.
    EndCheck,
    /// The summary, scrolled down by this many rows.
    Summary {
        /// Rows scrolled past.
        scroll: u16,
    },
    /// rapport was down from `from` to `to` (a crash): did the call go on meanwhile?
    Downtime {
        /// The last moment rapport was known to be running.
        from: Timestamp,
        /// When it came back.
        to: Timestamp,
    },
}

/// A gap shorter than this after a crash is not worth asking about.
const ASK_ABOUT_GAPS_FROM: chrono::TimeDelta = chrono::TimeDelta::seconds(10);

/// Whether the last change reached the disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Everything so far is on disk.
    Saved,
    /// The last change could not be saved; why.
    Failed(String),
}

/// The note being typed.
pub struct NoteEditor {
    /// The text area.
    pub area: TextArea<'static>,
    /// The kind chosen.
    pub kind: NoteKind,
    /// When its first keystroke was typed, and the interview clock then.
    pub started: Option<(Timestamp, u64)>,
}

impl NoteEditor {
    fn new(placeholder: String) -> Self {
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
        }
    }

    /// The text typed so far.
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// Whether nothing has been typed (or all of it was deleted).
    pub fn is_empty(&self) -> bool {
        self.area.lines().iter().all(|l| l.is_empty())
    }
}

/// The live screen.
pub struct App {
    /// The session, open for writing.
    pub session: OpenSession,
    /// Who is typing.
    pub author: String,
    /// The words of the interface.
    pub ui: Catalog,
    /// The styles.
    pub theme: Theme,
    /// The note being typed.
    pub editor: NoteEditor,
    /// Every stop of the agenda.
    pub stops: Vec<Stop>,
    /// The stop shown.
    pub at: usize,
    /// A popup, if one is open.
    pub popup: Option<Popup>,
    /// Whether the last change reached the disk.
    pub save: SaveState,
    /// The selected note, counted back from the newest (0 = the newest), if any.
    pub selected_note: Option<usize>,
    /// When the draft is next due on disk.
    pub schedule: DraftSchedule,
    /// Set when the user has asked to quit.
    pub quit: bool,
    /// The 1–10 rule's form, while it is open.
    pub ratings: RatingsForm,
    /// The text form of the role and reference popups.
    pub form: TextForm,
    /// Every bank's questions in the session's languages, for finding one to bring in.
    pub bank: Vec<crate::model::Question>,
    /// The search popup's state.
    pub search: Search,
    /// The notes timeline, laid out once per change.
    pub timeline: crate::tui::timeline::Timeline,
    /// The scoring screen's selection and mode.
    pub scoring: crate::tui::scoring::Scoring,
    /// What the last export from the summary did (a path, or why it failed).
    pub notice: Option<String>,
    /// The summary's report, for the events and clock second it was built at.
    pub report: crate::tui::region_cache::Memo<(usize, i64), crate::export::Report>,
    /// How far the summary can scroll, as last drawn.
    pub summary_end: std::cell::Cell<u16>,
    /// The header of the live screen as last drawn.
    pub header: crate::tui::region_cache::RegionCache,
    /// The body of the live screen as last drawn.
    pub body: crate::tui::region_cache::RegionCache,
    /// Whether the last frame drew a popup over the screen.
    pub overlaid: std::cell::Cell<bool>,
    /// The status line, for a width.
    pub status_line: crate::tui::region_cache::Memo<u16, String>,
    /// The note line's title, for a kind.
    pub editor_title: crate::tui::region_cache::Memo<NoteKind, String>,
}

impl App {
    /// The live screen of an open session at `now`. A draft left by a crash is put back in the
    /// editor, and if the clock was running when rapport went away, the first thing asked is
    /// whether the call went on meanwhile.
    pub fn new(
        session: OpenSession,
        author: String,
        ui: Catalog,
        theme: Theme,
        now: Timestamp,
    ) -> Self {
        let state = session.state();
        let stops = agenda::stops(state);
        let at = agenda::resume_at(&stops, state);
        let mut editor = NoteEditor::new(ui.t("editor-placeholder"));
        let draft = session.files().load_draft();
        let from = crate::model::last_alive(state, draft.as_ref());
        let popup = (state.clock.is_running() && now - from >= ASK_ABOUT_GAPS_FROM)
            .then_some(Popup::Downtime { from, to: now });
        if let Some(draft) = draft {
            editor.area.insert_str(&draft.text);
            editor.kind = draft.note_kind;
            editor.started = Some((draft.started_at, draft.started_ms));
        }
        App {
            session,
            author,
            ui,
            theme,
            editor,
            stops,
            at,
            popup,
            save: SaveState::Saved,
            selected_note: None,
            schedule: DraftSchedule::default(),
            quit: false,
            ratings: RatingsForm::default(),
            form: TextForm::default(),
            bank: Vec::new(),
            search: Search::default(),
            timeline: Default::default(),
            scoring: Default::default(),
            header: Default::default(),
            body: Default::default(),
            overlaid: Default::default(),
            status_line: Default::default(),
            notice: None,
            summary_end: Default::default(),
            report: Default::default(),
            editor_title: Default::default(),
        }
    }

    /// The banks' questions that Ctrl-F can bring into the interview.
    pub fn with_bank(mut self, bank: Vec<crate::model::Question>) -> Self {
        self.bank = bank;
        self
    }

    /// The questions' language and the optional second one.
    pub fn langs(&self) -> (Lang, Option<Lang>) {
        let h = &self.session.state().header;
        (h.lang, h.second_lang)
    }

    /// Handles one terminal event at `now`.
    pub fn handle(&mut self, event: Event, now: Timestamp) {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.key(key, now),
            Event::Paste(text) if self.popup.is_none() => self.type_into_note(now, |area| {
                area.insert_str(text.replace("\r\n", "\n").replace('\r', "\n"));
            }),
            _ => {}
        }
    }

    fn key(&mut self, key: KeyEvent, now: Timestamp) {
        if let Some(popup) = self.popup.clone() {
            return self.popup_key(popup, key, now);
        }
        match keymap::live(key, self.editor.is_empty()) {
            Some(action) => self.act(action, now),
            None => self.type_into_note(now, |area| {
                area.input(key);
            }),
        }
    }

    /// Does what an action asks, at `now`.
    pub fn act(&mut self, action: Action, now: Timestamp) {
        match action {
            Action::Commit => self.commit(now),
            Action::Newline => self.type_into_note(now, |area| area.insert_newline()),
            Action::NextKind => {
                let i = NoteKind::ALL
                    .iter()
                    .position(|k| *k == self.editor.kind)
                    .unwrap_or(0);
                self.editor.kind = NoteKind::ALL[(i + 1) % NoteKind::ALL.len()];
                self.schedule.changed(now);
            }
            Action::NextQuestion => self.go_to(self.at + 1, now),
            Action::PreviousQuestion => self.at = self.at.saturating_sub(1),
            Action::SkipQuestion => {
                let shown = self.stops.get(self.at).cloned();
                if let Some((question, role)) = shown.and_then(|s| Some((s.question?, s.role))) {
                    self.record(now, vec![EventKind::QuestionSkipped { question, role }]);
                }
                self.go_to(self.at + 1, now);
            }
            Action::NextSection => {
                if let Some(next) = agenda::next_section(&self.stops, self.at) {
                    self.go_to(next, now);
                }
            }
            Action::TogglePause => {
                let kind = if self.session.state().clock_at(now).paused {
                    EventKind::ClockResumed
                } else {
                    EventKind::ClockPaused
                };
                self.record(now, vec![kind]);
            }
            Action::ScrollNotesUp => {
                let last = self.session.state().visible_notes().len().saturating_sub(1);
                self.selected_note = Some(self.selected_note.map_or(0, |n| (n + 1).min(last)));
            }
            Action::ScrollNotesDown => {
                self.selected_note = self.selected_note.and_then(|n| n.checked_sub(1))
            }
            Action::Answer => {
                let shown = self.stops.get(self.at).cloned();
                if let Some((question, role)) = shown.and_then(|s| Some((s.question?, s.role))) {
                    let summary = self
                        .session
                        .state()
                        .question_progress(&question, role)
                        .and_then(|p| p.summary.clone());
                    self.form = TextForm::with(vec![summary.unwrap_or_default()]);
                    self.popup = Some(Popup::Answer(question, role));
                }
            }
            Action::EditNote => {
                let notes = self.session.state().visible_notes();
                let back = self.selected_note.unwrap_or(0);
                if let Some(note) = notes.len().checked_sub(back + 1).map(|i| notes[i]) {
                    self.form = TextForm::with(vec![note.text.clone()]);
                    self.popup = Some(Popup::EditNote(note.id));
                }
            }
            Action::Help => self.popup = Some(Popup::Help { scroll: 0 }),
            Action::AddRole => {
                self.form = TextForm::new(5);
                self.popup = Some(Popup::AddRole);
            }
            Action::MarkReference => {
                let shown = self.stops.get(self.at).and_then(|s| s.role);
                let role = shown.or_else(|| self.session.state().roles.last().map(|r| r.id));
                if let Some(role) = role {
                    let reason = self
                        .role(role)
                        .and_then(|r| r.details.call_reference.clone());
                    self.form = TextForm::with(vec![reason.unwrap_or_default()]);
                    self.popup = Some(Popup::Reference(role));
                }
            }
            Action::Search => {
                let (lang, second) = self.langs();
                let langs: Vec<Lang> = [Some(lang), second].into_iter().flatten().collect();
                self.search = Search::new(&self.session.state().plan, &self.bank, &langs);
                self.popup = Some(Popup::Search);
            }
            Action::Ratings => {
                self.ratings = RatingsForm::from_state(self.session.state());
                self.popup = Some(Popup::Ratings);
            }
            Action::Scoring => {
                self.scoring.mode = Default::default();
                self.popup = Some(Popup::Scoring);
            }
            Action::Summary => {
                self.notice = None;
                self.popup = Some(Popup::Summary { scroll: 0 });
            }
            Action::End if self.session.state().ended_at.is_some() => {
                self.popup = Some(Popup::Summary { scroll: 0 })
            }
            Action::End => self.popup = Some(Popup::EndCheck),
            Action::Quit => self.popup = Some(Popup::ConfirmQuit),
            Action::QuitNow => {
                self.save_draft(now);
                self.quit = true;
            }
            Action::ClosePopup => self.popup = None,
        }
    }

    /// Moves to stop `to` (if it exists): entering its section and asking its question are
    /// recorded, the first time.
    fn go_to(&mut self, to: usize, now: Timestamp) {
        let Some(stop) = self.stops.get(to).cloned() else {
            return;
        };
        self.at = to;
        let state = self.session.state();
        let section = state.plan.format.sections[stop.section].id.clone();
        let mut events = Vec::new();
        if state.current_section() != Some(&section) {
            events.push(EventKind::SectionEntered { section });
        }
        if let Some(question) = stop.question {
            let role = stop.role;
            let asked = state
                .question_progress(&question, role)
                .is_some_and(|p| p.asked);
            if !asked {
                events.push(EventKind::QuestionAsked { question, role });
            }
        }
        if !events.is_empty() {
            self.record(now, events);
        }
    }

    /// Types into the note: the first keystroke stamps the note's time.
    fn type_into_note(&mut self, now: Timestamp, edit: impl FnOnce(&mut TextArea<'static>)) {
        edit(&mut self.editor.area);
        if self.editor.is_empty() {
            self.editor.started = None;
        } else if self.editor.started.is_none() {
            let elapsed = self.session.state().clock.elapsed_at(now);
            self.editor.started = Some((now, elapsed));
        }
        self.schedule.changed(now);
    }

    fn commit(&mut self, now: Timestamp) {
        let text = self.editor.text();
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let (started_at, started_ms) = self
            .editor
            .started
            .unwrap_or_else(|| (now, self.session.state().clock.elapsed_at(now)));
        let kind = EventKind::NoteAdded {
            note_kind: self.editor.kind,
            text: text.to_owned(),
            anchor: self.anchor(),
            started_at,
            started_ms,
        };
        if self.record(now, vec![kind]) {
            self.editor = NoteEditor::new(self.ui.t("editor-placeholder"));
            self.selected_note = None;
            self.schedule.changed(now);
            self.save_draft(now);
        }
    }

    /// Where a note taken now belongs: the section and question shown.
    fn anchor(&self) -> crate::model::Anchor {
        let state = self.session.state();
        let stop = self.stops.get(self.at);
        crate::model::Anchor {
            section: stop.map(|s| state.plan.format.sections[s.section].id.clone()),
            question: stop.and_then(|s| s.question.clone()),
            role: stop.and_then(|s| s.role),
        }
    }

    /// A deep-dive role by id.
    pub fn role(&self, id: RoleId) -> Option<&crate::model::state::Role> {
        self.session.state().roles.iter().find(|r| r.id == id)
    }

    /// Appends events; on failure the screen says so and nothing shows as saved.
    fn record(&mut self, now: Timestamp, events: Vec<EventKind>) -> bool {
        match self.session.record(&self.author, now, events) {
            Ok(_) => {
                self.save = SaveState::Saved;
                true
            }
            Err(err) => {
                tracing::error!(%err, "an event could not be saved");
                self.save = SaveState::Failed(err.to_string());
                false
            }
        }
    }

    /// Saves the draft if it is due.
    pub fn tick(&mut self, now: Timestamp) {
        if self.schedule.is_due(now) {
            self.save_draft(now);
        }
    }

    /// Writes the note being typed to the draft file (or removes the file when there is none).
    fn save_draft(&mut self, now: Timestamp) {
        let files = self.session.files();
        let result = match self.editor.started.filter(|_| !self.editor.is_empty()) {
            None => files.clear_draft(),
            Some((started_at, started_ms)) => files.save_draft(&Draft {
                text: self.editor.text(),
                note_kind: self.editor.kind,
                anchor: self.anchor(),
                started_at,
                started_ms,
                saved_at: now,
            }),
        };
        match result {
            Ok(()) => self.schedule.saved(),
            Err(err) => {
                tracing::error!(%err, "the draft could not be saved");
                self.save = SaveState::Failed(err.to_string());
            }
        }
    }
}
