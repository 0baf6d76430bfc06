//! What a list of sessions shows about each one, small enough to keep for thousands.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{
    CriterionId, Decision, FormatId, NoteKind, PlanId, Recommendation, ReferenceCall,
    SelfAwareness, SessionId, SessionState, Timestamp,
};

/// One panelist's levels in a session, for comparing sessions without reading their logs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scorecard {
    /// Whether they have submitted.
    pub submitted: bool,
    /// Their level (1–4) per criterion scored; criteria not assessed are left out.
    pub levels: BTreeMap<CriterionId, u8>,
    /// Their overall recommendation.
    #[serde(default)]
    pub recommendation: Option<Recommendation>,
}

/// One session in a list: who, what, when, how far it got. Derived from the folded state and
/// cheap to store, so a list never has to read whole logs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionSummary {
    /// The session's id.
    pub id: SessionId,
    /// The candidate's name.
    pub candidate: String,
    /// The role being hired for.
    pub role: String,
    /// The plan it follows.
    pub plan: PlanId,
    /// Its format.
    pub format: FormatId,
    /// When it was created.
    #[serde(with = "super::rfc3339")]
    pub created: Timestamp,
    /// The time of its latest event.
    #[serde(with = "super::rfc3339")]
    pub last_activity: Timestamp,
    /// Interview time on the clock at the latest event (pauses excluded).
    pub elapsed_ms: u64,
    /// Whether the session has ended.
    pub ended: bool,
    /// Notes not deleted.
    pub notes: usize,
    /// Each panelist's scorecard, by panelist.
    #[serde(default)]
    pub scorecards: BTreeMap<String, Scorecard>,
    /// The candidate's stable id, when the session has one.
    #[serde(default)]
    pub candidate_id: Option<uuid::Uuid>,
    /// What the panel decided, once recorded.
    #[serde(default)]
    pub consensus: Option<Decision>,
    /// Red and green flags among the notes not deleted.
    #[serde(default)]
    pub flags: (usize, usize),
    /// The 1–10 rule's verdict.
    #[serde(default = "incomplete")]
    pub self_awareness: SelfAwareness,
    /// The 1–10 rule's predictions that name their person, as (name, rating).
    #[serde(default)]
    pub predictions: Vec<(String, u8)>,
    /// In a reference call: the referee, their rating, and whether consent is recorded.
    #[serde(default)]
    pub reference: Option<ReferenceSummary>,
}

/// What a reference call's session adds to a list: enough to set it beside the candidate's
/// own prediction without reading its log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceSummary {
    /// Whose referee, chosen where.
    pub call: ReferenceCall,
    /// The referee's own rating of the candidate, 1–10.
    pub rating: Option<u8>,
    /// Whether the candidate's consent to the call is recorded.
    pub consent: bool,
}

impl SessionSummary {
    /// The key a candidate's sessions share: their candidate id, or (for a session from
    /// before candidate ids) the session's own id, which later sessions inherit.
    pub fn candidate_key(&self) -> uuid::Uuid {
        self.candidate_id.unwrap_or(self.id.0)
    }
}

fn incomplete() -> SelfAwareness {
    SelfAwareness::Incomplete
}

impl SessionSummary {
    /// Summarizes a folded session. The clock is read at the last event, so a session left
    /// open does not appear to run on for days.
    pub fn of(state: &SessionState) -> Self {
        let h = &state.header;
        let reading = state.clock_at(state.last_event_at);
        SessionSummary {
            id: h.id,
            candidate: h.candidate.clone(),
            role: h.role.clone(),
            plan: h.plan.clone(),
            format: h.format.clone(),
            created: h.created,
            last_activity: state.last_event_at,
            elapsed_ms: reading.elapsed_ms,
            ended: reading.ended,
            notes: state.notes.iter().filter(|n| !n.deleted).count(),
            scorecards: state
                .panelists
                .iter()
                .map(|(name, card)| {
                    let levels = card
                        .scores
                        .iter()
                        .filter_map(|(c, s)| Some((c.clone(), s.level?.get())))
                        .collect();
                    let scorecard = Scorecard {
                        submitted: card.submitted_at.is_some(),
                        levels,
                        recommendation: card.recommendation.as_ref().map(|(r, _)| *r),
                    };
                    (name.clone(), scorecard)
                })
                .collect(),
            candidate_id: h.candidate_id,
            consensus: state.consensus.as_ref().map(|c| c.decision),
            flags: {
                let count = |kind| {
                    state
                        .notes
                        .iter()
                        .filter(|n| !n.deleted && n.kind == kind)
                        .count()
                };
                (count(NoteKind::RedFlag), count(NoteKind::GreenFlag))
            },
            self_awareness: state.self_awareness(),
            predictions: state
                .ratings
                .values()
                .filter_map(|p| Some((p.name.clone()?, p.rating?.get())))
                .collect(),
            reference: h.reference.as_ref().map(|call| ReferenceSummary {
                call: call.clone(),
                rating: state.referee_rating.map(|r| r.get()),
                consent: state.consent.is_some(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EventKind;
    use crate::model::arbitrary::{at, created, event, note};
    use crate::model::fold;

    #[test]
    fn an_open_session_is_summarized_as_of_its_last_event() {
        let state = fold(&[
            created(),
            event(1, 0, EventKind::ClockStarted),
            note(2, 90, "calm under pressure"),
            note(3, 120, "asked about shifts"),
            event(
                4,
                130,
                EventKind::NoteDeleted {
                    note: crate::model::arbitrary::id(3),
                },
            ),
        ])
        .unwrap();
        let summary = SessionSummary::of(&state);
        assert_eq!(summary.last_activity, at(130));
        assert_eq!(summary.elapsed_ms, 130_000);
        assert!(!summary.ended);
        assert_eq!(summary.notes, 1);
        assert_eq!(summary.candidate, state.header.candidate);
    }

    #[test]
    fn an_ended_session_says_so() {
        let state = fold(&[
            created(),
            event(1, 0, EventKind::ClockStarted),
            event(2, 600, EventKind::SessionEnded),
        ])
        .unwrap();
        let summary = SessionSummary::of(&state);
        assert!(summary.ended);
        assert_eq!(summary.elapsed_ms, 600_000);
    }
}
