//! Words and numbers as every export writes them: one place, so Markdown, HTML and CSV agree.

use super::report::Report;
use crate::i18n::{Catalog, class_message, clock, recommendation_message};
use crate::model::{Level, Recommendation, SelfAwareness, Timestamp};

/// The UI language's words for an export, and when it was made.
pub struct Labels {
    ui: Catalog,
    exported: Timestamp,
}

impl Labels {
    /// Labels from `ui` for an export made at `exported`.
    pub fn new(ui: Catalog, exported: Timestamp) -> Self {
        Labels { ui, exported }
    }

    /// A message.
    pub fn t(&self, id: &str) -> String {
        self.ui.t(id)
    }

    /// The catalog.
    pub fn catalog(&self) -> &Catalog {
        &self.ui
    }

    /// "Strong yes".
    pub fn recommendation(&self, r: Recommendation) -> String {
        self.t(recommendation_message(r))
    }

    /// The 1–10 rule's verdict, as on the live screen.
    pub fn self_awareness(&self, s: SelfAwareness) -> String {
        self.t(class_message(s))
    }

    /// "Made with rapport 0.1.0 · exported 2026-11-23 14:05".
    pub fn footer(&self) -> String {
        self.ui.t_with(
            "export-footer",
            &[
                ("version", env!("CARGO_PKG_VERSION").into()),
                ("date", date(&self.ui, self.exported).into()),
            ],
        )
    }
}

/// A date and time as exports show them, in `l`'s language's conventions.
pub fn date(l: &Catalog, t: Timestamp) -> String {
    crate::i18n::date_time(l.lang(), t)
}

/// The facts at the top of every report: format, date, duration, rubric, languages, panel.
pub fn facts(r: &Report, l: &Catalog) -> Vec<(String, String)> {
    let duration = l.t_with(
        if r.ended {
            "export-duration-value"
        } else {
            "export-duration-open"
        },
        &[
            ("spent", clock(r.elapsed_ms).into()),
            ("planned", clock(r.budget_ms).into()),
        ],
    );
    let rubric = l.t_with(
        "export-rubric-value",
        &[
            ("title", r.rubric.0.clone().into()),
            ("id", r.rubric.1.clone().into()),
            ("version", r.rubric.2.to_string().into()),
        ],
    );
    let langs = match r.langs {
        (first, Some(second)) => format!("{} · {}", first.autonym(), second.autonym()),
        (first, None) => first.autonym().to_owned(),
    };
    let mut facts = vec![
        (
            l.t("export-format"),
            format!("{} · {}", r.format.0, r.format.1),
        ),
        (l.t("export-date"), date(l, r.created)),
        (l.t("export-duration"), duration),
        (l.t("export-rubric"), rubric),
        (l.t("export-languages"), langs),
        (l.t("export-panel"), list(l, &r.panelists)),
    ];
    if let Some(call) = &r.call {
        let referee = crate::model::references::place(&call.referee, &call.place);
        let consent = call.consent.as_ref().map_or_else(
            || l.t("references-consent-missing"),
            |c| {
                l.t_with(
                    "references-consent-as-recorded",
                    &[
                        ("how", c.how.clone().into()),
                        ("by", c.by.clone().into()),
                        ("date", date(l, c.at).into()),
                    ],
                )
            },
        );
        let rating = call
            .rating
            .map_or_else(|| "—".to_owned(), |r| r.to_string());
        facts.extend([
            (l.t("references-referee"), referee),
            (l.t("references-consent"), consent),
            (l.t("references-actual"), rating),
        ]);
    }
    facts
}

/// "Format:" — a label followed by the colon of the UI language ("形式：" in Chinese).
pub fn labelled(l: &Catalog, label: &str) -> String {
    l.t_with("label-colon", &[("label", label.to_owned().into())])
}

/// A label, its colon and the space before what follows: "Recommendation: ", but
/// "录用建议：" (a full-width colon needs no space).
pub fn label_lead(l: &Catalog, label: &str) -> String {
    let label = labelled(l, label);
    if label.ends_with('：') {
        label
    } else {
        format!("{label} ")
    }
}

/// Items joined as the UI language lists them ("a, b" or "甲、乙").
pub fn list(l: &Catalog, items: &[String]) -> String {
    items.join(&l.t("list-separator"))
}

