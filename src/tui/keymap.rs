//! Keys → actions on the live screen: one table, read both by the key handler and by the help.
//!
//! Every command sits on a key that types nothing (Ctrl, Alt, F-keys, PgUp/PgDn, Enter, Esc):
//! on the live screen, every printable key goes into the note.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Save the note being typed.
    Commit,
    /// A new line in the note.
    Newline,
    /// Move to the next question (it counts as asked).
    NextQuestion,
    /// Move back to the previous question.
    PreviousQuestion,
    /// Skip the question shown, and move on.
    SkipQuestion,
    /// Move to the next section's first question.
    NextSection,
    /// Cycle the kind of the note being typed.
    NextKind,
    /// Pause or resume the interview clock.
    TogglePause,
    /// Open the 1–10 rule's ratings.
    Ratings,
    /// Open the scoring screen.
    Scoring,
    /// Open the summary: times, scores, flags, roles, follow-ups, and exports.
    Summary,
    /// End the interview, after the coverage check.
    End,
    /// Add a role of the candidate's career to the deep-dive.
    AddRole,
    /// Mark the shown role's manager for a reference call.
    MarkReference,
    /// Select the note before the selected one (the newest, at first).
    ScrollNotesUp,
    /// Select the note after the selected one (none, past the newest).
    ScrollNotesDown,
    /// Write a one-line summary of the answer to the question shown.
    Answer,
    /// Edit (or delete) the selected note, or the newest.
    EditNote,
    /// Find a question, in the plan or the banks.
    Search,
    /// Open the help.
    Help,
    /// Quit, after a confirmation.
    Quit,
    /// Quit at once (everything is saved).
    QuitNow,
    /// Close a popup; the note stays as it is.
    ClosePopup,
}

/// A key and the Ctrl/Alt modifiers it needs (Shift is ignored: it only changes what is typed).
#[derive(Debug, Clone, Copy)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Ctrl and/or Alt, or none.
    pub modifiers: KeyModifiers,
}

const fn key(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
    }
}

const fn alt(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::ALT,
    }
}

/// One row of the keymap: the keys, what they do, and how the help says it.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// The keys that trigger it.
    pub keys: &'static [Key],
    /// The keys as the help shows them.
    pub label: &'static str,
    /// The action.
    pub action: Action,
    /// The help text's message id.
    pub help: &'static str,
}

/// The live screen's keys, in the order the help lists them. The key handler reads this same
/// table, so the help cannot drift from what the keys do.
#[rustfmt::skip]
pub const LIVE: &[Binding] = &[
    Binding { keys: &[key(KeyCode::Enter)], label: "Enter", action: Action::Commit, help: "help-commit" },
    Binding { keys: &[alt(KeyCode::Enter), ctrl('j')], label: "Alt-Enter, Ctrl-J", action: Action::Newline, help: "help-newline" },
    Binding { keys: &[ctrl('t')], label: "Ctrl-T", action: Action::NextKind, help: "help-next-kind" },
    Binding { keys: &[ctrl('n'), key(KeyCode::PageDown)], label: "Ctrl-N, PgDn", action: Action::NextQuestion, help: "help-next-question" },
    Binding { keys: &[ctrl('p'), key(KeyCode::PageUp)], label: "Ctrl-P, PgUp", action: Action::PreviousQuestion, help: "help-previous-question" },
    Binding { keys: &[key(KeyCode::F(3))], label: "F3", action: Action::SkipQuestion, help: "help-skip-question" },
    Binding { keys: &[ctrl('f')], label: "Ctrl-F", action: Action::Search, help: "help-search" },
    Binding { keys: &[key(KeyCode::F(5))], label: "F5", action: Action::NextSection, help: "help-next-section" },
    Binding { keys: &[key(KeyCode::F(2))], label: "F2", action: Action::TogglePause, help: "help-pause" },
    Binding { keys: &[key(KeyCode::F(6))], label: "F6", action: Action::Ratings, help: "help-ratings" },
    Binding { keys: &[key(KeyCode::F(10))], label: "F10", action: Action::Scoring, help: "help-scoring" },
    Binding { keys: &[key(KeyCode::F(12))], label: "F12", action: Action::Summary, help: "help-summary" },
    Binding { keys: &[ctrl('e')], label: "Ctrl-E", action: Action::End, help: "help-end" },
    Binding { keys: &[key(KeyCode::F(7))], label: "F7", action: Action::AddRole, help: "help-add-role" },
    Binding { keys: &[key(KeyCode::F(8))], label: "F8", action: Action::MarkReference, help: "help-reference" },
    Binding { keys: &[key(KeyCode::F(4))], label: "F4", action: Action::Answer, help: "help-answer" },
    Binding { keys: &[key(KeyCode::F(9))], label: "F9", action: Action::EditNote, help: "help-edit-note" },
    Binding { keys: &[alt(KeyCode::Up)], label: "Alt-↑", action: Action::ScrollNotesUp, help: "help-scroll-notes" },
    Binding { keys: &[alt(KeyCode::Down)], label: "Alt-↓", action: Action::ScrollNotesDown, help: "help-scroll-notes-down" },
    Binding { keys: &[key(KeyCode::F(1))], label: "F1, ? (empty note)", action: Action::Help, help: "help-help" },
    Binding { keys: &[key(KeyCode::Esc)], label: "Esc", action: Action::ClosePopup, help: "help-close-popup" },
    Binding { keys: &[ctrl('q')], label: "Ctrl-Q", action: Action::Quit, help: "help-quit" },
    Binding { keys: &[ctrl('c')], label: "Ctrl-C", action: Action::QuitNow, help: "help-quit-now" },
];

