//! The Markdown export: paste-ready in GitHub and in mail clients that take Markdown.

use std::fmt::Write;

use super::labels::{self, Labels};
use super::report::{NoteLine, Report};
use crate::i18n::{clock, kind_marker};

/// The report as Markdown, labelled in the UI language of `l`.
pub fn to_markdown(report: &Report, l: &Labels) -> String {
    let mut md = String::new();
    let w = &mut md;
    // `write!` into a String cannot fail.
    let _ = writeln!(
        w,
        "# {} — {}\n",
        inline(&report.candidate),
        inline(&report.role)
    );
    for (label, value) in labels::facts(report, l.catalog()) {
        let label = labels::labelled(l.catalog(), &label);
        let _ = writeln!(w, "- **{}** {}", inline(&label), inline(&value));
    }

    heading(w, &l.t("export-summary"));
    let mut rows = vec![
        [
            "export-panelist",
            "export-weighted",
            "export-coverage",
            "export-recommendation",
            "export-status",
        ]
        .map(|id| l.t(id))
        .to_vec(),
    ];
    for (name, v) in report.panelists.iter().zip(&report.verdicts) {
        rows.push(vec![
            name.clone(),
            labels::score(l.catalog(), v.score.score),
            labels::percent(l.catalog(), v.score.coverage),
            v.recommendation
                .as_ref()
                .map_or_else(|| "—".to_owned(), |(r, _)| l.recommendation(*r)),
            l.t(if v.submitted {
                "export-submitted"
            } else {
                "export-draft"
            }),
        ]);
    }
    table(w, &rows, &[false, true, true, false, false]);
    let withheld = labels::withheld(report, l.catalog());
    if !withheld.is_empty() {
        let _ = writeln!(w, "\n**{}**\n", inline(&l.t("blind-title")));
        for line in withheld {
            let _ = writeln!(w, "- {}", inline(&line));
        }
    }
    for (name, v) in report.panelists.iter().zip(&report.verdicts) {
        if let Some((_, why)) = v
            .recommendation
            .as_ref()
            .filter(|(_, why)| !why.trim().is_empty())
        {
            let _ = writeln!(w, "\n**{}** — {}:\n", l.t("export-rationale"), inline(name));
            for line in why.lines() {
                let _ = writeln!(w, "> {}", inline(line));
            }
        }
    }
    if let Some(d) = &report.debrief {
        heading(w, &l.t("debrief-title"));
        w.push_str(&debrief_markdown(d, report, l, false));
    }
    let _ = writeln!(
        w,
        "\n**{}** {}\n",
        labels::labelled(l.catalog(), &l.t("export-self-awareness")),
        l.self_awareness(report.self_awareness),
    );
    ratings(w, report, l);
    let _ = writeln!(w, "\n_{}_", l.t("export-formula"));
    references(w, report, l);

    heading(w, &l.t("export-scores"));
    let mut head = vec![l.t("export-criterion"), l.t("export-weight")];
    head.extend(report.panelists.iter().cloned());
    if report.panelists.len() > 1 {
        head.push(l.t("export-mean"));
    }
    head.push(l.t("export-evidence"));
    let mut rows = vec![head];
    for c in &report.criteria {
        let mut row = vec![c.name.clone(), c.weight.to_string()];
        row.extend(c.levels.iter().map(|level| labels::level(*level)));
        if report.panelists.len() > 1 {
            row.push(labels::score(l.catalog(), c.mean()));
        }
        row.push(c.evidence.len().to_string());
        rows.push(row);
    }
    let mut right = vec![false, true];
    right.extend(std::iter::repeat_n(true, rows[0].len() - 2));
    table(w, &rows, &right);
    for c in report.criteria.iter().filter(|c| !c.evidence.is_empty()) {
        let _ = writeln!(w, "\n**{}**\n", inline(&c.name));
        notes(w, &c.evidence, report.panelists.len() > 1);
    }

    heading(w, &l.t("export-time"));
    let mut rows = vec![
        ["export-section", "export-planned", "export-spent"]
            .map(|id| l.t(id))
            .to_vec(),
    ];
    for s in &report.sections {
        rows.push(vec![s.title.clone(), clock(s.budget_ms), clock(s.spent_ms)]);
    }
    table(w, &rows, &[false, true, true]);

    story(w, report, l);

    heading(w, &l.t("export-flags"));
    notes_or_none(w, &report.flags, report, l);

    if !report.roles.is_empty() {
        heading(w, &l.t("export-roles"));
        for line in labels::roles(report, l.catalog()) {
            let _ = writeln!(w, "- {}", inline(&line));
        }
    }

    heading(w, &l.t("export-follow-ups"));
    notes_or_none(w, &report.follow_ups, report, l);

    heading(w, &l.t("export-notes"));
    notes_or_none(w, &report.notes, report, l);

    heading(w, &l.t("export-feedback"));
    let _ = writeln!(w, "_{}_\n", l.t("export-feedback-hint"));
    for paragraph in &report.feedback {
        let _ = writeln!(w, "{}\n", inline(paragraph));
    }

    heading(w, &l.t("export-review"));
    if report.review.is_clear() {
        let _ = writeln!(
            w,
            "{}",
            inline(&labels::review_checked(report, l.catalog()))
        );
    }
    for item in labels::review(report, l.catalog()) {
        let _ = writeln!(w, "- {}", inline(&item));
    }
    let _ = writeln!(w, "\n---\n\n_{}_", l.footer());
    md
}

