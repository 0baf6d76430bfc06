//! The on-disk shapes of content files: banks, formats, rubrics and plans (version 1).
//!
//! Each is read strictly (an unknown field is an error, so a typo never silently loses a
//! text) and has a JSON Schema generated from these types (`rapport banks schema`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::{
    Category, CriterionId, CriterionText, FormatId, Localized, PlanId, QuestionId, QuestionText,
    RubricId, SectionId,
};

/// The content-file version this build reads; every file states its own in `"format"`.
pub const FILE_VERSION: u32 = 1;

/// A question bank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BankFile {
    /// File-format version: 1.
    pub format: u32,
    /// The bank's id, unique among all banks.
    pub id: String,
    /// Title per language.
    pub title: Localized<String>,
    /// What the bank is for, per language.
    #[serde(default)]
    pub description: Localized<String>,
    /// The questions.
    pub questions: Vec<BankQuestion>,
}

/// A question of a bank: one stable id, texts per language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BankQuestion {
    /// Stable id, unique across all banks, shared by every language.
    pub id: QuestionId,
    /// The kind of question.
    pub category: Category,
    /// Rubric criteria an answer gives evidence for.
    #[serde(default)]
    pub criteria: Vec<CriterionId>,
    /// Free tags a format section can draw on (e.g. `screen`, `deep`, `reference`).
    #[serde(default)]
    pub tags: Vec<String>,
    /// Roughly how many minutes the question takes with its follow-ups; defaults by category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// Texts per language; English is the fallback.
    pub text: Localized<QuestionText>,
}

impl BankQuestion {
    /// Roughly how many minutes the question takes: its own estimate, else its category's.
    pub fn minutes(&self) -> u32 {
        self.minutes.unwrap_or(match self.category {
            Category::Behavioural | Category::DeepDive => 4,
            Category::Situational => 3,
            Category::Philosophy | Category::Personal | Category::Company => 2,
            Category::ReferenceCheck => 1,
        })
    }
}

/// An interview format: an agenda of timed sections.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FormatFile {
    /// File-format version: 1.
    pub format: u32,
    /// The format's id (e.g. `screen-20`).
    pub id: FormatId,
    /// Title per language.
    pub title: Localized<String>,
    /// The whole interview in minutes; the sections' budgets must add up to it.
    pub total_min: u32,
    /// The sections, in order.
    pub sections: Vec<SectionFile>,
}

/// A section of a format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SectionFile {
    /// The section's id, unique within the format.
    pub id: SectionId,
    /// Its time budget in minutes.
    pub budget_min: u32,
    /// Title per language.
    pub title: Localized<String>,
    /// A one-line reminder for the interviewer, per language.
    #[serde(default)]
    pub hint: Localized<String>,
    /// The questions it draws on; none for sections without questions (opening, close).
    #[serde(default)]
    pub draws: Draws,
}

/// What a section draws its questions from: any question matching any of these.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Draws {
    /// Question categories.
    #[serde(default)]
    pub categories: Vec<Category>,
    /// Question tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Question ids.
    #[serde(default)]
    pub questions: Vec<QuestionId>,
}

impl Draws {
    /// Whether the section draws on anything at all.
    pub fn is_empty(&self) -> bool {
        self.categories.is_empty() && self.tags.is_empty() && self.questions.is_empty()
    }

    /// Whether a question is one this section draws on. A section with both categories and
    /// tags wants a question matching one of each; ids always match.
    pub fn matches(&self, q: &BankQuestion) -> bool {
        let by_category = self.categories.is_empty() || self.categories.contains(&q.category);
        let by_tag = self.tags.is_empty() || q.tags.iter().any(|t| self.tags.contains(t));
        self.questions.contains(&q.id)
            || ((!self.categories.is_empty() || !self.tags.is_empty()) && by_category && by_tag)
    }
}

/// A scoring rubric.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RubricFile {
    /// File-format version: 1.
    pub format: u32,
    /// The rubric's id.
    pub id: RubricId,
    /// The rubric's own version, named in every export; raise it when levels change.
    pub version: u32,
    /// Title per language.
    pub title: Localized<String>,
    /// The criteria.
    pub criteria: Vec<CriterionFile>,
    /// The overall recommendation scale's labels, per language.
    pub recommendation: Localized<RecommendationLabels>,
}

/// A rubric criterion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CriterionFile {
    /// The criterion's id.
    pub id: CriterionId,
    /// Its weight in the weighted score (at least 1).
    pub weight: u32,
    /// Name and the four level descriptions, per language.
    pub text: Localized<CriterionText>,
}

/// The labels of the overall recommendation, in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecommendationLabels {
    /// "Strong no".
    pub strong_no: String,
    /// "No".
    pub no: String,
    /// "Yes".
    pub yes: String,
    /// "Strong yes".
    pub strong_yes: String,
}

/// An interview plan: a role's persona, rubric, and fixed questions per format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanFile {
    /// File-format version: 1.
    pub format: u32,
    /// The plan's id.
    pub id: PlanId,
    /// The role's name, per language.
    pub role: Localized<String>,
    /// Who the team is looking for, per language.
    pub persona: Localized<Persona>,
    /// The rubric every candidate of this plan is scored on.
    pub rubric: RubricId,
    /// One variant per format the plan supports; the first is the default.
    pub variants: Vec<PlanVariant>,
}

/// The target persona of a role (DOMAIN.md §1), in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// Why the role exists now.
    pub mission: String,
    /// What success looks like, measurably.
    pub outcomes: Vec<String>,
    /// Experience, skills and traits.
    pub competencies: Vec<String>,
    /// How the team works.
    pub culture: Vec<String>,
}

/// A plan's questions for one format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanVariant {
    /// The format.
    pub format: FormatId,
    /// The questions of each section, in order.
    pub sections: Vec<PlanSection>,
}

/// The questions a plan fixes for one section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanSection {
    /// The section of the format.
    pub section: SectionId,
    /// Its questions, in the order they are asked.
    pub questions: Vec<QuestionId>,
}
