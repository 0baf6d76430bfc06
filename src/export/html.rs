//! The HTML export: one self-contained page (inline CSS and SVG, no scripts, nothing fetched)
//! that reads well on screen and prints on A4 with sensible page breaks.

use std::fmt::Write;

use super::labels::{self, Labels};
use super::report::{NoteLine, Report};
use crate::i18n::{clock, kind_marker, kind_message};
use crate::model::NoteKind;

/// The page's styles: calm type, tables that do not split across pages, print on A4.
const STYLE: &str = "
:root { --ink: #1d2430; --dim: #5b6575; --rule: #d9dee7; --accent: #2f5d8a;
  --good: #2e7d4f; --alert: #b3261e; --paper: #ffffff; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 46rem; padding: 2rem 1.5rem; color: var(--ink);
  background: var(--paper); font: 15px/1.5 -apple-system, 'Segoe UI', 'Noto Sans',
  'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', Helvetica, Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 1.8rem 0 .6rem; padding-bottom: .2rem;
  border-bottom: 1px solid var(--rule); color: var(--accent); break-after: avoid; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem;
  margin: .8rem 0 0; color: var(--dim); }
dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; color: var(--ink); }
table { border-collapse: collapse; width: 100%; margin: .4rem 0; break-inside: avoid; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--rule);
  vertical-align: top; }
th { font-size: .85rem; color: var(--dim); font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: var(--dim); } .small { font-size: .85rem; }
blockquote { margin: .4rem 0; padding: .2rem .8rem; border-left: 3px solid var(--rule);
  color: var(--ink); }
ul.notes { list-style: none; padding: 0; margin: .3rem 0; }
ul.notes li { padding: .15rem 0; break-inside: avoid; display: grid;
  grid-template-columns: 3.4rem 1.4rem 1fr; }
