//! One session on disk: read it, or open it for writing (locked, repaired, appendable).

use std::io;
use std::path::PathBuf;

use uuid::Uuid;

use super::error::StoreError;
use super::fsutil;
use super::lock::SessionLock;
use super::log::{Damage, LogWriter, Replay, encode_line, replay};
use super::paths::SessionFiles;
use crate::model::{Event, EventId, EventKind, SessionCreated, SessionState, Timestamp, fold};

/// What was wrong with a log when it was read, and what was done about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recovery {
    /// Complete lines that could not be read (skipped; every other line kept).
    pub damaged: Vec<Damage>,
    /// Bytes of an unfinished last line (cut off before the next append).
    pub torn_tail: usize,
    /// Where the original was kept, when the log was repaired.
    pub kept_aside: Option<PathBuf>,
}

impl Recovery {
    /// Whether the log was intact.
    pub fn is_clean(&self) -> bool {
        self.damaged.is_empty() && self.torn_tail == 0
    }

    fn of(replay: &Replay) -> Self {
        Recovery {
            damaged: replay.damaged.clone(),
            torn_tail: replay.torn_tail,
            kept_aside: None,
        }
    }
}

/// A session read without taking its lock (for listing and exports). Nothing is repaired.
#[derive(Debug, Clone)]
pub struct ReadSession {
    /// Its files.
    pub files: SessionFiles,
    /// Every intact event, in log order.
    pub events: Vec<Event>,
    /// Their fold.
    pub state: SessionState,
    /// What was wrong with the log.
    pub recovery: Recovery,
}

impl ReadSession {
    /// Reads the session's log.
    pub fn read(files: SessionFiles) -> Result<Self, StoreError> {
        let bytes = read_log(&files)?;
        let replay = replay(&bytes, &files.log)?;
        let state = fold_replay(&files, &replay)?;
        Ok(ReadSession {
            recovery: Recovery::of(&replay),
            events: replay.events,
            state,
            files,
        })
    }
}

/// A session open for writing: this process holds its lock.
#[derive(Debug)]
pub struct OpenSession {
    files: SessionFiles,
    lock: SessionLock,
    writer: LogWriter,
    events: Vec<Event>,
    state: SessionState,
    recovery: Recovery,
    buf: Vec<u8>,
}

impl OpenSession {
    /// Opens an existing session: takes the lock before anything else, replays the log and, if
    /// it is damaged, keeps the original aside and repairs it (`now` names the aside copy).
    pub fn open(files: SessionFiles, now: Timestamp) -> Result<Self, StoreError> {
        let lock = SessionLock::acquire(&files.lock)?;
        let bytes = read_log(&files)?;
        let replay = replay(&bytes, &files.log)?;
        let state = fold_replay(&files, &replay)?;
        let mut recovery = Recovery::of(&replay);
        let len = if replay.is_clean() {
            bytes.len()
        } else {
            let aside = keep_aside(&files, now)?;
            tracing::warn!(
                damaged = replay.damaged.len(),
                torn_tail = replay.torn_tail,
                aside = %aside.display(),
                "repaired a damaged session log"
            );
            recovery.kept_aside = Some(aside);
            rewrite_good_lines(&files, &bytes, &replay)?
        };
        let writer = LogWriter::open(&files.log, len as u64)?;
        Ok(OpenSession {
            files,
            lock,
            writer,
            events: replay.events,
            state,
            recovery,
            buf: Vec::new(),
        })
    }

    /// Creates a new session: its first event is `created`, written and fsynced before this
    /// returns.
    pub fn create(
        files: SessionFiles,
        created: SessionCreated,
        author: &str,
        now: Timestamp,
    ) -> Result<Self, StoreError> {
        let lock = SessionLock::acquire(&files.lock)?;
        let mut writer = LogWriter::create(&files.log)?;
        let first = Event {
            id: EventId(Uuid::now_v7()),
            author: author.to_owned(),
            at: now,
            elapsed_ms: 0,
            kind: EventKind::SessionCreated(Box::new(created)),
        };
        let mut buf = Vec::new();
        encode_line(&mut buf, &first).map_err(|e| encode_error(&files, e))?;
        if let Err(err) = writer.append(&buf) {
            // Nothing was saved: leave no empty log behind to be mistaken for a broken session.
            let _ = std::fs::remove_file(&files.log);
            return Err(err);
        }
        let state = SessionState::new(&first).map_err(|e| StoreError::NotASession {
            path: files.log.clone(),
            reason: e.to_string(),
        })?;
        Ok(OpenSession {
            files,
            lock,
            writer,
            events: vec![first],
            state,
            recovery: Recovery::default(),
            buf,
        })
    }

