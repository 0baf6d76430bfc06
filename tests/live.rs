//! The live screen end to end: the real binary in a pseudo-terminal, read through a terminal
//! emulator. Start a session, type two notes, kill -9 it, resume, and find both notes on
//! screen and in the export; and the terminal is restored on the way out.

mod common;

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use tempfile::TempDir;

struct Term {
    child: Box<dyn Child + Send + Sync>,
    output: Option<thread::JoinHandle<()>>,
    writer: Option<Box<dyn Write + Send>>,
    screen: Arc<Mutex<vt100::Parser>>,
    master: Option<Box<dyn MasterPty + Send>>,
    /// Tells the reader to let go of the terminal after its next read.
    closing: Arc<std::sync::atomic::AtomicBool>,
}

impl Term {
    /// Runs `rapport args…` with its data under `home` in a `cols`×`rows` terminal.
    fn start(home: &Path, args: &[&str], cols: u16, rows: u16) -> Term {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_rapport"));
        cmd.args(args);
        cmd.env("RAPPORT_HOME", home);
        cmd.env("USER", "tester");
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("RUST_BACKTRACE");
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let size = |n| NonZeroU16::new(n).unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(size(rows), size(cols), 0)));
        let parser = Arc::clone(&screen);
        let closing = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let closed = Arc::clone(&closing);
        let output = thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || closed.load(std::sync::atomic::Ordering::Relaxed) {
                    break;
                }
                parser.lock().unwrap().process(&buf[..n]);
            }
        });
        Term {
            child,
            output: Some(output),
            writer: Some(writer),
            screen,
            master: Some(pair.master),
            closing,
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text` (an event, not a timing: the limit only stops a
    /// broken build from hanging the test run).
    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !self.contents().contains(text) {
            assert!(
                Instant::now() < deadline,
                "never saw {text:?} on screen:\n{}",
                self.contents()
            );
            thread::sleep(Duration::from_millis(20));
        }
    }

    fn send(&mut self, keys: &str) {
        let writer = self.writer.as_mut().unwrap();
        writer.write_all(keys.as_bytes()).unwrap();
        writer.flush().unwrap();
    }

    /// Closes the terminal, as closing its window does: every handle on the terminal's side
    /// is dropped (the reader's after the program's next output, the clock's next second).
    /// Returns whether the program exited by itself (waiting up to 20 s).
    fn close_window(&mut self) -> bool {
        self.closing
            .store(true, std::sync::atomic::Ordering::Relaxed);
        self.writer = None;
        self.master = None;
        if let Some(output) = self.output.take() {
            output.join().unwrap();
        }
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.child.try_wait().unwrap().is_some() {
                return true;
            }
            thread::sleep(Duration::from_millis(50));
        }
        self.child.kill().unwrap();
        false
    }

    fn kill_9(&mut self) {
        self.signal("-9");
        self.wait_exit();
    }

    fn signal(&self, signal: &str) {
        let pid = self.child.process_id().unwrap().to_string();
        let status = std::process::Command::new("kill")
            .args([signal, &pid])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Waits for the program to exit and for the last of its output to reach the screen.
    fn wait_exit(&mut self) -> bool {
        let ok = self.child.wait().unwrap().success();
        if let Some(output) = self.output.take() {
            output.join().unwrap();
        }
        ok
    }
}

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
        let drafts: Vec<_> = std::fs::read_dir(home.path().join("data/sessions"))
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".draft"))
            .collect();
        assert_eq!(
            drafts.len(),
            1,
            "SIG{signal}: the note being typed was saved"
        );
        assert!(
            std::fs::read_to_string(drafts[0].path())
                .unwrap()
                .contains("half a thought"),
            "SIG{signal}"
        );
    }
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
    let drafts: Vec<_> = std::fs::read_dir(home.path().join("data/sessions"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".draft"))
        .collect();
    assert_eq!(drafts.len(), 1, "the note being typed was saved");
}

#[test]
fn rapport_alone_reaches_home_and_the_demo_opens_from_it() {
    let home = TempDir::new().unwrap();
    let mut term = Term::start(home.path(), &["--ui-lang", "en"], 100, 30);
    term.wait_for("Recent interviews");
    term.wait_for("d to try the demo");
    term.send("d");
    term.wait_for("6 notes");
    term.wait_for("(demo)");
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
