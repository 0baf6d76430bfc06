//! Helpers for tests that drive the real `rapport` binary.
#![allow(dead_code)]

pub mod term;

use std::path::Path;
use std::process::{Command, Output};

use rapport::store::{Paths, SessionStore};

/// `rapport` with its data under `home`, a fixed panelist, and no backtraces.
pub fn rapport(home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rapport"));
    cmd.env("RAPPORT_HOME", home)
        .env("USER", "tester")
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE");
    cmd
}

/// Runs `rapport args…` and returns its output.
pub fn run(home: &Path, args: &[&str]) -> Output {
    rapport(home).args(args).output().expect("rapport runs")
}

/// Runs `rapport args…`, expecting success; returns standard output.
pub fn ok(home: &Path, args: &[&str]) -> String {
    let out = run(home, args);
    assert!(
        out.status.success(),
        "rapport {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Runs `rapport args…`, expecting exit code `code`; returns standard error.
pub fn fails(home: &Path, args: &[&str], code: i32) -> String {
    let out = run(home, args);
    assert_eq!(
        out.status.code(),
        Some(code),
        "rapport {args:?}: stdout {} stderr {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stderr).expect("utf-8 output")
}

/// The store the binary writes to under `home`.
pub fn store(home: &Path) -> SessionStore {
    SessionStore::new(&Paths::under(home))
}

/// The log this installation's first writer keeps for session `id` under `home`.
pub fn log_of(home: &Path, id: &str) -> std::path::PathBuf {
    store(home)
        .files(id.trim().parse().expect("a session id"))
        .log
}

/// The folder of session `id` under `home`.
pub fn session_dir(home: &Path, id: &str) -> std::path::PathBuf {
    store(home)
        .files(id.trim().parse().expect("a session id"))
        .dir
}

/// Starts a panel session for `candidate` held by `panel` ("Ann, Ola"), as `host`, without
/// the screen; returns its id.
#[allow(dead_code)]
pub fn new_panel(home: &Path, candidate: &str, panel: &str, host: &str) -> String {
    let new = [
        "new",
        "--candidate",
        candidate,
        "--panel",
        panel,
        "--as",
        host,
        "--no-tui",
    ];
    ok(home, &new).trim().to_owned()
}
