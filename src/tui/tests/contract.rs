//! The key contract, mode by mode: a printable character (with or without Shift, any script,
//! pasted too) only ever types, into the note or into the mode's own field; a Ctrl-letter
//! never types; and no run of ordinary typing, Enter included, ends, submits, deletes, quits
//! or answers anything.

use super::*;
use crate::tui::app::mode::{Confirm, Purpose};
use crate::tui::keymap::{Command, Typing};
use crate::tui::scoring::Step;

/// Every printable character typed: ASCII, Nordic, Latvian, CJK (with its punctuation), emoji.
fn every_printable() -> String {
    let ascii: String = (' '..='~').collect();
    format!("{ascii}æøåÆØÅāčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ客户服务，。？！：；、（）「」😀🚀👍🏽")
}

/// A session with two notes and a role, a few minutes in.
fn started() -> Live {
    let mut l = live("deep-120", Lang::En, None, Lang::En);
    type_text(&mut l.app, "first note", 10);
    press(&mut l.app, KeyCode::Enter, 11);
    type_text(&mut l.app, "second note", 20);
    press(&mut l.app, KeyCode::Enter, 21);
    ctrl(&mut l.app, 'n', 30);
    press(&mut l.app, KeyCode::F(7), 40);
    type_text(&mut l.app, "Telenor", 40);
    press(&mut l.app, KeyCode::Enter, 41);
    l
}

/// Keys that take a session from `started()` to a mode.
type Reach = Box<dyn Fn(&mut App<Memory>)>;

/// Every mode a session can be in, and the keys that reach it from `started()`.
fn modes() -> Vec<(&'static str, Reach)> {
    let f = |n| move |app: &mut App<Memory>| press(app, KeyCode::F(n), 50);
    let ctrl_twice = |c| move |app: &mut App<Memory>| ctrl(app, c, 50);
    vec![
        ("live", Box::new(|_: &mut App<Memory>| {})),
        ("help", Box::new(f(1))),
        ("quit?", Box::new(ctrl_twice('q'))),
        ("end check", Box::new(ctrl_twice('e'))),
        ("summary", Box::new(f(12))),
        (
            "debrief",
            Box::new(|app: &mut App<Memory>| {
                press(app, KeyCode::F(12), 50);
                ctrl(app, 'g', 50);
            }),
        ),
        (
            "decision",
            Box::new(|app: &mut App<Memory>| {
                press(app, KeyCode::F(12), 50);
                ctrl(app, 'g', 50);
                ctrl(app, 'w', 50);
            }),
        ),
        ("scoring", Box::new(f(10))),
        (
            "evidence",
            Box::new(|app: &mut App<Memory>| {
                press(app, KeyCode::F(10), 50);
                press(app, KeyCode::Tab, 50);
            }),
        ),
        (
            "rationale",
            Box::new(|app: &mut App<Memory>| {
                press(app, KeyCode::F(10), 50);
                ctrl(app, 'w', 50);
            }),
        ),
        (
            "submit?",
            Box::new(|app: &mut App<Memory>| {
                press(app, KeyCode::F(10), 50);
                ctrl(app, 's', 50);
            }),
        ),
        ("1–10 rule", Box::new(f(6))),
        ("add a role", Box::new(f(7))),
        ("reference", Box::new(f(8))),
        ("answer", Box::new(f(4))),
        ("edit a note", Box::new(f(9))),
        (
            "delete?",
            Box::new(|app: &mut App<Memory>| {
                press(app, KeyCode::F(9), 50);
                ctrl(app, 'd', 50);
            }),
        ),
        ("search", Box::new(ctrl_twice('f'))),
        (
            "reopen?",
            Box::new(|app: &mut App<Memory>| {
                ctrl(app, 'e', 50);
                ctrl(app, 'e', 50);
                ctrl(app, 'e', 51);
            }),
        ),
        (
            "crash question",
            Box::new(|app: &mut App<Memory>| {
                let mut journal = app.journal.clone();
                journal.draft = None;
                *app = App::new(
                    journal,
                    "ann".into(),
                    Catalog::new(Lang::En),
                    Theme::new(false),
                    at(400),
                );
            }),
        ),
    ]
}

