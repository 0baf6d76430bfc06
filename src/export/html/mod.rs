//! The HTML export: one self-contained page (inline CSS and SVG, no scripts, nothing fetched)
//! that reads well on screen and prints on A4 or Letter: a running header with the candidate
//! and the date, page numbers, headings kept with what follows, tables that break between
//! rows. Written with maud, which escapes every value unless told otherwise.

mod charts;
mod compare;

pub use compare::compare_html;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::labels::{self, Labels};
use super::report::{NoteLine, Report};
use super::story::SectionStory;
use crate::i18n::{clock, kind_marker, kind_message};
use crate::model::NoteKind;

/// The page's styles.
const STYLE: &str = include_str!("style.css");

/// The report as a self-contained HTML page, labelled in the UI language of `l`.
pub fn to_html(report: &Report, l: &Labels) -> String {
    let title = format!("{} — {}", report.candidate, report.role);
    let page = html! {
        (DOCTYPE)
        html lang=(l.catalog().lang()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(STYLE)) (PreEscaped(running_header(report, l))) }
            }
            body {
                header {
                    h1 { (title) }
                    dl.facts {
                        @for (label, value) in labels::facts(report, l.catalog()) {
                            dt { (label) } dd { (value) }
                        }
                    }
                }
                (summary(report, l))
                @if let Some(t) = super::reference_tables(report, l.catalog()) {
                    (references(&t, l))
                }
                @if let Some(d) = &report.debrief {
                    section { h2 { (l.t("debrief-title")) } (debrief(d, report, l)) }
                }
                (scores(report, l))
                (time(report, l))
                section {
                    h2 { (l.t("export-timeline")) }
                    (charts::timeline(report, l))
                    (legend(l))
                }
                (story(report, l))
                section { h2 { (l.t("export-flags")) } (notes(&report.flags, report, l)) }
                @if !report.roles.is_empty() {
                    section {
                        h2 { (l.t("export-roles")) }
                        ul { @for line in labels::roles(report, l.catalog()) { li { (line) } } }
                    }
                }
                section {
                    h2 { (l.t("export-follow-ups")) }
                    (notes(&report.follow_ups, report, l))
                }
                section { h2 { (l.t("export-notes")) } (notes(&report.notes, report, l)) }
                section {
                    h2 { (l.t("export-feedback")) }
                    p.small.muted { (l.t("export-feedback-hint")) }
                    div.feedback lang=(report.langs.0) {
                        @for paragraph in &report.feedback { p { (paragraph) } }
                    }
                }
                section.review {
                    h2 { (l.t("export-review")) }
                    @if report.review.is_clear() {
                        p.muted { (labels::review_checked(report, l.catalog())) }
                    }
                    @for item in labels::review(report, l.catalog()) { p.flag { "⚑ " (item) } }
                }
                footer { (l.footer()) }
            }
        }
    };
    page.into_string()
}

/// The page's margin boxes in print: the candidate and the interview's date at the top, the
/// page number and count at the foot.
fn running_header(report: &Report, l: &Labels) -> String {
    let top = format!(
        "{} · {}",
        report.candidate,
        crate::i18n::date(l.catalog().lang(), report.created)
    );
    format!(
        "\n@page {{ @top-left {{ content: {}; font: 8pt sans-serif; color: #5b6575; }}\n  \
         @bottom-right {{ content: counter(page) \" / \" counter(pages); font: 8pt sans-serif; \
         color: #5b6575; }} }}\n",
        css_string(&top)
    )
}

/// `text` as a CSS string: everything but letters, digits and spaces escaped as code points,
/// so that no name can end the string, the rule or the style element.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            out.push_str(&format!("\\{:x} ", u32::from(c)));
        }
    }
    out.push('"');
    out
}

