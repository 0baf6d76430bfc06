//! Formats, rubrics, questions and the plan snapshot a session carries.
//!
//! These are the types content files are loaded into; a session copies the parts it uses into
//! its `session_created` event, so it reads the same forever, whatever the shipped content becomes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ids::{CriterionId, FormatId, QuestionId, RubricId, SectionId};
use super::lang::Localized;

/// The kind of a question, from the interview method (DOMAIN.md §4).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// How the candidate thinks about good service.
    Philosophy,
    /// Real past stories: "Tell me about a time…".
    Behavioural,
    /// Reasoning through a hypothetical case: "What would you do if…".
    Situational,
    /// Personality, goals, strengths, self-awareness.
    Personal,
    /// What they know of the hiring company.
    Company,
    /// The four questions asked for every role on the CV.
    DeepDive,
    /// Questions for a reference call.
    ReferenceCheck,
}

/// One section of a format's agenda.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Section {
    /// Stable id within the format.
    pub id: SectionId,
    /// Title per language.
    pub title: Localized<String>,
    /// A one-line reminder for the interviewer of what the section is for, per language.
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub hint: Localized<String>,
    /// Time budget in seconds.
    pub budget_s: u32,
    /// The questions asked in this section, in order.
    #[serde(default)]
    pub questions: Vec<QuestionId>,
}

/// An interview format: an ordered agenda of timed sections.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Format {
    /// Stable id, e.g. `screen-20`.
    pub id: FormatId,
    /// Title per language.
    pub title: Localized<String>,
    /// The sections, in the order they are held.
    pub sections: Vec<Section>,
}

impl Format {
    /// The whole interview's budget in milliseconds: the sum of its sections'.
    pub fn budget_ms(&self) -> u64 {
        self.sections
            .iter()
            .map(|s| u64::from(s.budget_s) * 1000)
            .sum()
    }

    /// The position of a section in the agenda.
    pub fn section_index(&self, id: &SectionId) -> Option<usize> {
        self.sections.iter().position(|s| &s.id == id)
    }
}

/// A criterion's name and the anchored description of each of its four levels, in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CriterionText {
    /// The criterion's name.
    pub name: String,
    /// What levels 1 to 4 look like, for the interviewers.
    pub levels: [String; 4],
    /// What each level says to the candidate, in their feedback: second person, plain and
    /// kind; never the evaluators' wording. (Plans made before it existed have none.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<[String; 4]>,
}

/// One rubric criterion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Criterion {
    /// Stable id.
    pub id: CriterionId,
    /// Relative weight in the weighted score.
    pub weight: u32,
    /// Name and level texts per language.
    pub text: Localized<CriterionText>,
}

/// A scoring rubric, fixed before the first interview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Rubric {
    /// Stable id.
    pub id: RubricId,
    /// Version, named in every export.
    pub version: u32,
    /// Title per language.
    pub title: Localized<String>,
    /// The criteria.
    pub criteria: Vec<Criterion>,
}

/// A question's texts in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionText {
    /// The question as the interviewer asks it.
    pub text: String,
    /// What a good answer shows.
    #[serde(default)]
    pub look_for: Vec<String>,
    /// Prompts to dig deeper.
    #[serde(default)]
    pub follow_ups: Vec<String>,
    /// Warning signs in an answer.
    #[serde(default)]
    pub red_flags: Vec<String>,
    /// Strong signs in an answer.
    #[serde(default)]
    pub green_flags: Vec<String>,
}

/// A question as a session keeps it: only the session's languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Question {
    /// Stable id.
    pub id: QuestionId,
    /// Its category.
    pub category: Category,
    /// The rubric criteria an answer gives evidence for.
    #[serde(default)]
    pub criteria: Vec<CriterionId>,
    /// Texts per language.
    pub text: Localized<QuestionText>,
}

/// What a session copies from its plan when it is created.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PlanSnapshot {
    /// The version of the content the plan came from.
    pub content_version: String,
    /// The format, with the question ids of every section.
    pub format: Format,
    /// The rubric.
    pub rubric: Rubric,
    /// Every question the format names, in the session's languages.
    pub questions: Vec<Question>,
}

impl Category {
    /// Every category, in the order they are listed.
    pub const ALL: [Category; 7] = [
        Category::Philosophy,
        Category::Behavioural,
        Category::Situational,
        Category::Personal,
        Category::Company,
        Category::DeepDive,
        Category::ReferenceCheck,
    ];

    /// The category's id as written in files.
    pub fn id(self) -> &'static str {
        match self {
            Category::Philosophy => "philosophy",
            Category::Behavioural => "behavioural",
            Category::Situational => "situational",
            Category::Personal => "personal",
            Category::Company => "company",
            Category::DeepDive => "deep_dive",
            Category::ReferenceCheck => "reference_check",
        }
    }
}

impl PlanSnapshot {
    /// Looks up a question of the plan.
    pub fn question(&self, id: &QuestionId) -> Option<&Question> {
        self.questions.iter().find(|q| &q.id == id)
    }
}
