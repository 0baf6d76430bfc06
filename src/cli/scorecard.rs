//! `rapport score`, `recommend` and `submit`: a panelist's scorecard without the screen, for
//! scripts, hotkeys and tests. Each prints the id of the event it recorded once it is on disk.

use std::io::Write;

use super::args::{RecommendArgs, ScoreArgs, SubmitArgs};
use super::{Context, UsageError, report};
use crate::model::{EventKind, Level, Recommendation, SessionId};
use crate::store::{OpenSession, SessionStore};

/// Records the panelist's level for one criterion, keeping the evidence already picked.
pub fn score(args: ScoreArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let store = ctx.store();
    let (id, rest) = session_and(&store, args.last, args.words, 2)?;
    let [criterion, level] = <[String; 2]>::try_from(rest)
        .map_err(|_| UsageError("give the criterion and the level (1–4 or na)".into()))?;
    let level = parse_level(&level)?;
    let (mut session, panelist) = open_as(ctx, &store, id, args.panelist.name)?;
    let state = session.state();
    let Some(criterion) = state
        .plan
        .rubric
        .criteria
        .iter()
        .find(|c| c.id.as_str() == criterion.trim())
        .map(|c| c.id.clone())
    else {
        let known: Vec<&str> = state
            .plan
            .rubric
            .criteria
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        return Err(UsageError(format!(
            "this session's rubric has no criterion '{}'; it has: {}",
            crate::text::visible::line(&criterion),
            known.join(", ")
        ))
        .into());
    };
    let evidence = state
        .panelists
        .get(&panelist)
        .and_then(|p| p.scores.get(&criterion))
        .map(|s| s.evidence.clone())
        .unwrap_or_default();
    let kind = EventKind::ScoreSet {
        criterion,
        level,
        evidence,
    };
    record(&mut session, ctx, &panelist, kind, out)
}

/// Records the panelist's overall recommendation, keeping their rationale unless `--why`.
pub fn recommend(args: RecommendArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let store = ctx.store();
    let (id, rest) = session_and(&store, args.last, args.words, 1)?;
    let [said] = <[String; 1]>::try_from(rest).map_err(|_| {
        UsageError("give the recommendation: strong-no, no, yes or strong-yes".into())
    })?;
    let recommendation = parse_recommendation(&said)?;
    let (mut session, panelist) = open_as(ctx, &store, id, args.panelist.name)?;
    let rationale = match args.why {
        Some(why) => why.trim().to_owned(),
        None => session
            .state()
            .panelists
            .get(&panelist)
            .and_then(|p| p.recommendation.as_ref())
            .map(|(_, why)| why.clone())
            .unwrap_or_default(),
    };
    let kind = EventKind::RecommendationSet {
        recommendation,
        rationale,
    };
    record(&mut session, ctx, &panelist, kind, out)
}

/// Records that the panelist submitted their scorecard, and says what it holds.
pub fn submit(args: SubmitArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let store = ctx.store();
    let id = args.target.resolve(&store)?;
    let (mut session, panelist) = open_as(ctx, &store, id, args.panelist.name)?;
    let state = session.state();
    let criteria = state.plan.rubric.criteria.len();
    let scored = state.panelists.get(&panelist).map_or(0, |p| {
        p.scores.values().filter(|s| s.level.is_some()).count()
    });
    if scored < criteria {
        crate::say_err!(
            "rapport: {} scored {scored} of {criteria} criteria; submitted as it is",
            crate::text::visible::line(&panelist)
        );
    }
    record(
        &mut session,
        ctx,
        &panelist,
        EventKind::PanelistSubmitted,
        out,
    )
}

/// The session named by the first word (or the newest one, with `--last`), and the `wanted`
/// words after it.
pub(super) fn session_and(
    store: &SessionStore,
    last: bool,
    mut words: Vec<String>,
    wanted: usize,
) -> anyhow::Result<(SessionId, Vec<String>)> {
    if last {
        if words.len() != wanted {
            return Err(UsageError(format!("with --last, give {wanted} value(s) after it")).into());
        }
        return Ok((super::last(store)?, words));
    }
    if words.len() != wanted + 1 {
        return Err(UsageError("name the session (or use --last)".into()).into());
    }
    let query = words.remove(0);
    Ok((store.resolve(&query)?, words))
}

/// Opens the session for writing, as the panelist `--as` names or this machine recorded as.
pub(super) fn open_as(
    ctx: &Context,
    store: &SessionStore,
    id: SessionId,
    explicit: Option<String>,
) -> anyhow::Result<(OpenSession, String)> {
    let mut session = store.open(id)?;
    report::recovery(session.recovery(), true);
    let (panelist, _) = ctx.panelist_of(&mut session, explicit)?;
    Ok((session, panelist))
}

/// Records `kind` as `panelist`, and prints its id once it is on disk.
pub(super) fn record(
    session: &mut OpenSession,
    ctx: &Context,
    panelist: &str,
    kind: EventKind,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let ids = session.record(panelist, (ctx.now)(), [kind])?;
    for id in ids {
        writeln!(out, "{id}")?;
    }
    Ok(())
}

/// A level as typed: 1–4, or `na` for "not assessed".
fn parse_level(text: &str) -> anyhow::Result<Option<Level>> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("na") {
        return Ok(None);
    }
    text.parse::<u8>()
        .ok()
        .and_then(|n| Level::try_from(n).ok())
        .map(Some)
        .ok_or_else(|| {
            UsageError(format!(
                "a level is 1, 2, 3 or 4, or na for not assessed; not '{}'",
                crate::text::visible::line(text)
            ))
            .into()
        })
}

/// A recommendation as typed.
fn parse_recommendation(text: &str) -> anyhow::Result<Recommendation> {
    match text.trim().to_ascii_lowercase().replace('_', "-").as_str() {
        "strong-no" => Ok(Recommendation::StrongNo),
        "no" => Ok(Recommendation::No),
        "yes" => Ok(Recommendation::Yes),
        "strong-yes" => Ok(Recommendation::StrongYes),
        _ => Err(UsageError(format!(
            "a recommendation is strong-no, no, yes or strong-yes; not '{}'",
            crate::text::visible::line(text)
        ))
        .into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_and_recommendations_are_read_as_typed_or_refused() {
        assert_eq!(parse_level("3").unwrap().map(Level::get), Some(3));
        assert_eq!(parse_level(" NA ").unwrap(), None);
        for bad in ["0", "5", "three", ""] {
            assert!(
                parse_level(bad)
                    .unwrap_err()
                    .to_string()
                    .contains("1, 2, 3 or 4")
            );
        }
        assert_eq!(
            parse_recommendation("Strong_Yes").unwrap(),
            Recommendation::StrongYes
        );
        assert!(parse_recommendation("maybe").is_err());
    }
}
