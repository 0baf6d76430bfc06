//! Calibration: whether a panel applies its rubric the same way.
//!
//! - **Krippendorff's alpha** measures agreement among any number of raters, with missing
//!   values, for nominal, ordinal, interval and ratio data (Krippendorff, "Computing
//!   Krippendorff's Alpha-Reliability", 2011). 1 is perfect agreement, 0 is agreement no better
//!   than chance. Krippendorff's guidance: from 0.800 reliable, from 0.667 tentative, below that
//!   not yet.
//! - **Leniency** is how much higher (or, when negative, lower) one panelist scores than the
//!   others on the same candidate and criterion, as the mean of the differences over every such
//!   pair.
//!
//! Both are computed here from plain numbers; which scores go in (submitted ones only) is for
//! the caller to decide.

use serde::Serialize;

/// How the difference between two values is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Values are names: equal or not.
    Nominal,
    /// Values are ranks: how many values lie between them.
    Ordinal,
    /// Values are on a scale with equal steps.
    Interval,
    /// Values are on a scale with a true zero.
    Ratio,
}

/// An agreement coefficient and what it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Alpha {
    /// Krippendorff's alpha.
    pub value: f64,
    /// Units (candidate × criterion) with at least two values, the ones that count.
    pub units: usize,
    /// Values in those units.
    pub values: usize,
}

/// What an alpha means, by Krippendorff's guidance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Reading {
    /// 0.800 or more: the rubric is applied reliably.
    Reliable,
    /// From 0.667: tentative conclusions only.
    Tentative,
    /// Below 0.667: not reliable yet.
    NotYet,
}

impl Alpha {
    /// What the value means.
    pub fn reading(&self) -> Reading {
        match self.value {
            v if v >= 0.8 => Reading::Reliable,
            v if v >= 0.667 => Reading::Tentative,
            _ => Reading::NotYet,
        }
    }
}

/// Krippendorff's alpha of `units`, each the values its raters gave (`None`: that rater gave
/// none), by `metric`. `None` when fewer than two values are pairable or all of them are the
/// same (there is no disagreement to expect, so alpha is undefined).
pub fn alpha(units: &[Vec<Option<f64>>], metric: Metric) -> Option<Alpha> {
    // The values of each unit rated at least twice.
    let pairable: Vec<Vec<f64>> = units
        .iter()
        .map(|u| u.iter().flatten().copied().collect::<Vec<f64>>())
        .filter(|u| u.len() >= 2)
        .collect();
    let mut distinct: Vec<f64> = pairable.iter().flatten().copied().collect();
    distinct.sort_by(f64::total_cmp);
    distinct.dedup();
    let index = |v: f64| distinct.iter().position(|d| *d == v).unwrap_or(0);
    let k = distinct.len();
    // The coincidence matrix: o[c][k] sums, over units, each ordered pair of values from two
    // different raters, weighted 1 / (m_u - 1).
    let mut o = vec![vec![0.0; k]; k];
    for unit in &pairable {
        let weight = 1.0 / (unit.len() as f64 - 1.0);
        for (i, a) in unit.iter().enumerate() {
            for (j, b) in unit.iter().enumerate() {
                if i != j {
                    o[index(*a)][index(*b)] += weight;
                }
            }
        }
    }
    let marginals: Vec<f64> = o.iter().map(|row| row.iter().sum()).collect();
    let n: f64 = marginals.iter().sum();
    if n < 2.0 || k < 2 {
        return None;
    }
    let delta = |c: usize, d: usize| -> f64 {
        let (a, b) = (distinct[c], distinct[d]);
        match metric {
            Metric::Nominal => f64::from(u8::from(c != d)),
            Metric::Interval => (a - b).powi(2),
            Metric::Ratio if a + b == 0.0 => 0.0,
            Metric::Ratio => ((a - b) / (a + b)).powi(2),
            Metric::Ordinal => {
                let (lo, hi) = (c.min(d), c.max(d));
                let between: f64 = marginals[lo..=hi].iter().sum();
                (between - (marginals[lo] + marginals[hi]) / 2.0).powi(2)
            }
        }
    };
    let mut observed = 0.0;
    let mut expected = 0.0;
    for c in 0..k {
        for d in 0..k {
            let dist = delta(c, d);
            observed += o[c][d] * dist;
            expected += marginals[c] * marginals[d] * dist;
        }
    }
    let observed = observed / n;
    let expected = expected / (n * (n - 1.0));
    (expected > 0.0).then(|| Alpha {
        value: 1.0 - observed / expected,
        units: pairable.len(),
        values: n.round() as usize,
    })
}

