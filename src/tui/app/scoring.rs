//! The scoring screen's commands: levels, evidence, the recommendation and its rationale.

use super::mode::{Confirm, Mode};
use super::ui::Ui;
use super::update::{Effect, close};
use crate::model::{EventKind, Recommendation, SessionState};
use crate::tui::keymap::Command;
use crate::tui::scoring::{
    Step, candidates, next_recommendation, recommendation, scored, step_level,
};
use crate::tui::text_input::TextInput;

/// Carries out a command on the scoring screen.
pub fn command(ui: &mut Ui, state: &SessionState, command: Command) -> Vec<Effect> {
    let author = ui.author.clone();
    let criteria = &state.plan.rubric.criteria;
    let Some(Mode::Scoring(scoring)) = ui.mode_mut() else {
        return Vec::new();
    };
    let Some(criterion) = criteria.get(scoring.selected) else {
        return close(ui);
    };
    let current = scored(state, &author, &criterion.id);
    let save = |events: Vec<EventKind>| vec![Effect::Record { events, then: None }];
    match &mut scoring.step {
        Step::Criteria => match command {
            Command::Up => scoring.selected = scoring.selected.saturating_sub(1),
            Command::Down => {
                scoring.selected = (scoring.selected + 1).min(criteria.len().saturating_sub(1));
            }
            Command::Left | Command::Right => {
                let Some(level) = step_level(current.level, command == Command::Right) else {
                    return Vec::new();
                };
                return save(vec![EventKind::ScoreSet {
                    criterion: criterion.id.clone(),
                    level,
                    evidence: current.evidence.to_vec(),
                }]);
            }
            Command::Evidence => {
                scoring.step = Step::Evidence {
                    cursor: 0,
                    picked: current.evidence.to_vec(),
                };
            }
            Command::NextRecommendation => {
                let (now, rationale) = recommendation(state, &author);
                return save(vec![EventKind::RecommendationSet {
                    recommendation: next_recommendation(now),
                    rationale,
                }]);
            }
            Command::Rationale => {
                let (_, rationale) = recommendation(state, &author);
                scoring.step = Step::Rationale(Box::new(TextInput::new(&rationale)));
            }
            Command::Submit => ui.open(Mode::Confirm(Confirm::Submit)),
            Command::Summary => ui.open(Mode::Summary { scroll: 0 }),
            Command::End => return super::live::end(ui, state),
            Command::Back => return close(ui),
            _ => {}
        },
        Step::Evidence { cursor, picked } => {
            let notes = candidates(state, &criterion.id);
            match command {
                Command::Up => *cursor = cursor.saturating_sub(1),
                Command::Down => *cursor = (*cursor + 1).min(notes.len().saturating_sub(1)),
                Command::TogglePick => {
                    if let Some(note) = notes.get(*cursor) {
                        match picked.iter().position(|id| *id == note.id) {
                            Some(at) => {
                                picked.remove(at);
                            }
                            None => picked.push(note.id),
                        }
                    }
                }
                Command::Back => {
                    let evidence = std::mem::take(picked);
                    scoring.step = Step::Criteria;
                    if evidence == current.evidence {
                        return Vec::new();
                    }
                    return save(vec![EventKind::ScoreSet {
                        criterion: criterion.id.clone(),
                        // Evidence before a level keeps the criterion without one.
                        level: current.level.flatten(),
                        evidence,
                    }]);
                }
                _ => {}
            }
        }
        Step::Rationale(input) => match command {
            Command::Save => {
                let rationale = input.text().trim().to_owned();
                scoring.step = Step::Criteria;
                let recommendation = recommendation(state, &author)
                    .0
                    .unwrap_or(Recommendation::Yes);
                return vec![Effect::Record {
                    events: vec![EventKind::RecommendationSet {
                        recommendation,
                        rationale,
                    }],
                    then: None,
                }];
            }
            Command::Back => scoring.step = Step::Criteria,
            _ => {}
        },
    }
    Vec::new()
}
