//! The log format (JSON Lines, one event per line) and its writer.
//!
//! A line is `{"crc":"1a2b3c4d","v":2,"event":{…}}\n`: the CRC-32C (Castagnoli, as Kafka's
//! records carry) of every byte after `{"crc":"1a2b3c4d",` up to the newline, in hex. Any
//! changed byte of a line is therefore noticed, and the line is kept aside as damage. Only
//! lines ending in `\n` count: bytes after the last newline are a torn tail (a write cut short
//! by a crash or a power cut). Lines of version 1 have no checksum; they are still read, and
//! sealed with one when the log is next rewritten.

use std::fs::File;
use std::io::{self, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::StoreError;
use super::fsutil;
use crate::model::Event;

/// The log-line version this build writes and reads.
pub const LOG_VERSION: u32 = 2;

/// The first version whose lines carry a checksum.
const SEALED_SINCE: u32 = 2;

/// What a sealed line starts with, before the checksum's eight hex digits.
const SEAL: &[u8] = br#"{"crc":""#;

/// The length of a seal with its checksum and the `",` after it.
const SEAL_LEN: usize = SEAL.len() + 8 + 2;

/// A UTF-8 byte order mark, which some editors put at the start of a file.
const BOM: &[u8] = b"\xEF\xBB\xBF";

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

/// Appends one event as a sealed log line (with its `\n`) to `buf`.
pub fn encode_line(buf: &mut Vec<u8>, event: &Event) -> Result<(), serde_json::Error> {
    let start = buf.len();
    buf.extend_from_slice(SEAL);
    buf.extend_from_slice(b"00000000\",");
    let body = buf.len();
    serde_json::to_writer(
        &mut *buf,
        &LineOut {
            v: LOG_VERSION,
            event,
        },
    )?;
    // `{"v":2,"event":…}` loses its `{`: the seal opened the object.
    buf.remove(body);
    write_checksum(buf, start);
    buf.push(b'\n');
    Ok(())
}

/// Fills in the checksum of the sealed line that starts at `start` and runs to the end of
/// `buf` (without its newline).
fn write_checksum(buf: &mut [u8], start: usize) {
    let crc = crc32c::crc32c(&buf[start + SEAL_LEN..]);
    let hex = format!("{crc:08x}");
    buf[start + SEAL.len()..start + SEAL.len() + 8].copy_from_slice(hex.as_bytes());
}

/// `body` (a line without its newline) sealed: as it is if it already is, else with a
/// checksum put in front (for lines of version 1, so that they are protected from now on).
pub fn seal(body: &[u8], out: &mut Vec<u8>) {
    if checksum_of(body).is_some() {
        out.extend_from_slice(body);
    } else {
        let start = out.len();
        out.extend_from_slice(SEAL);
        out.extend_from_slice(b"00000000\",");
        out.extend_from_slice(body.strip_prefix(b"{").unwrap_or(body));
        write_checksum(out, start);
    }
    out.push(b'\n');
}

/// The checksum a sealed line claims, if it starts like one.
fn checksum_of(body: &[u8]) -> Option<u32> {
    let rest = body.strip_prefix(SEAL)?;
    let hex = rest.get(..8)?;
    if rest.get(8..10)? != b"\"," || !hex.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    u32::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()
}

/// A complete line that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damage {
    /// The log's file name.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// Why it could not be read.
    pub reason: String,
    /// Where its bytes are in the log.
    pub bytes: Range<usize>,
}

/// An intact line: where it is, and whether it carries a checksum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoodLine {
    /// Its bytes in the log, without the newline.
    pub bytes: Range<usize>,
    /// Whether it is sealed (else it is a line of version 1).
    pub sealed: bool,
}

/// What a log's bytes hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Replay {
    /// The events of every intact line, in order.
    pub events: Vec<Event>,
    /// Those lines, one per event.
    pub good_lines: Vec<GoodLine>,
    /// Complete lines that could not be read.
    pub damaged: Vec<Damage>,
    /// Bytes after the last `\n`, if any.
    pub torn_tail: usize,
    /// Whether the log starts with a byte order mark (skipped).
    pub bom: bool,
}

impl Replay {
    /// Whether anything was damaged or torn.
    pub fn is_clean(&self) -> bool {
        self.damaged.is_empty() && self.torn_tail == 0 && !self.bom
    }

    /// Whether every line carries a checksum.
    pub fn is_sealed(&self) -> bool {
        self.good_lines.iter().all(|l| l.sealed)
    }
}

