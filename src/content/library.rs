//! All loaded content, checked across files, and what a new session takes from it.

use std::collections::HashSet;

use super::checks;
use super::diagnostic::{Diagnostic, Severity, Source};
use super::files::{BankFile, BankQuestion, FormatFile, PlanFile, RubricFile};
use super::parse::parse;
use super::{ContentError, Input, Kind};
use crate::model::{Criterion, Format, Lang, Localized, PlanSnapshot, Question, Rubric, Section};

/// The content rapport knows: built-ins first, then the user's own files.
#[derive(Debug, Clone, Default)]
pub struct Library {
    rubrics: Vec<RubricFile>,
    banks: Vec<BankFile>,
    formats: Vec<FormatFile>,
    plans: Vec<PlanFile>,
    /// Whether each bank is built in, in the order of `banks`.
    bank_builtin: Vec<bool>,
}

/// What a new session takes from a plan.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The plan's snapshot, in the session's languages.
    pub snapshot: PlanSnapshot,
    /// The role's name per language.
    pub role: Localized<String>,
}

impl Library {
    /// Loads `inputs` in dependency order (rubrics, banks, formats, plans). A file with any
    /// error is skipped whole; every finding is returned.
    pub fn load(mut inputs: Vec<Input>) -> (Self, Vec<Diagnostic>) {
        inputs.sort_by_key(|i| i.kind);
        let mut lib = Library::default();
        let mut all = Vec::new();
        for input in &inputs {
            let src = Source::new(&input.name, &input.text);
            let findings = match input.kind {
                Kind::Rubric => lib.add_rubric(&src),
                Kind::Bank => lib.add_bank(&src, input.builtin),
                Kind::Format => lib.add_format(&src),
                Kind::Plan => lib.add_plan(&src),
            };
            all.extend(findings);
        }
        (lib, all)
    }

    /// The built-in content alone. An error in it is a bug, reported as such.
    pub fn builtin() -> Result<Self, ContentError> {
        let (lib, findings) = Library::load(super::builtin::inputs());
        let errors: Vec<Diagnostic> = findings.into_iter().filter(|d| d.is_error()).collect();
        if errors.is_empty() {
            Ok(lib)
        } else {
            Err(ContentError::Builtin(errors))
        }
    }

    /// Question banks, in load order.
    pub fn banks(&self) -> &[BankFile] {
        &self.banks
    }

    /// Whether the `i`th bank is built in.
    pub fn is_builtin_bank(&self, i: usize) -> bool {
        self.bank_builtin.get(i).copied().unwrap_or(false)
    }

    /// Formats, in load order.
    pub fn formats(&self) -> &[FormatFile] {
        &self.formats
    }

    /// Rubrics, in load order.
    pub fn rubrics(&self) -> &[RubricFile] {
        &self.rubrics
    }

    /// Interview plans, in load order.
    pub fn plans(&self) -> &[PlanFile] {
        &self.plans
    }

    /// A question of any bank.
    pub fn question(&self, id: &str) -> Option<&BankQuestion> {
        self.banks
            .iter()
            .flat_map(|b| &b.questions)
            .find(|q| q.id.as_str() == id)
    }

    /// A format by id.
    pub fn format(&self, id: &str) -> Option<&FormatFile> {
        self.formats.iter().find(|f| f.id.as_str() == id)
    }

    /// A rubric by id.
    pub fn rubric(&self, id: &str) -> Option<&RubricFile> {
        self.rubrics.iter().find(|r| r.id.as_str() == id)
    }

    /// A plan by id.
    pub fn plan(&self, id: &str) -> Option<&PlanFile> {
        self.plans.iter().find(|p| p.id.as_str() == id)
    }

