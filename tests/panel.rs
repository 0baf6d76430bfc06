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

#[test]
fn until_a_panelist_submits_their_exports_show_the_others_only_as_counts() {
    let home = TempDir::new().unwrap();
    ok(
        home.path(),
        &["new", "--candidate", "Kari", "--as", "Ann", "--no-tui"],
    );
    ok(home.path(), &["note", "--last", "Ann heard a clear answer"]);
    ok(home.path(), &["score", "--last", "listening", "3"]);
    ok(
        home.path(),
        &["note", "--last", "Ola thought it vague", "--as", "Ola"],
    );
    ok(
        home.path(),
        &["score", "--last", "listening", "1", "--as", "Ola"],
    );
    ok(
        home.path(),
        &[
            "recommend",
            "--last",
            "no",
            "--why",
            "Ola's own reasons",
            "--as",
            "Ola",
        ],
    );
    ok(home.path(), &["submit", "--last", "--as", "Ola"]);

    for to in ["md", "html", "json"] {
        let as_ann = ok(
            home.path(),
            &["export", "--last", "--to", to, "--as", "Ann"],
        );
        assert!(as_ann.contains("Ann heard a clear answer"), "{to}");
        for hidden in [
            "Ola thought it vague",
            "Ola's own reasons",
            "Ola&#39;s own reasons",
        ] {
            assert!(
                !as_ann.contains(hidden),
                "{to} shows {hidden} to Ann before she submits"
            );
        }
        if to != "json" {
            assert!(as_ann.contains("notes: 1, scores: 1"), "{to}: {as_ann}");
        }
        // Ola has submitted: Ola sees Ann's work as it comes.
        let as_ola = ok(
            home.path(),
            &["export", "--last", "--to", to, "--as", "Ola"],
        );
        assert!(as_ola.contains("Ann heard a clear answer"), "{to}");
    }
    ok(home.path(), &["submit", "--last", "--as", "Ann"]);
    let after = ok(
        home.path(),
        &["export", "--last", "--to", "md", "--as", "Ann"],
    );
    assert!(after.contains("Ola thought it vague") && after.contains("Ola's own reasons"));
    assert!(!after.contains("notes: 1, scores: 1"));
}

#[test]
fn the_debrief_sets_the_panel_side_by_side_flags_disputes_and_records_the_decision() {
    let home = TempDir::new().unwrap();
    ok(
        home.path(),
        &["new", "--candidate", "Kari", "--as", "Ann", "--no-tui"],
    );
    for (who, listening, rec) in [("Ann", "4", "yes"), ("Ola", "2", "no"), ("Siv", "3", "yes")] {
        ok(
            home.path(),
            &["score", "--last", "listening", listening, "--as", who],
        );
        ok(
            home.path(),
            &["score", "--last", "empathy", "3", "--as", who],
        );
        ok(home.path(), &["recommend", "--last", rec, "--as", who]);
        ok(
            home.path(),
            &[
                "note",
                "--last",
                &format!("{who} noticed the pause"),
                "--as",
                who,
            ],
        );
    }
    // Ann has not submitted: she sees her own column only.
    let blind = ok(home.path(), &["debrief", "--last", "--as", "Ann"]);
    assert!(blind.contains("You have not submitted yet"), "{blind}");
    assert!(
        !blind.contains("| Ola") && !blind.contains("Ola noticed"),
        "{blind}"
    );

    for who in ["Ann", "Ola", "Siv"] {
        ok(home.path(), &["submit", "--last", "--as", who]);
    }
    let md = ok(home.path(), &["debrief", "--last", "--as", "Ann"]);
    assert!(
        md.contains("| ⚠ Listening | 3 | 4 | 2 | 3 | 2 | 3.0 |"),
        "{md}"
    );
    assert!(md.contains("| Empathy | 3 | 3 | 3 | 3 | 0 | 3.0 |"), "{md}");
    assert!(
        md.contains("⚠ split") && md.contains("Disputes (2)"),
        "{md}"
    );
    for who in ["Ann", "Ola", "Siv"] {
        assert!(
            md.contains(&format!("**{who}** · {who} noticed the pause")),
            "{md}"
        );
    }
    let json: serde_json::Value =
        serde_json::from_str(&ok(home.path(), &["debrief", "--last", "--to", "json"])).unwrap();
    assert_eq!(json["criteria"][0]["disputed"], true);
    assert_eq!(json["recommendations_split"], true);

    let decided = ok(
        home.path(),
        &[
            "debrief",
            "--last",
            "--decide",
            "second-interview",
            "--why",
            "We heard different things",
            "--as",
            "Ann",
        ],
    );
    assert_eq!(decided.trim().len(), 36, "{decided}");
    let md = ok(home.path(), &["debrief", "--last"]);
    assert!(md.contains("Second interview, recorded by Ann"), "{md}");
    assert!(
        md.contains("| ⚠ Listening | 3 | 4 | 2 | 3 |"),
        "the scores stay as they were"
    );
    let export = ok(home.path(), &["export", "--last", "--to", "md"]);
    assert!(
        export.contains("## Debrief") && export.contains("⚠ Listening"),
        "{export}"
    );
    let html = ok(home.path(), &["export", "--last", "--to", "html"]);
    assert!(
        html.contains("⚠ Listening") && html.contains("Second interview"),
        "{html}"
    );
}

