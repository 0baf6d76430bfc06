//! Content: interview formats, rubrics and question banks, loaded from files into the model's
//! types. The built-in content ships in `question-banks/` and is embedded in the binary.

mod builtin;
mod format_file;

pub use builtin::{BUILTIN_FORMATS, Library};
pub use format_file::FormatFile;

/// The version of the shipped content, recorded in every session's plan snapshot.
pub const CONTENT_VERSION: &str = concat!("builtin-", env!("CARGO_PKG_VERSION"));

/// Why content could not be loaded or used.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    /// A content file is not valid.
    #[error("{file}:{line}:{column}: {message}")]
    Invalid {
        /// The file's name or path.
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// A format was asked for that does not exist.
    #[error("there is no format '{wanted}' (available: {available})")]
    UnknownFormat {
        /// The id asked for.
        wanted: String,
        /// The ids that exist, comma-separated.
        available: String,
    },
}

impl ContentError {
    /// Wraps a JSON error with the file it came from.
    pub fn from_json(file: &str, err: &serde_json::Error) -> Self {
        ContentError::Invalid {
            file: file.to_owned(),
            line: err.line(),
            column: err.column(),
            message: err.to_string(),
        }
    }
}
