//! The live screen, driven by real keys with a fixed clock and a session held in memory:
//! whole-screen snapshots at 80×24 and 120×40 in English and Chinese, and what each key does
//! to the session.

use chrono::{Duration, FixedOffset, TimeZone};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use uuid::Uuid;

use super::app::journal::{Journal, Memory};
use super::app::{App, Mode};
use super::theme::Theme;
use super::view::{self, ViewCache};
use crate::content::{DEFAULT_PLAN, Library};
use crate::i18n::Catalog;
use crate::model::{
    EventId, EventKind, Lang, NoteKind, PlanId, QuestionId, SessionCreated, SessionHeader,
    SessionId, Timestamp, opening_events,
};

/// 2026-11-23 14:00:00 +01:00 plus `s` seconds: the interview starts at 0.
fn at(s: i64) -> Timestamp {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 23, 14, 0, 0)
        .unwrap()
        + Duration::seconds(s)
}

struct Live {
    app: App<Memory>,
}

/// A fresh session on `format`, questions in `lang` (and `also`), screens in `ui`.
fn live(format: &str, lang: Lang, also: Option<Lang>, ui: Lang) -> Live {
    live_with_panel(format, lang, also, ui, &["ann"])
}

/// A fresh session held by `panel`, its first panelist at this screen.
fn live_with_panel(format: &str, lang: Lang, also: Option<Lang>, ui: Lang, panel: &[&str]) -> Live {
    live_of(format, (lang, also, ui), panel, None)
}

/// A fresh reference call to Lars Moe about Kari, screens in `ui`.
fn reference_call(ui: Lang) -> Live {
    let call = crate::model::ReferenceCall {
        session: SessionId(Uuid::from_u128(6)),
        role: EventId(Uuid::from_u128(5)),
        referee: "Lars Moe".into(),
        employer: "CityBank".into(),
        title: "Agent".into(),
        why: "Led the backlog project".into(),
    };
    live_of("reference-10", (ui, None, ui), &["ann"], Some(call))
}

/// A fresh session on `format` in `langs` (questions, a second language, screens), held by
/// `panel`, a reference call when `reference` says to whom.
fn live_of(
    format: &str,
    (lang, also, ui): (Lang, Option<Lang>, Lang),
    panel: &[&str],
    reference: Option<crate::model::ReferenceCall>,
) -> Live {
    let langs: Vec<Lang> = [Some(lang), also].into_iter().flatten().collect();
    let prepared = Library::builtin()
        .unwrap()
        .prepare(DEFAULT_PLAN, Some(format), &langs)
        .unwrap();
    let header = SessionHeader {
        id: SessionId(Uuid::from_u128(7)),
        candidate_id: None,
        candidate: if ui == Lang::Zh {
            "王小明".into()
        } else {
            "Kari Nordmann".into()
        },
        role: prepared.role[&lang].clone(),
        plan: PlanId::from(DEFAULT_PLAN),
        format: prepared.snapshot.format.id.clone(),
        lang,
        second_lang: also,
        panel: panel.iter().map(|p| p.to_string()).collect(),
        created: at(0),
        reference,
    };
    let opening = opening_events(&prepared.snapshot);
    let created = EventKind::SessionCreated(Box::new(SessionCreated {
        header,
        plan: prepared.snapshot,
    }));
    let first = crate::model::stamp(&Default::default(), "ann", at(0), [created], || {
        EventId(Uuid::now_v7())
    });
    let mut session = Memory::new(first);
    session.record("ann", at(0), opening).unwrap();
    let app = App::new(
        session,
        "ann".into(),
        Catalog::new(ui),
        Theme::new(false),
        at(0),
    );
    Live { app }
}

fn key(app: &mut App<Memory>, code: KeyCode, modifiers: KeyModifiers, now: i64) {
    app.handle(Event::Key(KeyEvent::new(code, modifiers)), at(now));
}

fn press(app: &mut App<Memory>, code: KeyCode, now: i64) {
    key(app, code, KeyModifiers::NONE, now);
}

fn ctrl(app: &mut App<Memory>, c: char, now: i64) {
    key(app, KeyCode::Char(c), KeyModifiers::CONTROL, now);
}

fn type_text(app: &mut App<Memory>, text: &str, now: i64) {
    for c in text.chars() {
        key(app, KeyCode::Char(c), KeyModifiers::NONE, now);
    }
}

