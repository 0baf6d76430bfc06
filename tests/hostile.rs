//! Attacks on rapport through what it reads: hostile text in sessions and imports, odd files,
//! damaged bytes. Each test works in its own temp home.

mod common;

use std::fs;
use std::io::Write as _;

use common::{ok, run};
use rapport::text::visible::{HOSTILE, has_hostile};
use tempfile::TempDir;

/// A JSON export whose candidate, role, panel, authors and notes are all `evil`.
fn hostile_export(home: &TempDir, evil: &str) -> serde_json::Value {
    ok(home.path(), &["new", "--candidate", "Kari", "--no-tui"]);
    let arg = argument(evil);
    ok(home.path(), &["note", "--last", &arg]);
    ok(home.path(), &["note", "--last", "--kind", "red", &arg]);
    let mut export: serde_json::Value =
        serde_json::from_str(&ok(home.path(), &["export", "--last", "--to", "json"])).unwrap();
    let events = export["events"].as_array_mut().unwrap();
    let header = &mut events[0]["kind"]["session_created"]["header"];
    header["candidate"] = evil.into();
    header["role"] = evil.into();
    header["panel"] = serde_json::json!([evil]);
    for event in events.iter_mut() {
        event["author"] = evil.into();
    }
    export
}

/// `evil` as a command-line argument can carry it (anything but NUL).
fn argument(evil: &str) -> String {
    evil.replace('\0', "\u{1}")
}

#[test]
fn no_hostile_text_reaches_the_terminal_or_a_document() {
    for (n, evil) in HOSTILE.iter().enumerate() {
        let here = TempDir::new().unwrap();
        let file = here.path().join("evil.json");
        fs::write(&file, hostile_export(&here, evil).to_string()).unwrap();
        let there = TempDir::new().unwrap();
        let mut outputs = vec![(
            "import",
            run(there.path(), &["import", file.to_str().unwrap()]),
        )];
        let arg = argument(evil);
        for (what, args) in [
            ("list", vec!["list"]),
            ("resume", vec!["resume", "--last", "--no-tui"]),
            ("note", vec!["note", "--last", &arg]),
            ("md", vec!["export", "--last", "--to", "md"]),
            ("html", vec!["export", "--last", "--to", "html"]),
            ("csv", vec!["export", "--last", "--to", "csv"]),
            ("json", vec!["export", "--last", "--to", "json"]),
            (
                "redacted",
                vec!["export", "--last", "--to", "md", "--redact"],
            ),
            ("purge", vec!["purge", "--older-than", "1ms"]),
            ("forget", vec!["forget", "--candidate", &arg]),
        ] {
            outputs.push((what, run(there.path(), &args)));
        }
        for (what, out) in &outputs {
            assert!(out.status.code().is_some(), "{what} #{n} ran");
            for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
                let text = String::from_utf8_lossy(bytes);
                assert!(
                    !has_hostile(&text),
                    "{what} {stream} with hostile string #{n} {evil:?}: {text:?}"
                );
            }
        }
        let json = &outputs.iter().find(|o| o.0 == "json").unwrap().1.stdout;
        let back: serde_json::Value = serde_json::from_slice(json).unwrap();
        assert_eq!(
            back["header"]["candidate"], *evil,
            "the JSON export escapes, and keeps every character"
        );
    }
}