.t { color: var(--dim); font-variant-numeric: tabular-nums; }
.k-red_flag { color: var(--alert); } .k-green_flag { color: var(--good); }
.k-quote, .k-follow_up, .k-check_with_reference, .k-feedback { color: var(--accent); }
.feedback { background: #f5f7fa; padding: .6rem 1rem; border-radius: 6px; }
.feedback p { margin: .4rem 0; }
svg { display: block; max-width: 100%; height: auto; }
footer { margin-top: 2rem; color: var(--dim); font-size: .8rem; }
@page { size: A4; margin: 16mm 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  section { break-inside: auto; }
  .feedback { break-inside: avoid; }
}
";

/// The report as a self-contained HTML page, labelled in the UI language of `l`.
pub fn to_html(report: &Report, l: &Labels) -> String {
    let mut h = String::with_capacity(32 * 1024);
    let w = &mut h;
    let title = format!("{} — {}", report.candidate, report.role);
    let _ = write!(
        w,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        l.catalog().lang(),
        esc(&title)
    );
    let _ = writeln!(
        w,
        "<header>\n<h1>{}</h1>\n<dl class=\"facts\">",
        esc(&title)
    );
    for (label, value) in labels::facts(report, l.catalog()) {
        let _ = writeln!(w, "<dt>{}</dt><dd>{}</dd>", esc(&label), esc(&value));
    }
    let _ = writeln!(w, "</dl>\n</header>");

    section(w, &l.t("export-summary"));
    let _ = writeln!(
        w,
        "<table><thead><tr><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th>\
         <th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(&l.t("export-panelist")),
        esc(&l.t("export-weighted")),
        esc(&l.t("export-coverage")),
        esc(&l.t("export-recommendation")),
        esc(&l.t("export-status")),
    );
    for (name, v) in report.panelists.iter().zip(&report.verdicts) {
        let _ = writeln!(
            w,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td><td>{}</td></tr>",
            esc(name),
            labels::score(l.catalog(), v.score.score),
            labels::percent(l.catalog(), v.score.coverage),
            esc(&v
                .recommendation
                .as_ref()
                .map_or_else(|| "—".to_owned(), |(r, _)| l.recommendation(*r))),
            esc(&l.t(if v.submitted {
                "export-submitted"
            } else {
                "export-draft"
            })),
        );
    }
    let _ = writeln!(w, "</tbody></table>");
    let withheld = labels::withheld(report, l.catalog());
    if !withheld.is_empty() {
        let _ = writeln!(
            w,
            "<p><strong>{}</strong></p><ul>",
            esc(&l.t("blind-title"))
        );
        for line in withheld {
            let _ = writeln!(w, "<li class=\"muted\">{}</li>", esc(&line));
        }
        let _ = writeln!(w, "</ul>");
    }
    for (name, v) in report.panelists.iter().zip(&report.verdicts) {
        if let Some((_, why)) = v
            .recommendation
            .as_ref()
            .filter(|(_, why)| !why.trim().is_empty())
        {
            let _ = writeln!(
                w,
                "<p class=\"small muted\">{} — {}</p><blockquote>{}</blockquote>",
                esc(&l.t("export-rationale")),
                esc(name),
                esc(why).replace('\n', "<br>")
            );
        }
    }
    let _ = writeln!(
        w,
        "<p><strong>{}:</strong> {}</p>\n<p class=\"small muted\">{}</p>",
        esc(&l.t("export-self-awareness")),
        esc(&l.self_awareness(report.self_awareness)),
        esc(&l.t("export-formula"))
    );
    end_section(w);

    if let Some(d) = &report.debrief {
        section(w, &l.t("debrief-title"));
        debrief(w, d, report, l);
        end_section(w);
    }

    section(w, &l.t("export-scores"));
    score_chart(w, report, l);
    let _ = write!(
        w,
        "<table><thead><tr><th>{}</th><th class=\"n\">{}</th>",
        esc(&l.t("export-criterion")),
        esc(&l.t("export-weight"))
    );
    for p in &report.panelists {
        let _ = write!(w, "<th class=\"n\">{}</th>", esc(p));
    }
    let _ = writeln!(
        w,
        "<th>{}</th></tr></thead><tbody>",
        esc(&l.t("export-evidence"))
    );
    for c in &report.criteria {
        let _ = write!(
            w,
            "<tr><td>{}</td><td class=\"n\">{}</td>",
            esc(&c.name),
            c.weight
        );
        for level in &c.levels {
            let _ = write!(w, "<td class=\"n\">{}</td>", labels::level(*level));
        }
        let evidence = if c.evidence.is_empty() {
            format!(
                "<span class=\"muted\">{}</span>",
                esc(&l.t("export-no-evidence"))
            )
        } else {
            c.evidence
                .iter()
                .map(|n| {
                    format!(
                        "<span class=\"t\">{}</span> {}",
                        clock(n.at_ms),
                        esc(&n.text)
                    )
                })
                .collect::<Vec<_>>()
                .join("<br>")
        };
        let _ = writeln!(w, "<td class=\"small\">{evidence}</td></tr>");
    }
    let _ = writeln!(w, "</tbody></table>");
    end_section(w);

    section(w, &l.t("export-time"));
    let _ = writeln!(
        w,
        "<table><thead><tr><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th></tr></thead><tbody>",
        esc(&l.t("export-section")),
        esc(&l.t("export-planned")),
        esc(&l.t("export-spent"))
    );
    for s in &report.sections {
        let _ = writeln!(
            w,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&s.title),
            clock(s.budget_ms),
            clock(s.spent_ms)
        );
    }
    let _ = writeln!(w, "</tbody></table>");
    end_section(w);

    section(w, &l.t("export-timeline"));
    timeline(w, report, l);
    end_section(w);

    section(w, &l.t("export-flags"));
    notes(w, &report.flags, report, l);
    end_section(w);

    if !report.roles.is_empty() {
        section(w, &l.t("export-roles"));
        let _ = writeln!(w, "<ul>");
        for line in labels::roles(report, l.catalog()) {
            let _ = writeln!(w, "<li>{}</li>", esc(&line));
        }
        let _ = writeln!(w, "</ul>");
        end_section(w);
    }

    section(w, &l.t("export-follow-ups"));
    notes(w, &report.follow_ups, report, l);
    end_section(w);

    section(w, &l.t("export-notes"));
    notes(w, &report.notes, report, l);
    end_section(w);

    section(w, &l.t("export-feedback"));
    let _ = writeln!(
        w,
        "<p class=\"small muted\">{}</p>\n<div class=\"feedback\" lang=\"{}\">",
        esc(&l.t("export-feedback-hint")),
        report.langs.0
    );
    for p in &report.feedback {
        let _ = writeln!(w, "<p>{}</p>", esc(p));
    }
    let _ = writeln!(w, "</div>");
    end_section(w);

    section(w, &l.t("export-review"));
    if report.review.is_clear() {
        let _ = writeln!(
            w,
            "<p class=\"muted\">{}</p>",
            esc(&labels::review_checked(report, l.catalog()))
        );
    }
    for item in labels::review(report, l.catalog()) {
        let _ = writeln!(w, "<p>⚑ {}</p>", esc(&item));
    }
    end_section(w);
    let _ = writeln!(w, "<footer>{}</footer>\n</body>\n</html>", esc(&l.footer()));
    h
}

