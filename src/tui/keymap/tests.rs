//! The key contract, checked on every table: printable keys always type, Ctrl/Alt letters
//! never do, no key twice in a mode, labels from the keys, words in every language.

use crossterm::event::KeyCode::{Enter, F};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::tables::NOTE;
use super::*;
use crate::model::NoteKind;
use crate::tui::text_input::Edit;

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
    for keymap in SESSION_KEYMAPS
        .iter()
        .chain([&&HOME_LIST_KEYS, &&HOME_DELETE_KEYS])
    {
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
    for keymap in SESSION_KEYMAPS
        .iter()
        .chain([&&HOME_LIST_KEYS, &&HOME_DELETE_KEYS])
    {
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
        for keymap in SESSION_KEYMAPS
            .iter()
            .chain([&&HOME_LIST_KEYS, &&HOME_DELETE_KEYS])
        {
            for b in keymap.bindings() {
                assert!(catalog.has(b.help), "{lang:?} lacks {}", b.help);
                if let Some(hint) = b.hint {
                    assert!(catalog.has(hint), "{lang:?} lacks {hint}");
                }
            }
        }
    }
}
