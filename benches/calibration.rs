//! Calibration and comparison over many sessions: `cargo bench --bench calibration`.
//!
//! Makes (once, kept in `target/bench-calibration`) a store of 5,000 sessions of one plan,
//! each scored on five criteria by two panelists who both submitted; then runs the release
//! binary's `rapport calibration` and `rapport compare` (`--plan … --to json`) against it: once to warm the index, then
//! twenty times. The figure is the median and slowest of the warm runs, process start
//! included; the target is 100 ms.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use rapport::content::Library;
use rapport::model::{EventKind, Lang, Level, SessionCreated, SessionHeader, SessionId};
use rapport::store::{Paths, SessionStore};
use uuid::Uuid;

const SESSIONS: usize = 5_000;
const RUNS: usize = 20;

fn main() {
    let home = Path::new("target/bench-calibration");
    let paths = Paths::under(home);
    let store = SessionStore::new(&paths);
    let have = store.ids().map(|ids| ids.len()).unwrap_or(0);
    if have < SESSIONS {
        let t = Instant::now();
        fill(&store, SESSIONS - have);
        println!(
            "made {} sessions in {:.1} s",
            SESSIONS - have,
            t.elapsed().as_secs_f64()
        );
    }
    let binary = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/rapport");
    let run = |command: &str| {
        let t = Instant::now();
        let out = Command::new(&binary)
            .args([command, "--plan", "customer-service-agent", "--to", "json"])
            .env("RAPPORT_HOME", home)
            .output()
            .expect("the release binary (cargo build --release)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let _: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        t.elapsed()
    };
    for command in ["calibration", "compare"] {
        run(command);
        let mut times: Vec<Duration> = (0..RUNS).map(|_| run(command)).collect();
        times.sort_unstable();
        println!(
            "{command} over {SESSIONS} sessions, warm: median {:.1} ms, slowest {:.1} ms",
            times[RUNS / 2].as_secs_f64() * 1e3,
            times[RUNS - 1].as_secs_f64() * 1e3
        );
    }
}

/// Adds `n` scored and submitted two-panelist sessions.
fn fill(store: &SessionStore, n: usize) {
    let plan = Library::builtin()
        .expect("content")
        .prepare(
            rapport::content::DEFAULT_PLAN,
            Some("deep-120"),
            &[Lang::En],
        )
        .expect("plan")
        .snapshot;
    let now = chrono::Local::now().fixed_offset();
    for i in 0..n {
        let header = SessionHeader {
            id: SessionId(Uuid::now_v7()),
            candidate_id: None,
            candidate: format!("Candidate {i}"),
            role: "Customer service agent".into(),
            plan: "customer-service-agent".into(),
            format: plan.format.id.clone(),
            lang: Lang::En,
            second_lang: None,
            panel: vec!["ann".into(), "ola".into()],
            created: now,
            reference: None,
        };
        let created = SessionCreated {
            header,
            plan: plan.clone(),
        };
        let mut session = store
            .create(created, Vec::new(), "ann", now)
            .expect("create");
        for (p, panelist) in ["ann", "ola"].into_iter().enumerate() {
            let mut kinds: Vec<EventKind> = plan
                .rubric
                .criteria
                .iter()
                .take(5)
                .enumerate()
                .map(|(c, criterion)| EventKind::ScoreSet {
                    criterion: criterion.id.clone(),
                    level: Level::try_from(((i + c + p) % 4 + 1) as u8).ok(),
                    evidence: Vec::new(),
                })
                .collect();
            kinds.push(EventKind::PanelistSubmitted);
            session.record(panelist, now, kinds).expect("record");
        }
    }
}
