//! `rapport reference`: a reference call to a manager the deep-dive named, as its own session
//! linked to the candidate (their id, the role, the referee), the candidate's consent
//! recorded before anything else.

use std::io::Write;

use super::args::ReferenceArgs;
use super::new::{NewSession, ReferenceRequest, start};
use super::{Context, UsageError};
use crate::model::references::{call_to, role_managed_by};
use crate::model::{ReferenceCall, SessionId, SessionState};
use crate::store::OpenSession;
use crate::text::visible::line;

/// Starts the reference call and opens the live screen on it (or prints its id).
pub fn run(args: ReferenceArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let store = ctx.store();
    let id = match &args.session {
        Some(query) if !args.last => store.resolve(query)?,
        _ => super::last(&store)?,
    };
    let (session, panelist) = call(
        ctx,
        Call {
            interview: id,
            manager: &args.manager,
            consent: args.consent.as_deref(),
            format: args.format,
            panelist: args.panelist.name,
        },
    )?;
    if args.no_tui || !ctx.stdout_is_terminal {
        writeln!(out, "{}", session.state().header.id)?;
        return Ok(());
    }
    ctx.live(session, panelist)
}

/// A reference call to start.
pub(super) struct Call<'a> {
    /// The candidate's interview whose deep-dive named the manager.
    pub interview: SessionId,
    /// The manager to call, as typed (any case and diacritics).
    pub manager: &'a str,
    /// How the candidate agreed to the call.
    pub consent: Option<&'a str>,
    /// The call's format.
    pub format: String,
    /// Who makes the call, if not this machine's panelist.
    pub panelist: Option<String>,
}

/// Starts `call` as a session linked to the candidate, their consent recorded first; returns
/// it and who makes the call.
pub(super) fn call(ctx: &Context, call: Call) -> anyhow::Result<(OpenSession, String)> {
    let candidate = ctx.store().read(call.interview)?;
    super::report::recovery(&candidate.recovery, false);
    let state = &candidate.state;
    if state.header.reference.is_some() {
        return Err(UsageError(
            "that session is a reference call itself; name the candidate's interview".into(),
        )
        .into());
    }
    let role = role_managed_by(state, call.manager)
        .ok_or_else(|| UsageError(no_such_manager(state, call.manager)))?;
    let to =
        call_to(state, role).ok_or_else(|| UsageError(no_such_manager(state, call.manager)))?;
    let consent = call
        .consent
        .map(|c| line(c.trim()).into_owned())
        .filter(|c| !c.is_empty())
        .ok_or_else(|| {
            UsageError(format!(
                "record how {} agreed to the call first, with --consent \"…\" \
                 (a referee is contacted only with the candidate's consent)",
                line(&state.header.candidate)
            ))
        })?;
    let h = &state.header;
    let request = NewSession {
        candidate: h.candidate.clone(),
        plan: h.plan.to_string(),
        format: Some(call.format),
        role: Some(h.role.clone()),
        lang: h.lang,
        also: h.second_lang,
        panelist: ctx.new_panelist(call.panelist),
        panel: Vec::new(),
        candidate_of: Some(h.id),
        reference: Some(ReferenceRequest { call: to, consent }),
    };
    start(ctx, request)
}

/// The managers of `state`'s deep-dive roles marked for a reference call, a call each.
pub(super) fn marked(state: &SessionState) -> Vec<ReferenceCall> {
    state
        .roles
        .iter()
        .filter(|r| r.details.call_reference.is_some())
        .filter_map(|r| call_to(state, r))
        .collect()
}

/// Why no role is managed by `name`, naming the managers there are.
fn no_such_manager(state: &SessionState, name: &str) -> String {
    let marked: Vec<String> = state
        .roles
        .iter()
        .filter(|r| r.details.call_reference.is_some())
        .filter_map(|r| r.details.manager.as_deref())
        .map(|m| line(m).into_owned())
        .collect();
    let managers = if marked.is_empty() {
        "no manager is marked for a reference call yet (F8 on a role in the deep-dive, \
         or `rapport role … --manager NAME --reference WHY`)"
            .to_owned()
    } else {
        format!("marked for a call: {}", marked.join(", "))
    };
    format!(
        "no deep-dive role of {} has '{}' as manager; {managers}",
        line(&state.header.candidate),
        line(name)
    )
}

/// The reference calls of the candidate of the session headed `h` from the session index,
/// each beside the candidate's prediction; `None` for a reference call itself, or when the
/// index cannot be read (the export goes on without them, and the log says why).
pub(super) fn of_candidate(
    store: &crate::store::SessionStore,
    h: &crate::model::SessionHeader,
) -> Option<crate::model::references::References> {
    if h.reference.is_some() {
        return None;
    }
    let listed = store
        .summaries()
        .map_err(|err| tracing::warn!(%err, "the session index could not be read"))
        .ok()?
        .0;
    let refs = crate::model::references::References::of(
        h.candidate_id.unwrap_or(h.id.0),
        listed.iter().map(|l| &l.summary),
    );
    (!refs.is_empty()).then_some(refs)
}
