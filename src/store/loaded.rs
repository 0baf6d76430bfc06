//! A session's writer logs read and folded as one history: its own folder's logs and the
//! team folder's, with a lost header rebuilt (see `docs/panel.md`).

use std::path::PathBuf;

use super::error::StoreError;
use super::fsutil;
use super::log::{Replay, encode_line, find, replay, seal};
use super::paths::SessionFiles;
use super::salvage::{self, PlanSource};
use super::session::Recovery;
use crate::model::{Event, EventKind, SessionState, Timestamp, fold};

/// One writer's log, as read.
pub(super) struct WriterLog {
    pub(super) path: PathBuf,
    pub(super) bytes: Vec<u8>,
    pub(super) replay: Replay,
}

/// A session's writer logs, read and folded as one history.
pub(super) struct Loaded {
    pub(super) logs: Vec<WriterLog>,
    /// The union of the logs' events, behind a rebuilt header when the session's own was lost.
    pub(super) events: Vec<Event>,
    pub(super) state: SessionState,
    pub(super) recovery: Recovery,
    /// The log whose damaged first line the header was rebuilt from, if one was.
    pub(super) header_from: Option<PathBuf>,
}

/// The writer logs in a session's folder, by name.
pub(super) fn writer_logs(dir: &std::path::Path) -> Result<Vec<PathBuf>, StoreError> {
    let entries = std::fs::read_dir(dir).map_err(|source| StoreError::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut logs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(SessionFiles::is_writer_log)
        })
        .map(|e| e.path())
        .collect();
    logs.sort();
    Ok(logs)
}

/// The other machines' writer logs of the session in the team folder: not this
/// installation's (it has its own here), and none that is here already under its name.
pub(super) fn team_logs(files: &SessionFiles, local: &[PathBuf]) -> Vec<PathBuf> {
    let Some(team) = &files.team else {
        return Vec::new();
    };
    let mine = format!("{}-", files.installation);
    let here: Vec<&std::ffi::OsStr> = local.iter().filter_map(|p| p.file_name()).collect();
    writer_logs(team)
        .unwrap_or_default()
        .into_iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| !here.contains(&n) && !n.to_string_lossy().starts_with(&mine))
        })
        .collect()
}

impl Loaded {
    pub(super) fn read(files: &SessionFiles, plans: &dyn PlanSource) -> Result<Self, StoreError> {
        let paths = writer_logs(&files.dir)?;
        if paths.is_empty() {
            return Err(StoreError::NotASession {
                path: files.dir.clone(),
                reason: "it holds no log".into(),
            });
        }
        let team = team_logs(files, &paths);
        let mut logs = Vec::new();
        for path in paths.into_iter().chain(team) {
            // Files in the shared team folder are not this machine's to narrow, and one that
            // cannot be read there (odd, or from a newer rapport) is skipped, not fatal.
            let ours = path.starts_with(&files.dir);
            let read = fsutil::read_regular(&path, fsutil::LOG_CAP, ours)
                .map_err(|source| StoreError::Read {
                    path: path.clone(),
                    source,
                })
                .and_then(|bytes| replay(&bytes, &path).map(|replay| (bytes, replay)));
            let (bytes, replay) = match read {
                Ok(read) => read,
                Err(err) if !ours => {
                    tracing::warn!(%err, "skipped a log in the team folder");
                    continue;
                }
                Err(err) => return Err(err),
            };
            logs.push(WriterLog {
                path,
                bytes,
                replay,
            });
        }
        let mut events = crate::model::union::union(
            logs.iter_mut()
                .map(|l| std::mem::take(&mut l.replay.events))
                .collect(),
        );
        let mut header = None;
        let mut header_from = None;
        let has_header = matches!(
            events.first().map(|e| &e.kind),
            Some(EventKind::SessionCreated(_))
        );
        if !has_header {
            let is_header = |b: &[u8]| find(b, b"session_created").is_some();
            // The header's bytes: a damaged first line, or a first line cut short by a crash.
            let damaged = logs.iter().find_map(|l| {
                let first_good = l
                    .replay
                    .good_lines
                    .first()
                    .map_or(usize::MAX, |g| g.bytes.start);
                let torn = &l.bytes[l.bytes.len() - l.replay.torn_tail..];
                l.replay
                    .damaged
                    .first()
                    .filter(|d| d.bytes.start < first_good)
                    .map(|d| &l.bytes[d.bytes.clone()])
                    .or_else(|| l.replay.good_lines.is_empty().then_some(torn))
                    .filter(|b| is_header(b))
                    .map(|b| (l.path.clone(), b))
            });
            let nothing_at_all = logs
                .iter()
                .all(|l| l.replay.damaged.is_empty() && l.replay.torn_tail == 0);
            if events.is_empty() && damaged.is_none() && !nothing_at_all {
                return Err(not_a_session(
                    files,
                    &logs,
                    "it has no event rapport can read",
                ));
            }
            let fallback = events
                .first()
                .map_or_else(|| modified(files, &logs), |e| e.at);
            let (created, loss) =
                salvage::header(files.id, damaged.as_ref().map(|d| d.1), fallback, plans);
            header_from = damaged.map(|d| d.0);
            events.insert(0, created);
            header = Some(loss);
        }
        let state = fold(&events).map_err(|err| not_a_session(files, &logs, &err.to_string()))?;
        let recovery = Recovery {
            damaged: logs.iter().flat_map(|l| l.replay.damaged.clone()).collect(),
            torn_tail: logs.iter().map(|l| l.replay.torn_tail).sum(),
            bom: logs.iter().any(|l| l.replay.bom),
            header,
            kept_aside: None,
        };
        Ok(Loaded {
            logs,
            events,
            state,
            recovery,
            header_from,
        })
    }

