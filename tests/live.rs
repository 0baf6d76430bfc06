//! The live screen end to end: the real binary in a pseudo-terminal, read through a terminal
//! emulator. Start a session, type two notes, kill -9 it, resume, and find both notes on
//! screen and in the export; and the terminal is restored on the way out.

mod common;

use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use common::term::Term;
use tempfile::TempDir;

#[test]
fn notes_typed_live_survive_kill_9_and_come_back_on_resume() {
    let home = TempDir::new().unwrap();
    let mut term = Term::start(
        home.path(),
        &["new", "--candidate", "Ada Lovelace", "--ui-lang", "en"],
        100,
        30,
    );
    term.wait_for("F1 help");
    term.wait_for("Ada Lovelace");
    term.send("Calm with the angry caller\r");
    term.wait_for("1 note");
    term.send("Quote: \"I'd rather ask twice\"\r");
    term.wait_for("2 notes");
    term.kill_9();

    let mut again = Term::start(
        home.path(),
        &["resume", "--last", "--ui-lang", "en"],
        100,
        30,
    );
    again.wait_for("2 notes");
    let screen = again.contents();
    assert!(screen.contains("Calm with the angry caller"), "{screen}");
    assert!(screen.contains("I'd rather ask twice"), "{screen}");
    again.send("\x03"); // Ctrl-C: quit at once, everything saved
    assert!(again.wait_exit());

    let exported = common::ok(home.path(), &["export", "--last", "--to", "json"]);
    assert!(exported.contains("Calm with the angry caller"));
    assert!(exported.contains("I'd rather ask twice"));
}

#[test]
fn quitting_restores_the_terminal() {
    let home = TempDir::new().unwrap();
    let mut term = Term::start(
        home.path(),
        &[
            "new",
            "--candidate",
            "王小明",
            "--ui-lang",
            "zh",
            "--lang",
            "zh",
        ],
        80,
        24,
    );
    term.wait_for("F1 帮助");
    {
        let parser = term.screen.lock().unwrap();
        assert!(
            parser.screen().alternate_screen(),
            "the live screen uses the alternate screen"
        );
        assert!(
            parser.screen().bracketed_paste(),
            "paste arrives as text, never as keys"
        );
    }
    term.send("\x11"); // Ctrl-Q asks first
    term.wait_for("Ctrl-Q 退出");
    term.send("y"); // a letter only types
    term.wait_for("│y");
    term.send("\x11"); // the same key again quits
    assert!(term.wait_exit());
    let parser = term.screen.lock().unwrap();
    assert!(
        !parser.screen().alternate_screen(),
        "back on the normal screen"
    );
    assert!(
        !parser.screen().bracketed_paste(),
        "bracketed paste is off again"
    );
    assert!(
        !parser.screen().hide_cursor(),
        "the cursor is visible again"
    );
}

#[test]
fn every_ending_signal_saves_and_restores_the_terminal() {
    for signal in ["TERM", "HUP", "INT", "QUIT", "USR1", "USR2", "ALRM"] {
        let home = TempDir::new().unwrap();
        let mut term = Term::start(
            home.path(),
            &["new", "--candidate", "Ada", "--ui-lang", "en"],
            80,
            24,
        );
        term.wait_for("F1 help");
        term.send("half a thought");
        term.wait_for("half a thought");
        term.signal(&format!("-{signal}"));
        term.wait_exit();
        let parser = term.screen.lock().unwrap();
        assert!(
            !parser.screen().alternate_screen(),
            "restored after SIG{signal}"
        );
        drop(parser);
        let drafts = drafts(home.path());
        assert_eq!(
            drafts.len(),
            1,
            "SIG{signal}: the note being typed was saved"
        );
        assert!(drafts[0].contains("half a thought"), "SIG{signal}");
    }
}

#[test]
fn a_hotkey_note_shows_on_the_open_live_screen() {
    let home = TempDir::new().unwrap();
    let mut term = Term::start(
        home.path(),
        &["new", "--candidate", "Ada", "--ui-lang", "en"],
        100,
        30,
    );
    term.wait_for("F1 help");
    term.send("typed on the screen");
    // While the screen holds its writer log, a hotkey (another process) adds a note.
    let said = common::ok(home.path(), &["note", "--last", "added by a hotkey"]);
    assert_eq!(said.trim().len(), 36, "saved: {said}");
    term.wait_for("added by a hotkey");
    term.wait_for("typed on the screen");
    term.send("\x03");
    term.wait_exit();
}

