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
    crate::schema::of::<Export<'static>>()
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
    pretty(&to_json_value(events, state, now)?)
}

/// `value` as pretty-printed JSON ending in a newline, with DEL, C1 controls and
/// bidirectional overrides written as `\uXXXX` escapes (serde_json escapes the C0 ones):
/// the file reads back exactly, and holds nothing a terminal or an editor would act on.
pub fn pretty(value: &impl Serialize) -> Result<String, serde_json::Error> {
    let mut bytes = Vec::new();
    let formatter = Escaping(serde_json::ser::PrettyFormatter::new());
    value.serialize(&mut serde_json::Serializer::with_formatter(
        &mut bytes, formatter,
    ))?;
    bytes.push(b'\n');
    // serde_json writes UTF-8 only.
    String::from_utf8(bytes).map_err(|e| serde::ser::Error::custom(e.to_string()))
}

/// serde_json's pretty formatter, escaping what [`crate::text::visible`] calls hostile.
struct Escaping<'a>(serde_json::ser::PrettyFormatter<'a>);

impl serde_json::ser::Formatter for Escaping<'_> {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut from = 0;
        for (at, c) in fragment.char_indices() {
            if crate::text::visible::is_hostile(c) {
                writer.write_all(&fragment.as_bytes()[from..at])?;
                write!(writer, "\\u{:04x}", c as u32)?;
                from = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[from..])
    }

    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
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