/// One panelist's leniency: the mean of (their level − another panelist's level) over every
/// pair of levels the two gave the same candidate on the same criterion.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Leniency {
    /// The panelist.
    pub panelist: String,
    /// The mean difference: above 0 more lenient than the others, below 0 harsher.
    pub mean: f64,
    /// How many pairs it rests on.
    pub pairs: usize,
}

/// The leniency of every panelist who shares at least one unit with another, from `units`:
/// each the levels its raters gave, in the order of `panelists` (`None`: that one gave none).
pub fn leniency(units: &[Vec<Option<f64>>], panelists: &[String]) -> Vec<Leniency> {
    let mut sums = vec![(0.0, 0usize); panelists.len()];
    for unit in units {
        for (me, mine) in unit.iter().enumerate() {
            let Some(mine) = mine else { continue };
            for (other, theirs) in unit.iter().enumerate() {
                if let Some(theirs) = theirs.filter(|_| other != me) {
                    sums[me].0 += mine - theirs;
                    sums[me].1 += 1;
                }
            }
        }
    }
    panelists
        .iter()
        .zip(sums)
        .filter(|(_, (_, pairs))| *pairs > 0)
        .map(|(panelist, (sum, pairs))| Leniency {
            panelist: panelist.clone(),
            mean: sum / pairs as f64,
            pairs,
        })
        .collect()
}

/// How a panel scores one plan's candidates: agreement per criterion and overall, and each
/// panelist's leniency.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Calibration {
    /// Sessions whose scorecards count: every scorecard submitted, two or more of them.
    pub sessions: usize,
    /// Ordinal alpha per criterion, in the order criteria first appear (`None`: not enough
    /// variation or pairs to say).
    pub criteria: Vec<(super::CriterionId, Option<Alpha>)>,
    /// Ordinal alpha over every criterion's units together.
    pub overall: Option<Alpha>,
    /// Each panelist's leniency over every unit they share with another.
    pub leniency: Vec<Leniency>,
}

