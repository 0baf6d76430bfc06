//! The scoring screen's state: the rubric's criteria, the one selected, and the evidence
//! picker. Keys become events (score set, recommendation set, submitted); the screen draws
//! from the session's state, so what it shows is always what is saved.

use crossterm::event::{KeyCode, KeyEvent};

use crate::model::{CriterionId, EventKind, Level, Note, NoteId, Recommendation, SessionState};

/// What the scoring screen is doing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Mode {
    /// Moving through the criteria.
    #[default]
    Criteria,
    /// Picking the notes that justify the selected criterion's score.
    Evidence {
        /// The note with the cursor, in [`Scoring::candidates`] order.
        cursor: usize,
        /// The notes picked so far.
        picked: Vec<NoteId>,
    },
    /// Writing the rationale of the recommendation.
    Rationale(String),
}

/// What a key did.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Nothing to save.
    Nothing,
    /// Record these events.
    Record(Vec<EventKind>),
    /// Leave the scoring screen.
    Close,
}

/// The scoring screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scoring {
    /// The selected criterion (index into the rubric).
    pub selected: usize,
    /// What it is doing.
    pub mode: Mode,
}

/// One panelist's view of one criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scored<'a> {
    /// `None` when not scored yet; `Some(None)` when marked not assessed.
    pub level: Option<Option<Level>>,
    /// The notes given as evidence.
    pub evidence: &'a [NoteId],
}

/// The recommendations in the order `r` cycles through them.
pub const RECOMMENDATIONS: [Recommendation; 4] = [
    Recommendation::StrongNo,
    Recommendation::No,
    Recommendation::Yes,
    Recommendation::StrongYes,
];

impl Scoring {
    /// Handles a key for panelist `author`.
    pub fn key(&mut self, key: KeyEvent, state: &SessionState, author: &str) -> Outcome {
        let criteria = &state.plan.rubric.criteria;
        let Some(criterion) = criteria.get(self.selected) else {
            return Outcome::Close;
        };
        let current = scored(state, author, &criterion.id);
        match &mut self.mode {
            Mode::Criteria => match key.code {
                KeyCode::Esc | KeyCode::F(10) => Outcome::Close,
                KeyCode::Up | KeyCode::Char('k') => {
                    self.selected = self.selected.saturating_sub(1);
                    Outcome::Nothing
                }
                KeyCode::Down | KeyCode::Char('j') => {
                    self.selected = (self.selected + 1).min(criteria.len().saturating_sub(1));
                    Outcome::Nothing
                }
                KeyCode::Char(c @ '0'..='4') => {
                    let level = c.to_digit(10).and_then(|d| Level::try_from(d as u8).ok());
                    let evidence = current.evidence.to_vec();
                    if self.selected + 1 < criteria.len() {
                        self.selected += 1;
                    }
                    Outcome::Record(vec![EventKind::ScoreSet {
                        criterion: criterion.id.clone(),
                        level,
                        evidence,
                    }])
                }
                KeyCode::Char('e') | KeyCode::Enter => {
                    self.mode = Mode::Evidence {
                        cursor: 0,
                        picked: current.evidence.to_vec(),
                    };
                    Outcome::Nothing
                }
                KeyCode::Char('r') => {
                    let (now, rationale) = recommendation(state, author);
                    let next = match now {
                        Some(r) => {
                            let i = RECOMMENDATIONS.iter().position(|x| *x == r).unwrap_or(0);
                            RECOMMENDATIONS[(i + 1) % RECOMMENDATIONS.len()]
                        }
                        None => Recommendation::Yes,
                    };
                    Outcome::Record(vec![EventKind::RecommendationSet {
                        recommendation: next,
                        rationale,
                    }])
                }
                KeyCode::Char('w') => {
                    self.mode = Mode::Rationale(recommendation(state, author).1);
                    Outcome::Nothing
                }
                KeyCode::Char('s') => Outcome::Record(vec![EventKind::PanelistSubmitted]),
                _ => Outcome::Nothing,
            },
            Mode::Evidence { cursor, picked } => {
                let candidates = candidates(state, &criterion.id);
                match key.code {
                    KeyCode::Esc => {
                        self.mode = Mode::Criteria;
                        Outcome::Nothing
                    }
                    KeyCode::Up => {
                        *cursor = cursor.saturating_sub(1);
                        Outcome::Nothing
                    }
                    KeyCode::Down => {
                        *cursor = (*cursor + 1).min(candidates.len().saturating_sub(1));
                        Outcome::Nothing
                    }
                    KeyCode::Char(' ') => {
                        if let Some(note) = candidates.get(*cursor) {
                            if let Some(at) = picked.iter().position(|id| *id == note.id) {
                                picked.remove(at);
                            } else {
                                picked.push(note.id);
                            }
                        }
                        Outcome::Nothing
                    }
                    KeyCode::Enter => {
                        let evidence = std::mem::take(picked);
                        self.mode = Mode::Criteria;
                        Outcome::Record(vec![EventKind::ScoreSet {
                            criterion: criterion.id.clone(),
                            // Evidence before a level keeps the criterion unscored.
                            level: current.level.flatten(),
                            evidence,
                        }])
                    }
                    _ => Outcome::Nothing,
                }
            }
            Mode::Rationale(text) => match key.code {
                KeyCode::Esc => {
                    self.mode = Mode::Criteria;
                    Outcome::Nothing
                }
                KeyCode::Backspace => {
                    text.pop();
                    Outcome::Nothing
                }
                KeyCode::Char(c) => {
                    text.push(c);
                    Outcome::Nothing
                }
                KeyCode::Enter => {
                    let rationale = std::mem::take(text);
                    self.mode = Mode::Criteria;
                    let recommendation = recommendation(state, author)
                        .0
                        .unwrap_or(Recommendation::Yes);
                    Outcome::Record(vec![EventKind::RecommendationSet {
                        recommendation,
                        rationale,
                    }])
                }
                _ => Outcome::Nothing,
            },
        }
    }
}

/// What `author` has scored for `criterion`.
pub fn scored<'a>(state: &'a SessionState, author: &str, criterion: &CriterionId) -> Scored<'a> {
    match state
        .panelists
        .get(author)
        .and_then(|p| p.scores.get(criterion))
    {
        Some(score) => Scored {
            level: Some(score.level),
            evidence: &score.evidence,
        },
        None => Scored {
            level: None,
            evidence: &[],
        },
    }
}

/// `author`'s recommendation, and its rationale.
pub fn recommendation(state: &SessionState, author: &str) -> (Option<Recommendation>, String) {
    state
        .panelists
        .get(author)
        .and_then(|p| p.recommendation.clone())
        .map_or((None, String::new()), |(r, why)| (Some(r), why))
}

/// The notes to pick evidence from: first those taken on questions that feed `criterion`, then
/// the rest, each group in timeline order.
pub fn candidates<'a>(state: &'a SessionState, criterion: &CriterionId) -> Vec<&'a Note> {
    let (mut feeding, rest): (Vec<&Note>, Vec<&Note>) = state
        .visible_notes()
        .into_iter()
        .partition(|n| state.feeds(n, criterion));
    feeding.extend(rest);
    feeding
}
