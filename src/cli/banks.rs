//! `rapport banks`: list, show, validate, schema.

use std::io::Write;

use super::args::{BanksCommand, SchemaKind};
use super::{Context, table};
use crate::content::{Kind, Library, files::BankFile, load_paths, schema};
use crate::i18n::Catalog;
use crate::model::lang::pick;
use crate::model::{Category, Lang};

/// Runs a `banks` subcommand.
pub fn run(command: BanksCommand, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    match command {
        BanksCommand::List => list(super::library(ctx), &Catalog::new(ctx.ui_lang), out),
        BanksCommand::Show { id, lang } => {
            let ui = Catalog::new(ctx.ui_lang);
            show(
                super::library(ctx),
                &id,
                lang.unwrap_or(ctx.ui_lang),
                &ui,
                out,
            )
        }
        BanksCommand::Validate { paths } => {
            let (_, mut findings) = load_paths(&paths);
            findings.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
            let errors = findings.iter().filter(|d| d.is_error()).count();
            for d in &findings {
                writeln!(out, "{d}")?;
            }
            let warnings = findings.len() - errors;
            writeln!(
                out,
                "{} file(s) checked: {errors} error(s), {warnings} warning(s)",
                paths.len()
            )?;
            if errors > 0 {
                return Err(super::AlreadyReported(format!("{errors} error(s)")).into());
            }
            Ok(())
        }
        BanksCommand::Schema { kind } => {
            let kind = match kind {
                SchemaKind::Bank => Kind::Bank,
                SchemaKind::Format => Kind::Format,
                SchemaKind::Rubric => Kind::Rubric,
                SchemaKind::Plan => Kind::Plan,
            };
            writeln!(out, "{}", serde_json::to_string_pretty(&schema(kind))?)?;
            Ok(())
        }
    }
}

fn list(library: &Library, ui: &Catalog, out: &mut impl Write) -> anyhow::Result<()> {
    for (i, bank) in library.banks().iter().enumerate() {
        let origin = ui.t(if library.is_builtin_bank(i) {
            "banks-builtin"
        } else {
            "banks-yours"
        });
        let title = pick(&bank.title, ui.lang()).map_or("", |p| p.value.as_str());
        writeln!(out, "{}  {title}  ({origin})", bank.id)?;
        let mut rows = vec![
            [ui.t("banks-category"), ui.t("banks-all")]
                .into_iter()
                .chain(Lang::ALL.iter().map(|l| l.to_string()))
                .collect(),
        ];
        let count_row = |name: &str, filter: &dyn Fn(Category) -> bool| {
            let qs: Vec<_> = bank
                .questions
                .iter()
                .filter(|q| filter(q.category))
                .collect();
            let mut row = vec![name.to_owned(), qs.len().to_string()];
            row.extend(Lang::ALL.iter().map(|l| {
                qs.iter()
                    .filter(|q| q.text.contains_key(l))
                    .count()
                    .to_string()
            }));
            row
        };
        for category in Category::ALL {
            rows.push(count_row(&category_name(ui, category), &|c| c == category));
        }
        rows.push(count_row(&ui.t("banks-total"), &|_| true));
        // Counts are never cut: a column is as wide as its largest number.
        for line in table::render(&rows, &[28]).lines() {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}

fn show(
    library: &Library,
    id: &str,
    lang: Lang,
    ui: &Catalog,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let Some(bank) = library.banks().iter().find(|b| b.id == id) else {
        let ids: Vec<&str> = library.banks().iter().map(|b| b.id.as_str()).collect();
        anyhow::bail!("there is no bank '{id}' (available: {})", ids.join(", "));
    };
    print_bank(bank, lang, ui, out)
}

/// A question category's name in `ui`'s language.
fn category_name(ui: &Catalog, category: Category) -> String {
    ui.t(&format!("category-{}", category.id()))
}

/// A question's tag in `ui`'s language: the formats it suits (screen, deep, reference) and
/// the built-in ones; a tag of your own as you wrote it.
fn tag_name(ui: &Catalog, tag: &str) -> String {
    let id = format!("tag-{tag}");
    if ui.has(&id) {
        ui.t(&id)
    } else {
        tag.to_owned()
    }
}

fn print_bank(
    bank: &BankFile,
    lang: Lang,
    ui: &Catalog,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let text = |t: &crate::model::Localized<String>| {
        pick(t, lang)
            .map(|p| marked(p.value, p.lang, lang))
            .unwrap_or_default()
    };
    writeln!(out, "{} ({})", text(&bank.title), bank.id)?;
    writeln!(out, "{}", text(&bank.description))?;
    for category in Category::ALL {
        let qs: Vec<_> = bank
            .questions
            .iter()
            .filter(|q| q.category == category)
            .collect();
        if qs.is_empty() {
            continue;
        }
        writeln!(out, "\n{} ({})", category_name(ui, category), qs.len())?;
        for q in qs {
            let tags: Vec<String> = q.tags.iter().map(|t| tag_name(ui, t)).collect();
            writeln!(out, "  {}  [{}]", q.id, tags.join(", "))?;
            let Some(t) = pick(&q.text, lang) else {
                continue;
            };
            writeln!(out, "    {}", marked(&t.value.text, t.lang, lang))?;
            for point in &t.value.look_for {
                writeln!(out, "      · {point}")?;
            }
        }
    }
    Ok(())
}

/// The text, prefixed `[en]` when it is a fallback for the language wanted.
fn marked(text: &str, got: Lang, wanted: Lang) -> String {
    if got == wanted {
        text.to_owned()
    } else {
        format!("[{got}] {text}")
    }
}
