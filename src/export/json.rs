//! The lossless JSON export: header, every event, and the folded state.

use serde::Serialize;

use crate::model::{ClockReading, Event, SessionHeader, SessionState, Timestamp};

/// The version of the export's shape.
pub const EXPORT_VERSION: u32 = 1;

/// A rapport session export: everything needed to read the session again (`events` alone
/// rebuild it), with the folded state for convenience.
#[derive(Serialize, schemars::JsonSchema)]
#[schemars(title = "rapport session export")]
struct Export<'a> {
    /// The export's format version.
    rapport_export: u32,
    /// When the export was made.
    exported_at: Timestamp,
    /// Who, what and which plan.
    header: &'a SessionHeader,
    /// The interview clock at the end (or at export time, if the session is open).
    clock: ClockReading,
    /// The state folded from the events.
    state: &'a SessionState,
    /// Every event of the session's log, in order.
    events: &'a [Event],
}

/// The JSON Schema of the JSON export (draft 2020-12).
pub fn schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Export<'static>)).unwrap_or_default()
}

/// The session as a JSON value. The clock is read at the session's end, or at `now` while it
/// is still open.
pub fn to_json_value(
    events: &[Event],
    state: &SessionState,
    now: Timestamp,
) -> Result<serde_json::Value, serde_json::Error> {
    serde_json::to_value(Export {
        rapport_export: EXPORT_VERSION,
        exported_at: now,
        header: &state.header,
        clock: state.clock_at(state.ended_at.unwrap_or(now)),
        state,
        events,
    })
}

/// The session as pretty-printed JSON (see [`to_json_value`]).
pub fn to_json(
    events: &[Event],
    state: &SessionState,
    now: Timestamp,
) -> Result<String, serde_json::Error> {
    let mut text = serde_json::to_string_pretty(&to_json_value(events, state, now)?)?;
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::arbitrary::{at, created, note};
    use crate::model::fold;

    #[test]
    fn the_export_holds_every_event_and_the_state() {
        let events = vec![created(), note(1, 30, "calm under pressure")];
        let state = fold(&events).unwrap();
        let json: serde_json::Value =
            serde_json::from_str(&to_json(&events, &state, at(60)).unwrap()).unwrap();
        assert_eq!(json["rapport_export"], 1);
        assert_eq!(json["header"]["candidate"], "Kari Nordmann");
        let back: Vec<Event> = serde_json::from_value(json["events"].clone()).unwrap();
        assert_eq!(back, events);
        assert_eq!(json["state"]["notes"][0]["text"], "calm under pressure");
    }
}
