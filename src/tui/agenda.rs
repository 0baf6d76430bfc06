//! Where the interview can be: every planned question, in order, and sections without
//! questions as a stop of their own.

use crate::model::{PlanSnapshot, QuestionId, SectionId};

/// One place on the agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stop {
    /// Index of the section in the format.
    pub section: usize,
    /// The question, if the section has any.
    pub question: Option<QuestionId>,
}

/// Every stop of a plan, in order.
pub fn stops(plan: &PlanSnapshot) -> Vec<Stop> {
    let mut stops = Vec::new();
    for (i, section) in plan.format.sections.iter().enumerate() {
        if section.questions.is_empty() {
            stops.push(Stop {
                section: i,
                question: None,
            });
        }
        for q in &section.questions {
            stops.push(Stop {
                section: i,
                question: Some(q.clone()),
            });
        }
    }
    stops
}

/// The stop to show when a session opens: the question asked last, else the first stop of
/// the current section, else the very first.
pub fn resume_at(
    stops: &[Stop],
    plan: &PlanSnapshot,
    current_section: Option<&SectionId>,
    current_question: Option<&QuestionId>,
) -> usize {
    let by_question =
        current_question.and_then(|q| stops.iter().position(|s| s.question.as_ref() == Some(q)));
    let by_section = current_section
        .and_then(|id| plan.format.section_index(id))
        .and_then(|i| stops.iter().position(|s| s.section == i));
    by_question.or(by_section).unwrap_or(0)
}

/// The first stop of the section after the one at `at`, if there is one.
pub fn next_section(stops: &[Stop], at: usize) -> Option<usize> {
    let section = stops.get(at)?.section;
    stops.iter().position(|s| s.section > section)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::arbitrary::plan;

    #[test]
    fn sections_with_and_without_questions_become_stops() {
        let mut p = plan();
        p.format.sections[0].questions.clear();
        let s = stops(&p);
        assert_eq!(
            s,
            vec![
                Stop {
                    section: 0,
                    question: None
                },
                Stop {
                    section: 1,
                    question: Some("q2".into())
                },
            ]
        );
        assert_eq!(next_section(&s, 0), Some(1));
        assert_eq!(next_section(&s, 1), None);
    }

    #[test]
    fn a_session_resumes_at_its_last_question_or_section() {
        let p = plan();
        let s = stops(&p);
        assert_eq!(resume_at(&s, &p, None, None), 0);
        assert_eq!(resume_at(&s, &p, Some(&"two".into()), None), 1);
        assert_eq!(
            resume_at(&s, &p, Some(&"one".into()), Some(&"q2".into())),
            1
        );
    }
}
