//! Keys → commands: one table per mode. The key handler, the help overlay and the footer all
//! read the same tables, and every label is made from the key itself, so what a screen says a
//! key does is what it does.
//!
//! While a session is open, commands sit only on keys that type nothing (Ctrl, Alt, F-keys,
//! arrows, Tab, Enter, Esc, PgUp/PgDn): a printable character, with or without Shift, always
//! types — into the note, or into the field the mode is about ([`Typing`]).

use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::text_input::{Edit, edit_of};
use crate::model::NoteKind;

/// A key and the Ctrl/Alt it is pressed with (Shift only changes what is typed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Ctrl and/or Alt, or none.
    pub modifiers: KeyModifiers,
}

impl Key {
    /// A key on its own.
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            modifiers: KeyModifiers::NONE,
        }
    }

    /// Ctrl and a letter.
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            modifiers: KeyModifiers::CONTROL,
        }
    }

    /// Alt and a key.
    pub const fn alt(code: KeyCode) -> Key {
        Key {
            code,
            modifiers: KeyModifiers::ALT,
        }
    }

    /// The key a terminal event is: Shift dropped, and a letter held with Ctrl or Alt
    /// lower-cased (Ctrl-Shift-N is Ctrl-N).
    pub fn of(event: KeyEvent) -> Key {
        let modifiers = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        let code = match event.code {
            KeyCode::Char(c) if !modifiers.is_empty() => KeyCode::Char(c.to_ascii_lowercase()),
            code => code,
        };
        Key { code, modifiers }
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            // A letter with Ctrl or Alt reads as a capital (Ctrl-T); one on its own, as typed.
            KeyCode::Char(c) if self.modifiers.is_empty() => write!(f, "{c}"),
            KeyCode::Char(c) => write!(f, "{}", c.to_ascii_uppercase()),
            KeyCode::F(n) => write!(f, "F{n}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Del"),
            KeyCode::Insert => f.write_str("Ins"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// What a key asks for. What a command does depends on the mode it is pressed in (the
/// binding's help says which); [`update`](super::app::update) carries it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Save the note being typed.
    Commit,
    /// A new line in the note.
    Newline,
    /// Cycle the kind of the note being typed (or edited).
    NextKind,
    /// Give the note being typed this kind.
    Kind(NoteKind),
    /// Move to the next question.
    NextQuestion,
    /// Move back to the previous question.
    PreviousQuestion,
    /// Skip the question shown, and move on.
    SkipQuestion,
    /// Move to the next section's first question.
    NextSection,
    /// Pause or resume the interview clock.
    TogglePause,
    /// Open the help for the keys of the mode in use.
    Help,
    /// Open the 1–10 rule's ratings.
    Ratings,
    /// Open the scoring screen.
    Scoring,
    /// Open the summary.
    Summary,
    /// End the interview after the coverage check (or reopen it, once ended).
    End,
    /// Add a role of the candidate's career to the deep-dive.
    AddRole,
    /// Mark the shown role's manager for a reference call.
    MarkReference,
    /// Sum up the answer to the question shown.
    Answer,
    /// Edit the selected note, or the newest.
    EditNote,
    /// Find a question, in the plan or the banks.
    Search,
    /// Quit, after a confirmation.
    Quit,
    /// Quit at once (everything is saved).
    QuitNow,
    /// Select the note before the selected one (the newest, at first).
    SelectOlderNote,
    /// Select the note after the selected one (none, past the newest).
    SelectNewerNote,
    /// Clear the note selection.
    ClearSelection,
    /// Bring back the note deleted last.
    RestoreNote,
    /// Scroll the question panel down (when what to listen for does not fit).
    QuestionDown,
    /// Scroll the question panel up.
    QuestionUp,
    /// Close the mode (a form: without saving).
    Back,
    /// Up a row.
    Up,
    /// Down a row.
    Down,
    /// Up a page.
    PageUp,
    /// Down a page.
    PageDown,
    /// To the top.
    Top,
    /// To the bottom.
    Bottom,
    /// The next field of a form.
    NextField,
    /// The previous field of a form.
    PreviousField,
    /// Left: a lower level, an earlier choice.
    Left,
    /// Right: a higher level, a later choice.
    Right,
    /// Save what the form holds.
    Save,
    /// Yes, do what this confirmation is about.
    Confirm,
    /// The other answer of a question: the time since is left off the clock.
    LeaveOutGap,
    /// Pick the notes that back the selected score.
    Evidence,
    /// Pick or drop the highlighted note as evidence.
    TogglePick,
    /// The next recommendation.
    NextRecommendation,
    /// Write why (the recommendation's rationale).
    Rationale,
    /// Submit the scores (after a confirmation).
    Submit,
    /// Delete the note being edited (after a confirmation).
    DeleteNote,
    /// Write the summary's exports.
    Export,
    /// Home: start a new interview.
    NewInterview,
    /// Home: open the demo.
    Demo,
}

/// One row of a table: the keys, their command, and what the help and the footer say.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// The keys that trigger it.
    pub keys: &'static [Key],
    /// The command.
    pub command: Command,
    /// The help's description (a message id).
    pub help: &'static str,
    /// The footer's word for it (a message id), when the footer shows it.
    pub hint: Option<&'static str>,
}

