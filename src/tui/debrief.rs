//! The debrief screen's state: the criterion selected, whether its rubric levels show, how far
//! the panel's notes are scrolled, and the decision being written. What the panel scored is
//! read from the session each frame ([`crate::model::debrief::Debrief`]), never kept here.

use super::text_input::TextInput;
use crate::model::Decision;

/// The decisions in the order ↑ and ↓ go through them.
pub const DECISIONS: [Decision; 3] = [Decision::Hire, Decision::SecondInterview, Decision::NoHire];

/// What the debrief screen is doing.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Step {
    /// Reading the panel's scores.
    #[default]
    Grid,
    /// Writing down the panel's decision and why (boxed: a text field is large).
    Decision {
        /// The decision chosen.
        choice: Decision,
        /// Why the panel decided so.
        rationale: Box<TextInput>,
    },
}

/// The debrief screen.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Debriefing {
    /// The selected criterion (index into the rubric).
    pub selected: usize,
    /// Whether the selected criterion's level descriptions show, with who chose each.
    pub anchors: bool,
    /// Notes of the panel's timeline scrolled past.
    pub scroll: usize,
    /// What it is doing.
    pub step: Step,
}

impl Debriefing {
    /// Starts writing the decision: the one recorded last, if any, else a second interview
    /// (the panel has not settled it yet).
    pub fn decide(&mut self, recorded: Option<(Decision, &str)>) {
        let (choice, why) = recorded.unwrap_or((Decision::SecondInterview, ""));
        self.step = Step::Decision {
            choice,
            rationale: Box::new(TextInput::new(why)),
        };
    }
}

/// The decision after (`forward`) or before `decision` in [`DECISIONS`], going round.
pub fn next_decision(decision: Decision, forward: bool) -> Decision {
    let n = DECISIONS.len();
    let i = DECISIONS.iter().position(|d| *d == decision).unwrap_or(0);
    DECISIONS[if forward {
        (i + 1) % n
    } else {
        (i + n - 1) % n
    }]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decisions_go_round_both_ways() {
        let mut d = Decision::Hire;
        for _ in 0..DECISIONS.len() {
            d = next_decision(d, true);
        }
        assert_eq!(d, Decision::Hire);
        assert_eq!(next_decision(Decision::Hire, false), Decision::NoHire);
        assert_eq!(
            next_decision(Decision::Hire, true),
            Decision::SecondInterview
        );
    }

    #[test]
    fn deciding_starts_from_what_was_recorded() {
        let mut d = Debriefing::default();
        d.decide(Some((Decision::NoHire, "two disputes")));
        match &d.step {
            Step::Decision { choice, rationale } => {
                assert_eq!(*choice, Decision::NoHire);
                assert_eq!(rationale.text(), "two disputes");
            }
            Step::Grid => panic!("not deciding"),
        }
    }
}