#[test]
fn the_interchange_format_is_versioned_and_version_1_exports_still_import() {
    let here = TempDir::new().unwrap();
    let id = ok(here.path(), &["new", "--candidate", "Kari", "--no-tui"])
        .trim()
        .to_owned();
    ok(here.path(), &["note", "--last", "a note"]);
    let v2: serde_json::Value =
        serde_json::from_str(&ok(here.path(), &["export", "--last", "--to", "json"])).unwrap();
    assert_eq!(v2["rapport_session"], 2);
    assert_eq!(v2["session"], id.as_str());
    assert!(
        v2.get("state").is_none(),
        "the fold's private state is not published"
    );
    assert_eq!(v2["summary"]["notes"][0]["text"], "a note");

    // A version-1 export, as rapport 0.1 wrote it: `rapport_export` and a `state` to ignore.
    let mut v1 = serde_json::json!({
        "rapport_export": 1,
        "exported_at": v2["exported_at"],
        "header": v2["header"],
        "state": {"whatever": "rapport 0.1 folded"},
        "events": v2["events"],
    });
    v1["clock"] = v2["summary"]["clock"].clone();
    let there = TempDir::new().unwrap();
    let file = there.path().join("v1.json");
    std::fs::write(&file, v1.to_string()).unwrap();
    ok(there.path(), &["import", file.to_str().unwrap()]);
    let md = ok(there.path(), &["export", "--last", "--to", "md"]);
    assert!(md.contains("a note"), "{md}");
}

/// Each panelist's levels, criterion by criterion.
type Cards = Vec<(String, Vec<Option<u8>>)>;

/// The notes of session `id` under `home`, as sorted texts, and each panelist's levels.
fn seen(home: &std::path::Path, id: &str) -> (Vec<String>, Cards) {
    let state = store(home).read(id.parse().unwrap()).unwrap().state;
    let mut notes: Vec<String> = state
        .notes
        .iter()
        .map(|n| format!("{}: {}", n.author, n.text))
        .collect();
    notes.sort();
    let cards = state
        .panelists
        .iter()
        .map(|(p, c)| {
            (
                p.clone(),
                c.scores.values().map(|s| s.level.map(Level::get)).collect(),
            )
        })
        .collect();
    (notes, cards)
}

