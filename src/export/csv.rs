//! The CSV export: one row per rubric criterion, for spreadsheets. RFC 4180: comma-separated,
//! CRLF line ends, fields quoted when they hold a comma, quote or line break. It starts with a
//! UTF-8 byte order mark, so that spreadsheets read Bērziņš and 王小明 as written; numbers use
//! the UI language's decimal mark, so that a spreadsheet in that language reads them as
//! numbers; and a text cell that a spreadsheet would run as a formula (one starting with
//! `= + - @`, a tab or a CR) starts with `'`, as OWASP advises.

use super::labels::Labels;
use super::report::Report;

/// The criteria as CSV, with a header row in the UI language.
pub fn to_csv(report: &Report, l: &Labels) -> String {
    let mut head = vec![
        l.t("export-rubric"),
        "id".to_owned(),
        l.t("export-criterion"),
        l.t("export-weight"),
    ];
    head.extend(report.panelists.iter().cloned());
    head.push(l.t("export-mean"));
    head.push(l.t("export-evidence"));
    let mut out = String::from("\u{FEFF}");
    push_row(&mut out, &head);
    let rubric = format!("{} v{}", report.rubric.1, report.rubric.2);
    for c in &report.criteria {
        let mut row = vec![
            rubric.clone(),
            c.id.to_string(),
            c.name.clone(),
            c.weight.to_string(),
        ];
        row.extend(
            c.levels
                .iter()
                .map(|level| level.map_or(String::new(), |l| l.get().to_string())),
        );
        let mark = l.t("decimal-mark");
        row.push(
            c.mean()
                .map_or(String::new(), |m| format!("{m:.1}").replace('.', &mark)),
        );
        row.push(c.evidence.len().to_string());
        push_row(&mut out, &row);
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
