//! `rapport new`: start a session.

use std::io::Write;

use uuid::Uuid;

use super::args::NewArgs;
use super::{Context, UsageError, report};
use crate::content::Library;
use crate::model::{PlanId, SessionCreated, SessionHeader, SessionId, opening_events};

/// Creates the session, starts its clock in the first section, and prints its id.
pub fn run(args: NewArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let candidate = clean_name(&args.candidate)
        .ok_or_else(|| UsageError("--candidate needs a name".to_owned()))?;
    let panelist = clean_name(&args.panelist).unwrap_or_else(|| "interviewer".to_owned());
    let plan = Library::builtin()?.plan_snapshot(&args.format)?;
    let now = (ctx.now)();
    let header = SessionHeader {
        id: SessionId(Uuid::now_v7()),
        candidate,
        role: clean_name(&args.role).unwrap_or_default(),
        plan: PlanId::from("customer-service-agent"),
        format: plan.format.id.clone(),
        lang: args.lang,
        second_lang: args.also.filter(|&l| l != args.lang),
        panel: vec![panelist.clone()],
        created: now,
    };
    let opening = opening_events(&plan);
    let mut session = ctx
        .store()
        .create(SessionCreated { header, plan }, &panelist, now)?;
    session.record(&panelist, now, opening)?;
    let id = session.state().header.id;
    tracing::info!(session = %id, "session created");
    if args.no_tui || !ctx.stdout_is_terminal {
        writeln!(out, "{id}")?;
    } else {
        writeln!(out, "Started {}", report::title(session.state()))?;
        writeln!(out, "  session {id}")?;
        writeln!(
            out,
            "  The clock is running. Add notes with `rapport note --last TEXT`."
        )?;
    }
    Ok(())
}

/// A name as typed, trimmed and with control characters (newlines, tabs) made spaces; `None`
/// when nothing is left.
fn clean_name(raw: &str) -> Option<String> {
    let cleaned: String = raw
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let trimmed = cleaned.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_are_trimmed_and_never_empty() {
        assert_eq!(super::clean_name("  Åse\tØ  "), Some("Åse Ø".to_owned()));
        assert_eq!(super::clean_name(" \n "), None);
        assert_eq!(super::clean_name("王小明 🚀"), Some("王小明 🚀".to_owned()));
    }
}
