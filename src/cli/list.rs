//! `rapport list`, and `rapport` with no command (until the home screen exists).

use std::io::Write;

use super::{Context, report, table};
use crate::store::ReadSession;

/// The session list, or how to start when there is none.
pub fn home(ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let (sessions, failed) = ctx.store().list()?;
    if sessions.is_empty() && failed.is_empty() {
        writeln!(out, "No sessions yet. Start one with:")?;
        writeln!(out, "  rapport new --candidate \"Kari Nordmann\"")?;
        return Ok(());
    }
    print(&sessions, &failed, ctx, out)?;
    writeln!(out)?;
    writeln!(
        out,
        "Start one: rapport new --candidate NAME   Continue: rapport resume ID   Help: rapport --help"
    )?;
    Ok(())
}

/// Every session, newest first; sessions that cannot be read are named on standard error.
pub fn run(ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let (sessions, failed) = ctx.store().list()?;
    print(&sessions, &failed, ctx, out)
}

fn print(
    sessions: &[ReadSession],
    failed: &[crate::store::StoreError],
    ctx: &Context,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let now = (ctx.now)();
    let mut rows = vec![
        [
            "ID",
            "CANDIDATE",
            "ROLE",
            "FORMAT",
            "CREATED",
            "STATE",
            "NOTES",
        ]
        .map(String::from)
        .to_vec(),
    ];
    for s in sessions {
        let state = &s.state;
        let reading = state.clock_at(now);
        let status = if !s.recovery.is_clean() {
            "damaged".to_owned()
        } else if reading.ended {
            format!("ended {}", report::clock(reading.elapsed_ms))
        } else {
            format!("open {}", report::clock(reading.elapsed_ms))
        };
        let id = state.header.id.to_string();
        rows.push(vec![
            id[id.len() - 8..].to_owned(),
            state.header.candidate.clone(),
            state.header.role.clone(),
            state.header.format.to_string(),
            state.header.created.format("%Y-%m-%d %H:%M").to_string(),
            status,
            state.visible_notes().len().to_string(),
        ]);
    }
    write!(out, "{}", table::render(&rows, &[8, 24, 22, 12, 16, 14, 5]))?;
    for err in failed {
        eprintln!("rapport: skipped a session: {err}");
    }
    Ok(())
}
