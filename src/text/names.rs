//! Finding people's names in free text the way a reader would: whatever the case, with or
//! without diacritics (Zoe for Zoë, JANIS for Jānis), each part of a name on its own, and in
//! the possessive and inflected forms of the five languages (Majas, Kari's, Jāņa, Jāni). Also
//! e-mail addresses and phone numbers. Used by `--redact` and by `forget`.

use std::ops::Range;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Endings a name part takes as it is (genitive -s in nb, da and en; Latvian cases of names
/// that end in a vowel).
const AFTER_NAME: &[&str] = &["s", "es", "as", "ai", "u", "ei", "i"];

/// Latvian nominative endings that a name's other cases replace (Jānis → Jāņa, Jānim, Jāni).
const NOMINATIVE: &[&str] = &["is", "us", "s", "a", "e"];

/// The endings that may follow a Latvian name's stem.
const CASE_ENDINGS: &[&str] = &[
    "a", "as", "ai", "u", "am", "im", "i", "is", "us", "s", "e", "es", "ei", "em", "iem", "os",
];

/// The shortest stem an inflected form is looked for by.
const MIN_STEM: usize = 3;

/// The names to look for, folded, with what each stands for.
#[derive(Debug, Clone, Default)]
pub struct NameMatcher {
    /// (folded needle, the name it belongs to, whether it is a stem that must take an ending)
    needles: Vec<(String, usize, Stem)>,
    /// Whether a name is written in CJK (found anywhere, no word boundaries).
    cjk: Vec<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stem {
    /// The whole name or part: it may stand alone or take an ending of [`AFTER_NAME`].
    Whole,
    /// A part without its nominative ending: it must take one of [`CASE_ENDINGS`].
    Inflected,
}

/// A name found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Where it is in the text (the whole word, ending included).
    pub at: Range<usize>,
    /// Which of the names given it belongs to.
    pub name: usize,
    /// The part of the name found (the name itself, or one of its parts), as given.
    pub part: String,
}

impl NameMatcher {
    /// Looks for each of `names` in full and for each of its parts of at least two letters.
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        let mut matcher = NameMatcher::default();
        for (index, name) in names.into_iter().enumerate() {
            let parts: Vec<&str> = name.split_whitespace().collect();
            matcher.cjk.push(name.chars().any(is_cjk));
            if parts.is_empty() {
                continue;
            }
            matcher.add(&parts.join(" "), index);
            if parts.len() > 1 {
                for part in &parts {
                    matcher.add(part, index);
                }
            }
        }
        // Longest first: a full name is found before its parts.
        matcher
            .needles
            .sort_by_key(|(n, _, _)| std::cmp::Reverse(n.len()));
        matcher
    }

    fn add(&mut self, text: &str, name: usize) {
        // One letter (or one CJK character) is too little to find safely.
        if text.chars().count() < 2 {
            return;
        }
        let folded = fold(text).text;
        for ending in NOMINATIVE {
            if let Some(stem) = folded.strip_suffix(ending)
                && stem.chars().count() >= MIN_STEM
            {
                self.needles.push((stem.to_owned(), name, Stem::Inflected));
                break;
            }
        }
        self.needles.push((folded, name, Stem::Whole));
    }

    /// Whether no name is looked for.
    pub fn is_empty(&self) -> bool {
        self.needles.is_empty()
    }

    /// Every name in `text`, in order, none overlapping.
    pub fn find(&self, text: &str) -> Vec<Found> {
        if self.needles.is_empty() {
            return Vec::new();
        }
        let folded = fold(text);
        let mut found: Vec<Found> = Vec::new();
        for (needle, name, stem) in &self.needles {
            let cjk = self.cjk[*name];
            for (at, _) in folded.text.match_indices(needle.as_str()) {
                let Some(start) = folded.char_start(at) else {
                    continue;
                };
                let end_folded = at + needle.len();
                // The rest of the word, in the folded text.
                let rest: String = folded.text[end_folded..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() && !is_cjk(*c))
                    .collect();
                let ending_ok = match stem {
                    _ if cjk => true,
                    Stem::Whole => rest.is_empty() || AFTER_NAME.contains(&rest.as_str()),
                    Stem::Inflected => CASE_ENDINGS.contains(&rest.as_str()),
                };
                let word_end = if cjk {
                    end_folded
                } else {
                    end_folded + rest.len()
                };
                let Some(end) = folded.char_end(word_end) else {
                    continue;
                };
                let before = text[..start].chars().next_back();
                let starts_word = cjk || !before.is_some_and(|c| c.is_alphanumeric() && !is_cjk(c));
                let overlaps = found.iter().any(|f| f.at.start < end && start < f.at.end);
                if ending_ok && starts_word && !overlaps {
                    found.push(Found {
                        at: start..end,
                        name: *name,
                        part: text[start..end].to_owned(),
                    });
                }
            }
        }
        found.sort_by_key(|f| f.at.start);
        found
    }

    /// Whether `text` names anyone looked for.
    pub fn is_in(&self, text: &str) -> bool {
        !self.find(text).is_empty()
    }
}

