//! `rapport purge`: delete sessions not touched for a while.

use std::io::Write;

use super::Context;
use super::args::PurgeArgs;
use super::deletion::{Doomed, confirm};

/// Lists the sessions whose last activity is older than the cut-off, asks, and deletes.
pub fn run(args: PurgeArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let now = (ctx.now)();
    let age = chrono::Duration::from_std(args.older_than)
        .map_err(|_| anyhow::anyhow!("--older-than is too long"))?;
    let cutoff = now - age;
    let store = ctx.store();
    let (sessions, failed) = store.summaries()?;
    for err in &failed {
        crate::say_err!(
            "rapport: could not read a session, so left it alone: {}",
            super::report::sentence(err)
        );
    }
    let old: Vec<_> = sessions
        .into_iter()
        .filter(|l| l.summary.last_activity < cutoff)
        .collect();
    let doomed = Doomed::gather(&store, ctx, old, &[])?;
    if doomed.is_empty() {
        writeln!(
            out,
            "No session is older than {}: nothing to delete.",
            humantime::format_duration(args.older_than)
        )?;
        return Ok(());
    }
    writeln!(
        out,
        "These sessions were last touched before {}:",
        cutoff.format("%Y-%m-%d")
    )?;
    doomed.describe(out)?;
    if !confirm(args.yes, ctx, out)? {
        anyhow::bail!("nothing was deleted (confirm with --yes, or run it in a terminal)");
    }
    let (files, lines) = doomed.delete(&store)?;
    writeln!(out, "Deleted {files} file(s) and {lines} log line(s).")?;
    Ok(())
}
