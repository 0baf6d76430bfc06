//! `rapport compare --plan PLAN`: a plan's candidates side by side, ranked by weighted score,
//! read from the session index.

use std::io::Write;

use super::Context;
use super::args::{CompareArgs, CompareFormat};
use crate::content::files::PlanFile;
use crate::export::Labels;
use crate::export::compare::CompareTable;
use crate::i18n::Catalog;
use crate::model::SessionSummary;
use crate::model::compare::Comparison;
use crate::model::lang::pick;

/// Prints the comparison of a plan's candidates.
pub fn run(args: CompareArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let library = super::library(ctx);
    let plan = super::calibration::plan(library, &args.plan)?;
    let (listed, _) = ctx.store().summaries()?;
    let sessions = listed.iter().map(|l| &l.summary);
    let comparison = comparison(library, plan, sessions);
    if args.to == CompareFormat::Json {
        out.write_all(crate::export::pretty(&comparison)?.as_bytes())?;
        return Ok(());
    }
    let labels = Labels::new(Catalog::new(ctx.ui_lang), (ctx.now)());
    let (title, table) = table(ctx, plan, &comparison, &labels);
    let text = match args.to {
        CompareFormat::Csv => crate::export::csv_table(&table.texts()),
        CompareFormat::Html => crate::export::compare_html(&title, &table, &labels),
        _ => markdown(&title, &table, labels.catalog()),
    };
    // No stored name can smuggle a control character into the terminal or the file.
    out.write_all(crate::text::visible::text(&text).as_bytes())?;
    Ok(())
}

/// The candidates of `plan` among `sessions` compared on its rubric.
pub(super) fn comparison<'a>(
    library: &crate::content::Library,
    plan: &PlanFile,
    sessions: impl IntoIterator<Item = &'a SessionSummary>,
) -> Comparison {
    let criteria: Vec<(crate::model::CriterionId, u32)> = library
        .rubric(plan.rubric.as_str())
        .map(|r| {
            r.criteria
                .iter()
                .map(|c| (c.id.clone(), c.weight))
                .collect()
        })
        .unwrap_or_default();
    let of_plan = sessions.into_iter().filter(|s| s.plan == plan.id);
    Comparison::of(of_plan, criteria)
}

/// The comparison's title and table, in `labels`' words.
pub(super) fn table(
    ctx: &Context,
    plan: &PlanFile,
    comparison: &Comparison,
    labels: &Labels,
) -> (String, CompareTable) {
    let name = super::calibration::criterion_name(super::library(ctx), plan, ctx.ui_lang);
    let names: Vec<String> = comparison.criteria.iter().map(|(id, _)| name(id)).collect();
    let title = format!(
        "{}: {}",
        labels.t("compare-title"),
        pick(&plan.role, ctx.ui_lang).map_or(plan.id.as_str(), |r| r.value.as_str())
    );
    (title, CompareTable::of(comparison, &names, labels))
}

/// The table as Markdown under `title`, or that there is nothing to compare yet.
fn markdown(title: &str, table: &CompareTable, ui: &Catalog) -> String {
    let title = crate::export::markdown_cell(title);
    if table.rows.is_empty() {
        return format!("# {title}\n\n{}\n", ui.t("compare-none"));
    }
    format!("# {title}\n\n{}", table.markdown(ui))
}
