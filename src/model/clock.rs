//! The interview clock, computed from events' wall-clock times and an injected "now".
//!
//! Nothing here reads a clock: the clock is a record of when it started, paused, resumed and
//! ended, plus the sections entered; every reading takes `now` as an argument. That is what lets
//! a session resume after a crash with the right time on it.

use serde::Serialize;

use super::event::{EventKind, Timestamp};
use super::ids::SectionId;
use super::plan::Format;

/// Milliseconds since the Unix epoch.
type Ms = i64;

/// A span during which the clock did not run. `to` is `None` while still paused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
struct Pause {
    from: Ms,
    to: Option<Ms>,
}

/// The clock's history, folded from events.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Clock {
    started: Option<Ms>,
    ended: Option<Ms>,
    pauses: Vec<Pause>,
    sections: Vec<(SectionId, Ms)>,
}

/// Where one section stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct SectionReading {
    /// The section.
    pub id: SectionId,
    /// Its position in the agenda.
    pub index: usize,
    /// Interview time spent in it so far, in ms.
    pub spent_ms: u64,
    /// Its budget, in ms.
    pub budget_ms: u64,
    /// Budget minus spent; negative when over.
    pub remaining_ms: i64,
}

/// The clock as it reads at one moment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct ClockReading {
    /// Whether the clock has started.
    pub started: bool,
    /// Whether it is paused now.
    pub paused: bool,
    /// Whether the session has ended (the clock is stopped for good).
    pub ended: bool,
    /// Interview time so far, in ms (pauses excluded).
    pub elapsed_ms: u64,
    /// The format's whole budget, in ms.
    pub budget_ms: u64,
    /// Budget minus elapsed; negative in overtime.
    pub remaining_ms: i64,
    /// How far past the budget, in ms (0 when within it).
    pub overtime_ms: u64,
    /// The current section, if one has been entered.
    pub section: Option<SectionReading>,
    /// Against the plan: positive when behind by that many ms, negative when ahead.
    pub behind_ms: i64,
}

impl Clock {
    /// Takes one event into account. Events must come in log order.
    pub fn apply(&mut self, kind: &EventKind, at: Timestamp) {
        let at = at.timestamp_millis();
        match kind {
            EventKind::ClockStarted if self.started.is_none() => self.started = Some(at),
            EventKind::ClockStarted | EventKind::ClockResumed => {
                if let Some(open) = self.pauses.last_mut().filter(|p| p.to.is_none()) {
                    open.to = Some(at.max(open.from));
                }
            }
            EventKind::ClockPaused if self.is_running() => {
                self.pauses.push(Pause { from: at, to: None });
            }
            EventKind::DowntimeRecorded {
                from,
                to,
                call_went_on: false,
            } if self.is_running() => {
                let (from, to) = (from.timestamp_millis(), to.timestamp_millis());
                self.pauses.push(Pause {
                    from,
                    to: Some(to.max(from)),
                });
            }
            EventKind::SectionEntered { section } => self.sections.push((section.clone(), at)),
            EventKind::SessionEnded if self.ended.is_none() => self.ended = Some(at),
            EventKind::SessionReopened { gap_counts } => {
                // A clock paused when it ended stays paused: that pause already covers the gap.
                if let Some(ended) = self.ended.take()
                    && !gap_counts
                    && !self.is_paused()
                {
                    self.pauses.push(Pause {
                        from: ended,
                        to: Some(at.max(ended)),
                    });
                }
            }
            _ => {}
        }
    }

    /// Whether the clock has started and is neither paused nor ended.
    pub fn is_running(&self) -> bool {
        self.started.is_some() && self.ended.is_none() && !self.is_paused()
    }

    fn is_paused(&self) -> bool {
        self.pauses.last().is_some_and(|p| p.to.is_none())
    }

    /// The interview time at wall-clock moment `t`, in ms: time since the start, minus pauses,
    /// stopped at the end. Never negative, even if the wall clock stepped back.
    pub fn elapsed_at(&self, t: Timestamp) -> u64 {
        self.elapsed_at_ms(t.timestamp_millis())
    }

