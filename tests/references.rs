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
    // In the candidate's own interview, a rating still says whose it is.
    let whose = fails(h, &["rating", &id, "7"], 2);
    assert!(whose.contains("--for NAME"), "{whose}");
}
