//! Store benchmarks: `cargo bench --bench store`.
//!
//! The floor is the disk: one append of a ~200-byte line plus `fdatasync`, measured in the same
//! folder, interleaved with rapport's own appends so both see the same disk. rapport's append
//! is measured on a fresh log (its first events) and on a log already holding 5,000 events.
//! Replay reads and folds a 5,000-event log. A panel's merge reads three writers' logs of
//! 2,000 events each (three panelists' two-hour interview) and folds their union. Each figure
//! is the median and p99 of its samples.

use std::fs::OpenOptions;
use std::io::Write;
use std::time::{Duration, Instant};

use rapport::content::Library;
use rapport::model::{Anchor, EventKind, Lang, NoteKind, SessionCreated, SessionHeader, SessionId};
use rapport::store::{OpenSession, Paths, ReadSession, SessionStore};
use uuid::Uuid;

const SAMPLES: usize = 2000;
const LONG_LOG: usize = 5000;
const PANEL_LOG: usize = 2000;

fn main() {
    // Under target/, on the same disk as the project: /tmp may be a RAM disk on some machines.
    std::fs::create_dir_all("target").expect("target folder");
    let tmp = tempfile::TempDir::new_in("target").expect("temp folder");
    let store = SessionStore::new(&Paths::under(tmp.path()));
    let now = || chrono::Local::now().fixed_offset();

    let mut fresh = new_session(&store, now());
    let long_id = {
        let mut long = new_session(&store, now());
        // session_created + clock_started + notes = exactly LONG_LOG events.
        for i in 0..LONG_LOG - 2 {
            long.record("bench", now(), [note(i)]).expect("append");
        }
        long.state().header.id
    };
    let files = store.files(long_id);
    let mut t_replay = Vec::new();
    for _ in 0..50 {
        let t = Instant::now();
        let read = ReadSession::read(files.clone(), &rapport::store::NoPlans).expect("replay");
        t_replay.push(t.elapsed());
        assert_eq!(read.events.len(), LONG_LOG);
    }
    // Three panelists, each with a writer log of 2,000 events in the same session.
    let panel_id = new_session(&store, now()).state().header.id;
    {
        let mut writers: Vec<OpenSession> = (0..3)
            .map(|_| store.open(panel_id).expect("writer"))
            .collect();
        for (p, writer) in writers.iter_mut().enumerate() {
            for batch in 0..PANEL_LOG / 100 {
                let kinds = (0..100).map(|i| note(batch * 100 + i));
                writer
                    .record(&format!("panelist {p}"), now(), kinds)
                    .expect("append");
            }
        }
    }
    let panel_files = store.files(panel_id);
    let mut t_merge = Vec::new();
    for _ in 0..50 {
        let t = Instant::now();
        let read = ReadSession::read(panel_files.clone(), &rapport::store::NoPlans).expect("merge");
        t_merge.push(t.elapsed());
        assert!(read.events.len() >= 3 * PANEL_LOG);
    }
    let mut long = store.open(long_id).expect("reopen");
    let line_len = std::fs::metadata(&files.log).expect("log").len() / LONG_LOG as u64;

    let raw_path = store.dir().join("raw-floor.log");
    let mut raw = OpenOptions::new()
        .create(true)
        .append(true)
        .open(&raw_path)
        .expect("raw");
    let raw_line = [b"x".repeat(199), b"\n".to_vec()].concat();

    let (mut t_raw, mut t_first, mut t_long) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..SAMPLES {
        let t = Instant::now();
        raw.write_all(&raw_line).expect("raw write");
        raw.sync_data().expect("raw fdatasync");
        t_raw.push(t.elapsed());

        let t = Instant::now();
        fresh.record("bench", now(), [note(i)]).expect("append");
        t_first.push(t.elapsed());

        let t = Instant::now();
        long.record("bench", now(), [note(i)]).expect("append");
        t_long.push(t.elapsed());
    }

    println!(
        "store benchmark — {SAMPLES} samples each, in {}",
        tmp.path().display()
    );
    println!("rapport's note line is ~{line_len} bytes; the raw floor's is 200\n");
    let raw_p99 = report("raw floor: 200 B write + fdatasync", &mut t_raw, None);
    report(
        "rapport append+fsync, events 1..2000",
        &mut t_first,
        Some(raw_p99),
    );
    report(
        "rapport append+fsync, events 5001..7000",
        &mut t_long,
        Some(raw_p99),
    );
    report("replay of a 5,000-event log (50 runs)", &mut t_replay, None);
    report(
        "merge of 3 writers × 2,000 events (50 runs)",
        &mut t_merge,
        None,
    );
}

fn new_session(store: &SessionStore, now: rapport::model::Timestamp) -> OpenSession {
    let plan = Library::builtin()
        .expect("content")
        .prepare(
            rapport::content::DEFAULT_PLAN,
            Some("screen-20"),
            &[Lang::En],
        )
        .expect("plan")
        .snapshot;
    let header = SessionHeader {
        id: SessionId(Uuid::now_v7()),
        candidate_id: None,
        candidate: "Bench Mark".into(),
        role: "Customer service agent".into(),
        plan: "customer-service-agent".into(),
        format: plan.format.id.clone(),
        lang: Lang::En,
        second_lang: None,
        panel: vec!["bench".into()],
        created: now,
        reference: None,
    };
    store
        .create(
            SessionCreated { header, plan },
            vec![EventKind::ClockStarted],
            "bench",
            now,
        )
        .expect("create")
}

fn note(i: usize) -> EventKind {
    let now = chrono::Local::now().fixed_offset();
    EventKind::NoteAdded {
        note_kind: NoteKind::Note,
        text: format!("Note {i}: stayed calm, asked what the customer needed"),
        anchor: Anchor::default(),
        started_at: now,
        started_ms: 0,
    }
}

/// Prints median and p99; returns p99.
fn report(what: &str, samples: &mut [Duration], floor_p99: Option<Duration>) -> Duration {
    samples.sort_unstable();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    let (median, p99) = (at(0.5), at(0.99));
    let ratio = floor_p99
        .map(|f| {
            format!(
                "   p99 = {:.2}× the floor's",
                p99.as_secs_f64() / f.as_secs_f64()
            )
        })
        .unwrap_or_default();
    println!(
        "{what:<42} median {:>9.3} ms   p99 {:>9.3} ms{ratio}",
        ms(median),
        ms(p99)
    );
    p99
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