#[test]
fn closing_the_window_saves_and_ends_rapport() {
    let home = TempDir::new().unwrap();
    let mut term = Term::start(
        home.path(),
        &["new", "--candidate", "Ada", "--ui-lang", "en"],
        80,
        24,
    );
    term.wait_for("F1 help");
    term.send("said she would call back");
    term.wait_for("said she would call back");
    assert!(
        term.close_window(),
        "rapport kept running after its terminal was closed"
    );
    let drafts = drafts(home.path());
    assert_eq!(drafts.len(), 1, "the note being typed was saved");
}

#[test]
fn rapport_alone_reaches_home_and_the_demo_opens_from_it() {
    let home = TempDir::new().unwrap();
    let mut term = Term::start(home.path(), &["--ui-lang", "en"], 100, 30);
    term.wait_for("Recent interviews");
    term.wait_for("d to try the demo");
    term.send("d");
    term.wait_for("Jonas Lind (demo)");
    term.wait_for("Notes · 3 notes");
    term.send("\x03");
    assert!(term.wait_exit());
    let list = common::ok(home.path(), &["list"]);
    assert!(
        list.contains("(demo)"),
        "the demo is its own session: {list}"
    );
}

#[test]
fn resuming_records_as_the_sessions_panelist_and_says_when_as_changes_it() {
    let home = TempDir::new().unwrap();
    let mut term = Term::start(
        home.path(),
        &[
            "new",
            "--candidate",
            "Ada",
            "--as",
            "Ann",
            "--ui-lang",
            "en",
        ],
        80,
        24,
    );
    term.wait_for("as Ann");
    term.kill_9();
    // The login name is "tester"; resuming without --as goes on as Ann.
    let mut again = Term::start(
        home.path(),
        &["resume", "--last", "--ui-lang", "en"],
        80,
        24,
    );
    again.wait_for("as Ann");
    again.send("\x03");
    again.wait_exit();
    let mut other = Term::start(
        home.path(),
        &["resume", "--last", "--as", "Ola", "--ui-lang", "en"],
        100,
        24,
    );
    other.wait_for("as Ola (was Ann here)");
    other.send("\x03");
    other.wait_exit();
}

/// The keys a terminal sends for F-keys, arrows and the rest (xterm).
mod keys {
    pub const F6: &str = "\x1b[17~";
    pub const F7: &str = "\x1b[18~";
    pub const F10: &str = "\x1b[21~";
    pub const F12: &str = "\x1b[24~";
    pub const RIGHT: &str = "\x1b[C";
    pub const ESC: &str = "\x1b";
    pub const CTRL_C: &str = "\x03";
    pub const CTRL_E: &str = "\x05";
    pub const CTRL_N: &str = "\x0e";
    pub const CTRL_S: &str = "\x13";
}

