//! The commands: one module each, all taking their folders and clock from [`Context`].

mod args;
mod banks;
mod calibration;
mod career;
mod compare;
mod config;
mod debrief;
mod deletion;
pub(crate) mod demo;
mod export;
mod forget;
mod home_insight;
mod import;
mod list;
mod merge;
mod new;
mod note;
mod panel;
mod plans;
mod purge;
mod reach;
mod reference;
mod report;
mod resume;
mod scorecard;
mod table;
mod team;

use std::io::{self, IsTerminal, Write};

pub use args::{BanksCommand, Cli, Command, KindArg, PlansCommand, SchemaKind};

use crate::model::Timestamp;
use crate::store::{Paths, SessionStore};

/// What a command needs from the outside world, decided once by `main`.
#[derive(Clone)]
pub struct Context {
    /// Where data and config live.
    pub paths: Paths,
    /// The wall clock.
    pub now: fn() -> Timestamp,
    /// Whether standard input is a terminal (a person who can be asked).
    pub stdin_is_terminal: bool,
    /// Whether standard output is a terminal (a person reading).
    pub stdout_is_terminal: bool,
    /// The language of the screens.
    pub ui_lang: crate::model::Lang,
    /// Whether to draw without colour (`NO_COLOR`).
    pub no_color: bool,
    /// The login name (`$USER`), the panelist of a new session unless `--as` says otherwise.
    pub user: Option<String>,
    /// The settings file's settings (the defaults when there is none).
    pub settings: crate::config::Settings,
    /// The content, loaded and checked once per run, when first needed.
    library: std::sync::OnceLock<crate::content::Library>,
}

impl Context {
    /// The context of a real run: the system clock and the real standard streams.
    pub fn new(
        paths: Paths,
        ui_lang: crate::model::Lang,
        no_color: bool,
        user: Option<String>,
    ) -> Self {
        Context {
            paths,
            now: || chrono::Local::now().fixed_offset(),
            stdin_is_terminal: io::stdin().is_terminal(),
            stdout_is_terminal: io::stdout().is_terminal(),
            ui_lang,
            no_color,
            user,
            settings: crate::config::Settings::default(),
            library: std::sync::OnceLock::new(),
        }
    }

    /// The context with the settings file's `settings`.
    pub fn with_settings(mut self, settings: crate::config::Settings) -> Self {
        self.settings = settings;
        self
    }

    /// The colours: the settings' theme, or none at all with `NO_COLOR`.
    pub fn theme(&self) -> crate::tui::Theme {
        crate::tui::Theme::of(self.settings.theme, self.no_color)
    }

    /// The panelist for a new session: `explicit` (`--as`), else the login name.
    fn new_panelist(&self, explicit: Option<String>) -> String {
        explicit
            .or_else(|| self.settings.panelist.clone())
            .or_else(|| self.user.clone())
            .unwrap_or_else(|| "interviewer".to_owned())
    }

    /// Who records in `session` from here on: `explicit` (`--as`) if given, else whoever this
    /// machine recorded as in it, else its creator. It is remembered with the session. Also
    /// returns, when `--as` changes it, who it was.
    fn panelist_of(
        &self,
        session: &mut crate::store::OpenSession,
        explicit: Option<String>,
    ) -> anyhow::Result<(String, Option<String>)> {
        let files = session.files();
        let before = files
            .remembered_panelist()
            .or_else(|| session.state().header.panel.first().cloned());
        let explicit = explicit
            .map(|n| n.trim().to_owned())
            .filter(|n| !n.is_empty());
        let name = explicit
            .clone()
            .or_else(|| before.clone())
            .unwrap_or_else(|| self.new_panelist(None));
        if files.remembered_panelist().as_deref() != Some(name.as_str()) {
            files.remember_panelist(&name)?;
        }
        let was = before.filter(|b| explicit.is_some() && *b != name);
        session.view_as(&name);
        Ok((name, was))
    }

    /// Opens the live screen on `session` (the terminal is restored however it ends).
    fn live(&self, session: crate::store::OpenSession, author: String) -> anyhow::Result<()> {
        self.live_as(session, author, None)
    }

    /// Opens the live screen on `session` as `author`, saying so when `was` someone else.
    fn live_as(
        &self,
        mut session: crate::store::OpenSession,
        author: String,
        was: Option<String>,
    ) -> anyhow::Result<()> {
        // Every live screen is its panelist's: blind to the others until they submit.
        session.view_as(&author);
        // The candidate's reference calls are read from the index beside the first frame.
        let (send, references) = std::sync::mpsc::channel();
        let (store, header) = (self.store(), session.state().header.clone());
        std::thread::spawn(move || send.send(reference::of_candidate(&store, &header)));
        let header = &session.state().header;
        let langs: Vec<crate::model::Lang> = [Some(header.lang), header.second_lang]
            .into_iter()
            .flatten()
            .collect();
        let bank: Vec<crate::model::Question> = library(self)
            .banks()
            .iter()
            .flat_map(|b| &b.questions)
            .map(|q| crate::content::snapshot_question(q, &langs))
            .collect();
        let app = crate::tui::App::new(
            session,
            author,
            crate::i18n::Catalog::new(self.ui_lang),
            self.theme(),
            (self.now)(),
        )
        .with_bank(bank)
        .with_references_from(references)
        .with_cues(crate::tui::cues::Cues::new(
            self.settings.cue_minutes.as_deref(),
            self.settings.bell,
        ))
        .recording_instead_of(was);
        crate::tui::run(app, self.now)?;
        Ok(())
    }