/// A weighted or mean score to one decimal, with the UI language's decimal mark ("3.1",
/// "3,1"), or a dash.
pub fn score(l: &Catalog, s: Option<f64>) -> String {
    s.map_or_else(
        || "—".to_owned(),
        |s| format!("{s:.1}").replace('.', &l.t("decimal-mark")),
    )
}

/// One line per panelist whose notes and scores are withheld from the report's reader until
/// they submit.
pub fn withheld(r: &Report, l: &Catalog) -> Vec<String> {
    r.withheld
        .iter()
        .map(|w| {
            l.t_with(
                "blind-withheld",
                &[
                    ("panelist", w.panelist.clone().into()),
                    ("submitted", if w.submitted { "yes" } else { "no" }.into()),
                    ("notes", w.notes.into()),
                    ("scored", w.scored.into()),
                ],
            )
        })
        .collect()
}

/// A criterion's name in the report's language (its id when the rubric has no such criterion).
pub fn criterion_name(r: &Report, id: &crate::model::CriterionId) -> String {
    r.criteria
        .iter()
        .find(|k| k.id == *id)
        .map_or_else(|| id.to_string(), |k| k.name.clone())
}

/// What the debrief says of disputes: how many, and by which rule, or that there are none.
pub fn disputes(d: &crate::model::debrief::Debrief, l: &Catalog) -> String {
    let spread = i64::from(crate::model::debrief::DISPUTE_SPREAD);
    match d.disputes() {
        0 => l.t_with("debrief-no-disputes", &[("spread", spread.into())]),
        count => l.t_with(
            "debrief-disputes",
            &[("count", count.into()), ("spread", spread.into())],
        ),
    }
}

/// The panel's decision and who recorded it, or that none is recorded yet.
pub fn decided(d: &crate::model::debrief::Debrief, l: &Catalog) -> String {
    d.consensus.as_ref().map_or_else(
        || l.t("debrief-no-consensus"),
        |c| {
            l.t_with(
                "debrief-decided",
                &[
                    ("decision", decision(l, c.decision).into()),
                    ("by", c.by.clone().into()),
                ],
            )
        },
    )
}

/// A decision in the UI language.
pub fn decision(l: &Catalog, d: crate::model::Decision) -> String {
    l.t(match d {
        crate::model::Decision::Hire => "decision-hire",
        crate::model::Decision::NoHire => "decision-no-hire",
        crate::model::Decision::SecondInterview => "decision-second-interview",
    })
}

/// A level 1–4, or a dash when not scored.
pub fn level(l: Option<Level>) -> String {
    l.map_or_else(|| "—".to_owned(), |l| l.get().to_string())
}

/// A share as a whole percentage, as the UI language writes one ("96%", "96 %").
pub fn percent(l: &Catalog, share: f64) -> String {
    let n = format!("{:.0}", share * 100.0);
    l.t_with("percent", &[("n", n.into())])
}

/// Each deep-dive role on one line: employer, title, dates, manager, reference mark.
pub fn roles(r: &Report, l: &Catalog) -> Vec<String> {
    r.roles.iter().map(|role| role_line(role, l)).collect()
}

/// A role as one line: "Telenor — Team lead (2019–2022); manager: Ola · ☎ call for a
/// reference: …".
pub fn role_line(role: &crate::model::RoleDetails, l: &Catalog) -> String {
    let mut line = format!("{} — {}", role.employer, role.title);
    match (&role.from, &role.to) {
        (Some(from), Some(to)) => line.push_str(&format!(" ({from}–{to})")),
        (Some(from), None) => line.push_str(&format!(" ({from}–)")),
        (None, Some(to)) => line.push_str(&format!(" (–{to})")),
        (None, None) => {}
    }
    if let Some(manager) = &role.manager {
        line.push_str(&format!("; {}: {manager}", l.t("export-manager")));
    }
    if let Some(why) = &role.call_reference {
        line.push_str(&format!(" · ☎ {}: {why}", l.t("export-call-reference")));
    }
    line
}

/// Whose rating of the 1–10 rule: "Manager 1", "Colleague 2".
pub fn rating_slot(l: &Catalog, slot: crate::model::RatingSlot) -> String {
    use crate::model::RatingSlot::*;
    let (id, n) = match slot {
        Manager1 => ("ratings-manager", 1),
        Manager2 => ("ratings-manager", 2),
        Colleague1 => ("ratings-colleague", 1),
        Colleague2 => ("ratings-colleague", 2),
    };
    l.t_with(id, &[("n", n.into())])
}

