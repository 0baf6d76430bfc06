//! `rapport completions` and `rapport man`: the shell completions, with the values this
//! machine's content offers (plans, formats, languages), and the manual page.

use std::io::Write;
use std::path::PathBuf;

use clap::builder::PossibleValuesParser;

use super::Context;
use super::args::Cli;
use crate::model::Lang;

/// The arguments whose values completions offer, and from where.
const LANG_ARGS: [&str; 3] = ["lang", "also", "ui_lang"];

/// Prints completions for `shell`, offering the plans and formats of `ctx`'s library and the
/// languages. zsh's load even where `compinit` has not been run yet.
pub fn completions(
    shell: clap_complete::Shell,
    ctx: &Context,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let library = super::library(ctx);
    let plans: Vec<String> = library.plans().iter().map(|p| p.id.to_string()).collect();
    let mut formats: Vec<String> = library
        .plans()
        .iter()
        .flat_map(|p| p.variants.iter().map(|v| v.format.to_string()))
        .collect();
    formats.sort();
    formats.dedup();
    let langs: Vec<String> = Lang::ALL.iter().map(|l| l.to_string()).collect();
    let command = with_values(
        <Cli as clap::CommandFactory>::command(),
        &Values {
            plans,
            formats,
            langs,
        },
    );
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command.clone(), "rapport", &mut script);
    let mut script = String::from_utf8(script)?;
    if shell == clap_complete::Shell::Zsh {
        script = script.replace(
            "    compdef _rapport rapport\n",
            "    # Sourced before compinit ran: load the completion system first.\n    \
             (( $+functions[compdef] )) || { autoload -Uz compinit && compinit -u }\n    \
             compdef _rapport rapport\n",
        );
    }
    out.write_all(script.as_bytes())?;
    Ok(())
}

/// The values completions offer.
struct Values {
    plans: Vec<String>,
    formats: Vec<String>,
    langs: Vec<String>,
}

/// `command` with `values` as the possible values of every `--plan`, `--format` (of a
/// session, not of an export) and language argument, in every subcommand.
fn with_values(mut command: clap::Command, values: &Values) -> clap::Command {
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let offered = match id.as_str() {
            "plan" => Some(&values.plans),
            "format" => Some(&values.formats),
            id if LANG_ARGS.contains(&id) => Some(&values.langs),
            _ => None,
        };
        if let Some(offered) = offered {
            let parser = PossibleValuesParser::new(offered.clone());
            command = command.mut_arg(id, |a| a.value_parser(parser));
        }
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, |c| with_values(c, values));
    }
    command
}

/// Prints the manual page, or with `install` writes it to the user's manual folder and says
/// where.
pub fn man(install: bool, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(<Cli as clap::CommandFactory>::command()).render(&mut page)?;
    if !install {
        out.write_all(&page)?;
        return Ok(());
    }
    let dir = man_dir()?;
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("rapport.1");
    crate::store::write_export(&path, &page)?;
    let ui = crate::i18n::Catalog::new(ctx.ui_lang);
    let path = path.display().to_string();
    writeln!(
        out,
        "{}",
        ui.t_with("man-installed", &[("path", path.into())])
    )?;
    Ok(())
}

/// `$XDG_DATA_HOME/man/man1` (by default `~/.local/share/man/man1`), where `man` looks for a
/// user's own pages.
fn man_dir() -> anyhow::Result<PathBuf> {
    let data = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| directories::BaseDirs::new().map(|b| b.home_dir().join(".local/share")))
        .ok_or_else(|| anyhow::anyhow!("no home folder to install the manual page in"))?;
    Ok(data.join("man").join("man1"))
}
