//! Where rapport keeps its files.

use std::path::{Path, PathBuf};

use crate::model::SessionId;

/// The data and config folders. Only the binary's `main` decides them (from `RAPPORT_HOME` or
/// the platform's standard folders); everything below takes them as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// Sessions and rapport's own logs.
    pub data: PathBuf,
    /// User content: banks, formats, rubrics, plans, config.
    pub config: PathBuf,
}

impl Paths {
    /// Everything under one folder: `home/data` and `home/config` (for `RAPPORT_HOME`).
    pub fn under(home: &Path) -> Self {
        Paths {
            data: home.join("data"),
            config: home.join("config"),
        }
    }

    /// The platform's standard folders (e.g. `~/.local/share/rapport`, `~/.config/rapport`).
    pub fn standard() -> Option<Self> {
        let dirs = directories::ProjectDirs::from("", "", "rapport")?;
        Some(Paths {
            data: dirs.data_dir().to_path_buf(),
            config: dirs.config_dir().to_path_buf(),
        })
    }

    /// The folder of session logs.
    pub fn sessions(&self) -> PathBuf {
        self.data.join("sessions")
    }

    /// The folder of rapport's own log files.
    pub fn logs(&self) -> PathBuf {
        self.data.join("logs")
    }
}

/// The files of one session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionFiles {
    /// The folder they live in.
    pub dir: PathBuf,
    /// The event log.
    pub log: PathBuf,
    /// The writer's lock.
    pub lock: PathBuf,
    /// The note being typed.
    pub draft: PathBuf,
    /// Who records in the session on this machine.
    pub panelist: PathBuf,
    /// Where the summary screen writes its exports: `exports/<id>/` beside the sessions
    /// folder, so that forgetting the session removes them too.
    pub exports: PathBuf,
}

impl SessionFiles {
    /// The files of session `id` in `dir`. Named by id only — never by the candidate's name.
    pub fn new(dir: &Path, id: SessionId) -> Self {
        SessionFiles {
            dir: dir.to_path_buf(),
            log: dir.join(format!("{id}.jsonl")),
            lock: dir.join(format!("{id}.lock")),
            draft: dir.join(format!("{id}.draft")),
            panelist: dir.join(format!("{id}.panelist")),
            exports: dir
                .parent()
                .unwrap_or(dir)
                .join("exports")
                .join(id.to_string()),
        }
    }

    /// A new path to keep a damaged original aside: `<id>.damaged-<time>[-n].jsonl`.
    pub fn aside(&self, stamp: &str, attempt: u32) -> PathBuf {
        let stem = self
            .log
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let n = if attempt == 0 {
            String::new()
        } else {
            format!("-{attempt}")
        };
        self.dir.join(format!("{stem}.damaged-{stamp}{n}.jsonl"))
    }
}
