//! Text from sessions, imports and files made safe to show: no control character, escape
//! sequence or bidirectional override reaches a terminal or a document.
//!
//! Control characters are made visible rather than dropped, so a reader sees that something
//! was there: C0 controls become their Unicode control pictures (ESC shows as `␛`), DEL
//! `␡`, and C1 controls and bidirectional overrides, isolates and marks `�`. Newlines and
//! tabs are kept where text has lines ([`text`]) and shown where it has one ([`line`]).

use std::borrow::Cow;
use std::io::{self, Write};

/// Whether `c` is shown as something else by [`line`] and [`text`].
pub fn is_hostile(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// Characters that reorder the text around them (the "Trojan Source" characters).
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// `s` for one line of output (a name, a table cell): every control character, newlines and
/// tabs included, made visible.
pub fn line(s: &str) -> Cow<'_, str> {
    shown(s, |_, _| false)
}

/// `s` for output that has lines (notes, documents): newlines, tabs and CR-LF line ends kept,
/// every other control character made visible.
pub fn text(s: &str) -> Cow<'_, str> {
    shown(s, |c, next| {
        c == '\n' || c == '\t' || (c == '\r' && next == Some('\n'))
    })
}

fn shown(s: &str, keep: impl Fn(char, Option<char>) -> bool) -> Cow<'_, str> {
    let mut chars = s.char_indices().peekable();
    let mut out: Option<String> = None;
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let hostile = is_hostile(c) && !keep(c, next);
        match (&mut out, hostile) {
            (None, false) => {}
            (None, true) => {
                let mut started = String::with_capacity(s.len() + 8);
                started.push_str(&s[..at]);
                started.push(picture(c));
                out = Some(started);
            }
            (Some(out), true) => out.push(picture(c)),
            (Some(out), false) => out.push(c),
        }
    }
    out.map_or(Cow::Borrowed(s), Cow::Owned)
}

/// What stands in for a hostile character.
fn picture(c: char) -> char {
    match c as u32 {
        code @ 0x00..=0x1F => char::from_u32(0x2400 + code).unwrap_or('\u{FFFD}'),
        0x7F => '\u{2421}',
        _ => '\u{FFFD}',
    }
}

/// A writer that passes text on through [`text`]: for standard output and standard error,
/// so that nothing any command prints can drive the terminal. Bytes that are not UTF-8 are
/// shown as `�`; a character split across two writes is put back together.
pub struct Visible<W: Write> {
    inner: W,
    /// The start of a character whose remaining bytes have not been written yet.
    pending: Vec<u8>,
}

impl<W: Write> Visible<W> {
    /// Wraps `inner`.
    pub fn new(inner: W) -> Self {
        Visible {
            inner,
            pending: Vec::new(),
        }
    }
}

impl<W: Write> Write for Visible<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let joined;
        let bytes = if self.pending.is_empty() {
            buf
        } else {
            self.pending.extend_from_slice(buf);
            joined = std::mem::take(&mut self.pending);
            &joined[..]
        };
        let mut rest = bytes;
        while !rest.is_empty() {
            match std::str::from_utf8(rest) {
                Ok(valid) => {
                    self.inner.write_all(text(valid).as_bytes())?;
                    rest = &[];
                }
                Err(err) => {
                    let (valid, after) = rest.split_at(err.valid_up_to());
                    // Checked by `from_utf8` just above.
                    let valid = std::str::from_utf8(valid).unwrap_or_default();
                    self.inner.write_all(text(valid).as_bytes())?;
                    match err.error_len() {
                        Some(bad) => {
                            self.inner.write_all("\u{FFFD}".as_bytes())?;
                            rest = &after[bad..];
                        }
                        None => {
                            // A character cut short: wait for the rest of it.
                            self.pending = after.to_vec();
                            rest = &[];
                        }
                    }
                }
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl<W: Write> Drop for Visible<W> {
    fn drop(&mut self) {
        if !self.pending.is_empty() {
            let _ = self.inner.write_all("\u{FFFD}".as_bytes());
            let _ = self.inner.flush();
        }
    }
}

/// Hostile strings: the table every output is tested with (unit and end-to-end tests).
pub const HOSTILE: &[&str] = &[
    "\u{1b}]0;pwned\u{7}",           // sets the window title
    "\u{1b}]52;c;cm0gLXJmIH4=\u{7}", // writes the clipboard (OSC 52)
    "\u{1b}[2J\u{1b}[H",             // clears the screen
    "\u{1b}[31mred\u{1b}[0m",        // colours
    "\u{9b}31m",                     // CSI as a C1 control
    "\u{9d}0;title\u{9c}",           // OSC as a C1 control
    "a\rb",                          // overwrites the line
    "bell\u{7}",                     // rings
    "back\u{8}\u{8}space",           // moves back
    "nul\u{0}byte",                  // ends C strings
    "del\u{7f}",                     // DEL
    "admin\u{202e}txt.exe",          // right-to-left override
    "\u{2066}isolate\u{2069}",       // bidi isolate
    "mark\u{200f}",                  // right-to-left mark
];

/// Whether `s` holds anything a terminal would act on, other than line ends and tabs (what
/// tests check every output for).
pub fn has_hostile(s: &str) -> bool {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let line_end = c == '\n' || (c == '\r' && chars.peek() == Some(&'\n'));
        if is_hostile(c) && !line_end && c != '\t' {
            return true;
        }
    }
    false
}

/// Standard error, through [`Visible`].
pub fn stderr() -> Visible<io::StderrLock<'static>> {
    Visible::new(io::stderr().lock())
}

/// Like `eprintln!`, through [`Visible`]: for every message rapport writes to standard error,
/// since they quote names, paths and reasons that came from files.
#[macro_export]
macro_rules! say_err {
    ($($arg:tt)*) => {{
        use ::std::io::Write as _;
        let _ = writeln!($crate::text::visible::stderr(), $($arg)*);
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hostile_string_is_made_harmless_and_visible() {
        for s in HOSTILE {
            let shown = text(s);
            assert!(!has_hostile(&shown), "{s:?} → {shown:?}");
            assert!(!has_hostile(&line(s)), "{s:?}");
            assert_ne!(shown, *s, "something marks where {s:?} had a control");
        }
        assert_eq!(line("\u{1b}[2J"), "␛[2J");
        assert_eq!(text("del\u{7f}"), "del␡");
        assert_eq!(text("admin\u{202e}txt"), "admin�txt");
    }

    #[test]
    fn text_keeps_its_lines_and_a_line_shows_them() {
        assert_eq!(text("one\ntwo\tthree\r\n"), "one\ntwo\tthree\r\n");
        assert_eq!(text("a\rb"), "a␍b");
        assert_eq!(line("one\ntwo\tthree"), "one␊two␉three");
        assert!(matches!(text("Jānis 王小明 😀"), Cow::Borrowed(_)));
    }

    #[test]
    fn the_writer_shows_controls_and_mends_split_characters() {
        let mut out = Vec::new();
        {
            let mut w = Visible::new(&mut out);
            w.write_all(b"\x1b]0;x\x07 ").unwrap();
            let c1 = "\u{9b}".as_bytes();
            w.write_all(&c1[..1]).unwrap();
            w.write_all(&c1[1..]).unwrap();
            let wang = "王".as_bytes();
            w.write_all(&wang[..2]).unwrap();
            w.write_all(&wang[2..]).unwrap();
            w.write_all(b" \xff\n").unwrap();
        }
        assert_eq!(String::from_utf8(out).unwrap(), "␛]0;x␇ �王 �\n");
    }
}
