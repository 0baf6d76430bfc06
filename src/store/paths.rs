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
    /// The session's id.
    pub id: SessionId,
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
            id,
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

    /// Where a damaged original is kept aside: `<id>.damaged-<hash>.jsonl`, named by a hash
    /// of its damage, so the same damage is kept once however often it is met.
    pub fn aside(&self, damage_hash: u32) -> PathBuf {
        self.dir
            .join(format!("{}.damaged-{damage_hash:08x}.jsonl", self.id))
    }
}