/// The panel's levels side by side, disputes marked, the recommendations and the consensus.
fn debrief(w: &mut String, d: &crate::model::debrief::Debrief, report: &Report, l: &Labels) {
    let _ = write!(
        w,
        "<table><thead><tr><th>{}</th><th class=\"n\">{}</th>",
        esc(&l.t("export-criterion")),
        esc(&l.t("export-weight"))
    );
    for p in &d.panelists {
        let _ = write!(w, "<th class=\"n\">{}</th>", esc(p));
    }
    let _ = writeln!(
        w,
        "<th class=\"n\">{}</th><th class=\"n\">{}</th></tr></thead><tbody>",
        esc(&l.t("debrief-spread")),
        esc(&l.t("export-mean"))
    );
    for c in &d.criteria {
        let name = labels::criterion_name(report, &c.id);
        let mark = if c.disputed { "⚠ " } else { "" };
        let _ = write!(
            w,
            "<tr><td>{mark}{}</td><td class=\"n\">{}</td>",
            esc(&name),
            c.weight
        );
        for level in &c.levels {
            let _ = write!(w, "<td class=\"n\">{}</td>", labels::level(*level));
        }
        let spread = c.spread.map_or_else(|| "—".to_owned(), |s| s.to_string());
        let _ = writeln!(
            w,
            "<td class=\"n\">{spread}</td><td class=\"n\">{}</td></tr>",
            labels::score(l.catalog(), c.mean)
        );
    }
    let _ = write!(
        w,
        "<tr><td>{}</td><td></td>",
        esc(&l.t("export-recommendation"))
    );
    for r in &d.recommendations {
        let said = r.map_or_else(|| "—".to_owned(), |r| l.recommendation(r));
        let _ = write!(w, "<td class=\"n\">{}</td>", esc(&said));
    }
    let split = if d.recommendations_split {
        format!("⚠ {}", l.t("debrief-split"))
    } else {
        String::new()
    };
    let _ = writeln!(
        w,
        "<td class=\"n\">{}</td><td></td></tr></tbody></table>",
        esc(&split)
    );
    let said = labels::disputes(d, l.catalog());
    let _ = writeln!(w, "<p>{}</p>", esc(&said));
    let decided = labels::decided(d, l.catalog());
    let _ = writeln!(
        w,
        "<p><strong>{}:</strong> {}</p>",
        esc(&l.t("debrief-consensus")),
        esc(&decided)
    );
}

fn section(w: &mut String, title: &str) {
    let _ = writeln!(w, "<section>\n<h2>{}</h2>", esc(title));
}

fn end_section(w: &mut String) {
    let _ = writeln!(w, "</section>");
}

