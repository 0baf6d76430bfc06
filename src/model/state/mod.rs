//! A session's state: the fold of its events.

mod per_panelist;
mod records;

pub use records::{
    Anomaly, Consensus, Consent, Note, NoteRevision, PanelistScores, PredictedRating, QuestionKey,
    QuestionProgress, Role, Score,
};

use std::collections::{BTreeMap, HashMap, HashSet};

use per_panelist::is_clock_event;

use serde::Serialize;

use super::clock::{Clock, ClockReading};
use super::event::{Anchor, Event, EventKind, RatingSlot, SessionHeader, Timestamp};
use super::ids::{CriterionId, EventId, NoteId, QuestionId, RoleId, SectionId};
use super::plan::{PlanSnapshot, Question};
use super::rating::{Rating, SelfAwareness, classify};
use super::score::{Level, WeightedScore, weighted_score};

/// Why a list of events does not fold into a session.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FoldError {
    /// There are no events at all.
    #[error("the session has no events")]
    Empty,
    /// The first event is not `session_created`.
    #[error("the first event is not the session's creation")]
    NotCreatedFirst,
}

/// Everything known about a session, folded from its events.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct SessionState {
    /// Who, what and which plan.
    pub header: SessionHeader,
    /// The plan as it was when the session began, with ad-hoc questions added since.
    pub plan: PlanSnapshot,
    /// The interview clock of the panelist it is seen as ([`SessionState::owner`]): each
    /// panelist's pauses and sections are their own, so two laptops never mix their clocks.
    pub clock: Clock,
    /// Whose clock [`SessionState::clock`] is: the panelist the session is seen as, or
    /// its creator (the host).
    pub owner: String,
    /// Each panelist's own interview clock, once they have moved it.
    #[serde(skip)]
    clocks: BTreeMap<String, Clock>,
    /// Who created the session (the host).
    #[serde(skip)]
    creator: String,
    /// Where each panelist is in the agenda (the question on their screen, and when it came
    /// up), once they have moved.
    #[serde(skip)]
    places: BTreeMap<String, (Option<QuestionKey>, u64)>,
    /// Interview time each panelist spent on each question they moved on from, in ms.
    #[serde(skip)]
    spent: BTreeMap<String, BTreeMap<QuestionKey, u64>>,
    /// The questions brought in from a bank during the interview, in order.
    #[serde(skip)]
    pub added_questions: Vec<QuestionId>,
    /// The question shown last (or, in logs from before questions were recorded as shown,
    /// asked last), if any, with its role.
    pub current_question: Option<QuestionKey>,
    /// The interview clock when the current question was shown, in ms.
    pub current_shown_ms: u64,
    /// Progress per question (and role).
    pub questions: BTreeMap<String, QuestionProgress>,
    /// Notes in the order they were committed.
    pub notes: Vec<Note>,
    /// Deep-dive roles in the order they were added.
    pub roles: Vec<Role>,
    /// The 1–10 rule's predicted ratings.
    pub ratings: BTreeMap<RatingSlot, PredictedRating>,
    /// Each panelist's scoring, by author.
    pub panelists: BTreeMap<String, PanelistScores>,
    /// When the session ended, if it has.
    pub ended_at: Option<Timestamp>,
    /// The time of the latest event.
    pub last_event_at: Timestamp,
    /// How many events were folded.
    pub event_count: usize,
    /// Events that referred to something that does not exist.
    pub anomalies: Vec<Anomaly>,
    /// The panel's decision after the debrief, the latest if recorded more than once.
    pub consensus: Option<Consensus>,
    /// In a reference call: the candidate's consent to it, once recorded.
    pub consent: Option<Consent>,
    /// In a reference call: the referee's own 1–10 rating of the candidate.
    pub referee_rating: Option<Rating>,
    /// What is kept from the panelist it is seen as until they submit, per other panelist
    /// (see [`crate::model::blind::seen_by`]); empty when the session is seen whole.
    #[serde(skip)]
    pub withheld: Vec<crate::model::blind::Withheld>,
    #[serde(skip)]
    note_index: HashMap<NoteId, usize>,
    /// Deleted notes, the one deleted last at the end.
    #[serde(skip)]
    deletions: Vec<NoteId>,
    /// Every event id taken into account: an event met twice is folded once.
    #[serde(skip)]
    seen: HashSet<EventId>,
}