/// The text of every draft file under `home`.
fn drafts(home: &Path) -> Vec<String> {
    // Each session is a folder; its drafts are in it.
    std::fs::read_dir(home.join("data/sessions"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .flat_map(|dir| std::fs::read_dir(dir.path()).unwrap().flatten())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".draft"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect()
}

/// Waits until the session's draft file exists and holds `text` (written a second after
/// typing; a file, not a timer, is waited on).
fn wait_for_draft(home: &Path, text: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if drafts(home).iter().any(|t| t.contains(text)) {
            return;
        }
        assert!(Instant::now() < deadline, "no draft holding {text:?}");
        thread::sleep(Duration::from_millis(20));
    }
}

/// The deep interview as a user would have it: three roles from the CV, a sentence typed into
/// every screen on the way, kill -9 mid-note in the deep-dive, resume, score and submit, end,
/// reopen, end again. The log then holds only what was meant, every note under the question it
/// was typed at, all of it by one panelist.
#[test]
fn a_deep_interview_from_first_note_to_the_second_end_keeps_only_what_was_meant() {
    use keys::*;
    let home = TempDir::new().unwrap();
    let mut term = Term::start(
        home.path(),
        &[
            "new",
            "--candidate",
            "Jānis Bērziņš",
            "--format",
            "deep-120",
            "--as",
            "Ann",
            "--ui-lang",
            "en",
        ],
        100,
        30,
    );
    term.wait_for("F1 help");
    term.send(CTRL_N); // into the deep-dive
    term.wait_for("No roles yet");
    let roles = [
        ("Telenor", "Agent", "Ran the night queue alone"),
        ("Elkjøp", "Team lead", "Cut repeat contacts by a fifth"),
        ("DNB", "Senior agent", "Coached two new hires"),
    ];
    for (n, (employer, title, note)) in roles.iter().enumerate() {
        term.send(F7);
        term.wait_for("Add a role from the CV");
        term.send(&format!("{employer}\t{title}\r"));
        term.wait_for(&format!("{employer} — {title}"));
        term.send(&format!("{note}\r"));
        term.wait_for(&format!("{} note", n + 1));
    }
    // A sentence typed into the summary, scoring and the 1–10 form on the way.
    term.send(F12);
    term.wait_for("Summary ·");
    term.send("Typed on the summary, yes\r");
    term.wait_for("Type to take a note"); // saved: the note line is empty again
    term.send(ESC);
    term.wait_for("4 notes");
    term.send(F10);
    term.wait_for("Scoring ·");
    term.send("4 calls, is warm\r");
    term.wait_for("Type to take a note");
    term.send(ESC);
    term.wait_for("5 notes");
    term.send(F6);
    term.wait_for("How would they rate you");
    term.send("Kari Berg\t8\r");
    term.wait_for("Ctrl-N next question");
    // Half a note, on DNB's first question, when the laptop dies.
    term.send("Half typed before the crash");
    wait_for_draft(home.path(), "Half typed before the crash");
    term.kill_9();

    let mut term = Term::start(
        home.path(),
        &["resume", "--last", "--ui-lang", "en"],
        100,
        30,
    );
    term.wait_for("Half typed before the crash");
    term.wait_for("as Ann");
    if term.contents().contains("rapport was closed") {
        term.send(ESC); // the call went on
        term.wait_for("Ctrl-N next question");
    }
    term.send("\r");
    term.wait_for("6 notes");
    term.send(F10);
    term.wait_for("Scoring ·");
    term.send(&RIGHT.repeat(3));
    term.wait_for("●●●○ 3");
    term.send(CTRL_S);
    term.wait_for("Submit your scores?");
    term.send("y"); // typing never submits: it is a note
    term.wait_for("│y");
    term.send("\r");
    term.wait_for("Type to take a note");
    term.send(CTRL_S);
    term.wait_for("· submitted");
    term.send(CTRL_E);
    term.wait_for("Before you end");
    term.send(CTRL_E);
    term.wait_for("ENDED");
    term.send(CTRL_E);
    term.wait_for("Reopen the interview?");
    term.send(CTRL_E);
    term.wait_for("F2 pause");
    term.send(CTRL_E);
    term.wait_for("Before you end");
    term.send(CTRL_E);
    term.wait_for("ENDED");
    term.send(CTRL_C);
    assert!(term.wait_exit());

    let store = common::store(home.path());
    let id = store.latest().unwrap().0;
    let events = store.read(id).unwrap().events;
    assert!(events.iter().all(|e| e.author == "Ann"), "one panelist");
    let count =
        |f: fn(&rapport::model::EventKind) -> bool| events.iter().filter(|e| f(&e.kind)).count();
    use rapport::model::EventKind as K;
    assert_eq!(count(|k| matches!(k, K::RoleAdded { .. })), 3);
    assert_eq!(
        count(|k| matches!(k, K::ScoreSet { .. })),
        3,
        "one a step of the level"
    );
    assert_eq!(count(|k| matches!(k, K::PanelistSubmitted)), 1);
    assert_eq!(count(|k| matches!(k, K::RatingPredicted { .. })), 1);
    assert_eq!(count(|k| matches!(k, K::SessionEnded)), 2);
    assert_eq!(count(|k| matches!(k, K::SessionReopened { .. })), 1);
    let state = rapport::model::fold(&events).unwrap();
    let texts: Vec<&str> = state.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Ran the night queue alone",
            "Cut repeat contacts by a fifth",
            "Coached two new hires",
            "Typed on the summary, yes",
            "4 calls, is warm",
            "Half typed before the crash",
            "y"
        ]
    );
    // Every role's note is filed under that role's first question.
    for (i, role) in state.roles.iter().enumerate() {
        assert_eq!(
            state.notes[i].anchor.role,
            Some(role.id),
            "{}",
            role.details.employer
        );
        assert_eq!(
            state.notes[i].anchor.question.as_ref().map(|q| q.as_str()),
            Some("deep-dive-hired-to-do")
        );
    }
    let dnb = state.roles[2].id;
    assert_eq!(
        state.notes[5].anchor.role,
        Some(dnb),
        "the draft kept its question"
    );
    assert!(state.ended_at.is_some());
    let rating = &state.ratings[&rapport::model::RatingSlot::Manager1];
    assert_eq!(rating.name.as_deref(), Some("Kari Berg"));
}