impl Binding {
    /// The keys as a label: "Ctrl-N, PgDn"; a run of more than two keys as "Alt-1…Alt-7".
    pub fn label(&self) -> String {
        match self.keys {
            [] => String::new(),
            [first, .., last] if self.keys.len() > 2 => format!("{first}…{last}"),
            keys => keys
                .iter()
                .map(Key::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// Where printable keys go in a mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typing {
    /// Into the note line.
    Note,
    /// Into the mode's own text field.
    Field,
    /// Nowhere: no session is open (the home list), so letters may be commands.
    Nothing,
}

/// A mode's keys: its tables, in the order the help lists them, and where typing goes.
#[derive(Debug)]
pub struct Keymap {
    /// The tables; a key is looked up in each, in order.
    pub parts: &'static [&'static [Binding]],
    /// Where printable keys go.
    pub typing: Typing,
}

/// What a key does in a mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// A command.
    Command(Command),
    /// An edit of the text the mode types into.
    Edit(Edit),
}

impl Keymap {
    /// Every binding, in help order.
    pub fn bindings(&self) -> impl Iterator<Item = &'static Binding> + '_ {
        self.parts.iter().flat_map(|part| part.iter())
    }

    /// The command bound to `key`, if any.
    pub fn command(&self, key: Key) -> Option<Command> {
        self.bindings()
            .find(|b| b.keys.contains(&key))
            .map(|b| b.command)
    }

    /// The first key of `command` here, as a label ("F7"); empty when it has none.
    pub fn key_of(&self, command: Command) -> String {
        self.bindings()
            .find(|b| b.command == command)
            .and_then(|b| b.keys.first())
            .map_or(String::new(), Key::to_string)
    }

    /// What a terminal key event does here: its command, else an edit of the text typed into
    /// (never both, and nothing for a key that is neither).
    pub fn input(&self, event: KeyEvent) -> Option<Input> {
        if let Some(command) = self.command(Key::of(event)) {
            return Some(Input::Command(command));
        }
        match self.typing {
            Typing::Nothing => None,
            Typing::Note | Typing::Field => edit_of(event).map(Input::Edit),
        }
    }
}

use KeyCode::{BackTab, Down, End, Enter, Esc, F, Home, Left, PageDown, PageUp, Right, Tab, Up};

const fn bind(
    keys: &'static [Key],
    command: Command,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        keys,
        command,
        help,
        hint,
    }
}

const fn plain(code: KeyCode) -> Key {
    Key::plain(code)
}

const fn ctrl(c: char) -> Key {
    Key::ctrl(c)
}

const fn alt(code: KeyCode) -> Key {
    Key::alt(code)
}

/// Keys of every mode while a session is open.
const ALWAYS: &[Binding] = &[bind(&[ctrl('c')], Command::QuitNow, "help-quit-now", None)];