    /// What a session on `plan` (and `format`, else the plan's first) starts from, with texts
    /// in `langs` (and English, the fallback).
    pub fn prepare(
        &self,
        plan: &str,
        format: Option<&str>,
        langs: &[Lang],
    ) -> Result<Prepared, ContentError> {
        let plan = self.plan(plan).ok_or_else(|| ContentError::UnknownPlan {
            wanted: plan.to_owned(),
            available: ids(self.plans.iter().map(|p| p.id.as_str())),
        })?;
        let variants = || ids(plan.variants.iter().map(|v| v.format.as_str()));
        let variant = match format {
            None => plan.variants.first(),
            Some(f) => plan.variants.iter().find(|v| v.format.as_str() == f),
        }
        .ok_or_else(|| ContentError::FormatNotInPlan {
            plan: plan.id.to_string(),
            wanted: format.unwrap_or_default().to_owned(),
            available: variants(),
        })?;
        // Plans were checked on load: their format, rubric and questions exist.
        let missing = |what: &str| ContentError::Inconsistent(what.to_owned());
        let format = self
            .format(variant.format.as_str())
            .ok_or_else(|| missing("format"))?;
        let rubric = self
            .rubric(plan.rubric.as_str())
            .ok_or_else(|| missing("rubric"))?;
        let sections: Vec<Section> = format
            .sections
            .iter()
            .map(|s| Section {
                id: s.id.clone(),
                title: keep(&s.title, langs),
                hint: keep(&s.hint, langs),
                budget_s: s.budget_min * 60,
                questions: variant
                    .sections
                    .iter()
                    .find(|p| p.section == s.id)
                    .map(|p| p.questions.clone())
                    .unwrap_or_default(),
            })
            .collect();
        let mut questions = Vec::new();
        for id in sections.iter().flat_map(|s| &s.questions) {
            let q = self
                .question(id.as_str())
                .ok_or_else(|| missing("question"))?;
            questions.push(snapshot_question(q, langs));
        }
        let snapshot = PlanSnapshot {
            content_version: super::CONTENT_VERSION.to_owned(),
            format: Format {
                id: format.id.clone(),
                title: keep(&format.title, langs),
                sections,
            },
            rubric: Rubric {
                id: rubric.id.clone(),
                version: rubric.version,
                title: keep(&rubric.title, langs),
                criteria: rubric
                    .criteria
                    .iter()
                    .map(|c| Criterion {
                        id: c.id.clone(),
                        weight: c.weight,
                        text: keep(&c.text, langs),
                    })
                    .collect(),
            },
            questions,
        };
        Ok(Prepared {
            snapshot,
            role: plan.role.clone(),
        })
    }

    fn add_rubric(&mut self, src: &Source) -> Vec<Diagnostic> {
        let rubric: RubricFile = match parse(src) {
            Ok(r) => r,
            Err(d) => return vec![d],
        };
        let mut out = checks::rubric(src, &rubric);
        if self.rubric(rubric.id.as_str()).is_some() {
            out.push(duplicate(src, "rubric", rubric.id.as_str()));
        }
        keep_if_clean(&mut self.rubrics, rubric, out)
    }

    fn add_bank(&mut self, src: &Source, builtin: bool) -> Vec<Diagnostic> {
        let bank: BankFile = match parse(src) {
            Ok(b) => b,
            Err(d) => return vec![d],
        };
        let mut out = checks::bank(src, &bank);
        if self.banks.iter().any(|b| b.id == bank.id) {
            out.push(duplicate(src, "bank", &bank.id));
        }
        let criteria: HashSet<&str> = self
            .rubrics
            .iter()
            .flat_map(|r| &r.criteria)
            .map(|c| c.id.as_str())
            .collect();
        for q in &bank.questions {
            let id = q.id.as_str();
            if let Some(other) = self
                .banks
                .iter()
                .find(|b| b.questions.iter().any(|o| o.id == q.id))
            {
                let at = src.find_pair("id", id, 0);
                let msg = format!("this id is already used by bank '{}'", other.id);
                out.push(src.at(Severity::Error, at, Some(id), msg));
            }
            for c in q.criteria.iter().filter(|c| !criteria.contains(c.as_str())) {
                let at = src.find_value_after(c.as_str(), src.find_pair("id", id, 0));
                let msg = format!("unknown rubric criterion '{c}' (no loaded rubric has it)");
                out.push(src.at(Severity::Error, at, Some(id), msg));
            }
        }
        let before = self.banks.len();
        let out = keep_if_clean(&mut self.banks, bank, out);
        if self.banks.len() > before {
            self.bank_builtin.push(builtin);
        }
        out
    }

