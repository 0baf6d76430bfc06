//! Tests of the store on real files in temporary folders.

use std::fs;
use std::path::Path;

use proptest::prelude::*;
use tempfile::TempDir;
use uuid::Uuid;

use super::*;
use crate::model::arbitrary::{self, at};
use crate::model::{Draft, Event, EventKind, NoteKind, SessionCreated, SessionId};

pub(super) fn store() -> (TempDir, SessionStore) {
    let tmp = TempDir::new().unwrap();
    let store = SessionStore::new(&Paths::under(tmp.path()));
    (tmp, store)
}

fn session_created() -> SessionCreated {
    let EventKind::SessionCreated(created) = arbitrary::created().kind else {
        unreachable!()
    };
    let mut created = *created;
    created.header.id = SessionId(Uuid::now_v7());
    created
}

pub(super) fn note(text: &str) -> EventKind {
    EventKind::NoteAdded {
        note_kind: NoteKind::Note,
        text: text.into(),
        anchor: Default::default(),
        started_at: at(1),
        started_ms: 1000,
    }
}

/// A new session with `n` notes; returns its id (the session is closed again).
pub(super) fn session_with_notes(store: &SessionStore, n: usize) -> SessionId {
    let created = session_created();
    let id = created.header.id;
    let mut s = store.create(created, vec![], "ann", at(0)).unwrap();
    for i in 0..n {
        s.record("ann", at(i as i64), [note(&format!("note {i}"))])
            .unwrap();
    }
    id
}

pub(super) fn texts(events: &[Event]) -> Vec<String> {
    events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::NoteAdded { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_session_round_trips_through_its_log() {
    let (_tmp, store) = store();
    let id = session_with_notes(&store, 3);
    let read = store.read(id).unwrap();
    assert_eq!(texts(&read.events), ["note 0", "note 1", "note 2"]);
    assert!(read.recovery.is_clean());
    let reopened = store.open(id).unwrap();
    assert_eq!(reopened.events(), read.events.as_slice());
}

#[test]
fn recorded_events_carry_the_interview_clock() {
    let (_tmp, store) = store();
    let created = session_created();
    let mut s = store.create(created, vec![], "ann", at(0)).unwrap();
    s.record("ann", at(10), [EventKind::ClockStarted]).unwrap();
    s.record("ann", at(70), [note("a minute in")]).unwrap();
    assert_eq!(s.events().last().unwrap().elapsed_ms, 60_000);
    assert_eq!(s.state().clock_at(at(100)).elapsed_ms, 90_000);
}

#[cfg(unix)]
#[test]
fn folders_and_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let (_tmp, store) = store();
    let id = session_with_notes(&store, 1);
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(store.dir()), 0o700);
    let files = store.files(id);
    assert_eq!(mode(&files.log), 0o600);
    assert_eq!(mode(&files.lock), 0o600);
    files
        .save_draft(&Draft {
            text: "x".into(),
            note_kind: NoteKind::Note,
            anchor: Default::default(),
            started_at: at(0),
            started_ms: 0,
            saved_at: at(1),
        })
        .unwrap();
    assert_eq!(mode(&files.draft), 0o600);
}

#[test]
fn a_stale_lock_of_a_dead_process_is_taken_over() {
    let (_tmp, store) = store();
    let id = session_with_notes(&store, 1);
    let stale = LockHolder {
        pid: 999_999,
        host: "old-laptop".into(),
    };
    fs::write(store.files(id).lock, serde_json::to_vec(&stale).unwrap()).unwrap();
    let s = store.open(id).unwrap();
    assert_eq!(s.lock().taken_over_from.as_ref(), Some(&stale));
}

#[test]
fn a_full_disk_fails_the_append_and_nothing_counts_as_saved() {
    let Ok(full) = fs::OpenOptions::new().append(true).open("/dev/full") else {
        return; // not on this system
    };
    let mut writer = LogWriter::from_file(full, Path::new("/dev/full"), 0);
    let err = writer.append(b"{\"v\":1}\n").unwrap_err();
    assert!(matches!(err, StoreError::Write { .. }), "{err}");
    assert!(err.to_string().contains("NOT saved"));
    assert_eq!(writer.len(), 0);
}

#[test]
fn a_file_where_the_folder_should_be_is_a_clear_error() {
    let tmp = TempDir::new().unwrap();
    fs::write(tmp.path().join("data"), "not a folder").unwrap();
    let store = SessionStore::new(&Paths::under(tmp.path()));
    let err = store
        .create(session_created(), vec![], "ann", at(0))
        .unwrap_err();
    assert!(matches!(err, StoreError::CreateDir { .. }), "{err}");
}

