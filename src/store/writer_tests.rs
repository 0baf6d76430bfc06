//! Tests of a session as a folder of writer logs: several writers at once, taking in each
//! other's events, blindness until submitting, the old one-file layout, what killed writes
//! leave behind.

use std::fs;

use uuid::Uuid;

use super::tests::{note, session_with_notes, store, texts};
use super::*;
use crate::model::arbitrary::at;
use crate::model::{Draft, EventKind, NoteKind, SessionId};

#[test]
fn two_writers_at_once_each_have_their_own_log_and_see_each_other() {
    let (_tmp, store) = store();
    let id = session_with_notes(&store, 1);
    let mut first = store.open(id).unwrap();
    let mut second = store.open(id).unwrap();
    assert_ne!(
        first.files().log,
        second.files().log,
        "never one file for two writers"
    );
    first
        .record("ann", at(5), [note("from the screen")])
        .unwrap();
    second
        .record("ann", at(6), [note("from a hotkey")])
        .unwrap();
    let read = store.read(id).unwrap();
    assert_eq!(
        texts(&read.events),
        ["note 0", "from the screen", "from a hotkey"]
    );
    drop((first, second));
    // The slots are free again: the next writer takes the first.
    let again = store.open(id).unwrap();
    assert_eq!(again.files().log, store.files(id).log);
    assert_eq!(texts(again.events()).len(), 3);
}

#[test]
fn a_session_is_deleted_only_when_no_writer_holds_it() {
    let (_tmp, store) = store();
    let id = session_with_notes(&store, 1);
    let _second = {
        let _first = store.open(id).unwrap();
        store.open(id).unwrap()
    };
    let err = store.delete(id).unwrap_err();
    let StoreError::Locked { holder } = &err else {
        panic!("{err}")
    };
    assert_eq!(holder.pid, std::process::id());
}

#[test]
fn a_session_in_the_old_one_file_layout_is_moved_into_its_folder_with_nothing_lost() {
    let (_tmp, store) = store();
    let id = session_with_notes(&store, 2);
    let files = store.files(id);
    files
        .save_draft(&Draft {
            text: "half a thought".into(),
            note_kind: NoteKind::Note,
            anchor: Default::default(),
            started_at: at(3),
            started_ms: 3000,
            saved_at: at(4),
        })
        .unwrap();
    files.remember_panelist("Ann").unwrap();
    let events = store.read(id).unwrap().events;
    // Put it back as rapport 0.1 kept it: sessions/<id>.jsonl and its sidecar files.
    let old = |ext: &str| store.dir().join(format!("{id}.{ext}"));
    fs::rename(&files.log, old("jsonl")).unwrap();
    fs::rename(&files.draft, old("draft")).unwrap();
    fs::rename(&files.panelist, old("panelist")).unwrap();
    fs::write(old("damaged-20261123T100000.jsonl"), "kept aside once").unwrap();
    fs::write(old("lock"), "").unwrap();
    fs::remove_dir_all(&files.dir).unwrap();

    assert_eq!(store.ids().unwrap(), vec![id]);
    let read = store.read(id).unwrap();
    assert_eq!(read.events, events, "every event, as it was");
    assert!(read.recovery.is_clean());
    assert_eq!(files.load_draft().unwrap().text, "half a thought");
    assert_eq!(files.remembered_panelist().as_deref(), Some("Ann"));
    let left: Vec<_> = fs::read_dir(store.dir())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&id.to_string()) && n != &id.to_string())
        .collect();
    assert!(left.is_empty(), "nothing left in the old layout: {left:?}");
    assert!(
        store
            .files_on_disk(id)
            .unwrap()
            .iter()
            .any(|p| p.to_string_lossy().contains(".damaged-20261123T100000")),
        "the copy kept aside moved too"
    );
    let mut s = store.open(id).unwrap();
    s.record("ann", at(9), [note("after the move")]).unwrap();
    assert_eq!(texts(&store.read(id).unwrap().events).len(), 3);
}

#[test]
fn an_open_session_takes_in_what_another_writer_recorded() {
    let (_tmp, store) = store();
    let id = session_with_notes(&store, 1);
    let mut screen = store.open(id).unwrap();
    assert!(!screen.refresh().unwrap(), "nothing new: nothing read");
    let mut hotkey = store.open(id).unwrap();
    hotkey
        .record("ann", at(7), [note("from a hotkey")])
        .unwrap();
    assert!(screen.refresh().unwrap());
    assert_eq!(texts(screen.events()), ["note 0", "from a hotkey"]);
    assert_eq!(screen.state().notes.len(), 2);
    assert!(!screen.refresh().unwrap(), "taken in once");
    // The screen goes on writing in its own log after it.
    screen.record("ann", at(8), [note("typed after")]).unwrap();
    assert_eq!(texts(&store.read(id).unwrap().events).len(), 3);
}

#[test]
fn what_killed_writes_leave_is_swept_once_stale_and_an_empty_folder_is_no_session() {
    let (_tmp, store) = store();
    let id = session_with_notes(&store, 1);
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let half_made = store.dir().join(format!(".{id}.new-1.tmp"));
    fs::create_dir_all(&half_made).unwrap();
    fs::write(half_made.join("x-0.jsonl"), "half").unwrap();
    let temp = store.files(id).dir.join(".x-0.repair-1.tmp");
    fs::write(&temp, "half").unwrap();
    let fresh = store.dir().join(".index-fresh.tmp");
    fs::write(&fresh, "being written").unwrap();
    for path in [&half_made, &temp] {
        fs::File::open(path).unwrap().set_modified(old).unwrap();
    }
    let empty = SessionId(Uuid::now_v7());
    fs::create_dir_all(store.files(empty).dir).unwrap();

    let (listed, failed) = store.summaries().unwrap();
    assert!(!half_made.exists() && !temp.exists(), "stale: swept");
    assert!(fresh.exists(), "a temp file being written is left alone");
    assert_eq!(
        listed.len(),
        1,
        "an empty folder is not listed as a session"
    );
    assert!(
        failed
            .iter()
            .any(|e| e.to_string().contains("holds no log")),
        "{failed:?}"
    );
    assert!(matches!(
        store.open(empty),
        Err(StoreError::NotASession { .. })
    ));
    assert!(!store.files(empty).log.exists(), "opening it wrote nothing");
}

#[test]
fn the_live_screen_stays_blind_to_the_others_until_its_panelist_submits() {
    let (_tmp, store) = store();
    let id = session_with_notes(&store, 0);
    let mut screen = store.open(id).unwrap();
    screen.view_as("ann");
    screen.record("ann", at(5), [note("ann's own")]).unwrap();
    let mut ola = store.open(id).unwrap();
    ola.view_as("ola");
    ola.record("ola", at(6), [note("ola's view")]).unwrap();
    ola.record("ola", at(7), [EventKind::PanelistSubmitted])
        .unwrap();
    assert!(screen.refresh().unwrap());
    let texts_seen: Vec<&str> = screen
        .state()
        .notes
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(texts_seen, ["ann's own"], "Ann has not submitted");
    assert!(
        screen.state().panelists["ola"].submitted_at.is_some(),
        "that Ola submitted shows"
    );
    assert_eq!(screen.events().len(), 4, "every event is still there");
    screen
        .record("ann", at(8), [EventKind::PanelistSubmitted])
        .unwrap();
    assert_eq!(
        screen.state().notes.len(),
        2,
        "once Ann submits, she sees Ola's note"
    );
}
