//! The folder of sessions: create, open, read, find, list and delete them.

use std::io;
use std::path::{Path, PathBuf};

use super::error::StoreError;
use super::fsutil;
use super::index::{Entry, Index, Listed};
use super::lock::SessionLock;
use super::paths::{Paths, SessionFiles};
use super::salvage::{NoPlans, PlanSource};
use super::session::{OpenSession, ReadSession};
use crate::model::{SessionCreated, SessionId, SessionSummary, Timestamp};
use std::sync::Arc;

mod folder;
mod migrate;

use folder::{Found, fingerprint_of, remove_if_stale};

/// The shortest piece of an id accepted to name a session.
const MIN_QUERY: usize = 4;

/// The sessions folder.
#[derive(Clone)]
pub struct SessionStore {
    dir: PathBuf,
    /// Where a plan copy lost with a damaged header is rebuilt from.
    plans: Arc<dyn PlanSource>,
    /// Where this installation's id is kept.
    paths: Paths,
    /// This installation's id, read (or made) on first need.
    installation: Arc<std::sync::OnceLock<String>>,
    /// The team folder, if one is set.
    team: Option<PathBuf>,
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
            paths: paths.clone(),
            installation: Arc::new(std::sync::OnceLock::new()),
            team: paths.team(),
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

    /// The files of session `id`, as this installation's first writer sees them.
    pub fn files(&self, id: SessionId) -> SessionFiles {
        let installation = self.installation.get_or_init(|| self.paths.installation());
        SessionFiles::new(&self.dir, id, installation).in_team(self.team.as_deref())
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

    /// Takes `events` of session `id` from elsewhere into it: a session not stored yet is
    /// stored; one that is gets the events it does not have yet, as a new log of their own
    /// (`merged-<hash>.jsonl`), in time order. No writer's log is ever rewritten, and merging
    /// the same events again adds nothing. Returns how many events were new.
    pub fn merge(
        &self,
        id: SessionId,
        events: Vec<crate::model::Event>,
    ) -> Result<usize, StoreError> {
        let stored = self.ids()?.contains(&id);
        if !stored {
            let history = crate::model::union::union(vec![events]);
            let count = history.len();
            drop(self.import(history)?);
            return Ok(count);
        }
        let stored = self.read(id)?;
        let known: std::collections::HashSet<crate::model::EventId> =
            stored.events.iter().map(|e| e.id).collect();
        let mut new: Vec<crate::model::Event> = Vec::new();
        let mut taken = std::collections::HashSet::new();
        for event in events {
            if !known.contains(&event.id) && taken.insert(event.id) {
                new.push(event);
            }
        }
        if new.is_empty() {
            return Ok(0);
        }
        new.sort_by_key(|e| (e.at, e.id));
        let mut bytes = Vec::new();
        // Like every log, it starts with a copy of the session's creation: it says which
        // session it belongs to wherever it travels.
        if let Some(created) = stored.events.first() {
            super::log::encode_line(&mut bytes, created).map_err(|e| StoreError::Write {
                path: self.files(id).dir,
                source: io::Error::other(e),
            })?;
        }
        let mut hash = 0;
        for event in &new {
            super::log::encode_line(&mut bytes, event).map_err(|e| StoreError::Write {
                path: self.files(id).dir,
                source: io::Error::other(e),
            })?;
            hash = crc32c::crc32c_append(hash, event.id.0.as_bytes());
        }
        let path = self.files(id).dir.join(format!("merged-{hash:08x}.jsonl"));
        if !path.exists() {
            fsutil::write_atomic(&path, ".merged-", &bytes).map_err(|source| {
                StoreError::Write {
                    path: path.clone(),
                    source,
                }
            })?;
        }
        Ok(new.len())
    }

    /// Copies this installation's writer logs of every session into the team folder (for a
    /// team folder just set); returns how many sessions were copied. Nothing is opened or
    /// locked: each copy is written whole, atomically.
    pub fn copy_to_team(&self) -> Result<usize, StoreError> {
        let mut copied = 0;
        for id in self.ids()? {
            let files = self.files(id);
            let Some(team) = &files.team else {
                return Ok(0);
            };
            let mine = format!("{}-", files.installation);
            let logs = std::fs::read_dir(&files.dir)
                .into_iter()
                .flatten()
                .filter_map(Result::ok)
                .filter(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    name.starts_with(&mine) && SessionFiles::is_writer_log(&name)
                });
            let mut any = false;
            for log in logs {
                let bytes =
                    fsutil::read_regular(&log.path(), fsutil::LOG_CAP, true).map_err(|source| {
                        StoreError::Read {
                            path: log.path(),
                            source,
                        }
                    })?;
                let copy = team.join(log.file_name());
                let write = |source| StoreError::Write {
                    path: copy.clone(),
                    source,
                };
                fsutil::create_private_dir(team).map_err(write)?;
                fsutil::write_atomic(&copy, ".team-", &bytes).map_err(write)?;
                any = true;
            }
            copied += usize::from(any);
        }
        Ok(copied)
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
        if super::paths::LegacyFiles::new(&self.dir, id).log.exists() {
            self.migrate_legacy();
        }
        let files = self.files(id);
        match std::fs::symlink_metadata(&files.dir) {
            Ok(meta) if meta.is_dir() => Ok(files),
            Ok(meta) => Err(StoreError::Read {
                path: files.dir.clone(),
                source: io::Error::new(
                    io::ErrorKind::InvalidInput,
                    fsutil::kind_of(&meta.file_type()),
                ),
            }),
            Err(_) => Err(StoreError::NotFound {
                query: id.to_string(),
            }),
        }
    }

