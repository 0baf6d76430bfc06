//! Answer summaries, and editing or deleting notes.

use super::*;

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
    let q = l.app.stops[l.app.at].question.clone().unwrap();
    let summary = l
        .app
        .session
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
    for _ in 0.."second".len() {
        key(&mut l.app, KeyCode::Backspace, KeyModifiers::NONE, 41);
    }
    type_text(&mut l.app, "second, corrected", 42);
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 43);
    let state = l.app.session.state();
    let second = &state.notes[1];
    assert_eq!(
        (second.text.as_str(), second.history[0].text.as_str()),
        ("second, corrected", "second")
    );

    key(&mut l.app, KeyCode::F(9), KeyModifiers::NONE, 50);
    assert!(matches!(l.app.popup, Some(Popup::EditNote(_))));
    key(&mut l.app, KeyCode::Char('d'), KeyModifiers::CONTROL, 51);
    let texts: Vec<_> = l
        .app
        .session
        .state()
        .visible_notes()
        .iter()
        .map(|n| n.text.clone())
        .collect();
    assert_eq!(texts, ["first", "third"], "the selected note was deleted");
    assert!(
        l.app.session.state().notes[1].deleted,
        "it stays in the log"
    );
}
