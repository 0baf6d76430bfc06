//! `rapport forget`: delete everything rapport holds about one candidate.

use std::io::Write;

use super::args::ForgetArgs;
use super::deletion::{Doomed, confirm};
use super::{Context, UsageError};

/// Lists every session of the candidate and every log line naming them, asks, and deletes.
pub fn run(args: ForgetArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let name = args.candidate.trim();
    if name.is_empty() {
        return Err(UsageError("--candidate needs a name".into()).into());
    }
    let store = ctx.store();
    let (sessions, failed) = store.summaries()?;
    for err in &failed {
        crate::say_err!(
            "rapport: could not read a session, so could not check it: {}",
            super::report::sentence(err)
        );
    }
    let wanted = name.to_lowercase();
    let theirs: Vec<_> = sessions
        .into_iter()
        .filter(|l| l.summary.candidate.trim().to_lowercase() == wanted)
        .collect();
    let doomed = Doomed::gather(&store, ctx, theirs, &[name])?;
    if doomed.is_empty() {
        writeln!(
            out,
            "rapport holds nothing about \"{name}\": nothing to delete."
        )?;
        return Ok(());
    }
    writeln!(
        out,
        "This deletes everything rapport holds about \"{name}\":"
    )?;
    doomed.describe(out)?;
    if !confirm(args.yes, ctx, out)? {
        anyhow::bail!("nothing was deleted (confirm with --yes, or run it in a terminal)");
    }
    let (files, lines) = doomed.delete(&store)?;
    writeln!(
        out,
        "Deleted {files} file(s) and {lines} log line(s) about \"{name}\"."
    )?;
    Ok(())
}
