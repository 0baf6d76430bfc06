//! The reference calls as a report shows them: each referee's rating beside the candidate's
//! prediction, the gap and what it reads as, the consistency note and its rule, and the
//! rubric levels the references support beside the panel's. One source for the Markdown,
//! HTML and CSV exports and the summary screen.

use super::labels::{date, score};
use super::report::Report;
use crate::i18n::Catalog;
use crate::model::references::{Agreement, CONSISTENT_WITHIN, Consistency, Referee, References};

/// The reference calls of a report, in words and tables.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceTables {
    /// The calls, one row per referee, the first row the header.
    pub calls: Vec<Vec<String>>,
    /// Per criterion that a reference gave a level on: its name, the panel's mean and each
    /// referee's level; the first row the header. Empty when no reference gave a level.
    pub levels: Vec<Vec<String>>,
    /// The consistency note.
    pub note: String,
    /// The rule the note follows.
    pub rule: String,
}

/// The reference calls of `report` in `l`'s words, or `None` when it has none.
pub fn tables(report: &Report, l: &Catalog) -> Option<ReferenceTables> {
    let refs = report.references.as_ref().filter(|r| !r.is_empty())?;
    let mut calls = vec![
        [
            "references-referee",
            "references-where",
            "references-called",
            "references-predicted",
            "references-actual",
            "references-gap",
            "references-reading",
            "references-consent",
        ]
        .map(|id| l.t(id))
        .to_vec(),
    ];
    calls.extend(refs.referees.iter().map(|r| {
        vec![
            r.name.clone(),
            place(r),
            date(l, r.at),
            rating(r.predicted),
            rating(r.actual),
            r.gap().map_or_else(|| "—".to_owned(), gap),
            agreement(l, r.agreement()),
            l.t(if r.consent {
                "references-consent-given"
            } else {
                "references-consent-missing"
            }),
        ]
    }));
    Some(ReferenceTables {
        calls,
        levels: levels(report, refs, l),
        note: consistency(l, refs.consistency),
        rule: l.t_with(
            "references-rule",
            &[("within", i64::from(CONSISTENT_WITHIN).into())],
        ),
    })
}

/// One referee in a line, for narrow places: "Per Olsen (Acme · Agent): predicted 8, rated 7
/// (−1) — consistent".
pub fn line(r: &Referee, l: &Catalog) -> String {
    let gap = r
        .gap()
        .map_or_else(String::new, |g| format!(" ({})", gap(g)));
    l.t_with(
        "references-line",
        &[
            ("referee", r.name.clone().into()),
            ("where", place(r).into()),
            ("predicted", rating(r.predicted).into()),
            ("actual", format!("{}{gap}", rating(r.actual)).into()),
            ("reading", agreement(l, r.agreement()).into()),
        ],
    )
}

/// What a referee's rating reads as beside the prediction.
pub fn agreement(l: &Catalog, a: Option<Agreement>) -> String {
    l.t(match a {
        Some(Agreement::Consistent) => "references-agree-consistent",
        Some(Agreement::Overestimated) => "references-agree-over",
        Some(Agreement::Underestimated) => "references-agree-under",
        None => "references-agree-open",
    })
}

/// The consistency note, a sentence.
pub fn consistency(l: &Catalog, c: Consistency) -> String {
    l.t(match c {
        Consistency::NotYet => "references-not-yet",
        Consistency::Consistent => "references-consistent",
        Consistency::Overestimated => "references-overestimated",
        Consistency::Underestimated => "references-underestimated",
    })
}

/// The consistency in a word or two, for a table cell ("—" before any comparison).
pub fn consistency_short(l: &Catalog, c: Consistency) -> String {
    match c {
        Consistency::NotYet => "—".to_owned(),
        Consistency::Consistent => agreement(l, Some(Agreement::Consistent)),
        Consistency::Overestimated => agreement(l, Some(Agreement::Overestimated)),
        Consistency::Underestimated => agreement(l, Some(Agreement::Underestimated)),
    }
}

/// A gap with its sign: "+2", "0", "−1" (a true minus sign).
pub fn gap(g: i16) -> String {
    match g {
        0 => "0".to_owned(),
        g if g > 0 => format!("+{g}"),
        g => format!("−{}", g.unsigned_abs()),
    }
}

fn rating(r: Option<u8>) -> String {
    r.map_or_else(|| "—".to_owned(), |r| r.to_string())
}

/// Where the referee managed the candidate: "Acme · Agent".
fn place(r: &Referee) -> String {
    crate::model::references::place(&r.employer, &r.title)
}

/// The levels table: the criteria some reference gave a level on, in rubric order.
fn levels(report: &Report, refs: &References, l: &Catalog) -> Vec<Vec<String>> {
    let rows: Vec<Vec<String>> = report
        .criteria
        .iter()
        .filter(|c| refs.referees.iter().any(|r| r.levels.contains_key(&c.id)))
        .map(|c| {
            let mut row = vec![c.name.clone(), score(l, c.mean())];
            row.extend(refs.referees.iter().map(|r| {
                r.levels
                    .get(&c.id)
                    .map_or_else(|| "—".to_owned(), u8::to_string)
            }));
            row
        })
        .collect();
    if rows.is_empty() {
        return rows;
    }
    let mut head = vec![l.t("export-criterion"), l.t("references-panel")];
    head.extend(refs.referees.iter().map(|r| r.name.clone()));
    std::iter::once(head).chain(rows).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_carry_their_sign() {
        assert_eq!(
            [gap(2), gap(0), gap(-3)],
            ["+2".to_owned(), "0".into(), "−3".into()]
        );
    }
}
