//! Settings that stick: `rapport config`, and what the file changes.

mod common;

use common::{ok, rapport};
use tempfile::TempDir;

#[test]
fn config_set_changes_what_it_says_and_show_lists_every_setting() {
    let home = TempDir::new().unwrap();
    let h = home.path();
    let path = ok(h, &["config", "path"]);
    assert!(path.trim().ends_with("config.toml"), "{path}");
    let said = ok(h, &["config", "set", "ui-lang", "en"]);
    assert!(said.contains("ui-lang is now en"), "{said}");
    ok(h, &["config", "set", "ui-lang", "nb"]);
    let said = ok(h, &["config", "set", "format", "deep-120"]);
    assert!(
        said.contains("format er nå deep-120"),
        "from then on in Norwegian: {said}"
    );
    ok(h, &["config", "set", "lang", "da"]);
    ok(h, &["config", "set", "panelist", "Siv"]);
    ok(h, &["config", "set", "theme", "high-contrast"]);
    let shown = ok(h, &["config", "show"]);
    for line in [
        "ui-lang = \"nb\"",
        "format = \"deep-120\"",
        "theme = \"high-contrast\"",
        "bell = false",
        "# plan = (not set)",
    ] {
        assert!(shown.contains(line), "{line:?} in {shown}");
    }
    // The screens speak Norwegian, and a new interview takes the format, language and name.
    let id = ok(h, &["new", "--candidate", "Åse", "--no-tui"]);
    let json: serde_json::Value =
        serde_json::from_str(&ok(h, &["export", id.trim(), "--to", "json"])).unwrap();
    let header = &json["header"];
    assert_eq!(header["format"], "deep-120");
    assert_eq!(header["lang"], "da");
    assert_eq!(header["panel"][0], "Siv");
    let list = ok(h, &["list"]);
    assert!(
        list.contains("KANDIDAT") || list.contains("Kandidat"),
        "{list}"
    );
    // The command line still wins.
    let en = ok(h, &["config", "show", "--ui-lang", "en"]);
    assert!(en.contains("ui-lang"), "{en}");
    let refused = common::fails(h, &["config", "set", "bell", "maybe"], 2);
    assert!(refused.contains("true or false"), "{refused}");
}

#[test]
fn a_bad_config_file_is_one_sentence_naming_its_line_and_rapport_goes_on() {
    let home = TempDir::new().unwrap();
    let h = home.path();
    let file = h.join("config/config.toml");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "ui-lang = \"nb\"\ncolour = \"red\"\n").unwrap();
    let out = rapport(h).args(["list"]).output().unwrap();
    assert!(out.status.success(), "it still runs: {out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    let said: Vec<&str> = err.lines().collect();
    assert_eq!(said.len(), 1, "one sentence: {err}");
    assert!(
        said[0].contains("config.toml, line 2") && said[0].contains("defaults"),
        "{err}"
    );
}
