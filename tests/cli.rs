//! End-to-end tests of the command line: the real binary, real files, one temp home each.

mod common;

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;

use common::{fails, ok, rapport, run, store};
use rapport::model::EventKind;
use tempfile::TempDir;

fn home() -> TempDir {
    TempDir::new().unwrap()
}

fn new_session(home: &TempDir, candidate: &str) -> String {
    ok(home.path(), &["new", "--candidate", candidate, "--no-tui"])
        .trim()
        .to_owned()
}

#[test]
fn new_note_resume_export_round_trip_a_session() {
    let home = home();
    let id = new_session(&home, "Kari Nordmann");
    let note = ok(
        home.path(),
        &["note", &id[30..], "Stayed", "calm", "with", "the", "caller"],
    );
    ok(
        home.path(),
        &["note", "--last", "--kind", "red", "Blamed the team"],
    );
    let resumed = ok(home.path(), &["resume", "--last"]);
    assert!(resumed.contains("Kari Nordmann"), "{resumed}");
    assert!(resumed.contains("notes     2"), "{resumed}");

    let json: serde_json::Value =
        serde_json::from_str(&ok(home.path(), &["export", &id, "--to", "json"])).unwrap();
    assert_eq!(json["header"]["id"], id.as_str());
    let notes = json["summary"]["notes"].as_array().unwrap();
    assert_eq!(notes[0]["id"], note.trim());
    assert_eq!(notes[0]["text"], "Stayed calm with the caller");
    assert_eq!(notes[1]["kind"], "red_flag");
    // Lossless: the exported events are exactly the log's.
    let exported: Vec<rapport::model::Event> =
        serde_json::from_value(json["events"].clone()).unwrap();
    let logged = store(home.path()).read(id.parse().unwrap()).unwrap().events;
    assert_eq!(exported, logged);
    assert!(matches!(exported[1].kind, EventKind::ClockStarted));
}

