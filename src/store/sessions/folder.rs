//! What the sessions folder holds of each session, read without opening a log: the
//! fingerprint of its writer logs, and temporary files left by killed writes, swept.

use std::io;
use std::path::Path;

use super::super::error::StoreError;
use super::super::index::Fingerprint;
use super::super::paths::SessionFiles;

/// What the sessions folder shows of one session: its writer logs' fingerprint, nothing (it
/// went while the folder was read), or why it cannot be read.
pub(super) type Found = Result<Option<Fingerprint>, StoreError>;

/// The fingerprint of the writer logs in a session's folder and in its team folder, if any
/// (`None` if the session's folder is gone): a log arriving in the team folder changes it.
pub(super) fn fingerprint_of(
    dir: &Path,
    team: Option<&Path>,
) -> Result<Option<Fingerprint>, StoreError> {
    let read = match std::fs::read_dir(dir) {
        Ok(read) => read,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(StoreError::Read {
                path: dir.to_path_buf(),
                source,
            });
        }
    };
    let mut logs = Vec::new();
    for entry in read.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        if name.ends_with(".tmp") {
            remove_if_stale(&entry);
        } else if SessionFiles::is_writer_log(name) {
            match entry.metadata() {
                Ok(meta) => logs.push(meta),
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(source) => {
                    return Err(StoreError::Read {
                        path: entry.path(),
                        source,
                    });
                }
            }
        }
    }
    if let Some(team) = team {
        for entry in std::fs::read_dir(team)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
        {
            let name = entry.file_name();
            if name.to_str().is_some_and(SessionFiles::is_writer_log)
                && let Ok(meta) = entry.metadata()
            {
                logs.push(meta);
            }
        }
    }
    Ok(Some(Fingerprint::of_all(&logs)))
}

/// How old a temporary file must be to be taken for one left by a write that was killed
/// (a write takes milliseconds).
const STALE_TEMP: std::time::Duration = std::time::Duration::from_secs(600);

/// Removes a temporary file left by a killed write, once it is surely not being written.
pub(super) fn remove_if_stale(entry: &std::fs::DirEntry) {
    let stale = entry
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age > STALE_TEMP);
    let kind = entry.file_type();
    if stale && kind.as_ref().is_ok_and(|t| t.is_file() || t.is_dir()) {
        let removed = if kind.is_ok_and(|t| t.is_dir()) {
            // A session's folder a killed `new` did not finish.
            std::fs::remove_dir_all(entry.path())
        } else {
            std::fs::remove_file(entry.path())
        };
        match removed {
            Ok(()) => {
                tracing::info!(file = %entry.path().display(), "removed a stale temporary file")
            }
            Err(err) => tracing::warn!(%err, "could not remove a stale temporary file"),
        }
    }
}
