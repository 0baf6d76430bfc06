//! The domain, pure: events, session state and its fold, the interview clock, scoring and the
//! 1–10 rule. No terminal, no files, no clock reads — time is always passed in.

pub mod agenda;
pub mod blind;
pub mod calibration;
pub mod clock;
pub mod compare;
pub mod debrief;
pub mod draft;
pub mod event;
pub mod ids;
pub mod lang;
pub mod plan;
pub mod rating;
pub mod references;
mod rfc3339;
pub mod score;
pub mod state;
pub mod summary;
pub mod trust;
pub mod union;

#[cfg(test)]
pub(crate) mod arbitrary;
#[cfg(test)]
mod fold_tests;

pub use clock::{Clock, ClockReading, SectionReading};
pub use draft::{Draft, DraftSchedule, last_alive};
pub use event::{
    Anchor, Decision, Event, EventKind, NoteKind, RatingSlot, ReferenceCall, RoleDetails,
    SessionCreated, SessionHeader, Timestamp,
};
pub use ids::{
    CriterionId, EventId, FormatId, NoteId, PlanId, QuestionId, RoleId, RubricId, SectionId,
    SessionId,
};
pub use lang::{Lang, Localized};
pub use plan::{
    Category, Criterion, CriterionText, Format, PlanSnapshot, Question, QuestionText, Rubric,
    Section,
};
pub use rating::{Rating, SelfAwareness};
pub use score::{Level, Recommendation, WeightedScore};
pub use state::{FoldError, Note, SessionState, fold, fold_as};
pub use summary::SessionSummary;

/// What starting the interview records, in order: the clock starts and the first section is
/// entered.
pub fn opening_events(plan: &PlanSnapshot) -> Vec<EventKind> {
    let mut kinds = vec![EventKind::ClockStarted];
    if let Some(first) = plan.format.sections.first() {
        kinds.push(EventKind::SectionEntered {
            section: first.id.clone(),
        });
    }
    kinds
}

/// The events `kinds` become when `author` records them together at `now`, on a session whose
/// clock is `clock`: each stamped with the interview clock as the ones before it leave it (a
/// pause then a note: the note's clock stops), and an id from `id`.
pub fn stamp(
    clock: &Clock,
    author: &str,
    now: Timestamp,
    kinds: impl IntoIterator<Item = EventKind>,
    mut id: impl FnMut() -> EventId,
) -> Vec<Event> {
    let mut clock = clock.clone();
    kinds
        .into_iter()
        .map(|kind| {
            let event = Event {
                id: id(),
                author: author.to_owned(),
                at: now,
                elapsed_ms: clock.elapsed_at(now),
                kind,
            };
            clock.apply(&event.kind, now);
            event
        })
        .collect()
}
