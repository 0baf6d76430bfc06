//! Events: everything that happens in a session, as it is appended to the session's log.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::ids::{
    CriterionId, EventId, FormatId, NoteId, PlanId, QuestionId, RoleId, SectionId, SessionId,
};
use super::lang::Lang;
use super::plan::{PlanSnapshot, Question};
use super::rating::Rating;
use super::score::{Level, Recommendation};

/// A wall-clock time with its UTC offset, as stored in logs (RFC 3339).
pub type Timestamp = DateTime<FixedOffset>;

/// Who, what and for which plan: fixed when the session is created.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct SessionHeader {
    /// The session's id.
    pub id: SessionId,
    /// The candidate's name, as typed. Never used in a file name.
    pub candidate: String,
    /// The candidate's stable id: the same person's screen, deep interview and reference
    /// calls carry the same one, whatever the name was typed as. (Sessions made before it
    /// existed have none.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub candidate_id: Option<uuid::Uuid>,
    /// The role being hired for.
    pub role: String,
    /// The interview plan the session follows.
    pub plan: PlanId,
    /// The format (agenda) of this interview.
    pub format: FormatId,
    /// The language questions are asked in.
    pub lang: Lang,
    /// An optional second language shown beneath the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_lang: Option<Lang>,
    /// The panelists, the creator first.
    pub panel: Vec<String>,
    /// When the session was created.
    pub created: Timestamp,
    /// In a reference call: whose referee, chosen in which role of which session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<ReferenceCall>,
}

/// What a reference call is about: a manager the candidate named in a deep-dive role, and
/// marked there for a call. The call's session carries the candidate's id too.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ReferenceCall {
    /// The candidate's session the referee was chosen in.
    pub session: SessionId,
    /// The deep-dive role in which they managed the candidate.
    pub role: RoleId,
    /// The referee's name, as the role gives it.
    pub referee: String,
    /// The employer of that role.
    pub employer: String,
    /// The candidate's title there.
    pub title: String,
    /// Why the interviewer marked them for a call.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
}

/// One entry of a session's log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Event {
    /// Unique id (UUID v7).
    pub id: EventId,
    /// The panelist who caused it.
    pub author: String,
    /// Wall-clock time it happened.
    #[serde(with = "super::rfc3339")]
    #[schemars(with = "Timestamp")]
    pub at: Timestamp,
    /// The interview clock when it happened, in milliseconds.
    pub elapsed_ms: u64,
    /// What happened.
    pub kind: EventKind,
}

/// What a panel decides after comparing its scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Make an offer.
    Hire,
    /// Do not go on.
    NoHire,
    /// The panel could not settle it: meet the candidate again.
    SecondInterview,
}

/// What a note records.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// A plain note.
    Note,
    /// The candidate's own words.
    Quote,
    /// A warning sign.
    RedFlag,
    /// A strong sign.
    GreenFlag,
    /// Something to ask next.
    FollowUp,
    /// Something to check with a referee.
    CheckWithReference,
    /// Something the interviewer wants the candidate to hear: the only notes the feedback
    /// draft quotes.
    Feedback,
}

impl NoteKind {
    /// Every kind, in the order they are cycled through.
    pub const ALL: [NoteKind; 7] = [
        NoteKind::Note,
        NoteKind::Quote,
        NoteKind::RedFlag,
        NoteKind::GreenFlag,
        NoteKind::FollowUp,
        NoteKind::CheckWithReference,
        NoteKind::Feedback,
    ];
}

/// What a note is about. Any part may be absent (a general note has none).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Anchor {
    /// The section it was taken in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<SectionId>,
    /// The question it answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<QuestionId>,
    /// The deep-dive role it is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<RoleId>,
}

/// A role of the candidate's career, walked through in the deep-dive.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RoleDetails {
    /// The employer.
    pub employer: String,
    /// The job title.
    pub title: String,
    /// Start, as the candidate gave it (e.g. `2019-03`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// End, as the candidate gave it (e.g. `2022` or `now`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// The manager's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<String>,
    /// Why this manager is worth a reference call; `None` when not marked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_reference: Option<String>,
}

/// Whose rating the candidate predicts, in the 1–10 self-awareness rule.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RatingSlot {
    /// The first former manager.
    Manager1,
    /// The second former manager.
    Manager2,
    /// The first former colleague.
    Colleague1,
    /// The second former colleague.
    Colleague2,
}

/// The payload of `session_created`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct SessionCreated {
    /// Who, what, which plan.
    pub header: SessionHeader,
    /// The plan as it was when the session began.
    pub plan: PlanSnapshot,
}

