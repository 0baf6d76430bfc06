//! Exports: read-only folds of a session into files people and programs use.

mod json;

pub use json::{EXPORT_VERSION, to_json};