/// The 1–10 rule as asked: who, their name, the rating predicted.
fn ratings(w: &mut String, report: &Report, l: &Labels) {
    if report
        .ratings
        .iter()
        .all(|r| r.name.is_none() && r.rating.is_none())
    {
        return;
    }
    let mut rows = vec![
        [
            "export-ratings-who",
            "export-ratings-name",
            "export-ratings-rating",
        ]
        .map(|id| l.t(id))
        .to_vec(),
    ];
    for r in &report.ratings {
        rows.push(vec![
            labels::rating_slot(l.catalog(), r.slot),
            r.name.clone().unwrap_or_else(|| "—".to_owned()),
            r.rating.map_or_else(|| "—".to_owned(), |n| n.to_string()),
        ]);
    }
    table(w, &rows, &[false, false, true]);
}

/// The reference calls: each referee's rating beside the prediction, the consistency note,
/// and the levels the references support beside the panel's.
fn references(w: &mut String, report: &Report, l: &Labels) {
    let Some(t) = super::reference_tables(report, l.catalog()) else {
        return;
    };
    heading(w, &l.t("references-title"));
    let numbers = |n: usize, from: usize, to: usize| -> Vec<bool> {
        (0..n).map(|i| (from..to).contains(&i)).collect()
    };
    table(w, &t.calls, &numbers(t.calls[0].len(), 3, 6));
    let _ = writeln!(w, "\n{}\n\n_{}_", inline(&t.note), inline(&t.rule));
    if let Some(head) = t.levels.first() {
        let _ = writeln!(w, "\n**{}**\n", inline(&l.t("references-levels")));
        table(w, &t.levels, &numbers(head.len(), 1, head.len()));
    }
}

/// The interview as it went: per section, per role in the deep-dive, each question with what
/// became of it, the time spent, the answer summed up and the notes taken on it.
fn story(w: &mut String, report: &Report, l: &Labels) {
    let story = &report.story;
    heading(w, &l.t("export-story"));
    let _ = writeln!(
        w,
        "{}",
        inline(&labels::question_counts(story, l.catalog()))
    );
    let authors = report.panelists.len() > 1;
    for section in story.sections.iter().filter(|s| !s.is_empty()) {
        let _ = writeln!(w, "\n### {}\n", inline(&section.title));
        for role in &section.roles {
            if let Some(details) = &role.role {
                let _ = writeln!(
                    w,
                    "\n#### {}\n",
                    inline(&labels::role_line(details, l.catalog()))
                );
            }
            for q in &role.questions {
                let _ = writeln!(
                    w,
                    "- **{}** — {}",
                    inline(&q.text),
                    inline(&labels::fate(q, l.catalog()))
                );
                if let Some(answer) = &q.answer {
                    // "_Answer:_ text", "_回答：_text": emphasis cannot end in a space.
                    let lead = labels::label_lead(l.catalog(), &l.t("export-answer"));
                    let gap = if lead.ends_with(' ') { " " } else { "" };
                    let _ = writeln!(
                        w,
                        "  - _{}_{gap}{}",
                        inline(lead.trim_end()),
                        inline(answer)
                    );
                }
                let mut nested = String::new();
                notes(&mut nested, &q.notes, authors);
                for line in nested.lines() {
                    let _ = writeln!(w, "  {line}");
                }
            }
        }
        if !section.notes.is_empty() {
            let _ = writeln!(w, "\n_{}_\n", inline(&l.t("export-section-notes")));
            notes(w, &section.notes, authors);
        }
    }
    if !story.unplaced.is_empty() {
        let _ = writeln!(w, "\n### {}\n", inline(&l.t("export-other-notes")));
        notes(w, &story.unplaced, authors);
    }
}

