//! `rapport team` and `rapport sync`: a folder the whole panel shares, moved by whatever the
//! team already uses. Each machine only ever writes its own files there, so no sync engine
//! sees a conflict; when the folder is a git repository, `sync` commits, pulls and pushes
//! through the user's own `git`.

use std::io::Write;
use std::path::Path;
use std::process::Command as Process;

use anyhow::{Context as _, bail};

use super::Context;
use super::args::TeamCommand;

/// Sets, shows or clears the team folder.
pub fn run(command: TeamCommand, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    match command {
        TeamCommand::Use { dir } => {
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("cannot use {} as the team folder", dir.display()))?;
            let dir = std::fs::canonicalize(&dir)
                .with_context(|| format!("cannot use {} as the team folder", dir.display()))?;
            ctx.paths.set_team(Some(&dir))?;
            // Every session recorded here gets its copy there now, not only at its next note.
            let copied = ctx.store().copy_to_team()?;
            writeln!(
                out,
                "Team folder: {} ({copied} session(s) copied there)",
                dir.display()
            )?;
        }
        TeamCommand::Show => match ctx.paths.team() {
            Some(dir) => writeln!(out, "{}", dir.display())?,
            None => writeln!(out, "No team folder is set (`rapport team use DIR`).")?,
        },
        TeamCommand::Off => {
            ctx.paths.set_team(None)?;
            writeln!(
                out,
                "No team folder from now on; the files in it stay as they are."
            )?;
        }
    }
    Ok(())
}

/// Commits this machine's files in the team folder, pulls with rebase and pushes.
pub fn sync(ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let Some(dir) = ctx.paths.team() else {
        bail!("no team folder is set; set one with `rapport team use DIR`");
    };
    if !dir.join(".git").exists() {
        bail!(
            "the team folder {} is not a git repository; a synced folder needs no `sync`",
            dir.display()
        );
    }
    let installation = ctx.paths.installation();
    // Only this machine's own logs: `<session>/<installation>-<slot>.jsonl`.
    let mine = format!("{installation}-");
    let own: Vec<String> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .flat_map(|session| std::fs::read_dir(session.path()).into_iter().flatten())
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let session = e
                .path()
                .parent()?
                .file_name()?
                .to_string_lossy()
                .into_owned();
            (name.starts_with(&mine) && name.ends_with(".jsonl"))
                .then(|| format!("{session}/{name}"))
        })
        .collect();
    if !own.is_empty() {
        let mut add = vec!["add", "--"];
        add.extend(own.iter().map(String::as_str));
        git(&dir, &add)?;
    }
    let staged = Process::new("git")
        .args(["-C"])
        .arg(&dir)
        .args(["diff", "--cached", "--quiet"])
        .status()
        .context("cannot run git")?;
    if !staged.success() {
        git(
            &dir,
            &[
                "commit",
                "--quiet",
                "-m",
                &format!("rapport: logs of {installation}"),
            ],
        )?;
    }
    let has_remote = !git(&dir, &["remote"])?.trim().is_empty();
    if has_remote {
        git(&dir, &["pull", "--rebase", "--quiet"])
            .context("the pull failed; nothing is lost: this machine's logs are committed")?;
        git(&dir, &["push", "--quiet"])
            .context("the push failed; nothing is lost: run `rapport sync` again")?;
    }
    writeln!(
        out,
        "Synced {}{}",
        dir.display(),
        if has_remote {
            ""
        } else {
            " (no remote: committed only)"
        }
    )?;
    Ok(())
}

/// Runs `git -C dir args…` and returns its output, or its first line of complaint.
fn git(dir: &Path, args: &[&str]) -> anyhow::Result<String> {
    let output = Process::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .context("cannot run git (is it installed?)")?;
    if output.status.success() {
        return Ok(String::from_utf8_lossy(&output.stdout).into_owned());
    }
    let said = String::from_utf8_lossy(&output.stderr);
    let first = said
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("it failed");
    bail!(
        "git {} failed: {}",
        args.first().unwrap_or(&""),
        first.trim()
    )
}
