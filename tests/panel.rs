//! A panel's steps from the command line: scoring, recommending and submitting, as each
//! panelist, with clear errors for what a rubric does not have.

mod common;

use common::{fails, ok, store};
use rapport::model::{EventKind, Level, Recommendation};
use tempfile::TempDir;

#[test]
fn each_panelist_scores_recommends_and_submits_from_the_command_line() {
    let home = TempDir::new().unwrap();
    let id = ok(
        home.path(),
        &["new", "--candidate", "Kari", "--as", "Ann", "--no-tui"],
    )
    .trim()
    .to_owned();
    ok(home.path(), &["score", "--last", "listening", "3"]);
    ok(home.path(), &["score", &id, "empathy", "na"]);
    ok(
        home.path(),
        &["score", "--last", "listening", "2", "--as", "Ola"],
    );
    ok(
        home.path(),
        &[
            "recommend",
            "--last",
            "yes",
            "--why",
            "Owned the mistake",
            "--as",
            "Ann",
        ],
    );
    ok(
        home.path(),
        &["recommend", "--last", "strong-yes", "--as", "Ann"],
    );
    let said = ok(home.path(), &["submit", "--last", "--as", "Ann"]);
    assert_eq!(said.trim().len(), 36, "the event's id: {said}");

    let state = store(home.path()).read(id.parse().unwrap()).unwrap().state;
    let ann = &state.panelists["Ann"];
    assert_eq!(
        ann.scores[&"listening".into()].level,
        Level::try_from(3).ok()
    );
    assert_eq!(
        ann.scores[&"empathy".into()].level,
        None,
        "na is not assessed"
    );
    assert_eq!(
        ann.recommendation,
        Some((Recommendation::StrongYes, "Owned the mistake".to_owned())),
        "the rationale stays when only the recommendation changes"
    );
    assert!(ann.submitted_at.is_some());
    let ola = &state.panelists["Ola"];
    assert_eq!(
        ola.scores[&"listening".into()].level,
        Level::try_from(2).ok()
    );
    assert!(ola.submitted_at.is_none());
    let events = store(home.path()).read(id.parse().unwrap()).unwrap().events;
    assert!(
        events
            .iter()
            .any(|e| e.author == "Ola" && matches!(e.kind, EventKind::ScoreSet { .. }))
    );
}

#[test]
fn an_unknown_criterion_level_or_recommendation_is_one_clear_sentence() {
    let home = TempDir::new().unwrap();
    ok(home.path(), &["new", "--candidate", "Kari", "--no-tui"]);
    let err = fails(home.path(), &["score", "--last", "charisma", "3"], 2);
    assert!(
        err.contains("no criterion 'charisma'") && err.contains("listening"),
        "{err}"
    );
    let err = fails(home.path(), &["score", "--last", "listening", "5"], 2);
    assert!(err.contains("1, 2, 3 or 4"), "{err}");
    let err = fails(home.path(), &["recommend", "--last", "maybe"], 2);
    assert!(err.contains("strong-no, no, yes or strong-yes"), "{err}");
    let err = fails(home.path(), &["score", "listening", "3"], 2);
    assert!(err.contains("name the session"), "{err}");
}
