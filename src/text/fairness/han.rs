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
    /// The characters entries begin with: elsewhere no entry is looked up.
    initials: std::collections::HashSet<char>,
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
            han.initials.extend(text.chars().next());
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
            let initial = text[starts[i]..].chars().next().unwrap_or(' ');
            if !self.initials.contains(&initial) {
                i += 1;
                continue;
            }
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

/// Whether the entry at `range` of `text` stands as a word of Chinese text: one of Latin
/// letters or digits (985, 211) is not part of a longer run of them (1985) and has a Chinese
/// character beside it, spaces aside ("985毕业" is a university; "handled 211 tickets" is not).
fn stands_alone(text: &str, range: &Range<usize>) -> bool {
    let latin = |c: char| c.is_ascii_alphanumeric();
    let entry = &text[range.clone()];
    if !entry.chars().any(latin) {
        return true;
    }
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    let glued = before.is_some_and(latin) || after.is_some_and(latin);
    let beside = |mut chars: Box<dyn Iterator<Item = char> + '_>| {
        chars
            .find(|c| !c.is_whitespace())
            .is_some_and(crate::text::names::is_cjk)
    };
    let chinese = beside(Box::new(text[..range.start].chars().rev()))
        || beside(Box::new(text[range.end..].chars()));
    !glued && chinese
}