    /// Every session's id, newest first (ids are time-ordered).
    pub fn ids(&self) -> Result<Vec<SessionId>, StoreError> {
        self.migrate_legacy();
        let mut ids: Vec<SessionId> = self
            .entries()?
            .iter()
            .filter_map(|name| name.parse().ok())
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
        self.migrate_legacy();
        // The index is parsed while the folder is read: on two cores, that halves the wait.
        let (index, sessions) = std::thread::scope(|scope| {
            let index = scope.spawn(|| Index::load(&self.dir));
            let sessions = self.sessions_with_fingerprints();
            (index.join(), sessions)
        });
        let sessions = sessions?;
        // A panic while parsing (there should be none) costs a rebuild, not the list.
        let mut index = index.unwrap_or_default();
        let (mut entries, mut failed) = (Vec::with_capacity(sessions.len()), Vec::new());
        let mut reused = 0;
        for (id, fingerprint) in sessions {
            // Taken before the read: if a log grows meanwhile, the next list sees it changed.
            let log = match fingerprint {
                Ok(Some(log)) => log,
                // Deleted since the folder was read.
                Ok(None) => continue,
                Err(err) => {
                    failed.push(err);
                    continue;
                }
            };
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

    /// Every session's id and the fingerprint of its writer logs, newest first (`None`: gone
    /// since the folder was read). What stands where a session's folder should be and is
    /// not one (a file, a FIFO, a link) is an error, never read or followed. Temporary files
    /// left by killed writes are swept on the way.
    fn sessions_with_fingerprints(&self) -> Result<Vec<(SessionId, Found)>, StoreError> {
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
        let entries: Vec<std::fs::DirEntry> = read.filter_map(Result::ok).collect();
        // A `stat` or two per session: thousands of them go faster on every core at once.
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        let chunk = entries.len().div_ceil(threads).max(1);
        let mut sessions: Vec<(SessionId, Found)> = std::thread::scope(|scope| {
            let parts: Vec<_> = entries
                .chunks(chunk)
                .map(|part| scope.spawn(move || self.fingerprints_of(part)))
                .collect();
            parts
                .into_iter()
                .flat_map(|p| p.join().unwrap_or_default())
                .collect()
        });
        sessions.sort_unstable_by_key(|s| std::cmp::Reverse(s.0));
        Ok(sessions)
    }

    /// The sessions among `entries` of the sessions folder, with their fingerprints (see
    /// [`SessionStore::sessions_with_fingerprints`]).
    fn fingerprints_of(&self, entries: &[std::fs::DirEntry]) -> Vec<(SessionId, Found)> {
        entries
            .iter()
            .filter_map(|entry| {
                let name = entry.file_name();
                let name = name.to_str()?;
                if name.ends_with(".tmp") {
                    remove_if_stale(entry);
                    return None;
                }
                let id: SessionId = name.strip_suffix(".jsonl").unwrap_or(name).parse().ok()?;
                let kind = match entry.file_type() {
                    Ok(kind) => kind,
                    Err(source) => {
                        let err = StoreError::Read {
                            path: entry.path(),
                            source,
                        };
                        return Some((id, Err(err)));
                    }
                };
                if !kind.is_dir() || name.ends_with(".jsonl") {
                    // Left in the old layout because it is not a regular file, or an odd file
                    // where a session's folder should be.
                    let source =
                        io::Error::new(io::ErrorKind::InvalidInput, fsutil::kind_of(&kind));
                    let err = StoreError::Read {
                        path: entry.path(),
                        source,
                    };
                    return Some((id, Err(err)));
                }
                let team = self.team.as_ref().map(|t| t.join(name));
                Some((id, fingerprint_of(&entry.path(), team.as_deref())))
            })
            .collect()
    }

    /// Every file that belongs to session `id`: every writer's log and lock, drafts, who
    /// records on this machine, copies kept aside, temporary files of an interrupted write,
    /// and anything left in the old layout.
    pub fn files_on_disk(&self, id: SessionId) -> Result<Vec<PathBuf>, StoreError> {
        let prefix = format!("{id}.");
        let mut files: Vec<PathBuf> = self
            .entries()?
            .into_iter()
            .filter(|name| name.starts_with(&prefix))
            .map(|name| self.dir.join(name))
            .collect();
        let dir = self.files(id).dir;
        if let Ok(read) = std::fs::read_dir(&dir) {
            files.extend(read.filter_map(Result::ok).map(|e| e.path()));
        }
        files.sort();
        Ok(files)
    }

    /// Deletes every file of session `id`, holding every writer's lock meanwhile (a session
    /// being recorded in elsewhere on this machine is refused). Returns what was deleted.
    pub fn delete(&self, id: SessionId) -> Result<Vec<PathBuf>, StoreError> {
        let files = self.files(id);
        let mut all = self.files_on_disk(id)?;
        let locks: Vec<&PathBuf> = all
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "lock"))
            .collect();
        let mut held = Vec::new();
        for lock in &locks {
            held.push(SessionLock::acquire(lock)?);
        }
        for path in all.iter().filter(|p| !locks.contains(p)) {
            remove(path)?;
        }
        for lock in &locks {
            remove(lock)?;
        }
        drop(held);
        if files.dir.exists() {
            std::fs::remove_dir(&files.dir).map_err(|source| StoreError::Write {
                path: files.dir.clone(),
                source,
            })?;
            all.push(files.dir.clone());
        }
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
        // This machine's copies in the team folder go too (the others' files there are theirs).
        if let Some(team) = &files.team {
            let mine = format!("{}-", files.installation);
            for entry in std::fs::read_dir(team)
                .into_iter()
                .flatten()
                .filter_map(Result::ok)
            {
                if entry.file_name().to_string_lossy().starts_with(&mine) {
                    remove(&entry.path())?;
                    all.push(entry.path());
                }
            }
        }
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
