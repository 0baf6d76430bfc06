//! Session logs on disk: append + fsync, replay, recovery of damage, the single-writer lock,
//! the draft of the note being typed, listing and deletion.
//!
//! Layout (ARCHITECTURE.md), all under the data folder given in [`Paths`]:
//! `sessions/<id>.jsonl` (the log), `<id>.lock`, `<id>.draft`, `<id>.damaged-<time>.jsonl`,
//! and `sessions/index.json`, a rebuildable summary of every session for fast lists.

mod draft;
mod error;
mod fsutil;
mod index;
mod loaded;
mod lock;
mod log;
mod output;
mod panelist;
mod paths;
mod salvage;
mod session;
mod sessions;

#[cfg(test)]
mod flip_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod writer_tests;

pub use error::StoreError;
pub use fsutil::{FILE_CAP, remove_on_signals};

/// Reads a regular file of at most `cap` bytes without following a link or waiting on a
/// FIFO (see the store's own use for its folders); for content and config files.
pub fn read_regular(path: &std::path::Path, cap: u64) -> std::io::Result<Vec<u8>> {
    fsutil::read_regular(path, cap, false)
}
pub use output::{OutputError, write_export};

/// Writes a file owner-only and atomically (a reader sees all of it or none of it): for
/// exports and rapport's own files outside the session folder.
pub fn write_private(path: &std::path::Path, bytes: &[u8]) -> Result<(), StoreError> {
    fsutil::write_atomic(path, ".rapport-", bytes).map_err(|source| StoreError::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// Creates a folder (and its parents) owner-only.
pub fn create_private_dir(dir: &std::path::Path) -> Result<(), StoreError> {
    fsutil::create_private_dir(dir).map_err(|source| StoreError::CreateDir {
        path: dir.to_path_buf(),
        source,
    })
}

/// Opens a file for appending, creating it owner-only; one found readable by others is made
/// owner-only. A symbolic link is not followed.
pub fn open_private_append(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    let file = fsutil::no_follow(fsutil::private_options().append(true).create(true)).open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if file.metadata()?.permissions().mode() & 0o077 != 0 {
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
    }
    Ok(file)
}

/// Opens rapport's own log for appending, after moving it to `<name>.1` (replacing the one
/// before) once it has grown past `limit` bytes: the log never takes more than twice that.
pub fn open_rotated_log(path: &std::path::Path, limit: u64) -> std::io::Result<std::fs::File> {
    if std::fs::metadata(path).is_ok_and(|m| m.len() > limit) {
        let mut old = path.as_os_str().to_owned();
        old.push(".1");
        std::fs::rename(path, old)?;
    }
    open_private_append(path)
}
pub use index::{INDEX_FILE, Listed};
pub use lock::{LockHolder, SessionLock};
pub use log::{Damage, GoodLine, LOG_VERSION, LogWriter, Replay, encode_line, replay, seal};
pub use paths::{Paths, SessionFiles};
pub use salvage::{HeaderLoss, NoPlans, PlanSource, UNKNOWN};
pub use session::{OpenSession, ReadSession, Recovery};
pub use sessions::SessionStore;