/// Folds a session's events, in log order, into its state, with the creator's clock.
pub fn fold(events: &[Event]) -> Result<SessionState, FoldError> {
    fold_as(events, None)
}

/// Folds a session's events into its state as panelist `owner` sees it: with their own
/// interview clock once they have moved it (the creator's until then).
pub fn fold_as(events: &[Event], owner: Option<&str>) -> Result<SessionState, FoldError> {
    let (first, rest) = events.split_first().ok_or(FoldError::Empty)?;
    let mut state = SessionState::new(first)?;
    if let Some(owner) = owner {
        state.owner = owner.to_owned();
    }
    for event in rest {
        state.apply(event);
    }
    Ok(state)
}

impl SessionState {
    /// Starts a state from a session's first event.
    pub fn new(first: &Event) -> Result<Self, FoldError> {
        let EventKind::SessionCreated(created) = &first.kind else {
            return Err(FoldError::NotCreatedFirst);
        };
        Ok(SessionState {
            header: created.header.clone(),
            plan: created.plan.clone(),
            clock: Clock::default(),
            owner: first.author.clone(),
            clocks: BTreeMap::new(),
            creator: first.author.clone(),
            places: BTreeMap::new(),
            spent: BTreeMap::new(),
            added_questions: Vec::new(),
            current_question: None,
            current_shown_ms: 0,
            questions: BTreeMap::new(),
            notes: Vec::new(),
            roles: Vec::new(),
            ratings: BTreeMap::new(),
            panelists: BTreeMap::new(),
            ended_at: None,
            last_event_at: first.at,
            event_count: 1,
            anomalies: Vec::new(),
            consensus: None,
            consent: None,
            referee_rating: None,
            withheld: Vec::new(),
            note_index: HashMap::new(),
            deletions: Vec::new(),
            seen: HashSet::from([first.id]),
        })
    }

