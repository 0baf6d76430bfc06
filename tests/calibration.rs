//! `rapport calibration`: a panel's agreement and leniency over one plan's candidates, from the
//! command line, as a hiring team would run it after a round of interviews.

mod common;

use common::ok;
use tempfile::TempDir;

#[test]
fn calibration_shows_who_scores_high_and_how_well_the_panel_agrees() {
    let home = TempDir::new().unwrap();
    let h = home.path();
    // Three candidates; Ann always scores a level above Ola; both submit.
    for (candidate, base) in [("Kari", 2), ("Ola Berg", 2), ("Siv", 1)] {
        common::new_panel(h, candidate, "Ann, Ola", "Ann");
        for (criterion, step) in [("listening", 0), ("empathy", 1), ("ownership", 0)] {
            let ann = (base + step + 1).to_string();
            let ola = (base + step).to_string();
            ok(h, &["score", "--last", criterion, &ann, "--as", "Ann"]);
            ok(h, &["score", "--last", criterion, &ola, "--as", "Ola"]);
        }
        ok(h, &["submit", "--last", "--as", "Ann"]);
        ok(h, &["submit", "--last", "--as", "Ola"]);
    }
    // A fourth, where Ola has not submitted: blind, so it does not count.
    common::new_panel(h, "Tor", "Ann, Ola", "Ann");
    ok(h, &["score", "--last", "listening", "4", "--as", "Ann"]);
    ok(h, &["score", "--last", "listening", "1", "--as", "Ola"]);
    ok(h, &["submit", "--last", "--as", "Ann"]);

    let json = ok(
        h,
        &[
            "calibration",
            "--plan",
            "customer-service-agent",
            "--to",
            "json",
        ],
    );
    let c: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(c["sessions"], 3, "{c}");
    let leniency = c["leniency"].as_array().unwrap();
    let of = |p: &str| {
        leniency
            .iter()
            .find(|l| l["panelist"] == p)
            .unwrap()
            .clone()
    };
    assert_eq!(of("Ann")["mean"], 1.0);
    assert_eq!(of("Ola")["mean"], -1.0);
    assert_eq!(of("Ann")["pairs"], 9);
    let overall = &c["overall"];
    assert_eq!(overall["units"], 9);
    let alpha = overall["value"].as_f64().unwrap();
    assert!(
        alpha < 0.8,
        "a level apart every time is not reliable: {alpha}"
    );

    let md = ok(h, &["calibration", "--plan", "customer-service-agent"]);
    assert!(md.contains("Sessions counted: 3"), "{md}");
    assert!(md.contains("| Ann | +1.00 | 9 |"), "{md}");
    assert!(md.contains("| Listening |"), "criteria by name: {md}");
    let unknown = common::fails(h, &["calibration", "--plan", "nope"], 1);
    assert!(unknown.contains("customer-service-agent"), "{unknown}");
}

#[test]
fn compare_ranks_a_plans_candidates_by_weighted_score_with_the_evidence_beside_it() {
    let home = TempDir::new().unwrap();
    let h = home.path();
    let mut ids = Vec::new();
    for (candidate, level, rec) in [("Kari", "2", "no"), ("Jonas", "4", "yes")] {
        ids.push(common::new_panel(h, candidate, "Ann, Ola", "Ann"));
        for p in ["Ann", "Ola"] {
            ok(h, &["score", "--last", "listening", level, "--as", p]);
            ok(h, &["recommend", "--last", rec, "--as", p]);
            ok(h, &["submit", "--last", "--as", p]);
        }
        ok(h, &["note", "--last", "--kind", "green", "clear answers"]);
    }
    // Kari's second interview carries her candidate id: one row, both interviews.
    let second = [
        "new",
        "--candidate",
        "Kari",
        "--candidate-of",
        &ids[0],
        "--as",
        "Ann",
        "--no-tui",
    ];
    ok(h, &second);
    ok(h, &["score", "--last", "empathy", "3"]);
    ok(h, &["submit", "--last"]);

    let json: serde_json::Value = serde_json::from_str(&ok(
        h,
        &[
            "compare",
            "--plan",
            "customer-service-agent",
            "--to",
            "json",
        ],
    ))
    .unwrap();
    let rows = json["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "{json}");
    assert_eq!(rows[0]["candidate"], "Jonas");
    assert_eq!(rows[1]["candidate"], "Kari");
    assert_eq!(rows[1]["sessions"].as_array().unwrap().len(), 2);
    assert_eq!(rows[0]["flags"], serde_json::json!([0, 1]));

    let md = ok(h, &["compare", "--plan", "customer-service-agent"]);
    let jonas = md.lines().find(|l| l.contains("| Jonas |")).unwrap();
    assert!(jonas.starts_with("| 1 | Jonas | 4.0 |"), "{md}");
    assert!(
        jonas.contains("**4.0**"),
        "the best listening is marked: {md}"
    );
    assert!(jonas.contains("2× Yes"), "{md}");
    let csv = ok(
        h,
        &["compare", "--plan", "customer-service-agent", "--to", "csv"],
    );
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(!csv.contains("**"), "{csv}");
}
