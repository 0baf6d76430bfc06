//! "Call a referee": from an interview on the home screen, pick a manager its deep-dive
//! marked for a reference call and record how the candidate agreed to it, before the call
//! starts (in Norway and Denmark a referee is contacted only with the candidate's consent).

use super::plan::MarkedReferee;
use crate::model::SessionId;
use crate::tui::text_input::TextInput;

/// A reference call being set up.
#[derive(Debug, Clone)]
pub struct Calling {
    /// The candidate's interview.
    pub session: SessionId,
    /// The candidate.
    pub candidate: String,
    /// The managers marked for a call.
    pub referees: Vec<MarkedReferee>,
    /// The one chosen.
    pub selected: usize,
    /// How the candidate agreed to the call.
    pub consent: TextInput,
    /// Set when Enter was pressed with no consent recorded.
    pub missing_consent: bool,
}

/// What the home screen is to do once a call is set up: start it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferenceCallChoice {
    /// The candidate's interview.
    pub session: SessionId,
    /// The manager to call.
    pub manager: String,
    /// How the candidate agreed to it.
    pub consent: String,
}

impl Calling {
    /// Setting up a call to one of `referees` for the candidate of `session`.
    pub fn new(session: SessionId, candidate: String, referees: Vec<MarkedReferee>) -> Self {
        Calling {
            session,
            candidate,
            referees,
            selected: 0,
            consent: TextInput::default(),
            missing_consent: false,
        }
    }

    /// Chooses the next (`down`) or previous manager.
    pub fn step(&mut self, down: bool) {
        let last = self.referees.len().saturating_sub(1);
        self.selected = if down {
            (self.selected + 1).min(last)
        } else {
            self.selected.saturating_sub(1)
        };
    }

    /// The call to start, once a manager is chosen and the consent recorded; otherwise
    /// marks what is missing.
    pub fn start(&mut self) -> Option<ReferenceCallChoice> {
        let Some(consent) = self.consent.value() else {
            self.missing_consent = true;
            return None;
        };
        let manager = self.referees.get(self.selected)?.name.clone();
        Some(ReferenceCallChoice {
            session: self.session,
            manager,
            consent,
        })
    }
}