    fn add_format(&mut self, src: &Source) -> Vec<Diagnostic> {
        let format: FormatFile = match parse(src) {
            Ok(f) => f,
            Err(d) => return vec![d],
        };
        let mut out = checks::format(src, &format);
        if self.format(format.id.as_str()).is_some() {
            out.push(duplicate(src, "format", format.id.as_str()));
        }
        for s in &format.sections {
            let at = src.find_pair("id", s.id.as_str(), 0);
            for id in &s.draws.questions {
                if self.question(id.as_str()).is_none() {
                    let at = src.find_value_after(id.as_str(), at);
                    let msg = format!("section '{}' names a question that does not exist", s.id);
                    out.push(src.at(Severity::Error, at, Some(id.as_str()), msg));
                }
            }
            let matches = self
                .banks
                .iter()
                .flat_map(|b| &b.questions)
                .any(|q| s.draws.matches(q));
            if !s.draws.is_empty() && !matches {
                let msg = format!(
                    "section '{}' draws on nothing: no question matches its categories, tags or ids",
                    s.id
                );
                out.push(src.at(Severity::Error, at, None, msg));
            }
        }
        keep_if_clean(&mut self.formats, format, out)
    }

    fn add_plan(&mut self, src: &Source) -> Vec<Diagnostic> {
        let plan: PlanFile = match parse(src) {
            Ok(p) => p,
            Err(d) => return vec![d],
        };
        let mut out = checks::plan(src, &plan);
        if self.plan(plan.id.as_str()).is_some() {
            out.push(duplicate(src, "plan", plan.id.as_str()));
        }
        if self.rubric(plan.rubric.as_str()).is_none() {
            let at = src.find_pair("rubric", plan.rubric.as_str(), 0);
            let msg = format!("the rubric '{}' does not exist", plan.rubric);
            out.push(src.at(Severity::Error, at, None, msg));
        }
        for v in &plan.variants {
            let v_at = src.find_pair("format", v.format.as_str(), 0);
            let Some(format) = self.format(v.format.as_str()) else {
                let msg = format!("the format '{}' does not exist", v.format);
                out.push(src.at(Severity::Error, v_at, None, msg));
                continue;
            };
            for s in &v.sections {
                let s_at = src.find_value_after(s.section.as_str(), v_at);
                let Some(section) = format.sections.iter().find(|f| f.id == s.section) else {
                    let msg = format!("the format '{}' has no section '{}'", v.format, s.section);
                    out.push(src.at(Severity::Error, s_at, None, msg));
                    continue;
                };
                for q in &s.questions {
                    let q_at = src.find_value_after(q.as_str(), s_at);
                    match self.question(q.as_str()) {
                        None => out.push(src.at(
                            Severity::Error,
                            q_at,
                            Some(q.as_str()),
                            "the plan names a question that does not exist",
                        )),
                        Some(bq) if !section.draws.is_empty() && !section.draws.matches(bq) => {
                            let msg = format!(
                                "section '{}' of '{}' does not draw on this question's category or tags",
                                s.section, v.format
                            );
                            out.push(src.at(Severity::Warning, q_at, Some(q.as_str()), msg));
                        }
                        Some(_) => {}
                    }
                }
            }
        }
        keep_if_clean(&mut self.plans, plan, out)
    }
}

fn keep_if_clean<T>(into: &mut Vec<T>, value: T, findings: Vec<Diagnostic>) -> Vec<Diagnostic> {
    if !findings.iter().any(Diagnostic::is_error) {
        into.push(value);
    }
    findings
}

fn duplicate(src: &Source, what: &str, id: &str) -> Diagnostic {
    src.at(
        Severity::Error,
        src.find_pair("id", id, 0),
        None,
        format!("a {what} with id '{id}' is already loaded"),
    )
}

fn ids<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    ids.collect::<Vec<_>>().join(", ")
}

/// Keeps only the session's languages and English (the fallback).
fn keep<T: Clone>(texts: &Localized<T>, langs: &[Lang]) -> Localized<T> {
    texts
        .iter()
        .filter(|(l, _)| **l == Lang::En || langs.contains(l))
        .map(|(l, t)| (*l, t.clone()))
        .collect()
}

/// A bank question as a session keeps it: only its languages.
pub fn snapshot_question(q: &BankQuestion, langs: &[Lang]) -> Question {
    Question {
        id: q.id.clone(),
        category: q.category,
        criteria: q.criteria.clone(),
        text: keep(&q.text, langs),
    }
}
