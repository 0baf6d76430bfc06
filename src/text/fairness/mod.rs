//! The fairness guard: finds mentions of protected characteristics (age, gender, pregnancy
//! and family plans, marital status, religion, ethnicity and national origin, health and
//! disability, sexual orientation, union membership, school prestige) in free text, so that a
//! note is marked while it is typed and listed for review before a report is shared.
//!
//! The terms are data, one file per language (`fairness/<lang>.json`), and every text is
//! checked against all five lists: a note may be typed in any language. Word-based languages
//! (en, nb, da, lv) match whole words, with `*` for endings and compound heads; Chinese is
//! segmented by forward maximum matching over its terms and the compounds that only look like
//! them ([`han`]). The guard never blocks anything: it points, a person decides.

mod han;
mod lists;
mod words;

use std::ops::Range;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::model::Lang;

pub use lists::ListError;

/// A protected characteristic a judgement must not rest on.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Age.
    Age,
    /// Gender (as a judgement, not pronouns).
    Gender,
    /// Pregnancy, children and family plans.
    PregnancyFamily,
    /// Marital status.
    MaritalStatus,
    /// Religion or belief.
    Religion,
    /// Ethnicity and national origin, accent included.
    EthnicityOrigin,
    /// Health and disability.
    HealthDisability,
    /// Sexual orientation.
    SexualOrientation,
    /// Trade union membership.
    UnionMembership,
    /// The prestige of a school or university.
    SchoolPrestige,
}

impl Category {
    /// Every category, in the order reports list them.
    pub const ALL: [Category; 10] = [
        Category::Age,
        Category::Gender,
        Category::PregnancyFamily,
        Category::MaritalStatus,
        Category::Religion,
        Category::EthnicityOrigin,
        Category::HealthDisability,
        Category::SexualOrientation,
        Category::UnionMembership,
        Category::SchoolPrestige,
    ];

    /// The id in term files and message ids (`pregnancy_family`).
    pub fn id(self) -> &'static str {
        match self {
            Category::Age => "age",
            Category::Gender => "gender",
            Category::PregnancyFamily => "pregnancy_family",
            Category::MaritalStatus => "marital_status",
            Category::Religion => "religion",
            Category::EthnicityOrigin => "ethnicity_origin",
            Category::HealthDisability => "health_disability",
            Category::SexualOrientation => "sexual_orientation",
            Category::UnionMembership => "union_membership",
            Category::SchoolPrestige => "school_prestige",
        }
    }

    /// The category of a term file's id.
    pub fn of_id(id: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// One mention found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// What it touches on.
    pub category: Category,
    /// Where it is in the text (bytes).
    pub at: Range<usize>,
    /// The term list it was found by.
    pub lang: Lang,
}

impl Finding {
    /// The words found, as written in `text`.
    pub fn words<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.at.clone()).unwrap_or_default()
    }
}

/// What one language's terms found in a text: each term with what it touches on, and where
/// the phrases that only look like terms are (no list finds a term there).
#[derive(Debug, Default)]
pub(super) struct Found {
    terms: Vec<(Category, Range<usize>)>,
    nots: Vec<Range<usize>>,
}

/// One language's terms, ready to match.
#[derive(Debug)]
enum Matcher {
    /// Whole words (en, nb, da, lv).
    Words(words::Words),
    /// Forward maximum matching (zh).
    Han(han::Han),
}

/// The guard: every language's terms.
#[derive(Debug)]
pub struct Guard {
    matchers: Vec<(Lang, Matcher)>,
}

impl Guard {
    /// The guard of the term lists built into rapport. (They are checked by the tests; a
    /// list that failed to parse would leave its language out, never stop rapport.)
    pub fn builtin() -> &'static Guard {
        static GUARD: OnceLock<Guard> = OnceLock::new();
        GUARD.get_or_init(|| {
            let matchers = Lang::ALL
                .into_iter()
                .filter_map(|lang| match lists::builtin(lang) {
                    Ok(list) => Some((lang, Guard::matcher(lang, list))),
                    Err(err) => {
                        tracing::error!(%err, "a built-in fairness list did not load");
                        None
                    }
                })
                .collect();
            Guard { matchers }
        })
    }

    fn matcher(lang: Lang, list: lists::List) -> Matcher {
        if lang == Lang::Zh {
            Matcher::Han(han::Han::new(&list))
        } else {
            // Latvian is often typed without its diacritics; the other languages keep theirs.
            Matcher::Words(words::Words::new(&list, lang == Lang::Lv))
        }
    }

    /// Every mention in `text`, in the order they appear (one per place: the first list to
    /// find a place has it). A phrase that only looks like a term, in any list, hides the
    /// terms of every list within it ("baby steps" is no baby in Norwegian either).
    pub fn scan(&self, text: &str) -> Vec<Finding> {
        // The text's words, split once for the lists that fold diacritics and once for the rest.
        let mut split: [Option<Vec<words::Token>>; 2] = [None, None];
        let results: Vec<(Lang, Found)> = self
            .matchers
            .iter()
            .map(|(lang, matcher)| {
                let found = match matcher {
                    Matcher::Words(m) => {
                        let fold = m.folds();
                        let tokens = split[usize::from(fold)]
                            .get_or_insert_with(|| words::tokens(text, fold));
                        m.find(tokens)
                    }
                    Matcher::Han(m) => m.find(text),
                };
                (*lang, found)
            })
            .collect();
        let overlap = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
        let nots: Vec<&Range<usize>> = results.iter().flat_map(|(_, f)| &f.nots).collect();
        let mut found: Vec<Finding> = Vec::new();
        for (lang, result) in &results {
            for (category, at) in &result.terms {
                let hidden = nots.iter().any(|n| overlap(n, at));
                let taken = found.iter().any(|f| overlap(&f.at, at));
                if !hidden && !taken {
                    found.push(Finding {
                        category: *category,
                        at: at.clone(),
                        lang: *lang,
                    });
                }
            }
        }
        found.sort_by_key(|f| f.at.start);
        found
    }

    /// The categories `text` touches on, each once, in [`Category::ALL`] order.
    pub fn categories(&self, text: &str) -> Vec<Category> {
        let mut categories: Vec<Category> =
            self.scan(text).into_iter().map(|f| f.category).collect();
        categories.sort_unstable();
        categories.dedup();
        categories
    }
}

#[cfg(test)]
mod tests;
