//! The chronological deep-dive: roles, their questions, their time.

use super::*;
use crate::tui::app::mode::Purpose;

fn adding_a_role(app: &App<Memory>) -> bool {
    matches!(mode(app), Some(Mode::Form(f)) if f.purpose == Purpose::AddRole)
}

fn add_role(app: &mut App<Memory>, fields: [&str; 5], now: i64) {
    key(app, KeyCode::F(7), KeyModifiers::NONE, now);
    assert!(adding_a_role(app));
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            key(app, KeyCode::Tab, KeyModifiers::NONE, now);
        }
        type_text(app, f, now);
    }
    key(app, KeyCode::Enter, KeyModifiers::NONE, now);
}

#[test]
fn three_roles_each_get_the_four_questions_and_a_share_of_the_time() {
    let mut l = live("deep-120", Lang::En, None, Lang::En);
    ctrl(&mut l.app, 'n', 300);
    add_role(
        &mut l.app,
        ["Telenor", "Customer agent", "2016", "2018", "Kari Berg"],
        320,
    );
    add_role(
        &mut l.app,
        ["Elkjøp", "Team lead", "2018", "2021", "Per Lund"],
        400,
    );
    add_role(
        &mut l.app,
        ["DNB", "Senior agent", "2021", "now", "Anne Vik"],
        500,
    );
    assert_eq!(mode(&l.app), None);
    let state = l.app.state();
    assert_eq!(state.roles.len(), 3);
    let dnb = state.roles[2].id;
    assert_eq!(
        l.app.ui.stops[l.app.ui.at].role,
        Some(dnb),
        "a new role is where the interview goes"
    );
    assert_eq!(
        state.current_question,
        Some(("deep-dive-hired-to-do".into(), Some(dnb))),
        "its first question is shown"
    );
    type_text(&mut l.app, "Ran the night queue alone", 530);
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 540);
    assert_eq!(
        l.app.state().notes[0].anchor.role,
        Some(dnb),
        "notes belong to the role shown"
    );
    key(&mut l.app, KeyCode::F(8), KeyModifiers::NONE, 550);
    type_text(&mut l.app, "Led her through the outage", 550);
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 551);
    let reason = l.app.state().roles[2].details.call_reference.clone();
    assert_eq!(reason.as_deref(), Some("Led her through the outage"));
    insta::assert_snapshot!(
        "deep_dive_three_roles_en_120x40",
        screen(&l.app, 120, 40, 600)
    );
    insta::assert_snapshot!(
        "deep_dive_three_roles_en_80x24",
        screen(&l.app, 80, 24, 600)
    );
}

#[test]
fn a_role_needs_an_employer_and_the_deep_dive_says_how_to_add_one() {
    let mut l = live("deep-120", Lang::Zh, None, Lang::Zh);
    ctrl(&mut l.app, 'n', 10);
    assert!(
        screen(&l.app, 120, 40, 10).contains("F7"),
        "the deep-dive says how to add a role"
    );
    key(&mut l.app, KeyCode::F(7), KeyModifiers::NONE, 20);
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 20);
    assert!(adding_a_role(&l.app), "no role without an employer");
    insta::assert_snapshot!("deep_dive_add_role_zh_80x24", screen(&l.app, 80, 24, 20));
    key(&mut l.app, KeyCode::Esc, KeyModifiers::NONE, 21);
    assert!(l.app.state().roles.is_empty());
}

#[test]
fn roles_taken_from_the_cv_during_the_opening_wait_on_the_agenda() {
    let mut l = live("deep-120", Lang::En, None, Lang::En);
    let opening = l.app.state().current_section().cloned();
    let events = l.app.state().event_count;
    add_role(
        &mut l.app,
        ["Telenor", "Customer agent", "2016", "2018", "Kari Berg"],
        60,
    );
    add_role(&mut l.app, ["DNB", "Senior agent", "2021", "now", ""], 70);
    let state = l.app.state();
    assert_eq!(state.roles.len(), 2);
    assert_eq!(state.event_count, events + 2, "two roles, nothing else");
    assert!(
        state.questions.values().all(|p| !p.asked),
        "adding roles marks nothing asked"
    );
    assert_eq!(
        state.current_section(),
        opening.as_ref(),
        "still in the opening"
    );
    assert_eq!(l.app.ui.at, 0, "still on the opening's stop");
    // Reaching the deep-dive goes to the first role's first question.
    ctrl(&mut l.app, 'n', 120);
    let stop = &l.app.ui.stops[l.app.ui.at];
    assert_eq!(stop.role, Some(l.app.state().roles[0].id));
}
