//! Settings that stick: `config.toml` in rapport's config folder. Every setting is optional;
//! what a command line says wins over the file, and the file over rapport's defaults. A file
//! that cannot be read is one sentence naming its line, and rapport goes on with the defaults.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::model::Lang;

/// The file's name in the config folder.
pub const FILE: &str = "config.toml";

/// A colour theme.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    /// Colours for a dark terminal.
    #[default]
    Default,
    /// Strong contrast: bold and reversed text, the fewest colours.
    HighContrast,
    /// Colours that read on a light terminal.
    Light,
}

impl ThemeName {
    /// Every theme, by the name the file uses.
    pub const ALL: [(&'static str, ThemeName); 3] = [
        ("default", ThemeName::Default),
        ("high-contrast", ThemeName::HighContrast),
        ("light", ThemeName::Light),
    ];
}

/// The settings, as the file holds them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Settings {
    /// The language of the screens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ui_lang: Option<Lang>,
    /// The interview plan a new interview starts from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// The format a new interview takes (screen-20, deep-120, reference-10).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// The language questions are asked in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// A second language shown beneath.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub also: Option<Lang>,
    /// This machine's panelist: your name on the panel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub panelist: Option<String>,
    /// The colour theme.
    pub theme: ThemeName,
    /// The minutes left in a section at which the clock shows a cue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue_minutes: Option<Vec<u32>>,
    /// Whether a cue also rings the terminal's bell (off unless set).
    pub bell: bool,
}

/// Why the file could not be used.
#[derive(Debug, Error)]
pub enum ConfigError {
    /// It could not be read.
    #[error("{path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// It is not valid TOML, or holds a setting or value rapport does not know.
    #[error("{path}, line {line}: {reason}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// The line (from 1).
        line: usize,
        /// What is wrong, in a few words.
        reason: String,
    },
    /// `set` was given a setting or value rapport does not know.
    #[error("{0}")]
    Value(String),
    /// It could not be written.
    #[error("{path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// The settings file in config folder `dir`.
pub fn path(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

/// The settings in config folder `dir`: the defaults when there is no file; when the file
/// cannot be used, the defaults and why.
pub fn load(dir: &Path) -> (Settings, Option<ConfigError>) {
    let path = path(dir);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Settings::default(), None),
        Err(source) => {
            return (
                Settings::default(),
                Some(ConfigError::Read { path, source }),
            );
        }
    };
    match parse(&text, &path) {
        Ok(settings) => (settings, None),
        Err(e) => (Settings::default(), Some(e)),
    }
}

/// The settings `text` holds (read from `path`, for the error).
pub fn parse(text: &str, path: &Path) -> Result<Settings, ConfigError> {
    toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| {
            text[..s.start.min(text.len())].lines().count().max(1)
        });
        let line = match e.span() {
            // At the very start of a line, the line before has ended.
            Some(s) if text[..s.start.min(text.len())].ends_with('\n') => line + 1,
            _ => line,
        };
        ConfigError::Invalid {
            path: path.to_owned(),
            line,
            reason: e.message().trim_end_matches('\n').replace('\n', "; "),
        }
    })
}

/// Every setting's name, as the file and `rapport config set` spell it.
pub const KEYS: [&str; 9] = [
    "ui-lang",
    "plan",
    "format",
    "lang",
    "also",
    "panelist",
    "theme",
    "cue-minutes",
    "bell",
];

/// Sets `key` to `value` in the file in `dir` (kept as it was otherwise, comments too), once
/// the result reads as valid settings; returns them. An empty `value` removes the setting.
pub fn set(dir: &Path, key: &str, value: &str) -> Result<Settings, ConfigError> {
    let path = path(dir);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(source) => return Err(ConfigError::Read { path, source }),
    };
    let mut doc: toml_edit::DocumentMut =
        text.parse()
            .map_err(|e: toml_edit::TomlError| ConfigError::Invalid {
                path: path.clone(),
                line: e.span().map_or(1, |s| {
                    text[..s.start.min(text.len())].lines().count().max(1)
                }),
                reason: e.message().to_owned(),
            })?;
    if !KEYS.contains(&key) {
        return Err(ConfigError::Value(format!(
            "there is no setting '{key}' (there are: {})",
            KEYS.join(", ")
        )));
    }
    let value = value.trim();
    if value.is_empty() {
        doc.remove(key);
    } else {
        doc[key] = toml_edit::value(typed(key, value)?);
    }
    let new = doc.to_string();
    let settings = parse(&new, &path)?;
    std::fs::create_dir_all(dir).map_err(|source| ConfigError::Write {
        path: path.clone(),
        source,
    })?;
    crate::store::write_export(&path, new.as_bytes()).map_err(|e| ConfigError::Write {
        path: path.clone(),
        source: std::io::Error::other(e.to_string()),
    })?;
    Ok(settings)
}

