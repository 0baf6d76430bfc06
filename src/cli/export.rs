//! `rapport export`: write a session out as Markdown, HTML, CSV or JSON.

use std::io::Write;

use super::args::ExportArgs;
use super::{Context, report};
use crate::export;
use crate::i18n::Catalog;
use crate::store::{remove_on_signals, write_export};

/// Exports the session to standard output or to a file (owner-only, written atomically).
pub fn run(args: ExportArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let Some(to) = args.to.filter(|_| !args.schema) else {
        writeln!(out, "{}", serde_json::to_string_pretty(&export::schema())?)?;
        return Ok(());
    };
    let store = ctx.store();
    let id = args.target.resolve(&store)?;
    let session = store.read(id)?;
    report::recovery(&session.recovery, false);
    let now = (ctx.now)();
    let state = &session.state;
    let viewer = args
        .panelist
        .name
        .map(|n| n.trim().to_owned())
        .or_else(|| session.files.remembered_panelist());
    let references = super::reference::of_candidate(&store, &state.header);
    let rendered = export::render(
        export::Subject {
            events: &session.events,
            state,
            references: references.as_ref(),
        },
        export::Options {
            to,
            now,
            ui: ctx.ui_lang,
            redact: args.redact,
            viewer: viewer.as_deref(),
        },
    )?;
    let ui = Catalog::new(ctx.ui_lang);
    if let Some(count) = rendered.replaced {
        crate::say_err!(
            "rapport: {}",
            ui.t_with("export-redacted", &[("count", count.into())])
        );
    }
    let text = rendered.text;
    match args.output.filter(|path| path.as_os_str() != "-") {
        Some(path) => {
            remove_on_signals();
            write_export(&path, text.as_bytes())?;
            let h = &state.header;
            let what = report::title(&h.candidate, &h.role, &h.format);
            let path = path.display().to_string();
            crate::say_err!(
                "{}",
                ui.t_with(
                    "cli-exported",
                    &[("what", what.into()), ("path", path.into())]
                )
            );
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(())
}
