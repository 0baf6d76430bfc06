//! The durability promise, tested the hard way: `rapport note --stdin` is fed notes and killed
//! with SIGKILL at random moments; every note whose id it printed must be in the log after
//! replay, and the next run must append cleanly after whatever the kill left behind.

mod common;

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::{ok, rapport, store};
use rapport::model::EventKind;
use tempfile::TempDir;

/// A small deterministic generator (xorshift64*), seeded per run and printed on failure.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// One run: start `note --last --stdin`, stream notes into it, wait until `k` ids are
/// printed, wait a random few hundred microseconds more, SIGKILL it. Returns every id it
/// printed (each one a promise that the note is on disk).
fn killed_run(home: &TempDir, round: usize, rng: &mut Rng) -> Vec<String> {
    let mut child = rapport(home.path())
        .args(["note", "--last", "--stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let notes = 40;
    let feeder = thread::spawn(move || {
        for i in 0..notes {
            // A long-ish line, so a kill can land mid-write; a broken pipe ends the feed.
            let line = format!(
                "round {round} note {i} {}\n",
                "kunden var sur, 客户很生气 ".repeat(8)
            );
            if stdin.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
    });
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    let reader = thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let k = rng.below(notes as u64 / 2);
    let mut printed = Vec::new();
    while (printed.len() as u64) < k {
        match rx.recv_timeout(Duration::from_secs(10)) {
            Ok(id) => printed.push(id),
            Err(_) => break,
        }
    }
    thread::sleep(Duration::from_micros(rng.below(3000)));
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    reader.join().unwrap();
    feeder.join().unwrap();
    printed.extend(rx.try_iter());
    printed
}

fn crash_many_times(rounds: usize) {
    let seed = std::env::var("RAPPORT_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    let mut rng = Rng(seed);
    let home = TempDir::new().unwrap();
    let id: rapport::model::SessionId = ok(home.path(), &["new", "--candidate", "Ada", "--no-tui"])
        .trim()
        .parse()
        .unwrap();
    let mut promised = Vec::new();
    for round in 0..rounds {
        promised.extend(killed_run(&home, round, &mut rng));
        let read = store(home.path()).read(id).unwrap();
        let saved: HashSet<String> = read
            .events
            .iter()
            .filter(|e| matches!(e.kind, EventKind::NoteAdded { .. }))
            .map(|e| e.id.to_string())
            .collect();
        for id in &promised {
            assert!(
                saved.contains(id),
                "round {round}: note {id} was reported saved but is not in the log \
                 (reproduce with RAPPORT_CRASH_SEED={seed})"
            );
        }
        assert!(
            read.recovery.damaged.is_empty(),
            "round {round}: a complete line is damaged: {:?} (seed {seed})",
            read.recovery.damaged
        );
    }
    // A last clean run appends after whatever the kills left.
    ok(home.path(), &["note", "--last", "after all the crashes"]);
    let read = store(home.path()).read(id).unwrap();
    assert!(read.recovery.is_clean(), "{:?}", read.recovery);
    assert!(
        promised.len() > rounds / 2,
        "the kills came too early to test much"
    );
}

#[test]
fn every_note_reported_saved_survives_sigkill() {
    crash_many_times(20);
}

#[test]
#[ignore = "long: 1,000 kills; run with `cargo test --test crash -- --ignored`"]
fn every_note_reported_saved_survives_a_thousand_sigkills() {
    crash_many_times(1000);
}

/// `rapport new` killed at random moments leaves a whole session or none: no empty log, no
/// half a header, no empty session folder (a folder being made is named `.….tmp` until it is
/// whole, and swept later); and `--last` still works afterwards.
#[test]
fn a_killed_new_leaves_a_whole_session_or_none() {
    let home = TempDir::new().unwrap();
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut rng = Rng(seed);
    for round in 0..40 {
        let mut child = rapport(home.path())
            .args(["new", "--candidate", &format!("K {round}"), "--no-tui"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        thread::sleep(Duration::from_micros(rng.below(15_000)));
        let _ = child.kill();
        child.wait().unwrap();
    }
    let dir = home.path().join("data/sessions");
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".tmp") {
            assert!(
                name.starts_with('.') && entry.file_type().unwrap().is_dir(),
                "seed {seed}: {name} left behind"
            );
            continue;
        }
        if let Ok(id) = name.parse::<rapport::model::SessionId>() {
            for inner in std::fs::read_dir(entry.path()).unwrap().flatten() {
                let inner = inner.file_name().to_string_lossy().into_owned();
                assert!(!inner.ends_with(".tmp"), "seed {seed}: {inner} left behind");
            }
            let read = store(home.path()).read(id).unwrap();
            assert!(
                read.recovery.is_clean(),
                "seed {seed}: {name} {:?}",
                read.recovery
            );
            assert!(read.events.len() >= 2, "seed {seed}: {name} is not whole");
        }
    }
    ok(home.path(), &["new", "--candidate", "After", "--no-tui"]);
    ok(home.path(), &["note", "--last", "it goes on"]);
}