/// The screen as a `width`×`height` terminal shows it at `now`.
fn screen(app: &App<Memory>, width: u16, height: u16, now: i64) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| {
            view::render(
                f,
                &app.ui,
                app.state(),
                &app.cache,
                at(now),
                view::Canvas::Blank,
            );
        })
        .unwrap();
    format!("{}", terminal.backend())
}

/// The screen's rows as a terminal shows them (a wide character once, not padded).
fn rows(app: &App<Memory>, width: u16, height: u16, now: i64) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| {
            let canvas = view::Canvas::Blank;
            view::render(f, &app.ui, app.state(), &app.cache, at(now), canvas);
        })
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < width {
                let symbol = buffer[(x, y)].symbol();
                row.push_str(symbol);
                x += (unicode_width::UnicodeWidthStr::width(symbol) as u16).max(1);
            }
            row
        })
        .collect()
}

/// The mode in use.
fn mode(app: &App<Memory>) -> Option<&Mode> {
    app.ui.mode()
}

/// An interview a few minutes in: two questions asked, three notes, a note half-typed.
fn midway(live: &mut Live, notes: [&str; 3], draft: &str) {
    let app = &mut live.app;
    ctrl(app, 'n', 30);
    type_text(app, notes[0], 75);
    key(app, KeyCode::Enter, KeyModifiers::NONE, 80);
    ctrl(app, 't', 150);
    ctrl(app, 't', 150);
    ctrl(app, 't', 150);
    type_text(app, notes[1], 150);
    key(app, KeyCode::Enter, KeyModifiers::NONE, 160);
    ctrl(app, 'n', 200);
    ctrl(app, 't', 230);
    type_text(app, notes[2], 230);
    key(app, KeyCode::Enter, KeyModifiers::NONE, 240);
    type_text(app, draft, 290);
}

const EN_NOTES: [&str; 3] = [
    "Wants to lead onboarding for new agents within a year",
    "Concrete: cut repeat contacts by a fifth at her last job",
    "\"I'd rather ask twice than guess\"",
];
const ZH_NOTES: [&str; 3] = [
    "希望一年内带新人培训",
    "上一份工作把重复进线减少了两成",
    "“宁可多问一次，也不瞎猜”",
];

#[test]
fn live_screen_in_english_with_norwegian_beneath() {
    let mut l = live("screen-20", Lang::En, Some(Lang::Nb), Lang::En);
    midway(&mut l, EN_NOTES, "Sounds rehearsed when talking about");
    insta::assert_snapshot!("live_en_80x24", screen(&l.app, 80, 24, 300));
    insta::assert_snapshot!("live_en_120x40", screen(&l.app, 120, 40, 300));
}

#[test]
fn live_screen_in_chinese() {
    let mut l = live("screen-20", Lang::Zh, None, Lang::Zh);
    midway(&mut l, ZH_NOTES, "说到团队时有点含糊");
    insta::assert_snapshot!("live_zh_80x24", screen(&l.app, 80, 24, 300));
    insta::assert_snapshot!("live_zh_120x40", screen(&l.app, 120, 40, 300));
}

#[test]
fn live_screen_of_the_deep_interview_and_the_reference_call() {
    let mut deep = live("deep-120", Lang::Da, Some(Lang::En), Lang::Da);
    ctrl(&mut deep.app, 'n', 200);
    key(&mut deep.app, KeyCode::F(5), KeyModifiers::NONE, 400);
    insta::assert_snapshot!("live_deep_da_120x40", screen(&deep.app, 120, 40, 600));
    let mut reference = live("reference-10", Lang::Lv, None, Lang::Lv);
    ctrl(&mut reference.app, 'n', 20);
    insta::assert_snapshot!(
        "live_reference_lv_80x24",
        screen(&reference.app, 80, 24, 700)
    );
}

#[test]
fn help_lists_every_key_in_each_language() {
    for (ui, name) in [(Lang::En, "help_en_80x24"), (Lang::Zh, "help_zh_80x24")] {
        let mut l = live("screen-20", Lang::En, None, ui);
        key(&mut l.app, KeyCode::F(1), KeyModifiers::NONE, 10);
        assert_eq!(mode(&l.app), Some(&Mode::Help { scroll: 0 }));
        insta::assert_snapshot!(name, screen(&l.app, 80, 24, 10));
    }
}

