//! `rapport role` and `rapport rating`: the deep-dive and the 1–10 rule from the command line.

mod common;

use common::{fails, ok};
use tempfile::TempDir;

#[test]
fn roles_and_ratings_are_recorded_from_the_command_line() {
    let home = TempDir::new().unwrap();
    let h = home.path();
    ok(
        h,
        &[
            "new",
            "--candidate",
            "Kari",
            "--format",
            "deep-120",
            "--no-tui",
        ],
    );
    let role = [
        "role",
        "--last",
        "--employer",
        "CityBank",
        "--title",
        "Senior agent",
        "--from",
        "2019",
        "--to",
        "2022",
        "--manager",
        "Lars Moe",
        "--reference",
        "Led the backlog project",
    ];
    assert_eq!(ok(h, &role).trim().len(), 36, "the event's id");
    let refused = fails(
        h,
        &["role", "--last", "--employer", " ", "--title", "Agent"],
        2,
    );
    assert!(refused.contains("employer and a title"), "{refused}");

    ok(h, &["rating", "--last", "8", "--for", "Lars Moe"]);
    ok(h, &["rating", "--last", "9", "--for", "Eva Strand"]);
    ok(h, &["rating", "--last", "7", "--for", "LARS MOE"]); // the same person, changed
    ok(
        h,
        &[
            "rating",
            "--last",
            "8",
            "--for",
            "Sara",
            "--relation",
            "colleague",
        ],
    );
    let full = fails(h, &["rating", "--last", "6", "--for", "Tom"], 2);
    assert!(full.contains("both managers are named"), "{full}");
    let bad = fails(h, &["rating", "--last", "11", "--for", "Sara"], 2);
    assert!(bad.contains("1 to 10"), "{bad}");

    let json: serde_json::Value =
        serde_json::from_str(&ok(h, &["export", "--last", "--to", "json"])).unwrap();
    let ratings = &json["summary"]["ratings"];
    assert_eq!(ratings[0]["name"], "Lars Moe");
    assert_eq!(ratings[0]["rating"], 7);
    assert_eq!(ratings[1]["name"], "Eva Strand");
    assert_eq!(ratings[2]["name"], "Sara");
    assert!(ratings[3]["name"].is_null());
    let md = ok(h, &["export", "--last", "--to", "md"]);
    assert!(md.contains("CityBank — Senior agent (2019–2022)"), "{md}");
    assert!(
        md.contains("☎ call for a reference: Led the backlog project"),
        "{md}"
    );
}
