//! One session on disk: read it, or open it for writing (locked, repaired, appendable).

use std::io;
use std::path::PathBuf;

use uuid::Uuid;

use super::error::StoreError;
use super::fsutil;
use super::index::Fingerprint;
use super::loaded::{Loaded, team_logs, writer_logs};
use super::lock::SessionLock;
use super::log::{Damage, LogWriter, encode_line};
use super::paths::SessionFiles;
use super::salvage::{HeaderLoss, PlanSource};
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
    /// The other writers' logs as last read (see [`OpenSession::refresh`]).
    others: Option<Fingerprint>,
    /// The panelist the session is seen as (see [`OpenSession::view_as`]).
    viewer: Option<String>,
}

impl OpenSession {
    /// Opens an existing session to record in it: takes this installation's lowest free
    /// writer slot (its own log and lock, so another process recording meanwhile never
    /// shares a file), reads every writer's log and, if its own is damaged, keeps the
    /// original aside (once per distinct damage) and repairs it. Its own lines of version 1
    /// are sealed with checksums. Others' logs are read around their damage, never rewritten.
    /// A lost header's plan is rebuilt from `plans`.
    pub fn open(files: SessionFiles, plans: &dyn PlanSource) -> Result<Self, StoreError> {
        if writer_logs(&files.dir)?.is_empty() {
            return Err(StoreError::NotASession {
                path: files.dir.clone(),
                reason: "it holds no log".into(),
            });
        }
        let (files, lock) = take_slot(files)?;
        let mut loaded = Loaded::read(&files, plans)?;
        if loaded.log(&files.log).is_none() {
            // A new writer's log starts with a copy of the session's creation, so that the
            // file says which session it belongs to wherever it travels (`rapport merge`).
            let mut first = Vec::new();
            if let Some(created) = loaded.events.first() {
                encode_line(&mut first, created).map_err(|e| encode_error(&files, e))?;
            }
            create_with(&files, &first)?;
            loaded = Loaded::read(&files, plans)?;
        }
        let mut recovery = loaded.recovery.clone();
        let own = loaded.log(&files.log);
        let len = match own {
            Some(own)
                if own.replay.is_clean()
                    && own.replay.is_sealed()
                    && loaded.header_from.as_deref() != Some(own.path.as_path()) =>
            {
                own.bytes.len()
            }
            Some(own) => {
                if !own.replay.is_clean() || loaded.header_from.is_some() {
                    let aside = keep_aside(&files, loaded.damage_hash(own))?;
                    tracing::warn!(
                        damaged = own.replay.damaged.len(),
                        torn_tail = own.replay.torn_tail,
                        aside = %aside.display(),
                        "repaired a damaged session log"
                    );
                    recovery.kept_aside = Some(aside);
                }
                let repaired = loaded.repaired(own).map_err(|e| encode_error(&files, e))?;
                rewrite(&files, &repaired)?;
                repaired.len()
            }
            None => 0,
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
            others: None,
            viewer: None,
        })
        .map(|mut session: OpenSession| {
            session.others = session.others_now();
            session.mirror_whole();
            session
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
        let already = || StoreError::AlreadyStored {
            id: state.header.id.to_string(),
        };
        if files.dir.exists() {
            return Err(already());
        }
        // The folder is made whole under a temporary name and renamed into place: a kill
        // leaves a whole session or only a temporary folder (swept later), never an empty one.
        let sessions = files.dir.parent().unwrap_or(&files.dir);
        let tmp = sessions.join(format!(".{}.new-{}.tmp", files.id, std::process::id()));
        let in_tmp = |p: &std::path::Path| tmp.join(p.file_name().unwrap_or_default());
        let write = |source| StoreError::Write {
            path: files.dir.clone(),
            source,
        };
        fsutil::create_private_dir(&tmp).map_err(|source| StoreError::CreateDir {
            path: tmp.clone(),
            source,
        })?;
        let lock = SessionLock::acquire(&in_tmp(&files.lock))?;
        let mut buf = Vec::new();
        for event in &events {
            encode_line(&mut buf, event).map_err(|e| encode_error(&files, e))?;
        }
        fsutil::write_atomic(&in_tmp(&files.log), ".new-", &buf).map_err(write)?;
        if let Err(err) = std::fs::rename(&tmp, &files.dir) {
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(if files.dir.exists() {
                already()
            } else {
                write(err)
            });
        }
        fsutil::sync_dir(sessions).map_err(write)?;
        let writer = LogWriter::open(&files.log, buf.len() as u64)?;
        let session = OpenSession {
            files,
            lock,
            writer,
            events,
            state,
            recovery: Recovery::default(),
            buf,
            others: None,
            viewer: None,
        };
        session.mirror_whole();
        Ok(session)
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
        self.mirror_append();
        for event in &batch {
            self.state.apply(event);
        }
        let ids = batch.iter().map(|e| e.id).collect();
        let submitted = batch.iter().any(|e| {
            matches!(e.kind, EventKind::PanelistSubmitted)
                && self.viewer.as_deref() == Some(e.author.as_str())
        });
        self.events.extend(batch);
        if submitted {
            // Once they submit, the viewer sees the rest of the panel.
            self.refold();
        }
        Ok(ids)
    }

    /// Takes in what other writers (another process here, or another machine's files) have
    /// recorded since the session was opened or last refreshed. While nothing has changed
    /// this costs one `stat` per writer log; when one has, every log is read again and
    /// folded. Returns whether the state changed. A read that finds the session damaged is
    /// left for the next open to report: the state stays as it was.
    pub fn refresh(&mut self) -> Result<bool, StoreError> {
        let now = self.others_now();
        if now == self.others {
            return Ok(false);
        }
        let loaded = Loaded::read(&self.files, &super::salvage::NoPlans)?;
        self.others = now;
        if loaded.recovery.header.is_some() || loaded.events.len() == self.events.len() {
            return Ok(false);
        }
        self.events = loaded.events;
        self.state = loaded.state;
        self.refold();
        Ok(true)
    }

    /// From now on, the session as panelist `panelist` sees it: with their own interview
    /// clock once they have moved it (see `docs/panel.md`).
    ///
    /// Until they have submitted, the state holds none of the other panelists' notes and
    /// scorecards ([`crate::model::blind`]); [`OpenSession::events`] still holds everything.
    pub fn view_as(&mut self, panelist: &str) {
        self.viewer = Some(panelist.to_owned());
        self.refold();
    }

    /// Folds the state again as the viewer sees it.
    fn refold(&mut self) {
        let Some(viewer) = self.viewer.as_deref() else {
            return;
        };
        if let Ok(full) = crate::model::fold_as(&self.events, Some(viewer)) {
            self.state = crate::model::blind::seen_by(&self.events, &full, viewer);
        }
    }

    /// Brings this writer's copy in the team folder up to its log: rewritten whole when it
    /// differs in length (a new team folder, or a copy cut short). The local log is the
    /// truth: a copy that cannot be made is said in rapport's log and tried again later.
    fn mirror_whole(&self) {
        let Some(copy) = self.files.team_log() else {
            return;
        };
        let same = std::fs::metadata(&copy).is_ok_and(|m| m.len() == self.writer.len());
        if same {
            return;
        }
        let copied = std::fs::read(&self.files.log).and_then(|bytes| {
            if let Some(dir) = copy.parent() {
                fsutil::create_private_dir(dir)?;
            }
            fsutil::write_atomic(&copy, ".team-", &bytes)
        });
        if let Err(err) = copied {
            tracing::warn!(%err, copy = %copy.display(), "could not copy a log to the team folder");
        }
    }

    /// Appends the batch just written to this writer's copy in the team folder.
    fn mirror_append(&self) {
        let Some(copy) = self.files.team_log() else {
            return;
        };
        let before = self.writer.len() - self.buf.len() as u64;
        if !std::fs::metadata(&copy).is_ok_and(|m| m.len() == before) {
            return self.mirror_whole();
        }
        let appended = fsutil::private_options()
            .append(true)
            .open(&copy)
            .and_then(|mut f| io::Write::write_all(&mut f, &self.buf));
        if let Err(err) = appended {
            tracing::warn!(%err, copy = %copy.display(), "could not copy a note to the team folder");
        }
    }

    /// The fingerprint of every writer log but this one, the team folder's included.
    fn others_now(&self) -> Option<Fingerprint> {
        let local = writer_logs(&self.files.dir).ok()?;
        let team = team_logs(&self.files, &local);
        let metas: Vec<std::fs::Metadata> = local
            .iter()
            .chain(&team)
            .filter(|p| **p != self.files.log)
            .filter_map(|p| std::fs::metadata(p).ok())
            .collect();
        Some(Fingerprint::of_all(&metas))
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

/// The most writers one installation runs on one session at once.
const MAX_SLOTS: u32 = 64;

/// Takes the lowest writer slot of this installation that no other process holds.
fn take_slot(files: SessionFiles) -> Result<(SessionFiles, SessionLock), StoreError> {
    let mut last = None;
    for slot in 0..MAX_SLOTS {
        let candidate = files.slot(slot);
        match SessionLock::acquire(&candidate.lock) {
            Ok(lock) => return Ok((candidate, lock)),
            Err(err @ StoreError::Locked { .. }) => last = Some(err),
            Err(err) => return Err(err),
        }
    }
    Err(last.unwrap_or(StoreError::Locked {
        holder: super::lock::LockHolder::this_process(),
    }))
}

/// Creates this writer's log holding `first` (whole or not at all), owner-only.
fn create_with(files: &SessionFiles, first: &[u8]) -> Result<(), StoreError> {
    fsutil::write_atomic(&files.log, &format!(".{}.new-", files.writer), first).map_err(|source| {
        StoreError::Write {
            path: files.log.clone(),
            source,
        }
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

/// Replaces this writer's log with `bytes`, atomically.
fn rewrite(files: &SessionFiles, bytes: &[u8]) -> Result<(), StoreError> {
    fsutil::write_atomic(&files.log, &format!(".{}.repair-", files.writer), bytes).map_err(
        |source| StoreError::Write {
            path: files.log.clone(),
            source,
        },
    )
}
