//! The folder of sessions: create, open, read, find, list and delete them.

use std::io;
use std::path::{Path, PathBuf};

use super::error::StoreError;
use super::fsutil;
use super::lock::SessionLock;
use super::paths::{Paths, SessionFiles};
use super::session::{OpenSession, ReadSession};
use crate::model::{SessionCreated, SessionId, Timestamp};

/// The shortest piece of an id accepted to name a session.
const MIN_QUERY: usize = 4;

/// The sessions folder.
#[derive(Debug, Clone)]
pub struct SessionStore {
    dir: PathBuf,
}

impl SessionStore {
    /// The sessions folder under `paths`. Nothing is created until a session is.
    pub fn new(paths: &Paths) -> Self {
        SessionStore {
            dir: paths.sessions(),
        }
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The files of session `id`.
    pub fn files(&self, id: SessionId) -> SessionFiles {
        SessionFiles::new(&self.dir, id)
    }

    /// Creates a session; its first event is written and fsynced before this returns.
    pub fn create(
        &self,
        created: SessionCreated,
        author: &str,
        now: Timestamp,
    ) -> Result<OpenSession, StoreError> {
        super::create_private_dir(&self.dir)?;
        OpenSession::create(self.files(created.header.id), created, author, now)
    }

    /// Opens a session for writing (locked; repaired if damaged).
    pub fn open(&self, id: SessionId, now: Timestamp) -> Result<OpenSession, StoreError> {
        let files = self.existing(id)?;
        OpenSession::open(files, now)
    }

    /// Reads a session without locking or repairing it.
    pub fn read(&self, id: SessionId) -> Result<ReadSession, StoreError> {
        ReadSession::read(self.existing(id)?)
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
        ids.sort_unstable_by(|a, b| b.cmp(a));
        Ok(ids)
    }

    /// The newest session.
    pub fn latest(&self) -> Result<SessionId, StoreError> {
        self.ids()?.into_iter().next().ok_or(StoreError::NoSessions)
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

    /// Every session that can be read, newest first, and the errors of those that cannot.
    pub fn list(&self) -> Result<(Vec<ReadSession>, Vec<StoreError>), StoreError> {
        let (mut ok, mut failed) = (Vec::new(), Vec::new());
        for id in self.ids()? {
            match self.read(id) {
                Ok(session) => ok.push(session),
                Err(err) => failed.push(err),
            }
        }
        Ok((ok, failed))
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
        fsutil::sync_dir(&self.dir).map_err(|source| StoreError::Write {
            path: self.dir.clone(),
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
