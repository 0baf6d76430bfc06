//! `rapport list`, and `rapport` with no command (until the home screen exists).

use std::io::Write;

use super::new::NewSession;
use super::{Context, report, table};
use crate::i18n::Catalog;
use crate::model::lang::pick;
use crate::store::ReadSession;
use crate::tui::{Home, HomeChoice, SessionRow, Theme};

/// On a terminal, the home screen; otherwise the session list, or how to start.
pub fn home(ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let (sessions, failed) = ctx.store().list()?;
    if ctx.stdin_is_terminal && ctx.stdout_is_terminal {
        return home_screen(ctx, &sessions);
    }
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

fn home_screen(ctx: &Context, sessions: &[ReadSession]) -> anyhow::Result<()> {
    let now = (ctx.now)();
    let rows = sessions
        .iter()
        .map(|s| {
            let reading = s.state.clock_at(now);
            let h = &s.state.header;
            SessionRow {
                id: h.id,
                candidate: h.candidate.clone(),
                role: h.role.clone(),
                format: h.format.to_string(),
                created: h.created.format("%Y-%m-%d %H:%M").to_string(),
                elapsed_ms: reading.elapsed_ms,
                ended: reading.ended,
            }
        })
        .collect();
    let library = super::library(ctx);
    let formats = library
        .formats()
        .iter()
        .map(|f| {
            (
                f.id.to_string(),
                pick(&f.title, ctx.ui_lang).map_or(f.id.to_string(), |p| p.value.clone()),
            )
        })
        .collect();
    let panelist = std::env::var("USER").unwrap_or_else(|_| "interviewer".to_owned());
    let home = Home::new(
        rows,
        formats,
        panelist,
        Catalog::new(ctx.ui_lang),
        Theme::new(ctx.no_color),
    );
    let (session, author) = match crate::tui::home(home)? {
        HomeChoice::Quit => return Ok(()),
        HomeChoice::Resume(id) => {
            let session = ctx.store().open(id, (ctx.now)())?;
            let author = session
                .state()
                .header
                .panel
                .first()
                .cloned()
                .unwrap_or_default();
            (session, author)
        }
        HomeChoice::Demo => super::demo::create(ctx)?,
        HomeChoice::New(n) => super::new::start(
            ctx,
            NewSession {
                candidate: n.candidate,
                plan: crate::content::DEFAULT_PLAN.to_owned(),
                format: Some(n.format),
                role: None,
                lang: n.lang,
                also: n.also,
                panelist: n.panelist,
            },
        )?,
    };
    ctx.live(session, author)
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