#[test]
fn help_scrolls_when_the_screen_is_too_short_for_every_key() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    key(&mut l.app, KeyCode::F(1), KeyModifiers::NONE, 10);
    let first = screen(&l.app, 60, 16, 10);
    assert!(first.contains("↑↓ scroll · Esc close"), "{first}");
    assert!(
        !first.contains("Quit now"),
        "the last key is below: {first}"
    );
    for _ in 0..crate::tui::keymap::LIVE_KEYS.bindings().count() {
        key(&mut l.app, KeyCode::Down, KeyModifiers::NONE, 10);
    }
    let last = screen(&l.app, 60, 16, 10);
    assert!(last.contains("Ctrl-C"), "scrolled to the last key: {last}");
    key(&mut l.app, KeyCode::Esc, KeyModifiers::NONE, 10);
    assert_eq!(mode(&l.app), None);
}

#[test]
fn the_timeline_is_laid_out_per_change_not_per_keystroke() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    type_text(&mut l.app, "first", 5);
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 6);
    screen(&l.app, 120, 40, 6);
    assert_eq!(l.app.cache.timeline.layouts.get(), 1);
    for c in "typing on".chars() {
        key(&mut l.app, KeyCode::Char(c), KeyModifiers::NONE, 7);
        let shown = screen(&l.app, 120, 40, 7);
        assert!(shown.contains("first"));
    }
    assert_eq!(
        l.app.cache.timeline.layouts.get(),
        1,
        "keystrokes reuse the layout"
    );
    assert_eq!(
        l.app.cache.body.draws.get(),
        2,
        "the body is drawn for second 6, then once for second 7, and copied after that"
    );
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 8);
    assert!(screen(&l.app, 120, 40, 8).contains("typing on"));
    assert_eq!(
        l.app.cache.timeline.layouts.get(),
        2,
        "a new note lays it out again"
    );
    screen(&l.app, 80, 24, 8);
    assert_eq!(l.app.cache.timeline.layouts.get(), 3, "so does a resize");
}

#[test]
fn a_tiny_terminal_says_so_instead_of_drawing() {
    let l = live("screen-20", Lang::En, None, Lang::En);
    let text = screen(&l.app, 40, 10, 0);
    assert!(text.contains("Terminal too small: 40×10"), "{text}");
    for (w, h) in [(1, 1), (59, 30), (200, 15), (250, 70)] {
        screen(&l.app, w, h, 0);
    }
}

#[test]
fn a_note_is_stamped_at_its_first_keystroke_and_saved_on_enter() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    type_text(&mut l.app, "Calm", 61);
    type_text(&mut l.app, " under pressure", 90);
    assert!(
        l.app.state().notes.is_empty(),
        "nothing is saved before Enter"
    );
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 95);
    let notes = &l.app.state().notes;
    assert_eq!(notes.len(), 1);
    assert_eq!(
        (
            notes[0].text.as_str(),
            notes[0].started_ms,
            notes[0].started_at
        ),
        ("Calm under pressure", 61_000, at(61))
    );
    assert!(l.app.ui.editor.is_empty());
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 96);
    assert_eq!(l.app.state().notes.len(), 1, "an empty note does nothing");
}

#[test]
fn typing_never_runs_commands_not_even_a_question_mark_on_an_empty_line() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    type_text(&mut l.app, "? q n p y", 5);
    assert_eq!(mode(&l.app), None);
    assert_eq!(l.app.ui.editor.text(), "? q n p y");
}

#[test]
fn paste_goes_into_the_note_with_its_newlines_and_esc_keeps_the_draft() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    l.app.handle(
        Event::Paste("first line\r\nsecond line ctrl-q".into()),
        at(3),
    );
    assert_eq!(l.app.ui.editor.text(), "first line\nsecond line ctrl-q");
    key(&mut l.app, KeyCode::Esc, KeyModifiers::NONE, 4);
    assert_eq!(l.app.ui.editor.text(), "first line\nsecond line ctrl-q");
    key(&mut l.app, KeyCode::Enter, KeyModifiers::ALT, 5);
    type_text(&mut l.app, "third", 5);
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 6);
    assert_eq!(
        l.app.state().notes[0].text,
        "first line\nsecond line ctrl-q\nthird"
    );
}

