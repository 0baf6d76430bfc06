//! The debrief: the panel's scores side by side, where they disagree, and what the panel
//! decided. Disputes are flagged by a stated rule, never settled by arithmetic: the mean is
//! shown beside them, and the independent scores stay as they were.

use serde::Serialize;

use super::ids::CriterionId;
use super::score::{Level, Recommendation};
use super::state::{Consensus, SessionState};

/// Levels this far apart or more on one criterion are a dispute.
pub const DISPUTE_SPREAD: u8 = 2;

/// One criterion across the panel.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct CriterionDebrief {
    /// The criterion.
    pub id: CriterionId,
    /// Its weight in the rubric.
    pub weight: u32,
    /// Each panelist's level, in the order of [`Debrief::panelists`] (`None`: not scored).
    pub levels: Vec<Option<Level>>,
    /// The highest level minus the lowest, over those who scored it (`None` when fewer
    /// than two did).
    pub spread: Option<u8>,
    /// The mean level over those who scored it.
    pub mean: Option<f64>,
    /// Whether two levels are [`DISPUTE_SPREAD`] or more apart.
    pub disputed: bool,
}

/// The panel's scores compared.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Debrief {
    /// The panelists with a scorecard: the header's panel first, in its order.
    pub panelists: Vec<String>,
    /// Whether each has submitted.
    pub submitted: Vec<bool>,
    /// Every criterion of the rubric.
    pub criteria: Vec<CriterionDebrief>,
    /// Each panelist's recommendation.
    pub recommendations: Vec<Option<Recommendation>>,
    /// Whether the recommendations split between no and yes.
    pub recommendations_split: bool,
    /// What the panel decided, once recorded.
    pub consensus: Option<Consensus>,
}

impl Debrief {
    /// The debrief of `state` (as one panelist may see it: fold what they may see first).
    pub fn of(state: &SessionState) -> Self {
        let mut panelists: Vec<String> = state
            .header
            .panel
            .iter()
            .filter(|p| state.panelists.contains_key(*p))
            .cloned()
            .collect();
        for p in state.panelists.keys() {
            if !panelists.contains(p) {
                panelists.push(p.clone());
            }
        }
        let card = |p: &String| state.panelists.get(p);
        let criteria = state
            .plan
            .rubric
            .criteria
            .iter()
            .map(|c| {
                let levels: Vec<Option<Level>> = panelists
                    .iter()
                    .map(|p| {
                        card(p)
                            .and_then(|s| s.scores.get(&c.id))
                            .and_then(|s| s.level)
                    })
                    .collect();
                let scored: Vec<u8> = levels.iter().flatten().map(|l| l.get()).collect();
                // A spread takes two levels: one panelist alone agrees with nobody.
                let spread = scored
                    .iter()
                    .max()
                    .zip(scored.iter().min())
                    .map(|(hi, lo)| hi - lo)
                    .filter(|_| scored.len() > 1);
                let mean = (!scored.is_empty()).then(|| {
                    f64::from(scored.iter().map(|&l| u32::from(l)).sum::<u32>())
                        / scored.len() as f64
                });
                CriterionDebrief {
                    id: c.id.clone(),
                    weight: c.weight,
                    levels,
                    spread,
                    mean,
                    disputed: spread.is_some_and(|s| s >= DISPUTE_SPREAD),
                }
            })
            .collect();
        let recommendations: Vec<Option<Recommendation>> = panelists
            .iter()
            .map(|p| {
                card(p)
                    .and_then(|s| s.recommendation.as_ref())
                    .map(|(r, _)| *r)
            })
            .collect();
        let says = |yes: bool| {
            recommendations
                .iter()
                .flatten()
                .any(|r| matches!(r, Recommendation::Yes | Recommendation::StrongYes) == yes)
        };
        Debrief {
            submitted: panelists
                .iter()
                .map(|p| card(p).is_some_and(|s| s.submitted_at.is_some()))
                .collect(),
            recommendations_split: says(true) && says(false),
            panelists,
            criteria,
            recommendations,
            consensus: state.consensus.clone(),
        }
    }

    /// The debrief of a session folded as `viewer` sees it ([`super::blind::seen_by`]):
    /// their column alone while the others' scores are withheld from them.
    pub fn seen_as(seen: &SessionState, viewer: Option<&str>) -> Self {
        match viewer {
            Some(v) if !seen.withheld.is_empty() => Debrief::of(seen).only(v),
            _ => Debrief::of(seen),
        }
    }