/// What the mode in use is, to the detail that matters (the scoring screen's step too).
fn kind(app: &App<Memory>) -> String {
    match mode(app) {
        None => "live".into(),
        Some(Mode::Scoring(s)) => format!("scoring {:?}", std::mem::discriminant(&s.step)),
        Some(Mode::Form(f)) => format!("form {:?}", std::mem::discriminant(&f.purpose)),
        Some(Mode::Confirm(c)) => format!("confirm {:?}", std::mem::discriminant(c)),
        Some(Mode::Debrief(d)) => format!("debrief {:?}", std::mem::discriminant(&d.step)),
        Some(other) => format!("{:?}", std::mem::discriminant(other)),
    }
}

/// The text the mode in use types into.
fn typed(app: &App<Memory>) -> String {
    match app.ui.keymap().typing {
        Typing::Note | Typing::Nothing => app.ui.editor.text(),
        Typing::Field => match mode(app) {
            Some(Mode::Form(form)) => form.fields[form.at].text(),
            Some(Mode::Ratings(form)) => {
                let slot = form.field / 2;
                if form.on_rating() {
                    form.ratings[slot].text()
                } else {
                    form.names[slot].text()
                }
            }
            Some(Mode::Search(search)) => search.query.text(),
            Some(Mode::Scoring(s)) => match &s.step {
                Step::Rationale(input) => input.text(),
                _ => String::new(),
            },
            Some(Mode::Debrief(d)) => match &d.step {
                crate::tui::debrief::Step::Decision { rationale, .. } => rationale.text(),
                crate::tui::debrief::Step::Grid => String::new(),
            },
            _ => String::new(),
        },
    }
}

#[test]
fn typing_in_every_mode_only_types() {
    let text = every_printable();
    for (name, reach) in modes() {
        for shifted in [false, true] {
            let mut l = started();
            reach(&mut l.app);
            let (before, events, mode_before) =
                (typed(&l.app), l.app.journal.events.len(), kind(&l.app));
            for c in text.chars() {
                let modifiers = if shifted {
                    KeyModifiers::SHIFT
                } else {
                    KeyModifiers::NONE
                };
                key(&mut l.app, KeyCode::Char(c), modifiers, 60);
            }
            assert_eq!(kind(&l.app), mode_before, "{name}: typing changed the mode");
            assert_eq!(
                l.app.journal.events.len(),
                events,
                "{name}: typing recorded something"
            );
            assert!(!l.app.quit, "{name}: typing quit");
            let now = typed(&l.app);
            assert!(
                now.contains(&text) || (name == "1–10 rule" && now.ends_with(&text)),
                "{name}: {text:?} did not land in the text: {now:?} (was {before:?})"
            );
        }
    }
}

#[test]
fn a_paste_of_80_kb_in_every_mode_only_types() {
    let paste = "Pasted from the call notes: 客户 😀 ".repeat(2_500);
    assert!(paste.len() > 80_000);
    for (name, reach) in modes() {
        let mut l = started();
        reach(&mut l.app);
        let (events, mode_before) = (l.app.journal.events.len(), kind(&l.app));
        l.app.handle(Event::Paste(paste.clone()), at(60));
        assert_eq!(kind(&l.app), mode_before, "{name}");
        assert_eq!(l.app.journal.events.len(), events, "{name}");
        assert!(
            typed(&l.app).contains(paste.trim_end()),
            "{name}: the paste is the text"
        );
    }
}

