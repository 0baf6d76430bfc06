//! One export of a session in one format, as `rapport export` and the summary screen make it.

use clap::ValueEnum;

use super::{Labels, Redactor, Report, to_csv, to_html, to_json_value, to_markdown};
use crate::i18n::Catalog;
use crate::model::references::References;
use crate::model::{Event, Lang, SessionState, Timestamp, blind};

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Markdown, paste-ready: scores, flags, notes, the feedback draft.
    #[value(alias = "markdown")]
    Md,
    /// One self-contained page (inline CSS and SVG), printable on A4.
    Html,
    /// One row per rubric criterion, for spreadsheets.
    Csv,
    /// Lossless JSON: header, every event, and the folded state.
    Json,
}

impl Format {
    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// An export's text, and how many names were replaced by initials (when redacting).
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The file's text.
    pub text: String,
    /// Names replaced, when redacting.
    pub replaced: Option<usize>,
}

/// What to export: a session's events, their fold, and what the rest of the store knows of
/// the candidate.
#[derive(Debug, Clone, Copy)]
pub struct Subject<'a> {
    /// The session's events.
    pub events: &'a [Event],
    /// Their fold.
    pub state: &'a SessionState,
    /// The candidate's reference calls beside their predictions, if any are known.
    pub references: Option<&'a References>,
}

/// How to export it.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// The format.
    pub to: Format,
    /// When the export is made.
    pub now: Timestamp,
    /// The language of its labels.
    pub ui: Lang,
    /// Whether names become initials.
    pub redact: bool,
    /// The panelist whose machine makes it: it holds only what they may see until they
    /// submit (see [`crate::model::blind`]).
    pub viewer: Option<&'a str>,
}

/// Writes `what` as `how` says.
pub fn render(what: Subject, how: Options) -> Result<Rendered, serde_json::Error> {
    let Some(viewer) = how.viewer else {
        return render_seen(what, how);
    };
    // As the viewer sees it: their own clock, and only what they may see yet.
    let (visible, seen) = blind::view(what.events, what.state, viewer);
    render_seen(
        Subject {
            events: &visible,
            state: &seen,
            ..what
        },
        how,
    )
}

/// [`render`] of what the viewer may see (what is withheld is counted in the state).
fn render_seen(what: Subject, how: Options) -> Result<Rendered, serde_json::Error> {
    let (state, now, ui) = (what.state, how.now, how.ui);
    let catalog = Catalog::new(ui);
    let redactor = how.redact.then(|| {
        Redactor::for_session(
            state,
            &catalog.t("redacted-email"),
            &catalog.t("redacted-phone"),
        )
    });
    let mut replaced = 0;
    let text = match how.to {
        Format::Json => {
            let mut value = to_json_value(what.events, state, now, what.references)?;
            if let Some(r) = &redactor {
                replaced = r.json(&mut value);
            }
            super::json::pretty(&value)?
        }
        human => {
            let mut report = Report::build(state, now, ui).with_references(what.references);
            if let Some(r) = &redactor {
                replaced = report.redact(r);
            }
            let labels = Labels::new(Catalog::new(ui), now);
            let text = match human {
                Format::Csv => to_csv(&report, &labels),
                Format::Html => to_html(&report, &labels),
                _ => to_markdown(&report, &labels),
            };
            // One pass over the whole document: no stored text can smuggle a control in.
            crate::text::visible::text(&text).into_owned()
        }
    };
    Ok(Rendered {
        text,
        replaced: redactor.map(|_| replaced),
    })
}

/// The most characters of the candidate's name a file name takes: with the date and the
/// extension it stays well under the 255 bytes file systems allow, in any script.
const NAME_CHARS: usize = 60;

/// A file name for an export of `state` as `to`: the candidate's name (at most
/// [`NAME_CHARS`] characters of it) and the interview's date, with anything a file system
/// might mind replaced by dashes.
pub fn file_name(state: &SessionState, to: Format) -> String {
    let mut name = String::new();
    for c in state.header.candidate.chars().take(NAME_CHARS) {
        let c = if c.is_alphanumeric() { c } else { '-' };
        if !(c == '-' && name.ends_with('-')) {
            name.push(c);
        }
    }
    let name = name.trim_matches('-');
    let name = if name.is_empty() { "interview" } else { name };
    format!(
        "{name}-{}.{}",
        state.header.created.format("%Y-%m-%d"),
        to.extension()
    )
}
