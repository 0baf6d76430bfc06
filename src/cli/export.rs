//! `rapport export`: write a session out.

use std::io::Write;

use super::args::{ExportArgs, ExportFormat};
use super::{Context, report};
use crate::export;
use crate::store::write_private;

/// Exports the session to standard output or to a file (owner-only, written atomically).
pub fn run(args: ExportArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let store = ctx.store();
    let id = args.target.resolve(&store)?;
    let session = store.read(id)?;
    report::recovery(&session.recovery, false);
    let text = match args.to {
        ExportFormat::Json => export::to_json(&session.events, &session.state, (ctx.now)())?,
    };
    match args.output {
        Some(path) => {
            write_private(&path, text.as_bytes())?;
            eprintln!(
                "Exported {} to {}",
                report::title(
                    &session.state.header.candidate,
                    &session.state.header.role,
                    &session.state.header.format,
                ),
                path.display()
            );
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(())
}
