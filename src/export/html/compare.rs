//! `rapport compare --to html`: a plan's candidates side by side on one self-contained page,
//! in the same style as a session's export (landscape when printed: the table is wide).

use maud::{DOCTYPE, PreEscaped, html};

use super::STYLE;
use crate::export::Labels;
use crate::export::compare::CompareTable;

/// The comparison titled `title` as a self-contained HTML page, labelled in `l`'s language.
pub fn compare_html(title: &str, table: &CompareTable, l: &Labels) -> String {
    html! {
        (DOCTYPE)
        html lang=(l.catalog().lang()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(STYLE)) "@page { size: A4 landscape; }" }
            }
            body {
                header { h1 { (title) } }
                section {
                    table {
                        thead { tr { @for c in &table.columns {
                            @if c.numeric { th.n { (c.title) } } @else { th { (c.title) } }
                        } } }
                        tbody { @for row in &table.rows { tr {
                            @for (cell, c) in row.cells.iter().zip(&table.columns) {
                                @if c.numeric {
                                    td.n { @if cell.best { strong { (cell.text) } } @else { (cell.text) } }
                                } @else {
                                    td { (cell.text) }
                                }
                            }
                        } } }
                    }
                    p.small.muted { (l.t("compare-best")) }
                    @for note in &table.notes { p.small.muted { (note) } }
                }
                footer { (l.footer()) }
            }
        }
    }
    .into_string()
}
