//! The interactive app: terminal set-up and restore, the event loop, and the live screen.

mod agenda;
mod app;
mod keymap;
mod theme;
mod view;

#[cfg(test)]
mod tests;

use std::io;
use std::time::Duration;

use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;

pub use app::App;
pub use theme::Theme;

use crate::model::Timestamp;

/// Runs the live screen until the user quits. The terminal is restored on every way out
/// the app can catch: a normal quit, an error, or a panic.
pub fn run(mut app: App, now: fn() -> Timestamp) -> io::Result<()> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableBracketedPaste);
        previous(info);
    }));
    let mut terminal = ratatui::init();
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    let result = event_loop(&mut terminal, &mut app, now);
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    result
}

/// Draws, then sleeps until input, a resize, the next clock second or the draft's deadline;
/// all pending input is handled before the next draw.
fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    now: fn() -> Timestamp,
) -> io::Result<()> {
    while !app.quit {
        let t = now();
        terminal.draw(|frame| view::render(frame, app, t))?;
        if event::poll(sleep_for(app, t))? {
            loop {
                app.handle(event::read()?, now());
                if app.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        app.tick(now());
    }
    Ok(())
}

/// How long the loop may sleep: until the clock shows the next second (when it runs), or the
/// draft is due, whichever comes first.
fn sleep_for(app: &App, now: Timestamp) -> Duration {
    let state = app.session.state();
    let mut wait = Duration::from_secs(3600);
    if state.clock.is_running() {
        let elapsed = state.clock.elapsed_at(now);
        wait = wait.min(Duration::from_millis(1000 - elapsed % 1000));
    }
    if let Some(due) = app.schedule.due() {
        let ms = (due - now).num_milliseconds().max(0) as u64;
        wait = wait.min(Duration::from_millis(ms));
    }
    wait
}