/// The help key, in every mode but the help itself.
const HELP_KEY: &[Binding] = &[bind(
    &[plain(F(1))],
    Command::Help,
    "help-help",
    Some("hint-help"),
)];

/// The note line's keys, in every mode where typing goes into the note.
#[rustfmt::skip]
const NOTE: &[Binding] = &[
    bind(&[plain(Enter)], Command::Commit, "help-commit", Some("hint-commit")),
    bind(&[alt(Enter), ctrl('j')], Command::Newline, "help-newline", None),
    bind(&[ctrl('t')], Command::NextKind, "help-next-kind", None),
    bind(&[alt(KeyCode::Char('1'))], Command::Kind(NoteKind::Note), "help-kind", None),
    bind(&[alt(KeyCode::Char('2'))], Command::Kind(NoteKind::Quote), "help-kind", None),
    bind(&[alt(KeyCode::Char('3'))], Command::Kind(NoteKind::RedFlag), "help-kind", None),
    bind(&[alt(KeyCode::Char('4'))], Command::Kind(NoteKind::GreenFlag), "help-kind", None),
    bind(&[alt(KeyCode::Char('5'))], Command::Kind(NoteKind::FollowUp), "help-kind", None),
    bind(&[alt(KeyCode::Char('6'))], Command::Kind(NoteKind::CheckWithReference), "help-kind", None),
    bind(&[alt(KeyCode::Char('7'))], Command::Kind(NoteKind::Feedback), "help-kind", None),
];

/// The live screen: the interview itself.
#[rustfmt::skip]
const LIVE: &[Binding] = &[
    bind(&[ctrl('n'), plain(PageDown)], Command::NextQuestion, "help-next-question", Some("hint-next-question")),
    bind(&[ctrl('p'), plain(PageUp)], Command::PreviousQuestion, "help-previous-question", None),
    bind(&[plain(F(3))], Command::SkipQuestion, "help-skip-question", None),
    bind(&[plain(F(5))], Command::NextSection, "help-next-section", None),
    bind(&[ctrl('f')], Command::Search, "help-search", None),
    bind(&[plain(F(2))], Command::TogglePause, "help-pause", Some("hint-pause")),
    bind(&[plain(F(4))], Command::Answer, "help-answer", None),
    bind(&[plain(F(6))], Command::Ratings, "help-ratings", None),
    bind(&[plain(F(7))], Command::AddRole, "help-add-role", None),
    bind(&[plain(F(8))], Command::MarkReference, "help-reference", None),
    bind(&[plain(F(10))], Command::Scoring, "help-scoring", Some("hint-scoring")),
    bind(&[plain(F(12))], Command::Summary, "help-summary", Some("hint-summary")),
    bind(&[ctrl('e')], Command::End, "help-end", Some("hint-end")),
    bind(&[alt(Up)], Command::SelectOlderNote, "help-scroll-notes", None),
    bind(&[alt(Down)], Command::SelectNewerNote, "help-scroll-notes-down", None),
    bind(&[plain(F(9))], Command::EditNote, "help-edit-note", None),
    bind(&[Key { code: Down, modifiers: KeyModifiers::CONTROL }], Command::QuestionDown, "help-question-down", None),
    bind(&[Key { code: Up, modifiers: KeyModifiers::CONTROL }], Command::QuestionUp, "help-question-up", None),
    bind(&[ctrl('z')], Command::RestoreNote, "help-restore-note", None),
    bind(&[plain(Esc)], Command::ClearSelection, "help-clear-selection", None),
    bind(&[ctrl('q')], Command::Quit, "help-quit", Some("hint-quit")),
];

/// The help overlay.
#[rustfmt::skip]
const HELP: &[Binding] = &[
    bind(&[plain(Up)], Command::Up, "help-scroll-up", None),
    bind(&[plain(Down)], Command::Down, "help-scroll-down", Some("hint-scroll")),
    bind(&[plain(PageUp)], Command::PageUp, "help-page-up", None),
    bind(&[plain(PageDown)], Command::PageDown, "help-page-down", None),
    bind(&[plain(Esc), plain(F(1))], Command::Back, "help-close", Some("hint-close")),
];

