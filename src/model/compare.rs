//! Candidates side by side: one row per candidate of a plan, from the session index (never
//! every log), so that thousands of sessions compare at once.
//!
//! A candidate's row gathers every session that carries their id (a quick screen, a deep
//! interview), or, for sessions from before candidate ids, their name. Only submitted
//! scorecards count: an open one is blind to the rest of the panel.

use std::collections::BTreeMap;

use serde::Serialize;

use super::references::{Consistency, References};
use super::summary::SessionSummary;
use super::{CriterionId, Decision, Recommendation, SelfAwareness, SessionId, Timestamp};

/// One candidate, as the panel has scored them so far.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Row {
    /// The candidate's name, as typed last.
    pub candidate: String,
    /// Their interviews (not reference calls), oldest first.
    pub sessions: Vec<SessionId>,
    /// When each interview was held.
    pub dates: Vec<Timestamp>,
    /// The mean level per criterion over the submitted scorecards (`None`: not scored).
    pub levels: Vec<Option<f64>>,
    /// Σ weight × level ÷ Σ weight over the criteria scored; `None` when none is.
    pub weighted: Option<f64>,
    /// The share of the rubric's weight scored, from 0 to 1.
    pub coverage: f64,
    /// Each submitted recommendation.
    pub recommendations: Vec<Recommendation>,
    /// What the panel decided, the latest if more than one session has a decision.
    pub consensus: Option<Decision>,
    /// Red flags, then green flags, over all sessions.
    pub flags: (usize, usize),
    /// The 1–10 rule's verdict from the latest session where it was asked.
    pub self_awareness: SelfAwareness,
    /// Scorecards not submitted yet (they do not count until they are).
    pub open: usize,
    /// Reference calls made.
    pub reference_calls: usize,
    /// What the referees' ratings say beside the candidate's predictions.
    pub consistency: Consistency,
}

/// A plan's candidates compared.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Comparison {
    /// The criteria, in the rubric's order, with their weights.
    pub criteria: Vec<(CriterionId, u32)>,
    /// One row per candidate, the highest weighted score first (unscored last).
    pub rows: Vec<Row>,
    /// Per criterion, the highest mean level any candidate has.
    pub best: Vec<Option<f64>>,
}

impl Comparison {
    /// The comparison of `sessions` (all of one plan) on a rubric of `criteria` and weights.
    pub fn of<'a>(
        sessions: impl IntoIterator<Item = &'a SessionSummary>,
        criteria: Vec<(CriterionId, u32)>,
    ) -> Self {
        let mut groups: BTreeMap<String, Vec<&SessionSummary>> = BTreeMap::new();
        for s in sessions {
            let key = s.candidate_id.map_or_else(
                || format!("name:{}", s.candidate.trim().to_lowercase()),
                |id| id.to_string(),
            );
            groups.entry(key).or_default().push(s);
        }
        let mut rows: Vec<Row> = groups
            .into_values()
            .map(|mut sessions| {
                sessions.sort_by_key(|s| s.created);
                row(&sessions, &criteria)
            })
            .collect();
        rows.sort_by(|a, b| {
            b.weighted
                .unwrap_or(-1.0)
                .total_cmp(&a.weighted.unwrap_or(-1.0))
                .then_with(|| a.candidate.cmp(&b.candidate))
        });
        let best = (0..criteria.len())
            .map(|i| {
                rows.iter()
                    .filter_map(|r| r.levels[i])
                    .max_by(f64::total_cmp)
            })
            .collect();
        Comparison {
            criteria,
            rows,
            best,
        }
    }
}

