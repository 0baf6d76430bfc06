//! One session on disk: read it, or open it for writing (locked, repaired, appendable).

use std::io;
use std::path::PathBuf;

use uuid::Uuid;

use super::error::StoreError;
use super::fsutil;
use super::index::Fingerprint;
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

/// One writer's log, as read.
struct WriterLog {
    path: PathBuf,
    bytes: Vec<u8>,
    replay: Replay,
}

/// A session's writer logs, read and folded as one history.
struct Loaded {
    logs: Vec<WriterLog>,
    /// The union of the logs' events, behind a rebuilt header when the session's own was lost.
    events: Vec<Event>,
    state: SessionState,
    recovery: Recovery,
    /// The log whose damaged first line the header was rebuilt from, if one was.
    header_from: Option<PathBuf>,
}

/// The writer logs in a session's folder, by name.
fn writer_logs(dir: &std::path::Path) -> Result<Vec<PathBuf>, StoreError> {
    let entries = std::fs::read_dir(dir).map_err(|source| StoreError::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut logs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(SessionFiles::is_writer_log)
        })
        .map(|e| e.path())
        .collect();
    logs.sort();
    Ok(logs)
}

/// The other machines' writer logs of the session in the team folder: not this
/// installation's (it has its own here), and none that is here already under its name.
fn team_logs(files: &SessionFiles, local: &[PathBuf]) -> Vec<PathBuf> {
    let Some(team) = &files.team else {
        return Vec::new();
    };
    let mine = format!("{}-", files.installation);
    let here: Vec<&std::ffi::OsStr> = local.iter().filter_map(|p| p.file_name()).collect();
    writer_logs(team)
        .unwrap_or_default()
        .into_iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| !here.contains(&n) && !n.to_string_lossy().starts_with(&mine))
        })
        .collect()
}

impl Loaded {
    fn read(files: &SessionFiles, plans: &dyn PlanSource) -> Result<Self, StoreError> {
        let paths = writer_logs(&files.dir)?;
        if paths.is_empty() {
            return Err(StoreError::NotASession {
                path: files.dir.clone(),
                reason: "it holds no log".into(),
            });
        }
        let team = team_logs(files, &paths);
        let mut logs = Vec::new();
        for path in paths.into_iter().chain(team) {
            // Files in the shared team folder are not this machine's to narrow, and one that
            // cannot be read there (odd, or from a newer rapport) is skipped, not fatal.
            let ours = path.starts_with(&files.dir);
            let read = fsutil::read_regular(&path, fsutil::LOG_CAP, ours)
                .map_err(|source| StoreError::Read {
                    path: path.clone(),
                    source,
                })
                .and_then(|bytes| replay(&bytes, &path).map(|replay| (bytes, replay)));
            let (bytes, replay) = match read {
                Ok(read) => read,
                Err(err) if !ours => {
                    tracing::warn!(%err, "skipped a log in the team folder");
                    continue;
                }
                Err(err) => return Err(err),
            };
            logs.push(WriterLog {
                path,
                bytes,
                replay,
            });
        }
        let mut events = crate::model::union::union(
            logs.iter_mut()
                .map(|l| std::mem::take(&mut l.replay.events))
                .collect(),
        );
        let mut header = None;
        let mut header_from = None;
        let has_header = matches!(
            events.first().map(|e| &e.kind),
            Some(EventKind::SessionCreated(_))
        );
        if !has_header {
            let is_header = |b: &[u8]| find(b, b"session_created").is_some();
            // The header's bytes: a damaged first line, or a first line cut short by a crash.
            let damaged = logs.iter().find_map(|l| {
                let first_good = l
                    .replay
                    .good_lines
                    .first()
                    .map_or(usize::MAX, |g| g.bytes.start);
                let torn = &l.bytes[l.bytes.len() - l.replay.torn_tail..];
                l.replay
                    .damaged
                    .first()
                    .filter(|d| d.bytes.start < first_good)
                    .map(|d| &l.bytes[d.bytes.clone()])
                    .or_else(|| l.replay.good_lines.is_empty().then_some(torn))
                    .filter(|b| is_header(b))
                    .map(|b| (l.path.clone(), b))
            });
            let nothing_at_all = logs
                .iter()
                .all(|l| l.replay.damaged.is_empty() && l.replay.torn_tail == 0);
            if events.is_empty() && damaged.is_none() && !nothing_at_all {
                return Err(not_a_session(
                    files,
                    &logs,
                    "it has no event rapport can read",
                ));
            }
            let fallback = events
                .first()
                .map_or_else(|| modified(files, &logs), |e| e.at);
            let (created, loss) =
                salvage::header(files.id, damaged.as_ref().map(|d| d.1), fallback, plans);
            header_from = damaged.map(|d| d.0);
            events.insert(0, created);
            header = Some(loss);
        }
        let state = fold(&events).map_err(|err| not_a_session(files, &logs, &err.to_string()))?;
        let recovery = Recovery {
            damaged: logs.iter().flat_map(|l| l.replay.damaged.clone()).collect(),
            torn_tail: logs.iter().map(|l| l.replay.torn_tail).sum(),
            bom: logs.iter().any(|l| l.replay.bom),
            header,
            kept_aside: None,
        };
        Ok(Loaded {
            logs,
            events,
            state,
            recovery,
            header_from,
        })
    }

    /// The log at `path`, if the session has it.
    fn log(&self, path: &std::path::Path) -> Option<&WriterLog> {
        self.logs.iter().find(|l| l.path == path)
    }

    /// A hash of what is damaged in the log at `path`, naming the copy kept aside.
    fn damage_hash(&self, log: &WriterLog) -> u32 {
        let mut crc = 0;
        for d in &log.replay.damaged {
            crc = crc32c::crc32c_append(crc, &log.bytes[d.bytes.clone()]);
        }
        let tail = log.bytes.len() - log.replay.torn_tail;
        crc = crc32c::crc32c_append(crc, &log.bytes[tail..]);
        if self.header_from.as_deref() == Some(log.path.as_path()) {
            crc = crc32c::crc32c_append(crc, b"header");
        }
        crc
    }

    /// `log` as it is rewritten: the rebuilt header first if it was this log's, then every
    /// intact line, sealed.
    fn repaired(&self, log: &WriterLog) -> Result<Vec<u8>, serde_json::Error> {
        let mut out = Vec::with_capacity(log.bytes.len());
        if self.header_from.as_deref() == Some(log.path.as_path())
            && let Some(header) = self.events.first()
        {
            encode_line(&mut out, header)?;
        }
        for line in &log.replay.good_lines {
            seal(&log.bytes[line.bytes.clone()], &mut out);
        }
        Ok(out)
    }
}

/// When the session was last written (its newest writer log), to date a session of which
/// nothing else is left.
fn modified(files: &SessionFiles, logs: &[WriterLog]) -> Timestamp {
    logs.iter()
        .map(|l| l.path.as_path())
        .chain([files.dir.as_path()])
        .filter_map(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
        .next()
        .map(|t| chrono::DateTime::<chrono::Utc>::from(t).fixed_offset())
        .unwrap_or_default()
}

fn not_a_session(files: &SessionFiles, logs: &[WriterLog], why: &str) -> StoreError {
    let (path, first_damage) = logs
        .iter()
        .find_map(|l| l.replay.damaged.first().map(|d| (l.path.clone(), d)))
        .map(|(p, d)| (p, format!("; line {}: {}", d.line, d.reason)))
        .unwrap_or_else(|| (files.dir.clone(), String::new()));
    StoreError::NotASession {
        path,
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