impl Calibration {
    /// The calibration of `sessions`: only those where every panelist's scorecard is submitted
    /// count (an open scorecard is blind to the rest of the panel), and only those scored by
    /// two or more. Reference calls are not panel interviews and do not count.
    pub fn of<'a>(sessions: impl IntoIterator<Item = &'a super::summary::SessionSummary>) -> Self {
        let counted: Vec<&super::summary::SessionSummary> = sessions
            .into_iter()
            .filter(|s| s.reference.is_none())
            .filter(|s| s.scorecards.len() >= 2 && s.scorecards.values().all(|c| c.submitted))
            .collect();
        let mut panelists: Vec<String> = counted
            .iter()
            .flat_map(|s| s.scorecards.keys().cloned())
            .collect();
        panelists.sort();
        panelists.dedup();
        let at = |p: &String| panelists.binary_search(p).unwrap_or(0);
        // Per criterion, its units: one per session, a level per panelist (or none).
        let mut by_criterion: Vec<(super::CriterionId, Vec<Vec<Option<f64>>>)> = Vec::new();
        for s in &counted {
            let mut criteria: Vec<&super::CriterionId> = s
                .scorecards
                .values()
                .flat_map(|c| c.levels.keys())
                .collect();
            criteria.sort();
            criteria.dedup();
            for criterion in criteria {
                let mut unit = vec![None; panelists.len()];
                for (p, card) in &s.scorecards {
                    unit[at(p)] = card.levels.get(criterion).map(|l| f64::from(*l));
                }
                match by_criterion.iter_mut().find(|(c, _)| c == criterion) {
                    Some((_, units)) => units.push(unit),
                    None => by_criterion.push((criterion.clone(), vec![unit])),
                }
            }
        }
        let all: Vec<Vec<Option<f64>>> = by_criterion
            .iter()
            .flat_map(|(_, units)| units.iter().cloned())
            .collect();
        Calibration {
            sessions: counted.len(),
            criteria: by_criterion
                .iter()
                .map(|(c, units)| (c.clone(), alpha(units, Metric::Ordinal)))
                .collect(),
            overall: alpha(&all, Metric::Ordinal),
            leniency: leniency(&all, &panelists),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The worked example of Krippendorff (2011), section C: four observers, twelve units,
    /// values 1–5, some missing. Rows are units; columns observers A, B, C, D.
    fn worked_example() -> Vec<Vec<Option<f64>>> {
        let data: [[u8; 4]; 12] = [
            [1, 1, 0, 1],
            [2, 2, 3, 2],
            [3, 3, 3, 3],
            [3, 3, 3, 3],
            [2, 2, 2, 2],
            [1, 2, 3, 4],
            [4, 4, 4, 4],
            [1, 1, 2, 1],
            [2, 2, 2, 2],
            [0, 5, 5, 5],
            [0, 0, 1, 1],
            [0, 3, 0, 0],
        ];
        data.iter()
            .map(|u| {
                u.iter()
                    .map(|&v| (v != 0).then_some(f64::from(v)))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_worked_example_gives_krippendorffs_published_values() {
        let units = worked_example();
        let round = |m| (alpha(&units, m).unwrap().value * 1000.0).round() / 1000.0;
        assert_eq!(round(Metric::Nominal), 0.743);
        assert_eq!(round(Metric::Ordinal), 0.815);
        assert_eq!(round(Metric::Interval), 0.849);
        assert_eq!(round(Metric::Ratio), 0.797);
        let a = alpha(&units, Metric::Ordinal).unwrap();
        assert_eq!((a.units, a.values), (11, 40), "unit 12 has one value only");
        assert_eq!(a.reading(), Reading::Reliable);
    }

    #[test]
    fn perfect_agreement_is_one_and_no_variation_is_undefined() {
        let units = vec![
            vec![Some(1.0), Some(1.0)],
            vec![Some(3.0), Some(3.0), None],
            vec![Some(4.0), Some(4.0)],
        ];
        assert_eq!(alpha(&units, Metric::Ordinal).unwrap().value, 1.0);
        let same = vec![vec![Some(2.0), Some(2.0)], vec![Some(2.0), Some(2.0)]];
        assert_eq!(alpha(&same, Metric::Ordinal), None);
        assert_eq!(alpha(&[vec![Some(1.0)]], Metric::Nominal), None);
    }

    #[test]
    fn systematic_disagreement_reads_as_not_yet() {
        let units: Vec<Vec<Option<f64>>> = (0..10)
            .map(|i| vec![Some(f64::from(1 + i % 4)), Some(f64::from(4 - i % 4))])
            .collect();
        let a = alpha(&units, Metric::Ordinal).unwrap();
        assert!(a.value < 0.0, "{a:?}");
        assert_eq!(a.reading(), Reading::NotYet);
    }

    #[test]
    fn leniency_is_the_mean_difference_to_the_others_with_its_pairs() {
        let names: Vec<String> = ["ann", "ola", "siv"].map(String::from).to_vec();
        let units = vec![
            vec![Some(4.0), Some(2.0), Some(3.0)],
            vec![Some(3.0), Some(3.0), None],
        ];
        let l = leniency(&units, &names);
        let of = |p: &str| l.iter().find(|x| x.panelist == p).unwrap().clone();
        assert_eq!(of("ann").pairs, 3);
        assert!((of("ann").mean - (2.0 + 1.0 + 0.0) / 3.0).abs() < 1e-9);
        assert!((of("ola").mean - (-2.0 - 1.0 + 0.0) / 3.0).abs() < 1e-9);
        assert_eq!(of("siv").pairs, 2);
        assert!(of("siv").mean.abs() < 1e-9);
    }
}

#[cfg(test)]
mod plan_tests {
    use super::*;
    use crate::model::summary::{Scorecard, SessionSummary};

    /// A panelist's card: who, whether submitted, and their levels by criterion.
    type Card<'a> = (&'a str, bool, &'a [(&'a str, u8)]);

    fn session(cards: &[Card]) -> SessionSummary {
        let state = crate::model::fold(&[crate::model::arbitrary::created()]).unwrap();
        let mut s = SessionSummary::of(&state);
        s.scorecards = cards
            .iter()
            .map(|(p, submitted, levels)| {
                let levels = levels.iter().map(|(c, l)| ((*c).into(), *l)).collect();
                (
                    (*p).to_owned(),
                    Scorecard {
                        submitted: *submitted,
                        levels,
                        recommendation: None,
                    },
                )
            })
            .collect();
        s
    }

    #[test]
    fn only_sessions_with_every_scorecard_submitted_count() {
        let sessions = [
            session(&[
                ("ann", true, &[("a", 4), ("b", 3)]),
                ("ola", true, &[("a", 2), ("b", 3)]),
            ]),
            session(&[
                ("ann", true, &[("a", 3), ("b", 2)]),
                ("ola", true, &[("a", 1), ("b", 2)]),
            ]),
            session(&[("ann", true, &[("a", 1)]), ("ola", false, &[("a", 4)])]),
            session(&[("ann", true, &[("a", 1)])]),
        ];
        let c = Calibration::of(&sessions);
        assert_eq!(
            c.sessions, 2,
            "an open scorecard and a lone one do not count"
        );
        let ann = c.leniency.iter().find(|l| l.panelist == "ann").unwrap();
        assert_eq!(ann.pairs, 4);
        assert!(
            (ann.mean - 1.0).abs() < 1e-9,
            "two higher on a, equal on b: {ann:?}"
        );
        assert_eq!(c.criteria.len(), 2);
        assert_eq!(c.overall.map(|a| a.units), Some(4));
    }
}