/// What happened. Serialized as `{"kind_name": {…fields}}`, or `"kind_name"` when it has none.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// The session began; always the first event of a log.
    SessionCreated(Box<SessionCreated>),
    /// The interview moved to a section.
    SectionEntered {
        /// The section.
        section: SectionId,
    },
    /// A question was asked (for a deep-dive role, when `role` is set).
    QuestionAsked {
        /// The question.
        question: QuestionId,
        /// The deep-dive role it was asked about.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<RoleId>,
    },
    /// A question was put on screen (for a deep-dive role, when `role` is set): where the
    /// interview is, and where it resumes.
    QuestionShown {
        /// The question.
        question: QuestionId,
        /// The deep-dive role it is shown for.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<RoleId>,
    },
    /// A question was deliberately skipped.
    QuestionSkipped {
        /// The question.
        question: QuestionId,
        /// The deep-dive role it was skipped for.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<RoleId>,
    },
    /// A short summary of the answer was written (replaces any earlier one).
    QuestionAnswered {
        /// The question.
        question: QuestionId,
        /// The deep-dive role it was answered for.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<RoleId>,
        /// The summary.
        summary: String,
    },
    /// An ad-hoc question was pulled into a section from a bank.
    QuestionAdded {
        /// The section it joins (at the end).
        section: SectionId,
        /// The question, in the session's languages.
        question: Box<Question>,
    },
    /// A note was committed. Its id is this event's id.
    NoteAdded {
        /// What kind of note.
        note_kind: NoteKind,
        /// The text (may span lines).
        text: String,
        /// What it is about.
        #[serde(default)]
        anchor: Anchor,
        /// When its first keystroke was typed.
        #[serde(with = "super::rfc3339")]
        #[schemars(with = "Timestamp")]
        started_at: Timestamp,
        /// The interview clock at that first keystroke.
        started_ms: u64,
    },
    /// A note's text or kind was changed; the earlier text stays in history.
    NoteEdited {
        /// The note.
        note: NoteId,
        /// Its new kind.
        note_kind: NoteKind,
        /// Its new text.
        text: String,
    },
    /// A note was deleted; it stays in the log and in history.
    NoteDeleted {
        /// The note.
        note: NoteId,
    },
    /// A deleted note was brought back.
    NoteRestored {
        /// The note.
        note: NoteId,
    },
    /// The interview clock started.
    ClockStarted,
    /// The interview clock was paused (e.g. a dropped call).
    ClockPaused,
    /// The interview clock runs again.
    ClockResumed,
    /// rapport was not running from `from` to `to` (a crash); the interviewer said whether the
    /// call went on meanwhile. If it did not, the gap does not count on the clock.
    DowntimeRecorded {
        /// The last moment rapport was known to be alive.
        from: Timestamp,
        /// When it came back.
        to: Timestamp,
        /// Whether the interview went on during the gap.
        call_went_on: bool,
    },
    /// A role of the candidate's career was added to the deep-dive. Its id is this event's id.
    RoleAdded {
        /// The role.
        details: RoleDetails,
    },
    /// A deep-dive role was changed (including marking its manager for a reference call).
    RoleEdited {
        /// The role.
        role: RoleId,
        /// Its new details.
        details: RoleDetails,
    },
    /// A rating the candidate predicts someone would give them, in the 1–10 rule.
    RatingPredicted {
        /// Whose rating.
        slot: RatingSlot,
        /// That person's name, if given.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        /// The rating; `None` clears it.
        rating: Option<Rating>,
    },
    /// The author scored a criterion.
    ScoreSet {
        /// The criterion.
        criterion: CriterionId,
        /// The level; `None` means "not assessed".
        level: Option<Level>,
        /// Notes that justify the score.
        #[serde(default)]
        evidence: Vec<NoteId>,
    },
    /// The author's overall recommendation.
    RecommendationSet {
        /// The recommendation.
        recommendation: Recommendation,
        /// Why.
        #[serde(default)]
        rationale: String,
    },
    /// The candidate agreed to this reference call: recorded before anything else the call
    /// holds (in Norway and Denmark a referee is contacted only with that consent).
    ConsentRecorded {
        /// How and when they agreed, in the interviewer's words.
        how: String,
    },
    /// In a reference call, the referee's own rating of the candidate, 1–10: what the
    /// candidate's prediction for them is compared with.
    RefereeRated {
        /// The rating; `None` clears it.
        rating: Option<Rating>,
    },
    /// The author submitted their scores; later changes are new events.
    PanelistSubmitted,
    /// The panel's decision after the debrief. It never changes anyone's scores.
    ConsensusRecorded {
        /// What the panel decided.
        decision: Decision,
        /// Why.
        #[serde(default)]
        rationale: String,
    },
    /// The interview ended; the clock stops.
    SessionEnded,
    /// An ended interview was reopened; the clock runs again. When `gap_counts`, the time
    /// since it ended counts as interview time (the talk went on); else it is left out.
    SessionReopened {
        /// Whether the time between the end and now counts.
        gap_counts: bool,
    },
}
