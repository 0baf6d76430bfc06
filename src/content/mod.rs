//! Content: question banks, formats, rubrics and interview plans, as validated data.
//!
//! The built-in content ships in `question-banks/` and is embedded in the binary; the user's
//! own files live in the config folder's `banks/`, `formats/`, `rubrics/` and `plans/`. Both go
//! through the same parser and checks. A bad user file is skipped with its findings, and
//! everything else still loads.

mod builtin;
mod checks;
mod diagnostic;
pub mod files;
mod library;
mod parse;
mod user;

#[cfg(test)]
mod tests;

pub use diagnostic::{Diagnostic, Severity, Source};
pub use library::{Library, Prepared, snapshot_question};
pub use user::{load_paths, load_with_user};

/// The version of the shipped content, recorded in every session's plan snapshot.
pub const CONTENT_VERSION: &str = concat!("builtin-", env!("CARGO_PKG_VERSION"));

/// The built-in plan, used when `rapport new` names none.
pub const DEFAULT_PLAN: &str = "customer-service-agent";

/// The kinds of content file, in the order they load (each may refer to the ones before).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A rubric (`rubrics/`).
    Rubric,
    /// A question bank (`banks/`).
    Bank,
    /// A format (`formats/`).
    Format,
    /// An interview plan (`plans/`).
    Plan,
}

impl Kind {
    /// Every kind, in load order.
    pub const ALL: [Kind; 4] = [Kind::Rubric, Kind::Bank, Kind::Format, Kind::Plan];

    /// The folder files of this kind live in.
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Rubric => "rubrics",
            Kind::Bank => "banks",
            Kind::Format => "formats",
            Kind::Plan => "plans",
        }
    }

    /// The kind a file's contents look like, by their distinctive top-level field.
    pub fn sniff(text: &str) -> Option<Kind> {
        let value: serde_json::Value = serde_json::from_str(text).ok()?;
        let has = |key| value.get(key).is_some();
        if has("questions") {
            Some(Kind::Bank)
        } else if has("variants") {
            Some(Kind::Plan)
        } else if has("criteria") {
            Some(Kind::Rubric)
        } else if has("sections") {
            Some(Kind::Format)
        } else {
            None
        }
    }
}

/// One content file to load.
#[derive(Debug, Clone)]
pub struct Input {
    /// What kind of file it is.
    pub kind: Kind,
    /// Its name or path, as the user knows it.
    pub name: String,
    /// Its contents.
    pub text: String,
    /// Whether it ships with rapport.
    pub builtin: bool,
}

/// Why content cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    /// The built-in content has errors (a bug in this build).
    #[error("the built-in content is broken:\n{}", list(.0))]
    Builtin(Vec<Diagnostic>),
    /// No plan has this id.
    #[error("there is no plan '{wanted}' (available: {available})")]
    UnknownPlan {
        /// The id asked for.
        wanted: String,
        /// The ids there are.
        available: String,
    },
    /// The plan has no variant for this format.
    #[error("the plan '{plan}' has no '{wanted}' format (it has: {available})")]
    FormatNotInPlan {
        /// The plan.
        plan: String,
        /// The format asked for.
        wanted: String,
        /// The formats it has.
        available: String,
    },
    /// Content that was checked on load turned out inconsistent (a bug).
    #[error("the loaded content is inconsistent: a {0} is missing")]
    Inconsistent(String),
}

/// The JSON Schema of a kind of content file, generated from its Rust type.
pub fn schema(kind: Kind) -> serde_json::Value {
    match kind {
        Kind::Bank => crate::schema::of::<files::BankFile>(),
        Kind::Format => crate::schema::of::<files::FormatFile>(),
        Kind::Rubric => crate::schema::of::<files::RubricFile>(),
        Kind::Plan => crate::schema::of::<files::PlanFile>(),
    }
}

fn list(findings: &[Diagnostic]) -> String {
    findings
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}