/// `value` as the kind of value `key` takes.
fn typed(key: &str, value: &str) -> Result<toml_edit::Value, ConfigError> {
    let bad = |wanted: &str| ConfigError::Value(format!("{key} takes {wanted}, not '{value}'"));
    Ok(match key {
        "bell" => match value {
            "true" | "on" | "yes" => true.into(),
            "false" | "off" | "no" => false.into(),
            _ => return Err(bad("true or false")),
        },
        "cue-minutes" => {
            let mut minutes = toml_edit::Array::new();
            for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                let n: i64 = part
                    .parse()
                    .ok()
                    .filter(|n| (1..=600).contains(n))
                    .ok_or_else(|| bad("minutes, comma-separated (5,1)"))?;
                minutes.push(n);
            }
            minutes.into()
        }
        "ui-lang" | "lang" | "also" => {
            let lang: Lang = value
                .parse()
                .map_err(|_| bad("a language: en, nb, da, lv or zh"))?;
            lang.to_string().into()
        }
        "theme" => {
            let known = ThemeName::ALL.iter().any(|(name, _)| *name == value);
            if !known {
                return Err(bad("default, high-contrast or light"));
            }
            value.into()
        }
        _ => value.into(),
    })
}

/// The settings as the file would hold them, every setting shown (those not set commented
/// out with their default), for `rapport config show`.
pub fn show(settings: &Settings) -> String {
    let written = toml::to_string(settings).unwrap_or_default();
    let mut out = written.clone();
    for key in KEYS {
        let set = written
            .lines()
            .any(|l| l.split('=').next().is_some_and(|k| k.trim() == key));
        if !set {
            out.push_str(&format!("# {key} = (not set)\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_sets_what_it_names_and_nothing_else() {
        let text =
            "ui-lang = \"nb\"\nformat = \"deep-120\"\ntheme = \"light\"\ncue-minutes = [5, 1]\n";
        let s = parse(text, Path::new("config.toml")).unwrap();
        assert_eq!(s.ui_lang, Some(Lang::Nb));
        assert_eq!(s.format.as_deref(), Some("deep-120"));
        assert_eq!(s.theme, ThemeName::Light);
        assert_eq!(s.cue_minutes, Some(vec![5, 1]));
        assert!(!s.bell, "the bell is off unless set");
        assert_eq!(s.plan, None);
    }

    #[test]
    fn a_bad_file_names_its_line() {
        for (text, line) in [
            ("plan = \"x\"\ncolour = \"red\"\n", 2),
            ("plan = \"x\"\n\nui-lang = \"klingon\"\n", 3),
            ("plan = \"x\"\ntheme = \n", 2),
        ] {
            match parse(text, Path::new("config.toml")) {
                Err(ConfigError::Invalid { line: at, .. }) => assert_eq!(at, line, "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
    }

    #[test]
    fn set_keeps_comments_and_refuses_what_it_does_not_know() {
        let dir = tempfile::TempDir::new().unwrap();
        std::fs::write(path(dir.path()), "# mine\nplan = \"a\"\n").unwrap();
        let s = set(dir.path(), "ui-lang", "da").unwrap();
        assert_eq!(s.ui_lang, Some(Lang::Da));
        let text = std::fs::read_to_string(path(dir.path())).unwrap();
        assert!(text.starts_with("# mine\nplan = \"a\"\n"), "{text}");
        assert!(set(dir.path(), "colour", "red").is_err());
        assert!(set(dir.path(), "bell", "maybe").is_err());
        assert!(set(dir.path(), "cue-minutes", "5,x").is_err());
        assert_eq!(
            set(dir.path(), "cue-minutes", "5, 2,1")
                .unwrap()
                .cue_minutes,
            Some(vec![5, 2, 1])
        );
        assert_eq!(
            set(dir.path(), "plan", "").unwrap().plan,
            None,
            "empty removes it"
        );
    }
}
