//! The lossless JSON export, in rapport's interchange format (`rapport_session`, version 2;
//! see `docs/panel.md`): the header and every event, which alone rebuild the session, and a
//! documented summary for programs that is never read back. The fold's own state is not part
//! of it.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::debrief::Debrief;
use crate::model::references::References;
use crate::model::state::{Consensus, Consent};
use crate::model::{
    ClockReading, CriterionId, Event, Level, NoteId, NoteKind, Recommendation, SelfAwareness,
    SessionHeader, SessionId, SessionState, Timestamp, WeightedScore,
};

/// The version of the interchange format this build writes. Version 1 (`rapport_export`)
/// carried the fold's state; it is still read.
pub const EXPORT_VERSION: u32 = 2;

/// A rapport session: everything needed to read it again (`events` alone rebuild it), with
/// a summary for programs.
#[derive(Serialize, schemars::JsonSchema)]
#[schemars(title = "rapport session")]
struct Export<'a> {
    /// The interchange format's version.
    rapport_session: u32,
    /// When the file was made.
    exported_at: Timestamp,
    /// The session's id.
    session: SessionId,
    /// Who, what and which plan.
    header: &'a SessionHeader,
    /// Every event of the session, in order: the whole truth.
    events: &'a [Event],
    /// What the events add up to, for programs. Never read back.
    summary: Summary,
}

/// What a session's events add up to.
#[derive(Serialize, schemars::JsonSchema)]
struct Summary {
    /// The interview clock at the end (or at export time, if the session is open).
    clock: ClockReading,
    /// The notes, as they read now (deleted ones left out), in the order they were taken.
    notes: Vec<NoteOut>,
    /// Each panelist's scorecard.
    panelists: Vec<PanelistOut>,
    /// The 1–10 rule's verdict.
    self_awareness: SelfAwareness,
    /// The panel's scores compared, when two or more panelists have scored.
    debrief: Option<Debrief>,
    /// The panel's decision, once recorded.
    consensus: Option<Consensus>,
    /// The 1–10 rule as asked: each person, and the rating the candidate predicted.
    ratings: Vec<RatingOut>,
    /// Every question of the agenda in order (per deep-dive role), and what became of it.
    questions: Vec<QuestionOut>,
    /// What to look at before sharing: the texts that mention a protected characteristic.
    review: Vec<ReviewOut>,
    /// In a reference call: the candidate's consent to it, as recorded.
    consent: Option<Consent>,
    /// In a reference call: the referee's own rating of the candidate, 1–10.
    referee_rating: Option<crate::model::Rating>,
    /// In a candidate's session: their reference calls, each referee's rating beside the
    /// rating the candidate predicted, and the consistency note's class.
    #[serde(skip_serializing_if = "Option::is_none")]
    references: Option<References>,
}

/// One person of the 1–10 rule.
#[derive(Serialize, schemars::JsonSchema)]
struct RatingOut {
    /// Whose rating.
    slot: crate::model::RatingSlot,
    /// Their name, if given.
    name: Option<String>,
    /// The rating predicted, 1–10, if given.
    rating: Option<u8>,
}

/// A question as the interview met it.
#[derive(Serialize, schemars::JsonSchema)]
struct QuestionOut {
    /// The section it is in.
    section: crate::model::SectionId,
    /// The question.
    question: crate::model::QuestionId,
    /// The deep-dive role it was asked about.
    role: Option<crate::model::RoleId>,
    /// `asked`, `skipped` or `not_asked`.
    fate: &'static str,
    /// Whether it was brought in from a bank during the interview.
    added: bool,
    /// Interview time spent on it, in ms.
    spent_ms: u64,
    /// The answer summed up, if it was.
    answer: Option<String>,
    /// The notes taken on it (ids of `notes`).
    notes: Vec<NoteId>,
}

/// A text under review.
#[derive(Serialize, schemars::JsonSchema)]
struct ReviewOut {
    /// Where it was written: `note`, `answer`, `rationale` or `consensus`.
    source: &'static str,
    /// The text.
    text: String,
    /// What it touches on.
    categories: Vec<crate::text::fairness::Category>,
}

/// A note as it reads now.
#[derive(Serialize, schemars::JsonSchema)]
struct NoteOut {
    /// Its id (the id of the event that added it).
    id: NoteId,
    /// Who wrote it.
    author: String,
    /// Its kind.
    kind: NoteKind,
    /// Its text now.
    text: String,
    /// The interview clock when its first keystroke was typed, in ms.
    at_ms: u64,
}

/// One panelist's scorecard.
#[derive(Serialize, schemars::JsonSchema)]
struct PanelistOut {
    /// The panelist.
    name: String,
    /// The level per criterion (`null`: not assessed).
    scores: BTreeMap<CriterionId, Option<Level>>,
    /// The weighted score and its coverage.
    weighted: WeightedScore,
    /// The overall recommendation.
    recommendation: Option<Recommendation>,
    /// Why.
    rationale: String,
    /// When they submitted.
    submitted_at: Option<Timestamp>,
}

