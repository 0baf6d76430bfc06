//! Reference calls linked to the candidate: `rapport reference`, the referee's rating, and
//! the candidate's exports setting each call beside the prediction for that referee.

mod common;

use common::{fails, ok};
use tempfile::TempDir;

/// A deep interview of Kari with two roles whose managers are marked for a call, and her
/// predictions for both; returns its id.
fn interviewed(h: &std::path::Path) -> String {
    let id = ok(
        h,
        &[
            "new",
            "--candidate",
            "Kari Nordmann",
            "--format",
            "deep-120",
            "--no-tui",
        ],
    )
    .trim()
    .to_owned();
    for (employer, manager, why) in [
        ("CityBank", "Lars Moe", "Led the backlog project"),
        ("Telenor", "Eva Strand", "Coached her through a tough year"),
    ] {
        ok(
            h,
            &[
                "role",
                &id,
                "--employer",
                employer,
                "--title",
                "Agent",
                "--manager",
                manager,
                "--reference",
                why,
            ],
        );
    }
    ok(h, &["rating", &id, "8", "--for", "Lars Moe"]);
    ok(h, &["rating", &id, "9", "--for", "Eva Strand"]);
    id
}

#[test]
fn a_reference_call_needs_consent_and_a_marked_manager_and_carries_the_candidate() {
    let home = TempDir::new().unwrap();
    let h = home.path();
    let id = interviewed(h);

    let no_consent = fails(h, &["reference", &id, "--manager", "Lars Moe"], 2);
    assert!(no_consent.contains("--consent"), "{no_consent}");
    let unknown = fails(
        h,
        &["reference", &id, "--manager", "Tom", "--consent", "yes"],
        2,
    );
    assert!(
        unknown.contains("'Tom'") && unknown.contains("Lars Moe, Eva Strand"),
        "{unknown}"
    );

    let call = ok(
        h,
        &[
            "reference",
            &id,
            "--manager",
            "lars moe",
            "--consent",
            "Agreed at the end of the interview",
            "--no-tui",
        ],
    )
    .trim()
    .to_owned();
    assert_ne!(call, id);
    let json: serde_json::Value =
        serde_json::from_str(&ok(h, &["export", &call, "--to", "json"])).unwrap();
    let header = &json["header"];
    let interview: serde_json::Value =
        serde_json::from_str(&ok(h, &["export", &id, "--to", "json"])).unwrap();
    assert_eq!(header["candidate_id"], interview["header"]["candidate_id"]);
    assert_eq!(header["format"], "reference-10");
    assert_eq!(header["reference"]["referee"], "Lars Moe");
    assert_eq!(header["reference"]["employer"], "CityBank");
    assert_eq!(header["reference"]["session"], id.as_str());
    assert_eq!(header["reference"]["why"], "Led the backlog project");
    // Nothing is recorded in the call before the candidate's consent.
    let kinds: Vec<String> = json["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| match &e["kind"] {
            serde_json::Value::String(s) => s.clone(),
            other => other.as_object().unwrap().keys().next().unwrap().clone(),
        })
        .collect();
    assert_eq!(kinds[..2], ["session_created", "consent_recorded"]);
    assert_eq!(
        json["events"][1]["kind"]["consent_recorded"]["how"],
        "Agreed at the end of the interview"
    );

    // A reference call is not the candidate's interview.
    let itself = fails(
        h,
        &[
            "reference",
            &call,
            "--manager",
            "Lars Moe",
            "--consent",
            "y",
        ],
        2,
    );
    assert!(itself.contains("reference call itself"), "{itself}");
}

#[test]
fn the_referees_rating_is_recorded_in_the_call() {
    let home = TempDir::new().unwrap();
    let h = home.path();
    let id = interviewed(h);
    let call = ok(
        h,
        &[
            "reference",
            &id,
            "--manager",
            "Eva Strand",
            "--consent",
            "by e-mail",
            "--no-tui",
        ],
    )
    .trim()
    .to_owned();
    let with_for = fails(h, &["rating", &call, "7", "--for", "Eva"], 2);
    assert!(with_for.contains("leave out --for"), "{with_for}");
    ok(h, &["rating", &call, "6"]);
    let json: serde_json::Value =
        serde_json::from_str(&ok(h, &["export", &call, "--to", "json"])).unwrap();
    assert_eq!(json["summary"]["referee_rating"], 6);
    assert_eq!(
        json["summary"]["consent"]["how"], "by e-mail",
        "{}",
        json["summary"]
    );
    // The call's own export says whom, with what consent, and the rating; redacted, the
    // referee is initials too.
    let md = ok(h, &["export", &call, "--to", "md"]);
    for fact in [
        "**Referee:** Eva Strand · Telenor · Agent",
        "**Consent:** by e-mail (recorded by tester,",
        "**Referee's rating:** 6",
    ] {
        assert!(md.contains(fact), "{fact:?} in {md}");
    }
    let redacted = ok(h, &["export", &call, "--to", "md", "--redact"]);
    assert!(
        !redacted.contains("Eva Strand") && redacted.contains("**Referee:** E. S."),
        "{redacted}"
    );

    // In the candidate's own interview, a rating still says whose it is.
    let whose = fails(h, &["rating", &id, "7"], 2);
    assert!(whose.contains("--for NAME"), "{whose}");
}

