//! Serde for timestamps on the replay path: written as chrono writes them (RFC 3339 with
//! offset), read with chrono's dedicated RFC 3339 parser, which is several times faster than
//! the general one its serde support uses. Replay of a long log parses two per note.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::event::Timestamp;

/// Writes a timestamp as RFC 3339 with its offset.
pub fn serialize<S: Serializer>(t: &Timestamp, s: S) -> Result<S::Ok, S::Error> {
    t.serialize(s)
}

/// Reads an RFC 3339 timestamp with its offset.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Timestamp, D::Error> {
    let text = Cow::<str>::deserialize(d)?;
    chrono::DateTime::parse_from_rfc3339(&text).map_err(serde::de::Error::custom)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct T(#[serde(with = "super")] Timestamp);

    #[test]
    fn reads_what_chrono_writes_and_refuses_garbage() {
        let t =
            chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00.123456789+01:00").unwrap();
        let json = serde_json::to_string(&T(t)).unwrap();
        assert_eq!(json, "\"2026-11-23T10:00:00.123456789+01:00\"");
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), T(t));
        assert!(serde_json::from_str::<T>("\"yesterday\"").is_err());
    }
}