    /// The debrief of `panelist` alone (for one who may not see the others yet).
    pub fn only(mut self, panelist: &str) -> Self {
        let keep: Vec<bool> = self.panelists.iter().map(|p| p == panelist).collect();
        retain_where(&mut self.panelists, &keep);
        retain_where(&mut self.submitted, &keep);
        retain_where(&mut self.recommendations, &keep);
        for c in &mut self.criteria {
            retain_where(&mut c.levels, &keep);
        }
        self
    }

    /// How many criteria are disputed, with a split recommendation counted as one more.
    pub fn disputes(&self) -> usize {
        self.criteria.iter().filter(|c| c.disputed).count()
            + usize::from(self.recommendations_split)
    }
}

/// Keeps the items of `items` whose place in `keep` is true.
fn retain_where<T>(items: &mut Vec<T>, keep: &[bool]) {
    let mut at = 0;
    items.retain(|_| {
        at += 1;
        keep.get(at - 1).copied().unwrap_or(false)
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::arbitrary::{at, created};
    use crate::model::{Decision, Event, EventId, EventKind, fold};
    use uuid::Uuid;

    fn by(author: &str, kind: EventKind) -> Event {
        Event {
            id: EventId(Uuid::now_v7()),
            author: author.into(),
            at: at(10),
            elapsed_ms: 10_000,
            kind,
        }
    }

    fn criterion(i: usize) -> CriterionId {
        match &created().kind {
            EventKind::SessionCreated(c) => c.plan.rubric.criteria[i].id.clone(),
            _ => unreachable!(),
        }
    }

    fn score(author: &str, i: usize, level: u8) -> Event {
        by(
            author,
            EventKind::ScoreSet {
                criterion: criterion(i),
                level: Level::try_from(level).ok(),
                evidence: vec![],
            },
        )
    }

    fn recommend(author: &str, r: Recommendation) -> Event {
        by(
            author,
            EventKind::RecommendationSet {
                recommendation: r,
                rationale: String::new(),
            },
        )
    }

    #[test]
    fn levels_two_apart_and_a_split_recommendation_are_disputes() {
        let events = vec![
            created(),
            score("ann", 0, 4),
            score("ola", 0, 2),
            score("siv", 0, 3),
            score("ann", 1, 3),
            score("ola", 1, 2),
            recommend("ann", Recommendation::Yes),
            recommend("ola", Recommendation::No),
            by("ann", EventKind::PanelistSubmitted),
        ];
        let d = Debrief::of(&fold(&events).unwrap());
        assert_eq!(d.panelists.len(), 3);
        let first = &d.criteria[0];
        assert_eq!((first.spread, first.disputed), (Some(2), true));
        assert_eq!(first.mean, Some(3.0));
        let second = &d.criteria[1];
        assert_eq!((second.spread, second.disputed), (Some(1), false));
        assert!(d.recommendations_split);
        assert_eq!(d.disputes(), 2);
        assert_eq!(d.submitted.iter().filter(|s| **s).count(), 1);
    }

    #[test]
    fn the_consensus_is_recorded_and_the_scores_stay_as_they_were() {
        let mut events = vec![created(), score("ann", 0, 4), score("ola", 0, 1)];
        let before = Debrief::of(&fold(&events).unwrap());
        events.push(by(
            "ann",
            EventKind::ConsensusRecorded {
                decision: Decision::SecondInterview,
                rationale: "Listening: we heard different things".into(),
            },
        ));
        let after = Debrief::of(&fold(&events).unwrap());
        assert_eq!(after.criteria, before.criteria);
        let consensus = after.consensus.unwrap();
        assert_eq!(consensus.decision, Decision::SecondInterview);
        assert_eq!(consensus.by, "ann");
    }

    #[test]
    fn agreeing_panels_and_unscored_criteria_are_not_disputes() {
        let events = vec![
            created(),
            score("ann", 0, 3),
            score("ola", 0, 3),
            recommend("ann", Recommendation::StrongYes),
            recommend("ola", Recommendation::Yes),
        ];
        let d = Debrief::of(&fold(&events).unwrap());
        assert_eq!(d.disputes(), 0);
        assert_eq!(d.criteria[1].spread, None);
        assert_eq!(d.criteria[1].mean, None);
    }
}
