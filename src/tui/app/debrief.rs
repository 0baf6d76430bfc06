//! The debrief screen's commands: moving through the criteria, their level descriptions, the
//! panel's notes, and writing down the panel's decision.

use super::mode::Mode;
use super::ui::Ui;
use super::update::{Effect, close};
use crate::model::{EventKind, SessionState};
use crate::tui::debrief::{Step, next_decision};
use crate::tui::keymap::Command;
use crate::tui::scoring::Scoring;

/// How many of the panel's notes PgUp and PgDn scroll by.
pub const NOTES_PAGE: usize = 5;

/// Carries out a command on the debrief screen.
pub fn command(ui: &mut Ui, state: &SessionState, command: Command) -> Vec<Effect> {
    let criteria = state.plan.rubric.criteria.len();
    let notes = state.visible_notes().len();
    let recorded = state
        .consensus
        .as_ref()
        .map(|c| (c.decision, c.rationale.as_str()));
    let Some(Mode::Debrief(debrief)) = ui.mode_mut() else {
        return Vec::new();
    };
    match &mut debrief.step {
        Step::Grid => match command {
            Command::Up => debrief.selected = debrief.selected.saturating_sub(1),
            Command::Down => {
                debrief.selected = (debrief.selected + 1).min(criteria.saturating_sub(1));
            }
            Command::Anchors => debrief.anchors = !debrief.anchors,
            Command::PageUp => debrief.scroll = debrief.scroll.saturating_sub(NOTES_PAGE),
            Command::PageDown => {
                debrief.scroll = (debrief.scroll + NOTES_PAGE).min(notes.saturating_sub(1));
            }
            Command::Decide => debrief.decide(recorded),
            Command::Scoring => ui.open(Mode::Scoring(Scoring::default())),
            Command::Summary => ui.open(Mode::Summary { scroll: 0 }),
            Command::Back => return close(ui),
            _ => {}
        },
        Step::Decision { choice, rationale } => match command {
            Command::Up | Command::Down => {
                *choice = next_decision(*choice, command == Command::Down);
            }
            Command::Save => {
                let decided = EventKind::ConsensusRecorded {
                    decision: *choice,
                    rationale: rationale.text().trim().to_owned(),
                };
                debrief.step = Step::Grid;
                return vec![Effect::Record {
                    events: vec![decided],
                    then: None,
                }];
            }
            Command::Back => debrief.step = Step::Grid,
            _ => {}
        },
    }
    Vec::new()
}
