//! The 1–10 rule's form and its classification.

use super::*;
use crate::model::{RatingSlot, SelfAwareness};
use crate::tui::ratings::RatingsForm;

fn form(app: &App<Memory>) -> &RatingsForm {
    match mode(app) {
        Some(Mode::Ratings(form)) => form,
        other => panic!("not the 1–10 form: {other:?}"),
    }
}

fn fill(app: &mut App<Memory>, entries: &[(&str, &str)], now: i64) {
    key(app, KeyCode::F(6), KeyModifiers::NONE, now);
    assert!(matches!(mode(app), Some(Mode::Ratings(_))));
    for (name, rating) in entries {
        type_text(app, name, now);
        key(app, KeyCode::Tab, KeyModifiers::NONE, now);
        type_text(app, rating, now);
        key(app, KeyCode::Tab, KeyModifiers::NONE, now);
    }
}

#[test]
fn ratings_are_classified_as_they_are_typed_and_saved_on_enter() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    fill(
        &mut l.app,
        &[("Anna", "8"), ("Bo", "9"), ("Cai", "9"), ("", "8")],
        400,
    );
    assert_eq!(form(&l.app).classification(), SelfAwareness::Credible);
    insta::assert_snapshot!("ratings_en_80x24", screen(&l.app, 80, 24, 400));
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 401);
    assert_eq!(mode(&l.app), None);
    let state = l.app.state();
    assert_eq!(state.self_awareness(), SelfAwareness::Credible);
    assert_eq!(
        state.ratings[&RatingSlot::Manager1].name.as_deref(),
        Some("Anna")
    );
    assert_eq!(state.ratings[&RatingSlot::Colleague2].name, None);
    let events = l.app.journal.events.len();
    key(&mut l.app, KeyCode::F(6), KeyModifiers::NONE, 402);
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 402);
    assert_eq!(
        l.app.journal.events.len(),
        events,
        "saving what is already saved adds nothing"
    );
}

#[test]
fn the_methods_examples_through_the_form() {
    for (ratings, class) in [
        (["10", "10", "10", "10"], SelfAwareness::LacksSelfAwareness),
        (["7", "6", "8", "9"], SelfAwareness::MayHaveOverstated),
        (["9", "10", "10", "10"], SelfAwareness::Mixed),
        (["8", "9", "7", ""], SelfAwareness::Credible),
        (["9", "9", "", ""], SelfAwareness::Incomplete),
        (["11", "0", "x", "9"], SelfAwareness::Incomplete),
    ] {
        let mut l = live("screen-20", Lang::En, None, Lang::En);
        let entries: Vec<(&str, &str)> = ratings.iter().map(|r| ("", *r)).collect();
        fill(&mut l.app, &entries, 10);
        assert_eq!(form(&l.app).classification(), class, "{ratings:?}");
    }
}

#[test]
fn esc_cancels_and_chinese_fits() {
    let mut l = live("screen-20", Lang::Zh, None, Lang::Zh);
    fill(
        &mut l.app,
        &[
            ("王经理", "10"),
            ("李经理", "10"),
            ("张三", "10"),
            ("赵四", "10"),
        ],
        10,
    );
    insta::assert_snapshot!("ratings_zh_80x24", screen(&l.app, 80, 24, 10));
    key(&mut l.app, KeyCode::Esc, KeyModifiers::NONE, 11);
    assert_eq!(mode(&l.app), None);
    assert!(l.app.state().ratings.is_empty(), "nothing saved");
}

#[test]
fn a_rating_that_is_not_one_to_ten_is_refused_and_says_so() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    fill(
        &mut l.app,
        &[("Anna", "11"), ("Bo", "7.5"), ("Cai", "0")],
        10,
    );
    let shown = screen(&l.app, 80, 24, 10);
    assert!(shown.contains("whole number from 1 to 10"), "{shown}");
    press(&mut l.app, KeyCode::Enter, 11);
    assert!(matches!(mode(&l.app), Some(Mode::Ratings(_))), "still open");
    assert!(l.app.state().ratings.is_empty(), "nothing saved");
    assert!(screen(&l.app, 80, 24, 11).contains("Nothing saved"));
}

#[test]
fn a_rating_typed_after_a_name_and_ctrl_letters_stay_out_of_the_fields() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    press(&mut l.app, KeyCode::F(6), 10);
    type_text(&mut l.app, "Anders Berg 8", 10);
    ctrl(&mut l.app, 'f', 10);
    ctrl(&mut l.app, 'n', 10);
    press(&mut l.app, KeyCode::Enter, 11);
    let saved = &l.app.state().ratings[&RatingSlot::Manager1];
    assert_eq!(saved.name.as_deref(), Some("Anders Berg"));
    assert_eq!(saved.rating.map(|r| r.get()), Some(8));
}

#[test]
fn in_a_reference_call_f6_records_the_referees_rating_and_typing_there_only_types() {
    use crate::tui::app::mode::{Form, Purpose};
    let mut l = super::reference_call(Lang::En);
    press(&mut l.app, KeyCode::F(6), 10);
    assert!(matches!(
        mode(&l.app),
        Some(Mode::Form(Form {
            purpose: Purpose::RefereeRating,
            ..
        }))
    ));
    insta::assert_snapshot!("referee_rating_en_80x24", screen(&l.app, 80, 24, 10));
    let events = l.app.journal.events.len();
    type_text(&mut l.app, "eight, I'd say — q", 11);
    assert_eq!(
        l.app.journal.events.len(),
        events,
        "typing recorded nothing"
    );
    assert!(l.app.state().notes.is_empty(), "and took no note");
    press(&mut l.app, KeyCode::Enter, 12);
    assert_eq!(l.app.state().referee_rating, None, "not a rating");
    assert!(screen(&l.app, 80, 24, 12).contains("Nothing saved"));
    for _ in 0.."eight, I'd say — q".chars().count() {
        press(&mut l.app, KeyCode::Backspace, 13);
    }
    type_text(&mut l.app, " 7 ", 13);
    press(&mut l.app, KeyCode::Enter, 14);
    assert_eq!(l.app.state().referee_rating.map(|r| r.get()), Some(7));
    assert_eq!(mode(&l.app), None, "the form closed");
    // F6 again shows it, and emptying the field clears it.
    press(&mut l.app, KeyCode::F(6), 20);
    press(&mut l.app, KeyCode::Backspace, 20);
    press(&mut l.app, KeyCode::Enter, 21);
    assert_eq!(l.app.state().referee_rating, None);
}
