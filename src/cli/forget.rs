//! `rapport forget`: delete everything rapport holds about one candidate.

use std::collections::HashSet;
use std::io::Write;

use super::args::ForgetArgs;
use super::deletion::{Doomed, confirm};
use super::{Context, UsageError};
use crate::text::names::{About, same_name};

/// Lists every session of the candidate and every other file and log line naming them, asks,
/// and deletes. The name is matched as redaction matches it (any case, with or without
/// diacritics, inflected), and is not printed back.
pub fn run(args: ForgetArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let name = args.candidate.trim();
    if name.is_empty() {
        return Err(UsageError("--candidate needs a name".into()).into());
    }
    let store = ctx.store();
    let (sessions, failed) = store.summaries()?;
    for err in &failed {
        crate::say_err!(
            "rapport: could not read a session, so searched its files for the name instead: {}",
            super::report::sentence(err)
        );
    }
    let readable: HashSet<_> = sessions.iter().map(|l| l.summary.id).collect();
    let theirs: Vec<_> = sessions
        .into_iter()
        .filter(|l| same_name(&l.summary.candidate, name))
        .collect();
    let doomed = Doomed::gather(
        &store,
        ctx,
        theirs,
        Vec::new(),
        &readable,
        Some(About::new(name)),
    )?;
    if doomed.is_empty() {
        writeln!(
            out,
            "rapport holds nothing about this candidate: nothing to delete."
        )?;
        return Ok(());
    }
    writeln!(
        out,
        "This deletes everything rapport holds about this candidate:"
    )?;
    doomed.describe(out, false)?;
    if !confirm(args.yes, ctx, out)? {
        anyhow::bail!("nothing was deleted (confirm with --yes, or run it in a terminal)");
    }
    let (files, lines) = doomed.delete(&store)?;
    writeln!(
        out,
        "Deleted {files} file(s) and {lines} log line(s) about this candidate."
    )?;
    Ok(())
}