    /// Takes one more event into account.
    ///
    /// An event whose id was already taken into account is skipped: a log or an import that
    /// holds it twice counts it once.
    pub fn apply(&mut self, event: &Event) {
        if !self.seen.insert(event.id) {
            return;
        }
        self.event_count += 1;
        self.last_event_at = self.last_event_at.max(event.at);
        if is_clock_event(&event.kind) {
            // A panelist's first move of the clock starts theirs from the host's as it stands:
            // their pause pauses their clock, not everyone's.
            if !self.clocks.contains_key(&event.author) {
                let host = self.clocks.get(&self.creator).cloned().unwrap_or_default();
                self.clocks.insert(event.author.clone(), host);
            }
            if let Some(own) = self.clocks.get_mut(&event.author) {
                own.apply(&event.kind, event.at);
            }
            self.clock = self
                .clocks
                .get(self.clock_owner())
                .cloned()
                .unwrap_or_default();
        }
        match &event.kind {
            EventKind::SessionCreated(_) => self.anomaly(event, "a second session_created"),
            EventKind::SectionEntered { section } => {
                match self.plan.format.section_index(section) {
                    None => self.anomaly(event, "unknown section"),
                    // The question on screen stays there only if it belongs to the section.
                    Some(i) => {
                        let questions = &self.plan.format.sections[i].questions;
                        let stays = self
                            .places
                            .get(&event.author)
                            .and_then(|(q, _)| q.as_ref())
                            .is_some_and(|(q, _)| questions.contains(q));
                        if !stays {
                            self.leave_question(&event.author, event.elapsed_ms);
                        }
                    }
                }
            }
            EventKind::QuestionAsked { question, role } => {
                let p = self.progress(question, *role);
                p.asked = true;
                p.skipped = false;
                let key = (question.clone(), *role);
                let here = self.places.get(&event.author).map(|p| &p.0);
                if here != Some(&Some(key.clone())) {
                    self.move_to(&event.author, key, event.elapsed_ms);
                }
            }
            EventKind::QuestionShown { question, role } => {
                self.move_to(&event.author, (question.clone(), *role), event.elapsed_ms);
            }
            EventKind::QuestionSkipped { question, role } => {
                self.progress(question, *role).skipped = true;
            }
            EventKind::QuestionAnswered {
                question,
                role,
                summary,
            } => {
                let p = self.progress(question, *role);
                p.summary = Some(summary.clone());
                p.asked = true;
            }
            EventKind::QuestionAdded { section, question } => {
                self.add_question(event, section, question)
            }
            EventKind::NoteAdded {
                note_kind,
                text,
                anchor,
                started_at,
                started_ms,
            } => {
                // A note taken on a question means it was asked.
                if let Some(question) = &anchor.question {
                    self.progress(question, anchor.role).asked = true;
                }
                self.note_index.insert(event.id, self.notes.len());
                self.notes.push(Note {
                    id: event.id,
                    author: event.author.clone(),
                    kind: *note_kind,
                    text: text.clone(),
                    anchor: anchor.clone(),
                    started_at: *started_at,
                    started_ms: *started_ms,
                    history: Vec::new(),
                    deleted: false,
                });
            }
            EventKind::NoteEdited {
                note,
                note_kind,
                text,
            } => match self.note_mut(note) {
                Some(n) => {
                    let old_text = std::mem::replace(&mut n.text, text.clone());
                    n.history.push(NoteRevision {
                        kind: n.kind,
                        text: old_text,
                        replaced_at: event.at,
                    });
                    n.kind = *note_kind;
                }
                None => self.anomaly(event, "edit of an unknown note"),
            },
            EventKind::NoteDeleted { note } => match self.note_mut(note) {
                Some(n) => {
                    n.deleted = true;
                    self.deletions.retain(|id| id != note);
                    self.deletions.push(*note);
                }
                None => self.anomaly(event, "deletion of an unknown note"),
            },
            EventKind::NoteRestored { note } => match self.note_mut(note) {
                Some(n) => {
                    n.deleted = false;
                    self.deletions.retain(|id| id != note);
                }
                None => self.anomaly(event, "restore of an unknown note"),
            },
            EventKind::RoleAdded { details } => self.roles.push(Role {
                id: event.id,
                details: details.clone(),
            }),
            EventKind::RoleEdited { role, details } => {
                match self.roles.iter_mut().find(|r| r.id == *role) {
                    Some(r) => r.details = details.clone(),
                    None => self.anomaly(event, "edit of an unknown role"),
                }
            }
            EventKind::RatingPredicted { slot, name, rating } => {
                self.ratings.insert(
                    *slot,
                    PredictedRating {
                        name: name.clone(),
                        rating: *rating,
                    },
                );
            }
            EventKind::ScoreSet {
                criterion,
                level,
                evidence,
            } => {
                if !self.plan.rubric.criteria.iter().any(|c| &c.id == criterion) {
                    self.anomaly(event, "score for an unknown criterion");
                    return;
                }
                let score = Score {
                    level: *level,
                    evidence: evidence.clone(),
                };
                self.panelist(&event.author)
                    .scores
                    .insert(criterion.clone(), score);
            }
            EventKind::RecommendationSet {
                recommendation,
                rationale,
            } => {
                self.panelist(&event.author).recommendation =
                    Some((*recommendation, rationale.clone()));
            }
            EventKind::PanelistSubmitted => {
                self.panelist(&event.author).submitted_at = Some(event.at);
            }
            EventKind::ConsensusRecorded {
                decision,
                rationale,
            } => {
                self.consensus = Some(Consensus {
                    decision: *decision,
                    rationale: rationale.clone(),
                    by: event.author.clone(),
                    at: event.at,
                });
            }
            EventKind::ConsentRecorded { how } => {
                self.consent = Some(Consent {
                    how: how.clone(),
                    by: event.author.clone(),
                    at: event.at,
                });
            }
            EventKind::RefereeRated { rating } => self.referee_rating = *rating,
            EventKind::SessionEnded => {
                if self.clock_is(&event.author) {
                    self.ended_at.get_or_insert(event.at);
                }
            }
            EventKind::SessionReopened { .. } => {
                if self.clock_is(&event.author) {
                    self.ended_at = None;
                }
            }
            EventKind::ClockStarted
            | EventKind::ClockPaused
            | EventKind::ClockResumed
            | EventKind::DowntimeRecorded { .. } => {}
        }
    }

    /// Reads the interview clock at `now`.
    pub fn clock_at(&self, now: Timestamp) -> ClockReading {
        self.clock.read(&self.plan.format, now)
    }

