//! A plan's candidates side by side as a table of words: one source for `rapport compare`
//! in Markdown, CSV and HTML and for the home screen's view, each cell with what it sorts by
//! and whether it is the best level on its criterion.

use std::cmp::Ordering;

use super::labels::{Labels, decision, percent, score};
use super::references::consistency_short;
use crate::model::compare::{Comparison, Row};
use crate::model::references::Consistency;
use crate::model::{Decision, Recommendation};

/// What a cell sorts by: a number (missing ones last), or its text.
#[derive(Debug, Clone, PartialEq)]
pub enum SortKey {
    /// A number; `None` sorts after every number.
    Number(Option<f64>),
    /// Text, compared as written.
    Text(String),
}

/// One cell of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// What it says.
    pub text: String,
    /// What it sorts by.
    pub key: SortKey,
    /// Whether it is the best level any candidate has on its criterion.
    pub best: bool,
}

/// One candidate's row.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareRow {
    /// Their latest interview, to open from the row.
    pub session: Option<crate::model::SessionId>,
    /// The cells, one per column.
    pub cells: Vec<Cell>,
}

/// One column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// Its heading.
    pub title: String,
    /// Whether it holds numbers (right-aligned).
    pub numeric: bool,
}

/// The comparison as a table.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareTable {
    /// The columns: rank, candidate, weighted score, coverage, a level per criterion, then
    /// recommendations, consensus, flags, the 1–10 verdict, references and dates.
    pub columns: Vec<Column>,
    /// One row per candidate, best weighted score first until sorted otherwise.
    pub rows: Vec<CompareRow>,
    /// What the reader needs to know to read it beyond how the best is marked (which each
    /// format says its own way): what is left out.
    pub notes: Vec<String>,
}

/// The column of the weighted score, the table's first order.
pub const WEIGHTED: usize = 2;

impl CompareTable {
    /// The table of `comparison`, its criteria named `names` (in the same order).
    pub fn of(comparison: &Comparison, names: &[String], l: &Labels) -> Self {
        let ui = l.catalog();
        let column = |title: String, numeric: bool| Column { title, numeric };
        let mut columns = vec![
            column("#".to_owned(), true),
            column(ui.t("csv-candidate"), false),
            column(ui.t("export-weighted"), true),
            column(ui.t("export-coverage"), true),
        ];
        columns.extend(names.iter().map(|n| column(n.clone(), true)));
        columns.extend(
            [
                "export-recommendation",
                "debrief-consensus",
                "export-flags",
                "export-self-awareness",
                "compare-references",
                "csv-date",
            ]
            .map(|id| column(ui.t(id), false)),
        );
        let rows = comparison
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| CompareRow {
                session: r.sessions.last().copied(),
                cells: cells(i, r, comparison, l),
            })
            .collect();
        let open: usize = comparison.rows.iter().map(|r| r.open).sum();
        let mut notes = Vec::new();
        if open > 0 {
            notes.push(ui.t_with("compare-open", &[("count", open.into())]));
        }
        CompareTable {
            columns,
            rows,
            notes,
        }
    }

    /// Sorts the rows by `column`, highest (or last in the alphabet) first when
    /// `descending`; rows without a number come last either way, and ties keep their order.
    pub fn sort_by(&mut self, column: usize, descending: bool) {
        self.rows.sort_by(|a, b| {
            let (Some(a), Some(b)) = (a.cells.get(column), b.cells.get(column)) else {
                return Ordering::Equal;
            };
            match (&a.key, &b.key) {
                (SortKey::Number(Some(x)), SortKey::Number(Some(y))) => {
                    let o = x.total_cmp(y);
                    if descending { o.reverse() } else { o }
                }
                (SortKey::Number(Some(_)), SortKey::Number(None)) => Ordering::Less,
                (SortKey::Number(None), SortKey::Number(Some(_))) => Ordering::Greater,
                (SortKey::Text(x), SortKey::Text(y)) => {
                    let o = x.to_lowercase().cmp(&y.to_lowercase());
                    if descending { o.reverse() } else { o }
                }
                _ => Ordering::Equal,
            }
        });
    }

    /// The cells' texts, the header first.
    pub fn texts(&self) -> Vec<Vec<String>> {
        let head = self.columns.iter().map(|c| c.title.clone()).collect();
        let body = self
            .rows
            .iter()
            .map(|row| row.cells.iter().map(|c| c.text.clone()).collect());
        std::iter::once(head).chain(body).collect()
    }

    /// The table as Markdown, the best levels in bold, then what bold means and its notes.
    pub fn markdown(&self, l: &crate::i18n::Catalog) -> String {
        let cell = super::markdown::markdown_cell;
        let mut rows = vec![self.columns.iter().map(|c| cell(&c.title)).collect()];
        rows.extend(self.rows.iter().map(|row| {
            row.cells
                .iter()
                .map(|c| match c.best {
                    true => format!("**{}**", cell(&c.text)),
                    false => cell(&c.text),
                })
                .collect()
        }));
        let right: Vec<bool> = self.columns.iter().map(|c| c.numeric).collect();
        let mut md = super::markdown::markdown_table(&rows, &right);
        let best = l.t("compare-best");
        for note in std::iter::once(&best).chain(&self.notes) {
            md.push_str(&format!("\n_{}_\n", cell(note)));
        }
        md
    }
}

