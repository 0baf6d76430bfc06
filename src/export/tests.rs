//! Golden files of every export of the demo interview, scored and ended. Read the snapshots by
//! eye when they change: they are what hiring managers receive.

use chrono::TimeDelta;
use tempfile::TempDir;

use super::*;
use crate::cli::Context;
use crate::i18n::Catalog;
use crate::model::{EventKind, Lang, Level, NoteKind, Recommendation, SessionState, Timestamp};
use crate::store::Paths;

/// When the demo is made: it starts seven minutes before.
fn demo_now() -> Timestamp {
    chrono::DateTime::parse_from_rfc3339("2026-11-23T10:07:00+01:00").unwrap()
}

/// The demo's finished quick screen in `ui`, made at a fixed time.
fn scored_demo(ui: Lang) -> (TempDir, Vec<crate::model::Event>, SessionState) {
    let tmp = TempDir::new().unwrap();
    let mut ctx = Context::new(Paths::under(tmp.path()), ui, true, None);
    ctx.now = demo_now;
    let (session, _) = crate::cli::demo::screen(&ctx).unwrap();
    (tmp, session.events().to_vec(), session.state().clone())
}

fn labels(ui: Lang) -> Labels {
    Labels::new(Catalog::new(ui), demo_now() + TimeDelta::minutes(20))
}

#[test]
fn markdown_of_the_demo() {
    for ui in [Lang::En, Lang::Zh] {
        let (_tmp, _, state) = scored_demo(ui);
        let report = Report::build(&state, demo_now() + TimeDelta::minutes(20), ui);
        insta::assert_snapshot!(format!("demo_{ui}.md"), to_markdown(&report, &labels(ui)));
    }
}

#[test]
fn html_of_the_demo_is_self_contained() {
    let (_tmp, _, state) = scored_demo(Lang::En);
    let report = Report::build(&state, demo_now() + TimeDelta::minutes(20), Lang::En);
    let html = to_html(&report, &labels(Lang::En));
    for external in [
        "http:", "https:", "//", "src=", "href=", "url(", "@import", "<script",
    ] {
        assert!(
            !html.contains(external),
            "the page must fetch nothing: {external}"
        );
    }
    assert!(html.contains(&report.rubric.1) && html.contains("version 1"));
    // One element a line, to read the snapshot (the page itself has no line breaks).
    insta::assert_snapshot!("demo_en.html", html.replace("><", ">\n<"));
}

#[test]
fn the_timeline_is_scaled_to_the_interview_whatever_times_a_note_carries() {
    let (_tmp, _, mut state) = scored_demo(Lang::En);
    let normal = to_html(
        &Report::build(&state, demo_now(), Lang::En),
        &labels(Lang::En),
    );
    // A note stamped 2,000 years into the interview (an import dated 0001-01-01).
    state.notes[0].started_ms = 2_000 * 365 * 24 * 3_600_000;
    let report = Report::build(&state, demo_now(), Lang::En);
    let html = to_html(&report, &labels(Lang::En));
    assert!(html.len() < normal.len() + 1_000, "{} bytes", html.len());
    let ticks = html.matches("text-anchor=\"middle\"").count();
    assert!(ticks <= 13, "{ticks} minute labels");
}

#[test]
fn csv_of_the_demo() {
    let (_tmp, _, state) = scored_demo(Lang::En);
    let report = Report::build(&state, demo_now(), Lang::En);
    let csv = to_csv(&report, &labels(Lang::En));
    assert_eq!(csv.lines().count(), 1 + state.plan.rubric.criteria.len());
    // The session's id is new each run.
    let csv = csv.replace(&state.header.id.to_string(), "<session id>");
    insta::assert_snapshot!("demo_en.csv", csv);
}