#[test]
fn a_newer_log_is_refused_and_left_untouched() {
    let (_tmp, store) = store();
    let id = session_with_notes(&store, 1);
    let log = store.files(id).log;
    let mut bytes = fs::read(&log).unwrap();
    // A newer rapport seals its lines too; an unsealed claim could be a changed digit.
    super::log::seal(b"{\"v\":3,\"event\":{\"something\":\"new\"}}", &mut bytes);
    fs::write(&log, &bytes).unwrap();
    let err = store.open(id).unwrap_err();
    assert!(
        matches!(err, StoreError::NewerVersion { found: 3, .. }),
        "{err}"
    );
    assert_eq!(fs::read(&log).unwrap(), bytes);
}

#[test]
fn a_file_that_is_not_a_log_is_refused_and_left_untouched() {
    let (_tmp, store) = store();
    let id = SessionId(Uuid::now_v7());
    fs::create_dir_all(store.files(id).dir).unwrap();
    let log = store.files(id).log;
    fs::write(&log, "Dear diary,\ntoday I interviewed someone.\n").unwrap();
    let err = store.open(id).unwrap_err();
    assert!(matches!(err, StoreError::NotASession { .. }), "{err}");
    assert!(err.to_string().contains("line 1"), "{err}");
    assert_eq!(
        fs::read_to_string(&log).unwrap(),
        "Dear diary,\ntoday I interviewed someone.\n"
    );
}

#[test]
fn sessions_are_found_by_a_piece_of_their_id() {
    let (_tmp, store) = store();
    let a = session_with_notes(&store, 0);
    let b = session_with_notes(&store, 0);
    assert_eq!(store.resolve(&a.to_string()).unwrap(), a);
    let tail = &b.to_string()[28..];
    assert_eq!(store.resolve(tail).unwrap(), b);
    assert_eq!(store.latest().unwrap().0, b);
    assert!(matches!(
        store.resolve("0"),
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        store.resolve("ffffffff-x"),
        Err(StoreError::NotFound { .. })
    ));
    let shared = &a.to_string()[..4];
    assert!(matches!(
        store.resolve(shared),
        Err(StoreError::Ambiguous { count: 2, .. })
    ));
}

#[test]
fn the_last_session_is_the_one_created_last_whatever_its_id() {
    let (_tmp, store) = store();
    let mut crafted = session_created();
    crafted.header.id = SessionId(Uuid::max());
    crafted.header.created = at(0);
    store.create(crafted, vec![], "ann", at(0)).unwrap();
    let mut later = session_created();
    later.header.created = at(60);
    let later_id = later.header.id;
    store.create(later, vec![], "ann", at(60)).unwrap();
    assert_eq!(store.latest().unwrap().0, later_id);
    // An empty log is skipped by `--last` and said.
    let empty = SessionId(Uuid::now_v7());
    fs::create_dir_all(store.files(empty).dir).unwrap();
    fs::write(store.files(empty).log, b"").unwrap();
    let (id, _) = store.latest().unwrap();
    assert_eq!(id, later_id);
}

#[test]
fn no_sessions_yet_is_not_an_error_to_list() {
    let (_tmp, store) = store();
    let (ok, failed) = store.summaries().unwrap();
    assert!(ok.is_empty() && failed.is_empty());
    assert!(!store.dir().join(INDEX_FILE).exists());
    assert!(matches!(store.latest(), Err(StoreError::NoSessions)));
}

#[test]
fn the_draft_is_saved_loaded_and_cleared() {
    let (_tmp, store) = store();
    let id = session_with_notes(&store, 0);
    let files = store.files(id);
    assert_eq!(files.load_draft(), None);
    let draft = Draft {
        text: "she said \"never again\" 😅\nsecond line".into(),
        note_kind: NoteKind::Quote,
        anchor: Default::default(),
        started_at: at(5),
        started_ms: 5000,
        saved_at: at(7),
    };
    files.save_draft(&draft).unwrap();
    assert_eq!(files.load_draft(), Some(draft));
    files.clear_draft().unwrap();
    assert_eq!(files.load_draft(), None);
    files.clear_draft().unwrap();
    fs::write(&files.draft, "{half").unwrap();
    assert_eq!(
        files.load_draft(),
        None,
        "a damaged draft never blocks the session"
    );
}

