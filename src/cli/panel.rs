//! `rapport invite` and `rapport join`: one panel session on several laptops. An invitation
//! is the session's interchange file holding only its creation (the header, the plan, the
//! panel); joining stores it here and records as the joining panelist from then on.

use std::io::Write;

use anyhow::Context as _;

use super::args::{InviteArgs, JoinArgs};
use super::import::{events_of_export, read_capped};
use super::{Context, report};
use crate::i18n::Catalog;
use crate::model::EventKind;

/// Writes the invitation to standard output or to a file.
pub fn invite(args: InviteArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let store = ctx.store();
    let id = args.target.resolve(&store)?;
    let session = store.read(id)?;
    report::recovery(&session.recovery, false);
    let creation: Vec<_> = session.events.into_iter().take(1).collect();
    let state = crate::model::fold(&creation)?;
    let now = (ctx.now)();
    let text = crate::export::pretty(&crate::export::to_json_value(&creation, &state, now, None)?)?;
    match args.output.filter(|p| p.as_os_str() != "-") {
        Some(path) => {
            crate::store::remove_on_signals();
            crate::store::write_export(&path, text.as_bytes())?;
            let h = &state.header;
            let said = Catalog::new(ctx.ui_lang).t_with(
                "cli-invited",
                &[
                    (
                        "what",
                        report::title(&h.candidate, &h.role, &h.format).into(),
                    ),
                    ("path", path.display().to_string().into()),
                ],
            );
            crate::say_err!("{said}");
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(())
}

/// Stores the invited session (if it is not here yet) and goes on in it as the panelist.
pub fn join(args: JoinArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let name = args.file.display().to_string();
    let text = if name == "-" {
        read_capped(std::io::stdin().lock()).context("cannot read standard input")?
    } else {
        let file =
            std::fs::File::open(&args.file).with_context(|| format!("cannot read {name}"))?;
        read_capped(file).with_context(|| format!("cannot read {name}"))?
    };
    let events = events_of_export(&text, &name)?;
    let Some(EventKind::SessionCreated(created)) = events.first().map(|e| &e.kind) else {
        anyhow::bail!("{name} is not an invitation to a rapport session");
    };
    let id = created.header.id;
    let events = crate::model::trust::check_foreign(events, (ctx.now)())
        .with_context(|| format!("{name} was not joined"))?;
    let store = ctx.store();
    store.merge(id, events)?;
    let mut session = store.open(id)?;
    let (panelist, _) = ctx.panelist_of(
        &mut session,
        args.panelist.name.or_else(|| ctx.user.clone()),
    )?;
    // The joiner's interview starts now, on their own clock (the invitation carries none).
    if session.state().clock_owner() != panelist {
        let opening = crate::model::opening_events(&session.state().plan);
        session.record(&panelist, (ctx.now)(), opening)?;
    }
    let h = &session.state().header;
    if !h.panel.contains(&panelist) {
        crate::say_err!(
            "rapport: {} is not on this session's panel ({}); joined all the same",
            crate::text::visible::line(&panelist),
            crate::text::visible::line(&h.panel.join(", "))
        );
    }
    if args.no_tui || !ctx.stdout_is_terminal {
        let said = Catalog::new(ctx.ui_lang).t_with(
            "cli-joined",
            &[
                (
                    "what",
                    report::title(&h.candidate, &h.role, &h.format).into(),
                ),
                ("panelist", panelist.clone().into()),
            ],
        );
        crate::say_err!("{said}");
        writeln!(out, "{id}")?;
        return Ok(());
    }
    ctx.live(session, panelist)
}
