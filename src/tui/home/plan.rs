//! The home screen's view of one plan: its candidates side by side, sortable by any column,
//! and how well its panel agrees (calibration). Read-only: nothing here changes a session.

use crate::export::calibration::CalibrationTables;
use crate::export::compare::{CompareTable, WEIGHTED};
use crate::model::SessionId;

/// A plan's candidates compared and how well its panel agrees, in the UI language.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanInsight {
    /// The role the plan hires for, in the UI language.
    pub role: String,
    /// The candidates side by side.
    pub compare: CompareTable,
    /// What to say when no candidate of the plan has been scored.
    pub compare_none: String,
    /// How well the panel agrees.
    pub calibration: CalibrationTables,
}

/// Where the home screen reads what a plan's sessions add up to, and whom an interview
/// marked for a reference call: the store, seen from the command line.
pub trait Insight {
    /// The candidates of plan `plan` compared and its calibration; or why not, in a few words.
    fn plan(&self, plan: &str) -> Result<PlanInsight, String>;
    /// The managers session `id` marked for a reference call, in the order of its roles.
    fn referees(&self, id: SessionId) -> Result<Vec<MarkedReferee>, String>;
}

/// A manager an interview marked for a reference call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkedReferee {
    /// Their name.
    pub name: String,
    /// Where they managed the candidate, and as what.
    pub place: String,
    /// Why call them, as the interviewer noted it.
    pub why: String,
}

/// Which of the plan's two tables is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// The candidates side by side.
    Candidates,
    /// How well the panel agrees.
    Calibration,
}

/// The view of one plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanView {
    /// Index into the home screen's plans.
    pub plan: usize,
    /// The table shown.
    pub tab: Tab,
    /// What the plan's sessions add up to, or why it could not be read.
    pub insight: Result<PlanInsight, String>,
    /// The column the candidates are sorted by.
    pub sort: usize,
    /// Highest first.
    pub descending: bool,
    /// The selected candidate.
    pub selected: usize,
    /// Rows scrolled past, in the calibration tab.
    pub scroll: u16,
}

impl PlanView {
    /// The view of plan number `plan`, with what it adds up to, sorted by weighted score.
    pub fn new(plan: usize, insight: Result<PlanInsight, String>) -> Self {
        PlanView {
            plan,
            tab: Tab::Candidates,
            insight,
            sort: WEIGHTED,
            descending: true,
            selected: 0,
            scroll: 0,
        }
    }

    /// The comparison, if it could be read.
    pub fn table(&self) -> Option<&CompareTable> {
        self.insight.as_ref().ok().map(|i| &i.compare)
    }

    /// Sorts by the next column to the right (`forward`) or left, numbers high to low and
    /// words from A, the way one reads each first.
    pub fn move_sort(&mut self, forward: bool) {
        let Some(columns) = self.table().map(|t| t.columns.len()).filter(|n| *n > 0) else {
            return;
        };
        self.sort = if forward {
            (self.sort + 1) % columns
        } else {
            (self.sort + columns - 1) % columns
        };
        self.descending = self
            .table()
            .and_then(|t| t.columns.get(self.sort))
            .is_some_and(|c| c.numeric && self.sort != 0);
        self.resort();
    }

    /// Turns the order round.
    pub fn reverse(&mut self) {
        self.descending = !self.descending;
        self.resort();
    }

    fn resort(&mut self) {
        let (sort, descending) = (self.sort, self.descending);
        if let Ok(insight) = &mut self.insight {
            insight.compare.sort_by(sort, descending);
        }
        self.selected = 0;
    }

    /// Moves the selection (the candidates) or scrolls (the calibration) by one.
    pub fn step(&mut self, down: bool) {
        match self.tab {
            Tab::Candidates => {
                let rows = self.table().map_or(0, |t| t.rows.len());
                self.selected = if down {
                    (self.selected + 1).min(rows.saturating_sub(1))
                } else {
                    self.selected.saturating_sub(1)
                };
            }
            Tab::Calibration => {
                // No further than its tables and their notes could reach.
                let most = self.insight.as_ref().map_or(0, |i| {
                    let c = &i.calibration;
                    (c.agreement.len() + c.leniency.len() + 16) as u16
                });
                self.scroll = if down {
                    (self.scroll + 1).min(most)
                } else {
                    self.scroll.saturating_sub(1)
                };
            }
        }
    }

    /// The latest interview of the selected candidate.
    pub fn selected_session(&self) -> Option<SessionId> {
        self.table()?.rows.get(self.selected)?.session
    }
}
