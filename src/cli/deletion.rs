//! What `forget` and `purge` share: show what will go, ask, delete, and say what went.

use std::collections::HashSet;
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};

use super::{Context, report};
use crate::i18n::Catalog;
use crate::model::SessionId;
use crate::store::{FILE_CAP, INDEX_FILE, Listed, SessionStore, read_regular, write_private};
use crate::text::names::About;

/// Everything one deletion will remove.
pub struct Doomed {
    /// The sessions and their files.
    sessions: Vec<(Listed, Vec<PathBuf>)>,
    /// Sessions whose log cannot be read, and their files.
    broken: Vec<(SessionId, Vec<PathBuf>)>,
    /// Files of no session (left by an interrupted write) that are about the candidate.
    stray: Vec<PathBuf>,
    /// Lines of rapport's own log files that name the candidate or a doomed session, per file.
    log_lines: Vec<(PathBuf, usize)>,
    /// Whose lines those are.
    lines_about: LinesAbout,
    /// The session index, which loses the sessions' entries.
    index: PathBuf,
}

/// Which log lines go: those about a person, or naming a doomed session.
struct LinesAbout {
    person: Option<About>,
    ids: Vec<String>,
}

impl LinesAbout {
    fn is_in(&self, line: &str) -> bool {
        self.person.as_ref().is_some_and(|p| p.is_in(line))
            || self.ids.iter().any(|id| line.contains(id.as_str()))
    }
}

impl Doomed {
    /// Gathers the files of `sessions` and `broken` (sessions that cannot be read), and, with
    /// `person`, every other file in rapport's folders about them: logs that cannot be read,
    /// temporary files, and lines of rapport's own logs.
    pub fn gather(
        store: &SessionStore,
        ctx: &Context,
        sessions: Vec<Listed>,
        mut broken: Vec<SessionId>,
        readable: &HashSet<SessionId>,
        person: Option<About>,
    ) -> anyhow::Result<Self> {
        let doomed: HashSet<SessionId> = sessions.iter().map(|l| l.summary.id).collect();
        let mut stray = Vec::new();
        if let Some(person) = &person {
            // The files of sessions that cannot be read are searched for the name too.
            let folders = std::fs::read_dir(store.dir())
                .into_iter()
                .flatten()
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                .filter(|e| {
                    session_of(&e.path())
                        .is_some_and(|id| !doomed.contains(&id) && !readable.contains(&id))
                })
                .flat_map(|e| files_in(&e.path()));
            for path in files_in(store.dir()).into_iter().chain(folders) {
                let about = || {
                    let bytes = read_regular(&path, FILE_CAP * 16).unwrap_or_default();
                    person.is_in(&String::from_utf8_lossy(&bytes))
                };
                match session_of(&path) {
                    // Deleted with its session, or another candidate's.
                    Some(id) if doomed.contains(&id) || readable.contains(&id) => {}
                    Some(id) if broken.contains(&id) => {}
                    Some(id) => {
                        if about() {
                            broken.push(id);
                        }
                    }
                    None if path.file_name().is_some_and(|n| n == INDEX_FILE) => {}
                    None => {
                        if about() {
                            stray.push(path);
                        }
                    }
                }
            }
        }
        let mut ids: Vec<String> = doomed
            .iter()
            .chain(&broken)
            .map(|id| id.to_string())
            .collect();
        ids.sort();
        let lines_about = LinesAbout { person, ids };
        let mut log_lines = Vec::new();
        for path in files_in(&ctx.paths.logs()) {
            let bytes = read_regular(&path, FILE_CAP).unwrap_or_default();
            let text = String::from_utf8_lossy(&bytes);
            let count = text.lines().filter(|l| lines_about.is_in(l)).count();
            if count > 0 {
                log_lines.push((path, count));
            }
        }
        let mut with_files = Vec::new();
        for s in sessions {
            let files = store.files_on_disk(s.summary.id)?;
            with_files.push((s, files));
        }
        let mut broken_files = Vec::new();
        for id in broken {
            broken_files.push((id, store.files_on_disk(id)?));
        }
        Ok(Doomed {
            sessions: with_files,
            broken: broken_files,
            stray,
            log_lines,
            lines_about,
            index: store.dir().join(INDEX_FILE),
        })
    }

