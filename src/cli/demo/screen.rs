//! The finished quick screen: twenty minutes with Maja, scored with evidence, recommended,
//! submitted and ended.

use super::script::{Script, at};
use crate::cli::Context;
use crate::cli::new::{NewSession, start_at};
use crate::content::DEFAULT_PLAN;
use crate::i18n::Catalog;
use crate::model::{EventKind, Lang, Level, NoteKind, RatingSlot, Recommendation};
use crate::store::OpenSession;

/// Creates the finished quick screen in the UI language (English beneath when that is
/// another); returns it, and its panelist.
pub fn screen(ctx: &Context) -> anyhow::Result<(OpenSession, String)> {
    let ui = Catalog::new(ctx.ui_lang);
    // The session began twenty minutes ago: every event keeps its own moment.
    let t0 = (ctx.now)() - at(20, 0);
    let request = NewSession {
        candidate: ui.t("demo-candidate"),
        plan: DEFAULT_PLAN.to_owned(),
        format: Some("screen-20".to_owned()),
        role: None,
        lang: ctx.ui_lang,
        also: (ctx.ui_lang != Lang::En).then_some(Lang::En),
        panelist: "demo".to_owned(),
        panel: Vec::new(),
        candidate_of: None,
        reference: None,
    };
    let (mut session, me) = start_at(ctx, request, t0)?;
    let plan = session.state().plan.format.clone();
    let section = |i: usize| EventKind::SectionEntered {
        section: plan.sections[i].id.clone(),
    };
    let question = |s: usize, q: usize| plan.sections[s].questions[q].clone();
    let asked = |s: usize, q: usize| EventKind::QuestionAsked {
        question: question(s, q),
        role: None,
    };
    let answered = |s: usize, q: usize, n: u8| EventKind::QuestionAnswered {
        question: question(s, q),
        role: None,
        summary: ui.t(&format!("demo-answer-{n}")),
    };
    let text = |n: u8| ui.t(&format!("demo-note-{n}"));
    let mut s = Script {
        session: &mut session,
        t0,
    };
    s.record(&me, at(1, 40), vec![section(1), asked(1, 0)])?;
    let q = question(1, 0);
    let plain = s.note(NoteKind::Note, text(1), at(2, 10), Some((&q, None)));
    let plain = s.record(&me, at(2, 30), vec![plain])?;
    s.record(&me, at(3, 30), vec![answered(1, 0, 1), asked(1, 1)])?;
    let q = question(1, 1);
    let green = s.note(NoteKind::GreenFlag, text(2), at(4, 0), Some((&q, None)));
    let green = s.record(&me, at(4, 20), vec![green])?;
    let feedback = s.note(NoteKind::Feedback, text(6), at(5, 0), Some((&q, None)));
    s.record(&me, at(5, 10), vec![answered(1, 1, 2), feedback])?;
    s.record(&me, at(5, 30), vec![section(2), asked(2, 0)])?;
    let q = question(2, 0);
    let quote = s.note(NoteKind::Quote, text(3), at(6, 5), Some((&q, None)));
    let quote = s.record(&me, at(6, 15), vec![quote])?;
    let red = s.note(NoteKind::RedFlag, text(4), at(6, 30), Some((&q, None)));
    let check = s.note(
        NoteKind::CheckWithReference,
        text(5),
        at(6, 40),
        Some((&q, None)),
    );
    let red = s.record(&me, at(6, 56), vec![red, check])?;
    s.record(&me, at(8, 0), vec![answered(2, 0, 3), asked(2, 1)])?;
    let q = question(2, 1);
    let follow_up = s.note(NoteKind::FollowUp, text(7), at(9, 40), Some((&q, None)));
    s.record(&me, at(9, 50), vec![follow_up])?;
    s.record(&me, at(10, 30), vec![section(3), asked(3, 0)])?;
    let ratings = [
        (RatingSlot::Manager1, "demo-manager-1", 8),
        (RatingSlot::Manager2, "demo-manager-2", 9),
        (RatingSlot::Colleague1, "demo-colleague-1", 8),
        (RatingSlot::Colleague2, "demo-colleague-2", 7),
    ]
    .map(|(slot, name, rating)| EventKind::RatingPredicted {
        slot,
        name: Some(ui.t(name)),
        rating: crate::model::Rating::try_from(rating).ok(),
    });
    s.record(&me, at(12, 0), ratings.to_vec())?;
    s.record(&me, at(14, 0), vec![section(4)])?;
    s.record(&me, at(17, 30), vec![section(5)])?;
    s.record(&me, at(19, 30), vec![EventKind::SessionEnded])?;
    // Scored just after: a level and the notes that back it, per criterion.
    let level = |n: u8| Level::try_from(n).ok();
    let scores = [
        ("listening", level(3), quote.clone()),
        ("communication", level(4), [green.clone(), quote].concat()),
        ("empathy", level(3), Vec::new()),
        ("problem_solving", level(3), green),
        ("ownership", level(2), red),
        ("positivity", level(3), Vec::new()),
        ("teamwork", level(3), Vec::new()),
        ("motivation", level(4), plain),
        ("tools", None, Vec::new()),
    ];
    let mut scoring: Vec<EventKind> = scores
        .into_iter()
        .map(|(criterion, level, evidence)| EventKind::ScoreSet {
            criterion: criterion.into(),
            level,
            evidence: evidence.into_iter().take(2).collect(),
        })
        .collect();
    scoring.push(EventKind::RecommendationSet {
        recommendation: Recommendation::Yes,
        rationale: ui.t("demo-rationale"),
    });
    scoring.push(EventKind::PanelistSubmitted);
    s.record(&me, at(20, 0), scoring)?;
    Ok((session, me))
}