/// The cells of candidate `r`, ranked `i` (from 0) by weighted score.
fn cells(i: usize, r: &Row, comparison: &Comparison, l: &Labels) -> Vec<Cell> {
    let ui = l.catalog();
    let number = |text: String, n: Option<f64>| Cell {
        text,
        key: SortKey::Number(n),
        best: false,
    };
    let text = |text: String| Cell {
        key: SortKey::Text(text.clone()),
        text,
        best: false,
    };
    let mut row = vec![
        number((i + 1).to_string(), Some(i as f64)),
        text(r.candidate.clone()),
        number(score(ui, r.weighted), r.weighted),
        number(percent(ui, r.coverage), Some(r.coverage)),
    ];
    row.extend(
        r.levels
            .iter()
            .zip(&comparison.best)
            .map(|(level, best)| Cell {
                best: level.is_some() && level == best,
                ..number(score(ui, *level), *level)
            }),
    );
    row.push(recommendations(&r.recommendations, l));
    row.push(Cell {
        key: SortKey::Number(r.consensus.map(|d| match d {
            Decision::Hire => 2.0,
            Decision::SecondInterview => 1.0,
            Decision::NoHire => 0.0,
        })),
        ..text(r.consensus.map_or_else(String::new, |d| decision(ui, d)))
    });
    row.push(Cell {
        key: SortKey::Number(Some(r.flags.1 as f64 - r.flags.0 as f64)),
        ..text(format!("✗ {} · ✓ {}", r.flags.0, r.flags.1))
    });
    row.push(text(l.self_awareness(r.self_awareness)));
    row.push(references(r, l));
    let dates: Vec<String> = r
        .dates
        .iter()
        .map(|d| crate::i18n::date(ui.lang(), *d))
        .collect();
    // Sorted by the latest interview, whatever the language writes dates as.
    let latest = r.dates.last().map(|d| d.timestamp() as f64);
    row.push(Cell {
        key: SortKey::Number(latest),
        ..text(dates.join(", "))
    });
    row
}

/// "2× Yes, 1× No", strongest first; sorts by the mean recommendation.
fn recommendations(said: &[Recommendation], l: &Labels) -> Cell {
    let mut counted: Vec<(Recommendation, usize)> = Vec::new();
    for rec in said {
        match counted.iter_mut().find(|(x, _)| x == rec) {
            Some((_, n)) => *n += 1,
            None => counted.push((*rec, 1)),
        }
    }
    counted.sort_by_key(|(r, _)| std::cmp::Reverse(*r as u8));
    let mean = (!said.is_empty())
        .then(|| said.iter().map(|r| f64::from(*r as u8)).sum::<f64>() / said.len() as f64);
    Cell {
        text: counted
            .iter()
            .map(|(rec, n)| format!("{n}× {}", l.recommendation(*rec)))
            .collect::<Vec<_>>()
            .join(", "),
        key: SortKey::Number(mean),
        best: false,
    }
}

/// "consistent (2)": what the reference calls say, and how many were made; consistent first
/// when sorted high to low.
fn references(r: &Row, l: &Labels) -> Cell {
    let reading = consistency_short(l.catalog(), r.consistency);
    let text = match (r.reference_calls, r.consistency) {
        (0, _) => String::new(),
        (n, Consistency::NotYet) => format!("({n})"),
        (n, _) => format!("{reading} ({n})"),
    };
    let key = match r.consistency {
        Consistency::NotYet => None,
        Consistency::Overestimated => Some(0.0),
        Consistency::Underestimated => Some(1.0),
        Consistency::Consistent => Some(2.0),
    };
    Cell {
        text,
        key: SortKey::Number(key),
        best: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(key: SortKey) -> Cell {
        Cell {
            text: String::new(),
            key,
            best: false,
        }
    }

    fn table(keys: &[SortKey]) -> CompareTable {
        CompareTable {
            columns: vec![Column {
                title: "x".into(),
                numeric: true,
            }],
            rows: keys
                .iter()
                .cloned()
                .map(|k| CompareRow {
                    session: None,
                    cells: vec![cell(k)],
                })
                .collect(),
            notes: Vec::new(),
        }
    }

    fn keys(t: &CompareTable) -> Vec<SortKey> {
        t.rows.iter().map(|r| r.cells[0].key.clone()).collect()
    }

    #[test]
    fn numbers_sort_either_way_with_the_missing_last() {
        use SortKey::Number as N;
        let mut t = table(&[N(Some(2.0)), N(None), N(Some(3.5)), N(Some(1.0))]);
        t.sort_by(0, true);
        assert_eq!(
            keys(&t),
            [N(Some(3.5)), N(Some(2.0)), N(Some(1.0)), N(None)]
        );
        t.sort_by(0, false);
        assert_eq!(
            keys(&t),
            [N(Some(1.0)), N(Some(2.0)), N(Some(3.5)), N(None)]
        );
    }

    #[test]
    fn text_sorts_whatever_the_case() {
        use SortKey::Text as T;
        let mut t = table(&[T("siv".into()), T("Kari".into()), T("ola".into())]);
        t.sort_by(0, false);
        assert_eq!(
            keys(&t),
            [T("Kari".into()), T("ola".into()), T("siv".into())]
        );
    }
}
