//! `rapport calibration --plan PLAN`: whether the panel applies the plan's rubric the same
//! way: Krippendorff's alpha per criterion and overall, and each panelist's leniency, over
//! every session of the plan whose scorecards are all submitted. Read from the session index,
//! not from every log.

use std::io::Write;

use super::Context;
use super::args::{CalibrationArgs, DebriefFormat};
use crate::i18n::Catalog;
use crate::model::calibration::{Alpha, Calibration, Reading};
use crate::model::lang::pick;

/// Prints the calibration of a plan's sessions.
pub fn run(args: CalibrationArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let library = super::library(ctx);
    let plan = plan(library, &args.plan)?;
    let (listed, _) = ctx.store().summaries()?;
    let sessions = listed
        .iter()
        .map(|l| &l.summary)
        .filter(|s| s.plan == plan.id);
    let calibration = Calibration::of(sessions);
    if args.to == DebriefFormat::Json {
        out.write_all(crate::export::pretty(&calibration)?.as_bytes())?;
        return Ok(());
    }
    let ui = Catalog::new(ctx.ui_lang);
    let rubric = library.rubric(plan.rubric.as_str());
    let name = |id: &crate::model::CriterionId| {
        rubric
            .and_then(|r| r.criteria.iter().find(|c| c.id == *id))
            .and_then(|c| pick(&c.text, ctx.ui_lang))
            .map_or_else(|| id.to_string(), |t| t.value.name.clone())
    };
    writeln!(
        out,
        "# {}: {}\n",
        ui.t("calibration-title"),
        pick(&plan.role, ctx.ui_lang).map_or(plan.id.as_str(), |r| r.value.as_str())
    )?;
    writeln!(
        out,
        "{}\n",
        ui.t_with(
            "calibration-sessions",
            &[("count", calibration.sessions.into())]
        )
    )?;
    if calibration.sessions == 0 {
        return Ok(());
    }
    let alpha = |a: &Option<Alpha>| match a {
        Some(a) => (
            format!("{:.3}", a.value).replace('.', &ui.t("decimal-mark")),
            a.units.to_string(),
            ui.t(match a.reading() {
                Reading::Reliable => "calibration-reliable",
                Reading::Tentative => "calibration-tentative",
                Reading::NotYet => "calibration-not-yet",
            }),
        ),
        None => (
            "—".to_owned(),
            "—".to_owned(),
            ui.t("calibration-undefined"),
        ),
    };
    writeln!(
        out,
        "| {} | {} | {} | {} |\n| --- | --: | --: | --- |",
        ui.t("export-criterion"),
        ui.t("calibration-alpha"),
        ui.t("calibration-units"),
        ui.t("calibration-reading")
    )?;
    for (id, a) in &calibration.criteria {
        let (value, units, reading) = alpha(a);
        writeln!(out, "| {} | {value} | {units} | {reading} |", name(id))?;
    }
    let (value, units, reading) = alpha(&calibration.overall);
    writeln!(
        out,
        "| **{}** | **{value}** | {units} | {reading} |",
        ui.t("calibration-all")
    )?;
    writeln!(out, "\n_{}_\n", ui.t("calibration-guidance"))?;
    writeln!(
        out,
        "| {} | {} | {} |\n| --- | --: | --: |",
        ui.t("export-panelist"),
        ui.t("calibration-leniency"),
        ui.t("calibration-pairs")
    )?;
    for l in &calibration.leniency {
        let mean = format!("{:+.2}", l.mean).replace('.', &ui.t("decimal-mark"));
        writeln!(out, "| {} | {mean} | {} |", l.panelist, l.pairs)?;
    }
    writeln!(out, "\n_{}_", ui.t("calibration-leniency-means"))?;
    Ok(())
}

/// The plan of `id` in `library`, or an error naming the plans there are.
pub(super) fn plan<'a>(
    library: &'a crate::content::Library,
    id: &str,
) -> anyhow::Result<&'a crate::content::files::PlanFile> {
    library.plan(id).ok_or_else(|| {
        crate::content::ContentError::UnknownPlan {
            wanted: id.to_owned(),
            available: library
                .plans()
                .iter()
                .map(|p| p.id.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        }
        .into()
    })
}
