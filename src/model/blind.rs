//! Blind until you submit: what one panelist may see of the others.
//!
//! Good practice has each panelist score on their own before the panel compares (DOMAIN.md
//! §5). Until `viewer` has submitted, the other panelists' notes, scores, recommendations and
//! rationales are left out of everything shown on the viewer's machine, screens and exports
//! alike, and only counted ([`Withheld`]). Once the viewer submits, everything shows. Facts
//! about the candidate that anyone records (roles, the 1–10 rule, answers) are never withheld.

use std::collections::BTreeMap;

use serde::Serialize;

use super::event::{Event, EventKind};
use super::state::SessionState;

/// What is kept from the viewer about one other panelist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Withheld {
    /// The other panelist.
    pub panelist: String,
    /// How many of their notes are hidden.
    pub notes: usize,
    /// How many criteria they have scored.
    pub scored: usize,
    /// Whether they have submitted.
    pub submitted: bool,
}

/// Whether `viewer` sees everything: they have submitted.
pub fn sees_all(state: &SessionState, viewer: &str) -> bool {
    state
        .panelists
        .get(viewer)
        .is_some_and(|p| p.submitted_at.is_some())
}

/// Whether `event` is one of another panelist's own judgements, withheld from a viewer who
/// has not submitted.
fn is_withheld(event: &Event, viewer: &str) -> bool {
    event.author != viewer
        && matches!(
            event.kind,
            EventKind::NoteAdded { .. }
                | EventKind::NoteEdited { .. }
                | EventKind::NoteDeleted { .. }
                | EventKind::NoteRestored { .. }
                | EventKind::ScoreSet { .. }
                | EventKind::RecommendationSet { .. }
        )
}

/// The events `viewer` may see, given the session they fold into: all of them once the viewer
/// has submitted, else all but the other panelists' notes and scorecards.
pub fn visible_events<'a>(
    events: &'a [Event],
    state: &SessionState,
    viewer: &str,
) -> Vec<&'a Event> {
    let all = sees_all(state, viewer);
    events
        .iter()
        .filter(|e| all || !is_withheld(e, viewer))
        .collect()
}

/// The session as `viewer` may see it (see the module's documentation).
/// What is withheld is counted in [`SessionState::withheld`].
pub fn seen_by(events: &[Event], state: &SessionState, viewer: &str) -> SessionState {
    view(events, state, viewer).1
}

/// The events `viewer` may see, and the session they fold into as the viewer ([`seen_by`]).
pub fn view(events: &[Event], state: &SessionState, viewer: &str) -> (Vec<Event>, SessionState) {
    let visible: Vec<Event> = visible_events(events, state, viewer)
        .into_iter()
        .cloned()
        .collect();
    // Folded as the viewer, with their own clock. The first event creates the session and is
    // never withheld, so this cannot fail.
    let mut seen = super::state::fold_as(&visible, Some(viewer)).unwrap_or_else(|_| state.clone());
    seen.withheld = withheld(events, state, viewer);
    (visible, seen)
}

