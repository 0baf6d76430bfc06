//! One session on disk: read it, or open it for writing (locked, repaired, appendable).

use std::io;
use std::path::PathBuf;

use uuid::Uuid;

use super::error::StoreError;
use super::fsutil;
use super::lock::SessionLock;
use super::log::{Damage, LogWriter, Replay, encode_line, find, replay, seal};
use super::paths::SessionFiles;
use super::salvage::{self, HeaderLoss, PlanSource};
use crate::model::{Event, EventId, EventKind, SessionCreated, SessionState, Timestamp, fold};

/// What was wrong with a log when it was read, and what was done about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recovery {
    /// Complete lines that could not be read (skipped; every other line kept).
    pub damaged: Vec<Damage>,
    /// Bytes of an unfinished last line (cut off before the next append).
    pub torn_tail: usize,
    /// The log started with a byte order mark (skipped, and dropped when repaired).
    pub bom: bool,
    /// The header (the first line) was damaged or missing and was rebuilt.
    pub header: Option<HeaderLoss>,
    /// Where the original was kept, when the log was repaired.
    pub kept_aside: Option<PathBuf>,
}

impl Recovery {
    /// Whether the log was intact.
    pub fn is_clean(&self) -> bool {
        self.damaged.is_empty() && self.torn_tail == 0 && !self.bom && self.header.is_none()
    }
}

/// A log's bytes, read and folded.
struct Loaded {
    bytes: Vec<u8>,
    replay: Replay,
    /// The replayed events, behind a rebuilt header when the log's own was lost.
    events: Vec<Event>,
    state: SessionState,
    recovery: Recovery,
}

impl Loaded {
    fn read(files: &SessionFiles, plans: &dyn PlanSource) -> Result<Self, StoreError> {
        let bytes = read_log(files)?;
        let mut replay = replay(&bytes, &files.log)?;
        let mut events = std::mem::take(&mut replay.events);
        let mut header = None;
        let has_header = matches!(
            events.first().map(|e| &e.kind),
            Some(EventKind::SessionCreated(_))
        );
        if !has_header {
            let first_good = replay
                .good_lines
                .first()
                .map_or(usize::MAX, |g| g.bytes.start);
            let is_header = |b: &[u8]| find(b, b"session_created").is_some();
            let torn = &bytes[bytes.len() - replay.torn_tail..];
            // The header's bytes: a damaged first line, or a first line cut short by a crash.
            let damaged_first = replay
                .damaged
                .first()
                .filter(|d| d.bytes.start < first_good)
                .map(|d| &bytes[d.bytes.clone()])
                .or_else(|| (events.is_empty() && is_header(torn)).then_some(torn));
            let looks_like_ours = !events.is_empty()
                || damaged_first.is_some_and(is_header)
                || replay.damaged.is_empty() && replay.torn_tail == 0;
            if !looks_like_ours {
                return Err(not_a_session(
                    files,
                    &replay,
                    "it has no event rapport can read",
                ));
            }
            let fallback = events.first().map_or_else(|| modified(files), |e| e.at);
            let (created, loss) = salvage::header(files.id, damaged_first, fallback, plans);
            events.insert(0, created);
            header = Some(loss);
        }
        let state = fold(&events).map_err(|err| not_a_session(files, &replay, &err.to_string()))?;
        let recovery = Recovery {
            damaged: replay.damaged.clone(),
            torn_tail: replay.torn_tail,
            bom: replay.bom,
            header,
            kept_aside: None,
        };
        Ok(Loaded {
            bytes,
            replay,
            events,
            state,
            recovery,
        })
    }

    /// A hash of what is damaged in the log, naming the copy kept aside.
    fn damage_hash(&self) -> u32 {
        let mut crc = 0;
        for d in &self.replay.damaged {
            crc = crc32c::crc32c_append(crc, &self.bytes[d.bytes.clone()]);
        }
        let tail = self.bytes.len() - self.replay.torn_tail;
        crc = crc32c::crc32c_append(crc, &self.bytes[tail..]);
        if self.recovery.header.is_some() {
            crc = crc32c::crc32c_append(crc, b"header");
        }
        crc
    }

    /// The log as it is rewritten: a rebuilt header first, then every intact line, sealed.
    fn repaired(&self) -> Result<Vec<u8>, serde_json::Error> {
        let mut out = Vec::with_capacity(self.bytes.len());
        if self.recovery.header.is_some()
            && let Some(header) = self.events.first()
        {
            encode_line(&mut out, header)?;
        }
        for line in &self.replay.good_lines {
            seal(&self.bytes[line.bytes.clone()], &mut out);
        }
        Ok(out)
    }
}

/// When the log was last written, to date a session of which nothing else is left.
fn modified(files: &SessionFiles) -> Timestamp {
    std::fs::metadata(&files.log)
        .and_then(|m| m.modified())
        .map(|t| chrono::DateTime::<chrono::Utc>::from(t).fixed_offset())
        .unwrap_or_default()
}

fn not_a_session(files: &SessionFiles, replay: &Replay, why: &str) -> StoreError {
    let first_damage = replay
        .damaged
        .first()
        .map(|d| format!("; line {}: {}", d.line, d.reason))
        .unwrap_or_default();
    StoreError::NotASession {
        path: files.log.clone(),
        reason: format!("{why}{first_damage}"),
    }
}

