//! The command line, as clap parses it.

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::{Lang, NoteKind};

mod career;
pub use career::{REFERENCE_FORMAT, RatingArgs, ReferenceArgs, Relation, RoleArgs};

/// A terminal interview companion: questions, clock, notes and scores beside a live call.
#[derive(Debug, Parser)]
#[command(name = "rapport", version, about, long_about = None)]
#[command(
    after_help = "Data lives in the platform's data folder (or $RAPPORT_HOME/data).\n\
Run `rapport` with no command to see your sessions."
)]
pub struct Cli {
    /// The language of the screens (en, nb, da, lv, zh); default from the locale.
    #[arg(long, global = true, value_name = "LANG")]
    pub ui_lang: Option<Lang>,
    /// The command; without one, rapport shows your sessions.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a new interview session.
    New(NewArgs),
    /// Open a pre-filled sample interview to explore (its own session, marked as a demo).
    Demo,
    /// Add a note to a session from a script or a hotkey (no screen).
    Note(NoteArgs),
    /// Score one rubric criterion, as you on the panel (no screen).
    Score(ScoreArgs),
    /// Give your overall recommendation (no screen).
    Recommend(RecommendArgs),
    /// Add a role of the candidate's career to the deep-dive (no screen).
    Role(RoleArgs),
    /// The 1–10 rule: the rating the candidate predicts a former manager or colleague would
    /// give them (no screen).
    Rating(RatingArgs),
    /// Call a referee the deep-dive marked: a reference call linked to the candidate, with
    /// their consent recorded first.
    Reference(ReferenceArgs),
    /// Submit your scores: from then on you see the rest of the panel's (no screen).
    Submit(SubmitArgs),
    /// The panel's scores side by side, disputes flagged; or record the panel's decision.
    Debrief(DebriefArgs),
    /// How the panel applies a plan's rubric: agreement (Krippendorff's alpha) and leniency.
    Calibration(CalibrationArgs),
    /// A plan's candidates side by side, ranked by weighted score.
    Compare(CompareArgs),
    /// Write an invitation to a panel session, for another panelist to `rapport join`.
    Invite(InviteArgs),
    /// Join a panel session from an invitation, on this machine.
    Join(JoinArgs),
    /// The team folder: a folder every panelist's rapport shares (synced, or a git clone).
    Team {
        /// What to do with it.
        #[command(subcommand)]
        command: TeamCommand,
    },
    /// In a team folder that is a git repository: commit this machine's logs, pull, push.
    Sync,
    /// Take in another laptop's files of a session: JSON exports and writer logs, or folders
    /// of them, moved by any means.
    Merge(MergeArgs),
    /// Continue a session (after a crash too).
    Resume(ResumeArgs),
    /// List sessions, newest first.
    List,
    /// Export a session.
    Export(ExportArgs),
    /// Store a session again from its JSON export (`rapport export --to json`).
    Import(ImportArgs),
    /// Delete everything rapport holds about a candidate.
    Forget(ForgetArgs),
    /// Delete sessions not touched for a while.
    Purge(PurgeArgs),
    /// Inspect and check question banks, formats, rubrics and plans.
    Banks {
        /// What to do.
        #[command(subcommand)]
        command: BanksCommand,
    },
    /// The interview plans: role, persona, rubric, formats and their fixed questions.
    Plans {
        /// What to do.
        #[command(subcommand)]
        command: PlansCommand,
    },
    /// Print shell completions (they offer your plans, formats and languages as values).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Settings that stick (config.toml): the UI language, default plan, format and
    /// languages, your name on the panel, colours, time cues.
    Config {
        /// What to do.
        #[command(subcommand)]
        command: ConfigCommand,
    },
    /// Print the manual page (roff), or install it where `man rapport` finds it.
    Man {
        /// Write it to the user's manual folder (~/.local/share/man/man1/rapport.1).
        #[arg(long)]
        install: bool,
    },
}

