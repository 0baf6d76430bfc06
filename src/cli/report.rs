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
    for d in &recovery.damaged {
        let _ = writeln!(
            err,
            "  line {} could not be read and was skipped: {}",
            d.line, d.reason
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
