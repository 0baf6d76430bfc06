//! The folder of sessions: create, open, read, find, list and delete them.

use std::fs::Metadata;
use std::io;
use std::path::{Path, PathBuf};

use super::error::StoreError;
use super::fsutil;
use super::index::{Entry, Fingerprint, Index, Listed};
use super::lock::SessionLock;
use super::paths::{Paths, SessionFiles};
use super::salvage::{NoPlans, PlanSource};
use super::session::{OpenSession, ReadSession};
use crate::model::{SessionCreated, SessionId, SessionSummary, Timestamp};
use std::sync::Arc;

/// The shortest piece of an id accepted to name a session.
const MIN_QUERY: usize = 4;

/// The sessions folder.
#[derive(Clone)]
pub struct SessionStore {
    dir: PathBuf,
    /// Where a plan copy lost with a damaged header is rebuilt from.
    plans: Arc<dyn PlanSource>,
}

impl std::fmt::Debug for SessionStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionStore")
            .field("dir", &self.dir)
            .finish()
    }
}

impl SessionStore {
    /// The sessions folder under `paths`. Nothing is created until a session is.
    pub fn new(paths: &Paths) -> Self {
        SessionStore {
            dir: paths.sessions(),
            plans: Arc::new(NoPlans),
        }
    }

