//! Tests of content loading: the built-ins are whole and clean, and every kind of mistake in a
//! user's file gets a precise message while everything else still loads.

use proptest::prelude::*;

use super::*;
use crate::model::{Category, Lang};

/// Loads the built-ins plus one user file; returns the library and the findings about it.
fn with(kind: Kind, text: &str) -> (Library, Vec<Diagnostic>) {
    let mut inputs = builtin::inputs();
    inputs.push(Input {
        kind,
        name: "user.json".into(),
        text: text.into(),
        builtin: false,
    });
    let (lib, findings) = Library::load(inputs);
    let mine = findings
        .into_iter()
        .filter(|d| d.file == "user.json")
        .collect();
    (lib, mine)
}

/// The errors about a user file.
fn errors(kind: Kind, text: &str) -> Vec<Diagnostic> {
    let (_, findings) = with(kind, text);
    findings.into_iter().filter(Diagnostic::is_error).collect()
}

/// The one error about a user file, with its position.
fn error(kind: Kind, text: &str) -> Diagnostic {
    let errors = errors(kind, text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.into_iter().next().unwrap()
}

const EN_ONLY: &str = r#"{"en": {"text": "Why support?", "look_for": ["a reason"]}}"#;

fn bank(questions: &str) -> String {
    format!(
        r#"{{"format": 1, "id": "mine", "title": {{"en": "Mine"}}, "questions": [{questions}]}}"#
    )
}

fn question(id: &str, extra: &str) -> String {
    format!("\n{{\"id\": \"{id}\", \"category\": \"personal\", {extra}\"text\": {EN_ONLY}}}")
}

#[test]
fn the_builtin_content_loads_without_a_single_finding() {
    let (lib, findings) = Library::load(builtin::inputs());
    assert!(findings.is_empty(), "{findings:#?}");
    assert_eq!(lib.formats().len(), 3);
    assert!(lib.plan(DEFAULT_PLAN).is_some());
}

#[test]
fn the_builtin_bank_covers_every_category_in_every_language() {
    let lib = Library::builtin().unwrap();
    let questions: Vec<_> = lib.banks().iter().flat_map(|b| &b.questions).collect();
    assert!(questions.len() >= 80, "{} questions", questions.len());
    for category in Category::ALL {
        let n = questions.iter().filter(|q| q.category == category).count();
        if category == Category::DeepDive {
            assert_eq!(
                n, 4,
                "the deep-dive holds exactly the four per-role questions"
            );
        } else {
            assert!(n >= 8, "{category:?} has only {n}");
        }
    }
    for q in &questions {
        for lang in Lang::ALL {
            let t = q
                .text
                .get(&lang)
                .unwrap_or_else(|| panic!("{} lacks {lang}", q.id));
            assert!(
                t.look_for.len() >= 2,
                "{} ({lang}) has fewer than two look-for points",
                q.id
            );
            assert!(
                !t.follow_ups.is_empty(),
                "{} ({lang}) has no follow-ups",
                q.id
            );
        }
    }
    for id in [
        "deep-dive-hired-to-do",
        "deep-dive-proudest",
        "deep-dive-low-points",
        "deep-dive-manager",
    ] {
        let q = lib.question(id).unwrap_or_else(|| panic!("{id} missing"));
        assert!(
            q.text[&Lang::En].follow_ups.len() >= 3,
            "{id} needs rich follow-ups"
        );
    }
}

/// Single terms that may read the same in two languages.
const SAME_IN_TWO_LANGUAGES: &[&str] = &["CRM", "OK"];

#[test]
fn no_translation_is_left_in_english_and_danish_is_not_norwegian() {
    let lib = Library::builtin().unwrap();
    let mut same = Vec::new();
    let mut compare = |id: &str, what: &str, a: &str, b: &str, langs: &str| {
        if a == b && !SAME_IN_TWO_LANGUAGES.contains(&a) {
            same.push(format!("{id} {what} ({langs}): {a}"));
        }
    };
    for q in lib.banks().iter().flat_map(|b| &b.questions) {
        let en = &q.text[&Lang::En];
        for lang in [Lang::Nb, Lang::Da, Lang::Lv, Lang::Zh] {
            let t = &q.text[&lang];
            compare(
                q.id.as_str(),
                "text",
                &en.text,
                &t.text,
                &format!("en = {lang}"),
            );
            for (a, b) in en.look_for.iter().zip(&t.look_for) {
                compare(q.id.as_str(), "look_for", a, b, &format!("en = {lang}"));
            }
        }
        let (nb, da) = (&q.text[&Lang::Nb], &q.text[&Lang::Da]);
        compare(q.id.as_str(), "text", &nb.text, &da.text, "nb = da");
        for (a, b) in nb.look_for.iter().zip(&da.look_for) {
            compare(q.id.as_str(), "look_for", a, b, "nb = da");
        }
    }
    for r in lib.rubrics() {
        for c in &r.criteria {
            for (a, b) in c.text[&Lang::Nb]
                .levels
                .iter()
                .zip(&c.text[&Lang::Da].levels)
            {
                compare(c.id.as_str(), "level", a, b, "nb = da");
            }
        }
    }
    assert!(same.is_empty(), "untranslated texts:\n{}", same.join("\n"));
}

#[test]
fn invalid_json_names_file_line_and_column() {
    let d = error(Kind::Bank, "{\n  \"format\": 1,\n  \"id\": \"mine\",,\n}");
    assert_eq!((d.file.as_str(), d.line, d.column), ("user.json", 3, 16));
    assert!(d.message.starts_with("invalid JSON"), "{d}");
}

#[test]
fn an_unknown_field_names_the_question() {
    let text = bank(&question("personal-mine", "\"tgas\": [\"screen\"], "));
    let d = error(Kind::Bank, &text);
    assert!(d.message.contains("unknown field `tgas`"), "{d}");
    assert_eq!(d.question.as_deref(), Some("personal-mine"));
    assert_eq!(d.line, 2);
}

#[test]
fn an_unknown_category_names_the_question() {
    let text = bank(&format!(
        "\n{{\"id\": \"q-odd\", \"category\": \"astrology\", \"text\": {EN_ONLY}}}"
    ));
    let d = error(Kind::Bank, &text);
    assert!(d.message.contains("unknown variant `astrology`"), "{d}");
    assert_eq!(d.question.as_deref(), Some("q-odd"));
}

#[test]
fn a_duplicate_id_within_a_bank_points_at_the_second() {
    let text = bank(&[question("twice", ""), question("twice", "")].join(","));
    let d = error(Kind::Bank, &text);
    assert_eq!((d.line, d.question.as_deref()), (3, Some("twice")));
    assert!(d.message.contains("used twice"), "{d}");
}

#[test]
fn a_duplicate_id_across_banks_names_the_other_bank() {
    let d = error(
        Kind::Bank,
        &bank(&question("personal-one-to-ten-rating", "")),
    );
    assert!(
        d.message
            .contains("already used by bank 'customer-service'"),
        "{d}"
    );
    assert_eq!(d.question.as_deref(), Some("personal-one-to-ten-rating"));
}

#[test]
fn an_empty_text_is_an_error() {
    let text = bank(r#"{"id": "blank", "category": "personal", "text": {"en": {"text": "  "}}}"#);
    let d = error(Kind::Bank, &text);
    assert!(d.message.contains("en question text is empty"), "{d}");
    assert_eq!(d.question.as_deref(), Some("blank"));
}

#[test]
fn an_unknown_rubric_criterion_is_an_error() {
    let d = error(
        Kind::Bank,
        &bank(&question("mine", "\"criteria\": [\"charisma\"], ")),
    );
    assert!(
        d.message.contains("unknown rubric criterion 'charisma'"),
        "{d}"
    );
    assert_eq!((d.line, d.column), (2, 53), "at the criterion itself");
}

#[test]
fn a_missing_translation_is_a_warning_not_an_error() {
    let (lib, findings) = with(Kind::Bank, &bank(&question("mine", "")));
    assert!(
        findings.iter().all(|d| d.severity == Severity::Warning),
        "{findings:#?}"
    );
    let about_q: Vec<_> = findings
        .iter()
        .filter(|d| d.question.as_deref() == Some("mine"))
        .collect();
    assert_eq!(about_q.len(), 1, "{findings:#?}");
    assert!(
        about_q[0]
            .message
            .contains("no translation in nb, da, lv, zh"),
        "{}",
        about_q[0]
    );
    assert!(lib.question("mine").is_some(), "the bank still loads");
}

fn format_file(total: u32, draws: &str) -> String {
    format!(
        r#"{{"format": 1, "id": "mine-5", "title": {{"en": "Mine"}}, "total_min": {total},
"sections": [
  {{"id": "a", "budget_min": 2, "title": {{"en": "A"}}}},
  {{"id": "b", "budget_min": 3, "title": {{"en": "B"}}, "draws": {draws}}}
]}}"#
    )
}

