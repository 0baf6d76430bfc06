//! The live screen's own commands: moving through the interview, the clock, the notes, and
//! opening the other modes.

use super::mode::{Confirm, Form, Mode, Purpose};
use super::ui::Ui;
use super::update::{self, Effect};
use crate::model::{EventKind, SessionState, Timestamp};
use crate::tui::agenda;
use crate::tui::keymap::Command;
use crate::tui::scoring::Scoring;

/// Carries out a command pressed on the live screen.
pub fn command(ui: &mut Ui, state: &SessionState, command: Command, now: Timestamp) -> Vec<Effect> {
    match command {
        Command::NextQuestion => go_to(ui, state, ui.at + 1, true, now),
        Command::PreviousQuestion => match ui.at.checked_sub(1) {
            Some(to) => go_to(ui, state, to, true, now),
            None => Vec::new(),
        },
        Command::SkipQuestion => {
            let shown = ui.stop().cloned();
            let mut events = Vec::new();
            if let Some((question, role)) = shown.and_then(|s| Some((s.question?, s.role))) {
                events.push(EventKind::QuestionSkipped { question, role });
            }
            for effect in go_to(ui, state, ui.at + 1, false, now) {
                if let Effect::Record { events: moved, .. } = effect {
                    events.extend(moved);
                }
            }
            if events.is_empty() {
                return Vec::new();
            }
            vec![Effect::Record { events, then: None }]
        }
        Command::NextSection => match agenda::next_section(&ui.stops, ui.at) {
            Some(next) => go_to(ui, state, next, true, now),
            None => Vec::new(),
        },
        Command::TogglePause => {
            let kind = if state.clock_at(now).paused {
                EventKind::ClockResumed
            } else {
                EventKind::ClockPaused
            };
            vec![Effect::Record {
                events: vec![kind],
                then: None,
            }]
        }
        Command::SelectOlderNote => {
            let last = state.visible_notes().len().saturating_sub(1);
            ui.selected_note = Some(ui.selected_note.map_or(0, |n| (n + 1).min(last)));
            Vec::new()
        }
        Command::SelectNewerNote => {
            ui.selected_note = ui.selected_note.and_then(|n| n.checked_sub(1));
            Vec::new()
        }
        Command::ClearSelection => {
            ui.selected_note = None;
            Vec::new()
        }
        Command::QuestionDown | Command::QuestionUp => {
            let rows = crate::tui::view::question_rows(ui, state, now) as u16;
            ui.question_scroll = if command == Command::QuestionDown {
                (ui.question_scroll + 3).min(rows.saturating_sub(1))
            } else {
                ui.question_scroll.saturating_sub(3)
            };
            Vec::new()
        }
        Command::RestoreNote => match state.last_deleted_note() {
            Some(note) => vec![Effect::Record {
                events: vec![EventKind::NoteRestored { note }],
                then: None,
            }],
            None => Vec::new(),
        },
        Command::Answer => {
            let shown = ui.stop().cloned();
            if let Some((question, role)) = shown.and_then(|s| Some((s.question?, s.role))) {
                let summary = state
                    .question_progress(&question, role)
                    .and_then(|p| p.summary.clone());
                let form = Form::new(
                    Purpose::Answer(question, role),
                    &[summary.as_deref().unwrap_or("")],
                );
                ui.open(Mode::Form(form));
            }
            Vec::new()
        }
        Command::EditNote => update::edit_note(ui, state),
        Command::AddRole => {
            ui.open(Mode::Form(Form::new(Purpose::AddRole, &[""; 5])));
            Vec::new()
        }
        Command::MarkReference => update::reference(ui, state),
        Command::Search => update::search(ui, state),
        Command::Ratings => update::ratings(ui, state),
        Command::Scoring => {
            ui.open(Mode::Scoring(Scoring::default()));
            Vec::new()
        }
        Command::Summary => {
            ui.notice = None;
            ui.open(Mode::Summary { scroll: 0 });
            Vec::new()
        }
        Command::End => end(ui, state),
        Command::Quit => {
            ui.open(Mode::Confirm(Confirm::Quit));
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// Ctrl-E: the coverage check before ending, or, once ended, the question of reopening.
pub fn end(ui: &mut Ui, state: &SessionState) -> Vec<Effect> {
    if state.ended_at.is_some() {
        ui.open(Mode::Confirm(Confirm::Reopen));
    } else {
        ui.open(Mode::EndCheck);
    }
    Vec::new()
}

/// Moves to stop `to`, if there is one. What is recorded: the question left as asked (when
/// `leaving_counts` and it was neither asked nor skipped), the section entered if it changes,
/// and the question now shown, where the interview resumes.
pub fn go_to(
    ui: &mut Ui,
    state: &SessionState,
    to: usize,
    leaving_counts: bool,
    _now: Timestamp,
) -> Vec<Effect> {
    let Some(stop) = ui.stops.get(to).cloned() else {
        return Vec::new();
    };
    let from = ui.stop().cloned();
    ui.at = to;
    ui.question_scroll = 0;
    let mut events = Vec::new();
    if let Some(from) = from.filter(|f| leaving_counts && *f != stop)
        && let Some(question) = from.question
    {
        let done = state
            .question_progress(&question, from.role)
            .is_some_and(|p| p.asked || p.skipped);
        if !done {
            events.push(EventKind::QuestionAsked {
                question,
                role: from.role,
            });
        }
    }
    if let Some(section) = state.plan.format.sections.get(stop.section)
        && state.current_section() != Some(&section.id)
    {
        events.push(EventKind::SectionEntered {
            section: section.id.clone(),
        });
    }
    if let Some(question) = stop.question {
        let shown = Some((question.clone(), stop.role));
        if state.current_question != shown {
            events.push(EventKind::QuestionShown {
                question,
                role: stop.role,
            });
        }
    }
    if events.is_empty() {
        return Vec::new();
    }
    vec![Effect::Record { events, then: None }]
}
