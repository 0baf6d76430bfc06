//! Several writers' logs as one history (see `docs/panel.md`): the session's creation first,
//! then every other event once, each log's own order kept, the logs interleaved by the time
//! and id of their next event. The result depends only on the logs' contents, never on the
//! order they are given in or arrived in.

use std::collections::HashSet;

use super::event::{Event, EventKind};
use super::ids::EventId;

/// The union of `logs` as one history.
pub fn union(logs: Vec<Vec<Event>>) -> Vec<Event> {
    let total = logs.iter().map(Vec::len).sum();
    let mut out = Vec::with_capacity(total);
    let mut seen: HashSet<EventId> = HashSet::with_capacity(total);
    // The creation goes first whatever its time says (a joiner's clock may be behind).
    let creation = logs
        .iter()
        .enumerate()
        .flat_map(|(l, log)| log.iter().enumerate().map(move |(i, e)| (l, i, e)))
        .filter(|(_, _, e)| matches!(e.kind, EventKind::SessionCreated(_)))
        .min_by_key(|(_, _, e)| (e.at, e.id))
        .map(|(l, i, _)| (l, i));
    if let Some((l, i)) = creation {
        let first = &logs[l][i];
        seen.insert(first.id);
        out.push(first.clone());
    }
    let mut next = vec![0usize; logs.len()];
    loop {
        // Skip what is already taken at the head of each log.
        for (l, log) in logs.iter().enumerate() {
            while next[l] < log.len() && seen.contains(&log[next[l]].id) {
                next[l] += 1;
            }
        }
        let head = logs
            .iter()
            .enumerate()
            .filter(|(l, log)| next[*l] < log.len())
            .min_by_key(|(l, log)| {
                let e = &log[next[*l]];
                (e.at, e.id)
            })
            .map(|(l, _)| l);
        let Some(l) = head else {
            break;
        };
        let event = &logs[l][next[l]];
        seen.insert(event.id);
        out.push(event.clone());
        next[l] += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::arbitrary::{self, created};
    use crate::model::fold;
    use proptest::prelude::*;

    fn stamped(events: Vec<Event>) -> Vec<Event> {
        // In time and id order, as a writer appends them.
        let mut events = events;
        events.sort_by_key(|e| (e.at, e.id));
        events
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn any_order_and_any_duplication_of_the_logs_folds_the_same(
            a in proptest::collection::vec(arbitrary::any_event(), 0..12),
            b in proptest::collection::vec(arbitrary::any_event(), 0..12),
            c in proptest::collection::vec(arbitrary::any_event(), 0..12),
            take in 0usize..12,
        ) {
            let mut first = vec![created()];
            first.extend(stamped(a));
            let (b, c) = (stamped(b), stamped(c));
            let one = fold(&union(vec![first.clone(), b.clone(), c.clone()])).unwrap();
            // Another order, a log given twice, and a copy of part of one inside another.
            let mut partial = b.clone();
            partial.extend(first.iter().take(take).cloned());
            partial.sort_by_key(|e| (e.at, e.id));
            let two = fold(&union(vec![c.clone(), partial, b.clone(), first.clone(), c])).unwrap();
            prop_assert_eq!(one, two);
        }
    }

    #[test]
    fn the_creation_is_first_even_when_a_joiner_s_clock_is_behind() {
        let first = vec![created()];
        let mut early = arbitrary::note(1, 10, "from a laptop whose clock is slow");
        early.at = first[0].at - chrono::Duration::hours(2);
        let history = union(vec![vec![early], first]);
        assert!(matches!(history[0].kind, EventKind::SessionCreated(_)));
        assert_eq!(history.len(), 2);
    }
}
