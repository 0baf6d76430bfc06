//! Rubric levels, the overall recommendation, and the weighted score.

use serde::{Deserialize, Serialize};

/// A rubric level from 1 to 4 (no neutral midpoint). "Not assessed" is `None` where it is used.
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
#[serde(try_from = "u8", into = "u8")]
#[schemars(extend("minimum" = 1, "maximum" = 4))]
pub struct Level(u8);

/// The error for a level outside 1–4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a rubric level is 1, 2, 3 or 4, not {0}")]
pub struct LevelOutOfRange(pub u8);

impl Level {
    /// The level as a number from 1 to 4.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Level {
    type Error = LevelOutOfRange;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        if (1..=4).contains(&value) {
            Ok(Level(value))
        } else {
            Err(LevelOutOfRange(value))
        }
    }
}

impl From<Level> for u8 {
    fn from(l: Level) -> u8 {
        l.0
    }
}

/// The overall recommendation, kept apart from the arithmetic.
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
pub enum Recommendation {
    /// Strong no.
    StrongNo,
    /// No.
    No,
    /// Yes.
    Yes,
    /// Strong yes.
    StrongYes,
}

/// A weighted score over the scored criteria, with the share of weight it covers.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct WeightedScore {
    /// Σ weight·level / Σ weight over the criteria scored 1–4; `None` when none is.
    pub score: Option<f64>,
    /// Σ weight of scored criteria / Σ weight of all criteria, from 0 to 1.
    pub coverage: f64,
}

/// Computes the weighted score from `(weight, level)` pairs, one per criterion of the rubric
/// (`None` for unscored or not assessed).
pub fn weighted_score(entries: impl IntoIterator<Item = (u32, Option<Level>)>) -> WeightedScore {
    let (mut total_weight, mut scored_weight, mut sum) = (0u64, 0u64, 0u64);
    for (weight, level) in entries {
        let weight = u64::from(weight);
        total_weight += weight;
        if let Some(level) = level {
            scored_weight += weight;
            sum += weight * u64::from(level.get());
        }
    }
    let ratio = |a: u64, b: u64| {
        if b == 0 {
            None
        } else {
            Some(a as f64 / b as f64)
        }
    };
    WeightedScore {
        score: ratio(sum, scored_weight),
        coverage: ratio(scored_weight, total_weight).unwrap_or(0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level(v: u8) -> Option<Level> {
        Some(Level::try_from(v).unwrap())
    }

    #[test]
    fn weighted_score_counts_only_scored_criteria() {
        let s = weighted_score([(2, level(4)), (1, level(1)), (1, None)]);
        assert_eq!(s.score, Some(9.0 / 3.0));
        assert_eq!(s.coverage, 0.75);
    }

    #[test]
    fn nothing_scored_has_no_score_and_no_coverage() {
        let s = weighted_score([(2, None), (3, None)]);
        assert_eq!((s.score, s.coverage), (None, 0.0));
        assert_eq!(weighted_score([]).coverage, 0.0);
    }

    #[test]
    fn levels_outside_one_to_four_are_refused() {
        assert!(Level::try_from(0).is_err());
        assert!(Level::try_from(5).is_err());
        assert!(serde_json::from_str::<Level>("5").is_err());
    }
}