#[test]
fn deleting_a_session_removes_every_file_it_has() {
    let (_tmp, store) = store();
    let id = session_with_notes(&store, 1);
    let keep = session_with_notes(&store, 1);
    let files = store.files(id);
    fs::write(files.aside(0x1234_5678), "x").unwrap();
    fs::write(&files.draft, "{}").unwrap();
    fs::create_dir_all(&files.exports).unwrap();
    fs::write(files.exports.join("Kari-Nordmann-2026-11-23.md"), "# Kari").unwrap();
    let kept_exports = store.files(keep).exports;
    fs::create_dir_all(&kept_exports).unwrap();
    let deleted = store.delete(id).unwrap();
    // Log, lock, the copy kept aside, the draft, the session's folder and its exports.
    assert_eq!(deleted.len(), 6, "{deleted:?}");
    assert!(
        deleted.contains(&files.exports),
        "exports named: {deleted:?}"
    );
    assert!(
        !files.exports.exists(),
        "exports carry the candidate's name: gone too"
    );
    assert!(kept_exports.exists(), "another session's exports stay");
    assert!(store.files_on_disk(id).unwrap().is_empty());
    assert_eq!(store.ids().unwrap(), vec![keep]);
}

#[test]
fn a_session_open_elsewhere_is_not_deleted() {
    let (_tmp, store) = store();
    let id = session_with_notes(&store, 1);
    let _open = store.open(id).unwrap();
    assert!(matches!(store.delete(id), Err(StoreError::Locked { .. })));
    assert!(store.files(id).log.exists());
}

/// Writes a log of the session-created event plus `events`, returning the store and the id.
fn write_log(events: &[Event]) -> (TempDir, SessionStore, SessionId, Vec<u8>) {
    let (tmp, store) = store();
    let id = session_with_notes(&store, 0);
    let log = store.files(id).log;
    let mut bytes = fs::read(&log).unwrap();
    for e in events {
        encode_line(&mut bytes, e).unwrap();
    }
    fs::write(&log, &bytes).unwrap();
    (tmp, store, id, bytes)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn replay_returns_exactly_what_was_appended(events in proptest::collection::vec(arbitrary::any_event(), 0..20)) {
        let (_tmp, store) = store();
        let created = session_created();
        let id = created.header.id;
        let mut s = store.create(created, vec![], "ann", at(0)).unwrap();
        for e in &events {
            s.record(&e.author, e.at, [e.kind.clone()]).unwrap();
        }
        let written = s.events().to_vec();
        drop(s);
        let read = store.read(id).unwrap();
        prop_assert!(read.recovery.is_clean());
        prop_assert_eq!(&read.events, &written);
        let kinds: Vec<_> = read.events[1..].iter().map(|e| e.kind.clone()).collect();
        let wanted: Vec<_> = events.iter().map(|e| e.kind.clone()).collect();
        prop_assert_eq!(kinds, wanted);
    }

    #[test]
    fn a_log_cut_anywhere_keeps_every_complete_event_and_takes_new_ones(
        events in proptest::collection::vec(arbitrary::any_event(), 1..12),
        cut_frac in 0.0f64..=1.0,
    ) {
        let (_tmp, store, id, bytes) = write_log(&events);
        let first_line = bytes.iter().position(|&b| b == b'\n').unwrap() + 1;
        // Cut anywhere after the session's first line (without it there is no session).
        let cut = first_line + ((bytes.len() - first_line) as f64 * cut_frac) as usize;
        let log = store.files(id).log;
        fs::write(&log, &bytes[..cut]).unwrap();
        let complete = bytes[..cut].iter().filter(|&&b| b == b'\n').count() - 1;

        let mut s = store.open(id).unwrap();
        prop_assert_eq!(s.recovery().torn_tail, cut - bytes[..cut].iter().rposition(|&b| b == b'\n').unwrap() - 1);
        s.record("ann", at(2), [note("after the crash")]).unwrap();
        drop(s);

        let read = store.read(id).unwrap();
        prop_assert!(read.recovery.is_clean(), "{:?}", read.recovery);
        prop_assert_eq!(&read.events[1..=complete], &events[..complete]);
        prop_assert_eq!(read.events.len(), complete + 2);
        prop_assert_eq!(texts(&read.events).last().cloned(), Some("after the crash".to_owned()));
    }

    #[test]
    fn a_damaged_middle_line_loses_only_that_line(
        events in proptest::collection::vec(arbitrary::any_event(), 2..10),
        pick in any::<prop::sample::Index>(),
        garbage in "[^\n]{0,40}",
    ) {
        let (_tmp, store, id, bytes) = write_log(&events);
        let damaged = pick.index(events.len());
        // Replace line `damaged + 2` (1-based; line 1 is the session's creation) with garbage.
        let mut lines: Vec<&[u8]> = bytes.split_inclusive(|&b| b == b'\n').collect();
        let bad = format!("{{{garbage}\n");
        lines[damaged + 1] = bad.as_bytes();
        let corrupted: Vec<u8> = lines.concat();
        let log = store.files(id).log;
        fs::write(&log, &corrupted).unwrap();

        let s = store.open(id).unwrap();
        prop_assert_eq!(s.recovery().damaged.len(), 1);
        prop_assert_eq!(s.recovery().damaged[0].line, damaged + 2);
        let mut expected = events.clone();
        expected.remove(damaged);
        prop_assert_eq!(&s.events()[1..], expected.as_slice());
        let aside = s.recovery().kept_aside.clone().unwrap();
        prop_assert_eq!(fs::read(aside).unwrap(), corrupted, "the original is kept aside");
        drop(s);
        let again = store.open(id).unwrap();
        prop_assert!(again.recovery().is_clean(), "repaired once, clean after");
        prop_assert_eq!(&again.events()[1..], expected.as_slice());
    }
}