/// One line's fate. Returned by value and consumed at once: boxing the event would cost an
/// allocation per line of every replay.
#[allow(clippy::large_enum_variant)]
enum Read {
    Good(Event, bool),
    Damaged(String),
}

/// Reads a log's bytes. Fails only when a line was written by a newer rapport: then nothing
/// may be dropped or rewritten.
pub fn replay(bytes: &[u8], path: &Path) -> Result<Replay, StoreError> {
    let bom = bytes.starts_with(BOM);
    let first = if bom { BOM.len() } else { 0 };
    let complete = bytes
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(first, |i| i + 1)
        .max(first);
    let mut replay = Replay {
        events: Vec::new(),
        good_lines: Vec::new(),
        damaged: Vec::new(),
        torn_tail: bytes.len() - complete,
        bom,
    };
    let mut start = first;
    for (index, line) in bytes[first..complete]
        .split_inclusive(|&b| b == b'\n')
        .enumerate()
    {
        let range = start..start + line.len() - 1;
        start += line.len();
        let body = &bytes[range.clone()];
        if body.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match read_line(body, path)? {
            Read::Good(event, sealed) => {
                replay.events.push(event);
                replay.good_lines.push(GoodLine {
                    bytes: range,
                    sealed,
                });
            }
            Read::Damaged(reason) => {
                // A newline changed into another byte glues two lines together: each is
                // still whole, and its own checksum says so.
                let parts = glued(body);
                let mut read_parts = Vec::new();
                for part in &parts {
                    let part = range.start + part.start..range.start + part.end;
                    match read_line(&bytes[part.clone()], path)? {
                        Read::Good(event, true) => read_parts.push((event, part)),
                        _ => break,
                    }
                }
                if parts.len() > 1 && read_parts.len() == parts.len() {
                    for (event, part) in read_parts {
                        replay.events.push(event);
                        replay.good_lines.push(GoodLine {
                            bytes: part,
                            sealed: true,
                        });
                    }
                } else {
                    replay.damaged.push(Damage {
                        file: path
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default(),
                        line: index + 1,
                        reason,
                        bytes: range,
                    });
                }
            }
        }
    }
    Ok(replay)
}

/// Reads one line (without its newline).
fn read_line(body: &[u8], path: &Path) -> Result<Read, StoreError> {
    let sealed = match checksum_of(body) {
        Some(claimed) => {
            if crc32c::crc32c(&body[SEAL_LEN..]) != claimed {
                return Ok(Read::Damaged(
                    "its checksum does not match: the line was changed after it was written".into(),
                ));
            }
            true
        }
        None => false,
    };
    // Validating UTF-8 once per line lets serde_json skip doing it per string.
    let parsed = std::str::from_utf8(body)
        .map_err(|e| format!("not UTF-8 text: {e}"))
        .and_then(|text| serde_json::from_str::<LineIn>(text).map_err(|e| e.to_string()));
    match parsed {
        // Only a sealed line may say it is newer: an unsealed digit may have been changed.
        Ok(LineIn { v, .. }) if v > LOG_VERSION && sealed => Err(newer(path, v)),
        Ok(LineIn { v, .. }) if v >= SEALED_SINCE && !sealed => Ok(Read::Damaged(format!(
            "it has no checksum, which lines of version {v} always carry"
        ))),
        Ok(LineIn { v, .. }) if v > LOG_VERSION => Ok(Read::Damaged(format!(
            "it claims version {v} without a checksum"
        ))),
        Ok(parsed) => Ok(Read::Good(parsed.event, sealed)),
        Err(err) => match serde_json::from_slice::<VersionProbe>(body) {
            Ok(VersionProbe { v }) if v > LOG_VERSION && sealed => Err(newer(path, v)),
            _ => Ok(Read::Damaged(err)),
        },
    }
}

/// Where the sealed lines glued together in `body` lie, each without the byte that should
/// have been its newline; one range when there is no sign of gluing.
fn glued(body: &[u8]) -> Vec<Range<usize>> {
    let mut starts = vec![0];
    let mut from = 1;
    while let Some(at) = find(&body[from..], SEAL) {
        let at = from + at;
        starts.push(at);
        from = at + 1;
    }
    starts
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            let end = starts.get(i + 1).map_or(body.len(), |&next| next - 1);
            s..end.max(s)
        })
        .collect()
}

/// Where `needle` first occurs in `haystack`.
pub(super) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
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
        let file = fsutil::no_follow(fsutil::private_options().append(true))
            .open(path)
            .map_err(|source| write_error(path, source))?;
        Ok(Self::from_file(file, path, len))
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