    /// The log at `path`, if the session has it.
    pub(super) fn log(&self, path: &std::path::Path) -> Option<&WriterLog> {
        self.logs.iter().find(|l| l.path == path)
    }

    /// A hash of what is damaged in the log at `path`, naming the copy kept aside.
    pub(super) fn damage_hash(&self, log: &WriterLog) -> u32 {
        let mut crc = 0;
        for d in &log.replay.damaged {
            crc = crc32c::crc32c_append(crc, &log.bytes[d.bytes.clone()]);
        }
        let tail = log.bytes.len() - log.replay.torn_tail;
        crc = crc32c::crc32c_append(crc, &log.bytes[tail..]);
        if self.header_from.as_deref() == Some(log.path.as_path()) {
            crc = crc32c::crc32c_append(crc, b"header");
        }
        crc
    }

    /// `log` as it is rewritten: the rebuilt header first if it was this log's, then every
    /// intact line, sealed.
    pub(super) fn repaired(&self, log: &WriterLog) -> Result<Vec<u8>, serde_json::Error> {
        let mut out = Vec::with_capacity(log.bytes.len());
        if self.header_from.as_deref() == Some(log.path.as_path())
            && let Some(header) = self.events.first()
        {
            encode_line(&mut out, header)?;
        }
        for line in &log.replay.good_lines {
            seal(&log.bytes[line.bytes.clone()], &mut out);
        }
        Ok(out)
    }
}

/// When the session was last written (its newest writer log), to date a session of which
/// nothing else is left.
fn modified(files: &SessionFiles, logs: &[WriterLog]) -> Timestamp {
    logs.iter()
        .map(|l| l.path.as_path())
        .chain([files.dir.as_path()])
        .filter_map(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
        .next()
        .map(|t| chrono::DateTime::<chrono::Utc>::from(t).fixed_offset())
        .unwrap_or_default()
}

fn not_a_session(files: &SessionFiles, logs: &[WriterLog], why: &str) -> StoreError {
    let (path, first_damage) = logs
        .iter()
        .find_map(|l| l.replay.damaged.first().map(|d| (l.path.clone(), d)))
        .map(|(p, d)| (p, format!("; line {}: {}", d.line, d.reason)))
        .unwrap_or_else(|| (files.dir.clone(), String::new()));
    StoreError::NotASession {
        path,
        reason: format!("{why}{first_damage}"),
    }
}
