//! `--redact`: people's names replaced by their initials, everywhere in an export — headers,
//! notes, answers, rationale — so a report can travel further than the hiring team.

use serde_json::Value;

use crate::model::SessionState;

/// The names to hide and what stands in for them.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    /// (text to find, replacement), longest first so a full name goes before its parts.
    names: Vec<(String, String)>,
}

impl Redactor {
    /// Hides the candidate's name and the names of referees (the deep-dive roles' managers
    /// and the people of the 1–10 rule), each in full and each part of it on its own.
    pub fn for_session(state: &SessionState) -> Self {
        let people = std::iter::once(state.header.candidate.as_str())
            .chain(
                state
                    .roles
                    .iter()
                    .filter_map(|r| r.details.manager.as_deref()),
            )
            .chain(state.ratings.values().filter_map(|r| r.name.as_deref()));
        let mut names = Vec::new();
        for person in people {
            let parts: Vec<&str> = person.split_whitespace().collect();
            if parts.is_empty() {
                continue;
            }
            names.push((parts.join(" "), initials(&parts)));
            if parts.len() > 1 {
                for part in &parts {
                    // One letter (or one CJK character) is too little to find safely.
                    if part.chars().count() > 1 {
                        names.push(((*part).to_owned(), initials(&[part])));
                    }
                }
            }
        }
        // A CJK name written without spaces has no parts; its surname alone is still it.
        names.sort_by_key(|(name, _)| std::cmp::Reverse(name.chars().count()));
        names.dedup_by(|a, b| a.0 == b.0);
        Redactor { names }
    }

    /// `text` with every name replaced; and how many replacements were made.
    pub fn text(&self, text: &str) -> (String, usize) {
        let mut out = text.to_owned();
        let mut count = 0;
        for (name, initials) in &self.names {
            let (next, n) = replace_words(&out, name, initials);
            out = next;
            count += n;
        }
        (out, count)
    }

    /// Replaces names in `text` in place; returns the number of replacements.
    pub fn field(&self, text: &mut String) -> usize {
        let (redacted, n) = self.text(text);
        *text = redacted;
        n
    }

    /// Replaces names in every string of a JSON value (keys stay as they are); returns the
    /// number of replacements.
    pub fn json(&self, value: &mut Value) -> usize {
        match value {
            Value::String(s) => self.field(s),
            Value::Array(items) => items.iter_mut().map(|v| self.json(v)).sum(),
            Value::Object(map) => map.values_mut().map(|v| self.json(v)).sum(),
            Value::Null | Value::Bool(_) | Value::Number(_) => 0,
        }
    }
}

/// "Kari Nordmann" → "K. N."; "王小明" → "王."
fn initials(parts: &[&str]) -> String {
    parts
        .iter()
        .filter_map(|p| p.chars().next())
        .map(|c| format!("{c}."))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Replaces whole-word occurrences of `word` (not inside a longer word: "Ann" is not replaced
/// in "Anna"). CJK text has no spaces, so there any occurrence counts.
fn replace_words(text: &str, word: &str, with: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut count = 0;
    let mut rest = text;
    while let Some(at) = rest.find(word) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + word.len()..].chars().next();
        let joined = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() && !is_cjk(c));
        // A CJK name has no spaces around it in running text; any other must stand alone.
        let starts_ok = !joined(before) || starts_cjk(word);
        let ends_ok = !joined(after) || ends_cjk(word);
        let whole = starts_ok && ends_ok;
        out.push_str(&rest[..at]);
        if whole {
            out.push_str(with);
            count += 1;
        } else {
            out.push_str(word);
        }
        rest = &rest[at + word.len()..];
    }
    out.push_str(rest);
    (out, count)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

fn starts_cjk(word: &str) -> bool {
    word.chars().next().is_some_and(is_cjk)
}

fn ends_cjk(word: &str) -> bool {
    word.chars().next_back().is_some_and(is_cjk)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redactor(names: &[&str]) -> Redactor {
        let events = vec![crate::model::arbitrary::created()];
        let mut state = crate::model::fold(&events).unwrap();
        state.header.candidate = names[0].to_owned();
        for (i, name) in names[1..].iter().enumerate() {
            use crate::model::RatingSlot::*;
            state.ratings.insert(
                [Manager1, Manager2, Colleague1, Colleague2][i],
                crate::model::state::PredictedRating {
                    name: Some((*name).to_owned()),
                    rating: None,
                },
            );
        }
        Redactor::for_session(&state)
    }

    #[test]
    fn full_names_and_their_parts_become_initials() {
        let r = redactor(&["Kari Nordmann", "Ola Hansen"]);
        let (text, n) = r.text("Kari Nordmann said Ola Hansen trusted Kari; Ola agreed.");
        assert_eq!(text, "K. N. said O. H. trusted K.; O. agreed.");
        assert_eq!(n, 4);
    }

    #[test]
    fn only_whole_words_are_replaced() {
        let r = redactor(&["Ann Li"]);
        assert_eq!(
            r.text("Anna and Ann, Lisa and Li.").0,
            "Anna and A., Lisa and L.."
        );
    }

    #[test]
    fn chinese_names_are_found_inside_running_text() {
        let r = redactor(&["王小明"]);
        let (text, n) = r.text("王小明说他喜欢解决问题。");
        assert_eq!(text, "王.说他喜欢解决问题。");
        assert_eq!(n, 1);
    }

    #[test]
    fn every_string_of_a_json_value_is_redacted() {
        let r = redactor(&["Kari Nordmann"]);
        let mut v = serde_json::json!({"candidate": "Kari Nordmann", "notes": [{"text": "Kari was calm"}], "n": 3});
        assert_eq!(r.json(&mut v), 2);
        assert_eq!(v["notes"][0]["text"], "K. was calm");
        assert_eq!(v["candidate"], "K. N.");
    }
}
