//! `rapport export`: write a session out as Markdown, HTML, CSV or JSON.

use std::io::Write;

use super::args::{ExportArgs, ExportFormat};
use super::{Context, report};
use crate::export::{self, Labels, Redactor, Report};
use crate::i18n::Catalog;
use crate::store::write_private;

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
    let redactor = args.redact.then(|| Redactor::for_session(state));
    let mut replaced = 0;
    let text = match to {
        ExportFormat::Json => {
            let mut value = export::to_json_value(&session.events, state, now)?;
            if let Some(r) = &redactor {
                replaced = r.json(&mut value);
            }
            let mut text = serde_json::to_string_pretty(&value)?;
            text.push('\n');
            text
        }
        human => {
            let mut built = Report::build(state, now, ctx.ui_lang);
            if let Some(r) = &redactor {
                replaced = built.redact(r);
            }
            let labels = Labels::new(Catalog::new(ctx.ui_lang), now);
            match human {
                ExportFormat::Csv => export::to_csv(&built, &labels),
                ExportFormat::Html => export::to_html(&built, &labels),
                _ => export::to_markdown(&built, &labels),
            }
        }
    };
    if redactor.is_some() {
        eprintln!(
            "rapport: {}",
            Catalog::new(ctx.ui_lang).t_with("export-redacted", &[("count", replaced.into())])
        );
    }
    match args.output {
        Some(path) => {
            write_private(&path, text.as_bytes())?;
            let h = &state.header;
            eprintln!(
                "Exported {} to {}",
                report::title(&h.candidate, &h.role, &h.format),
                path.display()
            );
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(())
}