#[test]
fn csv_of_a_panel_has_a_row_per_criterion_and_panelist_and_stacks_with_another() {
    let (_tmp, events, state) = scored_demo(Lang::En);
    let mut events = events;
    let mut more = crate::model::stamp(
        &state.clock,
        "ola",
        demo_now(),
        [
            EventKind::ScoreSet {
                criterion: "listening".into(),
                level: Some(Level::try_from(1).unwrap()),
                evidence: vec![],
            },
            EventKind::RecommendationSet {
                recommendation: Recommendation::No,
                rationale: String::new(),
            },
        ],
        || crate::model::EventId(uuid::Uuid::now_v7()),
    );
    events.append(&mut more);
    let panel = crate::model::fold(&events).unwrap();
    let l = labels(Lang::En);
    let solo = to_csv(&Report::build(&state, demo_now(), Lang::En), &l);
    let both = to_csv(&Report::build(&panel, demo_now(), Lang::En), &l);
    let criteria = panel.plan.rubric.criteria.len();
    assert_eq!(both.lines().count(), 1 + 2 * criteria);
    let ola: Vec<&str> = both.lines().filter(|r| r.contains(",ola,")).collect();
    assert_eq!(ola.len(), criteria);
    assert!(
        ola[0].contains(",listening,Listening,3,ola,1,"),
        "{}",
        ola[0]
    );
    assert!(ola[0].ends_with(",No,not submitted,,"), "{}", ola[0]);
    // Two exports stack: the same columns, the same header.
    let header = |csv: &str| csv.lines().next().unwrap_or_default().to_owned();
    assert_eq!(header(&solo), header(&both));
    let columns = header(&solo).split(',').count();
    for row in solo.lines().chain(both.lines()) {
        assert_eq!(row.split(',').count(), columns, "{row}");
    }
}

#[test]
fn notes_on_protected_characteristics_are_listed_for_review_and_never_quoted_to_the_candidate() {
    let (_tmp, mut events, state) = scored_demo(Lang::En);
    let note = |kind, text: &str| EventKind::NoteAdded {
        note_kind: kind,
        text: text.into(),
        anchor: Default::default(),
        started_at: demo_now(),
        started_ms: 400_000,
    };
    events.extend(crate::model::stamp(
        &state.clock,
        "demo",
        demo_now(),
        [
            note(
                NoteKind::Note,
                "She mentioned she is pregnant and due in May",
            ),
            note(
                NoteKind::Note,
                "Seems too old for a fast-paced team, maybe 55",
            ),
            note(NoteKind::Feedback, "Your accent was hard to follow"),
            note(NoteKind::Note, "An old customer complaint came up twice"),
        ],
        || crate::model::EventId(uuid::Uuid::now_v7()),
    ));
    let state = crate::model::fold(&events).unwrap();
    let report = Report::build(&state, demo_now(), Lang::En);
    let found: Vec<Vec<crate::text::fairness::Category>> = report
        .review
        .items
        .iter()
        .map(|i| i.found.iter().map(|(c, _)| *c).collect())
        .collect();
    use crate::text::fairness::Category::*;
    assert_eq!(
        found,
        [vec![PregnancyFamily], vec![Age], vec![EthnicityOrigin]]
    );
    assert!(!report.review.is_clear());
    let draft = report.feedback.join("\n");
    assert!(!draft.contains("accent"), "{draft}");
    let md = to_markdown(&report, &labels(Lang::En));
    let review = &md[md.find("## Review before sharing").unwrap()..];
    assert!(!review.contains("Nothing flagged"), "{review}");
    assert!(
        review.contains("age (“too old”): Age must play no part"),
        "{review}"
    );
    assert!(
        review.contains("Left out of the feedback draft."),
        "{review}"
    );
    assert!(!review.contains("old customer"), "{review}");
}