/// "Quit?"
#[rustfmt::skip]
const CONFIRM_QUIT: &[Binding] = &[
    bind(&[ctrl('q')], Command::Confirm, "help-confirm-quit", Some("hint-confirm-quit")),
    bind(&[plain(Esc)], Command::Back, "help-stay", Some("hint-stay")),
];

/// "Submit your scores?"
#[rustfmt::skip]
const CONFIRM_SUBMIT: &[Binding] = &[
    bind(&[ctrl('s')], Command::Confirm, "help-confirm-submit", Some("hint-confirm-submit")),
    bind(&[plain(Esc)], Command::Back, "help-stay", Some("hint-stay")),
];

/// "Delete this note?"
#[rustfmt::skip]
const CONFIRM_DELETE: &[Binding] = &[
    bind(&[ctrl('d')], Command::Confirm, "help-confirm-delete", Some("hint-confirm-delete")),
    bind(&[plain(Esc)], Command::Back, "help-stay", Some("hint-stay")),
];

/// "Reopen the interview?"
#[rustfmt::skip]
const CONFIRM_REOPEN: &[Binding] = &[
    bind(&[ctrl('e')], Command::Confirm, "help-reopen-counted", Some("hint-reopen-counted")),
    bind(&[plain(F(2))], Command::LeaveOutGap, "help-reopen-left-out", Some("hint-reopen-left-out")),
    bind(&[plain(Esc)], Command::Back, "help-stay", Some("hint-stay")),
];

/// After a crash: did the call go on meanwhile?
#[rustfmt::skip]
const DOWNTIME: &[Binding] = &[
    bind(&[plain(Esc)], Command::Confirm, "help-downtime-went-on", Some("hint-downtime-went-on")),
    bind(&[plain(F(2))], Command::LeaveOutGap, "help-downtime-stopped", Some("hint-downtime-stopped")),
];

/// The coverage check before ending.
#[rustfmt::skip]
const END_CHECK: &[Binding] = &[
    bind(&[ctrl('e')], Command::Confirm, "help-confirm-end", Some("hint-confirm-end")),
    bind(&[plain(F(10))], Command::Scoring, "help-scoring", Some("hint-scoring")),
    bind(&[plain(Esc)], Command::Back, "help-keep-going", Some("hint-keep-going")),
];

/// The summary.
#[rustfmt::skip]
const SUMMARY: &[Binding] = &[
    bind(&[plain(Up)], Command::Up, "help-scroll-up", None),
    bind(&[plain(Down)], Command::Down, "help-scroll-down", Some("hint-scroll")),
    bind(&[plain(PageUp)], Command::PageUp, "help-page-up", None),
    bind(&[plain(PageDown)], Command::PageDown, "help-page-down", None),
    bind(&[plain(Home)], Command::Top, "help-top", None),
    bind(&[plain(End)], Command::Bottom, "help-bottom", None),
    bind(&[ctrl('o')], Command::Export, "help-export", Some("hint-export")),
    bind(&[plain(F(10))], Command::Scoring, "help-scoring", Some("hint-scoring")),
    bind(&[ctrl('e')], Command::End, "help-end-or-reopen", Some("hint-end")),
    bind(&[plain(Esc), plain(F(12))], Command::Back, "help-back-to-interview", Some("hint-back")),
];

/// Scoring: the criteria.
#[rustfmt::skip]
const SCORING: &[Binding] = &[
    bind(&[plain(Up)], Command::Up, "help-criterion-up", None),
    bind(&[plain(Down)], Command::Down, "help-criterion-down", Some("hint-criterion")),
    bind(&[plain(Left)], Command::Left, "help-level-down", None),
    bind(&[plain(Right)], Command::Right, "help-level-up", Some("hint-level")),
    bind(&[plain(Tab)], Command::Evidence, "help-evidence", Some("hint-evidence")),
    bind(&[ctrl('r')], Command::NextRecommendation, "help-recommendation", Some("hint-recommendation")),
    bind(&[ctrl('w')], Command::Rationale, "help-rationale", Some("hint-rationale")),
    bind(&[ctrl('s')], Command::Submit, "help-submit", Some("hint-submit")),
    bind(&[plain(F(12))], Command::Summary, "help-summary", None),
    bind(&[ctrl('e')], Command::End, "help-end", None),
    bind(&[plain(Esc), plain(F(10))], Command::Back, "help-back-to-interview", Some("hint-back")),
];

