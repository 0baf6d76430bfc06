//! `rapport calibration --plan PLAN`: whether the panel applies the plan's rubric the same
//! way: Krippendorff's alpha per criterion and overall, and each panelist's leniency, over
//! every session of the plan whose scorecards are all submitted. Read from the session index,
//! not from every log.

use std::io::Write;

use super::Context;
use super::args::{CalibrationArgs, DebriefFormat};
use crate::export::calibration::CalibrationTables;
use crate::i18n::Catalog;
use crate::model::calibration::Calibration;
use crate::model::lang::pick;

/// Prints the calibration of a plan's sessions.
pub fn run(args: CalibrationArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let library = super::library(ctx);
    let plan = plan(library, &args.plan)?;
    let (listed, _) = ctx.store().summaries()?;
    let calibration = calibration(plan, listed.iter().map(|l| &l.summary));
    if args.to == DebriefFormat::Json {
        out.write_all(crate::export::pretty(&calibration)?.as_bytes())?;
        return Ok(());
    }
    let (title, tables) = tables(ctx, plan, &calibration);
    let text = markdown(&title, &tables);
    out.write_all(crate::text::visible::text(&text).as_bytes())?;
    Ok(())
}

/// The calibration of `plan`'s sessions among `sessions`.
pub(super) fn calibration<'a>(
    plan: &crate::content::files::PlanFile,
    sessions: impl IntoIterator<Item = &'a crate::model::SessionSummary>,
) -> Calibration {
    Calibration::of(sessions.into_iter().filter(|s| s.plan == plan.id))
}

/// The calibration's title and tables, in the UI language.
pub(super) fn tables(
    ctx: &Context,
    plan: &crate::content::files::PlanFile,
    calibration: &Calibration,
) -> (String, CalibrationTables) {
    let ui = Catalog::new(ctx.ui_lang);
    let library = super::library(ctx);
    let name = criterion_name(library, plan, ctx.ui_lang);
    let rubric: Vec<(crate::model::CriterionId, String)> = library
        .rubric(plan.rubric.as_str())
        .map(|r| {
            r.criteria
                .iter()
                .map(|c| (c.id.clone(), name(&c.id)))
                .collect()
        })
        .unwrap_or_default();
    let title = format!(
        "{}: {}",
        ui.t("calibration-title"),
        pick(&plan.role, ctx.ui_lang).map_or(plan.id.as_str(), |r| r.value.as_str())
    );
    (title, CalibrationTables::of(calibration, &rubric, &ui))
}

/// The calibration as Markdown under `title`: agreement (all criteria in bold), what alpha
/// means, leniency and what it means.
fn markdown(title: &str, t: &CalibrationTables) -> String {
    use crate::export::{markdown_cell as cell, markdown_table};
    let mut md = format!("# {}\n\n{}\n", cell(title), cell(&t.sessions));
    if t.is_empty() {
        return md;
    }
    let last = t.agreement.len() - 1;
    let agreement: Vec<Vec<String>> = t
        .agreement
        .iter()
        .enumerate()
        .map(|(i, row)| {
            row.iter()
                .enumerate()
                .map(|(j, c)| match i == last && j < 2 {
                    true => format!("**{}**", cell(c)),
                    false => cell(c),
                })
                .collect()
        })
        .collect();
    let escaped = |rows: &[Vec<String>]| -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|c| cell(c)).collect())
            .collect()
    };
    md.push('\n');
    md.push_str(&markdown_table(&agreement, &[false, true, true, false]));
    md.push_str(&format!("\n_{}_\n\n", cell(&t.guidance)));
    md.push_str(&markdown_table(&escaped(&t.leniency), &[false, true, true]));
    md.push_str(&format!("\n_{}_\n", cell(&t.leniency_means)));
    md
}

/// A criterion of `plan`'s rubric by name in `ui` (its id when the rubric has no name).
pub(super) fn criterion_name<'a>(
    library: &'a crate::content::Library,
    plan: &crate::content::files::PlanFile,
    ui: crate::model::Lang,
) -> impl Fn(&crate::model::CriterionId) -> String + 'a {
    let rubric = library.rubric(plan.rubric.as_str());
    move |id| {
        rubric
            .and_then(|r| r.criteria.iter().find(|c| c.id == *id))
            .and_then(|c| pick(&c.text, ui))
            .map_or_else(|| id.to_string(), |t| t.value.name.clone())
    }
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
