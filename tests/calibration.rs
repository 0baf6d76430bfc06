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
        let new = [
            "new",
            "--candidate",
            candidate,
            "--panel",
            "Ann, Ola",
            "--as",
            "Ann",
            "--no-tui",
        ];
        ok(h, &new);
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
    ok(
        h,
        &[
            "new",
            "--candidate",
            "Tor",
            "--panel",
            "Ann, Ola",
            "--as",
            "Ann",
            "--no-tui",
        ],
    );
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
