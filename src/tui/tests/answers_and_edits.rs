//! Answer summaries, and editing or deleting notes.

use super::*;
use crate::tui::app::mode::{Confirm, Purpose};

#[test]
fn f4_sums_up_the_answer_and_the_agenda_marks_it() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    ctrl(&mut l.app, 'n', 30);
    key(&mut l.app, KeyCode::F(4), KeyModifiers::NONE, 60);
    type_text(
        &mut l.app,
        "Team lead within a year, has asked for coaching",
        60,
    );
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 61);
    let q = l.app.ui.stops[l.app.ui.at].question.clone().unwrap();
    let summary = l
        .app
        .state()
        .question_progress(&q, None)
        .unwrap()
        .summary
        .clone();
    assert_eq!(
        summary.as_deref(),
        Some("Team lead within a year, has asked for coaching")
    );
    assert!(
        screen(&l.app, 80, 24, 62).contains("✎"),
        "the agenda shows an answered question"
    );
}

#[test]
fn a_selected_note_is_edited_or_deleted_with_its_history_kept() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    for (n, text) in ["first", "second", "third"].iter().enumerate() {
        type_text(&mut l.app, text, 10 * n as i64);
        key(
            &mut l.app,
            KeyCode::Enter,
            KeyModifiers::NONE,
            10 * n as i64 + 1,
        );
    }
    key(&mut l.app, KeyCode::Up, KeyModifiers::ALT, 40);
    key(&mut l.app, KeyCode::Up, KeyModifiers::ALT, 40); // the second newest: "second"
    key(&mut l.app, KeyCode::F(9), KeyModifiers::NONE, 41);
    // The cursor starts at the end of the note; Ctrl-letters never type.
    ctrl(&mut l.app, 'f', 41);
    ctrl(&mut l.app, 'q', 41);
    type_text(&mut l.app, ", corrected", 42);
    ctrl(&mut l.app, 't', 42); // a quote now
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 43);
    let state = l.app.state();
    let second = &state.notes[1];
    assert_eq!(
        (second.text.as_str(), second.history[0].text.as_str()),
        ("second, corrected", "second")
    );
    assert_eq!(second.kind, NoteKind::Quote, "Ctrl-T changed its kind");

    key(&mut l.app, KeyCode::F(9), KeyModifiers::NONE, 50);
    assert!(matches!(
        mode(&l.app),
        Some(Mode::Form(f)) if matches!(f.purpose, Purpose::EditNote(_))
    ));
    ctrl(&mut l.app, 'd', 51);
    assert!(matches!(
        mode(&l.app),
        Some(Mode::Confirm(Confirm::Delete(_)))
    ));
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 51);
    type_text(&mut l.app, "yes", 51);
    assert_eq!(
        l.app.state().visible_notes().len(),
        3,
        "asks first: Enter and letters do not delete"
    );
    ctrl(&mut l.app, 'd', 52);
    let texts = |l: &Live| -> Vec<String> {
        l.app
            .state()
            .visible_notes()
            .iter()
            .map(|n| n.text.clone())
            .collect()
    };
    assert_eq!(
        texts(&l),
        ["first", "third"],
        "the selected note was deleted"
    );
    assert!(l.app.state().notes[1].deleted, "it stays in the log");
    assert_eq!(mode(&l.app), None);
    ctrl(&mut l.app, 'z', 53);
    assert_eq!(
        texts(&l),
        ["first", "second, corrected", "third"],
        "Ctrl-Z brings it back"
    );
}

#[test]
fn esc_and_typing_clear_the_note_selection() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    type_text(&mut l.app, "first", 1);
    press(&mut l.app, KeyCode::Enter, 2);
    key(&mut l.app, KeyCode::Up, KeyModifiers::ALT, 3);
    assert_eq!(l.app.ui.selected_note, Some(0));
    press(&mut l.app, KeyCode::Esc, 3);
    assert_eq!(l.app.ui.selected_note, None);
    key(&mut l.app, KeyCode::Up, KeyModifiers::ALT, 3);
    type_text(&mut l.app, "x", 4);
    assert_eq!(l.app.ui.selected_note, None);
}