    /// Stores a whole session from its `events` (an import of a JSON export): they are
    /// checked by folding them, then written in one append and fsynced. A session that is
    /// already stored is left as it is.
    pub fn import(files: SessionFiles, events: &[Event]) -> Result<Self, StoreError> {
        let state = fold(events).map_err(|e| StoreError::NotASessionExport {
            reason: e.to_string(),
        })?;
        if files.log.exists() {
            return Err(StoreError::AlreadyStored {
                id: state.header.id.to_string(),
            });
        }
        let lock = SessionLock::acquire(&files.lock)?;
        let mut buf = Vec::new();
        for event in events {
            encode_line(&mut buf, event).map_err(|e| encode_error(&files, e))?;
        }
        let mut writer = LogWriter::create(&files.log)?;
        if let Err(err) = writer.append(&buf) {
            let _ = std::fs::remove_file(&files.log);
            return Err(err);
        }
        Ok(OpenSession {
            files,
            lock,
            writer,
            events: events.to_vec(),
            state,
            recovery: Recovery::default(),
            buf,
        })
    }

    /// Records events that happen at `now`, by `author`: they are written in one append and
    /// fsynced, and only then applied to the state. Returns their ids.
    pub fn record(
        &mut self,
        author: &str,
        now: Timestamp,
        kinds: impl IntoIterator<Item = EventKind>,
    ) -> Result<Vec<EventId>, StoreError> {
        let batch = crate::model::stamp(&self.state.clock, author, now, kinds, || {
            EventId(Uuid::now_v7())
        });
        self.buf.clear();
        for event in &batch {
            encode_line(&mut self.buf, event).map_err(|e| encode_error(&self.files, e))?;
        }
        self.writer.append(&self.buf)?;
        for event in &batch {
            self.state.apply(event);
        }
        let ids = batch.iter().map(|e| e.id).collect();
        self.events.extend(batch);
        Ok(ids)
    }

    /// The folded state.
    pub fn state(&self) -> &SessionState {
        &self.state
    }

    /// Every event, in log order.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// What was wrong with the log when it was opened, and what was done.
    pub fn recovery(&self) -> &Recovery {
        &self.recovery
    }

    /// The session's files.
    pub fn files(&self) -> &SessionFiles {
        &self.files
    }

    /// The lock this session is held by.
    pub fn lock(&self) -> &SessionLock {
        &self.lock
    }
}

fn encode_error(files: &SessionFiles, err: serde_json::Error) -> StoreError {
    StoreError::Write {
        path: files.log.clone(),
        source: io::Error::other(err),
    }
}

fn read_log(files: &SessionFiles) -> Result<Vec<u8>, StoreError> {
    std::fs::read(&files.log).map_err(|source| StoreError::Read {
        path: files.log.clone(),
        source,
    })
}

fn fold_replay(files: &SessionFiles, replay: &Replay) -> Result<SessionState, StoreError> {
    fold(&replay.events).map_err(|err| {
        let first_damage = replay
            .damaged
            .first()
            .map(|d| format!("; line {}: {}", d.line, d.reason))
            .unwrap_or_default();
        StoreError::NotASession {
            path: files.log.clone(),
            reason: format!("{err}{first_damage}"),
        }
    })
}

/// Copies the log, as it is, to a new `<id>.damaged-<time>.jsonl` beside it.
fn keep_aside(files: &SessionFiles, now: Timestamp) -> Result<PathBuf, StoreError> {
    let stamp = now.format("%Y%m%dT%H%M%S").to_string();
    let mut attempt = 0;
    loop {
        let aside = files.aside(&stamp, attempt);
        match fsutil::copy_private(&files.log, &aside) {
            Ok(()) => return Ok(aside),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => attempt += 1,
            Err(source) => {
                return Err(StoreError::Write {
                    path: aside,
                    source,
                });
            }
        }
    }
}

/// Rewrites the log with only its intact lines; returns its new length.
fn rewrite_good_lines(
    files: &SessionFiles,
    bytes: &[u8],
    replay: &Replay,
) -> Result<usize, StoreError> {
    let good: Vec<u8> = replay
        .good_lines
        .iter()
        .flat_map(|r| bytes[r.clone()].iter().copied())
        .collect();
    let stem = files.log.file_stem().unwrap_or_default().to_string_lossy();
    fsutil::write_atomic(&files.log, &format!("{stem}.repair-"), &good).map_err(|source| {
        StoreError::Write {
            path: files.log.clone(),
            source,
        }
    })?;
    Ok(good.len())
}
