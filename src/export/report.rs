//! What a human-readable export says about a session, worked out once and written out by each
//! format (Markdown, HTML, CSV): times, scores per criterion and panelist, flags, roles,
//! notes, and the feedback draft.

use super::redact::Redactor;
use crate::i18n::Catalog;
use crate::model::lang::pick;
use crate::model::{
    Criterion, CriterionId, Lang, Level, Localized, Note, NoteId, NoteKind, Recommendation,
    RoleDetails, SelfAwareness, SessionState, Timestamp, WeightedScore,
};

/// A session made ready for people to read.
#[derive(Debug, Clone)]
pub struct Report {
    /// The session's id.
    pub session: crate::model::SessionId,
    /// The interview plan's id.
    pub plan: crate::model::PlanId,
    /// The candidate.
    pub candidate: String,
    /// The role hired for.
    pub role: String,
    /// The format's title (UI language) and id.
    pub format: (String, String),
    /// The rubric's title (UI language), id and version.
    pub rubric: (String, String, u32),
    /// The version of the content the plan was taken from.
    pub content_version: String,
    /// The question language and the second one.
    pub langs: (Lang, Option<Lang>),
    /// When the session was created.
    pub created: Timestamp,
    /// Whether it has ended.
    pub ended: bool,
    /// Interview time, and the format's budget, in ms.
    pub elapsed_ms: u64,
    /// The format's budget in ms.
    pub budget_ms: u64,
    /// Time per section against its budget.
    pub sections: Vec<SectionTime>,
    /// The panelists, in the order of the header, then any other author of scores.
    pub panelists: Vec<String>,
    /// One row per rubric criterion.
    pub criteria: Vec<CriterionRow>,
    /// Per panelist (same order): the weighted score, recommendation and rationale.
    pub verdicts: Vec<Verdict>,
    /// The 1–10 rule's classification.
    pub self_awareness: SelfAwareness,
    /// The 1–10 rule as asked: each former manager and colleague, and the rating the
    /// candidate predicted they would give.
    pub ratings: Vec<RatingLine>,
    /// The interview as it went, grouped as it was gathered.
    pub story: super::story::Story,
    /// Red and green flags, in time order.
    pub flags: Vec<NoteLine>,
    /// Follow-up notes, in time order.
    pub follow_ups: Vec<NoteLine>,
    /// Deep-dive roles, in the order they were added.
    pub roles: Vec<RoleDetails>,
    /// Every note, in time order.
    pub notes: Vec<NoteLine>,
    /// The feedback draft for the candidate, in the session's language: paragraphs.
    pub feedback: Vec<String>,
    /// What is kept from the panelist the report is made for until they submit.
    pub withheld: Vec<crate::model::blind::Withheld>,
    /// The panel's scores compared, when two or more panelists have a scorecard.
    pub debrief: Option<crate::model::debrief::Debrief>,
    /// What to look at before the report is shared.
    pub review: super::review::Review,
    /// The candidate's reference calls beside their predictions, when the report is given
    /// them (see [`Report::with_references`]).
    pub references: Option<crate::model::references::References>,
    /// When the session is a reference call: whom, the consent and the referee's rating.
    pub call: Option<CallFacts>,
}

/// A reference call's own facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallFacts {
    /// The referee.
    pub referee: String,
    /// Where they managed the candidate, and as what.
    pub place: String,
    /// How the candidate agreed to the call, who recorded it and when.
    pub consent: Option<crate::model::state::Consent>,
    /// The referee's own 1–10 rating.
    pub rating: Option<u8>,
}

/// Time spent in one section.
#[derive(Debug, Clone)]
pub struct SectionTime {
    /// The section's title (UI language).
    pub title: String,
    /// Its budget in ms.
    pub budget_ms: u64,
    /// Interview time spent in it, in ms.
    pub spent_ms: u64,
}

/// One rubric criterion, as each panelist scored it.
#[derive(Debug, Clone)]
pub struct CriterionRow {
    /// Its id.
    pub id: CriterionId,
    /// Its name (UI language).
    pub name: String,
    /// Its weight.
    pub weight: u32,
    /// Per panelist: the level, or `None` when not scored or not assessed.
    pub levels: Vec<Option<Level>>,
    /// The level descriptions, 1 to 4 (UI language).
    pub level_texts: [String; 4],
    /// The notes given as evidence, by any panelist, in time order.
    pub evidence: Vec<NoteLine>,
}

