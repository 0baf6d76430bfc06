//! The scoring screen's state: the criterion selected, the evidence picker, the rationale;
//! and the queries it draws from. The screen draws from the session's state, so what it
//! shows is always what is saved.

use super::text_input::TextInput;
use crate::model::{CriterionId, Level, Note, NoteId, Recommendation, SessionState};

/// What the scoring screen is doing.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Step {
    /// Moving through the criteria.
    #[default]
    Criteria,
    /// Picking the notes that justify the selected criterion's score.
    Evidence {
        /// The note with the cursor, in [`candidates`] order.
        cursor: usize,
        /// The notes picked so far.
        picked: Vec<NoteId>,
    },
    /// Writing the rationale of the recommendation (boxed: a text field is large).
    Rationale(Box<TextInput>),
}

/// The scoring screen.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scoring {
    /// The selected criterion (index into the rubric).
    pub selected: usize,
    /// What it is doing.
    pub step: Step,
}

/// One panelist's view of one criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scored<'a> {
    /// `None` when not scored yet; `Some(None)` when marked not assessed.
    pub level: Option<Option<Level>>,
    /// The notes given as evidence.
    pub evidence: &'a [NoteId],
}

/// The recommendations in the order Ctrl-R cycles through them.
pub const RECOMMENDATIONS: [Recommendation; 4] = [
    Recommendation::StrongNo,
    Recommendation::No,
    Recommendation::Yes,
    Recommendation::StrongYes,
];

/// The level one step up (`up`) or down from `level`: not scored → 1 up, or → not assessed
/// down; from 1 down is "not assessed"; 4 is the top. `None` when there is no step.
pub fn step_level(level: Option<Option<Level>>, up: bool) -> Option<Option<Level>> {
    let n = match level {
        None => return Some(if up { Level::try_from(1).ok() } else { None }),
        Some(None) => 0,
        Some(Some(l)) => l.get(),
    };
    let next = if up {
        n.checked_add(1)?
    } else {
        n.checked_sub(1)?
    };
    match next {
        0 => Some(None),
        n => Level::try_from(n).ok().map(Some),
    }
}

/// The recommendation after `now` in the cycle (the first Ctrl-R says yes).
pub fn next_recommendation(now: Option<Recommendation>) -> Recommendation {
    match now {
        Some(r) => {
            let i = RECOMMENDATIONS.iter().position(|x| *x == r).unwrap_or(0);
            RECOMMENDATIONS[(i + 1) % RECOMMENDATIONS.len()]
        }
        None => Recommendation::Yes,
    }
}

/// What `author` has scored for `criterion`.
pub fn scored<'a>(state: &'a SessionState, author: &str, criterion: &CriterionId) -> Scored<'a> {
    match state
        .panelists
        .get(author)
        .and_then(|p| p.scores.get(criterion))
    {
        Some(score) => Scored {
            level: Some(score.level),
            evidence: &score.evidence,
        },
        None => Scored {
            level: None,
            evidence: &[],
        },
    }
}

/// `author`'s recommendation, and its rationale.
pub fn recommendation(state: &SessionState, author: &str) -> (Option<Recommendation>, String) {
    state
        .panelists
        .get(author)
        .and_then(|p| p.recommendation.clone())
        .map_or((None, String::new()), |(r, why)| (Some(r), why))
}

/// The notes to pick evidence from: first those taken on questions that feed `criterion`, then
/// the rest, each group in timeline order.
pub fn candidates<'a>(state: &'a SessionState, criterion: &CriterionId) -> Vec<&'a Note> {
    let (mut feeding, rest): (Vec<&Note>, Vec<&Note>) = state
        .visible_notes()
        .into_iter()
        .partition(|n| state.feeds(n, criterion));
    feeding.extend(rest);
    feeding
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_step_up_from_unscored_and_down_to_not_assessed() {
        let level = |n: u8| Some(Level::try_from(n).ok());
        assert_eq!(step_level(None, true), level(1));
        assert_eq!(step_level(None, false), Some(None));
        assert_eq!(step_level(level(1), false), Some(None));
        assert_eq!(step_level(Some(None), true), level(1));
        assert_eq!(step_level(level(3), true), level(4));
        assert_eq!(step_level(level(4), true), None, "4 is the top");
        assert_eq!(step_level(Some(None), false), None);
    }
}