    /// The section the interview is in, if one has been entered.
    pub fn current_section(&self) -> Option<&SectionId> {
        self.clock.current_section()
    }

    /// Notes that are not deleted, in timeline order (by when they were started).
    pub fn visible_notes(&self) -> Vec<&Note> {
        self.timeline()
            .into_iter()
            .map(|i| &self.notes[i])
            .collect()
    }

    /// The indices into [`Self::notes`] of the notes not deleted, in timeline order.
    pub fn timeline(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.notes.len())
            .filter(|&i| !self.notes[i].deleted)
            .collect();
        order.sort_by_key(|&i| (self.notes[i].started_ms, self.notes[i].started_at));
        order
    }

    /// The note deleted last that is still deleted, if any.
    pub fn last_deleted_note(&self) -> Option<NoteId> {
        self.deletions.last().copied()
    }

    /// Looks up a note by id.
    pub fn note(&self, id: &NoteId) -> Option<&Note> {
        self.note_index.get(id).map(|&i| &self.notes[i])
    }

    /// Progress of a question (for a role), if anything happened to it.
    pub fn question_progress(
        &self,
        question: &QuestionId,
        role: Option<RoleId>,
    ) -> Option<&QuestionProgress> {
        self.questions.get(&progress_key(question, role))
    }

    /// The 1–10 rule's classification of the ratings given so far.
    pub fn self_awareness(&self) -> SelfAwareness {
        let ratings: Vec<Rating> = self.ratings.values().filter_map(|r| r.rating).collect();
        classify(&ratings)
    }

    /// `author`'s level for `criterion`: `None` when not scored yet, `Some(None)` when marked
    /// not assessed.
    pub fn level_of(&self, author: &str, criterion: &CriterionId) -> Option<Option<Level>> {
        Some(self.panelists.get(author)?.scores.get(criterion)?.level)
    }

    /// `author`'s weighted score over the session's rubric (unscored and not assessed
    /// criteria count for coverage only).
    pub fn weighted_score_of(&self, author: &str) -> WeightedScore {
        weighted_score(
            self.plan
                .rubric
                .criteria
                .iter()
                .map(|c| (c.weight, self.level_of(author, &c.id).flatten())),
        )
    }

    /// Whether `note` was taken on a question the rubric ties to `criterion`.
    pub fn feeds(&self, note: &Note, criterion: &CriterionId) -> bool {
        note.anchor
            .question
            .as_ref()
            .and_then(|q| self.plan.question(q))
            .is_some_and(|q| q.criteria.contains(criterion))
    }

    /// Where a new note taken now is anchored: the current section, question and role.
    pub fn current_anchor(&self) -> Anchor {
        let (question, role) = self.current_question.clone().unzip();
        Anchor {
            section: self.current_section().cloned(),
            question,
            role: role.flatten(),
        }
    }

    fn progress(&mut self, question: &QuestionId, role: Option<RoleId>) -> &mut QuestionProgress {
        self.questions
            .entry(progress_key(question, role))
            .or_default()
    }

    fn panelist(&mut self, author: &str) -> &mut PanelistScores {
        self.panelists.entry(author.to_owned()).or_default()
    }

    fn note_mut(&mut self, id: &NoteId) -> Option<&mut Note> {
        self.note_index.get(id).map(|&i| &mut self.notes[i])
    }

    fn add_question(&mut self, event: &Event, section: &SectionId, question: &Question) {
        let Some(index) = self.plan.format.section_index(section) else {
            return self.anomaly(event, "question added to an unknown section");
        };
        let ids = &mut self.plan.format.sections[index].questions;
        if !ids.contains(&question.id) {
            ids.push(question.id.clone());
        }
        if self.plan.question(&question.id).is_none() {
            self.plan.questions.push(question.clone());
        }
        if !self.added_questions.contains(&question.id) {
            self.added_questions.push(question.id.clone());
        }
    }

    fn anomaly(&mut self, event: &Event, reason: &str) {
        self.anomalies.push(Anomaly {
            event: event.id,
            reason: reason.to_owned(),
        });
    }
}

/// Questions are kept in a map with text keys so the state serializes to plain JSON.
fn progress_key(question: &QuestionId, role: Option<RoleId>) -> String {
    match role {
        Some(role) => format!("{question}@{role}"),
        None => question.to_string(),
    }
}