    fn store(&self) -> SessionStore {
        SessionStore::new(&self.paths).with_plans(std::sync::Arc::new(ContentPlans {
            config: self.paths.config.clone(),
        }))
    }
}

/// The built-in content plus the user's own, loaded once per run (starting a session and then
/// opening the live screen both need it). A user file with errors is skipped and named on
/// standard error; warnings (missing translations) go to rapport's log.
fn library(ctx: &Context) -> &crate::content::Library {
    ctx.library.get_or_init(|| {
        let (library, findings) = crate::content::load_with_user(&ctx.paths.config);
        for finding in findings {
            if finding.is_error() {
                crate::say_err!("rapport: skipped a file of yours: {finding}");
            } else {
                tracing::warn!("{finding}");
            }
        }
        library
    })
}

/// The session `--last` means: the one created last, saying which sessions were skipped
/// because they cannot be read.
fn last(store: &SessionStore) -> Result<crate::model::SessionId, crate::store::StoreError> {
    let (id, skipped) = store.latest()?;
    for err in &skipped {
        crate::say_err!(
            "rapport: skipped a session that cannot be read: {}",
            report::sentence(err)
        );
    }
    Ok(id)
}

/// Rebuilds the plan copy of a session whose header was damaged from the content (built-in
/// and the user's), loaded only then.
struct ContentPlans {
    config: std::path::PathBuf,
}

impl crate::store::PlanSource for ContentPlans {
    fn rebuild(&self, header: &crate::model::SessionHeader) -> Option<crate::model::PlanSnapshot> {
        let (library, _) = crate::content::load_with_user(&self.config);
        let langs: Vec<crate::model::Lang> = [Some(header.lang), header.second_lang]
            .into_iter()
            .flatten()
            .collect();
        library
            .prepare(header.plan.as_str(), Some(header.format.as_str()), &langs)
            .ok()
            .map(|prepared| prepared.snapshot)
    }
}

/// A mistake in how a command was called: reported like clap's own, with exit code 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// A failure the command has already explained on screen: exit 1 without another message.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct AlreadyReported(pub String);

/// Runs a parsed command line.
pub fn run(cli: Cli, ctx: &Context) -> anyhow::Result<()> {
    // Nothing any command prints can drive the terminal: names and notes come from files.
    let mut out = crate::text::visible::Visible::new(io::stdout().lock());
    match cli.command {
        None => list::home(ctx, &mut out),
        Some(Command::New(args)) => new::run(args, ctx, &mut out),
        Some(Command::Note(args)) => note::run(args, ctx, &mut out),
        Some(Command::Score(args)) => scorecard::score(args, ctx, &mut out),
        Some(Command::Role(args)) => career::role(args, ctx, &mut out),
        Some(Command::Rating(args)) => career::rating(args, ctx, &mut out),
        Some(Command::Reference(args)) => reference::run(args, ctx, &mut out),
        Some(Command::Recommend(args)) => scorecard::recommend(args, ctx, &mut out),
        Some(Command::Submit(args)) => scorecard::submit(args, ctx, &mut out),
        Some(Command::Debrief(args)) => debrief::run(args, ctx, &mut out),
        Some(Command::Calibration(args)) => calibration::run(args, ctx, &mut out),
        Some(Command::Compare(args)) => compare::run(args, ctx, &mut out),
        Some(Command::Merge(args)) => merge::run(args, ctx, &mut out),
        Some(Command::Invite(args)) => panel::invite(args, ctx, &mut out),
        Some(Command::Team { command }) => team::run(command, ctx, &mut out),
        Some(Command::Sync) => team::sync(ctx, &mut out),
        Some(Command::Join(args)) => panel::join(args, ctx, &mut out),
        Some(Command::Resume(args)) => resume::run(args, ctx, &mut out),
        Some(Command::List) => list::run(ctx, &mut out),
        Some(Command::Export(args)) => export::run(args, ctx, &mut out),
        Some(Command::Import(args)) => import::run(args, ctx, &mut out),
        Some(Command::Forget(args)) => forget::run(args, ctx, &mut out),
        Some(Command::Purge(args)) => purge::run(args, ctx, &mut out),
        Some(Command::Banks { command }) => banks::run(command, ctx, &mut out),
        Some(Command::Plans { command }) => plans::run(command, ctx, &mut out),
        Some(Command::Demo) => {
            let (session, panelist) = demo::create(ctx)?;
            if ctx.stdout_is_terminal {
                ctx.live(session, panelist)
            } else {
                writeln!(out, "{}", session.state().header.id)?;
                Ok(())
            }
        }
        Some(Command::Completions { shell }) => reach::completions(shell, ctx, &mut out),
        Some(Command::Man { install }) => reach::man(install, ctx, &mut out),
        Some(Command::Config { command }) => config::run(command, ctx, &mut out),
    }?;
    out.flush()?;
    Ok(())
}
