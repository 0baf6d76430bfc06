//! Arguments of the deep-dive's commands: `rapport role`, `rapport rating` and
//! `rapport reference`.

use clap::{Args, ValueEnum};

use super::PanelistArg;

/// Arguments of `rapport role`.
#[derive(Debug, Args)]
pub struct RoleArgs {
    /// The newest session.
    #[arg(long, conflicts_with = "session")]
    pub last: bool,
    /// The session (unless --last).
    #[arg(value_name = "ID", required_unless_present = "last")]
    pub session: Option<String>,
    /// The employer.
    #[arg(long, value_name = "NAME")]
    pub employer: String,
    /// The job title.
    #[arg(long, value_name = "TITLE")]
    pub title: String,
    /// When it began, as the candidate gives it (2019, 2019-03).
    #[arg(long, value_name = "WHEN")]
    pub from: Option<String>,
    /// When it ended (or `now`).
    #[arg(long, value_name = "WHEN")]
    pub to: Option<String>,
    /// The manager's name.
    #[arg(long, value_name = "NAME")]
    pub manager: Option<String>,
    /// Mark the manager for a reference call, and why.
    #[arg(long, value_name = "WHY")]
    pub reference: Option<String>,
    /// Who you are on the panel.
    #[command(flatten)]
    pub panelist: PanelistArg,
}

/// The format of a reference call, unless told otherwise.
pub const REFERENCE_FORMAT: &str = "reference-10";

/// Arguments of `rapport reference`.
#[derive(Debug, Args)]
pub struct ReferenceArgs {
    /// The candidate's newest session.
    #[arg(long, conflicts_with = "session")]
    pub last: bool,
    /// The candidate's session whose deep-dive names the manager (unless --last).
    #[arg(value_name = "ID", required_unless_present = "last")]
    pub session: Option<String>,
    /// The manager to call, as a deep-dive role names them.
    #[arg(long, value_name = "NAME")]
    pub manager: String,
    /// How and when the candidate agreed to the call ("yes, at the end of the interview").
    /// Required: a referee is contacted only with the candidate's consent.
    #[arg(long, value_name = "HOW")]
    pub consent: Option<String>,
    /// The reference call's format (default: reference-10).
    #[arg(long, value_name = "FORMAT", default_value = REFERENCE_FORMAT)]
    pub format: String,
    /// Print the new session's id instead of opening the live screen.
    #[arg(long)]
    pub no_tui: bool,
    /// Who you are on the panel.
    #[command(flatten)]
    pub panelist: PanelistArg,
}

/// How a person of the 1–10 rule knows the candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Relation {
    /// A former manager.
    Manager,
    /// A former colleague.
    Colleague,
}

/// Arguments of `rapport rating`.
#[derive(Debug, Args)]
pub struct RatingArgs {
    /// The newest session.
    #[arg(long)]
    pub last: bool,
    /// Whose rating: their name. Left out in a reference call, where the rating is the
    /// referee's own.
    #[arg(long = "for", value_name = "NAME")]
    pub person: Option<String>,
    /// How they know the candidate.
    #[arg(long, value_enum, default_value_t = Relation::Manager)]
    pub relation: Relation,
    /// Who you are on the panel.
    #[command(flatten)]
    pub panelist: PanelistArg,
    /// The session id (unless --last), and the rating, 1–10.
    #[arg(value_name = "ID|N", num_args = 1..=2, required = true)]
    pub words: Vec<String>,
}
