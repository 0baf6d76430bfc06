//! What the terminal shows after the frames rapport wrote equals a fresh render, through
//! popups, typing and resizes.

use super::*;

/// What a terminal shows after the frames a [`Screen`](crate::tui::screen::Screen) wrote, as rows.
fn terminal_rows(bytes: &[u8], width: u16, height: u16) -> Vec<String> {
    let size = |n: u16| std::num::NonZeroU16::new(n).unwrap();
    let mut parser = vt100::Parser::new(size(height), size(width), 0);
    parser.process(bytes);
    parser.screen().rows(0, width).collect()
}

/// The rows of a fresh, whole render, as a terminal would show them.
fn fresh_rows(app: &App<Memory>, width: u16, height: u16, now: i64) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| {
            view::render(
                f,
                &app.ui,
                app.state(),
                &ViewCache::default(),
                at(now),
                view::Canvas::Blank,
            );
        })
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            let mut row = String::new();
            for x in 0..width {
                let cell = &buffer[(x, y)];
                if cell.diff_option != ratatui::buffer::CellDiffOption::Skip {
                    row.push_str(cell.symbol());
                }
            }
            row
        })
        .collect()
}

#[test]
fn the_terminal_matches_a_fresh_render_after_popups_typing_and_resizes() {
    use crate::tui::screen::Screen;
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    type_text(&mut l.app, "typed just before the crash", 120);
    l.app.tick(at(121));
    let mut l = reopen(l, 411); // opens with the downtime question: a popup in the first frame
    let mut screen = Screen::new(Vec::new(), ratatui::layout::Rect::new(0, 0, 100, 30)).unwrap();
    let mut now = 411;
    let check = |l: &Live, screen: &mut Screen<Vec<u8>>, now, step: &str| {
        let (width, height) = (screen.area().width, screen.area().height);
        screen
            .draw(|f, canvas| {
                let app = &l.app;
                view::render(f, &app.ui, app.state(), &app.cache, at(now), canvas)
            })
            .unwrap();
        let shown: Vec<String> = terminal_rows(screen.out(), width, height)
            .iter()
            .map(|r| r.trim_end().to_owned())
            .collect();
        let fresh: Vec<String> = fresh_rows(&l.app, width, height, now)
            .iter()
            .map(|r| r.trim_end().to_owned())
            .collect();
        assert_eq!(shown, fresh, "after {step}");
    };
    check(&l, &mut screen, now, "the first frame");
    press(&mut l.app, KeyCode::F(2), now);
    check(&l, &mut screen, now, "answering the downtime question");
    for (step, keys) in [("typing", "and more"), ("help", "")] {
        now += 1;
        if keys.is_empty() {
            key(&mut l.app, KeyCode::F(1), KeyModifiers::NONE, now);
        } else {
            type_text(&mut l.app, keys, now);
        }
        check(&l, &mut screen, now, step);
    }
    key(&mut l.app, KeyCode::Esc, KeyModifiers::NONE, now);
    check(&l, &mut screen, now, "closing the help");
    // The help opened, then a resize before the next frame: the help is first drawn on a
    // cleared screen; it must leave no trace once closed.
    key(&mut l.app, KeyCode::F(1), KeyModifiers::NONE, now);
    screen
        .resize(ratatui::layout::Rect::new(0, 0, 80, 24))
        .unwrap();
    check(&l, &mut screen, now, "a resize");
    key(&mut l.app, KeyCode::Esc, KeyModifiers::NONE, now);
    check(&l, &mut screen, now, "closing the help again");
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, now + 1);
    check(&l, &mut screen, now + 1, "saving the note");
}

#[test]
fn hostile_notes_reach_the_screen_as_text_never_as_escape_sequences() {
    use crate::text::visible::{HOSTILE, is_hostile};
    use crate::tui::app::Journal;
    use crate::tui::screen::Screen;
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    let anchor = l.app.state().current_anchor();
    let notes = HOSTILE.iter().map(|evil| EventKind::NoteAdded {
        note_kind: crate::model::NoteKind::Note,
        text: format!("x{evil}y"),
        anchor: anchor.clone(),
        started_at: at(10),
        started_ms: 10_000,
    });
    l.app
        .journal
        .record("ann", at(10), notes.collect())
        .unwrap();
    type_text(&mut l.app, "still typing", 11);
    let (width, height) = (100, 40);
    let area = ratatui::layout::Rect::new(0, 0, width, height);
    let mut screen = Screen::new(Vec::new(), area).unwrap();
    screen
        .draw(|f, canvas| {
            let app = &l.app;
            view::render(f, &app.ui, app.state(), &app.cache, at(12), canvas)
        })
        .unwrap();
    let bytes = String::from_utf8(screen.out().to_vec()).unwrap();
    // rapport's own drawing is CSI sequences (ESC [) and nothing else: no OSC, no C1, no
    // bidi control, no bell, no carriage return.
    let mut chars = bytes.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            assert_eq!(chars.peek(), Some(&'['), "only CSI sequences: {bytes:?}");
        } else {
            assert!(!is_hostile(c), "{c:?} reached the terminal");
        }
    }
    let rows = terminal_rows(screen.out(), width, height);
    assert!(rows.iter().any(|r| r.contains("x]0;pwnedy")), "{rows:#?}");
}