impl CriterionRow {
    /// The mean level over the panelists who scored it.
    pub fn mean(&self) -> Option<f64> {
        let scored: Vec<f64> = self
            .levels
            .iter()
            .flatten()
            .map(|l| f64::from(l.get()))
            .collect();
        (!scored.is_empty()).then(|| scored.iter().sum::<f64>() / scored.len() as f64)
    }
}

/// One person of the 1–10 rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RatingLine {
    /// Whose rating: the first or second manager or colleague.
    pub slot: crate::model::RatingSlot,
    /// Their name, if given.
    pub name: Option<String>,
    /// The rating the candidate predicted, if given.
    pub rating: Option<u8>,
}

impl RatingLine {
    /// The four people of the rule, in order; those not asked about yet too.
    fn all(state: &SessionState) -> Vec<RatingLine> {
        use crate::model::RatingSlot::*;
        [Manager1, Manager2, Colleague1, Colleague2]
            .into_iter()
            .map(|slot| {
                let given = state.ratings.get(&slot);
                RatingLine {
                    slot,
                    name: given.and_then(|g| g.name.clone()),
                    rating: given.and_then(|g| g.rating).map(|r| r.get()),
                }
            })
            .collect()
    }
}

/// One panelist's overall view.
#[derive(Debug, Clone)]
pub struct Verdict {
    /// The weighted score and its coverage.
    pub score: WeightedScore,
    /// The recommendation and its rationale.
    pub recommendation: Option<(Recommendation, String)>,
    /// Whether they submitted.
    pub submitted: bool,
}

/// A note as a report shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteLine {
    /// The note's id.
    pub id: crate::model::NoteId,
    /// Interview time when it was started, in ms.
    pub at_ms: u64,
    /// Its kind.
    pub kind: NoteKind,
    /// Its text.
    pub text: String,
    /// Who wrote it.
    pub author: String,
}

impl NoteLine {
    /// The line of `note` as it reads now.
    pub fn of(note: &Note) -> Self {
        NoteLine {
            id: note.id,
            at_ms: note.started_ms,
            kind: note.kind,
            text: note.text.clone(),
            author: note.author.clone(),
        }
    }
}