#[test]
fn a_panelist_debriefs_on_the_live_screen_blind_until_they_submit() {
    let (ann, ola, shared) = (
        TempDir::new().unwrap(),
        TempDir::new().unwrap(),
        TempDir::new().unwrap(),
    );
    let team = shared.path().to_str().unwrap();
    for home in [ann.path(), ola.path()] {
        common::ok(home, &["team", "use", team]);
    }
    let new = [
        "new",
        "--candidate",
        "Ada",
        "--format",
        "deep-120",
        "--panel",
        "Ann, Ola",
        "--as",
        "Ann",
        "--no-tui",
    ];
    common::ok(ann.path(), &new);
    let invitation = ann.path().join("invite.json");
    let invitation = invitation.to_str().unwrap();
    common::ok(ann.path(), &["invite", "--last", "-o", invitation]);
    common::ok(ola.path(), &["join", invitation, "--as", "Ola", "--no-tui"]);
    // Ola scores listening two below Ann, says no, and submits; her files reach the team
    // folder as she writes them.
    for step in [
        &["score", "--last", "listening", "1"][..],
        &["recommend", "--last", "no"],
        &["submit", "--last"],
    ] {
        common::ok(ola.path(), step);
    }
    common::ok(ann.path(), &["score", "--last", "listening", "3"]);
    common::ok(ann.path(), &["recommend", "--last", "yes"]);

    let mut term = Term::start(
        ann.path(),
        &["resume", "--last", "--ui-lang", "en"],
        100,
        30,
    );
    term.wait_for("F1 help");
    term.send("\x1b[24~\x07"); // F12, then Ctrl-G: the debrief
    term.wait_for("Hidden until you submit your own");
    assert!(
        term.contents().contains("Ola: submitted"),
        "{}",
        term.contents()
    );
    assert!(
        !term.contents().contains("Disputes ("),
        "{}",
        term.contents()
    );

    term.send("\x1b[21~\x13"); // F10, Ctrl-S: submit?
    term.wait_for("Submit");
    term.send("\x13"); // yes
    term.send("\x1b[24~\x07");
    term.wait_for("Disputes (2)");
    assert!(term.contents().contains("⚠ split"), "{}", term.contents());
    term.send("\x17"); // Ctrl-W: the decision
    term.wait_for("◉ Second interview");
    term.send("Meet again to settle listening\r");
    term.wait_for("recorded by Ann");
    term.send("\x03");
    assert!(term.wait_exit());

    // Ola, who has submitted, sees the same debrief and the decision from the team folder.
    let debrief = common::ok(ola.path(), &["debrief", "--last", "--to", "json"]);
    let debrief: serde_json::Value = serde_json::from_str(&debrief).unwrap();
    assert_eq!(debrief["panelists"], serde_json::json!(["Ann", "Ola"]));
    assert_eq!(debrief["criteria"][0]["levels"], serde_json::json!([3, 1]));
    assert_eq!(debrief["consensus"]["decision"], "second_interview");
    assert_eq!(
        debrief["consensus"]["rationale"],
        "Meet again to settle listening"
    );
}

#[test]
fn the_demo_opens_blind_as_its_panelist_until_they_submit() {
    let home = TempDir::new().unwrap();
    let mut term = Term::start(home.path(), &["demo", "--ui-lang", "en"], 120, 40);
    term.wait_for("F1 help");
    let shown = term.contents();
    assert!(shown.contains("Jonas Lind (demo)"), "{shown}");
    assert!(
        shown.contains("Talks about the team"),
        "your own notes show: {shown}"
    );
    assert!(
        !shown.contains("Cut the chat backlog"),
        "Kim's notes are withheld until you submit: {shown}"
    );
    assert!(!shown.contains("rapport was closed"), "{shown}");
    term.send("\x03");
    assert!(term.wait_exit());
    // Both demos are listed; a second demo replaces them.
    let listed = common::ok(home.path(), &["list"]);
    assert_eq!(listed.matches("(demo)").count(), 2, "{listed}");
}
