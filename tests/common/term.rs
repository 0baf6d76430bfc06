//! The real binary in a pseudo-terminal, read through a terminal emulator: for tests that
//! drive a screen as a user would.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// rapport running in a pseudo-terminal, and what its screen shows.
pub struct Term {
    child: Box<dyn Child + Send + Sync>,
    output: Option<thread::JoinHandle<()>>,
    writer: Option<Box<dyn Write + Send>>,
    /// The emulated screen.
    pub screen: Arc<Mutex<vt100::Parser>>,
    master: Option<Box<dyn MasterPty + Send>>,
    /// Tells the reader to let go of the terminal after its next read.
    closing: Arc<std::sync::atomic::AtomicBool>,
}

impl Term {
    /// Runs `rapport args…` with its data under `home` in a `cols`×`rows` terminal.
    pub fn start(home: &Path, args: &[&str], cols: u16, rows: u16) -> Term {
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

    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text` (an event, not a timing: the limit only stops a
    /// broken build from hanging the test run).
    pub fn wait_for(&self, text: &str) {
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

    pub fn send(&mut self, keys: &str) {
        let writer = self.writer.as_mut().unwrap();
        writer.write_all(keys.as_bytes()).unwrap();
        writer.flush().unwrap();
    }

    /// Closes the terminal, as closing its window does: every handle on the terminal's side
    /// is dropped (the reader's after the program's next output, the clock's next second).
    /// Returns whether the program exited by itself (waiting up to 20 s).
    pub fn close_window(&mut self) -> bool {
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

    pub fn kill_9(&mut self) {
        self.signal("-9");
        self.wait_exit();
    }

    pub fn signal(&self, signal: &str) {
        let pid = self.child.process_id().unwrap().to_string();
        let status = std::process::Command::new("kill")
            .args([signal, &pid])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Waits for the program to exit and for the last of its output to reach the screen.
    pub fn wait_exit(&mut self) -> bool {
        let ok = self.child.wait().unwrap().success();
        if let Some(output) = self.output.take() {
            output.join().unwrap();
        }
        ok
    }
}
