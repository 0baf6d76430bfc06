//! A session whose first line — its header — is damaged or missing keeps every event after
//! it: the header is rebuilt from what can still be read of that line, the plan copy from the
//! content it came from, and whatever cannot be read is said.

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::log::find;
use crate::model::{
    Event, EventId, EventKind, Format, FormatId, Lang, PlanId, PlanSnapshot, Rubric, RubricId,
    SessionCreated, SessionHeader, SessionId, Timestamp,
};

/// Rebuilds a plan copy from the content a session was made with (the CLI's content library).
pub trait PlanSource: Send + Sync {
    /// The plan `header` names, in its languages, as the content has it now.
    fn rebuild(&self, header: &SessionHeader) -> Option<PlanSnapshot>;
}

/// No content to rebuild from.
pub struct NoPlans;

impl PlanSource for NoPlans {
    fn rebuild(&self, _: &SessionHeader) -> Option<PlanSnapshot> {
        None
    }
}

/// What a rebuilt header lost.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HeaderLoss {
    /// The facts that could not be read, now stand-ins ("candidate", "plan", …).
    pub lost: Vec<&'static str>,
    /// The whole line still read as a header, but its checksum failed: one of its facts may be
    /// off by a character.
    pub unverified: bool,
    /// The plan copy was rebuilt from this version of the content.
    pub plan_rebuilt_from: Option<String>,
}

/// The stand-in for a name that could not be read.
pub const UNKNOWN: &str = "?";

/// The session's creation, rebuilt from `damaged` (the bytes of its damaged first line, if
/// any); `fallback_at` dates it when nothing else does.
pub fn header(
    id: SessionId,
    damaged: Option<&[u8]>,
    fallback_at: Timestamp,
    plans: &dyn PlanSource,
) -> (Event, HeaderLoss) {
    let bytes = damaged.unwrap_or_default();
    let mut loss = HeaderLoss::default();
    if let Some(event) = whole_line(bytes)
        && let EventKind::SessionCreated(mut created) = event.kind
    {
        created.header.id = id;
        loss.unverified = true;
        let event = Event {
            kind: EventKind::SessionCreated(created),
            ..event
        };
        return (event, loss);
    }
    let mut lost = Vec::new();
    let at: Option<Timestamp> = value_after::<String>(bytes, "at")
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(&t).ok());
    let header = match value_after::<SessionHeader>(bytes, "header") {
        Some(header) => header,
        None => {
            let plan: Option<String> = noted(value_after(bytes, "plan"), "plan", &mut lost);
            let format: Option<String> = noted(value_after(bytes, "format"), "format", &mut lost);
            SessionHeader {
                id,
                candidate_id: None,
                candidate: noted(value_after(bytes, "candidate"), "candidate", &mut lost)
                    .unwrap_or_else(|| UNKNOWN.to_owned()),
                role: noted(value_after(bytes, "role"), "role", &mut lost).unwrap_or_default(),
                plan: PlanId::from(plan.as_deref().unwrap_or(UNKNOWN)),
                format: FormatId::from(format.as_deref().unwrap_or(UNKNOWN)),
                lang: noted(value_after(bytes, "lang"), "language", &mut lost).unwrap_or(Lang::En),
                second_lang: value_after(bytes, "second_lang"),
                panel: noted(value_after(bytes, "panel"), "panel", &mut lost).unwrap_or_default(),
                created: noted(at, "date", &mut lost).unwrap_or(fallback_at),
                reference: None,
            }
        }
    };
    let header = SessionHeader { id, ..header };
    let author = value_after::<String>(bytes, "author")
        .or_else(|| header.panel.first().cloned())
        .unwrap_or_else(|| UNKNOWN.to_owned());
    let plan = match value_after::<PlanSnapshot>(bytes, "plan") {
        Some(plan) => plan,
        None => {
            lost.push("plan copy");
            match plans.rebuild(&header) {
                Some(plan) => {
                    loss.plan_rebuilt_from = Some(plan.content_version.clone());
                    plan
                }
                None => empty_plan(&header),
            }
        }
    };
    loss.lost = lost;
    let event = Event {
        id: value_after(bytes, "id").unwrap_or(EventId(id.0)),
        author,
        at: header.created,
        elapsed_ms: 0,
        kind: EventKind::SessionCreated(Box::new(SessionCreated { header, plan })),
    };
    (event, loss)
}

/// `value`, with `name` noted as lost when there is none.
fn noted<T>(value: Option<T>, name: &'static str, lost: &mut Vec<&'static str>) -> Option<T> {
    if value.is_none() {
        lost.push(name);
    }
    value
}

/// The line read whole, its checksum aside.
fn whole_line(bytes: &[u8]) -> Option<Event> {
    #[derive(Deserialize)]
    struct Line {
        event: Event,
    }
    serde_json::from_slice::<Line>(bytes).ok().map(|l| l.event)
}

/// The first value of `"key":` in `bytes` that reads as a `T`, whatever follows it.
fn value_after<T: DeserializeOwned>(bytes: &[u8], key: &str) -> Option<T> {
    let needle = format!("\"{key}\":");
    let mut from = 0;
    while let Some(at) = find(&bytes[from..], needle.as_bytes()) {
        let start = from + at + needle.len();
        let mut de = serde_json::Deserializer::from_slice(&bytes[start..]);
        if let Ok(value) = T::deserialize(&mut de) {
            return Some(value);
        }
        from = start;
    }
    None
}

/// A plan with nothing in it, when neither the copy nor the content has it.
fn empty_plan(header: &SessionHeader) -> PlanSnapshot {
    PlanSnapshot {
        content_version: String::new(),
        format: Format {
            id: header.format.clone(),
            title: Default::default(),
            sections: Vec::new(),
        },
        rubric: Rubric {
            id: RubricId::from(UNKNOWN),
            version: 0,
            title: Default::default(),
            criteria: Vec::new(),
        },
        questions: Vec::new(),
    }
}
