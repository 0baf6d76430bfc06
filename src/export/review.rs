//! What to look at before a report is shared: every note, answer summary and rationale that
//! mentions a protected characteristic ([`crate::text::fairness`]), and where people's names
//! stand in free text (for `--redact`); or, when nothing is found, what was checked.

use super::story::Story;
use crate::model::{NoteKind, SessionState};
use crate::text::fairness::{Category, Guard};
use crate::text::names::NameMatcher;

/// Where a text under review was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A note: when (interview time, in ms), by whom, and its kind.
    Note {
        /// The interview clock when it was started.
        at_ms: u64,
        /// Who wrote it.
        author: String,
        /// Its kind.
        kind: NoteKind,
    },
    /// An answer summed up, to this question (in the interview language).
    Answer(String),
    /// A panelist's rationale for their recommendation.
    Rationale(String),
    /// The panel's decision, as recorded.
    Consensus,
}

/// One text to look at again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Where it was written.
    pub source: Source,
    /// The text.
    pub text: String,
    /// What it touches on, and the words found, each category once.
    pub found: Vec<(Category, String)>,
}

/// The review of a session before its report is shared.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Review {
    /// The texts to look at again, in the order they were written.
    pub items: Vec<Item>,
    /// How many texts name the candidate, and how many name a referee (a manager of the
    /// deep-dive or a person of the 1–10 rule).
    pub names: (usize, usize),
    /// How many notes, answer summaries and rationales were checked.
    pub checked: (usize, usize, usize),
}

impl Review {
    /// Whether nothing needs a second look.
    pub fn is_clear(&self) -> bool {
        self.items.is_empty() && self.names == (0, 0)
    }

    /// The review of `state`, whose answers `story` tells.
    pub fn of(state: &SessionState, story: &Story) -> Self {
        let guard = Guard::builtin();
        let mut texts: Vec<(Source, &str)> = Vec::new();
        let notes = state.visible_notes();
        for n in &notes {
            let source = Source::Note {
                at_ms: n.started_ms,
                author: n.author.clone(),
                kind: n.kind,
            };
            texts.push((source, &n.text));
        }
        let mut answers = 0;
        let questions = story
            .sections
            .iter()
            .flat_map(|s| &s.roles)
            .flat_map(|r| &r.questions);
        for q in questions {
            if let Some(answer) = &q.answer {
                answers += 1;
                texts.push((Source::Answer(q.text.clone()), answer));
            }
        }
        let mut rationales = 0;
        for (panelist, card) in &state.panelists {
            if let Some((_, why)) = card.recommendation.as_ref().filter(|(_, w)| !w.is_empty()) {
                rationales += 1;
                texts.push((Source::Rationale(panelist.clone()), why));
            }
        }
        if let Some(c) = state.consensus.as_ref().filter(|c| !c.rationale.is_empty()) {
            rationales += 1;
            texts.push((Source::Consensus, &c.rationale));
        }
        let items = texts
            .iter()
            .filter_map(|(source, text)| {
                let mut found: Vec<(Category, String)> = Vec::new();
                for f in guard.scan(text) {
                    if !found.iter().any(|(c, _)| *c == f.category) {
                        found.push((f.category, f.words(text).to_owned()));
                    }
                }
                (!found.is_empty()).then(|| Item {
                    source: source.clone(),
                    text: (*text).to_owned(),
                    found,
                })
            })
            .collect();
        let candidate = NameMatcher::new([state.header.candidate.as_str()]);
        let referees: Vec<&str> = state
            .roles
            .iter()
            .filter_map(|r| r.details.manager.as_deref())
            .chain(state.ratings.values().filter_map(|r| r.name.as_deref()))
            .filter(|n| !n.trim().is_empty())
            .collect();
        let referees = NameMatcher::new(referees);
        let naming = |m: &NameMatcher| {
            if m.is_empty() {
                return 0;
            }
            texts.iter().filter(|(_, t)| m.is_in(t)).count()
        };
        Review {
            items,
            names: (naming(&candidate), naming(&referees)),
            checked: (notes.len(), answers, rationales),
        }
    }

    /// Whether `text` may be quoted to the candidate: it mentions nothing under review.
    pub fn may_quote(text: &str) -> bool {
        Guard::builtin().scan(text).is_empty()
    }
}
