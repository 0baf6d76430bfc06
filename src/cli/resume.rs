//! `rapport resume`: reopen a session (after a crash too) and say where it stands.

use std::io::Write;

use super::args::ResumeArgs;
use super::{Context, report};
use crate::model::{lang::pick, last_alive};

/// Opens the session for writing — taking its lock and repairing damage — and reports where
/// the interview was: clock, section, notes, and any note that was being typed.
pub fn run(args: ResumeArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let store = ctx.store();
    let id = args.target.resolve(&store)?;
    let now = (ctx.now)();
    let mut session = store.open(id)?;
    report::recovery(session.recovery(), true);
    // Where the interview stands for whoever records here: their own clock.
    let (name, was) = ctx.panelist_of(&mut session, args.panelist.name)?;
    if !args.no_tui && ctx.stdout_is_terminal {
        return ctx.live_as(session, name, was);
    }
    let state = session.state();
    let draft = session.files().load_draft();
    let reading = state.clock_at(now);
    writeln!(
        out,
        "{}",
        report::title(
            &state.header.candidate,
            &state.header.role,
            &state.header.format
        )
    )?;
    let ui = crate::i18n::Catalog::new(ctx.ui_lang);
    let status = ui.t(if reading.ended {
        "resume-ended"
    } else if reading.paused {
        "resume-paused"
    } else {
        "resume-running"
    });
    let clock = ui.t_with(
        "resume-clock-value",
        &[
            ("spent", report::clock(reading.elapsed_ms).into()),
            ("planned", report::clock(reading.budget_ms).into()),
            ("status", status.into()),
        ],
    );
    let mut rows = vec![("resume-session", id.to_string()), ("resume-clock", clock)];
    if let Some(section) = &reading.section {
        let format = &state.plan.format;
        let title = pick(&format.sections[section.index].title, ui.lang())
            .map_or(section.id.to_string(), |p| p.value.clone());
        rows.push(("resume-section", title));
    }
    rows.push(("resume-notes", state.visible_notes().len().to_string()));
    let alive = last_alive(state, draft.as_ref());
    rows.push(("resume-last-seen", crate::i18n::date_time(ui.lang(), alive)));
    if let Some(draft) = draft {
        let text = crate::text::visible::line(&draft.text).into_owned();
        rows.push((
            "resume-unsaved",
            ui.t_with("resume-draft", &[("text", text.into())]),
        ));
    }
    let labels: Vec<String> = rows.iter().map(|(id, _)| ui.t(id)).collect();
    let width = labels
        .iter()
        .map(|l| unicode_width::UnicodeWidthStr::width(l.as_str()))
        .max();
    for (label, (_, value)) in labels.iter().zip(&rows) {
        let label = crate::text::pad_right(label, width.unwrap_or(0));
        writeln!(out, "  {label} {value}")?;
    }
    Ok(())
}