fn notes(w: &mut String, lines: &[NoteLine], report: &Report, l: &Labels) {
    if lines.is_empty() {
        let _ = writeln!(w, "<p class=\"muted\">{}</p>", esc(&l.t("export-none")));
        return;
    }
    let authors = report.panelists.len() > 1;
    let _ = writeln!(w, "<ul class=\"notes\">");
    for n in lines {
        let by = if authors {
            format!(" <span class=\"muted small\">({})</span>", esc(&n.author))
        } else {
            String::new()
        };
        let _ = writeln!(
            w,
            "<li><span class=\"t\">{}</span><span class=\"k-{}\" title=\"{}\">{}</span><span>{}{by}</span></li>",
            clock(n.at_ms),
            kind_class(n.kind),
            esc(&l.t(kind_message(n.kind))),
            kind_marker(n.kind),
            esc(&n.text).replace('\n', "<br>")
        );
    }
    let _ = writeln!(w, "</ul>");
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

/// A horizontal bar per criterion: the mean level out of 4, unscored criteria shown empty.
fn score_chart(w: &mut String, report: &Report, l: &Labels) {
    let row = 22;
    // Room for the longest name at 12px (about 6.5px a column; CJK takes two).
    let longest = report
        .criteria
        .iter()
        .map(|c| unicode_width::UnicodeWidthStr::width(c.name.as_str()))
        .max()
        .unwrap_or(0) as u32;
    let label_w = (longest * 13 / 2 + 16).clamp(120, 300);
    let bar_w = 360;
    let height = row * report.criteria.len() as u32 + 24;
    let _ = writeln!(
        w,
        "<svg viewBox=\"0 0 {} {height}\" role=\"img\" aria-label=\"{}\" font-size=\"12\">",
        label_w + bar_w + 50,
        esc(&l.t("export-scores"))
    );
    for level in 1..=4u32 {
        let x = label_w + bar_w * level / 4;
        let _ = writeln!(
            w,
            "<line x1=\"{x}\" y1=\"0\" x2=\"{x}\" y2=\"{}\" stroke=\"#d9dee7\"/>\
             <text x=\"{x}\" y=\"{}\" text-anchor=\"middle\" fill=\"#5b6575\">{level}</text>",
            height - 18,
            height - 4
        );
    }
    for (i, c) in report.criteria.iter().enumerate() {
        let y = row * i as u32;
        let _ = write!(
            w,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#1d2430\">{}</text>",
            label_w - 8,
            y + 15,
            esc(&c.name)
        );
        let _ = write!(
            w,
            "<rect x=\"{label_w}\" y=\"{}\" width=\"{bar_w}\" height=\"14\" fill=\"#f0f2f6\"/>",
            y + 4
        );
        match c.mean() {
            Some(mean) => {
                let width = (f64::from(bar_w) * mean / 4.0).round();
                let _ = writeln!(
                    w,
                    "<rect x=\"{label_w}\" y=\"{}\" width=\"{width}\" height=\"14\" fill=\"#2f5d8a\"/>\
                     <text x=\"{}\" y=\"{}\" fill=\"#1d2430\">{}</text>",
                    y + 4,
                    f64::from(label_w) + width + 6.0,
                    y + 15,
                    labels::score(l.catalog(), Some(mean))
                );
            }
            None => {
                let _ = writeln!(
                    w,
                    "<text x=\"{}\" y=\"{}\" fill=\"#5b6575\">{}</text>",
                    label_w + 6,
                    y + 15,
                    esc(&l.t("export-not-scored"))
                );
            }
        }
    }
    let _ = writeln!(w, "</svg>");
}

/// The interview's minutes as a strip: a tick per note, coloured by kind (flags stand out),
/// section boundaries marked.
fn timeline(w: &mut String, report: &Report, l: &Labels) {
    let (left, width) = (24.0, 580.0);
    // Scaled to the interview, not to whatever times its events carry: a note stamped past
    // the end (or a clock left running for days) sits at the end of the strip.
    let total_ms = report.elapsed_ms.max(report.budget_ms).max(1) as f64;
    let x = |ms: u64| left + width * (ms as f64 / total_ms).min(1.0);
    let _ = writeln!(
        w,
        "<svg viewBox=\"0 0 {} 70\" role=\"img\" aria-label=\"{}\" font-size=\"11\">",
        width + 2.0 * left,
        esc(&l.t("export-timeline"))
    );
    let _ = writeln!(
        w,
        "<rect x=\"{left}\" y=\"22\" width=\"{width}\" height=\"16\" fill=\"#f0f2f6\"/>"
    );
    let mut at = 0;
    for s in &report.sections {
        let _ = writeln!(
            w,
            "<line x1=\"{0:.1}\" y1=\"18\" x2=\"{0:.1}\" y2=\"42\" stroke=\"#b8c0cc\"/>",
            x(at)
        );
        at += s.budget_ms;
    }
    for n in &report.notes {
        let (colour, tall) = match n.kind {
            NoteKind::RedFlag => ("#b3261e", true),
            NoteKind::GreenFlag => ("#2e7d4f", true),
            _ => ("#2f5d8a", false),
        };
        let (y1, y2) = if tall { (14, 46) } else { (24, 36) };
        let _ = writeln!(
            w,
            "<line x1=\"{0:.1}\" y1=\"{y1}\" x2=\"{0:.1}\" y2=\"{y2}\" stroke=\"{colour}\" stroke-width=\"2\"><title>{1} {2}</title></line>",
            x(n.at_ms),
            clock(n.at_ms),
            esc(&n.text)
        );
    }
    let minutes = (total_ms / 60_000.0).ceil() as u64;
    // At most a dozen labels, on round minutes.
    let step = [5, 15, 30, 60, 120, 240, 480, 1440]
        .into_iter()
        .find(|step| minutes / step <= 12)
        .unwrap_or_else(|| minutes.div_ceil(12).max(1));
    for m in (0..=minutes).step_by(step as usize) {
        let _ = writeln!(
            w,
            "<text x=\"{:.1}\" y=\"62\" text-anchor=\"middle\" fill=\"#5b6575\">{}</text>",
            x(m * 60_000),
            esc(&l
                .catalog()
                .t_with("export-minutes", &[("minutes", m.into())]))
        );
    }
    let _ = writeln!(w, "</svg>");
}

/// Text safe inside HTML elements and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_for_html() {
        assert_eq!(
            esc("<b>\"O'Brien\" & co</b>"),
            "&lt;b&gt;&quot;O&#39;Brien&quot; &amp; co&lt;/b&gt;"
        );
    }
}