impl Report {
    /// Works out the report of `state` at `now` (the clock is read at the end, if ended), with
    /// texts in `ui`, and the feedback draft in the session's question language.
    pub fn build(state: &SessionState, now: Timestamp, ui: Lang) -> Self {
        let at = state.ended_at.unwrap_or(now);
        let reading = state.clock_at(at);
        let plan = &state.plan;
        let text = |t: &Localized<String>| pick(t, ui).map_or(String::new(), |p| p.value.clone());
        let sections = plan
            .format
            .sections
            .iter()
            .zip(state.clock.section_spent(&plan.format, at))
            .map(|(s, (_, spent_ms))| SectionTime {
                title: text(&s.title),
                budget_ms: u64::from(s.budget_s) * 1000,
                spent_ms,
            })
            .collect();
        let mut panelists = state.header.panel.clone();
        for author in state.panelists.keys() {
            if !panelists.contains(author) {
                panelists.push(author.clone());
            }
        }
        let notes: Vec<&Note> = state.visible_notes();
        let note_lines = |ids: &mut dyn Iterator<Item = &NoteId>| {
            let mut lines: Vec<NoteLine> = ids
                .filter_map(|id| state.note(id))
                .filter(|n| !n.deleted)
                .map(NoteLine::of)
                .collect();
            lines.sort_by_key(|l| l.at_ms);
            lines.dedup();
            lines
        };
        let criteria: Vec<CriterionRow> = plan
            .rubric
            .criteria
            .iter()
            .map(|c| {
                let scores = panelists
                    .iter()
                    .map(|p| state.panelists.get(p).and_then(|s| s.scores.get(&c.id)));
                let levels = scores.clone().map(|s| s.and_then(|s| s.level)).collect();
                let evidence = note_lines(&mut scores.flatten().flat_map(|s| s.evidence.iter()));
                let texts = pick(&c.text, ui);
                CriterionRow {
                    id: c.id.clone(),
                    name: texts
                        .as_ref()
                        .map_or(c.id.to_string(), |t| t.value.name.clone()),
                    weight: c.weight,
                    levels,
                    level_texts: texts.map_or(Default::default(), |t| t.value.levels.clone()),
                    evidence,
                }
            })
            .collect();
        let verdicts = panelists
            .iter()
            .map(|p| {
                let scores = state.panelists.get(p);
                Verdict {
                    score: state.weighted_score_of(p),
                    recommendation: scores.and_then(|s| s.recommendation.clone()),
                    submitted: scores.is_some_and(|s| s.submitted_at.is_some()),
                }
            })
            .collect();
        let of_kind = |kinds: &[NoteKind]| {
            notes
                .iter()
                .filter(|n| kinds.contains(&n.kind))
                .map(|n| NoteLine::of(n))
                .collect::<Vec<_>>()
        };
        let feedback = feedback(state, &criteria_in(state, state.header.lang), &notes);
        let story = super::story::Story::of(state, now, ui);
        Report {
            session: state.header.id,
            plan: state.header.plan.clone(),
            candidate: state.header.candidate.clone(),
            role: state.header.role.clone(),
            format: (text(&plan.format.title), plan.format.id.to_string()),
            rubric: (
                text(&plan.rubric.title),
                plan.rubric.id.to_string(),
                plan.rubric.version,
            ),
            content_version: plan.content_version.clone(),
            langs: (state.header.lang, state.header.second_lang),
            created: state.header.created,
            ended: reading.ended,
            elapsed_ms: reading.elapsed_ms,
            budget_ms: reading.budget_ms,
            sections,
            panelists,
            criteria,
            verdicts,
            self_awareness: state.self_awareness(),
            ratings: RatingLine::all(state),
            review: super::review::Review::of(state, &story),
            story,
            flags: of_kind(&[NoteKind::RedFlag, NoteKind::GreenFlag]),
            follow_ups: of_kind(&[NoteKind::FollowUp, NoteKind::CheckWithReference]),
            roles: state.roles.iter().map(|r| r.details.clone()).collect(),
            notes: notes.iter().map(|n| NoteLine::of(n)).collect(),
            feedback,
            withheld: state.withheld.clone(),
            debrief: (state
                .panelists
                .values()
                .filter(|p| !p.scores.is_empty() || p.recommendation.is_some())
                .count()
                > 1)
            .then(|| crate::model::debrief::Debrief::of(state)),
            references: None,
            call: state.header.reference.as_ref().map(|c| CallFacts {
                referee: c.referee.clone(),
                place: crate::model::references::place(&c.employer, &c.title),
                consent: state.consent.clone(),
                rating: state.referee_rating.map(|r| r.get()),
            }),
        }
    }

    /// The report with the candidate's reference calls (left out when there are none).
    pub fn with_references(mut self, refs: Option<&crate::model::references::References>) -> Self {
        self.references = refs.filter(|r| !r.is_empty()).cloned();
        self
    }
}

impl Report {
    /// Replaces people's names with initials in every text of the report; returns how many.
    pub fn redact(&mut self, r: &Redactor) -> usize {
        let mut n = r.field(&mut self.candidate) + r.field(&mut self.role);
        n += self.panelists.iter_mut().map(|p| r.field(p)).sum::<usize>();
        for v in &mut self.verdicts {
            if let Some((_, why)) = &mut v.recommendation {
                n += r.field(why);
            }
        }
        for role in &mut self.roles {
            n += redact_role(role, r);
        }
        for rating in &mut self.ratings {
            n += rating.name.as_mut().map_or(0, |name| r.field(name));
        }
        n += self.story.redact(r);
        let notes = self
            .criteria
            .iter_mut()
            .flat_map(|c| c.evidence.iter_mut())
            .chain(self.flags.iter_mut())
            .chain(self.follow_ups.iter_mut())
            .chain(self.notes.iter_mut());
        for note in notes {
            n += r.field(&mut note.text) + r.field(&mut note.author);
        }
        n += self.feedback.iter_mut().map(|p| r.field(p)).sum::<usize>();
        if let Some(call) = &mut self.call {
            n += r.field(&mut call.referee) + r.field(&mut call.place);
            n += call.consent.as_mut().map_or(0, |c| r.field(&mut c.how));
        }
        for referee in self.references.iter_mut().flat_map(|x| &mut x.referees) {
            n += r.field(&mut referee.name)
                + r.field(&mut referee.employer)
                + r.field(&mut referee.title);
        }
        n
    }
}

