//! The built-in content, embedded at build time so rapport works from any directory.

use super::format_file::{FORMAT_FILE_VERSION, FormatFile};
use super::{CONTENT_VERSION, ContentError};
use crate::model::{Format, Localized, PlanSnapshot, Rubric};

/// The built-in format files: (file name, contents).
pub const BUILTIN_FORMATS: &[(&str, &str)] = &[(
    "screen-20.json",
    include_str!("../../question-banks/formats/screen-20.json"),
)];

/// The content rapport knows: formats (and, later, rubrics, banks and plans).
#[derive(Debug, Clone)]
pub struct Library {
    formats: Vec<Format>,
}

impl Library {
    /// Loads the built-in content.
    pub fn builtin() -> Result<Self, ContentError> {
        let formats = BUILTIN_FORMATS
            .iter()
            .map(|(name, text)| parse_format(name, text))
            .collect::<Result<_, _>>()?;
        Ok(Library { formats })
    }

    /// Every format, in load order.
    pub fn formats(&self) -> &[Format] {
        &self.formats
    }

    /// The plan snapshot a new session on format `format` starts from.
    pub fn plan_snapshot(&self, format: &str) -> Result<PlanSnapshot, ContentError> {
        let found = self.formats.iter().find(|f| f.id.as_str() == format);
        let format = found.cloned().ok_or_else(|| ContentError::UnknownFormat {
            wanted: format.to_owned(),
            available: self
                .formats
                .iter()
                .map(|f| f.id.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        })?;
        Ok(PlanSnapshot {
            content_version: CONTENT_VERSION.to_owned(),
            format,
            rubric: Rubric {
                id: "none".into(),
                version: 0,
                title: Localized::new(),
                criteria: Vec::new(),
            },
            questions: Vec::new(),
        })
    }
}

fn parse_format(name: &str, text: &str) -> Result<Format, ContentError> {
    let file: FormatFile =
        serde_json::from_str(text).map_err(|e| ContentError::from_json(name, &e))?;
    if file.format != FORMAT_FILE_VERSION {
        return Err(ContentError::Invalid {
            file: name.to_owned(),
            line: 1,
            column: 1,
            message: format!(
                "format version {} is not supported (this rapport reads version {FORMAT_FILE_VERSION})",
                file.format
            ),
        });
    }
    Ok(file.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    #[test]
    fn the_builtin_screen_is_twenty_minutes_in_every_language() {
        let lib = Library::builtin().unwrap();
        let plan = lib.plan_snapshot("screen-20").unwrap();
        assert_eq!(plan.format.budget_ms(), 20 * 60_000);
        for section in &plan.format.sections {
            for lang in Lang::ALL {
                assert!(
                    section.title.contains_key(&lang),
                    "{} lacks {lang}",
                    section.id
                );
                assert!(
                    section.hint.contains_key(&lang),
                    "{} lacks a {lang} hint",
                    section.id
                );
            }
        }
    }

    #[test]
    fn an_unknown_format_names_the_ones_there_are() {
        let err = Library::builtin()
            .unwrap()
            .plan_snapshot("deep-999")
            .unwrap_err();
        assert!(err.to_string().contains("screen-20"), "{err}");
    }

    #[test]
    fn a_broken_format_file_names_line_and_column() {
        let err = parse_format("x.json", "{\n  \"format\": 1,\n  \"id\": }").unwrap_err();
        let ContentError::Invalid { line, column, .. } = err else {
            panic!("{err}")
        };
        assert_eq!((line, column), (3, 9));
    }
}
