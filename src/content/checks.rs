//! Checks of one content file on its own: ids, empty texts, budgets, translations.

use std::collections::HashSet;

use super::diagnostic::{Diagnostic, Severity, Source};
use super::files::{BankFile, FormatFile, PlanFile, RubricFile};
use crate::model::{Lang, Localized};

/// Findings about one file.
pub type Findings = Vec<Diagnostic>;

/// Checks a bank: duplicate ids, empty texts, missing translations.
pub fn bank(src: &Source, bank: &BankFile) -> Findings {
    let mut out = Vec::new();
    missing_langs(
        src,
        &mut out,
        &bank.title,
        || src.find_key("title"),
        None,
        "the bank's title",
    );
    let mut seen = HashSet::new();
    let mut occurrences = std::collections::HashMap::<&str, usize>::new();
    for q in &bank.questions {
        let id = q.id.as_str();
        let nth = occurrences.entry(id).or_default();
        let this = *nth;
        *nth += 1;
        // Where the question is, found only if there is something to report.
        let at = || src.find_pair("id", id, this);
        if !seen.insert(id) {
            out.push(src.at(
                Severity::Error,
                at(),
                Some(id),
                "this id is used twice in the bank",
            ));
        }
        if id.trim().is_empty() {
            out.push(src.at(Severity::Error, at(), None, "a question has an empty id"));
        }
        if q.text.is_empty() {
            out.push(src.at(
                Severity::Error,
                at(),
                Some(id),
                "the question has no text in any language",
            ));
        }
        for (lang, t) in &q.text {
            if t.text.trim().is_empty() {
                out.push(src.at(
                    Severity::Error,
                    at(),
                    Some(id),
                    format!("the {lang} question text is empty"),
                ));
            }
            let lists = [
                ("look_for", &t.look_for),
                ("follow_ups", &t.follow_ups),
                ("red_flags", &t.red_flags),
                ("green_flags", &t.green_flags),
            ];
            for (name, items) in lists {
                if items.iter().any(|s| s.trim().is_empty()) {
                    let msg = format!("an empty entry in the {lang} {name}");
                    out.push(src.at(Severity::Error, at(), Some(id), msg));
                }
            }
        }
        missing_langs(src, &mut out, &q.text, at, Some(id), "the question");
    }
    out
}

/// Checks a format: the sections' budgets add up to the total, section ids are unique.
pub fn format(src: &Source, format: &FormatFile) -> Findings {
    let mut out = Vec::new();
    missing_langs(
        src,
        &mut out,
        &format.title,
        || src.find_key("title"),
        None,
        "the format's title",
    );
    let sum: u32 = format.sections.iter().map(|s| s.budget_min).sum();
    if sum != format.total_min {
        out.push(src.at(
            Severity::Error,
            src.find_key("total_min"),
            None,
            format!(
                "the sections' budgets add up to {sum} min, but total_min is {}",
                format.total_min
            ),
        ));
    }
    duplicates(
        src,
        &mut out,
        "section",
        format.sections.iter().map(|s| s.id.as_str()),
    );
    for s in &format.sections {
        let at = || src.find_pair("id", s.id.as_str(), 0);
        if s.budget_min == 0 {
            let msg = format!("section '{}' has no time budget", s.id);
            out.push(src.at(Severity::Error, at(), None, msg));
        }
        let what = format!("section '{}'", s.id);
        missing_langs(src, &mut out, &s.title, at, None, &what);
    }
    out
}

/// Checks a rubric: unique criteria with weights, four non-empty levels.
pub fn rubric(src: &Source, rubric: &RubricFile) -> Findings {
    let mut out = Vec::new();
    missing_langs(
        src,
        &mut out,
        &rubric.title,
        || src.find_key("title"),
        None,
        "the rubric's title",
    );
    missing_langs(
        src,
        &mut out,
        &rubric.recommendation,
        || src.find_key("recommendation"),
        None,
        "the recommendation labels",
    );
    duplicates(
        src,
        &mut out,
        "criterion",
        rubric.criteria.iter().map(|c| c.id.as_str()),
    );
    for c in &rubric.criteria {
        let at = || src.find_pair("id", c.id.as_str(), 0);
        if c.weight == 0 {
            let msg = format!("criterion '{}' has weight 0", c.id);
            out.push(src.at(Severity::Error, at(), None, msg));
        }
        for (lang, t) in &c.text {
            if t.name.trim().is_empty() || t.levels.iter().any(|l| l.trim().is_empty()) {
                let msg = format!("criterion '{}' has an empty name or level in {lang}", c.id);
                out.push(src.at(Severity::Error, at(), None, msg));
            }
        }
        let what = format!("criterion '{}'", c.id);
        missing_langs(src, &mut out, &c.text, at, None, &what);
    }
    out
}

/// Checks a plan on its own: at least one variant, translations of role and persona.
pub fn plan(src: &Source, plan: &PlanFile) -> Findings {
    let mut out = Vec::new();
    if plan.variants.is_empty() {
        out.push(src.at(
            Severity::Error,
            src.find_key("variants"),
            None,
            "the plan has no variants",
        ));
    }
    missing_langs(
        src,
        &mut out,
        &plan.role,
        || src.find_key("role"),
        None,
        "the plan's role",
    );
    missing_langs(
        src,
        &mut out,
        &plan.persona,
        || src.find_key("persona"),
        None,
        "the persona",
    );
    out
}

/// An error at the second appearance of every id that appears twice.
fn duplicates<'a>(
    src: &Source,
    out: &mut Findings,
    what: &str,
    ids: impl Iterator<Item = &'a str>,
) {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            let at = src.find_pair("id", id, 1);
            out.push(src.at(
                Severity::Error,
                at,
                None,
                format!("{what} '{id}' appears twice"),
            ));
        }
    }
}

/// One warning listing the languages `texts` lacks, if any.
fn missing_langs<T>(
    src: &Source,
    out: &mut Findings,
    texts: &Localized<T>,
    at: impl FnOnce() -> usize,
    question: Option<&str>,
    what: &str,
) {
    let missing: Vec<&str> = Lang::ALL
        .iter()
        .filter(|l| !texts.contains_key(l))
        .map(|l| l.code())
        .collect();
    if missing.is_empty() || texts.is_empty() {
        return;
    }
    let fallback = if texts.contains_key(&Lang::En) {
        "English is shown instead"
    } else {
        "and there is no English to fall back on"
    };
    out.push(src.at(
        Severity::Warning,
        at(),
        question,
        format!(
            "{what} has no translation in {} ({fallback})",
            missing.join(", ")
        ),
    ));
}
