//! The report's two inline SVG charts: a bar per criterion, and the interview's minutes as a
//! strip of notes.

use maud::{Markup, html};

use super::super::labels::{self, Labels};
use super::super::report::Report;
use crate::i18n::clock;
use crate::model::NoteKind;

/// A note's mark on the timeline.
pub const NOTE: &str = "#2f5d8a";
/// A green flag's.
pub const GREEN: &str = "#2e7d4f";
/// A red flag's.
pub const RED: &str = "#b3261e";
/// A section boundary's.
pub const BOUNDARY: &str = "#b8c0cc";

/// A horizontal bar per criterion: the mean level out of 4, unscored criteria shown empty.
pub fn scores(report: &Report, l: &Labels) -> Markup {
    let row = 22u32;
    // Room for the longest name at 12px (about 6.5px a column; CJK takes two).
    let longest = report
        .criteria
        .iter()
        .map(|c| unicode_width::UnicodeWidthStr::width(c.name.as_str()))
        .max()
        .unwrap_or(0) as u32;
    let label_w = (longest * 13 / 2 + 16).clamp(120, 300);
    let bar_w = 360u32;
    let height = row * report.criteria.len() as u32 + 24;
    html! {
        svg viewBox=(format!("0 0 {} {height}", label_w + bar_w + 50)) role="img"
            aria-label=(l.t("export-scores")) font-size="12" {
            @for level in 1..=4u32 {
                @let x = label_w + bar_w * level / 4;
                line x1=(x) y1="0" x2=(x) y2=(height - 18) stroke="#d9dee7" {}
                text x=(x) y=(height - 4) text-anchor="middle" fill="#5b6575" { (level) }
            }
            @for (i, c) in report.criteria.iter().enumerate() {
                @let y = row * i as u32;
                text x=(label_w - 8) y=(y + 15) text-anchor="end" fill="#1d2430" { (c.name) }
                rect x=(label_w) y=(y + 4) width=(bar_w) height="14" fill="#f0f2f6" {}
                @match c.mean() {
                    Some(mean) => {
                        @let width = (f64::from(bar_w) * mean / 4.0).round();
                        rect x=(label_w) y=(y + 4) width=(width) height="14" fill=(NOTE) {}
                        text x=(f64::from(label_w) + width + 6.0) y=(y + 15) fill="#1d2430" {
                            (labels::score(l.catalog(), Some(mean)))
                        }
                    }
                    None => {
                        text x=(label_w + 6) y=(y + 15) fill="#5b6575" { (l.t("export-not-scored")) }
                    }
                }
            }
        }
    }
}

/// The interview's minutes as a strip: a tick per note, coloured by kind (flags stand out),
/// section boundaries marked.
pub fn timeline(report: &Report, l: &Labels) -> Markup {
    let (left, width) = (24.0, 580.0);
    // Scaled to the interview, not to whatever times its events carry: a note stamped past
    // the end (or a clock left running for days) sits at the end of the strip.
    let total_ms = report.elapsed_ms.max(report.budget_ms).max(1) as f64;
    let x = |ms: u64| format!("{:.1}", left + width * (ms as f64 / total_ms).min(1.0));
    let boundaries: Vec<u64> = report
        .sections
        .iter()
        .scan(0, |at, s| {
            let here = *at;
            *at += s.budget_ms;
            Some(here)
        })
        .collect();
    let minutes = (total_ms / 60_000.0).ceil() as u64;
    // At most a dozen labels, on round minutes.
    let step = [5, 15, 30, 60, 120, 240, 480, 1440]
        .into_iter()
        .find(|step| minutes / step <= 12)
        .unwrap_or_else(|| minutes.div_ceil(12).max(1));
    html! {
        svg viewBox=(format!("0 0 {} 70", width + 2.0 * left)) role="img"
            aria-label=(l.t("export-timeline")) font-size="11" {
            rect x=(left) y="22" width=(width) height="16" fill="#f0f2f6" {}
            @for at in boundaries {
                line x1=(x(at)) y1="18" x2=(x(at)) y2="42" stroke=(BOUNDARY) {}
            }
            @for n in &report.notes {
                @let (colour, (y1, y2)) = match n.kind {
                    NoteKind::RedFlag => (RED, (14, 46)),
                    NoteKind::GreenFlag => (GREEN, (14, 46)),
                    _ => (NOTE, (24, 36)),
                };
                line x1=(x(n.at_ms)) y1=(y1) x2=(x(n.at_ms)) y2=(y2) stroke=(colour) stroke-width="2" {
                    title { (clock(n.at_ms)) " " (n.text) }
                }
            }
            @for m in (0..=minutes).step_by(step as usize) {
                text x=(x(m * 60_000)) y="62" text-anchor="middle" fill="#5b6575" {
                    (l.catalog().t_with("export-minutes", &[("minutes", m.into())]))
                }
            }
        }
    }
}