#[test]
fn ctrl_letters_never_type_and_do_only_what_the_mode_binds() {
    for (name, reach) in modes() {
        for c in 'a'..='z' {
            let mut l = started();
            reach(&mut l.app);
            let keymap = l.app.ui.keymap();
            let bound = keymap.command(crate::tui::keymap::Key::ctrl(c));
            let (text, events, mode_before) =
                (typed(&l.app), l.app.journal.events.len(), kind(&l.app));
            ctrl(&mut l.app, c, 60);
            if bound.is_none() {
                assert_eq!(typed(&l.app), text, "{name}: Ctrl-{c} typed");
                assert_eq!(
                    kind(&l.app),
                    mode_before,
                    "{name}: unbound Ctrl-{c} did something"
                );
                assert_eq!(l.app.journal.events.len(), events, "{name}: Ctrl-{c}");
            } else {
                assert!(
                    !typed(&l.app).ends_with(c),
                    "{name}: Ctrl-{c} ({bound:?}) typed its letter"
                );
            }
        }
    }
}

#[test]
fn a_sentence_and_enter_in_every_mode_never_ends_submits_deletes_or_quits() {
    for (name, reach) in modes() {
        let mut l = started();
        reach(&mut l.app);
        let notes = l.app.state().visible_notes().len();
        let submitted = |l: &Live| {
            l.app
                .state()
                .panelists
                .get("ann")
                .is_some_and(|p| p.submitted_at.is_some())
        };
        let ended = l.app.state().ended_at;
        type_text(&mut l.app, "Yes, here: y j e s q d. Done", 60);
        press(&mut l.app, KeyCode::Enter, 61);
        type_text(&mut l.app, "y", 62);
        press(&mut l.app, KeyCode::Enter, 62);
        assert!(!l.app.quit, "{name}: quit");
        assert_eq!(l.app.state().ended_at, ended, "{name}: ended or reopened");
        assert!(!submitted(&l), "{name}: submitted");
        assert!(
            l.app.state().visible_notes().len() >= notes,
            "{name}: a note was deleted"
        );
        // Whatever Enter saved is what was typed.
        for event in &l.app.journal.events[..] {
            if let EventKind::NoteAdded { text, .. } = &event.kind {
                assert!(
                    [
                        "first note",
                        "second note",
                        "Yes, here: y j e s q d. Done",
                        "y"
                    ]
                    .contains(&text.as_str()),
                    "{name}: {text:?}"
                );
            }
        }
    }
}

#[test]
fn every_mode_lists_its_keys_in_the_footer_and_the_help() {
    for (name, reach) in modes() {
        let mut l = started();
        reach(&mut l.app);
        let shown = screen(&l.app, 120, 40, 60);
        let footer = shown.lines().last().unwrap_or_default().to_owned();
        let keymap = l.app.ui.keymap();
        let first = keymap
            .bindings()
            .find(|b| b.hint.is_some() && b.command != Command::Help)
            .map(|b| l.app.ui.catalog.t(b.hint.unwrap_or_default()));
        assert!(
            first.is_some_and(|word| footer.contains(&word)),
            "{name}: the footer shows the mode's keys: {footer}"
        );
        if keymap.command(crate::tui::keymap::Key::plain(KeyCode::F(1))) == Some(Command::Help) {
            press(&mut l.app, KeyCode::F(1), 61);
            assert!(
                screen(&l.app, 120, 40, 61).contains("Keys"),
                "{name}: F1 opens the help"
            );
        }
    }
    // The ways into confirmations are the ones the names say.
    let mut l = started();
    press(&mut l.app, KeyCode::F(9), 50);
    ctrl(&mut l.app, 'd', 50);
    assert!(matches!(
        mode(&l.app),
        Some(Mode::Confirm(Confirm::Delete(_)))
    ));
    press(&mut l.app, KeyCode::Esc, 51);
    assert!(
        matches!(mode(&l.app), Some(Mode::Form(f)) if matches!(f.purpose, Purpose::EditNote(_)))
    );
}
