//! Reference calls set beside what the candidate said of themselves (DOMAIN.md §2–3): each
//! referee's own 1–10 rating against the rating the candidate predicted they would give, and
//! the levels the referee's account supports on the rubric the panel used.
//!
//! The rule for the consistency note, stated so it can be checked: a referee's rating within
//! [`CONSISTENT_WITHIN`] point of the prediction is consistent. When every compared referee is
//! consistent, the candidate knows how they come across — a sign of high self-awareness. When
//! any referee rated them 2 or more points *below* the prediction, the candidate expected more
//! than they got: ask about that role. Otherwise (referees 2 or more points *above*, none
//! below) the candidate rated themselves modestly. Like the 1–10 verdict, the note is a prompt
//! to ask why, never a conclusion.

use std::collections::BTreeMap;

use serde::Serialize;

use super::state::Role;
use super::summary::SessionSummary;
use super::{CriterionId, ReferenceCall, SessionId, SessionState, Timestamp};
use crate::text::names::same_name;

/// The largest gap, in points, between prediction and rating that still counts as consistent.
pub const CONSISTENT_WITHIN: u8 = 1;

/// How one referee's rating compares with the candidate's prediction of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Agreement {
    /// Within a point of the prediction.
    Consistent,
    /// The referee rated the candidate 2 or more points below the prediction.
    Overestimated,
    /// The referee rated the candidate 2 or more points above the prediction.
    Underestimated,
}

/// What all the candidate's reference calls say about their self-awareness.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Consistency {
    /// No referee has both a prediction and a rating yet.
    NotYet,
    /// Every compared referee is within a point: high self-awareness.
    Consistent,
    /// At least one referee rated the candidate well below their prediction.
    Overestimated,
    /// Referees rated the candidate above their predictions, none below.
    Underestimated,
}

/// One reference call, beside the candidate's prediction for that referee.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Referee {
    /// The reference call's session.
    pub session: SessionId,
    /// When the call was made.
    pub at: Timestamp,
    /// The referee's name.
    pub name: String,
    /// Where, and as what, they managed the candidate.
    pub employer: String,
    /// The candidate's title there.
    pub title: String,
    /// The rating the candidate predicted this referee would give, if they gave one.
    pub predicted: Option<u8>,
    /// The referee's own rating.
    pub actual: Option<u8>,
    /// Whether the candidate's consent to the call is recorded.
    pub consent: bool,
    /// The levels the referee's account supports, per criterion (as the caller scored it).
    pub levels: BTreeMap<CriterionId, u8>,
}

impl Referee {
    /// The referee's rating minus the prediction, once both are known.
    pub fn gap(&self) -> Option<i16> {
        Some(i16::from(self.actual?) - i16::from(self.predicted?))
    }

    /// How the rating compares with the prediction, once both are known.
    pub fn agreement(&self) -> Option<Agreement> {
        let gap = self.gap()?;
        Some(if gap.unsigned_abs() <= u16::from(CONSISTENT_WITHIN) {
            Agreement::Consistent
        } else if gap < 0 {
            Agreement::Overestimated
        } else {
            Agreement::Underestimated
        })
    }
}

/// A candidate's reference calls, oldest first, and what they add up to.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct References {
    /// Each call.
    pub referees: Vec<Referee>,
    /// The consistency note's class, by the rule in this module's documentation.
    pub consistency: Consistency,
}

impl References {
    /// The reference calls among `sessions` for the candidate whose sessions share
    /// `candidate` (see [`SessionSummary::candidate_key`]), each beside the latest
    /// prediction the candidate gave for that name in their other sessions.
    pub fn of<'a>(
        candidate: uuid::Uuid,
        sessions: impl IntoIterator<Item = &'a SessionSummary>,
    ) -> Self {
        let mut theirs: Vec<&SessionSummary> = sessions
            .into_iter()
            .filter(|s| s.candidate_key() == candidate)
            .collect();
        theirs.sort_by_key(|s| s.created);
        Self::among(&theirs)
    }

    /// The reference calls among one candidate's `sessions`, oldest first.
    pub fn among(theirs: &[&SessionSummary]) -> Self {
        let predictions: Vec<&(String, u8)> = theirs
            .iter()
            .filter(|s| s.reference.is_none())
            .flat_map(|s| &s.predictions)
            .collect();
        let referees: Vec<Referee> = theirs
            .iter()
            .filter_map(|s| {
                let reference = s.reference.as_ref()?;
                let call = &reference.call;
                Some(Referee {
                    session: s.id,
                    at: s.created,
                    name: call.referee.clone(),
                    employer: call.employer.clone(),
                    title: call.title.clone(),
                    predicted: predictions
                        .iter()
                        .rev()
                        .find(|(name, _)| same_name(name, &call.referee))
                        .map(|(_, r)| *r),
                    actual: reference.rating,
                    consent: reference.consent,
                    levels: s
                        .scorecards
                        .values()
                        .flat_map(|c| &c.levels)
                        .map(|(c, l)| (c.clone(), *l))
                        .collect(),
                })
            })
            .collect();
        References {
            consistency: consistency(&referees),
            referees,
        }
    }

    /// Whether there is any call to show.
    pub fn is_empty(&self) -> bool {
        self.referees.is_empty()
    }
}