    fn elapsed_at_ms(&self, t: Ms) -> u64 {
        let Some(start) = self.started else { return 0 };
        let end = self.ended.map_or(t, |e| e.min(t));
        if end <= start {
            return 0;
        }
        let paused: i64 = self
            .pauses
            .iter()
            .map(|p| {
                let from = p.from.max(start);
                let to = p.to.unwrap_or(end).min(end);
                (to - from).max(0)
            })
            .sum();
        u64::try_from(end - start - paused).unwrap_or(0)
    }

    /// The section entered last, if any.
    pub fn current_section(&self) -> Option<&SectionId> {
        self.sections.last().map(|(id, _)| id)
    }

    /// Interview time spent in each section up to `now`, in agenda order (sections never entered
    /// spend 0; time before the first section entered counts for none).
    pub fn section_spent(&self, format: &Format, now: Timestamp) -> Vec<(SectionId, u64)> {
        let now = now.timestamp_millis();
        let mut spent: Vec<(SectionId, u64)> =
            format.sections.iter().map(|s| (s.id.clone(), 0)).collect();
        for (i, (id, from)) in self.sections.iter().enumerate() {
            let to = self.sections.get(i + 1).map_or(now, |(_, t)| *t);
            let span = self
                .elapsed_at_ms(to)
                .saturating_sub(self.elapsed_at_ms(*from));
            if let Some(slot) = spent.iter_mut().find(|(s, _)| s == id) {
                slot.1 += span;
            }
        }
        spent
    }

    /// Reads the clock at `now` against the format's budgets.
    pub fn read(&self, format: &Format, now: Timestamp) -> ClockReading {
        let elapsed_ms = self.elapsed_at(now);
        let budget_ms = format.budget_ms();
        let remaining_ms = signed(budget_ms) - signed(elapsed_ms);
        let spent = self.section_spent(format, now);
        let section = self.current_section().and_then(|id| {
            let index = format.section_index(id)?;
            let budget_ms = u64::from(format.sections[index].budget_s) * 1000;
            let spent_ms = spent[index].1;
            Some(SectionReading {
                id: id.clone(),
                index,
                spent_ms,
                budget_ms,
                remaining_ms: signed(budget_ms) - signed(spent_ms),
            })
        });
        // On plan, the clock would show the budgets of the sections before this one, plus the
        // time spent here so far (up to its budget).
        let planned_ms = section.as_ref().map_or(0, |s| {
            let before: u64 = format.sections[..s.index]
                .iter()
                .map(|x| u64::from(x.budget_s) * 1000)
                .sum();
            before + s.spent_ms.min(s.budget_ms)
        });
        ClockReading {
            started: self.started.is_some(),
            paused: self.is_paused(),
            ended: self.ended.is_some(),
            elapsed_ms,
            budget_ms,
            remaining_ms,
            overtime_ms: u64::try_from(-remaining_ms).unwrap_or(0),
            section,
            behind_ms: signed(elapsed_ms) - signed(planned_ms),
        }
    }
}