impl Summary {
    fn of(state: &SessionState, now: Timestamp, references: Option<&References>) -> Self {
        let report = super::Report::build(state, now, state.header.lang);
        Summary {
            clock: state.clock_at(state.ended_at.unwrap_or(now)),
            notes: state
                .visible_notes()
                .into_iter()
                .map(|n| NoteOut {
                    id: n.id,
                    author: n.author.clone(),
                    kind: n.kind,
                    text: n.text.clone(),
                    at_ms: n.started_ms,
                })
                .collect(),
            panelists: state
                .panelists
                .iter()
                .map(|(name, card)| PanelistOut {
                    name: name.clone(),
                    scores: card
                        .scores
                        .iter()
                        .map(|(c, s)| (c.clone(), s.level))
                        .collect(),
                    weighted: state.weighted_score_of(name),
                    recommendation: card.recommendation.as_ref().map(|(r, _)| *r),
                    rationale: card
                        .recommendation
                        .as_ref()
                        .map(|(_, why)| why.clone())
                        .unwrap_or_default(),
                    submitted_at: card.submitted_at,
                })
                .collect(),
            self_awareness: state.self_awareness(),
            consensus: state.consensus.clone(),
            ratings: report
                .ratings
                .iter()
                .map(|r| RatingOut {
                    slot: r.slot,
                    name: r.name.clone(),
                    rating: r.rating,
                })
                .collect(),
            questions: report
                .story
                .sections
                .iter()
                .flat_map(|s| {
                    s.roles
                        .iter()
                        .flat_map(|r| &r.questions)
                        .map(move |q| (s, q))
                })
                .map(|(s, q)| QuestionOut {
                    section: s.id.clone(),
                    question: q.id.clone(),
                    role: q.role,
                    fate: match q.fate {
                        super::Fate::Asked => "asked",
                        super::Fate::Skipped => "skipped",
                        super::Fate::NotAsked => "not_asked",
                    },
                    added: q.added,
                    spent_ms: q.spent_ms,
                    answer: q.answer.clone(),
                    notes: q.notes.iter().map(|n| n.id).collect(),
                })
                .collect(),
            review: report
                .review
                .items
                .iter()
                .map(|i| ReviewOut {
                    source: match i.source {
                        super::ReviewSource::Note { .. } => "note",
                        super::ReviewSource::Answer(_) => "answer",
                        super::ReviewSource::Rationale(_) => "rationale",
                        super::ReviewSource::Consensus => "consensus",
                    },
                    text: i.text.clone(),
                    categories: i.found.iter().map(|(c, _)| *c).collect(),
                })
                .collect(),
            debrief: report.debrief,
            consent: state.consent.clone(),
            referee_rating: state.referee_rating,
            references: references.filter(|r| !r.is_empty()).cloned(),
        }
    }
}

/// The JSON Schema of the JSON export (draft 2020-12).
pub fn schema() -> serde_json::Value {
    crate::schema::of::<Export<'static>>()
}

/// The session as a JSON value, with the candidate's `references` when known. The clock is
/// read at the session's end, or at `now` while it is still open.
pub fn to_json_value(
    events: &[Event],
    state: &SessionState,
    now: Timestamp,
    references: Option<&References>,
) -> Result<serde_json::Value, serde_json::Error> {
    serde_json::to_value(Export {
        rapport_session: EXPORT_VERSION,
        exported_at: now,
        session: state.header.id,
        header: &state.header,
        events,
        summary: Summary::of(state, now, references),
    })
}

/// The session as pretty-printed JSON (see [`to_json_value`]).
pub fn to_json(
    events: &[Event],
    state: &SessionState,
    now: Timestamp,
) -> Result<String, serde_json::Error> {
    pretty(&to_json_value(events, state, now, None)?)
}

/// `value` as pretty-printed JSON ending in a newline, with DEL, C1 controls and
/// bidirectional overrides written as `\uXXXX` escapes (serde_json escapes the C0 ones):
/// the file reads back exactly, and holds nothing a terminal or an editor would act on.
pub fn pretty(value: &impl Serialize) -> Result<String, serde_json::Error> {
    let mut bytes = Vec::new();
    let formatter = Escaping(serde_json::ser::PrettyFormatter::new());
    value.serialize(&mut serde_json::Serializer::with_formatter(
        &mut bytes, formatter,
    ))?;
    bytes.push(b'\n');
    // serde_json writes UTF-8 only.
    String::from_utf8(bytes).map_err(|e| serde::ser::Error::custom(e.to_string()))
}

/// serde_json's pretty formatter, escaping what [`crate::text::visible`] calls hostile.
struct Escaping<'a>(serde_json::ser::PrettyFormatter<'a>);

impl serde_json::ser::Formatter for Escaping<'_> {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut from = 0;
        for (at, c) in fragment.char_indices() {
            if crate::text::visible::is_hostile(c) {
                writer.write_all(&fragment.as_bytes()[from..at])?;
                write!(writer, "\\u{:04x}", c as u32)?;
                from = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[from..])
    }

    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::arbitrary::{at, created, note};
    use crate::model::fold;

    #[test]
    fn the_export_holds_every_event_and_the_state() {
        let events = vec![created(), note(1, 30, "calm under pressure")];
        let state = fold(&events).unwrap();
        let json: serde_json::Value =
            serde_json::from_str(&to_json(&events, &state, at(60)).unwrap()).unwrap();
        assert_eq!(json["rapport_session"], 2);
        assert_eq!(json["header"]["candidate"], "Kari Nordmann");
        let back: Vec<Event> = serde_json::from_value(json["events"].clone()).unwrap();
        assert_eq!(back, events);
        assert_eq!(json["summary"]["notes"][0]["text"], "calm under pressure");
        assert!(
            json.get("state").is_none(),
            "the fold's state is not published"
        );
    }
}