#[test]
fn the_feedback_letter_is_polite_in_chinese_and_latvian() {
    for (lang, polite, familiar) in [
        (Lang::Zh, "您", vec!["你"]),
        (Lang::Lv, "Jūs", vec![" jūs", " jums", " jūsu"]),
    ] {
        let (_tmp, _, state) = scored_demo(lang);
        let mut state = state;
        state.header.lang = lang;
        let draft = Report::build(&state, demo_now(), lang).feedback.join("\n");
        assert!(draft.contains(polite), "{lang:?}: {draft}");
        for word in familiar {
            assert!(!draft.contains(word), "{lang:?} says {word:?}: {draft}");
        }
    }
}

#[test]
fn json_of_the_demo_is_lossless() {
    let (_tmp, events, state) = scored_demo(Lang::En);
    let value = to_json_value(&events, &state, demo_now(), None).unwrap();
    let back: Vec<crate::model::Event> = serde_json::from_value(value["events"].clone()).unwrap();
    assert_eq!(back, events);
    assert_eq!(crate::model::fold(&back).unwrap(), state);
}

#[test]
fn the_feedback_draft_uses_the_rubric_and_marked_notes_only() {
    let (_tmp, _, state) = scored_demo(Lang::En);
    let report = Report::build(&state, demo_now(), Lang::En);
    let draft = report.feedback.join("\n");
    let rubric = &state.plan.rubric.criteria;
    let text = |id: &str, level: usize| {
        let c = rubric.iter().find(|c| c.id.as_str() == id).unwrap();
        let en = &c.text[&Lang::En];
        (
            en.feedback.clone().unwrap()[level - 1].clone(),
            en.levels[level - 1].clone(),
        )
    };
    // Strongest: communication and motivation are both 4; communication weighs more.
    assert!(draft.contains(&text("communication", 4).0), "{draft}");
    // Weakest: ownership at 2, in what level 2 says to a candidate (how to grow).
    assert!(draft.contains(&text("ownership", 2).0), "{draft}");
    // Never the evaluators' wording.
    for c in rubric {
        for level in &c.text[&Lang::En].levels {
            assert!(!draft.contains(level.as_str()), "evaluator text: {level}");
        }
    }
    assert!(draft.contains(&Catalog::new(Lang::En).t("demo-note-6")));
    for n in state.visible_notes() {
        if n.kind != NoteKind::Feedback {
            assert!(
                !draft.contains(&n.text),
                "no other note verbatim: {}",
                n.text
            );
        }
    }
}

#[test]
fn the_feedback_draft_is_in_the_interview_language() {
    let (_tmp, _, mut state) = scored_demo(Lang::En);
    state.header.lang = Lang::Nb;
    state.header.candidate = "Kari".into();
    let report = Report::build(&state, demo_now(), Lang::En);
    assert!(
        report.feedback[0].starts_with("Hei Kari"),
        "{:?}",
        report.feedback
    );
}

#[test]
fn redaction_reaches_every_text_of_the_report() {
    let (_tmp, events, state) = scored_demo(Lang::En);
    let r = Redactor::for_session(&state, "[e-mail]", "[phone]");
    let mut report = Report::build(&state, demo_now(), Lang::En);
    let replaced = report.redact(&r);
    let md = to_markdown(&report, &labels(Lang::En));
    let candidate = &state.header.candidate;
    assert!(replaced >= 2, "{replaced}");
    for part in candidate.split_whitespace() {
        assert!(!md.contains(part), "{part} left in the Markdown");
    }
    let mut json = to_json_value(&events, &state, demo_now(), None).unwrap();
    assert!(r.json(&mut json) > 0);
    let json = json.to_string();
    for part in candidate.split_whitespace() {
        assert!(!json.contains(part), "{part} left in the JSON");
    }
}

