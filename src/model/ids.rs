//! Identifiers: sessions, events, and the ids content gives to sections, questions and criteria.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Declares a UUID-backed id type. The model never generates ids (that needs a clock and
/// randomness); the store does, with [`Uuid::now_v7`], and passes them in.
macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

uuid_id!(
    /// A session's id: a UUID v7, so ids sort by creation time. Also the log's file name.
    SessionId
);
uuid_id!(
    /// An event's id: a UUID v7. Panel merge unions logs by this id.
    EventId
);

/// A note is named by the id of the event that added it.
pub type NoteId = EventId;
/// A deep-dive role is named by the id of the event that added it.
pub type RoleId = EventId;

/// Declares a string id given by content (bank, format, rubric files).
macro_rules! text_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }

        impl $name {
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
    };
}

text_id!(
    /// A question's id, stable across languages and bank versions.
    QuestionId
);
text_id!(
    /// A format section's id (e.g. `opening`, `goals`).
    SectionId
);
text_id!(
    /// A rubric criterion's id (e.g. `listening`).
    CriterionId
);
text_id!(
    /// A format's id (e.g. `screen-20`).
    FormatId
);
text_id!(
    /// A rubric's id.
    RubricId
);
text_id!(
    /// An interview plan's id.
    PlanId
);
