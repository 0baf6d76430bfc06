//! `rapport config path|show|set`: the settings file.

use std::io::Write;

use super::Context;
use super::args::ConfigCommand;
use crate::config;
use crate::i18n::Catalog;

/// Runs a `config` subcommand.
pub fn run(command: ConfigCommand, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let dir = &ctx.paths.config;
    match command {
        ConfigCommand::Path => writeln!(out, "{}", config::path(dir).display())?,
        ConfigCommand::Show => {
            let (settings, problem) = config::load(dir);
            if let Some(problem) = problem {
                return Err(problem.into());
            }
            out.write_all(config::show(&settings).as_bytes())?;
        }
        ConfigCommand::Set { key, value } => {
            config::set(dir, &key, &value).map_err(|e| super::UsageError(e.to_string()))?;
            let ui = Catalog::new(ctx.ui_lang);
            let path = config::path(dir).display().to_string();
            let said = if value.trim().is_empty() {
                ui.t_with(
                    "config-removed",
                    &[("key", key.into()), ("path", path.into())],
                )
            } else {
                ui.t_with(
                    "config-set",
                    &[
                        ("key", key.into()),
                        ("value", value.trim().to_owned().into()),
                        ("path", path.into()),
                    ],
                )
            };
            writeln!(out, "{said}")?;
        }
    }
    Ok(())
}