#[test]
fn budgets_that_do_not_add_up_are_an_error() {
    let d = error(Kind::Format, &format_file(6, "{}"));
    assert!(
        d.message.contains("add up to 5 min, but total_min is 6"),
        "{d}"
    );
    assert_eq!(d.line, 1);
}

#[test]
fn a_section_pointing_at_nothing_is_an_error() {
    let d = error(Kind::Format, &format_file(5, r#"{"tags": ["astrology"]}"#));
    assert!(d.message.contains("section 'b' draws on nothing"), "{d}");
    assert_eq!(d.line, 4);
    let all = errors(
        Kind::Format,
        &format_file(5, r#"{"questions": ["no-such-question"]}"#),
    );
    let d = all
        .iter()
        .find(|d| d.message.contains("names a question that does not exist"))
        .unwrap_or_else(|| panic!("{all:#?}"));
    assert_eq!(d.question.as_deref(), Some("no-such-question"));
    assert_eq!((d.line, d.column), (4, 78));
}

fn plan_file(rubric: &str, format: &str, question: &str) -> String {
    format!(
        r#"{{"format": 1, "id": "mine", "role": {{"en": "Agent"}},
"persona": {{"en": {{"mission": "m", "outcomes": [], "competencies": [], "culture": []}}}},
"rubric": "{rubric}",
"variants": [
  {{"format": "{format}", "sections": [{{"section": "goals-and-mindset", "questions": ["{question}"]}}]}}
]}}"#
    )
}

#[test]
fn a_plan_naming_what_does_not_exist_is_an_error() {
    let d = error(
        Kind::Plan,
        &plan_file("no-rubric", "screen-20", "personal-success-in-a-year"),
    );
    assert!(
        d.message.contains("the rubric 'no-rubric' does not exist"),
        "{d}"
    );
    assert_eq!(d.line, 3);
    let d = error(Kind::Plan, &plan_file("customer-service", "screen-99", "x"));
    assert!(
        d.message.contains("the format 'screen-99' does not exist"),
        "{d}"
    );
    assert_eq!(d.line, 5);
    let d = error(
        Kind::Plan,
        &plan_file("customer-service", "screen-20", "no-such-q"),
    );
    assert!(
        d.message.contains("names a question that does not exist"),
        "{d}"
    );
    assert_eq!(d.question.as_deref(), Some("no-such-q"));
}

#[test]
fn a_newer_file_format_is_refused() {
    let d = error(Kind::Rubric, r#"{"format": 3, "id": "x"}"#);
    assert!(d.message.contains("version 3 is not supported"), "{d}");
}

#[test]
fn a_bad_user_bank_is_skipped_and_everything_else_loads() {
    let (lib, findings) = with(Kind::Bank, "{ not json");
    assert_eq!(findings.len(), 1);
    assert_eq!(lib.banks().len(), 1, "the built-in bank still loads");
    assert!(lib.plan(DEFAULT_PLAN).is_some());
}

#[test]
fn a_user_bank_in_the_config_folder_shows_up() {
    let dir = tempfile::TempDir::new().unwrap();
    std::fs::create_dir_all(dir.path().join("banks")).unwrap();
    std::fs::write(
        dir.path().join("banks/mine.json"),
        bank(&question("mine-q", "")),
    )
    .unwrap();
    std::fs::write(dir.path().join("banks/broken.json"), "{").unwrap();
    let (lib, findings) = load_with_user(dir.path());
    assert!(lib.question("mine-q").is_some());
    assert!(!lib.is_builtin_bank(1));
    let errors: Vec<_> = findings.iter().filter(|d| d.is_error()).collect();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].file.ends_with("broken.json"));
}

