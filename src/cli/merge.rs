//! `rapport merge`: another laptop's files of a session taken in, however they came (a
//! synced folder, a git pull, mail). Events are united by id: merging is idempotent,
//! commutative and associative, and never rewrites a writer's log (see `docs/panel.md`).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use super::args::MergeArgs;
use super::import::{events_of_export, read_capped};
use super::{Context, report};
use crate::i18n::Catalog;
use crate::model::{Event, EventKind, SessionId};

/// How deep into folders merge looks for files (a team folder of session folders).
const MAX_DEPTH: usize = 3;

/// Reads every file given, groups their events by session, checks them as an import is
/// checked, and unites each group with the stored session.
pub fn run(args: MergeArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let store = ctx.store();
    let into = args
        .force_into
        .as_deref()
        .map(|q| store.resolve(q))
        .transpose()?;
    let mut files = Vec::new();
    for path in &args.paths {
        collect(path, 0, &mut files)?;
    }
    if files.is_empty() {
        bail!("no JSON export (.json) or writer log (.jsonl) was found in what was given");
    }
    let mut groups: BTreeMap<SessionId, Vec<Event>> = BTreeMap::new();
    for file in &files {
        let name = file.display().to_string();
        let events = events_of(file, &name)?;
        let said = events.iter().find_map(|e| match &e.kind {
            EventKind::SessionCreated(c) => Some(c.header.id),
            _ => None,
        });
        // A log in a session's folder belongs to that session.
        let folder = file
            .parent()
            .and_then(|d| d.file_name())
            .and_then(|n| n.to_str())
            .and_then(|n| n.parse::<SessionId>().ok());
        let session = match (into, said.or(folder)) {
            (Some(into), _) => into,
            (None, Some(said)) => said,
            (None, None) => bail!(
                "{name} does not say which session it belongs to; give it with --force-into ID"
            ),
        };
        let events = events.into_iter().filter(|e| match &e.kind {
            // Forced into another session, a file's own creation is left behind.
            EventKind::SessionCreated(c) => c.header.id == session,
            _ => true,
        });
        groups.entry(session).or_default().extend(events);
    }
    let ui = Catalog::new(ctx.ui_lang);
    for (id, events) in groups {
        let stored_creation: Vec<Event> = match store.read(id) {
            Ok(session) => session.events.into_iter().take(1).collect(),
            Err(crate::store::StoreError::NotFound { .. }) => Vec::new(),
            Err(err) => return Err(err.into()),
        };
        let history = crate::model::union::union(vec![stored_creation, events]);
        let checked = crate::model::trust::check_foreign(history, (ctx.now)())
            .with_context(|| format!("nothing of session {id} was merged"))?;
        let total = checked.len();
        let new = store.merge(id, checked)?;
        let session = store.read(id)?;
        let h = &session.state.header;
        let what = report::title(&h.candidate, &h.role, &h.format);
        let already = total.saturating_sub(new);
        writeln!(
            out,
            "{}",
            ui.t_with(
                "cli-merged",
                &[
                    ("what", what.into()),
                    ("new", new.into()),
                    ("known", already.into()),
                ]
            )
        )?;
    }
    Ok(())
}

/// The files to merge at `path`: it, or what a folder holds (to [`MAX_DEPTH`]), sorted.
fn collect(path: &Path, depth: usize, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
    if !meta.is_dir() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    if depth >= MAX_DEPTH {
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
        .with_context(|| format!("cannot read {}", path.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for entry in entries {
        let name = entry
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let wanted = (name.ends_with(".json") || crate::store::SessionFiles::is_writer_log(&name))
            && !name.starts_with('.')
            && name != crate::store::INDEX_FILE;
        if entry.is_dir() || wanted {
            collect(&entry, depth + 1, out)?;
        }
    }
    Ok(())
}

/// The events of one file: a JSON export, or a writer log.
fn events_of(path: &Path, name: &str) -> anyhow::Result<Vec<Event>> {
    let file = std::fs::File::open(path).with_context(|| format!("cannot read {name}"))?;
    let text = read_capped(file).with_context(|| format!("cannot read {name}"))?;
    if path.extension().is_some_and(|e| e == "json") {
        return events_of_export(&text, name);
    }
    let replay = crate::store::replay(text.as_bytes(), path)?;
    if !replay.damaged.is_empty() || replay.torn_tail > 0 {
        crate::say_err!(
            "rapport: {} line(s) of {name} could not be read and were left out",
            replay.damaged.len() + usize::from(replay.torn_tail > 0)
        );
    }
    if replay.events.is_empty() {
        bail!("{name} holds no event rapport can read");
    }
    Ok(replay.events)
}
