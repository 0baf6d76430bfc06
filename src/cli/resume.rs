//! `rapport resume`: reopen a session (after a crash too) and say where it stands.

use std::io::Write;

use super::args::ResumeArgs;
use super::{Context, report};
use crate::model::{Lang, lang::pick, last_alive};

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
    writeln!(out, "  session   {id}")?;
    let status = if reading.ended {
        "ended"
    } else if reading.paused {
        "paused"
    } else {
        "running"
    };
    writeln!(
        out,
        "  clock     {} of {} ({status})",
        report::clock(reading.elapsed_ms),
        report::clock(reading.budget_ms)
    )?;
    if let Some(section) = &reading.section {
        let format = &state.plan.format;
        let title = pick(&format.sections[section.index].title, Lang::En)
            .map_or(section.id.as_str(), |p| p.value.as_str());
        writeln!(out, "  section   {title}")?;
    }
    writeln!(out, "  notes     {}", state.visible_notes().len())?;
    let alive = last_alive(state, draft.as_ref());
    writeln!(out, "  last seen {}", alive.format("%Y-%m-%d %H:%M:%S"))?;
    if let Some(draft) = draft {
        writeln!(
            out,
            "  unsaved   \"{}\" (kept as a draft)",
            crate::text::visible::line(&draft.text)
        )?;
    }
    Ok(())
}
