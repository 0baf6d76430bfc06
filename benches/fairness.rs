//! The fairness guard's cost: `cargo bench --bench fairness`.
//!
//! The live screen checks the note being typed on every keystroke, and the timeline checks
//! each saved note once per change. Figures: a typical one-line note, a 10,000-character note,
//! and a two-hour panel's 2,000 notes (what an export checks), each the median of many runs.

use std::time::{Duration, Instant};

use rapport::text::fairness::Guard;

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort_unstable();
    runs[runs.len() / 2]
}

fn time(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut found = 0;
    let times = (0..runs)
        .map(|_| {
            let t = Instant::now();
            found = std::hint::black_box(f());
            t.elapsed()
        })
        .collect();
    (median(times), found)
}

fn main() {
    let guard = Guard::builtin();
    let line = "Seems too old for a fast-paced team, but handled the angry caller calmly";
    let (one, found) = time(2_000, || guard.scan(line).len());
    println!(
        "one note ({} chars, {found} found): median {:.1} µs",
        line.len(),
        one.as_secs_f64() * 1e6
    );
    let long = "She handled the queue calmly and asked good questions; 客户很满意。 ".repeat(150);
    let (ten_k, found) = time(200, || guard.scan(&long).len());
    println!(
        "one note of {} chars ({found} found): median {:.2} ms",
        long.chars().count(),
        ten_k.as_secs_f64() * 1e3
    );
    let notes: Vec<String> = (0..2_000)
        .map(|i| format!("Note {i}: walked me through the refund backlog and the team's handover"))
        .collect();
    let (all, found) = time(20, || notes.iter().map(|n| guard.scan(n).len()).sum());
    println!(
        "2,000 notes ({found} found): median {:.1} ms",
        all.as_secs_f64() * 1e3
    );
}
