//! Finding a question: fuzzy search over the plan's questions and every bank's, in the
//! session's languages. A planned question is jumped to; a bank question is brought into the
//! current section.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher};

use super::text_input::TextInput;
use crate::model::lang::pick;
use crate::model::{Lang, PlanSnapshot, Question, QuestionId};

/// A question that can be found.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The question.
    pub question: Question,
    /// Whether the plan already has it.
    pub planned: bool,
    /// What is searched: its id and its texts in the session's languages.
    haystack: String,
}

/// The search popup's state.
#[derive(Debug, Clone, Default)]
pub struct Search {
    /// What was typed.
    pub query: TextInput,
    /// Matches, best first.
    pub results: Vec<usize>,
    /// The highlighted match.
    pub selected: usize,
    candidates: Vec<Candidate>,
}

/// How many matches are shown.
const SHOWN: usize = 12;

impl Search {
    /// A search over the plan's questions, then the banks' others (`bank`, in the session's
    /// languages already).
    pub fn new(plan: &PlanSnapshot, bank: &[Question], langs: &[Lang]) -> Self {
        let text = |q: &Question| {
            let mut s = q.id.to_string();
            for lang in langs {
                if let Some(t) = pick(&q.text, *lang) {
                    s.push(' ');
                    s.push_str(&t.value.text);
                }
            }
            s
        };
        let mut candidates: Vec<Candidate> = plan
            .questions
            .iter()
            .map(|q| Candidate {
                question: q.clone(),
                planned: true,
                haystack: text(q),
            })
            .collect();
        for q in bank.iter().filter(|q| plan.question(&q.id).is_none()) {
            candidates.push(Candidate {
                question: q.clone(),
                planned: false,
                haystack: text(q),
            });
        }
        let mut search = Search {
            candidates,
            ..Search::default()
        };
        search.refresh();
        search
    }

    /// Re-ranks after the query changed.
    pub fn refresh(&mut self) {
        self.selected = 0;
        let query = self.query.text();
        if query.trim().is_empty() {
            self.results = (0..self.candidates.len().min(SHOWN)).collect();
            return;
        }
        let pattern = Pattern::parse(&query, CaseMatching::Ignore, Normalization::Smart);
        let mut matcher = Matcher::new(Config::DEFAULT);
        let haystacks: Vec<(usize, &str)> = self
            .candidates
            .iter()
            .enumerate()
            .map(|(i, c)| (i, c.haystack.as_str()))
            .collect();
        let mut scored: Vec<(usize, u32)> = haystacks
            .iter()
            .filter_map(|(i, h)| {
                let mut buf = Vec::new();
                let text = nucleo_matcher::Utf32Str::new(h, &mut buf);
                pattern.score(text, &mut matcher).map(|s| (*i, s))
            })
            .collect();
        scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        self.results = scored.into_iter().take(SHOWN).map(|(i, _)| i).collect();
    }

    /// The matches shown, best first.
    pub fn shown(&self) -> impl Iterator<Item = &Candidate> {
        self.results.iter().map(|&i| &self.candidates[i])
    }

    /// The highlighted match.
    pub fn chosen(&self) -> Option<&Candidate> {
        self.results
            .get(self.selected)
            .map(|&i| &self.candidates[i])
    }

    /// Moves the highlight.
    pub fn select(&mut self, down: bool) {
        let n = self.results.len();
        if n > 0 {
            self.selected = if down {
                (self.selected + 1) % n
            } else {
                (self.selected + n - 1) % n
            };
        }
    }

    /// The id of the highlighted match.
    pub fn chosen_id(&self) -> Option<QuestionId> {
        self.chosen().map(|c| c.question.id.clone())
    }
}

impl PartialEq for Search {
    /// Two searches are the same when the same query picked the same match.
    fn eq(&self, other: &Self) -> bool {
        self.query == other.query
            && self.results == other.results
            && self.selected == other.selected
    }
}