/// What became of a question, and the time spent on it: "asked · 03:10", "skipped",
/// "brought in · not reached".
pub fn fate(q: &super::story::QuestionStory, l: &Catalog) -> String {
    use super::story::Fate;
    let mut parts = Vec::new();
    if q.added {
        parts.push(l.t("export-added"));
    }
    parts.push(l.t(match q.fate {
        Fate::Asked => "export-asked",
        Fate::Skipped => "export-skipped",
        Fate::NotAsked => "export-not-asked",
    }));
    if q.spent_ms > 0 {
        parts.push(clock(q.spent_ms));
    }
    parts.join(" · ")
}

/// "12 asked · 2 skipped · 1 brought in · 5 not reached".
pub fn question_counts(story: &super::story::Story, l: &Catalog) -> String {
    let (asked, skipped, added, open) = story.counts();
    l.t_with(
        "export-question-counts",
        &[
            ("asked", asked.into()),
            ("skipped", skipped.into()),
            ("added", added.into()),
            ("open", open.into()),
        ],
    )
}

/// A protected characteristic, named in the UI language ("pregnancy and family plans").
pub fn category(l: &Catalog, c: crate::text::fairness::Category) -> String {
    l.t(&format!("fairness-{}", c.id().replace('_', "-")))
}

/// Why a mention of `c` needs a second look, in one line.
pub fn category_why(l: &Catalog, c: crate::text::fairness::Category) -> String {
    l.t(&format!("fairness-why-{}", c.id().replace('_', "-")))
}

/// The review before sharing, a line each: every text that mentions a protected
/// characteristic (where, the text, what it touches on and why it matters), where names stand
/// in free text; or, when nothing is found, what was checked.
pub fn review(r: &Report, l: &Catalog) -> Vec<String> {
    use super::review::Source;
    let review = &r.review;
    let mut lines: Vec<String> = review
        .items
        .iter()
        .map(|item| {
            let place = match &item.source {
                Source::Note { at_ms, author, .. } => l.t_with(
                    "review-note",
                    &[
                        ("time", clock(*at_ms).into()),
                        ("author", author.clone().into()),
                    ],
                ),
                Source::Answer(question) => l.t_with(
                    "review-answer",
                    &[("question", crate::text::fit(question, 60).into())],
                ),
                Source::Rationale(panelist) => {
                    l.t_with("review-rationale", &[("panelist", panelist.clone().into())])
                }
                Source::Consensus => l.t("review-consensus"),
            };
            let text = crate::text::fit(&item.text.replace('\n', " "), 100);
            let found: Vec<String> = item
                .found
                .iter()
                .map(|(c, words)| {
                    l.t_with(
                        "review-found",
                        &[
                            ("category", category(l, *c).into()),
                            ("words", words.clone().into()),
                            ("why", category_why(l, *c).into()),
                        ],
                    )
                })
                .collect();
            let mut line = format!(
                "{} {} — {}",
                label_lead(l, &place).trim_end(),
                l.t_with("quoted", &[("text", text.into())]),
                found.join(" ")
            );
            if matches!(
                item.source,
                Source::Note {
                    kind: crate::model::NoteKind::Feedback,
                    ..
                }
            ) {
                line.push(' ');
                line.push_str(&l.t("review-not-quoted"));
            }
            line
        })
        .collect();
    let (candidate, referees) = review.names;
    if candidate > 0 {
        lines.push(l.t_with("review-names-candidate", &[("count", candidate.into())]));
    }
    if referees > 0 {
        lines.push(l.t_with("review-names-referees", &[("count", referees.into())]));
    }
    lines
}

/// When the review finds nothing: what was checked, for what, in which languages.
pub fn review_checked(r: &Report, l: &Catalog) -> String {
    let (notes, answers, rationales) = r.review.checked;
    let categories: Vec<String> = crate::text::fairness::Category::ALL
        .iter()
        .map(|c| category(l, *c))
        .collect();
    l.t_with(
        "review-checked",
        &[
            ("notes", notes.into()),
            ("answers", answers.into()),
            ("rationales", rationales.into()),
            ("categories", list(l, &categories).into()),
        ],
    )
}