/// Replaces names in a role's texts with initials; returns how many.
pub(super) fn redact_role(role: &mut crate::model::RoleDetails, r: &Redactor) -> usize {
    let mut n = r.field(&mut role.employer) + r.field(&mut role.title);
    for text in [&mut role.manager, &mut role.call_reference]
        .into_iter()
        .flatten()
    {
        n += r.field(text);
    }
    n
}

/// Each criterion with its mean level over every panelist, its name in `lang`, and what each
/// level says to the candidate in `lang` (if the rubric has it).
fn criteria_in(
    state: &SessionState,
    lang: Lang,
) -> Vec<(&Criterion, f64, String, Option<[String; 4]>)> {
    state
        .plan
        .rubric
        .criteria
        .iter()
        .filter_map(|c| {
            let levels: Vec<f64> = state
                .panelists
                .values()
                .filter_map(|p| p.scores.get(&c.id)?.level)
                .map(|l| f64::from(l.get()))
                .collect();
            if levels.is_empty() {
                return None;
            }
            let mean = levels.iter().sum::<f64>() / levels.len() as f64;
            let text = pick(&c.text, lang)?;
            Some((
                c,
                mean,
                text.value.name.clone(),
                text.value.feedback.clone(),
            ))
        })
        .collect()
}

/// The feedback draft, written to the candidate: thanks; the strongest criterion, in what its
/// level says to a candidate; the weakest, in what its level says (which, low down, is how to
/// grow); and the notes marked for the candidate, word for word, unless they mention a
/// protected characteristic. Nothing else: never the evaluators' wording, no red flag, no
/// other note.
fn feedback(
    state: &SessionState,
    scored: &[(&Criterion, f64, String, Option<[String; 4]>)],
    notes: &[&Note],
) -> Vec<String> {
    let ui = Catalog::new(state.header.lang);
    let mut out = vec![ui.t_with(
        "feedback-thanks",
        &[("candidate", state.header.candidate.clone().into())],
    )];
    // Strongest: highest mean, then heaviest, then rubric order; weakest the other way round.
    let mut ranked: Vec<_> = scored.iter().collect();
    ranked.sort_by(|a, b| {
        b.1.total_cmp(&a.1)
            .then_with(|| b.0.weight.cmp(&a.0.weight))
    });
    let said = |mean: f64, texts: &Option<[String; 4]>| {
        let level = (mean.round().clamp(1.0, 4.0) as usize) - 1;
        texts
            .as_ref()
            .map_or_else(String::new, |t| t[level].clone())
    };
    let line = |id: &str, name: &String, description: String| {
        ui.t_with(
            id,
            &[
                ("criterion", name.clone().into()),
                ("description", description.into()),
            ],
        )
        .trim_end()
        .to_owned()
    };
    if let Some((_, mean, name, texts)) = ranked.first().copied() {
        out.push(line("feedback-strength", name, said(*mean, texts)));
    }
    if ranked.len() > 1
        && let Some((_, mean, name, texts)) = ranked.last().copied()
        && *mean < 4.0
    {
        out.push(line("feedback-growth", name, said(*mean, texts)));
    }
    let marked: Vec<&str> = notes
        .iter()
        .filter(|n| n.kind == NoteKind::Feedback)
        .map(|n| n.text.as_str())
        .filter(|text| super::review::Review::may_quote(text))
        .collect();
    if !marked.is_empty() {
        out.push(ui.t("feedback-notes"));
        out.extend(marked.iter().map(|t| format!("• {t}")));
    }
    out.push(ui.t("feedback-close"));
    out
}
