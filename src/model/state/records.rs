//! The records a session's state is made of: notes, roles, scores, decisions.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::event::{Anchor, Decision, NoteKind, RoleDetails, Timestamp};
use crate::model::ids::{CriterionId, EventId, NoteId, QuestionId, RoleId};
use crate::model::rating::Rating;
use crate::model::score::{Level, Recommendation};

/// Where a question stands. A question of a deep-dive role is tracked per role.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct QuestionProgress {
    /// Asked at least once.
    pub asked: bool,
    /// Deliberately skipped (and not asked since).
    pub skipped: bool,
    /// The latest answer summary.
    pub summary: Option<String>,
}

/// The key questions are tracked by: the question, and the deep-dive role it was asked about.
pub type QuestionKey = (QuestionId, Option<RoleId>);

/// A note's text as it was before an edit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct NoteRevision {
    /// The kind it had.
    pub kind: NoteKind,
    /// The text it had.
    pub text: String,
    /// When it was replaced.
    pub replaced_at: Timestamp,
}

/// A note of the timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Note {
    /// Its id (the id of the event that added it).
    pub id: NoteId,
    /// Who wrote it.
    pub author: String,
    /// Its kind now.
    pub kind: NoteKind,
    /// Its text now.
    pub text: String,
    /// What it is about.
    pub anchor: Anchor,
    /// When its first keystroke was typed.
    pub started_at: Timestamp,
    /// The interview clock at that moment, in ms.
    pub started_ms: u64,
    /// Earlier versions, oldest first.
    pub history: Vec<NoteRevision>,
    /// Whether it was deleted (it stays here, hidden from the timeline).
    pub deleted: bool,
}

/// A deep-dive role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Role {
    /// Its id (the id of the event that added it).
    pub id: RoleId,
    /// Its details now.
    pub details: RoleDetails,
}

/// A rating predicted for one slot of the 1–10 rule.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct PredictedRating {
    /// The person's name, if given.
    pub name: Option<String>,
    /// The rating, if given.
    pub rating: Option<Rating>,
}

/// One panelist's score for one criterion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Score {
    /// The level; `None` means "not assessed".
    pub level: Option<Level>,
    /// The notes that justify it.
    pub evidence: Vec<NoteId>,
}

/// One panelist's scoring.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct PanelistScores {
    /// Scores by criterion.
    pub scores: BTreeMap<CriterionId, Score>,
    /// The overall recommendation and its rationale.
    pub recommendation: Option<(Recommendation, String)>,
    /// When they submitted (the latest time, if more than once).
    pub submitted_at: Option<Timestamp>,
}

/// The panel's recorded decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Consensus {
    /// What was decided.
    pub decision: Decision,
    /// Why.
    pub rationale: String,
    /// Who recorded it.
    pub by: String,
    /// When.
    pub at: Timestamp,
}

/// The candidate's consent to a reference call, as recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Consent {
    /// How and when they agreed.
    pub how: String,
    /// Who recorded it.
    pub by: String,
    /// When.
    pub at: Timestamp,
}

/// An event that could not be applied, kept so nothing is silently dropped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Anomaly {
    /// The event.
    pub event: EventId,
    /// What was wrong.
    pub reason: String,
}