#[test]
fn export_writes_a_private_file() {
    let home = home();
    new_session(&home, "Ada");
    let out = home.path().join("ada.json");
    ok(
        home.path(),
        &[
            "export",
            "--last",
            "--to",
            "json",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    let text = fs::read_to_string(&out).unwrap();
    assert!(text.contains("\"candidate\": \"Ada\""));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&out).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
}

#[test]
fn a_second_writer_records_while_the_first_holds_its_own_log() {
    let home = home();
    let id = new_session(&home, "Ada");
    let mut first = rapport(home.path())
        .args(["note", "--last", "--stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = first.stdin.take().unwrap();
    writeln!(stdin, "first instance's note").unwrap();
    let mut ids = BufReader::new(first.stdout.take().unwrap()).lines();
    ids.next().unwrap().unwrap(); // saved: the first instance surely holds its writer log now

    // A hotkey note while the first writer is still open: its own log, not refused.
    ok(home.path(), &["note", "--last", "second instance"]);
    let said = ok(home.path(), &["resume", "--last", "--no-tui"]);
    assert!(said.contains("notes     2"), "{said}");
    writeln!(stdin, "first instance again").unwrap();
    ids.next().unwrap().unwrap();
    drop(stdin);
    assert!(first.wait().unwrap().success());
    let events = store(home.path()).read(id.parse().unwrap()).unwrap().events;
    let notes: Vec<&str> = events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::NoteAdded { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        notes,
        [
            "first instance's note",
            "second instance",
            "first instance again"
        ]
    );
    let logs = std::fs::read_dir(common::session_dir(home.path(), &id))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".jsonl"))
        .count();
    assert!(logs >= 2, "each writer its own log");
}

#[test]
fn stdin_notes_print_each_id_once_saved() {
    let home = home();
    let id = new_session(&home, "Ada");
    let mut child = rapport(home.path())
        .args(["note", &id, "--stdin", "--kind", "quote"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("one\n\ntwo 二 🎉\r\nthree".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let printed: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(printed.len(), 3, "blank lines are not notes");
    let state = store(home.path()).read(id.parse().unwrap()).unwrap().state;
    let texts: Vec<&str> = state.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["one", "two 二 🎉", "three"]);
    assert_eq!(state.notes[2].id.to_string(), printed[2]);
}

#[test]
fn candidate_names_are_never_file_names() {
    let home = home();
    let id = new_session(&home, "../../王小明 🚀/x\\y");
    let names: Vec<String> = fs::read_dir(home.path().join("data/sessions"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(names.iter().all(|n| n.starts_with(&id)), "{names:?}");
    let list = ok(home.path(), &["list"]);
    assert!(list.contains("王小明 🚀"), "{list}");
    let in_chinese = ok(home.path(), &["--ui-lang", "zh", "list"]);
    assert!(
        in_chinese.contains("候选人") && in_chinese.contains("进行中"),
        "{in_chinese}"
    );
}

#[test]
fn unknown_sessions_are_one_clear_sentence() {
    let home = home();
    let err = fails(home.path(), &["resume", "--last"], 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("no sessions yet"), "{err}");
    new_session(&home, "Ada");
    let err = fails(
        home.path(),
        &["export", "ffff-not-an-id", "--to", "json"],
        1,
    );
    assert_eq!(
        err.trim(),
        "rapport: no session matches 'ffff-not-an-id' (see `rapport list`)"
    );
}

#[test]
fn a_folder_that_cannot_be_written_is_a_clear_error() {
    let home = home();
    fs::write(
        home.path().join("data"),
        "a file where the folder should be",
    )
    .unwrap();
    let err = fails(home.path(), &["new", "--candidate", "Ada", "--no-tui"], 1);
    assert!(
        err.starts_with("rapport: cannot create the folder"),
        "{err}"
    );
    assert!(err.contains("because:"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_log_from_a_newer_rapport_is_refused_and_kept() {
    let home = home();
    let id = new_session(&home, "Ada");
    let log = common::log_of(home.path(), &id);
    let mut bytes = fs::read(&log).unwrap();
    rapport::store::seal(b"{\"v\":7,\"event\":{\"hologram\":{}}}", &mut bytes);
    fs::write(&log, &bytes).unwrap();
    let err = fails(home.path(), &["note", "--last", "x"], 1);
    assert!(err.contains("newer rapport"), "{err}");
    assert_eq!(
        fs::read(&log).unwrap(),
        bytes,
        "nothing already saved is changed"
    );
}

#[test]
fn a_log_that_is_not_json_is_refused_and_kept() {
    let home = home();
    let id = new_session(&home, "Ada");
    let log = common::log_of(home.path(), &id);
    fs::write(&log, "this is not json\n").unwrap();
    let err = fails(home.path(), &["resume", &id], 1);
    assert!(err.contains("is not a rapport session log"), "{err}");
    assert_eq!(fs::read_to_string(&log).unwrap(), "this is not json\n");
}

#[test]
fn a_damaged_log_is_recovered_and_the_user_told() {
    let home = home();
    let id = new_session(&home, "Ada");
    for text in ["one", "two", "three"] {
        ok(home.path(), &["note", "--last", text]);
    }
    let log = common::log_of(home.path(), &id);
    let text = fs::read_to_string(&log).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines[4] = "{\"v\":1,\"event\":{garbage";
    let damaged = format!("{}\n{{\"v\":1,\"ev", lines.join("\n"));
    fs::write(&log, &damaged).unwrap();

    let err =
        String::from_utf8(run(home.path(), &["export", "--last", "--to", "json"]).stderr).unwrap();
    assert!(
        err.contains("line 5 of") && err.contains("could not be read"),
        "{err}"
    );
    assert!(err.contains("Nothing was changed"), "{err}");

    let out = rapport(home.path())
        .args(["resume", "--last"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("line 5 of") && err.contains("could not be read"),
        "{err}"
    );
    assert!(err.contains("was cut off"), "{err}");
    assert!(err.contains("original file is kept at"), "{err}");
    let aside: Vec<_> = fs::read_dir(common::session_dir(home.path(), &id))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".damaged-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(fs::read_to_string(aside[0].path()).unwrap(), damaged);
    let resumed = String::from_utf8(out.stdout).unwrap();
    assert!(resumed.contains("notes     2"), "{resumed}");
}

#[test]
fn forget_lists_then_deletes_everything_about_a_candidate() {
    let home = home();
    let gone = new_session(&home, "Kari Nordmann");
    new_session(&home, "KARI NORDMANN");
    let kept = new_session(&home, "Ola Nordmann");
    let log = home.path().join("data/logs/rapport.log");
    fs::OpenOptions::new()
        .append(true)
        .open(&log)
        .unwrap()
        .write_all(b"a line that names kari nordmann\n")
        .unwrap();

    let out = run(home.path(), &["forget", "--candidate", "kari nordmann"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "no terminal to ask and no --yes"
    );
    let listed = String::from_utf8(out.stdout).unwrap();
    assert!(listed.contains(&gone), "{listed}");
    assert!(listed.contains("rapport.log"), "{listed}");
    assert!(home.path().join(format!("data/sessions/{gone}")).exists());

    let done = ok(
        home.path(),
        &["forget", "--candidate", "kari nordmann", "--yes"],
    );
    // Per session its log, its lock, who recorded in it here, and its folder.
    assert!(done.contains("Deleted 8 files and"), "{done}");
    assert!(!home.path().join(format!("data/sessions/{gone}")).exists());
    let ids = store(home.path()).ids().unwrap();
    assert_eq!(ids.len(), 1);
    assert_eq!(ids[0].to_string(), kept);
    let log_text = fs::read_to_string(&log).unwrap().to_lowercase();
    assert!(!log_text.contains("kari nordmann"));
    assert!(!log_text.contains(&gone));
    assert!(log_text.contains(&kept), "other sessions' lines stay");
}

#[test]
fn purge_deletes_only_sessions_older_than_asked() {
    let home = home();
    new_session(&home, "Ada");
    let kept = ok(home.path(), &["purge", "--older-than", "180d", "--yes"]);
    assert!(kept.contains("nothing to delete"), "{kept}");
    assert_eq!(store(home.path()).ids().unwrap().len(), 1);
    std::thread::sleep(std::time::Duration::from_millis(20));
    let gone = ok(home.path(), &["purge", "--older-than", "1ms", "--yes"]);
    assert!(gone.contains("Deleted"), "{gone}");
    assert!(store(home.path()).ids().unwrap().is_empty());
    let err = fails(home.path(), &["purge", "--older-than", "soon"], 2);
    assert!(err.contains("--older-than"), "{err}");
}

#[test]
fn usage_mistakes_exit_with_two() {
    let home = home();
    fails(home.path(), &["new"], 2);
    fails(home.path(), &["note", "--last"], 2);
    fails(home.path(), &["new", "--candidate", "  ", "--no-tui"], 2);
    fails(
        home.path(),
        &["new", "--candidate", "Ada", "--lang", "klingon"],
        2,
    );
    fails(home.path(), &["frobnicate"], 2);
}

#[test]
fn help_version_completions_and_home() {
    let home = home();
    assert!(ok(home.path(), &["--version"]).starts_with("rapport "));
    let help = ok(home.path(), &["--help"]);
    for command in [
        "new",
        "note",
        "resume",
        "list",
        "export",
        "forget",
        "purge",
        "completions",
    ] {
        assert!(help.contains(command), "{command} missing from help");
    }
    assert!(ok(home.path(), &["completions", "bash"]).contains("rapport"));
    assert!(ok(home.path(), &[]).contains("No interviews yet"));
    new_session(&home, "Ada");
    assert!(ok(home.path(), &[]).contains("Ada"));
}

#[test]
fn a_json_export_imports_into_another_home_as_it_was() {
    let (here, there) = (home(), home());
    let id = new_session(&here, "Kari Nordmann");
    ok(here.path(), &["note", "--last", "--kind", "green", "Calm"]);
    ok(here.path(), &["note", "--last", "Asked about the rota"]);
    let file = here.path().join("kari.json");
    ok(
        here.path(),
        &[
            "export",
            "--last",
            "--to",
            "json",
            "-o",
            file.to_str().unwrap(),
        ],
    );

    let said = ok(there.path(), &["import", file.to_str().unwrap()]);
    assert!(
        said.contains("Kari Nordmann") && said.contains(&id),
        "{said}"
    );
    let original = store(here.path()).read(id.parse().unwrap()).unwrap();
    let imported = store(there.path()).read(id.parse().unwrap()).unwrap();
    assert_eq!(imported.events, original.events, "every event, as it was");
    assert_eq!(imported.state, original.state);
    // The imported session is a session like any other: it takes notes and lists.
    ok(there.path(), &["note", "--last", "After the import"]);
    assert!(ok(there.path(), &["list"]).contains("Kari Nordmann"));

    let again = fails(there.path(), &["import", file.to_str().unwrap()], 1);
    assert!(again.contains("already stored"), "{again}");
}

#[test]
fn an_import_that_is_not_an_export_is_one_clear_sentence_and_stores_nothing() {
    let home = home();
    let file = home.path().join("x.json");
    for (text, says) in [
        ("{ not json", "is not JSON"),
        ("{\"events\": []}", "is not a rapport session export"),
        ("{\"rapport_session\": 99, \"events\": []}", "newer rapport"),
        (
            "{\"rapport_session\": 2, \"events\": []}",
            "holds no events",
        ),
        // Version 1 exports are still read.
        ("{\"rapport_export\": 1, \"events\": []}", "holds no events"),
    ] {
        fs::write(&file, text).unwrap();
        let err = fails(home.path(), &["import", file.to_str().unwrap()], 1);
        assert!(err.contains(says), "{text}: {err}");
    }
    assert!(ok(home.path(), &["list"]).trim().lines().count() <= 1);
}

#[test]
fn a_session_goes_on_as_whoever_this_machine_recorded_as_unless_as_says_otherwise() {
    let home = home();
    // Created as Ann while the login name ($USER) is "tester".
    let id = ok(
        home.path(),
        &["new", "--candidate", "Ada", "--as", "Ann", "--no-tui"],
    );
    let id = id.trim();
    ok(home.path(), &["note", "--last", "no --as: still Ann"]);
    ok(home.path(), &["note", "--last", "--as", "Ola", "now Ola"]);
    ok(home.path(), &["note", "--last", "and Ola goes on"]);
    let events = store(home.path()).read(id.parse().unwrap()).unwrap().events;
    let authors: Vec<(&str, &str)> = events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::NoteAdded { text, .. } => Some((e.author.as_str(), text.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        authors,
        [
            ("Ann", "no --as: still Ann"),
            ("Ola", "now Ola"),
            ("Ola", "and Ola goes on")
        ],
        "never the login name, and --as sticks"
    );
    assert!(events.iter().all(|e| e.author != "tester"));
}
