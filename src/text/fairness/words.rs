//! Matching terms as whole words (English, Norwegian, Danish, Latvian): case does not matter,
//! nor, in Latvian, diacritics (notes typed without them are common); `*` at a word's end takes
//! any ending (*gravid\** finds *graviditet*) and at its start any beginning (*\*permisjon*
//! finds *foreldrepermisjon*). A phrase of a `not` list covers the words it matches, and no term
//! is found among them. (Norwegian and Danish keep their letters: *-åring* is not *erfaring*.)

use std::collections::HashMap;
use std::ops::Range;

use super::Category;
use super::lists::List;
use crate::text::names::folded;

/// One word of a term.
#[derive(Debug)]
struct Word {
    /// Folded.
    text: String,
    /// Whether any beginning may come before it (`*` first).
    any_start: bool,
    /// Whether any ending may come after it (`*` last).
    any_end: bool,
}

impl Word {
    fn parse(word: &str, fold: bool) -> Word {
        let any_start = word.starts_with('*');
        let any_end = word.ends_with('*') && word.len() > 1;
        Word {
            text: compared(word.trim_matches('*'), fold),
            any_start,
            any_end,
        }
    }

    fn matches(&self, token: &str) -> bool {
        match (self.any_start, self.any_end) {
            (false, false) => token == self.text,
            (false, true) => token.starts_with(&self.text),
            (true, false) => token.ends_with(&self.text),
            (true, true) => token.contains(&self.text),
        }
    }
}

/// A term or a `not` phrase: its words in order.
#[derive(Debug)]
struct Pattern {
    words: Vec<Word>,
    /// What it touches on; `None` for a phrase that only looks like a term.
    category: Option<Category>,
}

impl Pattern {
    fn matches_at(&self, tokens: &[Token], at: usize) -> bool {
        self.words.len() <= tokens.len() - at
            && self
                .words
                .iter()
                .zip(&tokens[at..])
                .all(|(w, t)| w.matches(&t.folded))
    }
}

/// A word of the text: where it is, and as it is compared.
#[derive(Debug)]
pub struct Token {
    at: Range<usize>,
    folded: String,
}

/// A word as it is compared: lowercase, and with `fold` without diacritics.
fn compared(word: &str, fold: bool) -> String {
    if fold {
        folded(word)
    } else {
        word.to_lowercase()
    }
}

/// The words of `text`: its runs of letters and digits, lowercase, and with `fold` without
/// diacritics.
pub fn tokens(text: &str, fold: bool) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Token {
                    at: s..i,
                    folded: compared(&text[s..i], fold),
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// One language's terms, indexed by their first word.
#[derive(Debug, Default)]
pub struct Words {
    /// Whether diacritics are left out when comparing.
    fold: bool,
    patterns: Vec<Pattern>,
    /// Patterns whose first word is whole, by that word.
    exact: HashMap<String, Vec<usize>>,
    /// Patterns whose first word takes endings, by its first character.
    by_initial: HashMap<char, Vec<usize>>,
    /// Patterns whose first word may have any beginning.
    anywhere: Vec<usize>,
}

impl Words {
    /// The matcher of `list`; with `fold`, diacritics do not matter.
    pub fn new(list: &List, fold: bool) -> Self {
        let mut words = Words {
            fold,
            ..Words::default()
        };
        let terms = list.terms.iter().map(|(c, t)| (Some(*c), t.as_str()));
        let nots = list.not.iter().map(|t| (None, t.as_str()));
        for (category, text) in terms.chain(nots) {
            let pattern = Pattern {
                words: text
                    .split_whitespace()
                    .map(|w| Word::parse(w, fold))
                    .collect(),
                category,
            };
            let Some(first) = pattern.words.first().filter(|w| !w.text.is_empty()) else {
                continue;
            };
            let index = words.patterns.len();
            match (first.any_start, first.any_end) {
                (true, _) => words.anywhere.push(index),
                (false, false) => words
                    .exact
                    .entry(first.text.clone())
                    .or_default()
                    .push(index),
                (false, true) => {
                    let initial = first.text.chars().next().unwrap_or(' ');
                    words.by_initial.entry(initial).or_default().push(index);
                }
            }
            words.patterns.push(pattern);
        }
        words
    }

    /// Whether the words it is given must be folded ([`tokens`]).
    pub fn folds(&self) -> bool {
        self.fold
    }

    /// Every term found among the words of a text (what it touches on and where, without
    /// overlaps: the longer of two that start together is kept), and where its `not` phrases
    /// are. The words are the text's [`tokens`], folded as [`Words::folds`] says.
    pub fn find(&self, tokens: &[Token]) -> super::Found {
        let mut nots: Vec<Range<usize>> = Vec::new();
        let mut hits: Vec<(Category, usize, usize)> = Vec::new();
        for (at, token) in tokens.iter().enumerate() {
            let initial = token.folded.chars().next().unwrap_or(' ');
            let candidates = self
                .exact
                .get(&token.folded)
                .into_iter()
                .chain(self.by_initial.get(&initial))
                .flatten()
                .chain(&self.anywhere);
            for &index in candidates {
                let pattern = &self.patterns[index];
                if !pattern.matches_at(tokens, at) {
                    continue;
                }
                let len = pattern.words.len();
                match pattern.category {
                    Some(category) => hits.push((category, at, len)),
                    None => nots.push(tokens[at].at.start..tokens[at + len - 1].at.end),
                }
            }
        }
        hits.sort_by_key(|&(_, at, len)| (at, std::cmp::Reverse(len)));
        let mut terms: Vec<(Category, Range<usize>)> = Vec::new();
        let mut free_from = 0;
        for (category, at, len) in hits {
            if at < free_from {
                continue;
            }
            free_from = at + len;
            terms.push((category, tokens[at].at.start..tokens[at + len - 1].at.end));
        }
        super::Found { terms, nots }
    }
}
