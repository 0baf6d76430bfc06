//! `rapport purge`: delete sessions not touched for a while.

use std::io::Write;

use super::Context;
use super::args::PurgeArgs;
use super::deletion::{Doomed, confirm};

/// Lists the sessions whose last activity is older than the cut-off, asks, and deletes.
pub fn run(args: PurgeArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let ui = crate::i18n::Catalog::new(ctx.ui_lang);
    let now = (ctx.now)();
    let age = chrono::Duration::from_std(args.older_than)
        .map_err(|_| anyhow::anyhow!("{}", ui.t("purge-too-long")))?;
    let cutoff = now - age;
    let store = ctx.store();
    let (sessions, failed) = store.summaries()?;
    for err in &failed {
        let error = super::report::sentence(err);
        let line = ui.t_with("purge-unreadable", &[("error", error.into())]);
        crate::say_err!("rapport: {line}");
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
        let age = humantime::format_duration(args.older_than).to_string();
        writeln!(
            out,
            "{}",
            ui.t_with("purge-nothing", &[("age", age.into())])
        )?;
        return Ok(());
    }
    let date = crate::i18n::date(ui.lang(), cutoff);
    writeln!(
        out,
        "{}",
        ui.t_with("purge-lists", &[("date", date.into())])
    )?;
    doomed.describe(out, true, &ui)?;
    if !confirm(args.yes, ctx, out)? {
        anyhow::bail!("{}", ui.t("deletion-not-confirmed"));
    }
    let (files, lines) = doomed.delete(&store)?;
    writeln!(out, "{}", Doomed::deleted(files, lines, false, &ui))?;
    Ok(())
}
