//! What `forget` and `purge` share: show what will go, ask, delete, and say what went.

use std::io::{self, BufRead, Write};
use std::path::PathBuf;

use super::{Context, report};
use crate::store::{INDEX_FILE, Listed, SessionStore, write_private};

/// Everything one deletion will remove.
pub struct Doomed {
    /// The sessions and their files.
    sessions: Vec<(Listed, Vec<PathBuf>)>,
    /// Lines of rapport's own log files that name the candidate or a doomed session, per file.
    log_lines: Vec<(PathBuf, usize)>,
    /// What those lines contain (lowercase).
    needles: Vec<String>,
    /// The session index, which loses the sessions' entries.
    index: PathBuf,
}

impl Doomed {
    /// Gathers the files of `sessions`, and the log lines naming any of `names` or the sessions.
    pub fn gather(
        store: &SessionStore,
        ctx: &Context,
        sessions: Vec<Listed>,
        names: &[&str],
    ) -> anyhow::Result<Self> {
        let mut needles: Vec<String> = names.iter().map(|n| n.trim().to_lowercase()).collect();
        needles.extend(sessions.iter().map(|l| l.summary.id.to_string()));
        needles.retain(|n| !n.is_empty());
        let mut with_files = Vec::new();
        for s in sessions {
            let files = store.files_on_disk(s.summary.id)?;
            with_files.push((s, files));
        }
        let mut log_lines = Vec::new();
        for path in log_files(ctx) {
            let bytes =
                crate::store::read_regular(&path, crate::store::FILE_CAP).unwrap_or_default();
            let text = String::from_utf8_lossy(&bytes);
            let count = text.lines().filter(|l| names_any(l, &needles)).count();
            if count > 0 {
                log_lines.push((path, count));
            }
        }
        Ok(Doomed {
            sessions: with_files,
            log_lines,
            needles,
            index: store.dir().join(INDEX_FILE),
        })
    }

    /// Whether there is nothing to delete.
    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty() && self.log_lines.is_empty()
    }

    /// Lists every file and log line that will be deleted.
    pub fn describe(&self, out: &mut impl Write) -> io::Result<()> {
        for (s, files) in &self.sessions {
            let s = &s.summary;
            writeln!(
                out,
                "  session {} — {}, created {}",
                s.id,
                report::title(&s.candidate, &s.role, &s.format),
                s.created.format("%Y-%m-%d")
            )?;
            for f in files {
                writeln!(out, "    {}", f.display())?;
            }
            writeln!(out, "    its entry in {}", self.index.display())?;
        }
        for (path, count) in &self.log_lines {
            writeln!(
                out,
                "  {count} line(s) of rapport's own log {}",
                path.display()
            )?;
        }
        Ok(())
    }

    /// Deletes it all; returns (files deleted, log lines removed).
    pub fn delete(self, store: &SessionStore) -> anyhow::Result<(usize, usize)> {
        let mut files = 0;
        for (s, _) in &self.sessions {
            files += store.delete(s.summary.id)?.len();
        }
        let mut lines = 0;
        for (path, count) in &self.log_lines {
            let text = std::fs::read_to_string(path)?;
            let kept: String = text
                .split_inclusive('\n')
                .filter(|l| !names_any(l, &self.needles))
                .collect();
            write_private(path, kept.as_bytes())?;
            lines += count;
        }
        Ok((files, lines))
    }
}

/// Whether the user agreed: `--yes`, or `y` typed at the prompt. Without a terminal to ask on
/// and without `--yes`, the answer is no.
pub fn confirm(yes: bool, ctx: &Context, out: &mut impl Write) -> anyhow::Result<bool> {
    if yes {
        return Ok(true);
    }
    if !ctx.stdin_is_terminal {
        return Ok(false);
    }
    write!(out, "Delete all of this for good? [y/N] ")?;
    out.flush()?;
    let mut answer = String::new();
    io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes"))
}

fn names_any(line: &str, needles: &[String]) -> bool {
    let line = line.to_lowercase();
    needles.iter().any(|n| line.contains(n.as_str()))
}

fn log_files(ctx: &Context) -> Vec<PathBuf> {
    let Ok(dir) = std::fs::read_dir(ctx.paths.logs()) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = dir
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}
