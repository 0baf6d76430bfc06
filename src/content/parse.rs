//! Reading one content file strictly, with errors that point at the right place.

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::diagnostic::{Diagnostic, Severity, Source};
use super::files::FILE_VERSION;

/// Just the `"format"` version of a file, read first so a newer file gets a clear refusal
/// rather than a confusing complaint about fields this build does not know.
#[derive(Deserialize)]
struct VersionProbe {
    format: Option<u32>,
}

/// Parses a content file of type `T`, or says precisely why it cannot be.
pub fn parse<T: DeserializeOwned>(src: &Source) -> Result<T, Diagnostic> {
    if let Ok(VersionProbe {
        format: Some(version),
    }) = serde_json::from_str(src.text)
        && version != FILE_VERSION
    {
        let hint = if version > FILE_VERSION {
            "; update rapport to read it"
        } else {
            ""
        };
        return Err(src.at(
            Severity::Error,
            src.find_key("format"),
            None,
            format!("file format version {version} is not supported (this rapport reads version {FILE_VERSION}){hint}"),
        ));
    }
    serde_json::from_str(src.text).map_err(|err| from_serde(src, &err))
}

fn from_serde(src: &Source, err: &serde_json::Error) -> Diagnostic {
    let offset = src.offset_of(err.line(), err.column());
    let full = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    let what = full.strip_suffix(&suffix).unwrap_or(&full);
    let message = match err.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
            format!("invalid JSON: {what}")
        }
        _ => what.to_owned(),
    };
    let question = src.question_at(offset);
    src.at(Severity::Error, offset, question.as_deref(), message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::files::BankFile;

    fn bank_error(text: &str) -> Diagnostic {
        parse::<BankFile>(&Source::new("bank.json", text)).unwrap_err()
    }

    #[test]
    fn invalid_json_names_line_and_column() {
        let d = bank_error("{\n  \"format\": 1,\n  \"id\": }");
        assert_eq!((d.line, d.column), (3, 9));
        assert!(d.message.starts_with("invalid JSON"), "{d}");
        assert!(
            !d.message.contains("at line"),
            "the position is said once: {d}"
        );
    }

    #[test]
    fn a_newer_version_is_refused_clearly() {
        let d = bank_error("{\"format\": 2, \"id\": \"x\", \"novelty\": true}");
        assert!(d.message.contains("version 2 is not supported"), "{d}");
        assert!(d.message.contains("update rapport"), "{d}");
    }
}