/// Renders the demo's HTML to a PDF in headless Chromium (Debian's `chromium`, which
/// `.ci/run` installs); skipped, saying so, where it is absent.
#[test]
fn the_html_prints_to_pdf_in_headless_chromium() {
    let Some(chromium) = ["chromium", "chromium-browser"].into_iter().find(|c| {
        std::process::Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    }) else {
        eprintln!(
            "SKIPPED: Chromium is not installed (apt-get install chromium); the HTML was not rendered"
        );
        return;
    };
    let (tmp, _, state) = scored_demo(Lang::Zh);
    let report = Report::build(&state, demo_now() + TimeDelta::minutes(20), Lang::Zh);
    let page = tmp.path().join("report.html");
    let pdf = tmp.path().join("report.pdf");
    std::fs::write(&page, to_html(&report, &labels(Lang::Zh))).unwrap();
    let status = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!(
            "--user-data-dir={}",
            tmp.path().join("profile").display()
        ))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "chromium failed: {status}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "not a PDF");
    let text = String::from_utf8_lossy(&bytes);
    let pages = text.matches("/Type /Page").count() - text.matches("/Type /Pages").count();
    assert!((1..=6).contains(&pages), "{pages} A4 pages");
}

#[test]
fn the_json_export_validates_against_its_published_schema() {
    let committed: serde_json::Value =
        serde_json::from_str(include_str!("../../docs/export.schema.json")).unwrap();
    assert_eq!(
        committed,
        schema(),
        "docs/export.schema.json is stale: regenerate it with `rapport export --schema`"
    );
    let validator = jsonschema::validator_for(&committed).unwrap();
    let (_tmp, events, state) = scored_demo(Lang::Zh);
    let export = to_json_value(&events, &state, demo_now(), None).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&export)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .take(5)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // Not vacuous: an export without events fails it.
    let mut broken = export.clone();
    broken.as_object_mut().unwrap().remove("events");
    assert!(!validator.is_valid(&broken));
}

#[test]
fn export_files_are_named_by_candidate_and_date_and_safe_for_any_file_system() {
    let (_tmp, _, mut state) = scored_demo(Lang::En);
    let mut named = |candidate: &str| {
        state.header.candidate = candidate.into();
        file_name(&state, Format::Html)
    };
    assert_eq!(named("Kari Nordmann"), "Kari-Nordmann-2026-11-23.html");
    assert_eq!(named("Jānis Bērziņš"), "Jānis-Bērziņš-2026-11-23.html");
    assert_eq!(named("王小明"), "王小明-2026-11-23.html");
    assert_eq!(
        named("Maja Hansen (demo)"),
        "Maja-Hansen-demo-2026-11-23.html"
    );
    assert_eq!(named("../../etc/passwd"), "etc-passwd-2026-11-23.html");
    for long in ["a".repeat(10_000), "王".repeat(10_000), "ē ".repeat(5_000)] {
        let name = named(&long);
        assert!(name.len() <= 255, "{} bytes", name.len());
        assert!(name.ends_with("-2026-11-23.html"), "{name}");
    }
    assert_eq!(named("  "), "interview-2026-11-23.html");
}

#[test]
fn labels_and_lists_use_the_punctuation_of_the_ui_language() {
    let people = ["Ann".to_owned(), "Ola".to_owned()];
    let en = Catalog::new(Lang::En);
    let zh = Catalog::new(Lang::Zh);
    assert_eq!(labels::list(&en, &people), "Ann, Ola");
    assert_eq!(labels::list(&zh, &people), "Ann、Ola");
    assert_eq!(labels::labelled(&en, "Panel"), "Panel:");
    assert_eq!(labels::labelled(&zh, "面试小组"), "面试小组：");
}

#[test]
fn scores_and_shares_are_written_as_the_ui_language_writes_numbers() {
    let en = Catalog::new(Lang::En);
    let nb = Catalog::new(Lang::Nb);
    assert_eq!(labels::score(&en, Some(3.06)), "3.1");
    assert_eq!(labels::score(&nb, Some(3.06)), "3,1");
    assert_eq!(labels::score(&nb, None), "—");
    assert_eq!(labels::percent(&en, 0.96), "96%");
    assert_eq!(
        labels::percent(&nb, 0.96),
        "96\u{a0}%",
        "a space that does not break"
    );
}
