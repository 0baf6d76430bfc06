//! Exports: read-only folds of a session into files people and programs use — Markdown, HTML
//! and CSV for people and spreadsheets, lossless JSON for programs — optionally with names
//! replaced by initials.

pub mod calibration;
pub mod compare;
mod csv;
mod html;
mod json;
mod labels;
mod markdown;
mod redact;
mod references;
mod render;
mod report;
mod review;
mod story;

#[cfg(test)]
mod tests;

pub use csv::{csv_table, to_csv};
pub use html::{compare_html, to_html};
pub use json::{EXPORT_VERSION, pretty, schema, to_json, to_json_value};
pub use labels::{
    Labels, category, category_why, criterion_name, date, decided, decision, disputes, facts, fate,
    label_lead, labelled, level, list, percent, question_counts, rating_slot, review,
    review_checked, role_line, roles, score, withheld,
};
pub use markdown::{debrief_markdown, markdown_cell, markdown_table, to_markdown};
pub use redact::Redactor;
pub use references::{
    ReferenceTables, consistency, consistency_short, line as reference_line,
    tables as reference_tables,
};
pub use render::{Format, Options, Rendered, Subject, file_name, render};
pub use report::{CriterionRow, NoteLine, RatingLine, Report, SectionTime, Verdict};
pub use review::{Item as ReviewItem, Review, Source as ReviewSource};
pub use story::{Fate, QuestionStory, RoleStory, SectionStory, Story};
