//! What the home screen reads from the store for its plan view and its "call a referee"
//! popup: a plan's candidates compared and its calibration (from the session index), and the
//! managers an interview marked for a reference call (from its log).

use super::Context;
use crate::export::Labels;
use crate::i18n::Catalog;
use crate::model::SessionId;
use crate::model::references::place;
use crate::tui::{Insight, MarkedReferee, PlanInsight};

/// The store, as the home screen sees it.
pub(super) struct StoreInsight {
    /// How rapport was started.
    pub ctx: Context,
}

impl Insight for StoreInsight {
    fn plan(&self, plan: &str) -> Result<PlanInsight, String> {
        let ctx = &self.ctx;
        let library = super::library(ctx);
        let plan = super::calibration::plan(library, plan).map_err(|e| e.to_string())?;
        let (listed, _) = ctx
            .store()
            .summaries()
            .map_err(|e| crate::tui::journal_cause(&e))?;
        let sessions = || listed.iter().map(|l| &l.summary);
        let comparison = super::compare::comparison(library, plan, sessions());
        let labels = Labels::new(Catalog::new(ctx.ui_lang), (ctx.now)());
        let (_, compare) = super::compare::table(ctx, plan, &comparison, &labels);
        let calibration = super::calibration::calibration(plan, sessions());
        let (_, calibration) = super::calibration::tables(ctx, plan, &calibration);
        Ok(PlanInsight {
            role: crate::model::lang::pick(&plan.role, ctx.ui_lang)
                .map_or_else(|| plan.id.to_string(), |r| r.value.clone()),
            compare,
            compare_none: labels.t("compare-none"),
            calibration,
        })
    }

    fn referees(&self, id: SessionId) -> Result<Vec<MarkedReferee>, String> {
        let session = self
            .ctx
            .store()
            .read(id)
            .map_err(|e| crate::tui::journal_cause(&e))?;
        Ok(super::reference::marked(&session.state)
            .into_iter()
            .map(|call| MarkedReferee {
                place: place(&call.employer, &call.title),
                name: call.referee,
                why: call.why,
            })
            .collect())
    }
}