/// Whether `a` and `b` are the same name, whatever the case, the diacritics and the spacing
/// ("KARI  Nordmann" and "kari nordmann"; "Zoe" and "Zoë").
pub fn same_name(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        fold(s)
            .text
            .split_whitespace()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    let a = words(a);
    !a.is_empty() && a == words(b)
}

/// Finds texts about one person: those that name every part of their name, each in any of
/// the forms [`NameMatcher`] finds (so "kari-nordmann-2026.md" and "Nordmann, Kari" are about
/// Kari Nordmann, and a text naming only some other Kari is not).
#[derive(Debug, Clone)]
pub struct About {
    parts: Vec<NameMatcher>,
}

impl About {
    /// Texts about `name`.
    pub fn new(name: &str) -> Self {
        let parts: Vec<&str> = name.split_whitespace().collect();
        About {
            parts: if parts.len() > 1 {
                parts.iter().map(|p| NameMatcher::new([*p])).collect()
            } else {
                vec![NameMatcher::new([name])]
            },
        }
    }

    /// Whether `text` names every part of the name.
    pub fn is_in(&self, text: &str) -> bool {
        !self.parts.is_empty() && self.parts.iter().all(|p| !p.is_empty() && p.is_in(text))
    }
}

/// Text folded for comparing names: lowercase, without diacritics, ø as o, æ as ae, ß as ss;
/// with where each folded byte came from.
struct Folded {
    text: String,
    /// For each byte of `text`: the original character's byte range, and whether this byte
    /// begins that character's folding.
    origin: Vec<(Range<usize>, bool)>,
}

impl Folded {
    /// The original offset where the folded byte `at` begins a character, if it does.
    fn char_start(&self, at: usize) -> Option<usize> {
        let (range, first) = self.origin.get(at)?;
        first.then_some(range.start)
    }

    /// The original offset where the folded text up to `end` ends, if that is the end of a
    /// character's folding.
    fn char_end(&self, end: usize) -> Option<usize> {
        if end == self.text.len() {
            return self.origin.last().map_or(Some(0), |(r, _)| Some(r.end));
        }
        let (range, first) = self.origin.get(end)?;
        first.then_some(range.start)
    }
}

/// `text` folded for comparing words: lowercase, without diacritics, ø as o, æ as ae, ß as ss.
pub fn folded(text: &str) -> String {
    fold(text).text
}

fn fold(text: &str) -> Folded {
    let mut folded = Folded {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    for (at, c) in text.char_indices() {
        let range = at..at + c.len_utf8();
        let before = folded.text.len();
        match c {
            'ø' | 'Ø' => folded.text.push('o'),
            'æ' | 'Æ' => folded.text.push_str("ae"),
            'ß' => folded.text.push_str("ss"),
            'đ' | 'Đ' => folded.text.push('d'),
            'ł' | 'Ł' => folded.text.push('l'),
            '’' => folded.text.push('\''),
            _ => {
                for lower in c.to_lowercase() {
                    decompose_canonical(lower, |d| {
                        if !is_combining_mark(d) {
                            folded.text.push(d);
                        }
                    });
                }
            }
        }
        for i in before..folded.text.len() {
            folded.origin.push((range.clone(), i == before));
        }
    }
    folded
}

/// Whether `c` is written without spaces between words (Chinese, Japanese, Korean).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

/// What a piece of contact data is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contact {
    /// An e-mail address.
    Email,
    /// A phone number.
    Phone,
}

/// Every e-mail address and phone number in `text`, in order.
pub fn contacts(text: &str) -> Vec<(Range<usize>, Contact)> {
    let mut found = emails(text);
    for phone in phones(text) {
        if !found
            .iter()
            .any(|(r, _)| r.start < phone.end && phone.start < r.end)
        {
            found.push((phone, Contact::Phone));
        }
    }
    found.sort_by_key(|(r, _)| r.start);
    found
}