    /// Whether there is nothing to delete.
    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty()
            && self.broken.is_empty()
            && self.stray.is_empty()
            && self.log_lines.is_empty()
    }

    /// Lists every file and log line that will be deleted, in `ui`'s words. With `names`, the
    /// sessions are named by their candidate (purge); without, only by id and date (forget:
    /// the name is not printed again).
    pub fn describe(&self, out: &mut impl Write, names: bool, ui: &Catalog) -> io::Result<()> {
        for (s, files) in &self.sessions {
            let s = &s.summary;
            let date = crate::i18n::date(ui.lang(), s.created);
            let line = if names {
                let what = report::title(&s.candidate, &s.role, &s.format);
                ui.t_with(
                    "deletion-session-named",
                    &[
                        ("id", s.id.to_string().into()),
                        ("what", what.into()),
                        ("date", date.into()),
                    ],
                )
            } else {
                ui.t_with(
                    "deletion-session",
                    &[("id", s.id.to_string().into()), ("date", date.into())],
                )
            };
            writeln!(out, "  {line}")?;
            for f in files {
                writeln!(out, "    {}", f.display())?;
            }
            let index = self.index.display().to_string();
            let entry = ui.t_with("deletion-index-entry", &[("path", index.into())]);
            writeln!(out, "    {entry}")?;
        }
        for (id, files) in &self.broken {
            let line = ui.t_with("deletion-unreadable", &[("id", id.to_string().into())]);
            writeln!(out, "  {line}")?;
            for f in files {
                writeln!(out, "    {}", f.display())?;
            }
        }
        for f in &self.stray {
            let path = f.display().to_string();
            writeln!(
                out,
                "  {}",
                ui.t_with("deletion-stray", &[("path", path.into())])
            )?;
        }
        for (path, count) in &self.log_lines {
            let path = path.display().to_string();
            let line = ui.t_with(
                "deletion-log-lines",
                &[("count", (*count).into()), ("path", path.into())],
            );
            writeln!(out, "  {line}")?;
        }
        Ok(())
    }

    /// What was deleted, a sentence in `ui`'s words: `files` files and `lines` log lines,
    /// `about` the candidate (forget) or not (purge).
    pub fn deleted(files: usize, lines: usize, about: bool, ui: &Catalog) -> String {
        ui.t_with(
            if about {
                "forget-deleted"
            } else {
                "purge-deleted"
            },
            &[("files", files.into()), ("lines", lines.into())],
        )
    }

    /// Deletes it all; returns (files deleted, log lines removed).
    pub fn delete(self, store: &SessionStore) -> anyhow::Result<(usize, usize)> {
        let mut files = 0;
        for (s, _) in &self.sessions {
            files += store.delete(s.summary.id)?.len();
        }
        for (id, _) in &self.broken {
            files += store.delete(*id)?.len();
        }
        for path in &self.stray {
            std::fs::remove_file(path)?;
            files += 1;
        }
        let mut lines = 0;
        for (path, count) in &self.log_lines {
            let bytes = read_regular(path, FILE_CAP)?;
            let text = String::from_utf8_lossy(&bytes);
            let kept: String = text
                .split_inclusive('\n')
                .filter(|l| !self.lines_about.is_in(l))
                .collect();
            write_private(path, kept.as_bytes())?;
            lines += count;
        }
        Ok((files, lines))
    }
}

/// The session a file belongs to: its folder (`sessions/<id>/…`), or its own name in the old
/// layout (`<id>.<anything>`), or its own name when it is a session's folder.
pub fn session_of(path: &Path) -> Option<SessionId> {
    let named = |p: &Path| -> Option<SessionId> {
        p.file_name()?.to_str()?.split('.').next()?.parse().ok()
    };
    named(path).or_else(|| path.parent().and_then(named))
}

/// Whether the user agreed: `--yes`, or the UI language's yes typed at the prompt (`j` in
/// Norwegian, Danish and Latvian, `y` in English and Chinese; the prompt says which). Without
/// a terminal to ask on and without `--yes`, the answer is no.
pub fn confirm(yes: bool, ctx: &Context, out: &mut impl Write) -> anyhow::Result<bool> {
    if yes {
        return Ok(true);
    }
    if !ctx.stdin_is_terminal {
        return Ok(false);
    }
    let ui = Catalog::new(ctx.ui_lang);
    write!(out, "{} ", ui.t("delete-confirm"))?;
    out.flush()?;
    let mut answer = String::new();
    io::stdin().lock().read_line(&mut answer)?;
    Ok(ui.is_yes(&answer))
}

/// The regular files directly in `dir` (none if it cannot be read), sorted; links and other
/// odd files are left out.
fn files_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.path())
        .collect();
    files.sort();
    files
}
