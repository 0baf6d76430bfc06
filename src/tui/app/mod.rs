//! The live screen: its state ([`Ui`]), what each action does to it ([`update`]), and the
//! [`App`] that turns terminal events into actions and carries out the effects.
//!
//! Every change to the session is an event recorded through the [`Journal`], fsynced before
//! the screen shows it saved: the app runs each `Record` effect synchronously, right after
//! the update that asked for it, and only then reports it saved.

mod debrief;
mod forms;
pub mod journal;
mod live;
pub mod mode;
mod scoring;
pub mod ui;
pub mod update;
#[cfg(test)]
mod update_tests;

use std::collections::VecDeque;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

use crossterm::event::{Event, KeyEventKind};

pub use journal::Journal;
pub use mode::Mode;
pub use ui::{SaveState, Ui};
pub use update::{Action, Effect, update};

use super::keymap::Input;
use super::theme::Theme;
use super::view::ViewCache;
use crate::i18n::Catalog;
use crate::model::references::References;
use crate::model::{Question, SessionState, Timestamp};

/// A gap shorter than this after a crash is not worth asking about.
const ASK_ABOUT_GAPS_FROM: chrono::TimeDelta = chrono::TimeDelta::seconds(10);

/// The live screen of one session.
pub struct App<J> {
    /// What is shown and typed.
    pub ui: Ui,
    /// The session.
    pub journal: J,
    /// The parts of the screen drawn once per change, not once per key.
    pub cache: ViewCache,
    /// Set once the user has asked to quit (and the draft is saved).
    pub quit: bool,
    /// The candidate's reference calls, while they are still being read from the store.
    references_later: Option<Receiver<Option<References>>>,
    /// Set when a time cue asks for the bell.
    bell: bool,
}

impl<J: Journal> App<J> {
    /// The live screen of `journal`'s session at `now`, for `author`. A draft left by a crash
    /// is put back in the note line, under the stop it was typed at; if the clock was running
    /// when rapport went away, the first thing asked is whether the call went on meanwhile.
    pub fn new(journal: J, author: String, catalog: Catalog, theme: Theme, now: Timestamp) -> Self {
        let state = journal.state();
        let mut ui = Ui::new(state, author, catalog, theme);
        let draft = journal.load_draft();
        let from = crate::model::last_alive(state, draft.as_ref());
        if state.clock.is_running() && now - from >= ASK_ABOUT_GAPS_FROM {
            ui.open(Mode::Downtime { from, to: now });
        }
        if let Some(draft) = draft {
            ui.editor.area.insert_str(&draft.text);
            ui.editor.kind = draft.note_kind;
            ui.editor.started = Some((draft.started_at, draft.started_ms));
            ui.editor.anchor = Some(draft.anchor);
            ui.editor.recheck();
        }
        App {
            ui,
            journal,
            cache: ViewCache::default(),
            quit: false,
            references_later: None,
            bell: false,
        }
    }

    /// The banks' questions that Ctrl-F can bring into the interview.
    pub fn with_bank(mut self, bank: Vec<Question>) -> Self {
        self.ui.bank = std::rc::Rc::from(bank);
        self
    }

    /// The screen with the candidate's reference calls, for the summary and the exports.
    pub fn with_references(mut self, references: Option<References>) -> Self {
        self.ui.references = references;
        self
    }

    /// The screen taking the candidate's reference calls from `later` once they are read
    /// (from another thread, so the first frame does not wait for the store's index).
    pub fn with_references_from(mut self, later: Receiver<Option<References>>) -> Self {
        self.references_later = Some(later);
        self
    }

    /// Takes the reference calls in, if they have arrived.
    fn receive_references(&mut self) {
        let Some(later) = &self.references_later else {
            return;
        };
        match later.try_recv() {
            Ok(references) => {
                self.ui.references = references;
                self.references_later = None;
                // The summary's report was made without them.
                self.cache.report = Default::default();
            }
            Err(TryRecvError::Empty) => {}
            Err(TryRecvError::Disconnected) => self.references_later = None,
        }
    }

