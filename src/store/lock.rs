//! One writer per session: an advisory lock on a sidecar file.
//!
//! The operating system releases the lock when its holder exits, however it exits, so a lock
//! left by a crashed rapport is simply taken over. The file records who holds it, for the
//! message a second instance shows.

use std::fmt;
use std::fs::{File, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::error::StoreError;
use super::fsutil;

/// Who holds (or last held) a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockHolder {
    /// The process id.
    pub pid: u32,
    /// The machine's name.
    pub host: String,
}

impl LockHolder {
    /// This process on this machine.
    pub fn this_process() -> Self {
        LockHolder {
            pid: std::process::id(),
            host: gethostname::gethostname().to_string_lossy().into_owned(),
        }
    }
}

impl fmt::Display for LockHolder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pid == 0 {
            f.write_str("another process")
        } else {
            write!(f, "process {} on {}", self.pid, self.host)
        }
    }
}

/// A held session lock; released when dropped (or when the process dies).
#[derive(Debug)]
pub struct SessionLock {
    file: File,
    /// The holder found in the file when it was taken over, if it was not this process.
    pub taken_over_from: Option<LockHolder>,
}

impl SessionLock {
    /// Takes the lock at `path`, or says who holds it.
    pub fn acquire(path: &Path) -> Result<Self, StoreError> {
        let mut file = fsutil::no_follow(
            fsutil::private_options()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false),
        )
        .open(path)
        .map_err(|source| StoreError::Write {
            path: path.to_path_buf(),
            source,
        })?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let holder = read_holder(&mut file).unwrap_or(LockHolder {
                    pid: 0,
                    host: String::new(),
                });
                return Err(StoreError::Locked { holder });
            }
            Err(TryLockError::Error(source)) => {
                return Err(StoreError::Write {
                    path: path.to_path_buf(),
                    source,
                });
            }
        }
        let me = LockHolder::this_process();
        let taken_over_from = read_holder(&mut file).filter(|h| *h != me);
        if let Some(stale) = &taken_over_from {
            tracing::info!(pid = stale.pid, host = %stale.host, "took over a stale session lock");
        }
        // Who holds it is advice for a second instance's message, not data: no fsync needed.
        let record = serde_json::to_vec(&me).unwrap_or_default();
        let written = file
            .set_len(0)
            .and_then(|()| file.seek(SeekFrom::Start(0)))
            .and_then(|_| file.write_all(&record));
        if let Err(err) = written {
            tracing::warn!(%err, "could not record the lock holder");
        }
        Ok(SessionLock {
            file,
            taken_over_from,
        })
    }
}

impl Drop for SessionLock {
    /// Clears the holder record while still holding the lock, so a record found later can
    /// only have been left by a holder that died.
    fn drop(&mut self) {
        let _ = self.file.set_len(0);
    }
}

fn read_holder(file: &mut File) -> Option<LockHolder> {
    let mut text = String::new();
    file.seek(SeekFrom::Start(0)).ok()?;
    file.read_to_string(&mut text).ok()?;
    serde_json::from_str(&text).ok()
}
