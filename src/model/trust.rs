//! What a session from elsewhere (an import) must be before it is stored: ids of the form
//! rapport writes, each event once, and times that belong to the interview.

use std::collections::HashSet;

use chrono::{Duration, TimeZone};
use uuid::{Uuid, Version};

use super::event::{Event, EventKind, Timestamp};

/// How far an event may be dated after now (clocks of two laptops disagree a little).
const FUTURE_SLACK_HOURS: i64 = 24;

/// How far before the session's creation an event may be dated (the same).
const PAST_SLACK_HOURS: i64 = 1;

/// Why events from elsewhere were refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Untrusted {
    /// There are no events.
    #[error("it holds no events")]
    Empty,
    /// The first event does not create the session.
    #[error("it does not start with the session's creation")]
    NoCreation,
    /// An id is not a UUID of version 7, as rapport makes them.
    #[error("{what} {id} is not an id rapport makes (a UUID of version 7)")]
    BadId {
        /// Which id.
        what: &'static str,
        /// The id.
        id: Uuid,
    },
    /// The session was created before rapport could have made it, or in the future.
    #[error("the session is dated {at}, which cannot be right")]
    BadCreation {
        /// Its creation time.
        at: String,
    },
    /// An event is dated outside the interview.
    #[error(
        "event {id} is dated {at}, outside the session (created {created}); the file may have \
         been changed"
    )]
    OutOfSpan {
        /// The event.
        id: Uuid,
        /// Its time.
        at: String,
        /// The session's creation time.
        created: String,
    },
}

/// The events of a session from elsewhere, checked at `now`; an event repeated under the same
/// id is kept once (its first time).
pub fn check_foreign(events: Vec<Event>, now: Timestamp) -> Result<Vec<Event>, Untrusted> {
    let first = events.first().ok_or(Untrusted::Empty)?;
    let EventKind::SessionCreated(created) = &first.kind else {
        return Err(Untrusted::NoCreation);
    };
    let session = created.header.id.0;
    well_formed("the session id", session)?;
    let created_at = created.header.created;
    let earliest = chrono::Utc
        .with_ymd_and_hms(2020, 1, 1, 0, 0, 0)
        .single()
        .map(|t| t.fixed_offset())
        .unwrap_or(created_at);
    let latest = now + Duration::hours(FUTURE_SLACK_HOURS);
    if created_at < earliest || created_at > latest {
        return Err(Untrusted::BadCreation {
            at: created_at.to_rfc3339(),
        });
    }
    let from = created_at - Duration::hours(PAST_SLACK_HOURS);
    let mut seen = HashSet::new();
    let mut kept = Vec::with_capacity(events.len());
    for event in events {
        well_formed("the event id", event.id.0)?;
        if event.at < from || event.at > latest {
            return Err(Untrusted::OutOfSpan {
                id: event.id.0,
                at: event.at.to_rfc3339(),
                created: created_at.to_rfc3339(),
            });
        }
        if seen.insert(event.id) {
            kept.push(event);
        }
    }
    Ok(kept)
}

fn well_formed(what: &'static str, id: Uuid) -> Result<(), Untrusted> {
    if id.get_version() == Some(Version::SortRand) {
        Ok(())
    } else {
        Err(Untrusted::BadId { what, id })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::arbitrary::{at, created, note};
    use crate::model::{EventId, SessionId};

    fn session() -> Vec<Event> {
        let mut first = created();
        first.id = EventId(Uuid::now_v7());
        if let EventKind::SessionCreated(c) = &mut first.kind {
            c.header.id = SessionId(Uuid::now_v7());
            c.header.created = at(0);
        }
        let mut n = note(1, 30, "calm");
        n.id = EventId(Uuid::now_v7());
        vec![first, n]
    }

    #[test]
    fn a_sound_session_passes_and_a_repeated_event_is_kept_once() {
        let mut events = session();
        events.push(events[1].clone());
        assert_eq!(check_foreign(events, at(60)).unwrap().len(), 2);
    }

    #[test]
    fn ids_rapport_does_not_make_are_refused() {
        let mut events = session();
        if let EventKind::SessionCreated(c) = &mut events[0].kind {
            c.header.id = SessionId(Uuid::max());
        }
        let err = check_foreign(events, at(60)).unwrap_err();
        assert!(err.to_string().contains("the session id"), "{err}");
        let mut events = session();
        events[1].id = EventId(Uuid::from_u128(1));
        assert!(matches!(
            check_foreign(events, at(60)),
            Err(Untrusted::BadId {
                what: "the event id",
                ..
            })
        ));
    }

    #[test]
    fn times_outside_the_interview_are_refused() {
        let mut events = session();
        events[1].at = chrono::DateTime::parse_from_rfc3339("0001-01-01T00:00:00Z").unwrap();
        let err = check_foreign(events, at(60)).unwrap_err();
        assert!(err.to_string().contains("0001-01-01"), "{err}");
        let mut events = session();
        events[1].at = at(60) + Duration::days(400);
        assert!(matches!(
            check_foreign(events, at(60)),
            Err(Untrusted::OutOfSpan { .. })
        ));
        let mut events = session();
        if let EventKind::SessionCreated(c) = &mut events[0].kind {
            c.header.created = at(0) + Duration::days(3650);
        }
        assert!(matches!(
            check_foreign(events, at(60)),
            Err(Untrusted::BadCreation { .. })
        ));
    }
}