/// Scoring: picking the evidence.
#[rustfmt::skip]
const EVIDENCE: &[Binding] = &[
    bind(&[plain(Up)], Command::Up, "help-note-up", None),
    bind(&[plain(Down)], Command::Down, "help-note-down", Some("hint-note")),
    bind(&[plain(Tab)], Command::TogglePick, "help-pick", Some("hint-pick")),
    bind(&[plain(Esc)], Command::Back, "help-evidence-done", Some("hint-done")),
];

/// A form field that takes typing: the rationale, a role, a search.
#[rustfmt::skip]
const FIELD: &[Binding] = &[
    bind(&[plain(Enter)], Command::Save, "help-save-form", Some("hint-save")),
    bind(&[plain(Esc)], Command::Back, "help-cancel", Some("hint-cancel")),
];

/// Forms of several fields: a role, the 1–10 rule.
#[rustfmt::skip]
const FIELDS: &[Binding] = &[
    bind(&[plain(Tab), plain(Down)], Command::NextField, "help-next-field", Some("hint-next-field")),
    bind(&[plain(BackTab), plain(Up)], Command::PreviousField, "help-previous-field", None),
];

/// Editing a saved note.
#[rustfmt::skip]
const EDIT_NOTE: &[Binding] = &[
    bind(&[alt(Enter), ctrl('j')], Command::Newline, "help-newline", None),
    bind(&[ctrl('t')], Command::NextKind, "help-edit-kind", Some("hint-next-kind")),
    bind(&[ctrl('d')], Command::DeleteNote, "help-delete-note", Some("hint-delete")),
];

/// Finding a question.
#[rustfmt::skip]
const SEARCH: &[Binding] = &[
    bind(&[plain(Up)], Command::Up, "help-match-up", None),
    bind(&[plain(Down), plain(Tab)], Command::Down, "help-match-down", Some("hint-choose")),
    bind(&[plain(Enter)], Command::Save, "help-go-there", Some("hint-go-there")),
    bind(&[plain(Esc)], Command::Back, "help-cancel", Some("hint-cancel")),
];

/// The home screen's list: no session is open, so letters are commands.
#[rustfmt::skip]
const HOME_LIST: &[Binding] = &[
    bind(&[plain(Up), plain(KeyCode::Char('k'))], Command::Up, "help-row-up", None),
    bind(&[plain(Down), plain(KeyCode::Char('j'))], Command::Down, "help-row-down", Some("hint-choose")),
    bind(&[plain(Enter)], Command::Save, "help-continue", Some("hint-continue")),
    bind(&[plain(KeyCode::Char('n'))], Command::NewInterview, "help-new-interview", Some("hint-new-interview")),
    bind(&[plain(KeyCode::Char('d'))], Command::Demo, "help-demo", Some("hint-demo")),
    bind(&[plain(KeyCode::Char('q')), plain(Esc), ctrl('c')], Command::QuitNow, "help-leave", Some("hint-quit")),
];

/// The home screen's form for a new interview.
#[rustfmt::skip]
const HOME_FORM: &[Binding] = &[
    bind(&[plain(Tab), plain(Down)], Command::NextField, "help-next-field", Some("hint-next-field")),
    bind(&[plain(BackTab), plain(Up)], Command::PreviousField, "help-previous-field", None),
    bind(&[plain(Left)], Command::Left, "help-choice-left", None),
    bind(&[plain(Right)], Command::Right, "help-choice-right", Some("hint-change")),
    bind(&[plain(Enter)], Command::Save, "help-start", Some("hint-start")),
    bind(&[plain(Esc)], Command::Back, "help-cancel", Some("hint-back")),
    bind(&[ctrl('c')], Command::QuitNow, "help-leave", None),
];