fn notes_listed(store: &SessionStore, id: SessionId) -> usize {
    let (listed, failed) = store.summaries().unwrap();
    assert!(failed.is_empty());
    listed
        .iter()
        .find(|l| l.summary.id == id)
        .expect("the session is listed")
        .summary
        .notes
}

#[test]
fn lists_come_from_the_index_while_the_log_is_unchanged() {
    let (_tmp, store) = store();
    let id = session_with_notes(&store, 2);
    assert_eq!(notes_listed(&store, id), 2);
    let index = store.dir().join(INDEX_FILE);
    let candidate = store.read(id).unwrap().state.header.candidate;
    // Prove the second list reads the index, not the log: change the name only in the index.
    let text = fs::read_to_string(&index).unwrap();
    fs::write(&index, text.replace(&candidate, "From The Index")).unwrap();
    let (listed, _) = store.summaries().unwrap();
    assert_eq!(listed[0].summary.candidate, "From The Index");
}

#[test]
fn a_changed_log_is_summarized_again() {
    let (_tmp, store) = store();
    let id = session_with_notes(&store, 1);
    assert_eq!(notes_listed(&store, id), 1);
    let mut s = store.open(id).unwrap();
    s.record("ann", at(6), [note("one more")]).unwrap();
    drop(s);
    assert_eq!(notes_listed(&store, id), 2);
}

#[test]
fn a_damaged_index_is_rebuilt_from_the_logs() {
    let (_tmp, store) = store();
    let ids = [session_with_notes(&store, 1), session_with_notes(&store, 3)];
    fs::create_dir_all(store.dir()).unwrap();
    fs::write(
        store.dir().join(INDEX_FILE),
        b"{\"v\":1,\"sessions\":[{\"trunc",
    )
    .unwrap();
    assert_eq!(notes_listed(&store, ids[0]), 1);
    assert_eq!(notes_listed(&store, ids[1]), 3);
    let text = fs::read_to_string(store.dir().join(INDEX_FILE)).unwrap();
    assert!(
        text.contains(&ids[1].to_string()),
        "the index was rewritten"
    );
}

#[test]
fn a_deleted_session_leaves_no_trace_in_the_index() {
    let (_tmp, store) = store();
    let keep = session_with_notes(&store, 1);
    let gone = session_with_notes(&store, 1);
    store.summaries().unwrap();
    store.delete(gone).unwrap();
    let text = fs::read_to_string(store.dir().join(INDEX_FILE)).unwrap();
    assert!(!text.contains(&gone.to_string()));
    assert!(text.contains(&keep.to_string()));
    let (listed, _) = store.summaries().unwrap();
    assert_eq!(listed.len(), 1);
}

#[test]
fn a_damaged_log_is_listed_as_damaged() {
    let (_tmp, store) = store();
    let id = session_with_notes(&store, 2);
    let log = store.files(id).log;
    let mut bytes = fs::read(&log).unwrap();
    bytes.extend_from_slice(b"{\"v\":1,\"ev");
    fs::write(&log, bytes).unwrap();
    let (listed, _) = store.summaries().unwrap();
    assert!(listed[0].damaged);
    assert_eq!(listed[0].summary.notes, 2);
}

#[test]
fn rapports_own_log_is_moved_aside_once_it_outgrows_its_limit() {
    let tmp = tempfile::TempDir::new().unwrap();
    let log = tmp.path().join("rapport.log");
    let aside = tmp.path().join("rapport.log.1");
    fs::write(&log, "x".repeat(10)).unwrap();
    drop(super::open_rotated_log(&log, 10).unwrap());
    assert!(!aside.exists(), "at the limit: kept");
    fs::write(&log, "y".repeat(11)).unwrap();
    fs::write(&aside, "older").unwrap();
    let mut file = super::open_rotated_log(&log, 10).unwrap();
    std::io::Write::write_all(&mut file, b"new").unwrap();
    assert_eq!(
        fs::read_to_string(&aside).unwrap(),
        "y".repeat(11),
        "the one before replaced"
    );
    assert_eq!(fs::read_to_string(&log).unwrap(), "new");
}