#[test]
fn merging_files_in_any_order_and_any_number_of_times_gives_every_laptop_the_same_session() {
    let (ann, ola, siv) = (
        TempDir::new().unwrap(),
        TempDir::new().unwrap(),
        TempDir::new().unwrap(),
    );
    let id = ok(
        ann.path(),
        &["new", "--candidate", "Kari", "--as", "Ann", "--no-tui"],
    )
    .trim()
    .to_owned();
    let invite = ann.path().join("kari.json");
    ok(
        ann.path(),
        &[
            "export",
            "--last",
            "--to",
            "json",
            "-o",
            invite.to_str().unwrap(),
        ],
    );
    // The others take the session in from the export, then work on their own laptops.
    ok(ola.path(), &["merge", invite.to_str().unwrap()]);
    ok(siv.path(), &["merge", invite.to_str().unwrap()]);
    for (home, who, level) in [(&ann, "Ann", "4"), (&ola, "Ola", "2"), (&siv, "Siv", "3")] {
        ok(
            home.path(),
            &["note", &id, &format!("{who}'s note"), "--as", who],
        );
        ok(
            home.path(),
            &["score", &id, "listening", level, "--as", who],
        );
    }
    let folder = |home: &TempDir| common::session_dir(home.path(), &id);
    // Ann takes in Ola's folder, then Siv's; Siv takes in Ann's (which now holds Ola's too);
    // Ola takes in Siv's folder twice and a JSON export of Ann's.
    let ann_export = ann.path().join("ann.json");
    ok(ann.path(), &["merge", folder(&ola).to_str().unwrap()]);
    ok(ann.path(), &["merge", folder(&siv).to_str().unwrap()]);
    ok(siv.path(), &["merge", folder(&ann).to_str().unwrap()]);
    ok(ola.path(), &["merge", folder(&siv).to_str().unwrap()]);
    let again = ok(ola.path(), &["merge", folder(&siv).to_str().unwrap()]);
    assert!(
        again.contains("new events: 0"),
        "merging again adds nothing: {again}"
    );
    ok(
        ann.path(),
        &[
            "export",
            "--last",
            "--to",
            "json",
            "-o",
            ann_export.to_str().unwrap(),
        ],
    );
    ok(ola.path(), &["merge", ann_export.to_str().unwrap()]);

    let expected = seen(ann.path(), &id);
    assert_eq!(expected.0.len(), 3, "{expected:?}");
    assert_eq!(seen(ola.path(), &id), expected);
    assert_eq!(seen(siv.path(), &id), expected);
    // No writer's own log was rewritten: Ann's log still starts with what she wrote.
    let events = store(ann.path()).read(id.parse().unwrap()).unwrap().events;
    assert!(matches!(events[0].kind, EventKind::SessionCreated(_)));
}

#[test]
fn a_file_of_another_session_is_taken_in_only_when_forced() {
    let home = TempDir::new().unwrap();
    let mine = ok(home.path(), &["new", "--candidate", "Kari", "--no-tui"])
        .trim()
        .to_owned();
    let other_home = TempDir::new().unwrap();
    ok(
        other_home.path(),
        &["new", "--candidate", "Ola", "--no-tui"],
    );
    ok(other_home.path(), &["note", "--last", "belongs elsewhere"]);
    let file = other_home.path().join("ola.json");
    ok(
        other_home.path(),
        &[
            "export",
            "--last",
            "--to",
            "json",
            "-o",
            file.to_str().unwrap(),
        ],
    );
    // Merged plainly, it is its own session here.
    ok(home.path(), &["merge", file.to_str().unwrap()]);
    assert_eq!(store(home.path()).ids().unwrap().len(), 2);
    let forced = ok(
        home.path(),
        &["merge", file.to_str().unwrap(), "--force-into", &mine],
    );
    assert!(forced.contains("Kari"), "{forced}");
    let md = ok(home.path(), &["export", &mine, "--to", "md"]);
    assert!(md.contains("belongs elsewhere"), "{md}");
    let err = common::fails(
        home.path(),
        &["merge", home.path().join("nothing-here").to_str().unwrap()],
        1,
    );
    assert!(err.contains("cannot read"), "{err}");
}

#[test]
fn a_panel_session_is_started_invited_to_and_joined_on_other_laptops() {
    let (ann, ola) = (TempDir::new().unwrap(), TempDir::new().unwrap());
    let id = common::new_panel(ann.path(), "Kari", "Ola, Siv", "Ann");
    let invitation = ann.path().join("invite.json");
    ok(
        ann.path(),
        &["invite", "--last", "-o", invitation.to_str().unwrap()],
    );
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&invitation).unwrap()).unwrap();
    assert_eq!(
        doc["events"].as_array().unwrap().len(),
        1,
        "only the creation"
    );
    assert_eq!(
        doc["header"]["panel"],
        serde_json::json!(["Ann", "Ola", "Siv"])
    );

    let joined = ok(
        ola.path(),
        &[
            "join",
            invitation.to_str().unwrap(),
            "--as",
            "Ola",
            "--no-tui",
        ],
    );
    assert_eq!(joined.trim(), id);
    let said = ok(ola.path(), &["resume", "--last", "--no-tui"]);
    assert!(
        said.contains("(running)"),
        "Ola's interview clock runs from her joining: {said}"
    );
    // From then on this laptop records as Ola.
    ok(ola.path(), &["note", "--last", "Ola's first note"]);
    ok(ola.path(), &["score", "--last", "listening", "2"]);
    let state = store(ola.path()).read(id.parse().unwrap()).unwrap().state;
    assert_eq!(state.notes[0].author, "Ola");
    assert!(state.panelists.contains_key("Ola"));
    // Joining again changes nothing; Ann takes Ola's folder in.
    ok(
        ola.path(),
        &["join", invitation.to_str().unwrap(), "--no-tui"],
    );
    ok(
        ann.path(),
        &[
            "merge",
            common::session_dir(ola.path(), &id).to_str().unwrap(),
        ],
    );
    let md = ok(
        ann.path(),
        &["export", "--last", "--to", "md", "--as", "Ann"],
    );
    assert!(md.contains("Ann, Ola, Siv"), "{md}");
    assert!(
        md.contains("notes: 1, scores: 1"),
        "blind: Ann has not submitted: {md}"
    );
}