#[test]
fn a_plan_prepares_a_session_in_its_languages() {
    let lib = Library::builtin().unwrap();
    let p = lib.prepare(DEFAULT_PLAN, None, &[Lang::Nb]).unwrap();
    let s = &p.snapshot;
    assert_eq!(
        s.format.id.as_str(),
        "screen-20",
        "the first variant is the default"
    );
    assert_eq!(s.format.budget_ms(), 20 * 60_000);
    assert_eq!(s.rubric.criteria.len(), 10);
    let q = &s.questions[0];
    let langs: Vec<Lang> = q.text.keys().copied().collect();
    assert_eq!(
        langs,
        [Lang::En, Lang::Nb],
        "only the session's languages and English"
    );
    let planned: usize = s.format.sections.iter().map(|x| x.questions.len()).sum();
    assert_eq!(planned, s.questions.len());

    let deep = lib
        .prepare(DEFAULT_PLAN, Some("deep-120"), &[Lang::En])
        .unwrap();
    assert_eq!(deep.snapshot.format.budget_ms(), 120 * 60_000);
    let err = lib
        .prepare(DEFAULT_PLAN, Some("deep-999"), &[Lang::En])
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("screen-20, deep-120, reference-10"),
        "{err}"
    );
    assert!(lib.prepare("nope", None, &[Lang::En]).is_err());
}

