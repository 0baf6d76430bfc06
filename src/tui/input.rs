//! Waiting for the terminal without trusting it to stay: input, a signal, the timeout, or the
//! terminal gone.
//!
//! crossterm 0.29 reads a closed terminal in a tight loop (a read of 0 bytes, or EIO, is
//! retried at once), so a rapport whose window was closed would spin at full speed and never
//! see its SIGHUP. rapport therefore waits on standard input itself, sees the hang-up, and only
//! asks crossterm for events it already knows are there.

use std::io;
use std::time::Duration;

use crossterm::event::{self, Event};
use rustix::event::{PollFd, PollFlags, Timespec};

/// Waits up to `timeout` for input (a signal, such as a resize, ends the wait early), then
/// hands every event crossterm has ready to `handle`, until `handle` returns `false`.
/// Returns `false` when the terminal has gone away.
pub fn pump(timeout: Duration, mut handle: impl FnMut(Event) -> bool) -> io::Result<bool> {
    let stdin = io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
    let wait = Timespec {
        tv_sec: i64::try_from(timeout.as_secs()).unwrap_or(i64::MAX),
        tv_nsec: i64::from(timeout.subsec_nanos()),
    };
    match rustix::event::poll(&mut fds, Some(&wait)) {
        // A signal: its flag is checked by the caller; a resize is waiting in crossterm.
        Ok(_) | Err(rustix::io::Errno::INTR) => {}
        Err(err) => return Err(err.into()),
    }
    if fds[0]
        .revents()
        .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL)
    {
        return Ok(false);
    }
    while event::poll(Duration::ZERO)? {
        if !handle(event::read()?) {
            break;
        }
    }
    Ok(true)
}