#[test]
fn exports_go_only_where_asked_and_a_failure_says_so() {
    let home = TempDir::new().unwrap();
    ok(home.path(), &["new", "--candidate", "Kari", "--no-tui"]);
    let to_stdout = ok(home.path(), &["export", "--last", "--to", "md", "-o", "-"]);
    assert!(to_stdout.contains("Kari"), "{to_stdout}");
    assert!(
        !home.path().join("-").exists(),
        "`-` is standard output, not a file"
    );

    let real = home.path().join("real.md");
    fs::write(&real, "old").unwrap();
    let link = home.path().join("link.md");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let said = run(
        home.path(),
        &[
            "export",
            "--last",
            "--to",
            "md",
            "-o",
            link.to_str().unwrap(),
        ],
    );
    assert!(said.status.success());
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link stays"
    );
    assert!(fs::read_to_string(&real).unwrap().contains("Kari"));

    ok(
        home.path(),
        &["export", "--last", "--to", "html", "-o", "/dev/null"],
    );
    assert!(std::os::unix::fs::FileTypeExt::is_char_device(
        &fs::metadata("/dev/null").unwrap().file_type()
    ));

    let err = run(
        home.path(),
        &[
            "export",
            "--last",
            "--to",
            "md",
            "-o",
            home.path().to_str().unwrap(),
        ],
    );
    let err = String::from_utf8_lossy(&err.stderr);
    assert!(
        err.contains("the export was not written") && err.contains("folder"),
        "{err}"
    );
    assert!(!err.contains("NOT saved"), "{err}");
}

