//! `rapport import`: store a session again from its lossless JSON export, on another machine
//! or after it was forgotten here.

use std::io::{Read, Write};

use anyhow::{Context as _, bail};

use super::args::ImportArgs;
use super::{Context, report};
use crate::export::EXPORT_VERSION;
use crate::i18n::Catalog;
use crate::model::Event;

/// Reads the export, checks it, and stores its events as they were.
pub fn run(args: ImportArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let name = args.file.display().to_string();
    let text = if name == "-" {
        read_capped(std::io::stdin().lock()).context("cannot read standard input")?
    } else {
        read_capped(std::fs::File::open(&args.file).with_context(|| format!("cannot read {name}"))?)
            .with_context(|| format!("cannot read {name}"))?
    };
    let events = events_of_export(&text, &name)?;
    let events = crate::model::trust::check_foreign(events, (ctx.now)())
        .with_context(|| format!("{name} was not imported"))?;
    let session = ctx.store().import(events)?;
    let h = &session.state().header;
    let what = report::title(&h.candidate, &h.role, &h.format);
    let said = Catalog::new(ctx.ui_lang).t_with(
        "cli-imported",
        &[("what", what.into()), ("id", h.id.to_string().into())],
    );
    writeln!(out, "{said}")?;
    Ok(())
}

/// The events of a JSON export (`rapport_session` 2, or `rapport_export` 1), named `name`
/// in errors.
pub fn events_of_export(text: &str, name: &str) -> anyhow::Result<Vec<Event>> {
    let export: serde_json::Value =
        serde_json::from_str(text).with_context(|| format!("{name} is not JSON"))?;
    // Version 2 names itself `rapport_session`; version 1 was `rapport_export` (its `state`
    // is ignored: the events are the whole truth).
    let version = ["rapport_session", "rapport_export"]
        .iter()
        .find_map(|key| export.get(*key).and_then(|v| v.as_u64()));
    let Some(version) = version else {
        bail!("{name} is not a rapport session export (it has no \"rapport_session\" version)");
    };
    if version > u64::from(EXPORT_VERSION) {
        bail!(
            "{name} was exported by a newer rapport (export version {version}, this one reads \
             {EXPORT_VERSION}); update rapport to import it"
        );
    }
    serde_json::from_value(export["events"].clone())
        .with_context(|| format!("the events in {name} cannot be read"))
}

/// The largest export `import` reads (`/dev/zero` is not an export).
const IMPORT_CAP: u64 = 256 * 1024 * 1024;

/// All of `input` as text, refusing more than [`IMPORT_CAP`] bytes.
pub fn read_capped(input: impl Read) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    input.take(IMPORT_CAP + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > IMPORT_CAP {
        bail!(
            "it is larger than the {} MB an export can be",
            IMPORT_CAP / 1_000_000
        );
    }
    String::from_utf8(bytes).context("it is not UTF-8 text")
}
