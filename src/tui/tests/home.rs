//! The home screen: the list, the form, and letters as commands.

use super::*;
use crate::tui::home::{Home, HomeChoice, NewInterview, PlanOption, SessionRow};

/// A home screen in `ui` listing `rows` interviews, with two plans.
pub(super) fn home(ui: Lang, rows: usize) -> Home {
    let rows = (0..rows)
        .map(|i| SessionRow {
            id: SessionId(Uuid::from_u128(i as u128 + 1)),
            candidate: ["Kari Nordmann", "王小明", "Jānis Bērziņš"][i % 3].into(),
            role: "Customer service agent".into(),
            format: "screen-20".into(),
            created: format!("2026-11-2{} 10:00", i % 3),
            elapsed_ms: 754_000,
            ended: i % 2 == 1,
            plan: "customer-service-agent".into(),
            reference: false,
        })
        .collect();
    let plans = vec![
        PlanOption {
            id: "customer-service-agent".into(),
            role: "Customer service agent".into(),
            formats: vec![
                ("screen-20".into(), "Quick interview (20 min)".into()),
                ("deep-120".into(), "Deep interview (2 hours, panel)".into()),
            ],
        },
        PlanOption {
            id: "team-lead".into(),
            role: "Team lead".into(),
            formats: vec![("reference-10".into(), "Reference call".into())],
        },
    ];
    Home::new(
        rows,
        plans,
        "ann".into(),
        Catalog::new(ui),
        Theme::new(false),
    )
}

pub(super) fn press(h: &mut Home, code: KeyCode) {
    h.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

pub(super) fn draw(h: &Home, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view::home::render(f, h)).unwrap();
    format!("{}", terminal.backend())
}

#[test]
fn home_lists_interviews_and_opens_the_form() {
    let mut h = home(Lang::En, 3);
    insta::assert_snapshot!("home_en_80x24", draw(&h, 80, 24));
    press(&mut h, KeyCode::Down);
    press(&mut h, KeyCode::Enter);
    assert_eq!(
        h.choice,
        Some(HomeChoice::Resume(SessionId(Uuid::from_u128(2))))
    );
    let mut zh = home(Lang::Zh, 3);
    press(&mut zh, KeyCode::Char('n'));
    for c in "王小明".chars() {
        press(&mut zh, KeyCode::Char(c));
    }
    insta::assert_snapshot!("home_form_zh_120x40", draw(&zh, 120, 40));
}

#[test]
fn the_form_needs_a_candidate_and_then_starts_what_was_chosen() {
    let mut h = home(Lang::Nb, 0);
    assert!(draw(&h, 80, 24).contains("Ingen intervjuer ennå"));
    press(&mut h, KeyCode::Char('n'));
    press(&mut h, KeyCode::Enter);
    assert!(h.choice.is_none(), "no interview without a candidate");
    assert!(draw(&h, 80, 24).contains("Skriv inn kandidatens navn først"));
    for c in "Åse".chars() {
        press(&mut h, KeyCode::Char(c));
    }
    press(&mut h, KeyCode::Tab);
    press(&mut h, KeyCode::Right); // team lead
    assert!(
        draw(&h, 80, 24).contains("‹ Reference call ›"),
        "its own formats"
    );
    press(&mut h, KeyCode::Left); // back to customer service, at its first format
    press(&mut h, KeyCode::Tab);
    press(&mut h, KeyCode::Right); // deep-120
    press(&mut h, KeyCode::Tab); // question language: nb (the UI's)
    press(&mut h, KeyCode::Tab);
    press(&mut h, KeyCode::Right); // also: English
    press(&mut h, KeyCode::Enter);
    assert_eq!(
        h.choice,
        Some(HomeChoice::New(NewInterview {
            candidate: "Åse".into(),
            plan: "customer-service-agent".into(),
            format: "deep-120".into(),
            lang: Lang::Nb,
            also: Some(Lang::En),
            panelist: "ann".into(),
        }))
    );
}

#[test]
fn letters_are_commands_on_the_list_but_text_in_the_form() {
    let mut h = home(Lang::En, 1);
    press(&mut h, KeyCode::Char('n'));
    for c in "dq".chars() {
        press(&mut h, KeyCode::Char(c));
    }
    assert!(h.choice.is_none(), "d and q typed into the name");
    press(&mut h, KeyCode::Esc);
    press(&mut h, KeyCode::Char('d'));
    assert_eq!(h.choice, Some(HomeChoice::Demo));
}

/// A store in memory that records what it was asked to delete.
struct Deletions(std::rc::Rc<std::cell::RefCell<Vec<SessionId>>>);

impl crate::tui::home::Deleter for Deletions {
    fn listing(&self, id: SessionId) -> Vec<String> {
        vec![
            format!("  session {id} — created 2026-11-20"),
            format!("    /home/ann/.local/share/rapport/sessions/{id}/a1b2c3d4-0.jsonl"),
        ]
    }

    fn delete(&self, id: SessionId) -> Result<(), String> {
        self.0.borrow_mut().push(id);
        Ok(())
    }
}

#[test]
fn del_lists_what_goes_and_only_a_second_del_deletes() {
    let deleted = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let mut h = home(Lang::En, 3).with_deleter(Box::new(Deletions(deleted.clone())));
    let second = h.rows[1].id;
    press(&mut h, KeyCode::Down);
    press(&mut h, KeyCode::Delete);
    assert!(h.deleting.is_some(), "Del asks first");
    let asking = draw(&h, 100, 24);
    insta::assert_snapshot!("home_delete_en_100x24", asking);
    assert!(
        asking.contains("Delete the interview with 王小明?"),
        "{asking}"
    );
    assert!(
        asking.contains("a1b2c3d4-0"),
        "it lists the files, wrapped whole: {asking}"
    );
    // Nothing but Del deletes: not letters, not Enter.
    for c in "ynqd jJ".chars() {
        press(&mut h, KeyCode::Char(c));
    }
    press(&mut h, KeyCode::Enter);
    assert!(deleted.borrow().is_empty(), "typing deleted nothing");
    assert!(h.choice.is_none(), "and chose nothing");
    assert!(h.deleting.is_some(), "the question stays");
    press(&mut h, KeyCode::Esc);
    assert!(
        h.deleting.is_none() && deleted.borrow().is_empty(),
        "Esc keeps it"
    );
    press(&mut h, KeyCode::Delete);
    press(&mut h, KeyCode::Delete);
    assert_eq!(*deleted.borrow(), [second]);
    assert_eq!(h.rows.len(), 2);
    assert!(h.rows.iter().all(|r| r.id != second));
    assert!(draw(&h, 100, 24).contains("Deleted the interview with 王小明."));
}
