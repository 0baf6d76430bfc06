//! The home screen's view of a plan (candidates side by side, calibration) and its "call a
//! referee" popup.

use super::home::{draw, home, press};
use super::*;
use crate::export::Labels;
use crate::export::calibration::CalibrationTables;
use crate::export::compare::CompareTable;
use crate::model::calibration::Calibration;
use crate::model::compare::{Comparison, Row};
use crate::model::references::Consistency;
use crate::model::{Recommendation, SelfAwareness};
use crate::tui::home::{Home, HomeChoice, Insight, MarkedReferee, PlanInsight, Tab};

/// A candidate's row: `levels` on listening and empathy, `calls` reference calls.
fn row(candidate: &str, n: u128, levels: [Option<f64>; 2], calls: usize) -> Row {
    let weighted = match levels {
        [Some(a), Some(b)] => Some((a + b) / 2.0),
        [Some(a), None] | [None, Some(a)] => Some(a),
        [None, None] => None,
    };
    Row {
        candidate: candidate.into(),
        sessions: vec![SessionId(Uuid::from_u128(n))],
        dates: vec![at(n as i64 * 86_400)],
        levels: levels.to_vec(),
        weighted,
        coverage: levels.iter().flatten().count() as f64 / 2.0,
        recommendations: vec![Recommendation::Yes, Recommendation::No],
        consensus: None,
        flags: (n as usize % 2, 2),
        self_awareness: SelfAwareness::Credible,
        open: 0,
        reference_calls: calls,
        consistency: if calls > 0 {
            Consistency::Consistent
        } else {
            Consistency::NotYet
        },
    }
}

/// Three candidates of the customer-service plan, and a panel that has not calibrated yet.
struct Plans(Lang);

impl Insight for Plans {
    fn plan(&self, plan: &str) -> Result<PlanInsight, String> {
        let ui = Catalog::new(self.0);
        let labels = Labels::new(Catalog::new(self.0), at(0));
        let comparison = Comparison {
            criteria: vec![("listening".into(), 3), ("empathy".into(), 3)],
            rows: vec![
                row("Kari Nordmann", 1, [Some(3.5), Some(3.0)], 2),
                row("王小明", 2, [Some(4.0), Some(2.0)], 0),
                row("Jānis Bērziņš", 3, [Some(2.0), None], 1),
            ],
            best: vec![Some(4.0), Some(3.0)],
        };
        let names = ["Listening".to_owned(), "Empathy".to_owned()];
        Ok(PlanInsight {
            role: format!("{plan} (role)"),
            compare: CompareTable::of(&comparison, &names, &labels),
            compare_none: ui.t("compare-none"),
            calibration: CalibrationTables::of(&Calibration::of(&[]), &[], &ui),
        })
    }

    fn referees(&self, id: SessionId) -> Result<Vec<MarkedReferee>, String> {
        Ok(if id == SessionId(Uuid::from_u128(1)) {
            vec![
                MarkedReferee {
                    name: "Lars Moe".into(),
                    place: "CityBank · Agent".into(),
                    why: "Led the backlog project".into(),
                },
                MarkedReferee {
                    name: "Eva Strand".into(),
                    place: "Telenor · Team lead".into(),
                    why: String::new(),
                },
            ]
        } else {
            Vec::new()
        })
    }
}

fn candidates(h: &Home) -> Vec<String> {
    let view = h.view.as_ref().expect("the plan's view is open");
    let table = view.table().expect("it could be read");
    table.rows.iter().map(|r| r.cells[1].text.clone()).collect()
}

