//! `rapport note`: add notes without the screen — from scripts, desktop hotkeys and tests.

use std::io::{self, BufRead, Write};

use super::args::NoteArgs;
use super::{Context, UsageError, report};
use crate::model::{EventKind, NoteKind};
use crate::store::OpenSession;

/// Appends the note (or one note per line of standard input), each fsynced before its id is
/// printed: an id on standard output means that note is on disk.
pub fn run(args: NoteArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let store = ctx.store();
    let mut words = args.words.into_iter();
    let query = if args.last { None } else { words.next() };
    let text = words.collect::<Vec<_>>().join(" ");
    if query.is_none() && !args.last {
        return Err(UsageError("name the session (or use --last)".into()).into());
    }
    if args.stdin != text.trim().is_empty() {
        let wanted = if args.stdin {
            "with --stdin, notes come from standard input, not the command line"
        } else {
            "give the note's text (or --stdin to read notes line by line)"
        };
        return Err(UsageError(wanted.into()).into());
    }
    let id = match &query {
        Some(q) => store.resolve(q)?,
        None => super::last(&store)?,
    };
    let mut session = store.open(id)?;
    report::recovery(session.recovery(), true);
    let kind = NoteKind::from(args.kind);
    let (panelist, _) = ctx.panelist_of(&mut session, args.panelist.name)?;
    if !args.stdin {
        let note = add(&mut session, ctx, &panelist, kind, text.trim())?;
        writeln!(out, "{note}")?;
        return Ok(());
    }
    let mut skipped = Vec::new();
    let mut input = io::stdin().lock();
    let mut line = Vec::new();
    for number in 1.. {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        // A line that is not UTF-8 is named and skipped; the lines after it are still saved.
        let Ok(text) = std::str::from_utf8(&line) else {
            crate::say_err!(
                "rapport: line {number} of standard input is not UTF-8 text; skipped it"
            );
            skipped.push(number);
            continue;
        };
        let text = text.trim_end_matches(['\n', '\r']);
        if text.trim().is_empty() {
            continue;
        }
        let note = add(&mut session, ctx, &panelist, kind, text)?;
        writeln!(out, "{note}")?;
        out.flush()?;
    }
    if !skipped.is_empty() {
        let lines: Vec<String> = skipped.iter().map(usize::to_string).collect();
        return Err(super::AlreadyReported(format!(
            "skipped {} line(s) that are not UTF-8: {}",
            skipped.len(),
            lines.join(", ")
        ))
        .into());
    }
    Ok(())
}

/// Appends one note, started and committed now, where the interview currently is.
fn add(
    session: &mut OpenSession,
    ctx: &Context,
    author: &str,
    note_kind: NoteKind,
    text: &str,
) -> anyhow::Result<crate::model::NoteId> {
    let now = (ctx.now)();
    let state = session.state();
    let kind = EventKind::NoteAdded {
        note_kind,
        text: text.to_owned(),
        anchor: state.current_anchor(),
        started_at: now,
        started_ms: state.clock.elapsed_at(now),
    };
    let ids = session.record(author, now, [kind])?;
    ids.into_iter()
        .next()
        .ok_or_else(|| anyhow::anyhow!("the note was not recorded"))
}
