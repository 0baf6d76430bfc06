//! The forms' commands: a role, a reference, an answer summary, a note's edit, the 1–10
//! rule, and the search.

use super::mode::{Confirm, Form, Mode, Purpose};
use super::ui::{Ui, role};
use super::update::{Effect, Then, close, in_deep_dive};
use crate::model::{EventKind, RoleDetails, SessionState, Timestamp};
use crate::tui::keymap::Command;

/// Carries out a command in a form of text fields.
pub fn form(ui: &mut Ui, state: &SessionState, command: Command, _now: Timestamp) -> Vec<Effect> {
    let deep_dive = in_deep_dive(ui, state);
    let Some(Mode::Form(form)) = ui.mode_mut() else {
        return Vec::new();
    };
    match command {
        Command::NextField => form.step(true),
        Command::PreviousField => form.step(false),
        Command::Back => return close(ui),
        Command::DeleteNote => {
            if let Purpose::EditNote(note) = &form.purpose {
                let note = *note;
                ui.open(Mode::Confirm(Confirm::Delete(note)));
            }
        }
        Command::Save => match submit(form, state, deep_dive) {
            Submitted::Record(events, then) => {
                return vec![Effect::Record {
                    events,
                    then: Some(then),
                }];
            }
            Submitted::Unchanged => return close(ui),
            Submitted::Incomplete => {}
        },
        _ => {}
    }
    Vec::new()
}

/// What Enter in a form comes to.
enum Submitted {
    /// These events, then this.
    Record(Vec<EventKind>, Then),
    /// Nothing changed: the form just closes.
    Unchanged,
    /// Something the form needs is missing (it says what).
    Incomplete,
}

/// What a form records on Enter; a form missing what it needs says so and records nothing.
fn submit(form: &mut Form, state: &SessionState, deep_dive: bool) -> Submitted {
    let (events, then) = match form.purpose.clone() {
        Purpose::AddRole => {
            let Some(employer) = form.value(0) else {
                form.problem = Some("role-need-employer");
                form.at = 0;
                return Submitted::Incomplete;
            };
            let details = RoleDetails {
                employer,
                title: form.value(1).unwrap_or_default(),
                from: form.value(2),
                to: form.value(3),
                manager: form.value(4),
                call_reference: None,
            };
            // In the deep-dive the new role is where the talk goes next. Roles taken from the
            // CV before it (in the opening, say) wait on the agenda.
            let then = Then::RoleAdded {
                go_there: deep_dive,
            };
            (vec![EventKind::RoleAdded { details }], then)
        }
        Purpose::Reference(id) => {
            let Some(mut details) = role(state, id).map(|r| r.details.clone()) else {
                return Submitted::Incomplete;
            };
            details.call_reference = form.value(0);
            let edit = EventKind::RoleEdited { role: id, details };
            (vec![edit], Then::Close)
        }
        Purpose::Answer(question, role) => {
            let Some(summary) = form.value(0) else {
                form.problem = Some("answer-need-text");
                return Submitted::Incomplete;
            };
            let answer = EventKind::QuestionAnswered {
                question,
                role,
                summary,
            };
            (vec![answer], Then::Close)
        }
        Purpose::EditNote(note) => {
            let Some(text) = form.value(0) else {
                form.problem = Some("note-edit-need-text");
                return Submitted::Incomplete;
            };
            let unchanged = state
                .note(&note)
                .is_some_and(|n| n.text == text && n.kind == form.kind);
            if unchanged {
                return Submitted::Unchanged;
            }
            let edit = EventKind::NoteEdited {
                note,
                note_kind: form.kind,
                text,
            };
            (vec![edit], Then::Close)
        }
        Purpose::RefereeRating => {
            use crate::tui::ratings::{Typed, read_rating};
            let rating = match read_rating(&form.value(0).unwrap_or_default()) {
                Typed::Valid(r) => Some(r),
                Typed::Empty => None,
                Typed::Invalid => {
                    form.problem = Some("referee-rating-invalid");
                    return Submitted::Incomplete;
                }
            };
            if rating == state.referee_rating {
                return Submitted::Unchanged;
            }
            (vec![EventKind::RefereeRated { rating }], Then::Close)
        }
    };
    Submitted::Record(events, then)
}

/// Carries out a command in the 1–10 rule's form.
pub fn ratings(ui: &mut Ui, state: &SessionState, command: Command) -> Vec<Effect> {
    let Some(Mode::Ratings(form)) = ui.mode_mut() else {
        return Vec::new();
    };
    match command {
        Command::NextField => form.step(true),
        Command::PreviousField => form.step(false),
        Command::Back => return close(ui),
        Command::Save => match form.events(state) {
            None => form.refused = true,
            Some(events) if events.is_empty() => return close(ui),
            Some(events) => {
                return vec![Effect::Record {
                    events,
                    then: Some(Then::Close),
                }];
            }
        },
        _ => {}
    }
    Vec::new()
}

/// Carries out a command in the search: a planned question is gone to; one from a bank joins
/// the section shown first.
pub fn search(ui: &mut Ui, state: &SessionState, command: Command, now: Timestamp) -> Vec<Effect> {
    let Some(Mode::Search(search)) = ui.mode_mut() else {
        return Vec::new();
    };
    match command {
        Command::Up => search.select(false),
        Command::Down => search.select(true),
        Command::Back => return close(ui),
        Command::Save => {
            let Some(chosen) = search.chosen().cloned() else {
                return Vec::new();
            };
            let id = chosen.question.id.clone();
            if chosen.planned {
                ui.close();
                let to = ui
                    .stops
                    .iter()
                    .position(|s| s.question.as_ref() == Some(&id));
                return to.map_or_else(Vec::new, |to| super::live::go_to(ui, state, to, true, now));
            }
            let section = ui
                .stop()
                .and_then(|s| state.plan.format.sections.get(s.section))
                .map(|s| s.id.clone());
            let Some(section) = section else {
                return Vec::new();
            };
            let question = Box::new(chosen.question);
            return vec![Effect::Record {
                events: vec![EventKind::QuestionAdded { section, question }],
                then: Some(Then::BroughtIn(id)),
            }];
        }
        _ => {}
    }
    Vec::new()
}