/// `rapport banks …`
#[derive(Debug, Subcommand)]
pub enum BanksCommand {
    /// Every bank, with its questions counted per category and language.
    List,
    /// One bank's questions.
    Show {
        /// The bank's id.
        id: String,
        /// The language to show (default en); missing translations are marked.
        #[arg(long, value_name = "LANG")]
        lang: Option<Lang>,
    },
    /// Check content files (banks, formats, rubrics, plans); exit 1 on any error.
    Validate {
        /// The files.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<std::path::PathBuf>,
    },
    /// Print the JSON Schema of a kind of content file.
    Schema {
        /// Which kind.
        #[arg(long, value_enum, default_value_t = SchemaKind::Bank)]
        kind: SchemaKind,
    },
}

/// The kinds of content file, for `banks schema`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// A question bank.
    Bank,
    /// A format.
    Format,
    /// A rubric.
    Rubric,
    /// An interview plan.
    Plan,
}

/// `rapport plans …`
#[derive(Debug, Subcommand)]
pub enum PlansCommand {
    /// Every plan.
    List,
    /// One plan: persona, rubric, and the questions of every section of every format.
    Show {
        /// The plan's id.
        id: String,
        /// Only this format.
        #[arg(long, value_name = "FORMAT")]
        format: Option<String>,
        /// The language to show (default en).
        #[arg(long, value_name = "LANG")]
        lang: Option<Lang>,
    },
}

/// Arguments of `rapport new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// The candidate's name, as you would write it.
    #[arg(long, value_name = "NAME")]
    pub candidate: String,
    /// The interview plan (see `rapport plans list`; default: the settings' plan, or
    /// customer-service-agent).
    #[arg(long, value_name = "PLAN")]
    pub plan: Option<String>,
    /// The format: one of the plan's (screen-20, deep-120, reference-10); default the
    /// settings' format, or the plan's first.
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// The role as it should read in this session (default: the plan's).
    #[arg(long, value_name = "TEXT")]
    pub role: Option<String>,
    /// The language questions are asked in (en, nb, da, lv, zh; default: the settings'
    /// language, or en).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// A second language shown beneath the first.
    #[arg(long, value_name = "LANG")]
    pub also: Option<Lang>,
    /// Who you are on the panel.
    #[command(flatten)]
    pub panelist: PanelistArg,
    /// The whole panel, comma-separated ("Ann, Ola, Siv"); you are added first if missing.
    #[arg(long, value_name = "NAMES")]
    pub panel: Option<String>,
    /// The same candidate as session ID (a second interview, a reference call): the new
    /// session carries their candidate id, so the sessions are found together.
    #[arg(long, value_name = "ID")]
    pub candidate_of: Option<String>,
    /// Only create the session and print its id (no live screen).
    #[arg(long)]
    pub no_tui: bool,
}

/// The panelist recording events (`--as NAME`). Without it, a session goes on as whoever
/// this machine recorded as in it; a new one records as `$USER`.
#[derive(Debug, Args)]
pub struct PanelistArg {
    /// Your name on the panel (default: as before in this session, or your login name).
    #[arg(long = "as", value_name = "PANELIST")]
    pub name: Option<String>,
}

/// Arguments of `rapport resume`.
#[derive(Debug, Args)]
pub struct ResumeArgs {
    /// Which session.
    #[command(flatten)]
    pub target: TargetArgs,
    /// Who you are on the panel.
    #[command(flatten)]
    pub panelist: PanelistArg,
    /// Only check and repair the session and say where it stands (no live screen).
    #[arg(long)]
    pub no_tui: bool,
}

/// Which session a command works on.
#[derive(Debug, Args)]
pub struct TargetArgs {
    /// The session's id, or any unique part of it (see `rapport list`).
    #[arg(value_name = "ID", conflicts_with = "last")]
    pub id: Option<String>,
    /// The newest session.
    #[arg(long)]
    pub last: bool,
}

/// Arguments of `rapport note`.
#[derive(Debug, Args)]
pub struct NoteArgs {
    /// The newest session (then every word is the note).
    #[arg(long)]
    pub last: bool,
    /// Read notes from standard input, one per line; each id is printed once it is saved.
    #[arg(long)]
    pub stdin: bool,
    /// The kind of note.
    #[arg(long, value_enum, default_value_t = KindArg::Note)]
    pub kind: KindArg,
    /// Who you are on the panel.
    #[command(flatten)]
    pub panelist: PanelistArg,
    /// The session id (unless --last), then the note's text (after `--` if it starts with `-`).
    #[arg(value_name = "ID|TEXT")]
    pub words: Vec<String>,
}

