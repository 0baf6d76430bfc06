//! Reaching users beyond the screen: shell completions that offer values, and the manual page.

mod common;

use common::ok;
use tempfile::TempDir;

#[test]
fn completions_offer_the_plans_formats_and_languages() {
    let home = TempDir::new().unwrap();
    let bash = ok(home.path(), &["completions", "bash"]);
    for value in [
        "customer-service-agent",
        "deep-120",
        "reference-10",
        "en nb da lv zh",
    ] {
        assert!(bash.contains(value), "{value} offered in bash");
    }
    // zsh's script loads where compinit has not run yet.
    let zsh = ok(home.path(), &["completions", "zsh"]);
    let guard = "(( $+functions[compdef] )) || { autoload -Uz compinit && compinit -u }";
    let at = zsh.find(guard).expect("the guard");
    assert!(zsh[at..].contains("compdef _rapport rapport"), "{zsh}");
}

#[test]
fn the_manual_page_is_current_and_installs_where_man_looks() {
    let home = TempDir::new().unwrap();
    let page = ok(home.path(), &["man"]);
    assert!(page.contains(".TH rapport 1"), "{page}");
    let shipped =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rapport.1")).unwrap();
    assert_eq!(
        page, shipped,
        "docs/rapport.1 is out of date: cargo run -- man > docs/rapport.1"
    );
    let data = home.path().join("share");
    let out = common::rapport(home.path())
        .args(["man", "--install", "--ui-lang", "en"])
        .env("XDG_DATA_HOME", &data)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let installed = data.join("man/man1/rapport.1");
    assert_eq!(std::fs::read_to_string(&installed).unwrap(), shipped);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains(&installed.display().to_string()), "{said}");
}
