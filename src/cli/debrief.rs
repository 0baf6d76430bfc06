//! `rapport debrief`: the panel's scores compared, as the panelist on this machine may see
//! them; or, with `--decide`, the panel's decision recorded.

use std::io::Write;

use super::args::{DebriefArgs, DebriefFormat};
use super::{Context, report};
use crate::export::{Labels, debrief_markdown};
use crate::i18n::Catalog;
use crate::model::debrief::Debrief;
use crate::model::{EventKind, blind};

/// Shows the debrief, or records the decision (printing its event's id once it is on disk).
pub fn run(args: DebriefArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let store = ctx.store();
    let id = args.target.resolve(&store)?;
    if let Some(decision) = args.decide {
        let mut session = store.open(id)?;
        report::recovery(session.recovery(), true);
        let (panelist, _) = ctx.panelist_of(&mut session, args.panelist.name)?;
        let unsubmitted: Vec<&str> = session
            .state()
            .panelists
            .iter()
            .filter(|(_, card)| card.submitted_at.is_none())
            .map(|(name, _)| name.as_str())
            .collect();
        if !unsubmitted.is_empty() {
            crate::say_err!(
                "rapport: not submitted yet: {}; the decision is recorded all the same",
                crate::text::visible::line(&unsubmitted.join(", "))
            );
        }
        let kind = EventKind::ConsensusRecorded {
            decision: decision.into(),
            rationale: args.why.unwrap_or_default().trim().to_owned(),
        };
        for event in session.record(&panelist, (ctx.now)(), [kind])? {
            writeln!(out, "{event}")?;
        }
        return Ok(());
    }
    let session = store.read(id)?;
    report::recovery(&session.recovery, false);
    let viewer = args
        .panelist
        .name
        .map(|n| n.trim().to_owned())
        .or_else(|| session.files.remembered_panelist());
    let state = &session.state;
    let seen = match viewer.as_deref() {
        Some(v) => blind::seen_by(&session.events, state, v),
        None => state.clone(),
    };
    let blinded = !seen.withheld.is_empty();
    let debrief = Debrief::seen_as(&seen, viewer.as_deref());
    match args.to {
        DebriefFormat::Json => out.write_all(crate::export::pretty(&debrief)?.as_bytes())?,
        DebriefFormat::Md => {
            let labels = Labels::new(Catalog::new(ctx.ui_lang), (ctx.now)());
            let h = &state.header;
            writeln!(
                out,
                "# {}: {}\n",
                labels.t("debrief-title"),
                report::title(&h.candidate, &h.role, &h.format)
            )?;
            if blinded {
                writeln!(out, "_{}_\n", labels.t("debrief-blind"))?;
            }
            let report = crate::export::Report::build(&seen, (ctx.now)(), ctx.ui_lang);
            write!(
                out,
                "{}",
                debrief_markdown(&debrief, &report, &labels, true)
            )?;
        }
    }
    Ok(())
}