/// One candidate's row from their sessions, oldest first.
fn row(all: &[&SessionSummary], criteria: &[(CriterionId, u32)]) -> Row {
    // A reference call's levels are the referee's account, not the panel's scores.
    let references = References::among(all);
    let sessions: Vec<&SessionSummary> = all
        .iter()
        .filter(|s| s.reference.is_none())
        .copied()
        .collect();
    let cards: Vec<_> = sessions
        .iter()
        .flat_map(|s| s.scorecards.values())
        .filter(|c| c.submitted)
        .collect();
    let levels: Vec<Option<f64>> = criteria
        .iter()
        .map(|(id, _)| {
            let given: Vec<f64> = cards
                .iter()
                .filter_map(|c| c.levels.get(id))
                .map(|l| f64::from(*l))
                .collect();
            (!given.is_empty()).then(|| given.iter().sum::<f64>() / given.len() as f64)
        })
        .collect();
    let total: u32 = criteria.iter().map(|(_, w)| w).sum();
    let (sum, scored) = criteria
        .iter()
        .zip(&levels)
        .filter_map(|((_, w), l)| l.map(|l| (f64::from(*w) * l, *w)))
        .fold((0.0, 0), |(s, n), (x, w)| (s + x, n + w));
    let latest = sessions.last();
    Row {
        candidate: latest.map(|s| s.candidate.clone()).unwrap_or_default(),
        sessions: sessions.iter().map(|s| s.id).collect(),
        dates: sessions.iter().map(|s| s.created).collect(),
        levels,
        weighted: (scored > 0).then(|| sum / f64::from(scored)),
        coverage: if total == 0 {
            0.0
        } else {
            f64::from(scored) / f64::from(total)
        },
        recommendations: cards.iter().filter_map(|c| c.recommendation).collect(),
        consensus: sessions.iter().rev().find_map(|s| s.consensus),
        flags: all
            .iter()
            .fold((0, 0), |(r, g), s| (r + s.flags.0, g + s.flags.1)),
        self_awareness: sessions
            .iter()
            .rev()
            .map(|s| s.self_awareness)
            .find(|v| *v != SelfAwareness::Incomplete)
            .unwrap_or(SelfAwareness::Incomplete),
        open: sessions
            .iter()
            .flat_map(|s| s.scorecards.values())
            .filter(|c| !c.submitted)
            .count(),
        reference_calls: references.referees.len(),
        consistency: references.consistency,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::summary::Scorecard;

    fn session(name: &str, id: Option<u128>, cards: &[(&str, bool, u8, u8)]) -> SessionSummary {
        let state = crate::model::fold(&[crate::model::arbitrary::created()]).unwrap();
        let mut s = SessionSummary::of(&state);
        s.id = SessionId(uuid::Uuid::now_v7());
        s.candidate = name.into();
        s.candidate_id = id.map(uuid::Uuid::from_u128);
        s.scorecards = cards
            .iter()
            .map(|(p, submitted, a, b)| {
                let levels = [("a".into(), *a), ("b".into(), *b)].into();
                let card = Scorecard {
                    submitted: *submitted,
                    levels,
                    recommendation: Some(Recommendation::Yes),
                };
                ((*p).to_owned(), card)
            })
            .collect();
        s
    }

    #[test]
    fn candidates_are_ranked_by_weighted_score_from_submitted_scorecards() {
        let criteria = vec![("a".into(), 3), ("b".into(), 1)];
        let sessions = [
            session("Kari", Some(1), &[("ann", true, 2, 2)]),
            session("Kari N.", Some(1), &[("ola", true, 4, 4)]),
            session("Siv", None, &[("ann", true, 4, 1), ("ola", false, 1, 1)]),
            session("Tor", None, &[("ann", false, 4, 4)]),
        ];
        let c = Comparison::of(&sessions, criteria);
        let names: Vec<&str> = c.rows.iter().map(|r| r.candidate.as_str()).collect();
        assert_eq!(names, ["Siv", "Kari N.", "Tor"], "one row per candidate id");
        assert_eq!(c.rows[0].weighted, Some((3.0 * 4.0 + 1.0) / 4.0));
        assert_eq!(c.rows[0].open, 1, "Ola's open card does not count");
        assert_eq!(c.rows[1].levels, [Some(3.0), Some(3.0)]);
        assert_eq!(c.rows[1].sessions.len(), 2);
        assert_eq!(c.rows[2].weighted, None, "nothing submitted yet");
        assert_eq!(c.best, [Some(4.0), Some(3.0)]);
    }
}
