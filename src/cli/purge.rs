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
    let readable: std::collections::HashSet<_> = sessions.iter().map(|l| l.summary.id).collect();
    let old: Vec<_> = sessions
        .into_iter()
        .filter(|l| l.summary.last_activity < cutoff)
        .collect();
    // Logs that are not rapport's at all (not a newer rapport's, not a FIFO) go by their age.
    let broken: Vec<_> = failed
        .iter()
        .filter_map(|err| match err {
            crate::store::StoreError::NotASession { path, .. } => Some(path),
            _ => None,
        })
        .filter(|path| {
            std::fs::symlink_metadata(path)
                .and_then(|m| m.modified())
                .is_ok_and(|t| chrono::DateTime::<chrono::Utc>::from(t) < cutoff)
        })
        .filter_map(|path| super::deletion::session_of(path))
        .collect();
    let doomed = Doomed::gather(&store, ctx, old, broken, &readable, None)?;
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
    doomed.describe(out, true)?;
    if !confirm(args.yes, ctx, out)? {
        anyhow::bail!("nothing was deleted (confirm with --yes, or run it in a terminal)");
    }
    let (files, lines) = doomed.delete(&store)?;
    writeln!(out, "Deleted {files} file(s) and {lines} log line(s).")?;
    Ok(())
}