    /// The same folder, rebuilding a damaged header's plan copy from `plans`.
    pub fn with_plans(self, plans: Arc<dyn PlanSource>) -> Self {
        SessionStore { plans, ..self }
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The files of session `id`.
    pub fn files(&self, id: SessionId) -> SessionFiles {
        SessionFiles::new(&self.dir, id)
    }

    /// Creates a session with its opening events (see [`OpenSession::create`]); they are
    /// written and fsynced before this returns.
    pub fn create(
        &self,
        created: SessionCreated,
        opening: Vec<crate::model::EventKind>,
        author: &str,
        now: Timestamp,
    ) -> Result<OpenSession, StoreError> {
        super::create_private_dir(&self.dir)?;
        OpenSession::create(self.files(created.header.id), created, opening, author, now)
    }

    /// Stores a session from every one of its events (see [`OpenSession::import`]).
    pub fn import(&self, events: Vec<crate::model::Event>) -> Result<OpenSession, StoreError> {
        let Some(crate::model::EventKind::SessionCreated(created)) =
            events.first().map(|e| &e.kind)
        else {
            return Err(StoreError::NotASessionExport {
                reason: "it does not start with the session's creation".into(),
            });
        };
        super::create_private_dir(&self.dir)?;
        OpenSession::import(self.files(created.header.id), events)
    }

    /// Opens a session for writing (locked; repaired if damaged).
    pub fn open(&self, id: SessionId) -> Result<OpenSession, StoreError> {
        let files = self.existing(id)?;
        OpenSession::open(files, self.plans.as_ref())
    }

    /// Reads a session without locking or repairing it.
    pub fn read(&self, id: SessionId) -> Result<ReadSession, StoreError> {
        ReadSession::read(self.existing(id)?, self.plans.as_ref())
    }

    fn existing(&self, id: SessionId) -> Result<SessionFiles, StoreError> {
        let files = self.files(id);
        if files.log.is_file() {
            Ok(files)
        } else {
            Err(StoreError::NotFound {
                query: id.to_string(),
            })
        }
    }

    /// Every session's id, newest first (ids are time-ordered).
    pub fn ids(&self) -> Result<Vec<SessionId>, StoreError> {
        let mut ids: Vec<SessionId> = self
            .entries()?
            .iter()
            .filter_map(|name| name.strip_suffix(".jsonl")?.parse().ok())
            .collect();
        ids.sort_unstable_by_key(|id| std::cmp::Reverse(*id));
        Ok(ids)
    }

    /// The session created last, by the creation time in its header (an id can be made up;
    /// which session is the last must not depend on it), with the errors of the sessions that
    /// could not be read and were skipped. When none can be read and only one was there, its
    /// own error says why.
    pub fn latest(&self) -> Result<(SessionId, Vec<StoreError>), StoreError> {
        let (listed, mut failed) = self.summaries()?;
        let newest = listed
            .iter()
            .filter(|l| !l.empty)
            .max_by_key(|l| (l.summary.created, l.summary.id))
            .map(|l| l.summary.id);
        failed.extend(
            listed
                .iter()
                .filter(|l| l.empty)
                .map(|l| StoreError::NotASession {
                    path: self.files(l.summary.id).log,
                    reason: "nothing in it can be read".into(),
                }),
        );
        match newest {
            Some(id) => Ok((id, failed)),
            None if failed.is_empty() => Err(StoreError::NoSessions),
            None if failed.len() == 1 => Err(failed.remove(0)),
            None => Err(StoreError::NoneReadable {
                count: failed.len(),
            }),
        }
    }

    /// Finds a session by its id or by a unique piece of it (at least four characters).
    pub fn resolve(&self, query: &str) -> Result<SessionId, StoreError> {
        let wanted = query.trim().to_ascii_lowercase();
        let not_found = || StoreError::NotFound {
            query: query.to_owned(),
        };
        if wanted.chars().count() < MIN_QUERY {
            return Err(not_found());
        }
        let ids = self.ids()?;
        let matches: Vec<SessionId> = ids
            .into_iter()
            .filter(|id| id.to_string().contains(&wanted))
            .collect();
        match matches.as_slice() {
            [one] => Ok(*one),
            [] => Err(not_found()),
            many => Err(StoreError::Ambiguous {
                query: query.to_owned(),
                count: many.len(),
            }),
        }
    }

    /// Every session's summary, newest first, and the errors of those that cannot be read.
    ///
    /// Reads the index and only the logs that changed since it was written (one `stat` per
    /// session otherwise), then brings the index up to date. A list is never wrong because of
    /// the index: an entry is used only while its log is exactly as it was summarized.
    pub fn summaries(&self) -> Result<(Vec<Listed>, Vec<StoreError>), StoreError> {
        // The index is parsed while the folder is read: on two cores, that halves the wait.
        let (index, logs) = std::thread::scope(|scope| {
            let index = scope.spawn(|| Index::load(&self.dir));
            let logs = self.logs_with_metadata();
            (index.join(), logs)
        });
        let logs = logs?;
        // A panic while parsing (there should be none) costs a rebuild, not the list.
        let mut index = index.unwrap_or_default();
        let (mut entries, mut failed) = (Vec::with_capacity(logs.len()), Vec::new());
        let mut reused = 0;
        for (id, meta) in logs {
            let meta = match meta {
                Ok(meta) => meta,
                // Deleted since the folder was read.
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(source) => {
                    failed.push(StoreError::Read {
                        path: self.files(id).log,
                        source,
                    });
                    continue;
                }
            };
            if !meta.is_file() {
                // A FIFO, a device or a link named like a log: named, never read or followed.
                failed.push(StoreError::Read {
                    path: self.files(id).log,
                    source: io::Error::new(
                        io::ErrorKind::InvalidInput,
                        fsutil::kind_of(&meta.file_type()),
                    ),
                });
                continue;
            }
            // Taken before the read: if the log grows meanwhile, the next list sees it changed.
            let log = Fingerprint::of(&meta);
            if let Some(known) = index.take(id, log) {
                entries.push(known);
                reused += 1;
                continue;
            }
            match ReadSession::read(self.files(id), self.plans.as_ref()) {
                Ok(session) => entries.push(Entry {
                    log,
                    listed: Listed {
                        summary: SessionSummary::of(&session.state),
                        damaged: !session.recovery.is_clean(),
                        empty: session.recovery.header.is_some() && session.events.len() == 1,
                    },
                }),
                Err(err) => failed.push(err),
            }
        }
        if let Err(err) = index.save(&self.dir, &entries, reused) {
            // Only a cache: the list is right, the next one is slower.
            tracing::warn!(%err, "the session index could not be saved");
        }
        Ok((entries.into_iter().map(|e| e.listed).collect(), failed))
    }

    /// Every log's session id and metadata, newest first. The metadata is read through the
    /// open folder, which is much faster than a path lookup per file.
    fn logs_with_metadata(&self) -> Result<Vec<(SessionId, io::Result<Metadata>)>, StoreError> {
        let read = match std::fs::read_dir(&self.dir) {
            Ok(read) => read,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => {
                return Err(StoreError::Read {
                    path: self.dir.clone(),
                    source,
                });
            }
        };
        let mut logs: Vec<_> = read
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let name = entry.file_name();
                let id: SessionId = name.to_str()?.strip_suffix(".jsonl")?.parse().ok()?;
                Some((id, entry.metadata()))
            })
            .collect();
        logs.sort_unstable_by_key(|log| std::cmp::Reverse(log.0));
        Ok(logs)
    }

    /// Every file that belongs to session `id`: log, lock, draft, copies kept aside, and
    /// temporary files of an interrupted rewrite.
    pub fn files_on_disk(&self, id: SessionId) -> Result<Vec<PathBuf>, StoreError> {
        let prefix = format!("{id}.");
        let mut files: Vec<PathBuf> = self
            .entries()?
            .into_iter()
            .filter(|name| name.starts_with(&prefix))
            .map(|name| self.dir.join(name))
            .collect();
        files.sort();
        Ok(files)
    }

    /// Deletes every file of session `id`, holding its lock meanwhile (a session open
    /// elsewhere is refused). Returns the files deleted.
    pub fn delete(&self, id: SessionId) -> Result<Vec<PathBuf>, StoreError> {
        let files = self.files(id);
        let lock = SessionLock::acquire(&files.lock)?;
        let all = self.files_on_disk(id)?;
        for path in all.iter().filter(|p| **p != files.lock) {
            remove(path)?;
        }
        remove(&files.lock)?;
        drop(lock);
        let mut all = all;
        if files.exports.exists() {
            std::fs::remove_dir_all(&files.exports).map_err(|source| StoreError::Write {
                path: files.exports.clone(),
                source,
            })?;
            all.push(files.exports.clone());
        }
        fsutil::sync_dir(&self.dir).map_err(|source| StoreError::Write {
            path: self.dir.clone(),
            source,
        })?;
        // The index holds the candidate's name too: it must not outlive the session.
        Index::forget(&self.dir, id).map_err(|source| StoreError::Write {
            path: Index::path(&self.dir),
            source,
        })?;
        Ok(all)
    }

    /// The names in the sessions folder (none if it does not exist yet).
    fn entries(&self) -> Result<Vec<String>, StoreError> {
        let read = match std::fs::read_dir(&self.dir) {
            Ok(read) => read,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => {
                return Err(StoreError::Read {
                    path: self.dir.clone(),
                    source,
                });
            }
        };
        Ok(read
            .filter_map(Result::ok)
            .filter_map(|entry| entry.file_name().into_string().ok())
            .collect())
    }
}

fn remove(path: &Path) -> Result<(), StoreError> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(StoreError::Write {
            path: path.to_path_buf(),
            source: e,
        }),
        _ => Ok(()),
    }
}