/// Arguments of `rapport score`.
#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// The newest session.
    #[arg(long)]
    pub last: bool,
    /// Who you are on the panel.
    #[command(flatten)]
    pub panelist: PanelistArg,
    /// The session id (unless --last), the criterion's id, and the level: 1–4, or `na` for
    /// not assessed.
    #[arg(value_name = "ID|CRITERION|LEVEL", num_args = 2..=3, required = true)]
    pub words: Vec<String>,
}

/// Arguments of `rapport recommend`.
#[derive(Debug, Args)]
pub struct RecommendArgs {
    /// The newest session.
    #[arg(long)]
    pub last: bool,
    /// Why, in a sentence or two (kept as it was when not given).
    #[arg(long, value_name = "TEXT")]
    pub why: Option<String>,
    /// Who you are on the panel.
    #[command(flatten)]
    pub panelist: PanelistArg,
    /// The session id (unless --last), then strong-no, no, yes or strong-yes.
    #[arg(value_name = "ID|RECOMMENDATION", num_args = 1..=2, required = true)]
    pub words: Vec<String>,
}

/// Arguments of `rapport submit`.
#[derive(Debug, Args)]
pub struct SubmitArgs {
    /// Which session.
    #[command(flatten)]
    pub target: TargetArgs,
    /// Who you are on the panel.
    #[command(flatten)]
    pub panelist: PanelistArg,
}

/// What `rapport team` does.
#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// Use DIR as the team folder: this machine's logs appear in it as they are written, and
    /// the others' logs in it count as part of their sessions.
    Use {
        /// The folder (a synced folder, a network share, or a git clone).
        dir: std::path::PathBuf,
    },
    /// Say which team folder is in use.
    Show,
    /// Stop using a team folder.
    Off,
}

/// Arguments of `rapport invite`.
#[derive(Debug, Args)]
pub struct InviteArgs {
    /// Which session.
    #[command(flatten)]
    pub target: TargetArgs,
    /// Write it to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

/// Arguments of `rapport join`.
#[derive(Debug, Args)]
pub struct JoinArgs {
    /// The invitation (`-` for standard input).
    #[arg(value_name = "FILE")]
    pub file: std::path::PathBuf,
    /// Who you are on the panel.
    #[command(flatten)]
    pub panelist: PanelistArg,
    /// Only join and print the session's id (no live screen).
    #[arg(long)]
    pub no_tui: bool,
}

/// Arguments of `rapport merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// JSON exports (`.json`), writer logs (`.jsonl`), or folders holding them.
    #[arg(value_name = "FILE|DIR", required = true)]
    pub paths: Vec<std::path::PathBuf>,
    /// Take everything into this session, whatever session the files say they belong to.
    #[arg(long, value_name = "ID")]
    pub force_into: Option<String>,
}

/// Arguments of `rapport debrief`.
#[derive(Debug, Args)]
pub struct DebriefArgs {
    /// Which session.
    #[command(flatten)]
    pub target: TargetArgs,
    /// The format.
    #[arg(long, value_enum, default_value_t = DebriefFormat::Md)]
    pub to: DebriefFormat,
    /// Record the panel's decision instead of showing the debrief.
    #[arg(long, value_enum)]
    pub decide: Option<DecisionArg>,
    /// Why the panel decided so.
    #[arg(long, value_name = "TEXT", requires = "decide")]
    pub why: Option<String>,
    /// Who you are on the panel (the debrief shows what you may see).
    #[command(flatten)]
    pub panelist: PanelistArg,
}

/// Arguments of `rapport compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The interview plan whose candidates are compared (see `rapport plans list`).
    #[arg(long, value_name = "PLAN")]
    pub plan: String,
    /// The format.
    #[arg(long, value_enum, default_value_t = CompareFormat::Md)]
    pub to: CompareFormat,
}

/// The formats of a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// Markdown.
    Md,
    /// CSV, for spreadsheets.
    Csv,
    /// One self-contained page, printable.
    Html,
    /// JSON, for programs.
    Json,
}

