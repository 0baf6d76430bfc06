use proptest::prelude::*;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::Paragraph;

use super::{Drawn, Screen};

const AREA: Rect = Rect {
    x: 0,
    y: 0,
    width: 20,
    height: 4,
};

/// A screen writing into memory, with what it wrote so far taken away.
fn screen() -> Screen<Vec<u8>> {
    Screen::new(Vec::new(), AREA).unwrap()
}

fn take(screen: &mut Screen<Vec<u8>>) -> Vec<u8> {
    std::mem::take(screen.out())
}

/// Draws `rows` (each a line of text in a style) and returns the bytes written.
fn draw(screen: &mut Screen<Vec<u8>>, rows: &[(&str, Style)], drawn: Drawn) -> Vec<u8> {
    screen
        .draw(|frame, _| {
            frame.render_widget(ratatui::widgets::Clear, frame.area());
            for (y, (text, style)) in rows.iter().enumerate() {
                let row = Rect::new(0, y as u16, AREA.width, 1);
                frame.render_widget(Paragraph::new(*text).style(*style), row);
            }
            drawn
        })
        .unwrap();
    take(screen)
}

/// A terminal emulator of the test screen's size.
fn vt100_parser() -> vt100::Parser {
    let size = |n: u16| std::num::NonZeroU16::new(n).unwrap();
    vt100::Parser::new(size(AREA.height), size(AREA.width), 0)
}

/// What a terminal shows after `bytes`, row by row.
fn terminal_rows(bytes: &[u8]) -> Vec<String> {
    let mut parser = vt100_parser();
    parser.process(bytes);
    parser.screen().rows(0, AREA.width).collect()
}

fn vt_color(color: Option<Color>) -> vt100::Color {
    match color {
        Some(Color::Red) => vt100::Color::Idx(1),
        Some(Color::Blue) => vt100::Color::Idx(4),
        _ => vt100::Color::Default,
    }
}

#[test]
fn a_typed_letter_after_the_cursor_costs_one_byte() {
    let mut s = screen();
    let cursor = |x| Drawn {
        cursor: Some(Position { x, y: 2 }),
        unchanged: vec![],
    };
    draw(
        &mut s,
        &[
            ("head", Style::new()),
            ("", Style::new()),
            ("ab", Style::new()),
        ],
        cursor(2),
    );
    let bytes = draw(
        &mut s,
        &[
            ("head", Style::new()),
            ("", Style::new()),
            ("abc", Style::new()),
        ],
        cursor(3),
    );
    assert_eq!(bytes, b"c");
}

#[test]
fn a_frame_drawn_as_before_writes_nothing() {
    let mut s = screen();
    let rows = [("one", Style::new().fg(Color::Red)), ("two", Style::new())];
    draw(&mut s, &rows, Drawn::default());
    assert_eq!(draw(&mut s, &rows, Drawn::default()), b"");
}

#[test]
fn rows_said_unchanged_are_not_compared_but_a_cleared_terminal_draws_them() {
    let mut s = screen();
    draw(&mut s, &[("one", Style::new())], Drawn::default());
    let whole = Drawn {
        cursor: None,
        unchanged: vec![AREA],
    };
    // Wrongly said unchanged, to see that the rows are skipped.
    assert_eq!(draw(&mut s, &[("two", Style::new())], whole.clone()), b"");
    s.resize(AREA).unwrap();
    let bytes = draw(&mut s, &[("two", Style::new())], whole);
    assert_eq!(terminal_rows(&bytes)[0], "two");
}

#[test]
fn restore_shows_the_cursor_and_resets_the_ink() {
    let mut s = screen();
    draw(
        &mut s,
        &[("x", Style::new().add_modifier(Modifier::BOLD))],
        Drawn::default(),
    );
    s.restore().unwrap();
    let bytes = take(&mut s);
    assert!(bytes.ends_with(b"\x1b[0m\x1b[?25h"), "{bytes:?}");
}

/// A line of text from a few kinds of characters: ASCII, Latvian, CJK and emoji.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![Just("a"), Just("ž"), Just("中"), Just("🙂"), Just(" ")],
        0..14,
    )
    .prop_map(|parts| parts.concat())
}

fn style() -> impl Strategy<Value = Style> {
    prop_oneof![
        Just(Style::new()),
        Just(Style::new().fg(Color::Red)),
        Just(Style::new().bg(Color::Blue).add_modifier(Modifier::BOLD)),
        Just(Style::new().add_modifier(Modifier::REVERSED | Modifier::DIM)),
    ]
}

proptest! {
    /// Whatever frames follow each other, a terminal fed the bytes shows what was drawn.
    #[test]
    fn the_terminal_shows_every_frame_as_drawn(
        frames in proptest::collection::vec(proptest::collection::vec((text(), style()), 4), 1..6)
    ) {
        let mut s = screen();
        let mut terminal = vt100_parser();
        for frame in &frames {
            let rows: Vec<(&str, Style)> = frame.iter().map(|(t, st)| (t.as_str(), *st)).collect();
            terminal.process(&draw(&mut s, &rows, Drawn::default()));
            for (y, (text, style)) in rows.iter().enumerate() {
                let mut x = 0;
                for c in text.chars() {
                    let width = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) as u16;
                    if x + width > AREA.width {
                        break;
                    }
                    let cell = terminal.screen().cell(y as u16, x).unwrap();
                    // A cell never written is empty, and looks like a space.
                    let shows = match cell.contents() {
                        "" => " ",
                        contents => contents,
                    };
                    prop_assert_eq!(shows, c.to_string(), "row {} column {}", y, x);
                    prop_assert_eq!(cell.bold(), style.add_modifier.contains(Modifier::BOLD));
                    prop_assert_eq!(cell.inverse(), style.add_modifier.contains(Modifier::REVERSED));
                    prop_assert_eq!(cell.fgcolor(), vt_color(style.fg));
                    prop_assert_eq!(cell.bgcolor(), vt_color(style.bg));
                    x += width;
                }
                let rest: String = terminal.screen().rows(x, AREA.width - x).nth(y).unwrap();
                prop_assert_eq!(rest.trim(), "", "row {} after the text", y);
            }
        }
    }
}
