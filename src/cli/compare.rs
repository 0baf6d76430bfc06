//! `rapport compare --plan PLAN`: a plan's candidates side by side, ranked by weighted score,
//! read from the session index.

use std::io::Write;

use super::Context;
use super::args::{CompareArgs, CompareFormat};
use crate::export::{Labels, decision, percent, score};
use crate::i18n::Catalog;
use crate::model::compare::{Comparison, Row};
use crate::model::lang::pick;

/// Prints the comparison of a plan's candidates.
pub fn run(args: CompareArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let library = super::library(ctx);
    let plan = super::calibration::plan(library, &args.plan)?;
    let rubric = library.rubric(plan.rubric.as_str());
    let criteria: Vec<(crate::model::CriterionId, u32)> = rubric
        .map(|r| {
            r.criteria
                .iter()
                .map(|c| (c.id.clone(), c.weight))
                .collect()
        })
        .unwrap_or_default();
    let (listed, _) = ctx.store().summaries()?;
    let sessions = listed
        .iter()
        .map(|l| &l.summary)
        .filter(|s| s.plan == plan.id);
    let comparison = Comparison::of(sessions, criteria);
    if args.to == CompareFormat::Json {
        out.write_all(crate::export::pretty(&comparison)?.as_bytes())?;
        return Ok(());
    }
    let ui = Catalog::new(ctx.ui_lang);
    let labels = Labels::new(Catalog::new(ctx.ui_lang), (ctx.now)());
    let name = |id: &crate::model::CriterionId| {
        rubric
            .and_then(|r| r.criteria.iter().find(|c| c.id == *id))
            .and_then(|c| pick(&c.text, ctx.ui_lang))
            .map_or_else(|| id.to_string(), |t| t.value.name.clone())
    };
    let mut head = vec![
        "#".to_owned(),
        ui.t("csv-candidate"),
        ui.t("export-weighted"),
        ui.t("export-coverage"),
    ];
    head.extend(comparison.criteria.iter().map(|(id, _)| name(id)));
    head.extend(
        [
            "export-recommendation",
            "debrief-consensus",
            "export-flags",
            "export-self-awareness",
            "csv-date",
        ]
        .map(|id| ui.t(id)),
    );
    let cells = |i: usize, r: &Row, best: bool| -> Vec<String> {
        let mut row = vec![
            (i + 1).to_string(),
            r.candidate.clone(),
            score(&ui, r.weighted),
            percent(&ui, r.coverage),
        ];
        row.extend(r.levels.iter().zip(&comparison.best).map(|(l, b)| {
            let text = score(&ui, *l);
            match (best, l) {
                (true, Some(l)) if Some(*l) == *b => format!("**{text}**"),
                _ => text,
            }
        }));
        let mut said: Vec<(crate::model::Recommendation, usize)> = Vec::new();
        for rec in &r.recommendations {
            match said.iter_mut().find(|(x, _)| x == rec) {
                Some((_, n)) => *n += 1,
                None => said.push((*rec, 1)),
            }
        }
        said.sort_by_key(|(r, _)| std::cmp::Reverse(*r as u8));
        row.push(
            said.iter()
                .map(|(rec, n)| format!("{n}× {}", labels.recommendation(*rec)))
                .collect::<Vec<_>>()
                .join(", "),
        );
        row.push(r.consensus.map_or_else(String::new, |d| decision(&ui, d)));
        row.push(format!("✗ {} · ✓ {}", r.flags.0, r.flags.1));
        row.push(labels.self_awareness(r.self_awareness));
        row.push(
            r.dates
                .iter()
                .map(|d| d.format("%Y-%m-%d").to_string())
                .collect::<Vec<_>>()
                .join(", "),
        );
        row
    };
    match args.to {
        CompareFormat::Csv => {
            let mut out_rows = vec![head];
            out_rows.extend(
                comparison
                    .rows
                    .iter()
                    .enumerate()
                    .map(|(i, r)| cells(i, r, false)),
            );
            out.write_all(crate::export::csv_table(&out_rows).as_bytes())?;
        }
        _ => {
            writeln!(
                out,
                "# {}: {}\n",
                ui.t("compare-title"),
                pick(&plan.role, ctx.ui_lang).map_or(plan.id.as_str(), |r| r.value.as_str())
            )?;
            if comparison.rows.is_empty() {
                writeln!(out, "{}", ui.t("compare-none"))?;
                return Ok(());
            }
            let line = |cells: &[String]| {
                let cells: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
                format!("| {} |", cells.join(" | "))
            };
            writeln!(out, "{}", line(&head))?;
            let rule: Vec<String> = head
                .iter()
                .enumerate()
                .map(|(i, _)| {
                    if i == 1 || i > 3 + comparison.criteria.len() {
                        "---"
                    } else {
                        "--:"
                    }
                    .to_owned()
                })
                .collect();
            writeln!(out, "{}", line(&rule))?;
            for (i, r) in comparison.rows.iter().enumerate() {
                writeln!(out, "{}", line(&cells(i, r, true)))?;
            }
            let open: usize = comparison.rows.iter().map(|r| r.open).sum();
            writeln!(out, "\n_{}_", ui.t("compare-best"))?;
            if open > 0 {
                writeln!(
                    out,
                    "\n_{}_",
                    ui.t_with("compare-open", &[("count", open.into())])
                )?;
            }
        }
    }
    Ok(())
}
