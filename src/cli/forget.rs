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
    let ui = crate::i18n::Catalog::new(ctx.ui_lang);
    let name = args.candidate.trim();
    if name.is_empty() {
        return Err(UsageError(ui.t("forget-need-name")).into());
    }
    let store = ctx.store();
    let (sessions, failed) = store.summaries()?;
    for err in &failed {
        let error = super::report::sentence(err);
        let line = ui.t_with("forget-unreadable", &[("error", error.into())]);
        crate::say_err!("rapport: {line}");
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
        writeln!(out, "{}", ui.t("forget-nothing"))?;
        return Ok(());
    }
    writeln!(out, "{}", ui.t("forget-lists"))?;
    doomed.describe(out, false, &ui)?;
    if !confirm(args.yes, ctx, out)? {
        anyhow::bail!("{}", ui.t("deletion-not-confirmed"));
    }
    let (files, lines) = doomed.delete(&store)?;
    writeln!(out, "{}", Doomed::deleted(files, lines, true, &ui))?;
    Ok(())
}
