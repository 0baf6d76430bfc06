//! The deep interview in progress: Jonas, thirty-five minutes in, held by this machine's
//! panelist and Kim. Three roles of his career are in the deep-dive, one manager marked for a
//! reference call; Kim has scored and submitted, so until you submit your own scores his are
//! counts, and after it the debrief shows where you disagree.

use super::script::{Script, at};
use crate::cli::Context;
use crate::cli::new::{NewSession, start_at};
use crate::content::DEFAULT_PLAN;
use crate::i18n::Catalog;
use crate::model::{EventKind, Lang, Level, NoteKind, Recommendation, RoleDetails};
use crate::store::OpenSession;

/// Creates the deep interview in progress; returns it open, and this machine's panelist.
pub fn panel(ctx: &Context) -> anyhow::Result<(OpenSession, String)> {
    let ui = Catalog::new(ctx.ui_lang);
    let t0 = (ctx.now)() - at(35, 0);
    let kim = ui.t("demo2-panelist");
    let request = NewSession {
        candidate: ui.t("demo2-candidate"),
        plan: DEFAULT_PLAN.to_owned(),
        format: Some("deep-120".to_owned()),
        role: None,
        lang: ctx.ui_lang,
        also: (ctx.ui_lang != Lang::En).then_some(Lang::En),
        panelist: "demo".to_owned(),
        panel: vec![kim.clone()],
        candidate_of: None,
        reference: None,
    };
    let (mut session, me) = start_at(ctx, request, t0)?;
    let plan = session.state().plan.format.clone();
    let deep_dive = (0..plan.sections.len())
        .find(|&i| crate::model::agenda::is_deep_dive(&session.state().plan, i))
        .unwrap_or(1);
    let question = |q: usize| plan.sections[deep_dive].questions[q].clone();
    let role =
        |employer: &str, n: u8, from: &str, to: &str, reference: bool| EventKind::RoleAdded {
            details: RoleDetails {
                employer: employer.to_owned(),
                title: ui.t(&format!("demo2-title-{n}")),
                from: Some(from.to_owned()),
                to: (!to.is_empty()).then(|| to.to_owned()),
                manager: Some(ui.t(&format!("demo2-manager-{n}"))),
                call_reference: reference.then(|| ui.t("demo2-reference")),
            },
        };
    let text = |n: u8| ui.t(&format!("demo2-note-{n}"));
    let mut s = Script {
        session: &mut session,
        t0,
    };
    s.record(
        &me,
        at(4, 30),
        vec![EventKind::SectionEntered {
            section: plan.sections[deep_dive].id.clone(),
        }],
    )?;
    let roles = s.record(
        &me,
        at(4, 40),
        vec![
            role("Nordic Telecom", 1, "2016", "2019", false),
            role("CityBank", 2, "2019", "2022", true),
            role("ShopNow", 3, "2022", "", false),
        ],
    )?;
    let roles: Vec<_> = roles.into_iter().map(Some).collect();
    let asked = |q: usize, r: usize| EventKind::QuestionAsked {
        question: question(q),
        role: roles[r],
    };
    // The first role: why he was hired, what he achieved.
    s.record(&me, at(5, 0), vec![asked(0, 0)])?;
    let (q0, q1, q2) = (question(0), question(1), question(2));
    let hired = s.note(NoteKind::Note, text(1), at(5, 40), Some((&q0, roles[0])));
    s.record(&me, at(6, 0), vec![hired])?;
    s.record(&me, at(9, 0), vec![asked(1, 0)])?;
    // The second: the backlog he cleared, his manager's trust, the quality checklist.
    s.record(&me, at(14, 0), vec![asked(0, 1), asked(1, 1)])?;
    let backlog = s.note(
        NoteKind::GreenFlag,
        text(2),
        at(15, 10),
        Some((&q1, roles[1])),
    );
    s.record(&kim, at(15, 30), vec![backlog])?;
    let trust = s.note(NoteKind::Quote, text(3), at(17, 0), Some((&q1, roles[1])));
    s.record(&me, at(17, 20), vec![trust])?;
    s.record(
        &me,
        at(19, 0),
        vec![EventKind::QuestionAnswered {
            question: question(1),
            role: roles[1],
            summary: ui.t("demo2-answer-1"),
        }],
    )?;
    // The third, under way: why he moved, how he works with the team.
    s.record(&me, at(26, 0), vec![asked(0, 2)])?;
    let moved = s.note(NoteKind::Note, text(4), at(27, 0), Some((&q0, roles[2])));
    s.record(&kim, at(27, 20), vec![moved])?;
    let we = s.note(
        NoteKind::GreenFlag,
        text(5),
        at(30, 0),
        Some((&q0, roles[2])),
    );
    s.record(&me, at(30, 10), vec![we])?;
    s.record(&me, at(32, 0), vec![asked(2, 2)])?;
    let unclear = s.note(NoteKind::RedFlag, text(6), at(33, 0), Some((&q2, roles[2])));
    s.record(&kim, at(33, 30), vec![unclear])?;
    // Scores so far: yours and Kim's, two apart on listening; Kim has submitted.
    let level = |n: u8| Level::try_from(n).ok();
    let score = |criterion: &str, n: u8| EventKind::ScoreSet {
        criterion: criterion.into(),
        level: level(n),
        evidence: Vec::new(),
    };
    // Yours last, just now: the interview is live, not back from a crash.
    s.record(
        &me,
        at(35, 0),
        vec![
            score("listening", 3),
            score("communication", 3),
            score("ownership", 4),
            EventKind::RecommendationSet {
                recommendation: Recommendation::Yes,
                rationale: String::new(),
            },
        ],
    )?;
    s.record(
        &kim,
        at(34, 30),
        vec![
            score("listening", 1),
            score("communication", 3),
            score("ownership", 3),
            EventKind::RecommendationSet {
                recommendation: Recommendation::No,
                rationale: String::new(),
            },
            EventKind::PanelistSubmitted,
        ],
    )?;
    Ok((session, me))
}