/// Starts the reference call to `manager` for `id`, records the referee's `rating`, and, when
/// given, a `level` on empathy as the referee's account supports it.
fn called(h: &std::path::Path, id: &str, manager: &str, rating: &str, level: Option<&str>) {
    let call = ok(
        h,
        &[
            "reference",
            id,
            "--manager",
            manager,
            "--consent",
            "Agreed on the phone",
            "--no-tui",
        ],
    )
    .trim()
    .to_owned();
    ok(h, &["rating", &call, rating]);
    if let Some(level) = level {
        ok(h, &["score", &call, "empathy", level, "--as", "Ann"]);
    }
}

#[test]
fn the_candidates_exports_set_each_call_beside_the_prediction() {
    let home = TempDir::new().unwrap();
    let h = home.path();
    let id = interviewed(h);
    ok(h, &["score", &id, "empathy", "3", "--as", "Ann"]);
    // Lars: predicted 8, says 8. Eva: predicted 9, says 6 — 3 below.
    called(h, &id, "Lars Moe", "8", Some("4"));
    called(h, &id, "Eva Strand", "6", None);

    let md = ok(h, &["export", &id, "--to", "md"]);
    let section = &md[md.find("## Reference calls").expect(&md)..];
    let lars = section.lines().find(|l| l.contains("Lars Moe")).unwrap();
    assert!(
        lars.contains("CityBank · Agent") && lars.contains("| 8 | 8 | 0 | consistent"),
        "{lars}"
    );
    let eva = section.lines().find(|l| l.contains("Eva Strand")).unwrap();
    assert!(eva.contains("| 9 | 6 | −3 | below the prediction"), "{eva}");
    assert!(section.contains("ask about that role"), "{section}");
    let levels = section
        .lines()
        .find(|l| l.starts_with("| Empathy"))
        .expect(section);
    assert!(levels.contains("| 3.0 | 4 | — |"), "{levels}");

    let json: serde_json::Value =
        serde_json::from_str(&ok(h, &["export", &id, "--to", "json"])).unwrap();
    let refs = &json["summary"]["references"];
    assert_eq!(refs["consistency"], "overestimated", "{refs}");
    assert_eq!(refs["referees"][0]["predicted"], 8);
    assert_eq!(refs["referees"][1]["actual"], 6);
    assert_eq!(refs["referees"][0]["levels"]["empathy"], 4);

    let csv = ok(h, &["export", &id, "--to", "csv"]);
    let row = csv
        .lines()
        .find(|l| l.contains("Lars Moe (reference)"))
        .expect(&csv);
    assert!(row.contains(",empathy,") && row.ends_with(",8,8"), "{row}");

    let html = ok(h, &["export", &id, "--to", "html"]);
    assert!(html.contains("<h2>Reference calls</h2>") && html.contains("−3"));

    // Side by side with the plan's other candidates, the calls are one column.
    let compare = ok(h, &["compare", "--plan", "customer-service-agent"]);
    let kari = compare
        .lines()
        .find(|l| l.contains("Kari Nordmann"))
        .expect(&compare);
    assert!(kari.contains("| below the prediction (2) |"), "{compare}");
    let page = ok(
        h,
        &[
            "compare",
            "--plan",
            "customer-service-agent",
            "--to",
            "html",
        ],
    );
    assert!(
        page.starts_with("<!DOCTYPE html>") && page.contains("below the prediction (2)"),
        "{page}"
    );

    // A call is not set beside itself, nor another candidate's interview.
    let call_md = ok(h, &["export", "--last", "--to", "md"]);
    assert!(!call_md.contains("## Reference calls"), "{call_md}");
}

#[test]
fn from_the_home_screen_f8_calls_a_marked_referee_and_c_compares_the_plan() {
    let home = TempDir::new().unwrap();
    let h = home.path();
    interviewed(h);
    let mut term = common::term::Term::start(h, &["--ui-lang", "en"], 100, 30);
    term.wait_for("Recent interviews");
    term.send("\x1b[19~"); // F8
    term.wait_for("Reference call for Kari Nordmann");
    term.wait_for("Lars Moe — CityBank · Agent");
    term.send("\x1b[B"); // ↓ to Eva Strand
    term.send("Agreed when we spoke; q c d");
    term.wait_for("Agreed when we spoke; q c d");
    term.send("\r");
    term.wait_for("Kari Nordmann");
    term.wait_for("F1 help");
    term.send("\x03");
    assert!(term.wait_exit());
    let json: serde_json::Value =
        serde_json::from_str(&ok(h, &["export", "--last", "--to", "json"])).unwrap();
    assert_eq!(json["header"]["reference"]["referee"], "Eva Strand");
    assert_eq!(
        json["summary"]["consent"]["how"],
        "Agreed when we spoke; q c d"
    );

    let mut term = common::term::Term::start(h, &["--ui-lang", "en"], 120, 40);
    term.wait_for("Recent interviews");
    term.send("\x1b[B"); // the interview, not the call
    term.send("c");
    term.wait_for("Candidates compared");
    term.wait_for("Kari Nordmann");
    term.send("\t");
    term.wait_for("Sessions counted: 0");
    term.send("q");
    term.wait_for("Recent interviews");
    term.send("q");
    assert!(term.wait_exit());
}
