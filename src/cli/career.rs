//! `rapport role` and `rapport rating`: the deep-dive's roles and the 1–10 rule without the
//! screen, for scripts, hotkeys and tests, like `note` and `score`. Each prints the id of the
//! event it recorded once it is on disk.

use std::io::Write;

use super::args::{RatingArgs, Relation, RoleArgs};
use super::scorecard::{open_as, record, session_and};
use super::{Context, UsageError};
use crate::model::{EventKind, Rating, RatingSlot, RoleDetails};
use crate::text::names::same_name;
use crate::text::visible::line;

/// Adds a role of the candidate's career to the deep-dive.
pub fn role(args: RoleArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let store = ctx.store();
    let (id, _) = session_and(&store, args.last, args.session.into_iter().collect(), 0)?;
    let given = |text: Option<String>| text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
    let (Some(employer), Some(title)) = (given(Some(args.employer)), given(Some(args.title)))
    else {
        return Err(UsageError("a role needs an employer and a title".into()).into());
    };
    let details = RoleDetails {
        employer,
        title,
        from: given(args.from),
        to: given(args.to),
        manager: given(args.manager),
        call_reference: given(args.reference),
    };
    if details.call_reference.is_some() && details.manager.is_none() {
        return Err(
            UsageError("a reference call needs the manager's name (--manager)".into()).into(),
        );
    }
    let (mut session, panelist) = open_as(ctx, &store, id, args.panelist.name)?;
    record(
        &mut session,
        ctx,
        &panelist,
        EventKind::RoleAdded { details },
        out,
    )
}

/// Records the rating the candidate predicts `--for` a former manager or colleague would give
/// them: the slot already holding that name, else the first free one of the relation. In a
/// reference call, records the referee's own rating instead.
pub fn rating(args: RatingArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let store = ctx.store();
    let (id, rest) = session_and(&store, args.last, args.words, 1)?;
    let [number] = <[String; 1]>::try_from(rest)
        .map_err(|_| UsageError("give the rating, a whole number from 1 to 10".into()))?;
    let rating = number
        .trim()
        .parse::<u8>()
        .ok()
        .and_then(|n| Rating::try_from(n).ok())
        .ok_or_else(|| {
            UsageError(format!(
                "a rating is a whole number from 1 to 10; not '{}'",
                line(&number)
            ))
        })?;
    let (mut session, panelist) = open_as(ctx, &store, id, args.panelist.name)?;
    let state = session.state();
    if state.header.reference.is_some() {
        if args.person.is_some() {
            return Err(UsageError(
                "in a reference call the rating is the referee's own; leave out --for".into(),
            )
            .into());
        }
        let kind = EventKind::RefereeRated {
            rating: Some(rating),
        };
        return record(&mut session, ctx, &panelist, kind, out);
    }
    let name = args.person.as_deref().map(str::trim).unwrap_or_default();
    if name.is_empty() {
        return Err(UsageError("say whose rating it is (--for NAME)".into()).into());
    }
    let name = name.to_owned();
    let slots = match args.relation {
        Relation::Manager => [RatingSlot::Manager1, RatingSlot::Manager2],
        Relation::Colleague => [RatingSlot::Colleague1, RatingSlot::Colleague2],
    };
    let named = |slot: &RatingSlot| state.ratings.get(slot).and_then(|r| r.name.as_deref());
    let slot = slots
        .iter()
        .find(|s| named(s).is_some_and(|n| same_name(n, &name)))
        .or_else(|| slots.iter().find(|s| named(s).is_none()))
        .copied()
        .ok_or_else(|| {
            let taken: Vec<String> = slots
                .iter()
                .filter_map(named)
                .map(line)
                .map(Into::into)
                .collect();
            UsageError(format!(
                "both {} are named already ({}); give one of those names to change a rating",
                match args.relation {
                    Relation::Manager => "managers",
                    Relation::Colleague => "colleagues",
                },
                taken.join(", ")
            ))
        })?;
    // The same person keeps their name as first written.
    let name = named(&slot).map_or(name, str::to_owned);
    let kind = EventKind::RatingPredicted {
        slot,
        name: Some(name),
        rating: Some(rating),
    };
    record(&mut session, ctx, &panelist, kind, out)
}