#[test]
fn c_compares_the_plans_candidates_sorted_by_any_column() {
    let mut h = home(Lang::En, 3).with_insight(Box::new(Plans(Lang::En)));
    press(&mut h, KeyCode::Char('c'));
    assert_eq!(candidates(&h), ["Kari Nordmann", "王小明", "Jānis Bērziņš"]);
    let wide = draw(&h, 120, 40);
    insta::assert_snapshot!("home_compare_en_120x40", wide);
    insta::assert_snapshot!("home_compare_en_80x24", draw(&h, 80, 24));
    // → to coverage, then to listening: the highest first.
    press(&mut h, KeyCode::Right);
    press(&mut h, KeyCode::Right);
    assert_eq!(candidates(&h), ["王小明", "Kari Nordmann", "Jānis Bērziņš"]);
    assert!(draw(&h, 120, 40).contains("Sorted by Listening ↓"));
    press(&mut h, KeyCode::Char('r'));
    assert_eq!(candidates(&h), ["Jānis Bērziņš", "Kari Nordmann", "王小明"]);
    // Back to the candidate's name: from A.
    for _ in 0..3 {
        press(&mut h, KeyCode::Left);
    }
    assert_eq!(candidates(&h), ["Jānis Bērziņš", "Kari Nordmann", "王小明"]);
    // Enter opens the selected candidate's latest interview.
    press(&mut h, KeyCode::Down);
    press(&mut h, KeyCode::Enter);
    assert_eq!(
        h.choice,
        Some(HomeChoice::Resume(SessionId(Uuid::from_u128(1))))
    );
}

#[test]
fn tab_shows_the_calibration_and_esc_goes_back_to_the_list() {
    let mut h = home(Lang::Zh, 3).with_insight(Box::new(Plans(Lang::Zh)));
    press(&mut h, KeyCode::Char('c'));
    insta::assert_snapshot!("home_compare_zh_80x24", draw(&h, 80, 24));
    press(&mut h, KeyCode::Tab);
    assert_eq!(h.view.as_ref().map(|v| v.tab), Some(Tab::Calibration));
    let shown = draw(&h, 80, 24);
    assert!(shown.contains("计入的面试"), "{shown}");
    press(&mut h, KeyCode::Esc);
    assert!(h.view.is_none());
    assert!(draw(&h, 80, 24).contains("王小明"));
}

#[test]
fn f8_sets_up_a_reference_call_and_typing_there_only_records_consent() {
    let mut h = home(Lang::En, 3).with_insight(Box::new(Plans(Lang::En)));
    press(&mut h, KeyCode::F(8));
    let calling = h.calling.as_ref().expect("the popup is open");
    assert_eq!(calling.referees.len(), 2);
    insta::assert_snapshot!("home_calling_en_80x24", draw(&h, 80, 24));
    press(&mut h, KeyCode::Enter);
    assert!(h.choice.is_none(), "no call without consent");
    assert!(draw(&h, 80, 24).contains("Record the candidate's consent first"));
    press(&mut h, KeyCode::Down);
    let sentence = "Agreed at the end; c d q n r p j k, call after 4 pm!";
    for c in sentence.chars() {
        press(&mut h, KeyCode::Char(c));
    }
    assert!(h.choice.is_none(), "typing chose nothing");
    assert!(h.view.is_none() && h.form.is_none() && h.deleting.is_none());
    let calling = h.calling.as_ref().expect("the popup stays");
    assert_eq!(calling.consent.text(), sentence);
    assert_eq!(calling.selected, 1, "letters moved no selection");
    press(&mut h, KeyCode::Enter);
    assert_eq!(
        h.choice,
        Some(HomeChoice::Reference(crate::tui::ReferenceCallChoice {
            session: SessionId(Uuid::from_u128(1)),
            manager: "Eva Strand".into(),
            consent: sentence.into(),
        }))
    );
}

#[test]
fn f8_says_why_when_there_is_no_one_to_call() {
    let mut h = home(Lang::Nb, 3).with_insight(Box::new(Plans(Lang::Nb)));
    press(&mut h, KeyCode::Down);
    press(&mut h, KeyCode::F(8));
    assert!(h.calling.is_none());
    assert!(draw(&h, 100, 24).contains("Ingen leder er merket"));
    h.rows[2].reference = true;
    press(&mut h, KeyCode::Down);
    press(&mut h, KeyCode::F(8));
    assert!(draw(&h, 100, 24).contains("Dette er en referansesamtale"));
}