#[test]
fn every_plan_fills_each_section_with_questions_it_draws_on() {
    let lib = Library::builtin().unwrap();
    for plan in lib.plans() {
        for v in &plan.variants {
            let format = lib.format(v.format.as_str()).unwrap();
            for s in &v.sections {
                let section = format.sections.iter().find(|f| f.id == s.section).unwrap();
                let minutes: u32 = s
                    .questions
                    .iter()
                    .map(|q| lib.question(q.as_str()).unwrap().minutes())
                    .sum();
                let per_role = section.draws.categories.contains(&Category::DeepDive);
                if !per_role {
                    assert!(
                        minutes.abs_diff(section.budget_min) <= 1,
                        "{} {}: questions take {minutes} min of {}",
                        v.format,
                        s.section,
                        section.budget_min
                    );
                }
            }
        }
    }
}

#[test]
fn the_committed_schemas_are_current() {
    for (kind, committed) in [
        (
            Kind::Bank,
            include_str!("../../question-banks/schema/bank.schema.json"),
        ),
        (
            Kind::Format,
            include_str!("../../question-banks/schema/format.schema.json"),
        ),
        (
            Kind::Rubric,
            include_str!("../../question-banks/schema/rubric.schema.json"),
        ),
        (
            Kind::Plan,
            include_str!("../../question-banks/schema/plan.schema.json"),
        ),
    ] {
        let committed: serde_json::Value = serde_json::from_str(committed).unwrap();
        assert_eq!(
            committed,
            schema(kind),
            "question-banks/schema/{}.schema.json is stale: regenerate it with `rapport banks schema --kind {}`",
            kind.folder().trim_end_matches('s'),
            kind.folder().trim_end_matches('s'),
        );
    }
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic_the_loader(bytes in proptest::collection::vec(any::<u8>(), 0..400), k in 0usize..4) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = with(Kind::ALL[k], &text);
    }

    #[test]
    fn mangled_real_files_never_panic_the_loader(cut in 0usize..4000, k in 0usize..4) {
        let (_, _, original) = builtin::FILES[k];
        let mut end = cut.min(original.len());
        while !original.is_char_boundary(end) { end -= 1; }
        let _ = with(Kind::ALL[k], &original[..end]);
    }
}