#[test]
fn moving_through_questions_records_sections_and_questions_asked() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    ctrl(&mut l.app, 'n', 100);
    let state = l.app.state();
    assert_eq!(
        state.current_section().map(|s| s.as_str()),
        Some("goals-and-mindset")
    );
    let q = state.current_question.clone().unwrap().0;
    let asked = |l: &Live, q: &QuestionId| {
        l.app
            .state()
            .question_progress(q, None)
            .is_some_and(|p| p.asked)
    };
    assert!(!asked(&l, &q), "shown, not yet asked");
    key(&mut l.app, KeyCode::F(3), KeyModifiers::NONE, 110);
    let next = l.app.ui.stop().unwrap().question.clone().unwrap();
    let skipped = l.app.state().question_progress(&q, None).unwrap().skipped;
    assert!(skipped, "F3 skips the question shown");
    assert!(!asked(&l, &q), "a skipped question left is not asked");
    assert_ne!(next, q);
    key(&mut l.app, KeyCode::PageUp, KeyModifiers::NONE, 120);
    assert_eq!(l.app.ui.stop().unwrap().question.as_ref(), Some(&q));
    assert!(asked(&l, &next), "shown, then left: asked");
    assert_eq!(
        l.app.state().current_question,
        Some((q, None)),
        "the question shown is where the interview resumes"
    );
}

#[test]
fn pause_stops_the_clock_and_quit_asks_first() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    key(&mut l.app, KeyCode::F(2), KeyModifiers::NONE, 60);
    assert!(l.app.state().clock_at(at(600)).paused);
    assert_eq!(l.app.state().clock_at(at(600)).elapsed_ms, 60_000);
    assert!(screen(&l.app, 120, 40, 600).contains("PAUSED"));
    key(&mut l.app, KeyCode::F(2), KeyModifiers::NONE, 660);
    assert_eq!(l.app.state().clock_at(at(670)).elapsed_ms, 70_000);
    ctrl(&mut l.app, 'q', 700);
    let quit = Some(&Mode::Confirm(super::app::mode::Confirm::Quit));
    assert_eq!(mode(&l.app), quit);
    type_text(&mut l.app, "y", 701);
    assert!(!l.app.quit, "a letter types; it never confirms");
    assert_eq!(l.app.ui.editor.text(), "y");
    press(&mut l.app, KeyCode::Esc, 701);
    assert!(!l.app.quit && mode(&l.app).is_none());
    ctrl(&mut l.app, 'q', 702);
    ctrl(&mut l.app, 'q', 703);
    assert!(l.app.quit, "the same key again quits");
    assert_eq!(
        l.app.journal.draft.as_ref().map(|d| d.text.as_str()),
        Some("y"),
        "the note typed is kept as a draft"
    );
}

/// Closes the live screen (as a crash would) and opens the session again at `now`: what was
/// on disk (the events and the draft) is all that is left.
fn reopen(live: Live, now: i64) -> Live {
    let mut journal = live.app.journal.clone();
    journal.writes = 0;
    drop(live);
    let app = App::new(
        journal,
        "ann".into(),
        Catalog::new(Lang::En),
        Theme::new(false),
        at(now),
    );
    Live { app }
}

mod answers_and_edits;
mod contract;
mod crash;
mod debrief;
mod deep_dive;
mod fairness;
mod home;
mod home_plan;
mod ratings;
mod scoring;
mod search;
mod summary;
mod terminal;

#[test]
fn what_does_not_fit_of_the_question_says_so_and_ctrl_down_shows_it() {
    let mut l = live("screen-20", Lang::En, Some(Lang::Nb), Lang::En);
    l.app.handle(Event::Resize(80, 24), at(1));
    ctrl(&mut l.app, 'n', 2);
    ctrl(&mut l.app, 'n', 3);
    let first = screen(&l.app, 80, 24, 4);
    assert!(first.contains("more lines · Ctrl-↓"), "{first}");
    assert!(!first.contains("Green flags"), "{first}");
    for _ in 0..5 {
        key(&mut l.app, KeyCode::Down, KeyModifiers::CONTROL, 5);
    }
    let last = screen(&l.app, 80, 24, 5);
    assert!(last.contains("Green flags"), "scrolled to the end: {last}");
    assert!(
        last.contains("· Ctrl-↑"),
        "and it says how to go back: {last}"
    );
    ctrl(&mut l.app, 'n', 6);
    assert_eq!(
        l.app.ui.question_scroll, 0,
        "a new question starts at its top"
    );
}
