//! The on-disk shape of a format file (`question-banks/formats/*.json`).

use serde::Deserialize;

use crate::model::{Format, FormatId, Localized, Section, SectionId};

/// The format-file version this build reads.
pub const FORMAT_FILE_VERSION: u32 = 1;

/// A format as written in a file: budgets in minutes, which people think in.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormatFile {
    /// File-format version; must be [`FORMAT_FILE_VERSION`].
    pub format: u32,
    /// The format's id.
    pub id: FormatId,
    /// Title per language.
    pub title: Localized<String>,
    /// The agenda.
    pub sections: Vec<SectionFile>,
}

/// A section as written in a format file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFile {
    /// The section's id.
    pub id: SectionId,
    /// Its budget in minutes.
    pub budget_min: u32,
    /// Title per language.
    pub title: Localized<String>,
    /// A reminder for the interviewer, per language.
    #[serde(default)]
    pub hint: Localized<String>,
}

impl From<FormatFile> for Format {
    fn from(file: FormatFile) -> Self {
        Format {
            id: file.id,
            title: file.title,
            sections: file
                .sections
                .into_iter()
                .map(|s| Section {
                    id: s.id,
                    title: s.title,
                    hint: s.hint,
                    budget_s: s.budget_min * 60,
                    questions: Vec::new(),
                })
                .collect(),
        }
    }
}
