//! The interactive app: terminal set-up and restore, the event loop, and the live screen.

mod agenda;
mod app;
mod coverage;
pub mod cues;
mod debrief;
mod home;
mod input;
mod keymap;
mod ratings;
mod region_cache;
mod scoring;
mod screen;
mod search;
mod text_input;
mod theme;
mod timeline;
mod view;

#[cfg(test)]
mod tests;

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crossterm::cursor::Show;
use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste, Event};
use crossterm::execute;
use crossterm::style::{Attribute, SetAttribute};
use ratatui::layout::Rect;

pub use app::journal::cause as journal_cause;
pub use app::{App, Journal};
pub use home::{
    Deleter, FormDefaults, Home, HomeChoice, Insight, MarkedReferee, NewInterview, PlanInsight,
    PlanOption, ReferenceCallChoice, SessionRow,
};
pub use theme::Theme;

use crate::model::Timestamp;
use screen::{Drawn, Screen};

/// Runs the live screen until the user quits. The terminal is restored on every way out
/// the app can catch: a normal quit, an error, a panic, a closed terminal, or a signal that
/// ends programs (which saves the draft first).
pub fn run<J: Journal>(mut app: App<J>, now: fn() -> Timestamp) -> io::Result<()> {
    with_terminal(|terminal, stop| event_loop(terminal, &mut app, now, stop))
}

/// Runs the home screen until the user chooses.
pub fn home(mut home: Home) -> io::Result<HomeChoice> {
    with_terminal(|terminal, stop| {
        loop {
            if stop.load(Ordering::Relaxed) {
                return Ok(HomeChoice::Quit);
            }
            terminal.draw(|frame, _| {
                frame.render_widget(ratatui::widgets::Clear, frame.area());
                view::home::render(frame, &home);
                Drawn::default()
            })?;
            let mut resized = Ok(());
            let alive = input::pump(Duration::from_secs(1), |event| {
                match event {
                    Event::Resize(width, height) => {
                        resized = terminal.resize(Rect::new(0, 0, width, height));
                    }
                    other => home.handle(other),
                }
                home.choice.is_none()
            })?;
            resized?;
            if !alive {
                return Ok(HomeChoice::Quit);
            }
            if let Some(choice) = home.choice.take() {
                return Ok(choice);
            }
        }
    })
}

/// The signals whose default is to end the program, which rapport catches to save first.
const ENDING_SIGNALS: [i32; 7] = [
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGINT,
    signal_hook::consts::SIGQUIT,
    signal_hook::consts::SIGUSR1,
    signal_hook::consts::SIGUSR2,
    signal_hook::consts::SIGALRM,
];

/// Sets the terminal up, runs `f`, and restores the terminal whatever `f` returns.
fn with_terminal<T>(
    f: impl FnOnce(&mut Screen<io::Stdout>, &AtomicBool) -> io::Result<T>,
) -> io::Result<T> {
    // Signals that would end rapport end it as Ctrl-C does: saving first, then restoring the
    // terminal. (In raw mode Ctrl-C and Ctrl-\\ are keys; these come from `kill`, a closed
    // window, a timer, or a script.)
    let stop = Arc::new(AtomicBool::new(false));
    for signal in ENDING_SIGNALS {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(
            io::stdout(),
            DisableBracketedPaste,
            Show,
            SetAttribute(Attribute::Reset)
        );
        previous(info);
    }));
    // ratatui::init sets raw mode and the alternate screen, and chains a panic hook that
    // restores them. rapport draws through its own `Screen`, of the size the terminal reports
    // now and on each Resize event (asking before every draw would cost system calls).
    drop(ratatui::init());
    let mut shown = None;
    let result = crossterm::terminal::size().and_then(|(width, height)| {
        let screen = shown.insert(Screen::new(io::stdout(), Rect::new(0, 0, width, height))?);
        let _ = execute!(io::stdout(), EnableBracketedPaste);
        f(screen, &stop)
    });
    if let Some(screen) = shown.as_mut() {
        let _ = screen.restore();
    }
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    result
}

/// Draws, then sleeps until input, a resize, the next clock second or the draft's deadline;
/// all pending input is handled before the next draw.
fn event_loop<W: io::Write, J: Journal>(
    terminal: &mut Screen<W>,
    app: &mut App<J>,
    now: fn() -> Timestamp,
    stop: &AtomicBool,
) -> io::Result<()> {
    let quit_now = app::Action::Command(keymap::Command::QuitNow);
    let (width, height) = crossterm::terminal::size()?;
    app.handle(Event::Resize(width, height), now());
    while !app.quit {
        if stop.load(Ordering::Relaxed) {
            app.dispatch(quit_now, now());
            break;
        }
        let t = now();
        terminal.draw(|frame, canvas| {
            view::render(frame, &app.ui, app.journal.state(), &app.cache, t, canvas)
        })?;
        // All pending input is handled before the next draw.
        let mut resized = Ok(());
        let alive = input::pump(app.sleep_for(t), |event| {
            if let Event::Resize(width, height) = event {
                resized = terminal.resize(Rect::new(0, 0, width, height));
            }
            app.handle(event, now());
            !app.quit
        })?;
        resized?;
        if !alive {
            // The window was closed: save and go, as on SIGHUP.
            app.dispatch(quit_now, now());
            break;
        }
        app.tick(now());
        if app.take_bell() {
            terminal.bell()?;
        }
    }
    Ok(())
}
