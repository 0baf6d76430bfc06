//! What is still open before an interview ends: the planned questions not asked, and the
//! rubric's criteria a panelist has not scored or has scored without evidence. Shown while
//! the candidate is still there, so that nothing is forgotten.

use super::agenda::{self, Stop};
use super::scoring;
use crate::model::{CriterionId, SessionState};

/// The gaps in one panelist's interview.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Coverage {
    /// Planned questions (per deep-dive role) neither asked nor deliberately skipped.
    pub not_asked: Vec<Stop>,
    /// Criteria with no level yet (a criterion marked "not assessed" counts as decided).
    pub not_scored: Vec<CriterionId>,
    /// Criteria given a level but no note as evidence.
    pub without_evidence: Vec<CriterionId>,
}

impl Coverage {
    /// The gaps of `author` in `state`.
    pub fn of(state: &SessionState, author: &str) -> Self {
        let not_asked = agenda::stops(state)
            .into_iter()
            .filter(|stop| {
                stop.question.as_ref().is_some_and(|q| {
                    state
                        .question_progress(q, stop.role)
                        .is_none_or(|p| !p.asked && !p.skipped)
                })
            })
            .collect();
        let mut coverage = Coverage {
            not_asked,
            ..Coverage::default()
        };
        for criterion in &state.plan.rubric.criteria {
            let scored = scoring::scored(state, author, &criterion.id);
            match scored.level {
                None => coverage.not_scored.push(criterion.id.clone()),
                Some(Some(_)) if scored.evidence.is_empty() => {
                    coverage.without_evidence.push(criterion.id.clone())
                }
                Some(_) => {}
            }
        }
        coverage
    }

    /// Whether nothing is open.
    pub fn is_complete(&self) -> bool {
        self.not_asked.is_empty() && self.not_scored.is_empty() && self.without_evidence.is_empty()
    }
}
