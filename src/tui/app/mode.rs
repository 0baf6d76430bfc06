//! The modes over the live screen. Each owns its state, and each names its keys.

use super::super::debrief::{self, Debriefing};
use super::super::keymap::{self, Keymap};
use super::super::ratings::RatingsForm;
use super::super::scoring::{Scoring, Step};
use super::super::search::Search;
use super::super::text_input::TextInput;
use crate::model::{NoteId, NoteKind, QuestionId, RoleId, Timestamp};

/// A mode over the live screen; they stack (the help over scoring, a confirmation over a form).
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    /// The keys of the mode beneath, scrolled down by this many keys when they do not fit.
    Help {
        /// Keys scrolled past.
        scroll: usize,
    },
    /// A question that only its own key answers yes.
    Confirm(Confirm),
    /// rapport was down from `from` to `to` (a crash): did the call go on meanwhile?
    Downtime {
        /// The last moment rapport was known to be running.
        from: Timestamp,
        /// When it came back.
        to: Timestamp,
    },
    /// The 1–10 rule's names and ratings (boxed: eight text fields).
    Ratings(Box<RatingsForm>),
    /// A form of text fields.
    Form(Form),
    /// Finding a question (boxed: its query is a text field).
    Search(Box<Search>),
    /// The scoring screen.
    Scoring(Scoring),
    /// What is still open before ending: questions not asked, criteria not scored.
    EndCheck,
    /// The summary, scrolled down by this many rows.
    Summary {
        /// Rows scrolled past.
        scroll: u16,
    },
    /// The debrief: the panel's scores side by side, and the panel's decision.
    Debrief(Debriefing),
}

/// What a confirmation is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// Leaving rapport.
    Quit,
    /// Submitting the panelist's scores.
    Submit,
    /// Deleting a note.
    Delete(NoteId),
    /// Reopening an ended interview.
    Reopen,
}

/// A form of text fields, and what it is for.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    /// What the form records.
    pub purpose: Purpose,
    /// Its fields, in order.
    pub fields: Vec<TextInput>,
    /// The field with the cursor.
    pub at: usize,
    /// The kind a note being edited will have.
    pub kind: NoteKind,
    /// Why the last Enter saved nothing, as a message id.
    pub problem: Option<&'static str>,
}

/// What a form records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    /// A new deep-dive role: employer, title, from, to, manager.
    AddRole,
    /// Why to call a role's manager for a reference (empty to unmark).
    Reference(RoleId),
    /// The summary of an answer to a question (for a role).
    Answer(QuestionId, Option<RoleId>),
    /// A saved note's new text and kind.
    EditNote(NoteId),
    /// In a reference call: the referee's own 1–10 rating of the candidate (empty clears it).
    RefereeRating,
}

impl Form {
    /// A form for `purpose` holding `values`, one per field.
    pub fn new(purpose: Purpose, values: &[&str]) -> Self {
        let fields = values
            .iter()
            .map(|v| match purpose {
                Purpose::EditNote(_) => TextInput::multiline(v),
                _ => TextInput::new(v),
            })
            .collect();
        Form {
            purpose,
            fields,
            at: 0,
            kind: NoteKind::Note,
            problem: None,
        }
    }

    /// Field `i`, trimmed; `None` when empty.
    pub fn value(&self, i: usize) -> Option<String> {
        self.fields.get(i).and_then(TextInput::value)
    }

    /// The field with the cursor.
    pub fn focused(&mut self) -> Option<&mut TextInput> {
        self.fields.get_mut(self.at)
    }

    /// The form's keys.
    pub fn keymap(&self) -> &'static Keymap {
        match self.purpose {
            Purpose::AddRole => &keymap::FIELDS_KEYS,
            Purpose::EditNote(_) => &keymap::EDIT_NOTE_KEYS,
            Purpose::Reference(_) | Purpose::Answer(..) | Purpose::RefereeRating => {
                &keymap::FIELD_KEYS
            }
        }
    }

    /// Moves the cursor to the next field (`forward`) or the previous one.
    pub fn step(&mut self, forward: bool) {
        let n = self.fields.len().max(1);
        self.at = if forward {
            (self.at + 1) % n
        } else {
            (self.at + n - 1) % n
        };
    }
}

impl Mode {
    /// The keys of this mode.
    pub fn keymap(&self) -> &'static Keymap {
        match self {
            Mode::Help { .. } => &keymap::HELP_KEYS,
            Mode::Confirm(Confirm::Quit) => &keymap::CONFIRM_QUIT_KEYS,
            Mode::Confirm(Confirm::Submit) => &keymap::CONFIRM_SUBMIT_KEYS,
            Mode::Confirm(Confirm::Delete(_)) => &keymap::CONFIRM_DELETE_KEYS,
            Mode::Confirm(Confirm::Reopen) => &keymap::CONFIRM_REOPEN_KEYS,
            Mode::Downtime { .. } => &keymap::DOWNTIME_KEYS,
            Mode::Ratings(_) => &keymap::FIELDS_KEYS,
            Mode::Form(form) => form.keymap(),
            Mode::Search(_) => &keymap::SEARCH_KEYS,
            Mode::Scoring(scoring) => match scoring.step {
                Step::Criteria => &keymap::SCORING_KEYS,
                Step::Evidence { .. } => &keymap::EVIDENCE_KEYS,
                Step::Rationale(_) => &keymap::FIELD_KEYS,
            },
            Mode::EndCheck => &keymap::END_CHECK_KEYS,
            Mode::Summary { .. } => &keymap::SUMMARY_KEYS,
            Mode::Debrief(d) => match d.step {
                debrief::Step::Grid => &keymap::DEBRIEF_KEYS,
                debrief::Step::Decision { .. } => &keymap::DECISION_KEYS,
            },
        }
    }

    /// Whether the mode covers the live screen's body (the note line stays in view).
    pub fn is_panel(&self) -> bool {
        matches!(
            self,
            Mode::Scoring(_) | Mode::Summary { .. } | Mode::Debrief(_)
        )
    }
}
