//! The log format (JSON Lines, one event per line) and its writer.
//!
//! A line is `{"v":1,"event":{…}}\n`. Only lines ending in `\n` count: bytes after the last
//! newline are a torn tail (a write cut short by a crash or a power cut). A complete line that
//! does not parse is damage; the lines around it are kept.

use std::fs::File;
use std::io::{self, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::StoreError;
use super::fsutil;
use crate::model::Event;

/// The log-line version this build writes and reads.
pub const LOG_VERSION: u32 = 1;

#[derive(Serialize)]
struct LineOut<'a> {
    v: u32,
    event: &'a Event,
}

#[derive(Deserialize)]
struct LineIn {
    v: u32,
    event: Event,
}

/// Just the version of a line, read when the whole line does not parse.
#[derive(Deserialize)]
struct VersionProbe {
    v: u32,
}

/// Appends one event as a log line (with its `\n`) to `buf`.
pub fn encode_line(buf: &mut Vec<u8>, event: &Event) -> Result<(), serde_json::Error> {
    serde_json::to_writer(
        &mut *buf,
        &LineOut {
            v: LOG_VERSION,
            event,
        },
    )?;
    buf.push(b'\n');
    Ok(())
}

/// A complete line that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damage {
    /// 1-based line number.
    pub line: usize,
    /// Why it could not be read.
    pub reason: String,
}

/// What a log's bytes hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Replay {
    /// The events of every intact line, in order.
    pub events: Vec<Event>,
    /// The byte ranges of those lines (each with its `\n`).
    pub good_lines: Vec<Range<usize>>,
    /// Complete lines that could not be read.
    pub damaged: Vec<Damage>,
    /// Bytes after the last `\n`, if any.
    pub torn_tail: usize,
}

impl Replay {
    /// Whether anything was damaged or torn.
    pub fn is_clean(&self) -> bool {
        self.damaged.is_empty() && self.torn_tail == 0
    }
}

/// Reads a log's bytes. Fails only when a line was written by a newer rapport: then nothing
/// may be dropped or rewritten.
pub fn replay(bytes: &[u8], path: &Path) -> Result<Replay, StoreError> {
    let complete = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let mut replay = Replay {
        events: Vec::new(),
        good_lines: Vec::new(),
        damaged: Vec::new(),
        torn_tail: bytes.len() - complete,
    };
    let mut start = 0;
    for (index, line) in bytes[..complete]
        .split_inclusive(|&b| b == b'\n')
        .enumerate()
    {
        let range = start..start + line.len();
        start = range.end;
        let body = &line[..line.len() - 1];
        if body.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        // Validating UTF-8 once per line lets serde_json skip doing it per string.
        let parsed = std::str::from_utf8(body)
            .map_err(|e| format!("not UTF-8 text: {e}"))
            .and_then(|text| serde_json::from_str::<LineIn>(text).map_err(|e| e.to_string()));
        match parsed {
            Ok(parsed) if parsed.v <= LOG_VERSION => {
                replay.events.push(parsed.event);
                replay.good_lines.push(range);
            }
            Ok(LineIn { v, .. }) => return Err(newer(path, v)),
            Err(err) => match serde_json::from_slice::<VersionProbe>(body) {
                Ok(VersionProbe { v }) if v > LOG_VERSION => return Err(newer(path, v)),
                _ => replay.damaged.push(Damage {
                    line: index + 1,
                    reason: err,
                }),
            },
        }
    }
    Ok(replay)
}

fn newer(path: &Path, found: u32) -> StoreError {
    StoreError::NewerVersion {
        path: path.to_path_buf(),
        found,
        supported: LOG_VERSION,
    }
}

/// Appends lines to a log, each batch fsynced before it is reported saved.
#[derive(Debug)]
pub struct LogWriter {
    file: File,
    path: PathBuf,
    /// The length of the log up to the last line known to be complete.
    len: u64,
    poisoned: bool,
}

impl LogWriter {
    /// Opens an existing log for appending. `len` is its length, which must end with a `\n`.
    pub fn open(path: &Path, len: u64) -> Result<Self, StoreError> {
        let file = fsutil::private_options()
            .append(true)
            .open(path)
            .map_err(|source| write_error(path, source))?;
        Ok(Self::from_file(file, path, len))
    }

    /// Creates a new, empty log; fails if one exists. The folder entry is made durable.
    pub fn create(path: &Path) -> Result<Self, StoreError> {
        let file = fsutil::private_options()
            .append(true)
            .create_new(true)
            .open(path)
            .map_err(|source| write_error(path, source))?;
        if let Some(dir) = path.parent() {
            fsutil::sync_dir(dir).map_err(|source| write_error(path, source))?;
        }
        Ok(Self::from_file(file, path, 0))
    }

    /// Wraps an already open file (for tests: `/dev/full` stands in for a full disk).
    pub fn from_file(file: File, path: &Path, len: u64) -> Self {
        LogWriter {
            file,
            path: path.to_path_buf(),
            len,
            poisoned: false,
        }
    }

    /// Writes whole lines and fsyncs them. Only when this returns `Ok` are they saved.
    ///
    /// If the write fails, the file is cut back to its last complete line so the next append
    /// cannot glue onto a fragment; if even that fails, or the fsync fails (the data's fate is
    /// then unknown), the writer refuses further appends until the session is reopened.
    pub fn append(&mut self, lines: &[u8]) -> Result<(), StoreError> {
        if self.poisoned {
            return Err(StoreError::Poisoned {
                path: self.path.clone(),
            });
        }
        if let Err(source) = self.file.write_all(lines) {
            if self.file.set_len(self.len).is_err() {
                self.poisoned = true;
            }
            return Err(write_error(&self.path, source));
        }
        if let Err(source) = self.file.sync_data() {
            self.poisoned = true;
            return Err(write_error(&self.path, source));
        }
        self.len += lines.len() as u64;
        Ok(())
    }

    /// The log's length in bytes, as far as this writer knows it saved.
    pub fn len(&self) -> u64 {
        self.len
    }

    /// Whether nothing has been written yet.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

fn write_error(path: &Path, source: io::Error) -> StoreError {
    StoreError::Write {
        path: path.to_path_buf(),
        source,
    }
}
