//! `--redact`: people's names replaced by their initials, everywhere in an export — headers,
//! notes, answers, rationale — so a report can travel further than the hiring team.

use serde_json::Value;

use crate::model::SessionState;
use crate::text::names::{Contact, NameMatcher, contacts};

/// The names to hide, and what stands in for contact data.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    /// The candidate's and referees' names, found as `forget` finds them.
    names: NameMatcher,
    /// What an e-mail address becomes.
    email: String,
    /// What a phone number becomes.
    phone: String,
}

impl Redactor {
    /// Hides the candidate's name and the names of referees (the deep-dive roles' managers
    /// and the people of the 1–10 rule) in full, each part alone, in any case, with or without
    /// diacritics and in inflected forms; and every e-mail address and phone number, which
    /// become `email` and `phone`.
    pub fn for_session(state: &SessionState, email: &str, phone: &str) -> Self {
        Redactor {
            names: NameMatcher::new(people(state)),
            email: email.to_owned(),
            phone: phone.to_owned(),
        }
    }

    /// `text` with every name and contact replaced; and how many replacements were made.
    pub fn text(&self, text: &str) -> (String, usize) {
        // Contact data first: an address that holds a name is an address.
        let mut spans: Vec<(std::ops::Range<usize>, String)> = contacts(text)
            .into_iter()
            .map(|(at, kind)| {
                let with = match kind {
                    Contact::Email => self.email.clone(),
                    Contact::Phone => self.phone.clone(),
                };
                (at, with)
            })
            .collect();
        for found in self.names.find(text) {
            let at = found.at;
            if !spans
                .iter()
                .any(|(r, _)| r.start < at.end && at.start < r.end)
            {
                spans.push((at, initials(&found.part)));
            }
        }
        if spans.is_empty() {
            return (text.to_owned(), 0);
        }
        spans.sort_by_key(|(r, _)| r.start);
        let mut out = String::with_capacity(text.len());
        let mut from = 0;
        for (at, with) in &spans {
            out.push_str(&text[from..at.start]);
            out.push_str(with);
            from = at.end;
        }
        out.push_str(&text[from..]);
        (out, spans.len())
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

/// Everyone a session names: the candidate, and the referees.
pub fn people(state: &SessionState) -> impl Iterator<Item = &str> {
    std::iter::once(state.header.candidate.as_str())
        .chain(
            state
                .roles
                .iter()
                .filter_map(|r| r.details.manager.as_deref()),
        )
        .chain(state.ratings.values().filter_map(|r| r.name.as_deref()))
        .chain(state.header.reference.iter().map(|c| c.referee.as_str()))
}

/// "Kari Nordmann" → "K. N."; "Jāņa" → "J."; "王小明" → "王."
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|p| p.chars().next())
        .map(|c| format!("{}.", c.to_uppercase()))
        .collect::<Vec<_>>()
        .join(" ")
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
        Redactor::for_session(&state, "[e-mail]", "[phone]")
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
    fn any_case_diacritics_inflections_and_contacts_are_hidden() {
        let r = redactor(&["Maja Hansen", "Jānis Bērziņš"]);
        let (text, n) = r.text(
            "maja and HANSEN; Majas CV; Jāņa boss said Jāni grew; mail maja@firma.no, ring 912 34 567",
        );
        assert_eq!(
            text,
            "M. and H.; M. CV; J. boss said J. grew; mail [e-mail], ring [phone]"
        );
        assert_eq!(n, 7);
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