#[test]
fn an_error_is_one_sentence_even_with_rust_backtrace_set() {
    let home = TempDir::new().unwrap();
    let out = common::rapport(home.path())
        .env("RUST_BACKTRACE", "1")
        .args(["resume", "nosuchsession"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    let debug = common::rapport(home.path())
        .env("RAPPORT_DEBUG", "1")
        .args(["resume", "nosuchsession"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&debug.stderr).lines().count() > 1,
        "RAPPORT_DEBUG=1 shows where"
    );
}

/// Runs `rapport args…`, failing the test (instead of hanging it) if it does not finish.
fn finishes(home: &std::path::Path, args: &[&str]) -> std::process::Output {
    let child = common::rapport(home)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let (done, waited) = std::sync::mpsc::channel();
    std::thread::spawn(move || done.send(child.wait_with_output().unwrap()));
    match waited.recv_timeout(std::time::Duration::from_secs(30)) {
        Ok(out) => out,
        Err(_) => {
            let _ = std::process::Command::new("kill")
                .args(["-9", &pid.to_string()])
                .status();
            panic!("rapport {args:?} hung");
        }
    }
}

fn mkfifo(path: &std::path::Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success());
}

#[test]
fn odd_files_are_named_and_skipped_never_followed_or_waited_on() {
    let home = TempDir::new().unwrap();
    let kept = ok(home.path(), &["new", "--candidate", "Kari", "--no-tui"])
        .trim()
        .to_owned();
    let sessions = home.path().join("data/sessions");
    // A FIFO named like a log.
    let fifo_id = "01a00000-0000-7000-8000-000000000001";
    mkfifo(&sessions.join(format!("{fifo_id}.jsonl")));
    for args in [
        vec!["list"],
        vec!["purge", "--older-than", "1ms"],
        vec!["forget", "--candidate", "Nobody"],
        vec!["note", "--last", "still works"],
    ] {
        let out = finishes(home.path(), &args);
        let err = String::from_utf8_lossy(&out.stderr);
        if args[0] != "note" {
            assert!(err.contains("FIFO"), "{args:?} names the FIFO: {err}");
        }
    }
    // A log that is a link into another session: never written through.
    let other = ok(home.path(), &["new", "--candidate", "Ola", "--no-tui"])
        .trim()
        .to_owned();
    let other_log = common::log_of(home.path(), &other);
    let before = fs::read(&other_log).unwrap();
    let linked = "01a00000-0000-7000-8000-000000000002";
    // A session folder that is a link to another session's folder.
    std::os::unix::fs::symlink(
        common::session_dir(home.path(), &other),
        sessions.join(linked),
    )
    .unwrap();
    let out = finishes(home.path(), &["note", linked, "into the wrong session"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("symbolic link"));
    assert_eq!(
        fs::read(&other_log).unwrap(),
        before,
        "the other session is untouched"
    );
    ok(
        home.path(),
        &["note", &kept, "the real one still takes notes"],
    );

    // Banks that are a link to /dev/zero, a FIFO, or a folder.
    let banks = home.path().join("config/banks");
    fs::create_dir_all(&banks).unwrap();
    std::os::unix::fs::symlink("/dev/zero", banks.join("zero.json")).unwrap();
    mkfifo(&banks.join("pipe.json"));
    let out = finishes(home.path(), &["banks", "list"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("zero.json") && err.contains("symbolic link"),
        "{err}"
    );
    assert!(err.contains("pipe.json") && err.contains("FIFO"), "{err}");
}

#[test]
fn files_others_could_read_are_made_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let home = TempDir::new().unwrap();
    let id = ok(home.path(), &["new", "--candidate", "Kari", "--no-tui"])
        .trim()
        .to_owned();
    let log = home.path().join("data/logs/rapport.log");
    let session = common::log_of(home.path(), &id);
    for file in [&log, &session] {
        fs::set_permissions(file, fs::Permissions::from_mode(0o644)).unwrap();
    }
    ok(home.path(), &["list"]);
    ok(home.path(), &["export", "--last", "--to", "md"]);
    for file in [&log, &session] {
        let mode = fs::metadata(file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", file.display());
    }
}

#[test]
fn a_line_of_stdin_that_is_not_utf8_is_named_and_the_rest_saved() {
    let home = TempDir::new().unwrap();
    ok(home.path(), &["new", "--candidate", "Kari", "--no-tui"]);
    let mut child = common::rapport(home.path())
        .args(["note", "--last", "--stdin"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"first\n\xff\xfe broken\nthird\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "it says something was skipped");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2"));
    let md = ok(home.path(), &["export", "--last", "--to", "md"]);
    assert!(md.contains("first") && md.contains("third"), "{md}");
}

#[test]
fn forget_finds_the_name_in_every_file_rapport_owns_and_does_not_print_it() {
    let home = TempDir::new().unwrap();
    let gone = ok(
        home.path(),
        &["new", "--candidate", "Maja Hansen", "--no-tui"],
    )
    .trim()
    .to_owned();
    let kept = ok(
        home.path(),
        &["new", "--candidate", "Ola Nordmann", "--no-tui"],
    )
    .trim()
    .to_owned();
    let sessions = home.path().join("data/sessions");
    // What interrupted writes and damage leave behind, each naming her.
    let temp = sessions.join(".index-x1y2.tmp");
    fs::write(&temp, r#"{"candidate":"Maja Hansen"}"#).unwrap();
    // A log of rapport 0.1 cut short after her name (moved into its folder, then read).
    let torn = "01a00000-0000-7000-8000-00000000000b";
    fs::write(sessions.join(format!("{torn}.jsonl")), "{\"v\":1,\"event\":{\"kind\":{\"session_created\":{\"header\":{\"candidate\":\"Maja Hansen\",\"role").unwrap();
    // A session folder whose log is not rapport's at all, but names her.
    let broken_dir = sessions.join("01a00000-0000-7000-8000-00000000000e");
    fs::create_dir_all(&broken_dir).unwrap();
    let broken = broken_dir.join("0badc0de-0.jsonl");
    fs::write(&broken, "notes copied by hand: MAJA HANSEN was late\n").unwrap();
    let log = home.path().join("data/logs/rapport.log");
    fs::OpenOptions::new()
        .append(true)
        .open(&log)
        .unwrap()
        .write_all(
            b"ERROR the export was not written to /tmp/MAJA-HANSEN-2026-12-02.md\nother line\n",
        )
        .unwrap();

    let listed =
        String::from_utf8(run(home.path(), &["forget", "--candidate", "maja hansen"]).stdout)
            .unwrap();
    assert!(
        !listed.to_lowercase().contains("maja"),
        "the name is not printed: {listed}"
    );
    for file in [&temp, &broken] {
        assert!(listed.contains(&file.display().to_string()), "{listed}");
    }
    assert!(listed.contains(torn), "{listed}");
    let done = ok(
        home.path(),
        &["forget", "--candidate", "maja hansen", "--yes"],
    );
    assert!(!done.to_lowercase().contains("maja"), "{done}");
    assert!(!temp.exists() && !broken_dir.exists() && !sessions.join(torn).exists());
    assert!(!sessions.join(&gone).exists());
    assert!(sessions.join(&kept).exists(), "Ola's session stays");
    let log_text = fs::read_to_string(&log).unwrap().to_lowercase();
    assert!(!log_text.contains("maja"), "{log_text}");
    assert!(log_text.contains("other line"));
}

#[test]
fn redaction_hides_every_form_of_a_name_and_contact_data() {
    let home = TempDir::new().unwrap();
    ok(
        home.path(),
        &["new", "--candidate", "Maja Zoë Hansen", "--no-tui"],
    );
    for note in [
        "maja was calm",
        "HANSEN knew the product",
        "Majas manager liked her",
        "Zoe, as she prefers",
        "mail maja.h@example.no or call +47 912 34 567",
    ] {
        ok(home.path(), &["note", "--last", note]);
    }
    let md = ok(home.path(), &["export", "--last", "--to", "md", "--redact"]).to_lowercase();
    for left in ["maja", "hansen", "zoe", "zoë", "example.no", "912 34"] {
        assert!(!md.contains(left), "{left} survived: {md}");
    }
    assert!(md.contains("e-mail\\]") && md.contains("phone\\]"), "{md}");
}

#[test]
fn purge_removes_old_files_that_are_not_logs_and_empty_logs() {
    let home = TempDir::new().unwrap();
    let kept = ok(home.path(), &["new", "--candidate", "Kari", "--no-tui"])
        .trim()
        .to_owned();
    let sessions = home.path().join("data/sessions");
    let junk = sessions.join("01a00000-0000-7000-8000-00000000000c.jsonl");
    let empty = sessions.join("01a00000-0000-7000-8000-00000000000d.jsonl");
    fs::write(&junk, "not a log at all\n").unwrap();
    fs::write(&empty, "").unwrap();
    let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(400 * 86_400);
    for file in [&junk, &empty] {
        fs::File::options()
            .write(true)
            .open(file)
            .unwrap()
            .set_modified(long_ago)
            .unwrap();
    }
    // `--last` skips them and says so.
    let out = run(home.path(), &["note", "--last", "still Kari's"]);
    assert!(out.status.success());
    let said = ok(home.path(), &["purge", "--older-than", "180d", "--yes"]);
    assert!(said.contains("Deleted"), "{said}");
    assert!(!junk.exists() && !empty.exists());
    assert!(sessions.join(&kept).exists());
}

#[test]
fn an_import_with_made_up_ids_or_dates_is_refused_and_a_repeated_event_counted_once() {
    let here = TempDir::new().unwrap();
    ok(here.path(), &["new", "--candidate", "Kari", "--no-tui"]);
    ok(here.path(), &["note", "--last", "once"]);
    let export: serde_json::Value =
        serde_json::from_str(&ok(here.path(), &["export", "--last", "--to", "json"])).unwrap();
    let import = |export: &serde_json::Value| {
        let there = TempDir::new().unwrap();
        let file = there.path().join("x.json");
        fs::write(&file, export.to_string()).unwrap();
        let out = run(there.path(), &["import", file.to_str().unwrap()]);
        (there, out)
    };
    let mut dated = export.clone();
    let last = dated["events"].as_array().unwrap().len() - 1;
    dated["events"][last]["at"] = "0001-01-01T00:00:00Z".into();
    let (_h, out) = import(&dated);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("0001-01-01"), "{err}");

    let mut crafted = export.clone();
    crafted["events"][0]["kind"]["session_created"]["header"]["id"] =
        "ffffffff-ffff-ffff-ffff-ffffffffffff".into();
    let (_h, out) = import(&crafted);
    assert!(String::from_utf8_lossy(&out.stderr).contains("not an id rapport makes"));

    let mut twice = export.clone();
    let note = twice["events"][last].clone();
    twice["events"].as_array_mut().unwrap().push(note);
    let (there, out) = import(&twice);
    assert!(out.status.success());
    let json: serde_json::Value =
        serde_json::from_str(&ok(there.path(), &["export", "--last", "--to", "json"])).unwrap();
    let notes = json["summary"]["notes"].as_array().unwrap();
    let once = notes.iter().filter(|n| n["text"] == "once");
    assert_eq!(once.count(), 1, "{notes:?}");
}
