//! Questions over the live screen: confirmations, the crash question and the coverage check
//! before ending. Each says which key answers it; typing goes on into the note line.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{boxed, keys_line};
use crate::i18n::clock;
use crate::model::Timestamp;
use crate::model::lang::pick;
use crate::text::fit;
use crate::tui::app::mode::{Confirm, Mode};
use crate::tui::keymap::{Command, LIVE_KEYS};
use crate::tui::view::View;

/// A confirmation: what it is about, and its keys.
pub fn confirm(frame: &mut Frame, app: &View, area: Rect, confirm: Confirm, now: Timestamp) {
    let t = &app.theme;
    let ui = app.ui;
    let (title, text) = match confirm {
        Confirm::Quit => ("confirm-quit-title", ui.t("confirm-quit")),
        Confirm::Submit => ("confirm-submit-title", ui.t("confirm-submit")),
        Confirm::Delete(_) => {
            let key = LIVE_KEYS.key_of(Command::RestoreNote);
            let text = ui.t_with("confirm-delete", &[("key", key.into())]);
            ("confirm-delete-title", text)
        }
        Confirm::Reopen => {
            let state = app.state;
            let ended = state.ended_at.unwrap_or(now);
            let gap = clock((now - ended).num_milliseconds().max(0) as u64);
            let at = clock(state.clock.elapsed_at(now));
            let text = ui.t_with(
                "confirm-reopen",
                &[("gap", gap.into()), ("clock", at.into())],
            );
            ("confirm-reopen-title", text)
        }
    };
    let keymap = Mode::Confirm(confirm).keymap();
    let width = 64;
    let lines = vec![
        Line::styled(text, t.strong),
        Line::raw(""),
        keys_line(app, keymap, width),
    ];
    boxed(frame, app, area, width, &ui.t(title), lines, false);
}

/// After a crash: how long rapport was gone, and did the call go on meanwhile?
pub fn downtime(frame: &mut Frame, app: &View, area: Rect, from: Timestamp, to: Timestamp) {
    let t = &app.theme;
    let gap = clock((to - from).num_milliseconds().max(0) as u64);
    let since = from.format("%H:%M:%S").to_string();
    let question = app.ui.t_with(
        "downtime-question",
        &[("gap", gap.into()), ("since", since.into())],
    );
    let width = 64;
    let keymap = Mode::Downtime { from, to }.keymap();
    let lines = vec![
        Line::styled(question, t.strong),
        Line::raw(""),
        keys_line(app, keymap, width),
    ];
    let title = app.ui.t("downtime-title");
    boxed(frame, app, area, width, &title, lines, true);
}

/// Before ending: the planned questions not asked, and the criteria not scored or scored
/// without evidence, while the candidate is still there.
pub fn end_check(frame: &mut Frame, app: &View, area: Rect) {
    const SHOWN: usize = 6;
    let t = &app.theme;
    let ui = app.ui;
    let state = app.state;
    let coverage = crate::tui::coverage::Coverage::of(state, &app.live.author);
    let width = area.width.saturating_sub(4).min(76);
    let room = usize::from(width).saturating_sub(8);
    let mut lines = Vec::new();
    let list = |lines: &mut Vec<Line>, heading: &str, items: Vec<String>| {
        if items.is_empty() {
            return;
        }
        let count = items.len();
        lines.push(Line::styled(
            ui.t_with(heading, &[("count", count.into())]),
            t.warn,
        ));
        for item in items.iter().take(SHOWN) {
            lines.push(Line::styled(fit(&format!("  · {item}"), room), t.text));
        }
        if count > SHOWN {
            let more = ui.t_with("coverage-more", &[("count", (count - SHOWN).into())]);
            lines.push(Line::styled(format!("    {more}"), t.dim));
        }
    };
    let question = |stop: &crate::tui::agenda::Stop| {
        let q = stop.question.as_ref()?;
        let text = state
            .plan
            .question(q)
            .and_then(|question| pick(&question.text, state.header.lang))
            .map_or(q.to_string(), |p| p.value.text.clone());
        let role = stop.role.and_then(|id| app.role(id));
        Some(match role {
            Some(role) => format!("{} — {text}", role.details.employer),
            None => text,
        })
    };
    let criterion = |id: &crate::model::CriterionId| {
        state
            .plan
            .rubric
            .criteria
            .iter()
            .find(|c| &c.id == id)
            .and_then(|c| pick(&c.text, ui.lang()))
            .map_or(id.to_string(), |p| p.value.name.clone())
    };
    if coverage.is_complete() {
        lines.push(Line::styled(ui.t("coverage-complete"), t.good));
    }
    list(
        &mut lines,
        "coverage-not-asked",
        coverage.not_asked.iter().filter_map(question).collect(),
    );
    list(
        &mut lines,
        "coverage-not-scored",
        coverage.not_scored.iter().map(criterion).collect(),
    );
    list(
        &mut lines,
        "coverage-no-evidence",
        coverage.without_evidence.iter().map(criterion).collect(),
    );
    lines.push(Line::default());
    lines.push(keys_line(app, Mode::EndCheck.keymap(), width));
    let title = ui.t("coverage-title");
    boxed(frame, app, area, width, &title, lines, false);
}
