//! Session logs on disk: append + fsync, replay, recovery of damage, the single-writer lock,
//! the draft of the note being typed, listing and deletion.
//!
//! Layout (ARCHITECTURE.md), all under the data folder given in [`Paths`]:
//! `sessions/<id>.jsonl` (the log), `<id>.lock`, `<id>.draft`, `<id>.damaged-<time>.jsonl`.

mod draft;
mod error;
mod fsutil;
mod lock;
mod log;
mod paths;
mod session;
mod sessions;

#[cfg(test)]
mod tests;

pub use error::StoreError;
pub use lock::{LockHolder, SessionLock};
pub use log::{Damage, LOG_VERSION, LogWriter, Replay, encode_line, replay};
pub use paths::{Paths, SessionFiles};
pub use session::{OpenSession, ReadSession, Recovery};
pub use sessions::SessionStore;
