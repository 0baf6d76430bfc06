//! The built-in content, embedded at build time so rapport works from any directory.

use super::{Input, Kind};

macro_rules! builtin {
    ($kind:expr, $path:literal) => {
        (
            $kind,
            $path,
            include_str!(concat!("../../question-banks/", $path)),
        )
    };
}

/// Every built-in file: its kind, its path under `question-banks/`, and its contents.
pub const FILES: &[(Kind, &str, &str)] = &[
    builtin!(Kind::Rubric, "rubrics/customer-service.json"),
    builtin!(Kind::Bank, "banks/customer-service.json"),
    builtin!(Kind::Format, "formats/screen-20.json"),
    builtin!(Kind::Format, "formats/deep-120.json"),
    builtin!(Kind::Format, "formats/reference-10.json"),
    builtin!(Kind::Plan, "plans/customer-service-agent.json"),
];

/// The built-in files as loader inputs.
pub fn inputs() -> Vec<Input> {
    FILES
        .iter()
        .map(|(kind, path, text)| Input {
            kind: *kind,
            name: format!("(built-in) {path}"),
            text: (*text).to_owned(),
            builtin: true,
        })
        .collect()
}