fn signed(ms: u64) -> i64 {
    i64::try_from(ms).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lang::Localized;
    use crate::model::plan::Section;
    use chrono::{Duration, TimeZone};

    fn t(min: i64, sec: i64) -> Timestamp {
        let base = chrono::FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
            .unwrap();
        base + Duration::seconds(min * 60 + sec)
    }

    fn format() -> Format {
        let section = |id: &str, min: u32| Section {
            id: id.into(),
            title: Localized::new(),
            hint: Localized::new(),
            budget_s: min * 60,
            questions: vec![],
        };
        Format {
            id: "test".into(),
            title: Localized::new(),
            sections: vec![section("a", 5), section("b", 10), section("c", 5)],
        }
    }

    fn clock(events: &[(EventKind, Timestamp)]) -> Clock {
        let mut c = Clock::default();
        for (kind, at) in events {
            c.apply(kind, *at);
        }
        c
    }

    fn enter(id: &str) -> EventKind {
        EventKind::SectionEntered { section: id.into() }
    }

    const MIN: u64 = 60_000;

    #[test]
    fn not_started_reads_zero() {
        let r = Clock::default().read(&format(), t(5, 0));
        assert_eq!(
            (r.started, r.elapsed_ms, r.remaining_ms),
            (false, 0, 20 * 60_000)
        );
    }

    #[test]
    fn runs_from_start_to_now() {
        let c = clock(&[(EventKind::ClockStarted, t(0, 0))]);
        let r = c.read(&format(), t(3, 30));
        assert_eq!(r.elapsed_ms, 3 * MIN + 30_000);
        assert!(!r.paused);
    }

    #[test]
    fn pauses_do_not_count_and_an_open_pause_reads_paused() {
        let c = clock(&[
            (EventKind::ClockStarted, t(0, 0)),
            (EventKind::ClockPaused, t(2, 0)),
            (EventKind::ClockResumed, t(7, 0)),
            (EventKind::ClockPaused, t(9, 0)),
        ]);
        let r = c.read(&format(), t(30, 0));
        assert_eq!(r.elapsed_ms, 4 * MIN);
        assert!(r.paused);
        assert!(!c.is_running());
    }

    #[test]
    fn a_second_pause_while_paused_changes_nothing() {
        let c = clock(&[
            (EventKind::ClockStarted, t(0, 0)),
            (EventKind::ClockPaused, t(1, 0)),
            (EventKind::ClockPaused, t(2, 0)),
            (EventKind::ClockResumed, t(3, 0)),
        ]);
        assert_eq!(c.elapsed_at(t(4, 0)), 2 * MIN);
    }

    #[test]
    fn overtime_is_negative_remaining() {
        let c = clock(&[(EventKind::ClockStarted, t(0, 0))]);
        let r = c.read(&format(), t(23, 0));
        assert_eq!(r.remaining_ms, -3 * 60_000);
        assert_eq!(r.overtime_ms, 3 * MIN);
    }

    #[test]
    fn ended_session_stops_the_clock() {
        let c = clock(&[
            (EventKind::ClockStarted, t(0, 0)),
            (EventKind::SessionEnded, t(18, 0)),
        ]);
        let r = c.read(&format(), t(50, 0));
        assert_eq!(r.elapsed_ms, 18 * MIN);
        assert!(r.ended);
    }

    #[test]
    fn a_crash_gap_counts_only_if_the_call_went_on() {
        let start = (EventKind::ClockStarted, t(0, 0));
        let gap = |went_on| EventKind::DowntimeRecorded {
            from: t(5, 0),
            to: t(8, 0),
            call_went_on: went_on,
        };
        let went_on = clock(&[start.clone(), (gap(true), t(8, 0))]);
        assert_eq!(went_on.elapsed_at(t(10, 0)), 10 * MIN);
        let stopped = clock(&[start, (gap(false), t(8, 0))]);
        assert_eq!(stopped.elapsed_at(t(10, 0)), 7 * MIN);
    }

    #[test]
    fn sections_track_their_own_time_and_the_pace() {
        let c = clock(&[
            (EventKind::ClockStarted, t(0, 0)),
            (enter("a"), t(0, 0)),
            (enter("b"), t(8, 0)),
            (EventKind::ClockPaused, t(10, 0)),
            (EventKind::ClockResumed, t(11, 0)),
        ]);
        let r = c.read(&format(), t(13, 0));
        let s = r.section.clone().unwrap();
        assert_eq!((s.id.as_str(), s.index), ("b", 1));
        assert_eq!(s.spent_ms, 4 * MIN);
        assert_eq!(s.remaining_ms, 6 * 60_000);
        // 12 min in; on plan we'd be 5 (a) + 4 (b so far) = 9 min in: 3 min behind.
        assert_eq!(r.behind_ms, 3 * 60_000);
        let spent = c.section_spent(&format(), t(13, 0));
        assert_eq!(spent[0].1, 8 * MIN);
        assert_eq!(spent[2].1, 0);
    }

    #[test]
    fn ahead_of_plan_is_negative() {
        let c = clock(&[
            (EventKind::ClockStarted, t(0, 0)),
            (enter("a"), t(0, 0)),
            (enter("b"), t(2, 0)),
        ]);
        assert_eq!(c.read(&format(), t(3, 0)).behind_ms, -3 * 60_000);
    }

    #[test]
    fn wall_clock_stepping_back_never_reads_negative() {
        let c = clock(&[(EventKind::ClockStarted, t(10, 0))]);
        assert_eq!(c.elapsed_at(t(9, 0)), 0);
    }
}
