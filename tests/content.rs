//! End-to-end tests of the content commands, and of the shipped files against their schemas.

mod common;

use std::fs;
use std::path::Path;

use common::{fails, ok};
use tempfile::TempDir;

const KINDS: [(&str, &str); 4] = [
    ("banks", "bank"),
    ("formats", "format"),
    ("rubrics", "rubric"),
    ("plans", "plan"),
];

#[test]
fn every_shipped_file_validates_against_its_committed_schema() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("question-banks");
    let mut checked = 0;
    for (folder, kind) in KINDS {
        let schema: serde_json::Value = serde_json::from_str(
            &fs::read_to_string(root.join(format!("schema/{kind}.schema.json"))).unwrap(),
        )
        .unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        for entry in fs::read_dir(root.join(folder)).unwrap() {
            let path = entry.unwrap().path();
            let instance: serde_json::Value =
                serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
            let errors: Vec<String> = validator
                .iter_errors(&instance)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
            checked += 1;
        }
        // And the schema is not vacuous: a file missing its required fields fails it.
        assert!(
            !validator.is_valid(&serde_json::json!({"format": 1})),
            "{kind} schema accepts anything"
        );
    }
    assert_eq!(checked, 6);
}

#[test]
fn banks_list_counts_every_category_in_every_language() {
    let home = TempDir::new().unwrap();
    let out = ok(home.path(), &["banks", "list"]);
    assert!(out.contains("customer-service"), "{out}");
    let header = out.lines().find(|l| l.contains("category")).unwrap();
    for lang in ["en", "nb", "da", "lv", "zh"] {
        assert!(header.contains(lang), "{header}");
    }
    // Categories by name, whole.
    let deep = out
        .lines()
        .find(|l| l.trim_start().starts_with("Chronological deep-dive "))
        .expect(&out);
    let counts: Vec<&str> = deep.split_whitespace().skip(2).collect();
    assert_eq!(counts, ["4"; 6], "{deep}");
    // In the UI language.
    let zh = ok(home.path(), &["banks", "list", "--ui-lang", "zh"]);
    assert!(zh.contains("履历深挖"), "{zh}");
    let shown = ok(
        home.path(),
        &["banks", "show", "customer-service", "--ui-lang", "nb"],
    );
    assert!(shown.contains("Kronologisk gjennomgang (4)"), "{shown}");
    assert!(shown.contains("[dybdeintervju]"), "{shown}");
}

fn my_bank() -> String {
    let docs =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/banks.md")).unwrap();
    let start = docs.find("```json\n").unwrap() + "```json\n".len();
    let end = start + docs[start..].find("```").unwrap();
    docs[start..end].to_owned()
}

#[test]
fn the_example_bank_of_the_docs_is_valid_and_shows_up_from_the_config_folder() {
    let home = TempDir::new().unwrap();
    let banks = home.path().join("config/banks");
    fs::create_dir_all(&banks).unwrap();
    fs::write(banks.join("my-team.json"), my_bank()).unwrap();
    let checked = ok(
        home.path(),
        &[
            "banks",
            "validate",
            banks.join("my-team.json").to_str().unwrap(),
        ],
    );
    assert!(checked.contains("0 error(s)"), "{checked}");
    assert!(
        checked.contains("warning: question 'my-team-night-shift'"),
        "missing da/lv/zh: {checked}"
    );

    let list = ok(home.path(), &["banks", "list"]);
    assert!(
        list.contains("my-team  Our team's questions  (yours)"),
        "{list}"
    );
    let shown = ok(home.path(), &["banks", "show", "my-team", "--lang", "da"]);
    assert!(
        shown.contains("[en] You are alone on the night shift"),
        "fallback is marked: {shown}"
    );
}

