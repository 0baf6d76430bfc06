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
    /// Open the debrief: the panel's scores side by side.
    Debrief,
    /// Show or hide the selected criterion's level descriptions.
    Anchors,
    /// Write down the panel's decision.
    Decide,
    /// Home: start a new interview.
    NewInterview,
    /// Home: open the demo.
    Demo,
    /// Home: delete the selected interview (after listing what goes, and a confirmation).
    Forget,
    /// Home: the selected interview's plan, its candidates side by side and its calibration.
    Compare,
    /// Home: call a referee the selected interview marked (after recording consent).
    CallReference,
    /// The plan's view: turn the order round.
    ReverseSort,
    /// The plan's view: the next plan.
    NextPlan,
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

mod tables;
pub use tables::*;

#[cfg(test)]
mod tests;