/// The panel's verdicts, what is withheld, the rationales and the 1–10 rule.
fn summary(report: &Report, l: &Labels) -> Markup {
    let withheld = labels::withheld(report, l.catalog());
    let rationales = report
        .panelists
        .iter()
        .zip(&report.verdicts)
        .filter_map(|(name, v)| {
            let (_, why) = v.recommendation.as_ref()?;
            (!why.trim().is_empty()).then_some((name, why))
        });
    html! {
        section {
            h2 { (l.t("export-summary")) }
            table {
                thead { tr {
                    th { (l.t("export-panelist")) }
                    th.n { (l.t("export-weighted")) }
                    th.n { (l.t("export-coverage")) }
                    th { (l.t("export-recommendation")) }
                    th { (l.t("export-status")) }
                } }
                tbody {
                    @for (name, v) in report.panelists.iter().zip(&report.verdicts) {
                        tr {
                            td { (name) }
                            td.n { (labels::score(l.catalog(), v.score.score)) }
                            td.n { (labels::percent(l.catalog(), v.score.coverage)) }
                            td { (v.recommendation.as_ref().map_or_else(|| "—".to_owned(), |(r, _)| l.recommendation(*r))) }
                            td { (l.t(if v.submitted { "export-submitted" } else { "export-draft" })) }
                        }
                    }
                }
            }
            @if !withheld.is_empty() {
                p { strong { (l.t("blind-title")) } }
                ul { @for line in &withheld { li.muted { (line) } } }
            }
            @for (name, why) in rationales {
                p.small.muted { (l.t("export-rationale")) " — " (name) }
                blockquote { (lines(why)) }
            }
            p {
                strong { (labels::label_lead(l.catalog(), &l.t("export-self-awareness"))) }
                (l.self_awareness(report.self_awareness))
            }
            @if report.ratings.iter().any(|r| r.name.is_some() || r.rating.is_some()) {
                table {
                    thead { tr {
                        th { (l.t("export-ratings-who")) }
                        th { (l.t("export-ratings-name")) }
                        th.n { (l.t("export-ratings-rating")) }
                    } }
                    tbody {
                        @for r in &report.ratings {
                            tr {
                                td { (labels::rating_slot(l.catalog(), r.slot)) }
                                td { (r.name.as_deref().unwrap_or("—")) }
                                td.n { (r.rating.map_or_else(|| "—".to_owned(), |n| n.to_string())) }
                            }
                        }
                    }
                }
            }
            p.small.muted { (l.t("export-formula")) }
        }
    }
}

/// The reference calls beside the candidate's predictions, the consistency note and its
/// rule, and the levels the references support beside the panel's.
fn references(t: &super::ReferenceTables, l: &Labels) -> Markup {
    html! {
        section {
            h2 { (l.t("references-title")) }
            (table(&t.calls, |i| (3..6).contains(&i)))
            p { (t.note) }
            p.small.muted { (t.rule) }
            @if !t.levels.is_empty() {
                p { strong { (l.t("references-levels")) } }
                (table(&t.levels, |i| i > 0))
            }
        }
    }
}

/// A table of text cells, the first row the header; `numeric(i)` right-aligns column i.
fn table(rows: &[Vec<String>], numeric: impl Fn(usize) -> bool) -> Markup {
    let (head, body) = rows
        .split_first()
        .map_or((&[][..], &[][..]), |(h, b)| (&h[..], b));
    html! {
        table {
            thead { tr { @for (i, cell) in head.iter().enumerate() {
                @if numeric(i) { th.n { (cell) } } @else { th { (cell) } }
            } } }
            tbody { @for row in body { tr { @for (i, cell) in row.iter().enumerate() {
                @if numeric(i) { td.n { (cell) } } @else { td { (cell) } }
            } } } }
        }
    }
}

/// Text with its line breaks kept.
fn lines(text: &str) -> Markup {
    html! {
        @for (i, line) in text.lines().enumerate() {
            @if i > 0 { br; }
            (line)
        }
    }
}

/// The panel's levels side by side, disputes marked, the recommendations and the consensus.
fn debrief(d: &crate::model::debrief::Debrief, report: &Report, l: &Labels) -> Markup {
    html! {
        table {
            thead { tr {
                th { (l.t("export-criterion")) }
                th.n { (l.t("export-weight")) }
                @for p in &d.panelists { th.n { (p) } }
                th.n { (l.t("debrief-spread")) }
                th.n { (l.t("export-mean")) }
            } }
            tbody {
                @for c in &d.criteria {
                    tr.disputed[c.disputed] {
                        td { @if c.disputed { "⚠ " } (labels::criterion_name(report, &c.id)) }
                        td.n { (c.weight) }
                        @for level in &c.levels { td.n { (labels::level(*level)) } }
                        td.n { (c.spread.map_or_else(|| "—".to_owned(), |s| s.to_string())) }
                        td.n { (labels::score(l.catalog(), c.mean)) }
                    }
                }
                tr.disputed[d.recommendations_split] {
                    td { (l.t("export-recommendation")) }
                    td {}
                    @for r in &d.recommendations {
                        td.n { (r.map_or_else(|| "—".to_owned(), |r| l.recommendation(r))) }
                    }
                    td.n { @if d.recommendations_split { "⚠ " (l.t("debrief-split")) } }
                    td {}
                }
            }
        }
        p { (labels::disputes(d, l.catalog())) }
        p {
            strong { (labels::label_lead(l.catalog(), &l.t("debrief-consensus"))) }
            (labels::decided(d, l.catalog()))
        }
        @if let Some(c) = d.consensus.as_ref().filter(|c| !c.rationale.trim().is_empty()) {
            blockquote { (lines(&c.rationale)) }
        }
    }
}

