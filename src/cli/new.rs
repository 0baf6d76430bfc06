//! `rapport new`: start a session.

use std::io::Write;

use uuid::Uuid;

use super::args::NewArgs;
use super::{Context, UsageError};
use crate::model::lang::pick;
use crate::model::{
    EventKind, Lang, PlanId, ReferenceCall, SessionCreated, SessionHeader, SessionId, Timestamp,
    opening_events,
};
use crate::store::OpenSession;

/// Creates the session, starts its clock in the first section, and opens the live screen (or
/// prints its id without a terminal).
pub fn run(args: NewArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    // The command line first, then the settings file.
    let settings = &ctx.settings;
    let plan = args.plan.or_else(|| settings.plan.clone());
    // A format of the settings counts only for the plan it was set with.
    let format = args.format.or_else(|| {
        settings
            .format
            .clone()
            .filter(|_| plan == settings.plan || settings.plan.is_none())
    });
    let request = NewSession {
        candidate: args.candidate,
        plan: plan.unwrap_or_else(|| crate::content::DEFAULT_PLAN.to_owned()),
        format,
        role: args.role,
        lang: args.lang.or(settings.lang).unwrap_or(Lang::En),
        also: args.also.or(settings.also),
        panelist: ctx.new_panelist(args.panelist.name),
        panel: args
            .panel
            .map(|p| p.split(',').filter_map(clean_name).collect())
            .unwrap_or_default(),
        candidate_of: args
            .candidate_of
            .as_deref()
            .map(|q| ctx.store().resolve(q))
            .transpose()?,
        reference: None,
    };
    let (session, panelist) = start(ctx, request)?;
    if args.no_tui || !ctx.stdout_is_terminal {
        writeln!(out, "{}", session.state().header.id)?;
        return Ok(());
    }
    ctx.live(session, panelist)
}

/// What a new session needs, from the command line or the home screen's form.
#[derive(Debug, Clone)]
pub struct NewSession {
    /// The candidate's name.
    pub candidate: String,
    /// The interview plan.
    pub plan: String,
    /// The plan's format, or its first.
    pub format: Option<String>,
    /// The role as it should read, or the plan's.
    pub role: Option<String>,
    /// The question language.
    pub lang: Lang,
    /// An optional second language.
    pub also: Option<Lang>,
    /// Who is interviewing.
    pub panelist: String,
    /// The whole panel, when there is one (the panelist is added first if missing).
    pub panel: Vec<String>,
    /// A session of the same candidate, whose candidate id the new one carries.
    pub candidate_of: Option<SessionId>,
    /// For a reference call: whose referee, and how the candidate agreed to the call.
    pub reference: Option<ReferenceRequest>,
}

/// A reference call to start: the referee, and the candidate's consent, recorded first.
#[derive(Debug, Clone)]
pub struct ReferenceRequest {
    /// The referee and the role they were chosen in.
    pub call: ReferenceCall,
    /// How and when the candidate agreed to the call.
    pub consent: String,
}

/// Creates a session and starts its clock in the first section; returns it, open, with the
/// panelist's name as it will be recorded.
pub fn start(ctx: &Context, request: NewSession) -> anyhow::Result<(OpenSession, String)> {
    start_at(ctx, request, (ctx.now)())
}

/// Like [`start`], created at `now` (the demo begins in the past).
pub fn start_at(
    ctx: &Context,
    request: NewSession,
    now: Timestamp,
) -> anyhow::Result<(OpenSession, String)> {
    let candidate = clean_name(&request.candidate)
        .ok_or_else(|| UsageError("--candidate needs a name".to_owned()))?;
    let panelist = clean_name(&request.panelist).unwrap_or_else(|| "interviewer".to_owned());
    let library = super::library(ctx);
    let langs: Vec<Lang> = [Some(request.lang), request.also]
        .into_iter()
        .flatten()
        .collect();
    let prepared = library.prepare(&request.plan, request.format.as_deref(), &langs)?;
    let plan = prepared.snapshot;
    let role = request
        .role
        .as_deref()
        .and_then(clean_name)
        .or_else(|| pick(&prepared.role, request.lang).map(|p| p.value.clone()))
        .unwrap_or_default();
    // The same person's sessions share one candidate id; a session from before candidate ids
    // lends its own id to stand for its candidate.
    let candidate_of = request
        .candidate_of
        .or(request.reference.as_ref().map(|r| r.call.session));
    let candidate_id = match candidate_of {
        Some(other) => {
            let other = ctx.store().read(other)?.state.header;
            other.candidate_id.unwrap_or(other.id.0)
        }
        None => Uuid::now_v7(),
    };
    let header = SessionHeader {
        id: SessionId(Uuid::now_v7()),
        candidate_id: Some(candidate_id),
        candidate,
        role,
        plan: PlanId::from(request.plan.as_str()),
        format: plan.format.id.clone(),
        lang: request.lang,
        second_lang: request.also.filter(|&l| l != request.lang),
        panel: {
            let mut panel = vec![panelist.clone()];
            panel.extend(request.panel.iter().filter(|p| **p != panelist).cloned());
            panel
        },
        created: now,
        reference: request.reference.as_ref().map(|r| r.call.clone()),
    };
    // A reference call holds nothing before the candidate's consent to it.
    let consent = request
        .reference
        .map(|r| EventKind::ConsentRecorded { how: r.consent });
    let opening = consent.into_iter().chain(opening_events(&plan)).collect();
    let session = ctx
        .store()
        .create(SessionCreated { header, plan }, opening, &panelist, now)?;
    session.files().remember_panelist(&panelist)?;
    tracing::info!(session = %session.state().header.id, "session created");
    Ok((session, panelist))
}

/// A name as typed, trimmed and with control characters (newlines, tabs) made spaces; `None`
/// when nothing is left.
fn clean_name(raw: &str) -> Option<String> {
    let cleaned: String = raw
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let trimmed = cleaned.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_are_trimmed_and_never_empty() {
        assert_eq!(super::clean_name("  Åse\tØ  "), Some("Åse Ø".to_owned()));
        assert_eq!(super::clean_name(" \n "), None);
        assert_eq!(super::clean_name("王小明 🚀"), Some("王小明 🚀".to_owned()));
    }
}