/// The reference call to the manager of `role`, a deep-dive role of the candidate's session
/// `state`; `None` when the role names no manager.
pub fn call_to(state: &SessionState, role: &Role) -> Option<ReferenceCall> {
    let d = &role.details;
    let referee = d
        .manager
        .as_deref()
        .map(str::trim)
        .filter(|m| !m.is_empty())?;
    Some(ReferenceCall {
        session: state.header.id,
        role: role.id,
        referee: referee.to_owned(),
        employer: d.employer.clone(),
        title: d.title.clone(),
        why: d.call_reference.clone().unwrap_or_default(),
    })
}

/// The role of `state` whose manager is `name` (whatever the case and diacritics), one
/// marked for a reference call first.
pub fn role_managed_by<'a>(state: &'a SessionState, name: &str) -> Option<&'a Role> {
    let managed = |r: &&Role| {
        r.details
            .manager
            .as_deref()
            .is_some_and(|m| same_name(m, name))
    };
    let mut roles = state.roles.iter().filter(managed);
    let first = roles.clone().next();
    roles.find(|r| r.details.call_reference.is_some()).or(first)
}

/// Two facts in a line: where a referee managed the candidate and as what, "Acme · Agent"
/// (either may be empty).
pub fn place(employer: &str, title: &str) -> String {
    [employer.trim(), title.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The consistency note's class, by the rule in this module's documentation.
pub fn consistency(referees: &[Referee]) -> Consistency {
    let compared: Vec<Agreement> = referees.iter().filter_map(Referee::agreement).collect();
    if compared.is_empty() {
        Consistency::NotYet
    } else if compared.contains(&Agreement::Overestimated) {
        Consistency::Overestimated
    } else if compared.contains(&Agreement::Underestimated) {
        Consistency::Underestimated
    } else {
        Consistency::Consistent
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SelfAwareness;
    use crate::model::summary::{ReferenceSummary, Scorecard};
    use uuid::Uuid;

    fn session(n: u128, candidate: u128, day: i64) -> SessionSummary {
        SessionSummary {
            id: SessionId(Uuid::from_u128(n)),
            candidate: "Kari Nordmann".into(),
            role: "Support agent".into(),
            plan: "plan".into(),
            format: "deep-120".into(),
            created: crate::model::arbitrary::at(day * 86_400),
            last_activity: crate::model::arbitrary::at(day * 86_400),
            elapsed_ms: 0,
            ended: true,
            notes: 0,
            scorecards: BTreeMap::new(),
            candidate_id: Some(Uuid::from_u128(candidate)),
            consensus: None,
            flags: (0, 0),
            self_awareness: SelfAwareness::Incomplete,
            predictions: Vec::new(),
            reference: None,
        }
    }

    fn call(n: u128, candidate: u128, referee: &str, rating: Option<u8>) -> SessionSummary {
        let mut s = session(n, candidate, n as i64);
        s.format = "reference-10".into();
        s.reference = Some(ReferenceSummary {
            call: ReferenceCall {
                session: SessionId(Uuid::from_u128(1)),
                role: crate::model::EventId(Uuid::from_u128(9)),
                referee: referee.into(),
                employer: "Acme".into(),
                title: "Agent".into(),
                why: String::new(),
            },
            rating,
            consent: true,
        });
        s
    }

    #[test]
    fn each_call_meets_the_latest_prediction_for_its_referee() {
        let mut screen = session(1, 7, 0);
        screen.predictions = vec![("Per Olsen".into(), 9), ("Åse Berg".into(), 8)];
        let mut deep = session(2, 7, 1);
        deep.predictions = vec![("per  OLSEN".into(), 7)];
        let mut per = call(3, 7, "Per Olsen", Some(8));
        per.scorecards.insert(
            "ann".into(),
            Scorecard {
                submitted: false,
                levels: [("empathy".into(), 3)].into(),
                recommendation: None,
            },
        );
        let other = call(4, 8, "Per Olsen", Some(2));
        let refs = References::of(Uuid::from_u128(7), [&other, &per, &deep, &screen]);
        assert_eq!(refs.referees.len(), 1);
        let per = &refs.referees[0];
        assert_eq!(
            (per.predicted, per.actual, per.gap()),
            (Some(7), Some(8), Some(1))
        );
        assert_eq!(per.agreement(), Some(Agreement::Consistent));
        assert_eq!(per.levels.get(&CriterionId::from("empathy")), Some(&3));
        assert_eq!(refs.consistency, Consistency::Consistent);
    }

    #[test]
    fn the_note_follows_the_stated_rule() {
        let with = |pairs: &[(Option<u8>, Option<u8>)]| {
            let referees: Vec<Referee> = pairs
                .iter()
                .enumerate()
                .map(|(i, &(predicted, actual))| {
                    let s = call(i as u128 + 10, 7, "X", actual);
                    Referee {
                        session: s.id,
                        at: s.created,
                        name: "X".into(),
                        employer: String::new(),
                        title: String::new(),
                        predicted,
                        actual,
                        consent: true,
                        levels: BTreeMap::new(),
                    }
                })
                .collect();
            consistency(&referees)
        };
        assert_eq!(with(&[]), Consistency::NotYet);
        assert_eq!(
            with(&[(Some(8), None), (None, Some(8))]),
            Consistency::NotYet
        );
        assert_eq!(
            with(&[(Some(8), Some(9)), (Some(9), Some(8))]),
            Consistency::Consistent
        );
        assert_eq!(with(&[(Some(6), Some(8))]), Consistency::Underestimated);
        assert_eq!(
            with(&[(Some(6), Some(8)), (Some(9), Some(7))]),
            Consistency::Overestimated
        );
        assert_eq!(with(&[(Some(10), Some(8))]), Consistency::Overestimated);
    }
}
