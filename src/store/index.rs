//! The session index: a summary of every session, kept beside the logs so that a list of
//! thousands of sessions reads one small file instead of every log.
//!
//! The index is only a cache. Each entry records the size and modification time its log had
//! when it was summarized; an entry whose log has changed since is rebuilt from the log, an
//! entry whose log is gone is dropped, and a missing or unreadable index is rebuilt from
//! scratch. Deleting it loses nothing.

use std::collections::HashMap;
use std::fs::Metadata;
use std::io;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use super::fsutil;
use crate::model::{SessionId, SessionSummary};

/// The index file's name in the sessions folder.
pub const INDEX_FILE: &str = "index.json";

/// The index format this build writes; an index of another version is rebuilt.
const INDEX_VERSION: u32 = 4;

/// A log's size and modification time: if either differs, the log has changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fingerprint {
    /// Length in bytes (of all a session's writer logs together).
    len: u64,
    /// Modification time, in nanoseconds since the Unix epoch (the latest of them).
    mtime_ns: u128,
    /// How many writer logs there are.
    #[serde(default = "one")]
    files: u32,
}

fn one() -> u32 {
    1
}

impl Fingerprint {
    /// The fingerprint of a file's metadata.
    pub fn of(meta: &Metadata) -> Self {
        let mtime_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        Fingerprint {
            len: meta.len(),
            mtime_ns,
            files: 1,
        }
    }

    /// The fingerprint of a session's writer logs together: any of them changing, appearing
    /// or going changes it.
    pub fn of_all(logs: &[Metadata]) -> Self {
        let each: Vec<Fingerprint> = logs.iter().map(Fingerprint::of).collect();
        Fingerprint {
            len: each.iter().map(|f| f.len).sum(),
            mtime_ns: each.iter().map(|f| f.mtime_ns).max().unwrap_or(0),
            files: each.len() as u32,
        }
    }
}

/// A session's summary, and whether its log needed repair when it was read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listed {
    /// What the list shows.
    pub summary: SessionSummary,
    /// The log had damage (it is read around it; `resume` repairs it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub damaged: bool,
    /// Nothing of the log could be read, not even its header (an empty file): there is
    /// nothing to go on with, only to delete.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub empty: bool,
}

/// One session in the index: what its log held when it had this fingerprint.
#[derive(Debug, Serialize, Deserialize)]
pub struct Entry {
    /// The log's fingerprint when it was summarized.
    pub log: Fingerprint,
    /// What it held.
    pub listed: Listed,
}

#[derive(Serialize)]
struct IndexOut<'a> {
    v: u32,
    sessions: &'a [Entry],
}

#[derive(Deserialize)]
struct IndexIn {
    v: u32,
    sessions: Vec<Entry>,
}

/// The index as it was on disk, to take entries from.
#[derive(Debug, Default)]
pub struct Index {
    entries: HashMap<SessionId, Entry>,
    /// Whether it must be written even if every entry is reused (it was damaged).
    stale: bool,
}

impl Index {
    /// Loads the index in `dir`; a missing, damaged or foreign index is an empty one (and will
    /// be rewritten).
    pub fn load(dir: &Path) -> Self {
        let path = Index::path(dir);
        let bytes = match fsutil::read_regular(&path, fsutil::LOG_CAP, true) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Index::default(),
            Err(err) => {
                tracing::warn!(%err, "the session index could not be read; rebuilding it");
                return Index::rebuilt();
            }
        };
        match serde_json::from_slice::<IndexIn>(&bytes) {
            Ok(file) if file.v == INDEX_VERSION => Index {
                entries: file
                    .sessions
                    .into_iter()
                    .map(|e| (e.listed.summary.id, e))
                    .collect(),
                stale: false,
            },
            Ok(_) | Err(_) => {
                tracing::warn!("the session index is damaged or of another version; rebuilding it");
                Index::rebuilt()
            }
        }
    }

    fn rebuilt() -> Self {
        Index {
            entries: HashMap::new(),
            stale: true,
        }
    }

    /// Takes the entry of `id` out of the index if it was made from a log with fingerprint
    /// `log`.
    pub fn take(&mut self, id: SessionId, log: Fingerprint) -> Option<Entry> {
        self.entries.remove_entry(&id).and_then(|(id, entry)| {
            if entry.log == log {
                Some(entry)
            } else {
                self.entries.insert(id, entry);
                None
            }
        })
    }

    /// Writes `entries` as the new index of `dir` (atomically, owner-only), unless they are
    /// exactly what was loaded: every entry was taken, none is left over, and none is new.
    pub fn save(self, dir: &Path, entries: &[Entry], reused: usize) -> io::Result<()> {
        let unchanged = !self.stale && self.entries.is_empty() && reused == entries.len();
        if unchanged {
            return Ok(());
        }
        let bytes = serde_json::to_vec(&IndexOut {
            v: INDEX_VERSION,
            sessions: entries,
        })
        .map_err(io::Error::other)?;
        fsutil::write_atomic(&Index::path(dir), ".index-", &bytes)
    }

    /// Drops the entry of `id` from the index in `dir`, if it has one.
    pub fn forget(dir: &Path, id: SessionId) -> io::Result<()> {
        let mut index = Index::load(dir);
        if index.entries.remove(&id).is_none() && !index.stale {
            return Ok(());
        }
        let mut rest: Vec<Entry> = index.entries.drain().map(|(_, e)| e).collect();
        rest.sort_unstable_by_key(|e| std::cmp::Reverse(e.listed.summary.id));
        index.stale = true;
        index.save(dir, &rest, 0)
    }

    /// The index's path in `dir`.
    pub fn path(dir: &Path) -> PathBuf {
        dir.join(INDEX_FILE)
    }
}
