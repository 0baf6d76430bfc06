//! How well a panel agrees, as tables of words: one source for `rapport calibration` and the
//! home screen's view of a plan.

use crate::i18n::Catalog;
use crate::model::calibration::{Alpha, Calibration, Reading};

/// A calibration in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalibrationTables {
    /// How many sessions count, a sentence.
    pub sessions: String,
    /// Per criterion, then all together (the last row): alpha, units and what it means; the
    /// first row the header. Only the header when no session counts.
    pub agreement: Vec<Vec<String>>,
    /// What alpha means.
    pub guidance: String,
    /// Per panelist: leniency and the pairs it is from; the first row the header.
    pub leniency: Vec<Vec<String>>,
    /// What leniency means.
    pub leniency_means: String,
}

impl CalibrationTables {
    /// The tables of `calibration` in `ui`'s words, its criteria in the order and with the
    /// names of `rubric` (any other after them, by id).
    pub fn of(
        calibration: &Calibration,
        rubric: &[(crate::model::CriterionId, String)],
        ui: &Catalog,
    ) -> Self {
        let rank = |id: &crate::model::CriterionId| {
            rubric
                .iter()
                .position(|(c, _)| c == id)
                .unwrap_or(rubric.len())
        };
        let name = |id: &crate::model::CriterionId| {
            rubric
                .iter()
                .find(|(c, _)| c == id)
                .map_or_else(|| id.to_string(), |(_, n)| n.clone())
        };
        let mut criteria: Vec<_> = calibration.criteria.iter().collect();
        criteria.sort_by_key(|(id, _)| rank(id));
        let decimal = |text: String| text.replace('.', &ui.t("decimal-mark"));
        let alpha = |a: &Option<Alpha>| match a {
            Some(a) => vec![
                decimal(format!("{:.3}", a.value)),
                a.units.to_string(),
                ui.t(match a.reading() {
                    Reading::Reliable => "calibration-reliable",
                    Reading::Tentative => "calibration-tentative",
                    Reading::NotYet => "calibration-not-yet",
                }),
            ],
            None => vec!["—".into(), "—".into(), ui.t("calibration-undefined")],
        };
        let mut agreement = vec![
            [
                "export-criterion",
                "calibration-alpha",
                "calibration-units",
                "calibration-reading",
            ]
            .map(|id| ui.t(id))
            .to_vec(),
        ];
        let mut leniency = vec![
            [
                "export-panelist",
                "calibration-leniency",
                "calibration-pairs",
            ]
            .map(|id| ui.t(id))
            .to_vec(),
        ];
        if calibration.sessions > 0 {
            for (id, a) in criteria {
                agreement.push(std::iter::once(name(id)).chain(alpha(a)).collect());
            }
            agreement.push(
                std::iter::once(ui.t("calibration-all"))
                    .chain(alpha(&calibration.overall))
                    .collect(),
            );
            leniency.extend(calibration.leniency.iter().map(|l| {
                vec![
                    l.panelist.clone(),
                    decimal(format!("{:+.2}", l.mean)),
                    l.pairs.to_string(),
                ]
            }));
        }
        CalibrationTables {
            sessions: ui.t_with(
                "calibration-sessions",
                &[("count", calibration.sessions.into())],
            ),
            agreement,
            guidance: ui.t("calibration-guidance"),
            leniency,
            leniency_means: ui.t("calibration-leniency-means"),
        }
    }

    /// Whether any session counts.
    pub fn is_empty(&self) -> bool {
        self.agreement.len() < 2
    }
}