#[test]
fn a_broken_user_bank_is_named_and_skipped_and_validate_fails() {
    let home = TempDir::new().unwrap();
    let banks = home.path().join("config/banks");
    fs::create_dir_all(&banks).unwrap();
    let broken = my_bank().replace("\"situational\"", "\"astrology\"");
    fs::write(banks.join("broken.json"), &broken).unwrap();

    let out = common::run(home.path(), &["banks", "list"]);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("skipped a file of yours"), "{err}");
    assert!(err.contains("broken.json:8:"), "{err}");
    assert!(err.contains("question 'my-team-night-shift'"), "{err}");
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("customer-service")
    );

    let path = banks.join("broken.json");
    let out = common::run(home.path(), &["banks", "validate", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("unknown variant `astrology`"), "{text}");
}

#[test]
fn the_shipped_files_validate_in_place_and_a_clash_with_them_is_caught() {
    let home = TempDir::new().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("question-banks");
    let shipped: Vec<String> = KINDS
        .iter()
        .flat_map(|(folder, _)| fs::read_dir(root.join(folder)).unwrap())
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    let args: Vec<&str> = ["banks", "validate"]
        .into_iter()
        .chain(shipped.iter().map(String::as_str))
        .collect();
    assert!(ok(home.path(), &args).contains("6 file(s) checked: 0 error(s), 0 warning(s)"));

    let clash = home.path().join("clash.json");
    fs::write(
        &clash,
        my_bank().replace("my-team-night-shift", "personal-why-customer-service"),
    )
    .unwrap();
    let out = common::run(home.path(), &["banks", "validate", clash.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("already used by bank 'customer-service'"),
        "{text}"
    );
    assert!(out.stderr.is_empty(), "the findings are the whole message");
}

#[test]
fn banks_schema_prints_each_kind() {
    let home = TempDir::new().unwrap();
    for (_, kind) in KINDS {
        let schema: serde_json::Value =
            serde_json::from_str(&ok(home.path(), &["banks", "schema", "--kind", kind])).unwrap();
        assert!(schema["properties"]["format"].is_object(), "{kind}");
    }
}

#[test]
fn plans_show_the_questions_of_every_section() {
    let home = TempDir::new().unwrap();
    assert!(ok(home.path(), &["plans", "list"]).contains("customer-service-agent"));
    let out = ok(home.path(), &["plans", "show", "customer-service-agent"]);
    for format in ["screen-20", "deep-120", "reference-10"] {
        assert!(out.contains(format), "{format}: {out}");
    }
    assert!(out.contains("questions ≈ 16 min per role"), "{out}");
    let zh = ok(
        home.path(),
        &[
            "plans",
            "show",
            "customer-service-agent",
            "--format",
            "screen-20",
            "--lang",
            "zh",
        ],
    );
    assert!(!zh.contains("deep-120"));
    assert!(!zh.contains("[en]"), "every text exists in Chinese: {zh}");
    let err = fails(home.path(), &["plans", "show", "nope"], 1);
    assert!(err.contains("customer-service-agent"), "{err}");
}

#[test]
fn new_sessions_follow_the_plan_and_its_formats() {
    let home = TempDir::new().unwrap();
    let id = ok(
        home.path(),
        &[
            "new",
            "--candidate",
            "Ada",
            "--format",
            "deep-120",
            "--lang",
            "da",
            "--no-tui",
        ],
    );
    let json: serde_json::Value =
        serde_json::from_str(&ok(home.path(), &["export", id.trim(), "--to", "json"])).unwrap();
    assert_eq!(json["header"]["plan"], "customer-service-agent");
    assert_eq!(json["header"]["format"], "deep-120");
    let plan: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("question-banks/plans/customer-service-agent.json"),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(
        json["header"]["role"], plan["role"]["da"],
        "the role reads in the session's language"
    );
    assert_eq!(json["summary"]["clock"]["budget_ms"], 120 * 60_000);
    let err = fails(
        home.path(),
        &[
            "new",
            "--candidate",
            "Ada",
            "--format",
            "deep-999",
            "--no-tui",
        ],
        1,
    );
    assert!(
        err.contains("has no 'deep-999' format (it has: screen-20, deep-120, reference-10)"),
        "{err}"
    );
}