fn heading(w: &mut String, text: &str) {
    let _ = writeln!(w, "\n## {}\n", inline(text));
}

fn notes_or_none(w: &mut String, lines: &[NoteLine], report: &Report, l: &Labels) {
    if lines.is_empty() {
        let _ = writeln!(w, "{}", l.t("export-none"));
    } else {
        notes(w, lines, report.panelists.len() > 1);
    }
}

/// Notes as a list: `mm:ss`, kind marker, text (continued lines indented); with `authors`,
/// who wrote each.
fn notes(w: &mut String, lines: &[NoteLine], authors: bool) {
    for n in lines {
        let by = if authors {
            format!(" _({})_", inline(&n.author))
        } else {
            String::new()
        };
        // Each line of a note on its own line of the item; no blank line, which would
        // spread the whole list into paragraphs.
        let text = n
            .text
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(line_of_item)
            .collect::<Vec<_>>()
            .join("  \n  ");
        let _ = writeln!(
            w,
            "- `{}` {} {text}{by}",
            clock(n.at_ms),
            kind_marker(n.kind)
        );
    }
}

/// A line of a note continued in a list item, shown as typed: [`inline`], and a list marker
/// or a rule at its start ("- ", "+ ", "1. ", "---") escaped so it stays text.
fn line_of_item(line: &str) -> String {
    let text = inline(line.trim_start());
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let marker =
        text.starts_with(['-', '+', '=']) || (digits > 0 && text[digits..].starts_with(['.', ')']));
    if !marker {
        return text;
    }
    let at = if digits > 0 { digits } else { 0 };
    format!("{}\\{}", &text[..at], &text[at..])
}

/// A table with a header row; `right[i]` right-aligns column i.
fn table(w: &mut String, rows: &[Vec<String>], right: &[bool]) {
    let escaped: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|c| inline(c)).collect())
        .collect();
    w.push_str(&markdown_table(&escaped, right));
}

/// A table of cells already written as Markdown (see [`markdown_cell`]), the first row the
/// header; `right[i]` right-aligns column i.
pub fn markdown_table(rows: &[Vec<String>], right: &[bool]) -> String {
    let mut w = String::new();
    let Some((head, body)) = rows.split_first() else {
        return w;
    };
    let _ = writeln!(w, "| {} |", head.join(" | "));
    let rule: Vec<&str> = (0..head.len())
        .map(|i| {
            if right.get(i).copied().unwrap_or(false) {
                "--:"
            } else {
                "---"
            }
        })
        .collect();
    let _ = writeln!(w, "| {} |", rule.join(" | "));
    for row in body {
        let _ = writeln!(w, "| {} |", row.join(" | "));
    }
    w
}

/// `text` as a Markdown table cell or line that shows as typed (see [`inline`]).
pub fn markdown_cell(text: &str) -> String {
    inline(text)
}

