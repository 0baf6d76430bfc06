//! `update` on its own: actions in, effects out, with no journal and no disk — what the live
//! screen asks the loop to do, before anything is done.

use chrono::{FixedOffset, TimeZone};

use super::mode::{Confirm, Mode};
use super::ui::Ui;
use super::update::{Action, Effect, Then, update};
use crate::i18n::Catalog;
use crate::model::arbitrary::created;
use crate::model::{EventKind, Lang, SessionState, Timestamp, fold};
use crate::tui::keymap::Command;
use crate::tui::text_input::Edit;
use crate::tui::theme::Theme;

fn at(s: i64) -> Timestamp {
    FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 23, 14, 0, 0)
        .unwrap()
        + chrono::Duration::seconds(s)
}

fn fixture() -> (Ui, SessionState) {
    let state = fold(&[created()]).unwrap();
    let ui = Ui::new(
        &state,
        "ann".into(),
        Catalog::new(Lang::En),
        Theme::new(true),
    );
    (ui, state)
}

fn typed(ui: &mut Ui, state: &SessionState, text: &str, now: i64) {
    for c in text.chars() {
        assert_eq!(
            update(ui, state, Action::Edit(Edit::Insert(c)), at(now)),
            []
        );
    }
}

#[test]
fn typing_asks_for_nothing_and_enter_asks_to_record_the_note_once_saved() {
    let (mut ui, state) = fixture();
    typed(&mut ui, &state, "calm", 5);
    let effects = update(&mut ui, &state, Action::Command(Command::Commit), at(9));
    let [Effect::Record { events, then }] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert!(
        matches!(&events[..], [EventKind::NoteAdded { text, started_at, .. }]
        if text == "calm" && *started_at == at(5))
    );
    assert_eq!(then, &Some(Then::NoteSaved));
    assert_eq!(
        ui.editor.text(),
        "calm",
        "the note line empties only once it is on disk"
    );
    let after = update(
        &mut ui,
        &state,
        Action::Recorded(Some(Then::NoteSaved)),
        at(9),
    );
    assert_eq!(after, [Effect::SaveDraft(None)], "then the draft goes");
    assert!(ui.editor.is_empty());
}

#[test]
fn quitting_saves_the_draft_first_and_the_draft_is_due_a_second_after_typing() {
    let (mut ui, state) = fixture();
    typed(&mut ui, &state, "half", 10);
    assert_eq!(update(&mut ui, &state, Action::Tick, at(10)), []);
    let due = update(&mut ui, &state, Action::Tick, at(11));
    assert!(matches!(&due[..], [Effect::SaveDraft(Some(d))] if d.text == "half"));
    let quit = update(&mut ui, &state, Action::Command(Command::QuitNow), at(12));
    assert!(matches!(
        &quit[..],
        [Effect::SaveDraft(Some(_)), Effect::Quit]
    ));
}

#[test]
fn ending_and_submitting_are_asked_first_and_only_their_own_key_confirms() {
    let (mut ui, state) = fixture();
    assert_eq!(
        update(&mut ui, &state, Action::Command(Command::End), at(1)),
        []
    );
    assert_eq!(ui.mode(), Some(&Mode::EndCheck));
    assert_eq!(
        update(&mut ui, &state, Action::Command(Command::Commit), at(1)),
        []
    );
    let end = update(&mut ui, &state, Action::Command(Command::Confirm), at(2));
    assert_eq!(
        end,
        [Effect::Record {
            events: vec![EventKind::SessionEnded],
            then: Some(Then::Ended)
        }]
    );
    let (mut ui, state) = fixture();
    update(&mut ui, &state, Action::Command(Command::Scoring), at(1));
    update(&mut ui, &state, Action::Command(Command::Submit), at(1));
    assert_eq!(ui.mode(), Some(&Mode::Confirm(Confirm::Submit)));
    let submit = update(&mut ui, &state, Action::Command(Command::Confirm), at(2));
    assert!(matches!(&submit[..], [Effect::Record { events, .. }]
        if events == &[EventKind::PanelistSubmitted]));
}

#[test]
fn a_failed_write_shows_its_cause_and_keeps_the_first_failures_time() {
    let (mut ui, state) = fixture();
    update(
        &mut ui,
        &state,
        Action::RecordFailed("no space left on device".into()),
        at(3),
    );
    update(
        &mut ui,
        &state,
        Action::DraftFailed("no space left on device".into()),
        at(9),
    );
    assert_eq!(
        ui.save,
        super::SaveState::Failed {
            reason: "no space left on device".into(),
            since: at(3)
        }
    );
    update(&mut ui, &state, Action::DraftSaved, at(20));
    assert_eq!(ui.save, super::SaveState::Saved);
}

#[test]
fn every_change_but_typing_a_note_bumps_the_revision_the_screen_caches_by() {
    let (mut ui, state) = fixture();
    let before = ui.revision;
    typed(&mut ui, &state, "abc", 1);
    update(&mut ui, &state, Action::Tick, at(1));
    assert_eq!(
        ui.revision, before,
        "typing and ticks redraw only the note line"
    );
    for action in [
        Action::Command(Command::Help),
        Action::Command(Command::Back),
        Action::Command(Command::SelectOlderNote),
        Action::Recorded(None),
        Action::Resize(ratatui::layout::Rect::new(0, 0, 80, 24)),
    ] {
        let was = ui.revision;
        update(&mut ui, &state, action.clone(), at(2));
        assert!(ui.revision > was, "{action:?}");
    }
}
