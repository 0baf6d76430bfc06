//! `rapport demo`: two realistic interviews to explore without typing first, each its own
//! session named as a demo: a finished quick screen (scores with evidence, a recommendation,
//! the 1–10 rule, answer summaries, notes of every kind) and a deep interview in progress,
//! held by two panelists, with three roles of the candidate's career and a reference to call.
//! A new demo replaces the previous one.

mod panel;
mod screen;
mod script;

pub use panel::panel;
pub use screen::screen;

use super::Context;
use crate::i18n::Catalog;
use crate::model::Lang;
use crate::store::OpenSession;

/// Removes earlier demos, then makes both; returns the deep interview open, and the
/// panelist at this screen.
pub fn create(ctx: &Context) -> anyhow::Result<(OpenSession, String)> {
    remove_earlier(ctx)?;
    screen(ctx)?;
    panel(ctx)
}

/// The candidates' names the demos carry, in every language.
fn demo_names() -> Vec<String> {
    Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            let ui = Catalog::new(lang);
            [ui.t("demo-candidate"), ui.t("demo2-candidate")]
        })
        .collect()
}

/// Deletes the sessions an earlier `rapport demo` made (whatever the language it was made
/// in), so that the list holds one demo of each kind.
fn remove_earlier(ctx: &Context) -> anyhow::Result<()> {
    let store = ctx.store();
    let names = demo_names();
    let (listed, _) = store.summaries()?;
    for l in listed {
        if names.contains(&l.summary.candidate) {
            store.delete(l.summary.id)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{NoteKind, fold};
    use crate::store::Paths;

    #[test]
    fn the_demos_show_everything_and_a_new_demo_replaces_the_last() {
        let tmp = tempfile::TempDir::new().unwrap();
        let ctx = Context::new(Paths::under(tmp.path()), Lang::En, true, None);
        create(&ctx).unwrap();
        let (panel, _) = create(&ctx).unwrap();
        let (listed, _) = ctx.store().summaries().unwrap();
        assert_eq!(listed.len(), 2, "one demo of each kind");
        let screen = listed
            .iter()
            .find(|l| l.summary.format.as_str() == "screen-20")
            .unwrap();
        let screen = ctx.store().read(screen.summary.id).unwrap().state;
        assert!(screen.ended_at.is_some());
        let card = &screen.panelists["demo"];
        assert!(card.submitted_at.is_some() && card.recommendation.is_some());
        assert!(card.scores.values().any(|s| !s.evidence.is_empty()));
        assert_eq!(screen.ratings.len(), 4);
        assert!(
            screen
                .questions
                .values()
                .filter(|p| p.summary.is_some())
                .count()
                >= 3
        );
        for kind in NoteKind::ALL {
            assert!(
                screen.notes.iter().any(|n| n.kind == kind),
                "a note of every kind: {kind:?}"
            );
        }
        let deep = fold(panel.events()).unwrap();
        assert_eq!(deep.header.format.as_str(), "deep-120");
        assert_eq!(deep.roles.len(), 3);
        assert!(
            deep.roles
                .iter()
                .any(|r| r.details.call_reference.is_some())
        );
        assert_eq!(deep.panelists.len(), 2, "two panelists have scored");
        assert!(
            crate::model::debrief::Debrief::of(&deep).disputes() > 0,
            "something for the debrief to flag"
        );
    }
}