    /// Says on screen that this machine recorded as `was` in the session before `--as`
    /// changed it.
    pub fn recording_instead_of(mut self, was: Option<String>) -> Self {
        self.ui.author_was = was;
        self
    }

    /// The session's state.
    pub fn state(&self) -> &SessionState {
        self.journal.state()
    }

    /// Handles one terminal event at `now`: a key through the keys of the mode in use, a
    /// paste as text.
    pub fn handle(&mut self, event: Event, now: Timestamp) {
        self.receive_references();
        let action = match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                match self.ui.keymap().input(key) {
                    Some(Input::Command(command)) => Action::Command(command),
                    Some(Input::Edit(edit)) => Action::Edit(edit),
                    None => return,
                }
            }
            Event::Paste(text) => Action::Paste(text),
            Event::Resize(width, height) => {
                Action::Resize(ratatui::layout::Rect::new(0, 0, width, height))
            }
            _ => return,
        };
        self.dispatch(action, now);
    }

    /// Takes in what other writers recorded (a hotkey note, another panelist's files), then
    /// saves the draft if it is due.
    pub fn tick(&mut self, now: Timestamp) {
        self.journal.refresh();
        self.dispatch(Action::Tick, now);
        let reading = self.journal.state().clock_at(now);
        let running = reading.started && !reading.paused && !reading.ended;
        if let Some(s) = reading.section.filter(|_| running) {
            self.bell |= self.ui.cues.ring(s.index, s.remaining_ms);
        }
    }

    /// Whether the bell is to ring (once: asking clears it).
    pub fn take_bell(&mut self) -> bool {
        std::mem::take(&mut self.bell)
    }

    /// The screen cueing the time as `cues` say.
    pub fn with_cues(mut self, cues: crate::tui::cues::Cues) -> Self {
        self.ui.cues = cues;
        self
    }

    /// Updates with `action`, then carries out its effects, feeding what came of each back
    /// as an action, until nothing is left to do.
    pub fn dispatch(&mut self, action: Action, now: Timestamp) {
        let mut actions = VecDeque::from([action]);
        while let Some(action) = actions.pop_front() {
            for effect in update(&mut self.ui, self.journal.state(), action, now) {
                if let Some(outcome) = self.run(effect, now) {
                    actions.push_back(outcome);
                }
            }
        }
    }

    /// Carries out one effect; returns what came of it.
    fn run(&mut self, effect: Effect, now: Timestamp) -> Option<Action> {
        match effect {
            Effect::Record { events, then } => {
                Some(match self.journal.record(&self.ui.author, now, events) {
                    Ok(()) => Action::Recorded(then),
                    Err(reason) => Action::RecordFailed(reason),
                })
            }
            Effect::SaveDraft(draft) => Some(match self.journal.save_draft(draft.as_ref()) {
                Ok(()) => Action::DraftSaved,
                Err(reason) => Action::DraftFailed(reason),
            }),
            Effect::Export => Some(Action::Exported(self.journal.export(
                &self.ui.catalog,
                now,
                &self.ui.author,
                self.ui.references.as_ref(),
            ))),
            Effect::Quit => {
                self.quit = true;
                None
            }
        }
    }

    /// How long the loop may sleep: until the clock shows the next second (when it runs), or
    /// the draft is due, whichever comes first — and never more than a second, so a signal
    /// is heeded promptly even while the clock is paused.
    pub fn sleep_for(&self, now: Timestamp) -> Duration {
        let state = self.journal.state();
        let mut wait = Duration::from_secs(1);
        if state.clock.is_running() {
            let elapsed = state.clock.elapsed_at(now);
            wait = wait.min(Duration::from_millis(1000 - elapsed % 1000));
        }
        if let Some(due) = self.ui.schedule.due() {
            let ms = (due - now).num_milliseconds().max(0) as u64;
            wait = wait.min(Duration::from_millis(ms));
        }
        wait
    }
}
