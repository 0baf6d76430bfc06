//! Messages shared by commands: what recovery found, and how a session is named to people.

use std::io::Write;

pub use crate::i18n::clock;
use crate::model::FormatId;
use crate::store::Recovery;

/// Tells the user (on standard error) what was wrong with a log and what was done about it.
pub fn recovery(recovery: &Recovery, repaired: bool) {
    if recovery.is_clean() {
        return;
    }
    let mut err = crate::text::visible::stderr();
    let _ = writeln!(err, "rapport: this session's log was damaged.");
    if let Some(header) = &recovery.header {
        let _ = writeln!(err, "  {}", header_message(header));
    }
    if recovery.bom {
        let _ = writeln!(
            err,
            "  it began with a byte order mark (an editor's), which {}",
            if repaired {
                "was removed"
            } else {
                "is skipped"
            }
        );
    }
    for d in &recovery.damaged {
        let _ = writeln!(
            err,
            "  line {} of {} could not be read and was skipped: {}",
            d.line, d.file, d.reason
        );
    }
    if recovery.torn_tail > 0 {
        let _ = writeln!(
            err,
            "  its last line was unfinished ({} bytes, a write cut short by a crash) and {}",
            recovery.torn_tail,
            if repaired {
                "was cut off"
            } else {
                "is ignored"
            }
        );
    }
    match (&recovery.kept_aside, repaired) {
        (Some(aside), _) => {
            let _ = writeln!(
                err,
                "  Every other event is kept. The original file is kept at {}",
                aside.display()
            );
        }
        (None, false) => {
            let _ = writeln!(err, "  Nothing was changed; `rapport resume` repairs it.");
        }
        (None, true) => {}
    }
}

/// An error and its causes in one line: "cannot read x.jsonl: it is a FIFO, not a regular file".
pub fn sentence(err: &(dyn std::error::Error + 'static)) -> String {
    let mut said = err.to_string();
    let mut cause = err.source();
    while let Some(c) = cause {
        said.push_str(": ");
        said.push_str(&c.to_string());
        cause = c.source();
    }
    said
}

/// What was lost with a damaged header, in one sentence.
pub fn header_message(header: &crate::store::HeaderLoss) -> String {
    let mut said = String::from("its first line, the header, was damaged");
    if header.unverified {
        said.push_str(
            "; its facts were still read, but one may be off by a character: check the \
             candidate's name, the role and the panel",
        );
    }
    let facts: Vec<&str> = header
        .lost
        .iter()
        .copied()
        .filter(|f| *f != "plan copy")
        .collect();
    if !facts.is_empty() {
        said.push_str(&format!(
            "; these could not be read and show as \"{}\" or empty: {}",
            crate::store::UNKNOWN,
            facts.join(", ")
        ));
    }
    match &header.plan_rebuilt_from {
        Some(version) => said.push_str(&format!(
            "; its copy of the plan was rebuilt from this rapport's content (version {version})"
        )),
        None if header.lost.contains(&"plan copy") => said.push_str(
            "; its copy of the plan could not be rebuilt, so the questions and the rubric are \
             missing",
        ),
        None => {}
    }
    said.push_str(". Every event after it is kept.");
    said
}

/// "Kari Nordmann — Customer service agent (screen-20)".
/// Each part on one line, whatever it holds.
pub fn title(candidate: &str, role: &str, format: &FormatId) -> String {
    use crate::text::visible::line;
    format!(
        "{} — {} ({})",
        line(candidate),
        line(role),
        line(format.as_str())
    )
}
