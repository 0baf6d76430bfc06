//! What can go wrong on disk, each said in one sentence a user can act on.

use std::io;
use std::path::PathBuf;

use super::lock::LockHolder;

/// A storage failure.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A folder could not be created (or a file stands where it should be).
    #[error("cannot create the folder {}", path.display())]
    CreateDir {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// A file could not be read.
    #[error("cannot read {}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// A file could not be written; nothing was shown as saved.
    #[error("could not save to {} — the last change is NOT saved", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// An earlier write failed in a way that leaves the file's end uncertain.
    #[error("an earlier save to {} failed; open the session again to check and repair it", path.display())]
    Poisoned {
        /// The log.
        path: PathBuf,
    },
    /// Another rapport holds the session.
    #[error("this session is open in another rapport ({holder}); close that one first")]
    Locked {
        /// Who holds it.
        holder: LockHolder,
    },
    /// No session matches what was asked for.
    #[error("no session matches '{query}' (see `rapport list`)")]
    NotFound {
        /// What was asked for.
        query: String,
    },
    /// There are no sessions at all.
    #[error("there are no sessions yet (start one with `rapport new --candidate NAME`)")]
    NoSessions,
    /// There are sessions, but none can be read.
    #[error("none of the {count} sessions can be read (see `rapport list` for why)")]
    NoneReadable {
        /// How many could not be read.
        count: usize,
    },
    /// More than one session matches a short id.
    #[error("'{query}' matches {count} sessions; give more of the id (see `rapport list`)")]
    Ambiguous {
        /// What was asked for.
        query: String,
        /// How many matched.
        count: usize,
    },
    /// The log was written by a newer rapport.
    #[error(
        "{} was written by a newer rapport (log version {found}, this one reads {supported}); update rapport to open it",
        path.display()
    )]
    NewerVersion {
        /// The log.
        path: PathBuf,
        /// The version found.
        found: u32,
        /// The version this build reads.
        supported: u32,
    },
    /// An import's events do not make a session.
    #[error("the events do not make a rapport session ({reason})")]
    NotASessionExport {
        /// Why not.
        reason: String,
    },
    /// An imported session is already stored.
    #[error("this session is already stored; `rapport resume {id}` opens it")]
    AlreadyStored {
        /// Its id.
        id: String,
    },
    /// The file is not a session log at all.
    #[error("{} is not a rapport session log ({reason}); it was left as it is", path.display())]
    NotASession {
        /// The file.
        path: PathBuf,
        /// Why it is not.
        reason: String,
    },
}
