//! `rapport new`: start a session.

use std::io::Write;

use uuid::Uuid;

use super::args::NewArgs;
use super::{Context, UsageError};
use crate::model::lang::pick;
use crate::model::{Lang, PlanId, SessionCreated, SessionHeader, SessionId, opening_events};

/// Creates the session, starts its clock in the first section, and prints its id.
pub fn run(args: NewArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let candidate = clean_name(&args.candidate)
        .ok_or_else(|| UsageError("--candidate needs a name".to_owned()))?;
    let panelist = clean_name(&args.panelist.name).unwrap_or_else(|| "interviewer".to_owned());
    let library = super::library(ctx);
    let langs: Vec<Lang> = [Some(args.lang), args.also].into_iter().flatten().collect();
    let prepared = library.prepare(&args.plan, args.format.as_deref(), &langs)?;
    let plan = prepared.snapshot;
    let role = args
        .role
        .as_deref()
        .and_then(clean_name)
        .or_else(|| pick(&prepared.role, args.lang).map(|p| p.value.clone()))
        .unwrap_or_default();
    let now = (ctx.now)();
    let header = SessionHeader {
        id: SessionId(Uuid::now_v7()),
        candidate,
        role,
        plan: PlanId::from(args.plan.as_str()),
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
        return Ok(());
    }
    ctx.live(session, panelist)
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
