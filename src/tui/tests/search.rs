//! Finding a question, and bringing one in from the banks.

use super::*;
use crate::tui::search::Search;

fn search(app: &App<Memory>) -> &Search {
    match mode(app) {
        Some(Mode::Search(search)) => search,
        other => panic!("not searching: {other:?}"),
    }
}

fn with_bank(mut l: Live, langs: &[Lang]) -> Live {
    let library = Library::builtin().unwrap();
    let bank = library
        .banks()
        .iter()
        .flat_map(|b| &b.questions)
        .map(|q| crate::content::snapshot_question(q, langs))
        .collect();
    l.app = l.app.with_bank(bank);
    l
}

#[test]
fn a_planned_question_is_jumped_to_and_a_bank_question_brought_in() {
    let mut l = with_bank(live("screen-20", Lang::En, None, Lang::En), &[Lang::En]);
    ctrl(&mut l.app, 'n', 10);
    ctrl(&mut l.app, 'f', 20);
    type_text(&mut l.app, "one to ten rating", 20);
    let top = search(&l.app).chosen().unwrap();
    assert_eq!(
        (top.question.id.as_str(), top.planned),
        ("personal-one-to-ten-rating", true)
    );
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 21);
    assert_eq!(
        l.app.ui.stops[l.app.ui.at]
            .question
            .as_ref()
            .map(|q| q.as_str()),
        Some("personal-one-to-ten-rating")
    );

    ctrl(&mut l.app, 'f', 30);
    type_text(&mut l.app, "very angry customer", 30);
    assert!(!search(&l.app).chosen().unwrap().planned);
    insta::assert_snapshot!("search_en_80x24", screen(&l.app, 80, 24, 30));
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 31);
    let state = l.app.state();
    let angry: QuestionId = "situational-very-angry-customer".into();
    assert!(
        state.plan.question(&angry).is_some(),
        "brought into the session's plan"
    );
    let collaboration = state
        .plan
        .format
        .sections
        .iter()
        .find(|s| s.id.as_str() == "collaboration")
        .unwrap();
    assert!(
        collaboration.questions.contains(&angry),
        "into the section shown"
    );
    assert_eq!(
        state.current_question,
        Some((angry, None)),
        "and it is shown"
    );
}

#[test]
fn the_search_finds_chinese_text_and_says_when_nothing_matches() {
    let mut l = with_bank(live("screen-20", Lang::Zh, None, Lang::Zh), &[Lang::Zh]);
    ctrl(&mut l.app, 'f', 5);
    type_text(&mut l.app, "客户", 5);
    ctrl(&mut l.app, 'q', 5); // Ctrl-Q is not q: the query stays as typed
    assert_eq!(search(&l.app).query.text(), "客户");
    assert!(!search(&l.app).results.is_empty());
    type_text(&mut l.app, "qqqqzzzz", 6);
    assert!(search(&l.app).results.is_empty());
    assert!(screen(&l.app, 80, 24, 6).contains("没有匹配的问题"));
    key(&mut l.app, KeyCode::Esc, KeyModifiers::NONE, 7);
    assert_eq!(mode(&l.app), None);
}

#[test]
fn the_terminal_cursor_sits_in_the_field_being_typed_for_input_methods() {
    let mut l = with_bank(live("screen-20", Lang::Zh, None, Lang::Zh), &[Lang::Zh]);
    // The cursor the frame asks for, and the column just after the last 户 drawn on its row.
    let cursor = |l: &Live| {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let mut drawn = None;
        terminal
            .draw(|f| {
                let app = &l.app;
                let d = view::render(
                    f,
                    &app.ui,
                    app.state(),
                    &app.cache,
                    at(5),
                    view::Canvas::Blank,
                );
                drawn = d.cursor;
            })
            .unwrap();
        let buffer = terminal.backend().buffer().clone();
        let after = drawn.and_then(|p| {
            (0..80u16)
                .rev()
                .find(|&x| buffer[(x, p.y)].symbol() == "户")
                .map(|x| x + 2)
        });
        (drawn, after)
    };
    let (note, _) = cursor(&l);
    assert_eq!(note.map(|p| p.y), Some(21), "on the note line at first");
    ctrl(&mut l.app, 'f', 5);
    type_text(&mut l.app, "客户", 5);
    let (Some(at), after) = cursor(&l) else {
        panic!("no cursor while searching");
    };
    assert!(at.y < 20, "above the note line: {at:?}");
    assert_eq!(Some(at.x), after, "right after the query typed");
}