fn emails(text: &str) -> Vec<(Range<usize>, Contact)> {
    let local = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
    let domain = |c: char| c.is_alphanumeric() || c == '.' || c == '-';
    let mut found = Vec::new();
    for (at, _) in text.match_indices('@') {
        let start = text[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| local(c))
            .last()
            .map_or(at, |(i, _)| i);
        let after = &text[at + 1..];
        let len: usize = after
            .chars()
            .take_while(|&c| domain(c))
            .map(char::len_utf8)
            .sum();
        let host = after[..len].trim_end_matches(['.', '-']);
        if start < at && host.contains('.') && !host.starts_with('.') {
            found.push((start..at + 1 + host.len(), Contact::Email));
        }
    }
    found
}

fn phones(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let preceded = i > 0 && chars[i - 1].1.is_alphanumeric();
        if !(c.is_ascii_digit() || c == '+' || c == '(') || preceded {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut digits = 0;
        let mut last_digit = i;
        while j < chars.len() {
            let c = chars[j].1;
            if c.is_ascii_digit() {
                digits += 1;
                last_digit = j;
            } else if !(c == ' ' || c == '-' || c == '(' || c == ')' || (c == '+' && j == i)) {
                break;
            }
            j += 1;
        }
        let end = chars[last_digit].0 + 1;
        let run = &text[start..end];
        let followed = chars
            .get(last_digit + 1)
            .is_some_and(|(_, c)| c.is_alphanumeric());
        if (8..=15).contains(&digits) && !followed && !looks_like_a_date(run) {
            found.push(start..end);
            i = last_digit + 1;
        } else {
            i = j.max(i + 1);
        }
    }
    found
}

/// "2026-11-23" is a date, not a phone number.
fn looks_like_a_date(run: &str) -> bool {
    let groups: Vec<usize> = run.split(['-', ' ']).map(str::len).collect();
    groups == [4, 2, 2] || groups == [2, 2, 4]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(names: &[&str], text: &str) -> Vec<String> {
        NameMatcher::new(names.iter().copied())
            .find(text)
            .into_iter()
            .map(|f| f.part)
            .collect()
    }

    #[test]
    fn names_are_found_whatever_the_case_and_the_diacritics() {
        assert_eq!(
            parts(
                &["Maja Hansen"],
                "maja said HANSEN agreed; Maja Hansen left"
            ),
            ["maja", "HANSEN", "Maja Hansen"]
        );
        assert_eq!(
            parts(&["Zoë Ødegård"], "Zoe met ODEGARD"),
            ["Zoe", "ODEGARD"]
        );
        assert_eq!(parts(&["Søren Kierkegaard"], "Soren wrote"), ["Soren"]);
    }

    #[test]
    fn possessive_and_inflected_forms_are_found() {
        assert_eq!(
            parts(&["Maja Hansen"], "Majas CV; Maja's call"),
            ["Majas", "Maja"]
        );
        assert_eq!(
            parts(
                &["Jānis Bērziņš"],
                "Jāņa vadītājs teica, ka Jāni paaugstināja; Jānim patīk"
            ),
            ["Jāņa", "Jāni", "Jānim"]
        );
        assert_eq!(parts(&["Maija Ozola"], "Maijai patika"), ["Maijai"]);
    }

    #[test]
    fn other_words_are_not_names() {
        assert!(parts(&["Ann Li"], "Anna and Lisa planned it").is_empty());
        assert!(parts(&["Ola Nordmann"], "Olav and the olive tree").is_empty());
        assert!(parts(&["Jānis Bērziņš"], "janvārī").is_empty());
    }

    #[test]
    fn a_text_is_about_someone_when_it_names_every_part_of_their_name() {
        let kari = About::new("Kari Nordmann");
        assert!(kari.is_in("export failed: /tmp/Kari-Nordmann-2026-11-23.md"));
        assert!(kari.is_in("NORDMANN, kari"));
        assert!(!kari.is_in("Kari Hansen called"));
        assert!(same_name("KARI  Nordmann", "kari nordmann"));
        assert!(same_name("Zoe", "Zoë"));
        assert!(!same_name("Kari", "Kari Nordmann"));
    }

    #[test]
    fn chinese_names_are_found_inside_running_text() {
        assert_eq!(parts(&["王小明"], "王小明说他喜欢解决问题。"), ["王小明"]);
    }

    #[test]
    fn e_mail_addresses_and_phone_numbers_are_found_but_not_dates() {
        let text = "Write kari.n+jobs@example.no or call +47 912 34 567, or 138 0013 8000; \
                    met on 2026-11-23, called 22 11 2026";
        let found: Vec<(&str, Contact)> = contacts(text)
            .into_iter()
            .map(|(r, c)| (&text[r], c))
            .collect();
        assert_eq!(
            found,
            [
                ("kari.n+jobs@example.no", Contact::Email),
                ("+47 912 34 567", Contact::Phone),
                ("138 0013 8000", Contact::Phone),
            ]
        );
    }
}