/// Text that Markdown shows as typed: characters that would start emphasis, code, links,
/// HTML or headings are escaped; line breaks become spaces.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '~' | '&' | '!' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// The debrief as Markdown: the panel's levels per criterion side by side with the spread and
/// the mean, disputes marked ⚠, the recommendations, the consensus, and (with `notes`) the
/// whole panel's notes with who wrote each.
pub fn debrief_markdown(
    d: &crate::model::debrief::Debrief,
    report: &Report,
    l: &Labels,
    notes: bool,
) -> String {
    let mut w = String::new();
    let w = &mut w;
    let mut head = vec![l.t("export-criterion"), l.t("export-weight")];
    head.extend(d.panelists.iter().cloned());
    head.push(l.t("debrief-spread"));
    head.push(l.t("export-mean"));
    let mut rows = vec![head];
    for c in &d.criteria {
        let name = labels::criterion_name(report, &c.id);
        let mut row = vec![
            if c.disputed {
                format!("⚠ {name}")
            } else {
                name
            },
            c.weight.to_string(),
        ];
        row.extend(c.levels.iter().map(|lv| labels::level(*lv)));
        row.push(c.spread.map_or_else(|| "—".to_owned(), |s| s.to_string()));
        row.push(labels::score(l.catalog(), c.mean));
        rows.push(row);
    }
    let mut recs = vec![l.t("export-recommendation"), String::new()];
    recs.extend(
        d.recommendations
            .iter()
            .map(|r| r.map_or_else(|| "—".to_owned(), |r| l.recommendation(r))),
    );
    recs.push(if d.recommendations_split {
        format!("⚠ {}", l.t("debrief-split"))
    } else {
        String::new()
    });
    recs.push(String::new());
    rows.push(recs);
    let mut right = vec![false, true];
    right.extend(d.panelists.iter().map(|_| true));
    right.extend([true, true]);
    table(w, &rows, &right);
    let said = labels::disputes(d, l.catalog());
    let _ = writeln!(w, "\n{}", inline(&said));
    let decided = labels::decided(d, l.catalog());
    let _ = writeln!(
        w,
        "\n**{}:** {}",
        inline(&l.t("debrief-consensus")),
        inline(&decided)
    );
    if let Some(c) = d
        .consensus
        .as_ref()
        .filter(|c| !c.rationale.trim().is_empty())
    {
        let _ = writeln!(w);
        for line in c.rationale.lines() {
            let _ = writeln!(w, "> {}", inline(line));
        }
    }
    if notes {
        heading(w, &l.t("debrief-timeline"));
        for n in &report.notes {
            let _ = writeln!(
                w,
                "- `{}` · **{}** · {}",
                clock(n.at_ms),
                inline(&n.author),
                inline(&n.text.replace('\n', " "))
            );
        }
    }
    w.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_characters_in_notes_are_shown_as_typed() {
        assert_eq!(
            inline("*great* <b>_x_</b> #1"),
            "\\*great\\* \\<b\\>\\_x\\_\\</b\\> \\#1"
        );
        assert_eq!(inline("two\nlines"), "two lines");
        assert_eq!(
            inline("Tom &amp; Jerry &lt;3 ![x](y) a|b"),
            "Tom \\&amp; Jerry \\&lt;3 \\!\\[x\\](y) a\\|b",
            "entities, images and table bars stay as typed"
        );
    }

    #[test]
    fn a_note_of_several_lines_keeps_the_list_tight_and_its_markers_literal() {
        let lines = vec![
            NoteLine {
                id: crate::model::EventId(uuid::Uuid::from_u128(1)),
                at_ms: 1_000,
                kind: crate::model::NoteKind::Note,
                text: "Three points:\n\n- calm\n2. kind\n---".into(),
                author: "ann".into(),
            },
            NoteLine {
                id: crate::model::EventId(uuid::Uuid::from_u128(2)),
                at_ms: 2_000,
                kind: crate::model::NoteKind::Note,
                text: "next".into(),
                author: "ann".into(),
            },
        ];
        let mut w = String::new();
        notes(&mut w, &lines, false);
        assert!(!w.contains("\n\n"), "no blank line in the list: {w}");
        assert!(w.contains("  \\- calm"), "{w}");
        assert!(w.contains("  2\\. kind"), "{w}");
        assert!(w.contains("  \\---"), "{w}");
        assert_eq!(w.lines().filter(|l| l.starts_with("- ")).count(), 2);
    }
}