/// `rapport config` subcommands.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print where the settings file is.
    Path,
    /// Print the settings, every one (those not set as comments).
    Show,
    /// Set one: ui-lang, plan, format, lang, also, panelist, theme (default, high-contrast,
    /// light), cue-minutes (5,1), bell (true, false). An empty VALUE removes it.
    Set {
        /// The setting.
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(crate::config::KEYS))]
        key: String,
        /// Its value.
        value: String,
    },
}

/// Arguments of `rapport calibration`.
#[derive(Debug, Args)]
pub struct CalibrationArgs {
    /// The interview plan whose sessions count (see `rapport plans list`).
    #[arg(long, value_name = "PLAN")]
    pub plan: String,
    /// The format.
    #[arg(long, value_enum, default_value_t = DebriefFormat::Md)]
    pub to: DebriefFormat,
}

/// The formats of a debrief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DebriefFormat {
    /// Markdown.
    Md,
    /// JSON, for programs.
    Json,
}

/// The panel's decisions, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DecisionArg {
    /// Make an offer.
    Hire,
    /// Do not go on.
    NoHire,
    /// Meet the candidate again.
    SecondInterview,
}

impl From<DecisionArg> for crate::model::Decision {
    fn from(d: DecisionArg) -> Self {
        match d {
            DecisionArg::Hire => Self::Hire,
            DecisionArg::NoHire => Self::NoHire,
            DecisionArg::SecondInterview => Self::SecondInterview,
        }
    }
}

/// The kinds of note, as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// A plain note.
    Note,
    /// The candidate's own words.
    Quote,
    /// A warning sign.
    Red,
    /// A strong sign.
    Green,
    /// Something to ask next.
    FollowUp,
    /// Something to check with a referee.
    Reference,
    /// For the candidate: quoted in the feedback draft.
    Feedback,
}

impl From<KindArg> for NoteKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Note => NoteKind::Note,
            KindArg::Quote => NoteKind::Quote,
            KindArg::Red => NoteKind::RedFlag,
            KindArg::Green => NoteKind::GreenFlag,
            KindArg::FollowUp => NoteKind::FollowUp,
            KindArg::Reference => NoteKind::CheckWithReference,
            KindArg::Feedback => NoteKind::Feedback,
        }
    }
}

pub use crate::export::Format as ExportFormat;

/// Arguments of `rapport import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The JSON export; `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub file: std::path::PathBuf,
}

/// Arguments of `rapport export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Which session.
    #[command(flatten)]
    pub target: TargetArgs,
    /// The format.
    #[arg(long, value_enum, required_unless_present = "schema")]
    pub to: Option<ExportFormat>,
    /// Print the JSON Schema of the JSON export instead (no session needed).
    #[arg(long, conflicts_with_all = ["to", "redact", "output"])]
    pub schema: bool,
    /// Write to this file instead of standard output (`-` for standard output). A file is
    /// replaced whole, a symbolic link's target is replaced, a device or FIFO is written to.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// Replace the candidate's and referees' names with initials, in free text too.
    #[arg(long)]
    pub redact: bool,
    /// Export as this panelist sees the session: until they submit, without the others'
    /// notes and scores (default: whoever records in it on this machine).
    #[command(flatten)]
    pub panelist: PanelistArg,
}

/// Arguments of `rapport forget`.
#[derive(Debug, Args)]
pub struct ForgetArgs {
    /// The candidate's name (not case-sensitive).
    #[arg(long, value_name = "NAME")]
    pub candidate: String,
    /// Delete without asking.
    #[arg(long)]
    pub yes: bool,
}

/// Arguments of `rapport purge`.
#[derive(Debug, Args)]
pub struct PurgeArgs {
    /// Delete sessions whose last activity is older than this (e.g. 180d, 26w, 6months).
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
    pub older_than: std::time::Duration,
    /// Delete without asking.
    #[arg(long)]
    pub yes: bool,
}

impl TargetArgs {
    /// The session named, or the newest one when none is (or `--last` is given).
    pub fn resolve(
        &self,
        store: &crate::store::SessionStore,
    ) -> Result<crate::model::SessionId, crate::store::StoreError> {
        match &self.id {
            Some(id) => store.resolve(id),
            None => super::last(store),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_command_line_is_well_formed() {
        // Clap checks only the commands a run uses; this checks them all (unique names,
        // conflicts that exist, required arguments that can be given).
        <super::Cli as clap::CommandFactory>::command().debug_assert();
    }
}
