//! Attacks on rapport through what it reads: hostile text in sessions and imports, odd files,
//! damaged bytes. Each test works in its own temp home.

mod common;

use std::fs;

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
