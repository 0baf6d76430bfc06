//! The CSV export, for spreadsheets: one row per criterion and panelist, each carrying the
//! session, the candidate, the date, the plan, the format and the panelist's weighted score and
//! recommendation, so that the exports of many interviews stack into one sheet (skip the
//! header row of all but the first). RFC 4180: comma-separated, CRLF line ends, fields quoted
//! when they hold a comma, quote or line break. It starts with a UTF-8 byte order mark, so that
//! spreadsheets read Bērziņš and 王小明 as written; numbers use the UI language's decimal mark,
//! so that a spreadsheet in that language reads them as numbers; and a text cell that a
//! spreadsheet would run as a formula (one starting with `= + - @`, a tab or a CR) starts with
//! `'`, as OWASP advises. A reference call adds a row per criterion the referee's account
//! gave a level on, with the referee's 1–10 rating beside the one the candidate predicted.

use super::labels::{Labels, score};
use super::report::Report;

/// The session as CSV, with a header row in the UI language.
pub fn to_csv(report: &Report, l: &Labels) -> String {
    let head: Vec<String> = [
        "csv-session",
        "csv-candidate",
        "csv-date",
        "csv-plan",
        "csv-format",
        "export-rubric",
        "csv-criterion-id",
        "export-criterion",
        "export-weight",
        "export-panelist",
        "scoring-level",
        "export-evidence",
        "export-weighted",
        "export-coverage",
        "export-recommendation",
        "export-status",
        "references-predicted",
        "references-actual",
    ]
    .iter()
    .map(|id| l.t(id))
    .collect();
    let mut out = String::from("\u{FEFF}");
    push_row(&mut out, &head);
    let ui = l.catalog();
    let session = [
        report.session.to_string(),
        report.candidate.clone(),
        report.created.format("%Y-%m-%d").to_string(),
        report.plan.to_string(),
        report.format.1.clone(),
        format!("{} v{}", report.rubric.1, report.rubric.2),
    ];
    // A session no one has scored yet still has its rows, with no panelist.
    let nobody = [String::new()];
    let panelists: &[String] = if report.panelists.is_empty() {
        &nobody
    } else {
        &report.panelists
    };
    for c in &report.criteria {
        for (i, panelist) in panelists.iter().enumerate() {
            let verdict = report.verdicts.get(i);
            let mut row = session.to_vec();
            row.extend([
                c.id.to_string(),
                c.name.clone(),
                c.weight.to_string(),
                panelist.clone(),
                c.levels
                    .get(i)
                    .copied()
                    .flatten()
                    .map_or(String::new(), |l| l.get().to_string()),
                c.evidence.len().to_string(),
                verdict
                    .and_then(|v| v.score.score)
                    .map_or(String::new(), |s| score(ui, Some(s))),
                verdict.map_or(String::new(), |v| {
                    format!("{:.2}", v.score.coverage).replace('.', &l.t("decimal-mark"))
                }),
                verdict
                    .and_then(|v| v.recommendation.as_ref())
                    .map_or(String::new(), |(r, _)| l.recommendation(*r)),
                verdict.map_or(String::new(), |v| {
                    l.t(if v.submitted {
                        "export-submitted"
                    } else {
                        "export-draft"
                    })
                }),
                String::new(),
                String::new(),
            ]);
            push_row(&mut out, &row);
        }
    }
    // Each reference call's levels, as a row per criterion the referee's account touched,
    // with the referee's rating beside the candidate's prediction.
    let referees = report.references.iter().flat_map(|r| &r.referees);
    for r in referees {
        let as_panelist = ui.t_with(
            "references-as-panelist",
            &[("referee", r.name.clone().into())],
        );
        let rated: Vec<_> = report
            .criteria
            .iter()
            .filter_map(|c| Some((c, *r.levels.get(&c.id)?)))
            .collect();
        // A call with no levels still has its row, for the ratings.
        let cells = |c: Option<&(&super::report::CriterionRow, u8)>| {
            c.map_or_else(
                || [String::new(), String::new(), String::new(), String::new()],
                |(c, level)| {
                    [
                        c.id.to_string(),
                        c.name.clone(),
                        c.weight.to_string(),
                        level.to_string(),
                    ]
                },
            )
        };
        let rows: Vec<[String; 4]> = if rated.is_empty() {
            vec![cells(None)]
        } else {
            rated.iter().map(|c| cells(Some(c))).collect()
        };
        for [id, name, weight, level] in rows {
            let mut row = session.to_vec();
            row.extend([id, name, weight, as_panelist.clone(), level]);
            row.extend(std::iter::repeat_n(String::new(), 5));
            row.push(r.predicted.map_or(String::new(), |p| p.to_string()));
            row.push(r.actual.map_or(String::new(), |a| a.to_string()));
            push_row(&mut out, &row);
        }
    }
    out
}

/// Rows as CSV (the first the header), with the byte order mark and the same quoting and
/// formula guard as the export.
pub fn csv_table(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{FEFF}");
    for row in rows {
        push_row(&mut out, row);
    }
    out
}

fn push_row(out: &mut String, fields: &[String]) {
    let quoted: Vec<String> = fields.iter().map(|f| field(f)).collect();
    out.push_str(&quoted.join(","));
    out.push_str("\r\n");
}

fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(text) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Whether a cell is a number we wrote ("-1", "2,5"), not text that starts like a formula.
fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty()
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_commas_quotes_or_breaks_are_quoted() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn cells_a_spreadsheet_would_run_as_formulas_are_kept_as_text() {
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("+47 912"), "'+47 912");
        assert_eq!(field("-cmd|' /C calc'!A0"), "'-cmd|' /C calc'!A0");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\tx"), "'\tx");
        assert_eq!(
            field("=HYPERLINK(\"x\",\"y\")"),
            "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""
        );
        assert_eq!(field("-1"), "-1");
        assert_eq!(field("2,5"), "\"2,5\"");
    }
}
