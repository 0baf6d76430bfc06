//! The CSV export: one row per rubric criterion, for spreadsheets. RFC 4180: comma-separated,
//! CRLF line ends, fields quoted when they hold a comma, quote or line break.

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
    let mut out = String::new();
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
        // For spreadsheets: a decimal point in every language, as RFC 4180 files carry.
        row.push(c.mean().map_or(String::new(), |m| format!("{m:.1}")));
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
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
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
}
