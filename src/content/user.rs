//! Reading content files from disk: the user's config folder, or paths given to `validate`.

use std::path::{Path, PathBuf};

use super::diagnostic::{Diagnostic, Severity};
use super::{Input, Kind, Library};

/// The built-in content plus every `*.json` in `config`'s `banks/`, `formats/`, `rubrics/` and
/// `plans/`. Bad user files are skipped; their findings are returned.
pub fn load_with_user(config: &Path) -> (Library, Vec<Diagnostic>) {
    let mut inputs = super::builtin::inputs();
    let mut unreadable = Vec::new();
    for kind in Kind::ALL {
        let dir = config.join(kind.folder());
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        paths.sort();
        for path in paths {
            match read(&path, kind) {
                Ok(input) => inputs.push(input),
                Err(d) => unreadable.push(d),
            }
        }
    }
    let (lib, mut findings) = Library::load(inputs);
    findings.extend(unreadable);
    (lib, findings)
}

/// The built-in content plus the files at `paths` (their kind from their folder's name, else
/// from their contents), with every finding about them. A file with the kind and id of a
/// built-in one is checked as its replacement (someone editing the shipped content).
pub fn load_paths(paths: &[PathBuf]) -> (Library, Vec<Diagnostic>) {
    let mut builtins = super::builtin::inputs();
    let mut inputs = Vec::new();
    let mut findings = Vec::new();
    for path in paths {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                findings.push(at_start(path, format!("cannot read the file: {e}")));
                continue;
            }
        };
        let by_folder = path
            .parent()
            .and_then(Path::file_name)
            .and_then(|f| Kind::ALL.into_iter().find(|k| f == k.folder()));
        let kind = by_folder
            .or_else(|| Kind::sniff(&text))
            .unwrap_or(Kind::Bank);
        if let Some(id) = file_id(&text) {
            builtins.retain(|b| b.kind != kind || file_id(&b.text).as_deref() != Some(&id));
        }
        inputs.push(Input {
            kind,
            name: path.display().to_string(),
            text,
            builtin: false,
        });
    }
    // Built-ins first: a clash is then reported against the user's file, not the built-in.
    builtins.extend(inputs);
    let (lib, more) = Library::load(builtins);
    let named: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    findings.extend(more.into_iter().filter(|d| named.contains(&d.file)));
    (lib, findings)
}

/// The top-level `"id"` of a content file, if it has one.
fn file_id(text: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    value.get("id")?.as_str().map(str::to_owned)
}

/// Reads a file of the config folder: a regular file under the size cap, never through a
/// link or from a FIFO or device (a bank linked to `/dev/zero` would be read for ever).
fn read(path: &Path, kind: Kind) -> Result<Input, Diagnostic> {
    let bytes = crate::store::read_regular(path, crate::store::FILE_CAP)
        .map_err(|e| at_start(path, format!("skipped: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        at_start(
            path,
            format!("cannot read the file: it is not UTF-8 text ({e})"),
        )
    })?;
    Ok(Input {
        kind,
        name: path.display().to_string(),
        text,
        builtin: false,
    })
}

fn at_start(path: &Path, message: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        file: path.display().to_string(),
        line: 1,
        column: 1,
        question: None,
        message,
    }
}
