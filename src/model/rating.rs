//! The 1–10 self-awareness rule (DOMAIN.md §2): predicted ratings and their classification.

use serde::{Deserialize, Serialize};

/// A rating from 1 to 10, as the candidate predicts a former manager or colleague would give.
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
#[schemars(extend("minimum" = 1, "maximum" = 10))]
pub struct Rating(u8);

/// The error for a rating outside 1–10.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a rating is a whole number from 1 to 10, not {0}")]
pub struct RatingOutOfRange(pub u8);

impl Rating {
    /// The rating as a number from 1 to 10.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Rating {
    type Error = RatingOutOfRange;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        if (1..=10).contains(&value) {
            Ok(Rating(value))
        } else {
            Err(RatingOutOfRange(value))
        }
    }
}

impl From<Rating> for u8 {
    fn from(r: Rating) -> u8 {
        r.0
    }
}

/// What the predicted ratings say about the candidate's self-awareness.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SelfAwareness {
    /// Fewer than three ratings: ask for the rest.
    Incomplete,
    /// Every rating is 10.
    LacksSelfAwareness,
    /// At least half the ratings are 7 or lower.
    MayHaveOverstated,
    /// More than half are 8 or 9, and none is 6 or lower.
    Credible,
    /// Anything else: probe further.
    Mixed,
}

/// Classifies predicted ratings by the decision table of DOMAIN.md §2, applied in order.
pub fn classify(ratings: &[Rating]) -> SelfAwareness {
    let n = ratings.len();
    let count = |pred: fn(u8) -> bool| ratings.iter().filter(|r| pred(r.get())).count();
    if n < 3 {
        SelfAwareness::Incomplete
    } else if count(|r| r == 10) == n {
        SelfAwareness::LacksSelfAwareness
    } else if 2 * count(|r| r <= 7) >= n {
        SelfAwareness::MayHaveOverstated
    } else if 2 * count(|r| r == 8 || r == 9) > n && count(|r| r <= 6) == 0 {
        SelfAwareness::Credible
    } else {
        SelfAwareness::Mixed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(values: &[u8]) -> SelfAwareness {
        let ratings: Vec<Rating> = values
            .iter()
            .map(|&v| Rating::try_from(v).unwrap())
            .collect();
        classify(&ratings)
    }

    #[test]
    fn the_examples_of_the_method() {
        use SelfAwareness::*;
        assert_eq!(class(&[8, 9, 9, 8]), Credible);
        assert_eq!(class(&[10, 10, 10, 10]), LacksSelfAwareness);
        assert_eq!(class(&[7, 6, 8, 9]), MayHaveOverstated);
        assert_eq!(class(&[9, 10, 10, 10]), Mixed);
        assert_eq!(class(&[8, 9, 5, 9]), Mixed);
        assert_eq!(class(&[8, 9, 7]), Credible);
        assert_eq!(class(&[9, 9]), Incomplete);
    }

    #[test]
    fn ratings_outside_one_to_ten_are_refused() {
        assert!(Rating::try_from(0).is_err());
        assert!(Rating::try_from(11).is_err());
        assert!(serde_json::from_str::<Rating>("11").is_err());
        assert_eq!(serde_json::from_str::<Rating>("7").unwrap().get(), 7);
    }
}
