//! Where the interview can be: every planned question, in order; sections without questions
//! as a stop of their own; and in the chronological deep-dive, the four questions once per
//! role of the candidate's career.

use super::{Category, PlanSnapshot, QuestionId, RoleId, SessionState, Timestamp};

/// One place on the agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stop {
    /// Index of the section in the format.
    pub section: usize,
    /// The question, if the section has any.
    pub question: Option<QuestionId>,
    /// The deep-dive role the question is asked about.
    pub role: Option<RoleId>,
}

/// Whether section `i` is the chronological deep-dive: its questions are all deep-dive ones.
pub fn is_deep_dive(plan: &PlanSnapshot, i: usize) -> bool {
    let questions = &plan.format.sections[i].questions;
    !questions.is_empty()
        && questions.iter().all(|q| {
            plan.question(q)
                .is_some_and(|q| q.category == Category::DeepDive)
        })
}

/// Every stop of a session, in order.
pub fn stops(state: &SessionState) -> Vec<Stop> {
    let plan = &state.plan;
    let mut stops = Vec::new();
    for (i, section) in plan.format.sections.iter().enumerate() {
        if section.questions.is_empty() {
            stops.push(Stop {
                section: i,
                question: None,
                role: None,
            });
        }
        let roles: Vec<Option<RoleId>> = if is_deep_dive(plan, i) && !state.roles.is_empty() {
            state.roles.iter().map(|r| Some(r.id)).collect()
        } else {
            vec![None]
        };
        for role in roles {
            for q in &section.questions {
                stops.push(Stop {
                    section: i,
                    question: Some(q.clone()),
                    role,
                });
            }
        }
    }
    stops
}

/// The stop to show when a session opens: the question asked last (for its role), else the
/// first stop of the current section, else the very first.
pub fn resume_at(stops: &[Stop], state: &SessionState) -> usize {
    let by_question = state.current_question.as_ref().and_then(|(q, role)| {
        stops
            .iter()
            .position(|s| s.question.as_ref() == Some(q) && s.role == *role)
    });
    let by_section = state
        .current_section()
        .and_then(|id| state.plan.format.section_index(id))
        .and_then(|i| stops.iter().position(|s| s.section == i));
    by_question.or(by_section).unwrap_or(0)
}

/// The first stop of the section after the one at `at`, if there is one.
pub fn next_section(stops: &[Stop], at: usize) -> Option<usize> {
    let section = stops.get(at)?.section;
    stops.iter().position(|s| s.section > section)
}

/// The deep-dive time left, spread over the roles whose four questions are not all asked:
/// milliseconds per role, if there is a deep-dive with roles still to cover.
pub fn time_per_role(state: &SessionState, now: Timestamp) -> Option<u64> {
    let plan = &state.plan;
    let i = (0..plan.format.sections.len()).find(|&i| is_deep_dive(plan, i))?;
    let section = &plan.format.sections[i];
    let open = state
        .roles
        .iter()
        .filter(|r| {
            !section.questions.iter().all(|q| {
                state
                    .question_progress(q, Some(r.id))
                    .is_some_and(|p| p.asked)
            })
        })
        .count() as u64;
    let spent = state.clock.section_spent(&plan.format, now)[i].1;
    let left = (u64::from(section.budget_s) * 1000).saturating_sub(spent);
    (open > 0).then(|| left / open)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::arbitrary::{created, event};
    use crate::model::{EventKind, RoleDetails, fold};

    #[test]
    fn sections_with_and_without_questions_become_stops() {
        let mut state = fold(&[created()]).unwrap();
        state.plan.format.sections[0].questions.clear();
        let s = stops(&state);
        assert_eq!(s.len(), 2);
        assert_eq!(
            s[0],
            Stop {
                section: 0,
                question: None,
                role: None
            }
        );
        assert_eq!(next_section(&s, 0), Some(1));
        assert_eq!(next_section(&s, 1), None);
    }

    #[test]
    fn a_session_resumes_at_its_last_question_or_section() {
        let base = fold(&[created()]).unwrap();
        assert_eq!(resume_at(&stops(&base), &base), 0);
        let state = fold(&[
            created(),
            event(
                1,
                1,
                EventKind::SectionEntered {
                    section: "two".into(),
                },
            ),
        ])
        .unwrap();
        assert_eq!(resume_at(&stops(&state), &state), 1);
    }

    #[test]
    fn the_deep_dive_repeats_its_questions_for_every_role_and_spreads_its_time() {
        let mut events = vec![created()];
        let EventKind::SessionCreated(c) = &mut events[0].kind else {
            unreachable!()
        };
        for q in &mut c.plan.questions {
            q.category = Category::DeepDive;
        }
        let role = |n, employer: &str| {
            let details = RoleDetails {
                employer: employer.into(),
                title: "Agent".into(),
                ..RoleDetails::default()
            };
            event(n, n as i64, EventKind::RoleAdded { details })
        };
        events.push(event(1, 0, EventKind::ClockStarted));
        events.push(event(
            2,
            0,
            EventKind::SectionEntered {
                section: "one".into(),
            },
        ));
        events.extend([role(3, "Telenor"), role(4, "Elkjøp"), role(5, "DNB")]);
        let state = fold(&events).unwrap();
        let s = stops(&state);
        let in_one: Vec<_> = s.iter().filter(|s| s.section == 0).collect();
        assert_eq!(in_one.len(), 3, "one question, three roles");
        assert!(in_one.iter().all(|s| s.role.is_some()));
        // 5 minutes, 1 spent, 3 roles to cover: 80 s each.
        assert_eq!(
            time_per_role(&state, crate::model::arbitrary::at(60)),
            Some(80_000)
        );
    }
}
