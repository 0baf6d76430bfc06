//! Errors and warnings about content files, each naming file, line, column and question.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::fmt;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The file cannot be used.
    Error,
    /// The file is used, but something is missing (e.g. a translation).
    Warning,
}

/// One finding about a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, as the user knows it.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// The question concerned, if any.
    pub question: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl Diagnostic {
    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}:{}:{}: {level}: ", self.file, self.line, self.column)?;
        if let Some(q) = &self.question {
            write!(f, "question '{q}': ")?;
        }
        f.write_str(&self.message)
    }
}

/// A content file's text, with the means to point into it. Where its lines start and where
/// each `"key": "value"` pair is are indexed on first use, so that pointing at thousands of
/// findings (a big bank missing a translation in every question) costs one pass over the file,
/// not one per finding.
#[derive(Debug, Clone)]
pub struct Source<'a> {
    /// The file's name or path.
    pub name: &'a str,
    /// Its contents.
    pub text: &'a str,
    /// Byte offsets where lines start.
    line_starts: OnceCell<Vec<usize>>,
    /// Per key asked for: each string value's offsets (at its opening quote), in order.
    pairs: RefCell<HashMap<String, HashMap<&'a str, Vec<usize>>>>,
}

impl<'a> Source<'a> {
    /// A source.
    pub fn new(name: &'a str, text: &'a str) -> Self {
        Source {
            name,
            text,
            line_starts: OnceCell::new(),
            pairs: RefCell::new(HashMap::new()),
        }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.text, offset);
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        let line = starts.partition_point(|&start| start <= offset);
        let line_start = starts[line.saturating_sub(1)];
        (line, self.text[line_start..offset].chars().count() + 1)
    }

    /// The byte offset of a 1-based line and column as serde_json reports them (bytes).
    pub fn offset_of(&self, line: usize, column: usize) -> usize {
        let line_start: usize = self
            .text
            .split_inclusive('\n')
            .take(line.saturating_sub(1))
            .map(str::len)
            .sum();
        (line_start + column.saturating_sub(1)).min(self.text.len())
    }

    /// Where the `nth` (0-based) `"key": "value"` pair is, pointing at the value; falls back
    /// to the first occurrence of the value, then to the start of the file.
    pub fn find_pair(&self, key: &str, value: &str, nth: usize) -> usize {
        let mut pairs = self.pairs.borrow_mut();
        let of_key = pairs
            .entry(key.to_owned())
            .or_insert_with(|| index_pairs(self.text, key));
        of_key
            .get(value)
            .and_then(|offsets| offsets.get(nth).copied())
            .or_else(|| self.text.find(&format!("\"{value}\"")))
            .unwrap_or(0)
    }

    /// Where `"value"` first appears at or after byte `from` (else anywhere, else `from`).
    pub fn find_value_after(&self, value: &str, from: usize) -> usize {
        let quoted = format!("\"{value}\"");
        let from = floor_char_boundary(self.text, from);
        self.text[from..]
            .find(&quoted)
            .map(|at| from + at)
            .or_else(|| self.text.find(&quoted))
            .unwrap_or(from)
    }

    /// Where a key first appears (pointing at its quote), or the start of the file.
    pub fn find_key(&self, key: &str) -> usize {
        self.text.find(&format!("\"{key}\"")).unwrap_or(0)
    }

    /// The id of the question whose text surrounds `offset`: the last `"id"` before it inside
    /// the `"questions"` array.
    pub fn question_at(&self, offset: usize) -> Option<String> {
        let questions = self.text.find("\"questions\"")?;
        let upto = &self.text[..floor_char_boundary(self.text, offset)];
        let id_key = upto.rfind("\"id\"").filter(|&at| at > questions)?;
        let rest = self.text[id_key + 4..]
            .trim_start()
            .strip_prefix(':')?
            .trim_start();
        let value = rest.strip_prefix('"')?;
        value.find('"').map(|end| value[..end].to_owned())
    }

    /// A finding at a byte offset.
    pub fn at(
        &self,
        severity: Severity,
        offset: usize,
        question: Option<&str>,
        message: impl Into<String>,
    ) -> Diagnostic {
        let (line, column) = self.position(offset);
        Diagnostic {
            severity,
            file: self.name.to_owned(),
            line,
            column,
            question: question.map(str::to_owned),
            message: message.into(),
        }
    }
}

/// Every `"key": "value"` pair of `text`: each value (as written, escapes and all) with the
/// offsets of its opening quote, in order.
fn index_pairs<'a>(text: &'a str, key: &str) -> HashMap<&'a str, Vec<usize>> {
    let quoted_key = format!("\"{key}\"");
    let mut pairs: HashMap<&str, Vec<usize>> = HashMap::new();
    for (at, _) in text.match_indices(&quoted_key) {
        let after = &text[at + quoted_key.len()..];
        let Some(rest) = after.trim_start().strip_prefix(':') else {
            continue;
        };
        let rest = rest.trim_start();
        let Some(value) = rest.strip_prefix('"') else {
            continue;
        };
        let quote = text.len() - rest.len();
        if let Some(end) = value.find('"') {
            pairs.entry(&value[..end]).or_default().push(quote);
        }
    }
    pairs
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"id\": \"bank\",\n  \"questions\": [\n    { \"id\": \"q1\", \"x\": \"q1\" },\n    { \"id\": \"q1\" }\n  ]\n}";

    #[test]
    fn finds_pairs_by_key_and_occurrence() {
        let src = Source::new("b.json", TEXT);
        assert_eq!(src.position(src.find_pair("id", "q1", 0)), (4, 13));
        assert_eq!(src.position(src.find_pair("id", "q1", 1)), (5, 13));
        assert_eq!(src.position(src.find_key("questions")), (3, 3));
    }

    #[test]
    fn names_the_surrounding_question() {
        let src = Source::new("b.json", TEXT);
        let inside = TEXT.find("\"x\"").unwrap();
        assert_eq!(src.question_at(inside).as_deref(), Some("q1"));
        assert_eq!(
            src.question_at(3),
            None,
            "before the questions, there is none"
        );
    }

    #[test]
    fn columns_count_characters_and_offsets_never_split_one() {
        let src = Source::new("b.json", "{\"t\": \"客户\", \"x\": 1}");
        let x = src.text.find("\"x\"").unwrap();
        assert_eq!(src.position(x), (1, 13));
        assert_eq!(src.position(x - 5), (1, 9)); // inside 户, rounded down to its start
    }
}
