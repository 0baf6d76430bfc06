//! The `rapport` binary: decide the folders, set up logging to a file, run the command, and
//! turn any error into one friendly sentence plus its cause.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;

use clap::Parser;
use rapport::cli::{self, AlreadyReported, Cli, Context, UsageError};
use rapport::store::{self, Paths};

fn main() -> ExitCode {
    let debug = std::env::var_os("RAPPORT_DEBUG").is_some_and(|v| v == "1");
    if debug {
        // SAFETY: nothing else runs yet; errors made from here on carry where they began.
        unsafe { std::env::set_var("RUST_LIB_BACKTRACE", "1") };
    }
    let cli = Cli::parse();
    let Some(paths) = paths() else {
        rapport::say_err!(
            "rapport: cannot find a home folder to keep data in; set RAPPORT_HOME=DIR"
        );
        return ExitCode::FAILURE;
    };
    init_logging(&paths);
    // The command line wins over the settings file, and the file over the locale.
    let (settings, problem) = rapport::config::load(&paths.config);
    let explicit = cli.ui_lang.or(settings.ui_lang);
    let ui_lang = rapport::i18n::ui_lang(explicit, |name| std::env::var(name).ok());
    if let Some(problem) = problem {
        let ui = rapport::i18n::Catalog::new(ui_lang);
        let error = problem.to_string();
        rapport::say_err!(
            "rapport: {}",
            ui.t_with("config-bad", &[("error", error.into())])
        );
    }
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let user = std::env::var("USER").ok().filter(|u| !u.trim().is_empty());
    let ctx = Context::new(paths, ui_lang, no_color, user).with_settings(settings);
    match cli::run(cli, &ctx) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => report(&err, debug),
    }
}

/// `RAPPORT_HOME=DIR` keeps everything under DIR (tests, portable use); otherwise the
/// platform's standard folders.
fn paths() -> Option<Paths> {
    match std::env::var_os("RAPPORT_HOME") {
        Some(home) if !home.is_empty() => Some(Paths::under(&PathBuf::from(home))),
        _ => Paths::standard(),
    }
}

/// How large rapport's own log grows before it is moved aside (to `rapport.log.1`).
const LOG_LIMIT: u64 = 2 * 1024 * 1024;

/// rapport's own log goes to `data/logs/rapport.log` (owner-only), never to the terminal.
/// `RAPPORT_LOG` sets the level (default `info`). Logging that cannot start is skipped.
fn init_logging(paths: &Paths) {
    let dir = paths.logs();
    let Ok(file) = store::create_private_dir(&dir)
        .map_err(|_| ())
        .and_then(|()| {
            store::open_rotated_log(&dir.join("rapport.log"), LOG_LIMIT).map_err(|_| ())
        })
    else {
        return;
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("RAPPORT_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(false)
        .with_writer(Mutex::new(file))
        .try_init();
}

/// One sentence and its causes on standard error; exit 2 for a usage mistake, else 1.
/// A backtrace only when rapport's own `RAPPORT_DEBUG=1` asks for one (`RUST_BACKTRACE` is
/// set in many developers' shells, and is not a request to see rapport's insides).
fn report(err: &anyhow::Error, debug: bool) -> ExitCode {
    let broken_pipe = err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        // The reader went away (`rapport banks show … | head`): nothing to say.
        return ExitCode::SUCCESS;
    }
    tracing::error!("{err:#}");
    if err.downcast_ref::<AlreadyReported>().is_some() {
        return ExitCode::FAILURE;
    }
    if let Some(usage) = err.downcast_ref::<UsageError>() {
        rapport::say_err!("error: {usage}\n\nFor more information, try '--help'.");
        return ExitCode::from(2);
    }
    rapport::say_err!("rapport: {err}");
    for cause in err.chain().skip(1) {
        rapport::say_err!("  because: {cause}");
    }
    if debug {
        rapport::say_err!("{}", err.backtrace());
    }
    ExitCode::FAILURE
}