/// `rapport args…` under `home` with a git identity (for `rapport sync`'s commits).
fn ok_git(home: &std::path::Path, args: &[&str]) -> String {
    let out = common::rapport(home)
        .args(args)
        .env("GIT_AUTHOR_NAME", "Tester")
        .env("GIT_AUTHOR_EMAIL", "tester@example.invalid")
        .env("GIT_COMMITTER_NAME", "Tester")
        .env("GIT_COMMITTER_EMAIL", "tester@example.invalid")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "rapport {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_shared_team_folder_carries_each_laptop_s_logs_to_the_others() {
    let (ann, ola, shared) = (
        TempDir::new().unwrap(),
        TempDir::new().unwrap(),
        TempDir::new().unwrap(),
    );
    for home in [&ann, &ola] {
        ok(
            home.path(),
            &["team", "use", shared.path().to_str().unwrap()],
        );
    }
    let id = common::new_panel(ann.path(), "Kari", "Ola", "Ann");
    let invitation = ann.path().join("invite.json");
    ok(
        ann.path(),
        &["invite", "--last", "-o", invitation.to_str().unwrap()],
    );
    ok(
        ola.path(),
        &[
            "join",
            invitation.to_str().unwrap(),
            "--as",
            "Ola",
            "--no-tui",
        ],
    );
    ok(ann.path(), &["list"]);
    ok(ola.path(), &["note", &id, "Ola, through the shared folder"]);
    // Ann's list (served from her index) counts Ola's note as it arrives.
    let listed = ok(ann.path(), &["list"]);
    assert!(
        listed
            .lines()
            .any(|l| l.contains("Kari") && l.trim_end().ends_with('1')),
        "{listed}"
    );
    ok(ann.path(), &["note", &id, "Ann, through the shared folder"]);
    for home in [&ann, &ola] {
        let md = ok(home.path(), &["export", &id, "--to", "md", "--as", "Ann"]);
        assert!(md.contains("Ann, through the shared folder"), "{md}");
    }
    // Ola has not submitted: on her laptop, Ann's note shows only as a count.
    let as_ola = ok(ola.path(), &["export", &id, "--to", "md"]);
    assert!(
        !as_ola.contains("Ann, through") && as_ola.contains("notes: 1"),
        "{as_ola}"
    );
    ok(ola.path(), &["submit", &id]);
    let as_ola = ok(ola.path(), &["export", &id, "--to", "md"]);
    assert!(
        as_ola.contains("Ann, through the shared folder"),
        "{as_ola}"
    );
    // Forgetting the candidate on Ann's laptop takes Ann's copies out of the team folder;
    // Ola's files there are Ola's.
    let in_team = || std::fs::read_dir(shared.path().join(&id)).unwrap().count();
    let before = in_team();
    ok(ann.path(), &["forget", "--candidate", "Kari", "--yes"]);
    assert_eq!(
        in_team(),
        before - 1,
        "Ann's one log copy is gone, Ola's stays"
    );
}