/// The action of a key on the live screen, if it is a command. `note_empty` says whether the
/// note line is empty (then `?` opens the help instead of typing a question mark).
pub fn live(event: KeyEvent, note_empty: bool) -> Option<Action> {
    let held = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
    if note_empty && held.is_empty() && event.code == KeyCode::Char('?') {
        return Some(Action::Help);
    }
    LIVE.iter()
        .find(|b| {
            b.keys
                .iter()
                .any(|k| k.code == event.code && k.modifiers == held)
        })
        .map(|b| b.action)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        // the event a terminal sends
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn printable_keys_are_never_commands() {
        for c in (' '..='~').chain("æøåāčēģīķļņšūž客户😀".chars()) {
            let plain = key(KeyCode::Char(c), KeyModifiers::NONE);
            let shifted = key(KeyCode::Char(c), KeyModifiers::SHIFT);
            let typed_into_a_note = |k| live(k, false).is_none();
            assert!(typed_into_a_note(plain), "{c:?} is a command");
            assert!(typed_into_a_note(shifted), "shift-{c:?} is a command");
        }
    }

    #[test]
    fn question_mark_opens_help_only_on_an_empty_note() {
        let q = key(KeyCode::Char('?'), KeyModifiers::NONE);
        assert_eq!(live(q, true), Some(Action::Help));
        assert_eq!(live(q, false), None);
    }

    #[test]
    fn the_key_contract_holds() {
        let ctrl = KeyModifiers::CONTROL;
        assert_eq!(
            live(key(KeyCode::Enter, KeyModifiers::NONE), false),
            Some(Action::Commit)
        );
        assert_eq!(
            live(key(KeyCode::Enter, KeyModifiers::ALT), false),
            Some(Action::Newline)
        );
        assert_eq!(
            live(key(KeyCode::Char('j'), ctrl), false),
            Some(Action::Newline)
        );
        assert_eq!(
            live(key(KeyCode::Char('n'), ctrl), false),
            Some(Action::NextQuestion)
        );
        assert_eq!(
            live(key(KeyCode::PageDown, KeyModifiers::NONE), false),
            Some(Action::NextQuestion)
        );
        assert_eq!(
            live(key(KeyCode::Char('p'), ctrl), false),
            Some(Action::PreviousQuestion)
        );
        assert_eq!(
            live(key(KeyCode::F(1), KeyModifiers::NONE), false),
            Some(Action::Help)
        );
        assert_eq!(
            live(key(KeyCode::Char('q'), ctrl), false),
            Some(Action::Quit)
        );
        assert_eq!(
            live(key(KeyCode::Char('c'), ctrl), false),
            Some(Action::QuitNow)
        );
        assert_eq!(
            live(key(KeyCode::Esc, KeyModifiers::NONE), false),
            Some(Action::ClosePopup)
        );
        let shifted_ctrl = KeyModifiers::CONTROL | KeyModifiers::SHIFT;
        assert_eq!(
            live(key(KeyCode::Char('n'), shifted_ctrl), false),
            Some(Action::NextQuestion)
        );
    }

    #[test]
    fn no_two_bindings_share_a_key() {
        let all: Vec<(KeyCode, KeyModifiers)> = LIVE
            .iter()
            .flat_map(|b| b.keys.iter().map(|k| (k.code, k.modifiers)))
            .collect();
        for (i, k) in all.iter().enumerate() {
            assert!(!all[i + 1..].contains(k), "{k:?} is bound twice");
        }
    }
}