/// A session read without taking its lock (for listing and exports). Nothing is repaired.
#[derive(Debug, Clone)]
pub struct ReadSession {
    /// Its files.
    pub files: SessionFiles,
    /// Every intact event, in log order (behind a rebuilt header if its own was lost).
    pub events: Vec<Event>,
    /// Their fold.
    pub state: SessionState,
    /// What was wrong with the log.
    pub recovery: Recovery,
}

impl ReadSession {
    /// Reads the session's log; a lost header's plan is rebuilt from `plans`.
    pub fn read(files: SessionFiles, plans: &dyn PlanSource) -> Result<Self, StoreError> {
        let loaded = Loaded::read(&files, plans)?;
        Ok(ReadSession {
            recovery: loaded.recovery,
            events: loaded.events,
            state: loaded.state,
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
    /// it is damaged, keeps the original aside (once per distinct damage) and repairs it. A
    /// log with lines of version 1 is sealed with checksums. A lost header's plan is rebuilt
    /// from `plans`.
    pub fn open(files: SessionFiles, plans: &dyn PlanSource) -> Result<Self, StoreError> {
        let lock = SessionLock::acquire(&files.lock)?;
        let loaded = Loaded::read(&files, plans)?;
        let mut recovery = loaded.recovery.clone();
        let len = if recovery.is_clean() && loaded.replay.is_sealed() {
            loaded.bytes.len()
        } else {
            if !recovery.is_clean() {
                let aside = keep_aside(&files, loaded.damage_hash())?;
                tracing::warn!(
                    damaged = recovery.damaged.len(),
                    torn_tail = recovery.torn_tail,
                    header = recovery.header.is_some(),
                    aside = %aside.display(),
                    "repaired a damaged session log"
                );
                recovery.kept_aside = Some(aside);
            }
            let repaired = loaded.repaired().map_err(|e| encode_error(&files, e))?;
            rewrite(&files, &repaired)?;
            repaired.len()
        };
        let writer = LogWriter::open(&files.log, len as u64)?;
        Ok(OpenSession {
            files,
            lock,
            writer,
            events: loaded.events,
            state: loaded.state,
            recovery,
            buf: Vec::new(),
        })
    }

    /// Creates a new session: its first event is `created`, followed by `opening` (the clock
    /// starting in the first section). The log appears whole or not at all: it is written to
    /// a temporary file, fsynced and renamed into place, so a `kill -9` leaves no empty log.
    pub fn create(
        files: SessionFiles,
        created: SessionCreated,
        opening: Vec<EventKind>,
        author: &str,
        now: Timestamp,
    ) -> Result<Self, StoreError> {
        let first = Event {
            id: EventId(Uuid::now_v7()),
            author: author.to_owned(),
            at: now,
            elapsed_ms: 0,
            kind: EventKind::SessionCreated(Box::new(created)),
        };
        let clock = SessionState::new(&first)
            .map_err(|e| StoreError::NotASessionExport {
                reason: e.to_string(),
            })?
            .clock;
        let mut events = vec![first];
        events.extend(crate::model::stamp(&clock, author, now, opening, || {
            EventId(Uuid::now_v7())
        }));
        Self::write_new(files, events)
    }

    /// Stores a whole session from its `events` (an import of a JSON export), written as
    /// [`OpenSession::create`] writes. A session that is already stored is left as it is.
    pub fn import(files: SessionFiles, events: Vec<Event>) -> Result<Self, StoreError> {
        Self::write_new(files, events)
    }

    fn write_new(files: SessionFiles, events: Vec<Event>) -> Result<Self, StoreError> {
        let state = fold(&events).map_err(|e| StoreError::NotASessionExport {
            reason: e.to_string(),
        })?;
        let lock = SessionLock::acquire(&files.lock)?;
        if files.log.exists() {
            return Err(StoreError::AlreadyStored {
                id: state.header.id.to_string(),
            });
        }
        let mut buf = Vec::new();
        for event in &events {
            encode_line(&mut buf, event).map_err(|e| encode_error(&files, e))?;
        }
        fsutil::write_atomic(&files.log, &format!("{}.new-", files.id), &buf).map_err(
            |source| StoreError::Write {
                path: files.log.clone(),
                source,
            },
        )?;
        let writer = LogWriter::open(&files.log, buf.len() as u64)?;
        Ok(OpenSession {
            files,
            lock,
            writer,
            events,
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
    fsutil::read_regular(&files.log, fsutil::LOG_CAP, true).map_err(|source| StoreError::Read {
        path: files.log.clone(),
        source,
    })
}

/// Copies the log, as it is, to `<id>.damaged-<hash>.jsonl` beside it, unless that copy of
/// the same damage is there already.
fn keep_aside(files: &SessionFiles, damage_hash: u32) -> Result<PathBuf, StoreError> {
    let aside = files.aside(damage_hash);
    match fsutil::copy_private(&files.log, &aside) {
        Ok(()) => Ok(aside),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(aside),
        Err(source) => Err(StoreError::Write {
            path: aside,
            source,
        }),
    }
}

/// Replaces the log with `bytes`, atomically.
fn rewrite(files: &SessionFiles, bytes: &[u8]) -> Result<(), StoreError> {
    let stem = files.log.file_stem().unwrap_or_default().to_string_lossy();
    fsutil::write_atomic(&files.log, &format!("{stem}.repair-"), bytes).map_err(|source| {
        StoreError::Write {
            path: files.log.clone(),
            source,
        }
    })
}
