//! Matching Chinese terms where words are not separated by spaces: the text is segmented by
//! forward maximum matching over the terms and the compounds that only look like them (the
//! list's `not`: 老客户 holds no 老, 岁月 no 岁). At each place the longest entry that starts
//! there is taken and the scan moves past it, so a term counts only where it is a word of its
//! own. A term of Latin letters or digits (985) needs no letter or digit beside it.

use std::collections::HashMap;
use std::ops::Range;

use super::Category;
use super::lists::List;

/// The Chinese terms and look-alikes, by their text (lowercase).
#[derive(Debug, Default)]
pub struct Han {
    /// Each entry: what it touches on, or `None` for a look-alike.
    entries: HashMap<String, Option<Category>>,
    /// The longest entry, in characters.
    longest: usize,
}

impl Han {
    /// The matcher of `list`.
    pub fn new(list: &List) -> Self {
        let mut han = Han::default();
        let terms = list.terms.iter().map(|(c, t)| (Some(*c), t.as_str()));
        // A look-alike wins over a term of the same text: it was listed to silence it.
        for (category, text) in terms.chain(list.not.iter().map(|t| (None, t.as_str()))) {
            let text = text.to_lowercase();
            han.longest = han.longest.max(text.chars().count());
            han.entries.insert(text, category);
        }
        han
    }

    /// Every term found in `text`, with where it is, and where the look-alikes taken are.
    pub fn find(&self, text: &str) -> super::Found {
        let lower = text.to_lowercase();
        // Lowercasing changes no byte offsets for the scripts the terms are in; a text where
        // it would is matched as it is.
        let text = if lower.len() == text.len() {
            lower.as_str()
        } else {
            text
        };
        let starts: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let mut found = super::Found::default();
        let mut i = 0;
        while i + 1 < starts.len() {
            let taken = (1..=self.longest.min(starts.len() - 1 - i))
                .rev()
                .find_map(|n| {
                    let range = starts[i]..starts[i + n];
                    let entry = self.entries.get(&text[range.clone()])?;
                    stands_alone(text, &range).then_some((n, *entry, range))
                });
            match taken {
                Some((n, category, range)) => {
                    match category {
                        Some(category) => found.terms.push((category, range)),
                        None => found.nots.push(range),
                    }
                    i += n;
                }
                None => i += 1,
            }
        }
        found
    }
}

/// Whether the entry at `range` of `text` is not part of a longer run of Latin letters or
/// digits (985 in 1985 is not a university).
fn stands_alone(text: &str, range: &Range<usize>) -> bool {
    let word = |c: char| c.is_ascii_alphanumeric();
    let entry = &text[range.clone()];
    let first_latin = entry.chars().next().is_some_and(word);
    let last_latin = entry.chars().last().is_some_and(word);
    let before = text[..range.start].chars().next_back().is_some_and(word);
    let after = text[range.end..].chars().next().is_some_and(word);
    !((first_latin && before) || (last_latin && after))
}
