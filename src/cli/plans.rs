//! `rapport plans`: the interview plans and their fixed questions.

use std::io::Write;

use super::args::PlansCommand;
use super::{Context, table};
use crate::content::Library;
use crate::content::files::PlanFile;
use crate::i18n::Catalog;
use crate::model::lang::pick;
use crate::model::{Category, Lang, Localized};

/// Runs a `plans` subcommand.
pub fn run(command: PlansCommand, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let library = super::library(ctx);
    let ui = Catalog::new(ctx.ui_lang);
    match command {
        PlansCommand::List => {
            let mut rows = vec![
                [
                    "content-plan",
                    "list-role",
                    "content-rubric",
                    "content-formats",
                ]
                .map(|id| ui.t(id))
                .to_vec(),
            ];
            for p in library.plans() {
                let formats: Vec<&str> = p.variants.iter().map(|v| v.format.as_str()).collect();
                rows.push(vec![
                    p.id.to_string(),
                    text(&p.role, ctx.ui_lang),
                    p.rubric.to_string(),
                    formats.join(", "),
                ]);
            }
            write!(out, "{}", table::render(&rows, &[28, 28, 20, 40]))?;
            Ok(())
        }
        PlansCommand::Show { id, format, lang } => {
            let Some(plan) = library.plan(&id) else {
                let ids: Vec<&str> = library.plans().iter().map(|p| p.id.as_str()).collect();
                anyhow::bail!("there is no plan '{id}' (available: {})", ids.join(", "));
            };
            show(
                library,
                plan,
                format.as_deref(),
                lang.unwrap_or(ctx.ui_lang),
                &ui,
                out,
            )
        }
    }
}

fn show(
    library: &Library,
    plan: &PlanFile,
    only: Option<&str>,
    lang: Lang,
    ui: &Catalog,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    writeln!(out, "{} ({})", text(&plan.role, lang), plan.id)?;
    if let Some(persona) = pick(&plan.persona, lang) {
        let p = persona.value;
        writeln!(out, "\n{}\n  {}", ui.t("persona-mission"), p.mission)?;
        for (title, items) in [
            ("persona-outcomes", &p.outcomes),
            ("persona-competencies", &p.competencies),
            ("persona-culture", &p.culture),
        ] {
            writeln!(out, "{}", ui.t(title))?;
            for item in items {
                writeln!(out, "  · {item}")?;
            }
        }
    }
    if let Some(rubric) = library.rubric(plan.rubric.as_str()) {
        let names: Vec<String> = rubric
            .criteria
            .iter()
            .map(|c| {
                format!(
                    "{} ×{}",
                    pick(&c.text, lang).map_or(c.id.as_str(), |t| &t.value.name),
                    c.weight
                )
            })
            .collect();
        let heading = ui.t_with(
            "plans-rubric",
            &[
                ("rubric", rubric.id.to_string().into()),
                ("version", rubric.version.to_string().into()),
            ],
        );
        writeln!(out, "{heading}\n  {}", names.join(", "))?;
    }
    let variants = plan
        .variants
        .iter()
        .filter(|v| only.is_none_or(|f| v.format.as_str() == f));
    for variant in variants {
        let Some(format) = library.format(variant.format.as_str()) else {
            continue;
        };
        writeln!(out, "\n{} — {}", format.id, text(&format.title, lang))?;
        for section in &format.sections {
            let ids = variant
                .sections
                .iter()
                .find(|s| s.section == section.id)
                .map(|s| s.questions.as_slice())
                .unwrap_or_default();
            let questions: Vec<_> = ids
                .iter()
                .filter_map(|id| library.question(id.as_str()))
                .collect();
            let planned: u32 = questions.iter().map(|q| q.minutes()).sum();
            let per_role = questions.iter().any(|q| q.category == Category::DeepDive);
            let minutes = |id: &str, n: u32| ui.t_with(id, &[("minutes", n.into())]);
            let fill = match (questions.is_empty(), per_role) {
                (true, _) => String::new(),
                (false, false) => format!("  {}", minutes("plans-fill", planned)),
                (false, true) => format!("  {}", minutes("plans-fill-per-role", planned)),
            };
            let budget = minutes("plans-minutes", section.budget_min);
            writeln!(
                out,
                "  {}  {}{fill}",
                table::pad_left(&budget, 7),
                text(&section.title, lang)
            )?;
            for (n, q) in questions.iter().enumerate() {
                let t = pick(&q.text, lang).map_or(String::new(), |t| {
                    if t.lang == lang {
                        t.value.text.clone()
                    } else {
                        format!("[{}] {}", t.lang, t.value.text)
                    }
                });
                writeln!(out, "           {}. {t}", n + 1)?;
            }
        }
    }
    Ok(())
}

fn text(texts: &Localized<String>, lang: Lang) -> String {
    pick(texts, lang)
        .map(|p| p.value.clone())
        .unwrap_or_default()
}