#[test]
fn a_git_team_folder_syncs_both_ways_through_a_bare_remote() {
    let root = TempDir::new().unwrap();
    let git = |args: &[&str]| {
        let status = std::process::Command::new("git")
            .args(args)
            .current_dir(root.path())
            .env("GIT_AUTHOR_NAME", "Tester")
            .env("GIT_AUTHOR_EMAIL", "tester@example.invalid")
            .env("GIT_COMMITTER_NAME", "Tester")
            .env("GIT_COMMITTER_EMAIL", "tester@example.invalid")
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
    };
    git(&[
        "init",
        "--quiet",
        "--bare",
        "--initial-branch=main",
        "remote.git",
    ]);
    git(&["clone", "--quiet", "remote.git", "team-ann"]);
    git(&[
        "-C",
        "team-ann",
        "commit",
        "--quiet",
        "--allow-empty",
        "-m",
        "start",
    ]);
    git(&["-C", "team-ann", "push", "--quiet", "origin", "HEAD:main"]);
    git(&["clone", "--quiet", "remote.git", "team-ola"]);
    let (ann, ola) = (TempDir::new().unwrap(), TempDir::new().unwrap());
    ok(
        ann.path(),
        &[
            "team",
            "use",
            root.path().join("team-ann").to_str().unwrap(),
        ],
    );
    ok(
        ola.path(),
        &[
            "team",
            "use",
            root.path().join("team-ola").to_str().unwrap(),
        ],
    );

    let id = common::new_panel(ann.path(), "Kari", "Ola", "Ann");
    ok(ann.path(), &["note", &id, "Ann's note, by git"]);
    ok_git(ann.path(), &["sync"]);
    ok_git(ola.path(), &["sync"]);
    // Ola's laptop now has Ann's files in its team folder: it joins from them.
    let ann_log = root.path().join("team-ola").join(&id);
    ok(ola.path(), &["merge", ann_log.to_str().unwrap()]);
    ok(
        ola.path(),
        &["note", &id, "Ola's note, by git", "--as", "Ola"],
    );
    ok(ola.path(), &["submit", &id, "--as", "Ola"]);
    ok_git(ola.path(), &["sync"]);
    ok_git(ann.path(), &["sync"]);
    ok(ann.path(), &["submit", &id, "--as", "Ann"]);
    let md = ok(ann.path(), &["export", &id, "--to", "md", "--as", "Ann"]);
    assert!(
        md.contains("Ola's note, by git") && md.contains("Ann's note, by git"),
        "{md}"
    );
    let err = common::fails(TempDir::new().unwrap().path(), &["sync"], 1);
    assert!(err.contains("no team folder"), "{err}");
}

#[test]
fn a_second_interview_carries_the_candidate_s_id() {
    let home = TempDir::new().unwrap();
    let first = ok(home.path(), &["new", "--candidate", "Kari", "--no-tui"])
        .trim()
        .to_owned();
    let second = ok(
        home.path(),
        &[
            "new",
            "--candidate",
            "Kari N.",
            "--candidate-of",
            &first,
            "--format",
            "deep-120",
            "--no-tui",
        ],
    )
    .trim()
    .to_owned();
    let other = ok(home.path(), &["new", "--candidate", "Kari", "--no-tui"])
        .trim()
        .to_owned();
    let header = |id: &str| {
        store(home.path())
            .read(id.parse().unwrap())
            .unwrap()
            .state
            .header
    };
    assert!(header(&first).candidate_id.is_some());
    assert_eq!(
        header(&second).candidate_id,
        header(&first).candidate_id,
        "the same person"
    );
    assert_ne!(
        header(&other).candidate_id,
        header(&first).candidate_id,
        "a namesake is not"
    );
}

#[test]
fn an_odd_file_in_the_team_folder_is_skipped_not_fatal() {
    let (home, shared) = (TempDir::new().unwrap(), TempDir::new().unwrap());
    ok(
        home.path(),
        &["team", "use", shared.path().to_str().unwrap()],
    );
    let id = ok(home.path(), &["new", "--candidate", "Kari", "--no-tui"])
        .trim()
        .to_owned();
    let theirs = shared.path().join(&id);
    std::fs::write(theirs.join("0badc0de-0.jsonl"), b"\xff\xfe not a log\n").unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(theirs.join("0badf1f0-0.jsonl"))
        .status()
        .unwrap();
    assert!(made.success());
    let newer = theirs.join("0ddba11a-0.jsonl");
    let mut line = Vec::new();
    rapport::store::seal(b"{\"v\":9,\"event\":{\"hologram\":{}}}", &mut line);
    std::fs::write(&newer, line).unwrap();
    ok(home.path(), &["note", &id, "still fine"]);
    let md = ok(home.path(), &["export", &id, "--to", "md"]);
    assert!(md.contains("still fine"), "{md}");
}