/// The live screen.
pub static LIVE_KEYS: Keymap = Keymap {
    parts: &[NOTE, LIVE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// The help overlay.
pub static HELP_KEYS: Keymap = Keymap {
    parts: &[HELP, NOTE, ALWAYS],
    typing: Typing::Note,
};
/// "Quit?"
pub static CONFIRM_QUIT_KEYS: Keymap = Keymap {
    parts: &[CONFIRM_QUIT, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// "Submit your scores?"
pub static CONFIRM_SUBMIT_KEYS: Keymap = Keymap {
    parts: &[CONFIRM_SUBMIT, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// "Delete this note?"
pub static CONFIRM_DELETE_KEYS: Keymap = Keymap {
    parts: &[CONFIRM_DELETE, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// "Reopen the interview?"
pub static CONFIRM_REOPEN_KEYS: Keymap = Keymap {
    parts: &[CONFIRM_REOPEN, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// The crash question.
pub static DOWNTIME_KEYS: Keymap = Keymap {
    parts: &[DOWNTIME, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// The coverage check before ending.
pub static END_CHECK_KEYS: Keymap = Keymap {
    parts: &[END_CHECK, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// The summary.
pub static SUMMARY_KEYS: Keymap = Keymap {
    parts: &[SUMMARY, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// Scoring.
pub static SCORING_KEYS: Keymap = Keymap {
    parts: &[SCORING, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// Picking evidence.
pub static EVIDENCE_KEYS: Keymap = Keymap {
    parts: &[EVIDENCE, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// One text field: the rationale, an answer summary, a reference's reason.
pub static FIELD_KEYS: Keymap = Keymap {
    parts: &[FIELD, HELP_KEY, ALWAYS],
    typing: Typing::Field,
};
/// Several text fields: a new role, the 1–10 rule.
pub static FIELDS_KEYS: Keymap = Keymap {
    parts: &[FIELD, FIELDS, HELP_KEY, ALWAYS],
    typing: Typing::Field,
};
/// Editing a saved note.
pub static EDIT_NOTE_KEYS: Keymap = Keymap {
    parts: &[FIELD, EDIT_NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Field,
};
/// Finding a question.
pub static SEARCH_KEYS: Keymap = Keymap {
    parts: &[SEARCH, HELP_KEY, ALWAYS],
    typing: Typing::Field,
};
/// The home screen's list.
pub static HOME_LIST_KEYS: Keymap = Keymap {
    parts: &[HOME_LIST],
    typing: Typing::Nothing,
};
/// The home screen's form.
pub static HOME_FORM_KEYS: Keymap = Keymap {
    parts: &[HOME_FORM],
    typing: Typing::Field,
};

/// Every keymap of a session, for the tests of the key contract.
#[cfg(test)]
pub static SESSION_KEYMAPS: [&Keymap; 16] = [
    &LIVE_KEYS,
    &HELP_KEYS,
    &CONFIRM_QUIT_KEYS,
    &CONFIRM_SUBMIT_KEYS,
    &CONFIRM_DELETE_KEYS,
    &CONFIRM_REOPEN_KEYS,
    &DOWNTIME_KEYS,
    &END_CHECK_KEYS,
    &SUMMARY_KEYS,
    &SCORING_KEYS,
    &EVIDENCE_KEYS,
    &FIELD_KEYS,
    &FIELDS_KEYS,
    &EDIT_NOTE_KEYS,
    &SEARCH_KEYS,
    &HOME_FORM_KEYS,
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every printable character a test types: ASCII, Nordic, Latvian, CJK, emoji.
    pub const PRINTABLE: &str = "æøåÆØÅāčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ客户服务，。？！：；、（）「」😀🚀👍🏽";

    fn printable() -> impl Iterator<Item = char> {
        (' '..='~').chain(PRINTABLE.chars())
    }

    #[test]
    fn no_mode_binds_a_printable_key_to_a_command() {
        for keymap in SESSION_KEYMAPS {
            for c in printable() {
                for modifiers in [KeyModifiers::NONE, KeyModifiers::SHIFT] {
                    let input = keymap.input(KeyEvent::new(KeyCode::Char(c), modifiers));
                    assert!(
                        matches!(input, Some(Input::Edit(Edit::Insert(typed))) if typed == c),
                        "{c:?} (with {modifiers:?}) does {input:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn ctrl_and_alt_letters_never_type() {
        for keymap in SESSION_KEYMAPS.iter().chain([&&HOME_LIST_KEYS]) {
            for c in 'a'..='z' {
                for modifiers in [KeyModifiers::CONTROL, KeyModifiers::ALT] {
                    let input = keymap.input(KeyEvent::new(KeyCode::Char(c), modifiers));
                    assert!(
                        !matches!(input, Some(Input::Edit(_))),
                        "{modifiers:?}-{c} edits the text: {input:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        for keymap in SESSION_KEYMAPS.iter().chain([&&HOME_LIST_KEYS]) {
            let keys: Vec<Key> = keymap
                .bindings()
                .flat_map(|b| b.keys.iter().copied())
                .collect();
            for (i, k) in keys.iter().enumerate() {
                assert!(!keys[i + 1..].contains(k), "{k} is bound twice");
            }
        }
    }

    #[test]
    fn labels_come_from_the_keys() {
        assert_eq!(Key::ctrl('n').to_string(), "Ctrl-N");
        assert_eq!(Key::alt(Enter).to_string(), "Alt-Enter");
        assert_eq!(Key::plain(F(10)).to_string(), "F10");
        let next = LIVE_KEYS
            .bindings()
            .find(|b| b.command == Command::NextQuestion)
            .unwrap();
        assert_eq!(next.label(), "Ctrl-N, PgDn");
        let kinds: Vec<&Binding> = NOTE.iter().filter(|b| b.help == "help-kind").collect();
        assert_eq!(kinds.len(), NoteKind::ALL.len());
    }

    #[test]
    fn the_live_screen_keeps_its_keys() {
        let ctrl = KeyModifiers::CONTROL;
        let command = |code, modifiers| LIVE_KEYS.input(KeyEvent::new(code, modifiers));
        let c = |command: Command| Some(Input::Command(command));
        assert_eq!(command(Enter, KeyModifiers::NONE), c(Command::Commit));
        assert_eq!(command(Enter, KeyModifiers::ALT), c(Command::Newline));
        assert_eq!(command(KeyCode::Char('j'), ctrl), c(Command::Newline));
        assert_eq!(command(KeyCode::Char('n'), ctrl), c(Command::NextQuestion));
        let shifted = KeyModifiers::CONTROL | KeyModifiers::SHIFT;
        assert_eq!(
            command(KeyCode::Char('N'), shifted),
            c(Command::NextQuestion)
        );
        assert_eq!(command(F(1), KeyModifiers::NONE), c(Command::Help));
        assert_eq!(command(F(6), KeyModifiers::NONE), c(Command::Ratings));
        assert_eq!(command(F(10), KeyModifiers::NONE), c(Command::Scoring));
        assert_eq!(command(F(12), KeyModifiers::NONE), c(Command::Summary));
        assert_eq!(command(KeyCode::Char('e'), ctrl), c(Command::End));
        assert_eq!(command(KeyCode::Char('f'), ctrl), c(Command::Search));
        assert_eq!(command(KeyCode::Char('c'), ctrl), c(Command::QuitNow));
        assert_eq!(
            command(KeyCode::Char('3'), KeyModifiers::ALT),
            c(Command::Kind(NoteKind::RedFlag))
        );
    }

    #[test]
    fn every_binding_has_its_words_in_every_language() {
        for lang in crate::model::Lang::ALL {
            let catalog = crate::i18n::Catalog::new(lang);
            for keymap in SESSION_KEYMAPS.iter().chain([&&HOME_LIST_KEYS]) {
                for b in keymap.bindings() {
                    assert!(catalog.has(b.help), "{lang:?} lacks {}", b.help);
                    if let Some(hint) = b.hint {
                        assert!(catalog.has(hint), "{lang:?} lacks {hint}");
                    }
                }
            }
        }
    }
}
