//! Content benchmarks: `cargo bench --bench content`.
//!
//! Loading a user bank must stay linear in its size, warnings included: a bank of 100,000
//! questions written in English only (so every question draws a "missing translations"
//! warning) is loaded and checked, with the built-in content, five times. The figure is the
//! median; the target is under 2 s for `rapport banks list` on such a bank.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

const QUESTIONS: usize = 100_000;
const RUNS: usize = 5;

fn main() {
    std::fs::create_dir_all("target").expect("target folder");
    let tmp = tempfile::TempDir::new_in("target").expect("temp folder");
    let banks = tmp.path().join("banks");
    std::fs::create_dir_all(&banks).expect("banks folder");
    std::fs::write(banks.join("big.json"), big_bank(QUESTIONS)).expect("bank");
    let mut runs: Vec<Duration> = Vec::new();
    let mut warnings = 0;
    for _ in 0..RUNS {
        let t = Instant::now();
        let (library, findings) = rapport::content::load_with_user(tmp.path());
        runs.push(t.elapsed());
        assert!(
            library
                .banks()
                .iter()
                .any(|b| b.questions.len() == QUESTIONS)
        );
        warnings = findings.len();
    }
    runs.sort_unstable();
    println!(
        "load a {QUESTIONS}-question English-only bank ({warnings} findings): median {:.3} s, \
         slowest {:.3} s",
        runs[RUNS / 2].as_secs_f64(),
        runs[RUNS - 1].as_secs_f64()
    );
}

/// A bank of `n` questions, in English only.
fn big_bank(n: usize) -> String {
    let mut text = String::from(
        "{\n \"format\": 1,\n \"id\": \"big\",\n \"title\": {\"en\": \"Big bank\"},\n \"questions\": [\n",
    );
    for i in 0..n {
        let comma = if i + 1 < n { "," } else { "" };
        let _ = writeln!(
            text,
            "  {{\"id\": \"big-{i}\", \"category\": \"behavioural\", \"criteria\": [\"empathy\"], \
             \"text\": {{\"en\": {{\"text\": \"Tell me about time {i} you helped a customer.\", \
             \"look_for\": [\"Concrete\"]}}}}}}{comma}"
        );
    }
    text.push_str(" ]\n}\n");
    text
}