/// What is withheld from `viewer`, per other panelist (nothing once they have submitted).
pub fn withheld(events: &[Event], state: &SessionState, viewer: &str) -> Vec<Withheld> {
    if sees_all(state, viewer) {
        return Vec::new();
    }
    let mut notes: BTreeMap<&str, usize> = BTreeMap::new();
    for n in state
        .notes
        .iter()
        .filter(|n| !n.deleted && n.author != viewer)
    {
        *notes.entry(n.author.as_str()).or_default() += 1;
    }
    let mut others: Vec<&str> = notes.keys().copied().collect();
    for p in state.panelists.keys() {
        if p != viewer && !others.contains(&p.as_str()) {
            others.push(p);
        }
    }
    // Someone whose only events were withheld still counts as there.
    for e in events.iter().filter(|e| is_withheld(e, viewer)) {
        if !others.contains(&e.author.as_str()) {
            others.push(&e.author);
        }
    }
    others.sort_unstable();
    others
        .into_iter()
        .map(|p| {
            let card = state.panelists.get(p);
            Withheld {
                panelist: p.to_owned(),
                notes: notes.get(p).copied().unwrap_or(0),
                scored: card.map_or(0, |c| {
                    c.scores.values().filter(|s| s.level.is_some()).count()
                }),
                submitted: card.is_some_and(|c| c.submitted_at.is_some()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::arbitrary::{at, created};
    use crate::model::{EventId, Level, NoteKind, Recommendation, fold};
    use uuid::Uuid;

    fn by(author: &str, s: i64, kind: EventKind) -> Event {
        Event {
            id: EventId(Uuid::now_v7()),
            author: author.into(),
            at: at(s),
            elapsed_ms: s as u64 * 1000,
            kind,
        }
    }

    fn note(author: &str, s: i64, text: &str) -> Event {
        by(
            author,
            s,
            EventKind::NoteAdded {
                note_kind: NoteKind::Note,
                text: text.into(),
                anchor: Default::default(),
                started_at: at(s),
                started_ms: s as u64 * 1000,
            },
        )
    }

    fn score(author: &str, s: i64, level: u8) -> Event {
        let criterion = match &created().kind {
            EventKind::SessionCreated(c) => c.plan.rubric.criteria[0].id.clone(),
            _ => unreachable!(),
        };
        by(
            author,
            s,
            EventKind::ScoreSet {
                criterion,
                level: Level::try_from(level).ok(),
                evidence: vec![],
            },
        )
    }

    fn panel() -> Vec<Event> {
        vec![
            created(),
            note("ann", 10, "ann's note"),
            note("ola", 11, "ola's note"),
            score("ann", 20, 3),
            score("ola", 21, 1),
            by(
                "ola",
                22,
                EventKind::RecommendationSet {
                    recommendation: Recommendation::No,
                    rationale: "ola's reason".into(),
                },
            ),
            by("ola", 23, EventKind::PanelistSubmitted),
        ]
    }

    #[test]
    fn before_submitting_a_panelist_sees_only_their_own_and_counts_of_the_rest() {
        let events = panel();
        let state = fold(&events).unwrap();
        let ann = seen_by(&events, &state, "ann");
        assert_eq!(ann.notes.len(), 1);
        assert_eq!(ann.notes[0].text, "ann's note");
        assert!(ann.panelists.get("ola").is_none_or(|o| o.scores.is_empty()));
        assert!(
            ann.panelists
                .get("ola")
                .is_none_or(|o| o.recommendation.is_none())
        );
        assert_eq!(
            withheld(&events, &state, "ann"),
            [Withheld {
                panelist: "ola".into(),
                notes: 1,
                scored: 1,
                submitted: true
            }]
        );
        assert!(
            ann.panelists["ola"].submitted_at.is_some(),
            "that Ola submitted shows"
        );
    }

    #[test]
    fn after_submitting_everything_shows() {
        let mut events = panel();
        events.push(by("ann", 30, EventKind::PanelistSubmitted));
        let state = fold(&events).unwrap();
        assert_eq!(seen_by(&events, &state, "ann"), state);
        assert!(withheld(&events, &state, "ann").is_empty());
        // Ola submitted first: from then on Ola saw Ann's scores as they came.
        assert_eq!(seen_by(&events, &state, "ola").notes.len(), 2);
    }

    #[test]
    fn a_panelist_alone_or_a_viewer_outside_the_panel() {
        let events = vec![created(), note("ann", 10, "mine")];
        let state = fold(&events).unwrap();
        assert_eq!(seen_by(&events, &state, "ann"), state);
        let outsider = seen_by(&events, &state, "hr");
        assert!(
            outsider.notes.is_empty(),
            "someone who scored nothing sees nothing"
        );
        assert_eq!(withheld(&events, &state, "hr")[0].notes, 1);
    }
}