/// The score chart and, per criterion, each panelist's level and the evidence.
fn scores(report: &Report, l: &Labels) -> Markup {
    html! {
        section {
            h2 { (l.t("export-scores")) }
            table {
                thead { tr {
                    th { (l.t("export-criterion")) }
                    th.n { (l.t("export-weight")) }
                    @for p in &report.panelists { th.n { (p) } }
                    th { (l.t("export-evidence")) }
                } }
                tbody {
                    @for c in &report.criteria {
                        tr {
                            td { (c.name) }
                            td.n { (c.weight) }
                            @for level in &c.levels { td.n { (labels::level(*level)) } }
                            td.small {
                                @if c.evidence.is_empty() {
                                    span.muted { (l.t("export-no-evidence")) }
                                }
                                @for (i, n) in c.evidence.iter().enumerate() {
                                    @if i > 0 { br; }
                                    span.t { (clock(n.at_ms)) } " " (n.text)
                                }
                            }
                        }
                    }
                }
            }
            // After the table, which may break across pages: the chart cannot.
            div.chart { (charts::scores(report, l)) }
        }
    }
}

/// Time per section against its budget.
fn time(report: &Report, l: &Labels) -> Markup {
    html! {
        section {
            h2 { (l.t("export-time")) }
            table {
                thead { tr {
                    th { (l.t("export-section")) }
                    th.n { (l.t("export-planned")) }
                    th.n { (l.t("export-spent")) }
                } }
                tbody {
                    @for s in &report.sections {
                        tr { td { (s.title) } td.n { (clock(s.budget_ms)) } td.n { (clock(s.spent_ms)) } }
                    }
                }
            }
        }
    }
}

/// What the timeline's marks mean, for paper, where nothing can be hovered.
fn legend(l: &Labels) -> Markup {
    let kinds = [
        (NoteKind::Note, charts::NOTE),
        (NoteKind::GreenFlag, charts::GREEN),
        (NoteKind::RedFlag, charts::RED),
    ];
    html! {
        p.legend {
            @for (kind, colour) in kinds {
                span { i style=(format!("background: {colour}")) {} (l.t(kind_message(kind))) }
            }
            span { i style=(format!("background: {}; width: 2px", charts::BOUNDARY)) {} (l.t("export-legend-section")) }
        }
    }
}

/// The interview as it went: per section, per role in the deep-dive, each question with what
/// became of it, the time spent, the answer summed up and the notes taken on it.
fn story(report: &Report, l: &Labels) -> Markup {
    let story = &report.story;
    let shown: Vec<&SectionStory> = story.sections.iter().filter(|s| !s.is_empty()).collect();
    html! {
        section lang=(report.langs.0) {
            h2 lang=(l.catalog().lang()) { (l.t("export-story")) }
            p.muted lang=(l.catalog().lang()) { (labels::question_counts(story, l.catalog())) }
            @for section in shown {
                h3 lang=(l.catalog().lang()) { (section.title) }
                @for role in &section.roles {
                    @if let Some(details) = &role.role {
                        h4 { (labels::role_line(details, l.catalog())) }
                    }
                    ul.story {
                        @for q in &role.questions {
                            li {
                                span.q { (q.text) } " "
                                span.fate lang=(l.catalog().lang()) { "— " (labels::fate(q, l.catalog())) }
                                @if let Some(answer) = &q.answer {
                                    p.answer {
                                        em lang=(l.catalog().lang()) { (labels::label_lead(l.catalog(), &l.t("export-answer"))) }
                                        (answer)
                                    }
                                }
                                @if !q.notes.is_empty() { (notes(&q.notes, report, l)) }
                            }
                        }
                    }
                }
                @if !section.notes.is_empty() {
                    p.small.muted lang=(l.catalog().lang()) { (l.t("export-section-notes")) }
                    (notes(&section.notes, report, l))
                }
            }
            @if !story.unplaced.is_empty() {
                h3 lang=(l.catalog().lang()) { (l.t("export-other-notes")) }
                (notes(&story.unplaced, report, l))
            }
        }
    }
}

/// Notes as a list: time, kind marker, text, and who wrote each when several did.
fn notes(lines_: &[NoteLine], report: &Report, l: &Labels) -> Markup {
    let authors = report.panelists.len() > 1;
    html! {
        @if lines_.is_empty() {
            p.muted { (l.t("export-none")) }
        } @else {
            ul.notes {
                @for n in lines_ {
                    li {
                        span.t { (clock(n.at_ms)) }
                        span class=(format!("k-{}", kind_class(n.kind))) title=(l.t(kind_message(n.kind))) { (kind_marker(n.kind)) }
                        span {
                            (lines(&n.text))
                            @if authors { " " span.muted.small { "(" (n.author) ")" } }
                        }
                    }
                }
            }
        }
    }
}

fn kind_class(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Note => "note",
        NoteKind::Quote => "quote",
        NoteKind::RedFlag => "red_flag",
        NoteKind::GreenFlag => "green_flag",
        NoteKind::FollowUp => "follow_up",
        NoteKind::CheckWithReference => "check_with_reference",
        NoteKind::Feedback => "feedback",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_cannot_end_the_running_headers_css_string() {
        let s = css_string("Ann\"; } </style><script>");
        assert!(
            !s[1..s.len() - 1].contains(['"', '<', '>', ';', '}']),
            "{s}"
        );
        assert!(s.starts_with("\"Ann\\22 "), "{s}");
    }
}
