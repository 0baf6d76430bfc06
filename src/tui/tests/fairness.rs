//! The fairness guard on the live screen: a quiet marker while a note mentions a protected
//! characteristic, never a block; and a mark on the saved note.

use super::*;

#[test]
fn a_note_about_age_is_marked_while_typed_and_saved_all_the_same() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    type_text(&mut l.app, "Seems too old for a fast-paced team", 30);
    assert_eq!(
        l.app.ui.editor.review,
        [crate::text::fairness::Category::Age]
    );
    let typing = screen(&l.app, 80, 24, 31);
    insta::assert_snapshot!("fairness_marker_en_80x24", typing);
    assert!(typing.contains("⚑ review: age"), "{typing}");
    press(&mut l.app, KeyCode::Enter, 32);
    assert_eq!(
        l.app.state().notes.last().map(|n| n.text.as_str()),
        Some("Seems too old for a fast-paced team"),
        "the marker never blocks"
    );
    assert!(
        l.app.ui.editor.review.is_empty(),
        "the note line is clear again"
    );
    let saved = screen(&l.app, 120, 40, 33);
    assert!(saved.contains("fast-paced team ⚑"), "{saved}");
    assert!(!saved.contains("review: age"), "{saved}");
}

#[test]
fn chinese_notes_are_marked_and_an_old_customer_is_not() {
    let mut l = live("screen-20", Lang::Zh, None, Lang::Zh);
    type_text(&mut l.app, "处理过老客户的投诉", 30);
    assert!(l.app.ui.editor.review.is_empty());
    for _ in 0.."处理过老客户的投诉".chars().count() {
        press(&mut l.app, KeyCode::Backspace, 31);
    }
    type_text(&mut l.app, "她说自己怀孕了", 32);
    assert_eq!(
        l.app.ui.editor.review,
        [crate::text::fairness::Category::PregnancyFamily]
    );
    let rows = rows(&l.app, 80, 24, 33);
    assert!(
        rows.iter().any(|r| r.contains("⚑ 请复核：怀孕与家庭计划")),
        "{rows:#?}"
    );
}
