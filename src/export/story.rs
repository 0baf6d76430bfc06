//! The interview as it went, grouped as it was gathered: each section of the agenda in order;
//! in the deep-dive, each role of the candidate's career; under each, its questions (asked,
//! skipped, brought in or not reached, with the time spent), the answer summary and the notes
//! taken on it. Notes taken on no question stay with their section, or at the end.

use super::report::NoteLine;
use crate::model::agenda::{self, Stop};
use crate::model::lang::pick;
use crate::model::state::Role;
use crate::model::{RoleDetails, RoleId, SessionState, Timestamp};

/// What became of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    /// It was asked.
    Asked,
    /// It was skipped on purpose.
    Skipped,
    /// The interview did not reach it.
    NotAsked,
}

/// One question as the interview met it.
#[derive(Debug, Clone)]
pub struct QuestionStory {
    /// The question's id.
    pub id: crate::model::QuestionId,
    /// The deep-dive role it was asked about.
    pub role: Option<RoleId>,
    /// The question, in the interview language.
    pub text: String,
    /// Asked, skipped or not reached.
    pub fate: Fate,
    /// Whether it was brought in from a bank during the interview.
    pub added: bool,
    /// The interview time spent on it, in ms.
    pub spent_ms: u64,
    /// The answer summed up (F4), if it was.
    pub answer: Option<String>,
    /// The notes taken on it.
    pub notes: Vec<NoteLine>,
}

/// The questions asked about one role of the deep-dive (or, elsewhere, the section's own).
#[derive(Debug, Clone)]
pub struct RoleStory {
    /// The role, in the deep-dive.
    pub role: Option<RoleDetails>,
    /// Its questions, in the agenda's order.
    pub questions: Vec<QuestionStory>,
}

/// One section of the agenda.
#[derive(Debug, Clone)]
pub struct SectionStory {
    /// Its id.
    pub id: crate::model::SectionId,
    /// Its title (UI language).
    pub title: String,
    /// Notes taken in it on no question.
    pub notes: Vec<NoteLine>,
    /// Its questions, by role in the deep-dive.
    pub roles: Vec<RoleStory>,
}

impl SectionStory {
    /// Whether it has neither questions nor notes (an opening or a close held as planned).
    pub fn is_empty(&self) -> bool {
        self.notes.is_empty() && self.roles.iter().all(|r| r.questions.is_empty())
    }
}

/// The whole interview as it went.
#[derive(Debug, Clone, Default)]
pub struct Story {
    /// The sections, in the agenda's order.
    pub sections: Vec<SectionStory>,
    /// Notes that belong to no section.
    pub unplaced: Vec<NoteLine>,
}

impl Story {
    /// Replaces people's names with initials in every text of the story; returns how many.
    pub fn redact(&mut self, r: &super::Redactor) -> usize {
        let mut n = 0;
        for section in &mut self.sections {
            for note in &mut section.notes {
                n += r.field(&mut note.text) + r.field(&mut note.author);
            }
            for role in &mut section.roles {
                n += role
                    .role
                    .as_mut()
                    .map_or(0, |d| super::report::redact_role(d, r));
                for q in &mut role.questions {
                    n += q.answer.as_mut().map_or(0, |a| r.field(a));
                    for note in &mut q.notes {
                        n += r.field(&mut note.text) + r.field(&mut note.author);
                    }
                }
            }
        }
        for note in &mut self.unplaced {
            n += r.field(&mut note.text) + r.field(&mut note.author);
        }
        n
    }

    /// How many questions were asked, skipped, brought in, and not reached.
    pub fn counts(&self) -> (usize, usize, usize, usize) {
        let questions = || {
            self.sections
                .iter()
                .flat_map(|s| &s.roles)
                .flat_map(|r| &r.questions)
        };
        let of = |fate| questions().filter(|q| q.fate == fate).count();
        (
            of(Fate::Asked),
            of(Fate::Skipped),
            questions().filter(|q| q.added).count(),
            of(Fate::NotAsked),
        )
    }

    /// The story of `state` at `now`, section titles in `ui`.
    pub fn of(state: &SessionState, now: Timestamp, ui: crate::model::Lang) -> Self {
        let plan = &state.plan;
        let elapsed = state.clock.elapsed_at(now);
        let lang = state.header.lang;
        let mut placed = vec![false; state.notes.len()];
        let notes = state.visible_notes();
        let mut take = |matches: &dyn Fn(&crate::model::Note) -> bool| -> Vec<NoteLine> {
            notes
                .iter()
                .filter(|n| {
                    let i = state.notes.iter().position(|m| m.id == n.id).unwrap_or(0);
                    let take = !placed[i] && matches(n);
                    if take {
                        placed[i] = true;
                    }
                    take
                })
                .map(|n| NoteLine::of(n))
                .collect()
        };
        let stops = agenda::stops(state);
        let mut sections: Vec<SectionStory> = Vec::new();
        for (i, section) in plan.format.sections.iter().enumerate() {
            // The stops of the section, a run of questions per role.
            let mut roles: Vec<(Option<RoleId>, RoleStory)> = Vec::new();
            for Stop { question, role, .. } in stops.iter().filter(|s| s.section == i) {
                let Some(question) = question else {
                    continue;
                };
                if roles.last().is_none_or(|(id, _)| id != role) {
                    let details = role.and_then(|id| {
                        state
                            .roles
                            .iter()
                            .find(|r: &&Role| r.id == id)
                            .map(|r| r.details.clone())
                    });
                    roles.push((
                        *role,
                        RoleStory {
                            role: details,
                            questions: Vec::new(),
                        },
                    ));
                }
                let progress = state.question_progress(question, *role);
                let fate = match progress {
                    Some(p) if p.asked => Fate::Asked,
                    Some(p) if p.skipped => Fate::Skipped,
                    _ => Fate::NotAsked,
                };
                let text = plan
                    .question(question)
                    .and_then(|q| pick(&q.text, lang))
                    .map_or_else(|| question.to_string(), |t| t.value.text.clone());
                let story = QuestionStory {
                    id: question.clone(),
                    role: *role,
                    text,
                    fate,
                    added: state.added_questions.contains(question),
                    spent_ms: state.time_on(&(question.clone(), *role), elapsed),
                    answer: progress.and_then(|p| p.summary.clone()),
                    notes: take(&|n| {
                        n.anchor.question.as_ref() == Some(question) && n.anchor.role == *role
                    }),
                };
                if let Some((_, open)) = roles.last_mut() {
                    open.questions.push(story);
                }
            }
            let title = pick(&section.title, ui)
                .map_or_else(|| section.id.to_string(), |t| t.value.clone());
            sections.push(SectionStory {
                id: section.id.clone(),
                title,
                notes: Vec::new(),
                roles: roles.into_iter().map(|(_, r)| r).collect(),
            });
        }
        // Then what was said in a section on none of its questions.
        for (i, section) in plan.format.sections.iter().enumerate() {
            sections[i].notes = take(&|n| n.anchor.section.as_ref() == Some(&section.id));
        }
        let unplaced = take(&|_| true);
        Story { sections, unplaced }
    }
}
