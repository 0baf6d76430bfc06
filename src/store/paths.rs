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

    /// The team folder, if one is set (`rapport team use DIR`, kept in `config/team`): every
    /// session's own writer logs appear in it as they are written, and the others' logs in it
    /// count as part of the session.
    pub fn team(&self) -> Option<PathBuf> {
        let bytes = super::fsutil::read_regular(&self.config.join("team"), 4096, false).ok()?;
        let text = String::from_utf8(bytes).ok()?;
        let dir = text.trim();
        (!dir.is_empty()).then(|| PathBuf::from(dir))
    }

    /// Sets (or, with `None`, clears) the team folder.
    pub fn set_team(&self, dir: Option<&Path>) -> std::io::Result<()> {
        super::fsutil::create_private_dir(&self.config)?;
        let text = dir.map(|d| d.display().to_string()).unwrap_or_default();
        super::fsutil::write_atomic(&self.config.join("team"), ".team-", text.as_bytes())
    }

    /// This installation's id: eight random hex digits kept in `data/installation`, made on
    /// first use. It names this machine's writer logs, so two laptops never write one file.
    /// When it cannot be read or kept, `local` stands in (and is used again next time).
    pub fn installation(&self) -> String {
        let path = self.data.join("installation");
        let valid = |s: &str| s.len() == 8 && s.chars().all(|c| c.is_ascii_hexdigit());
        if let Ok(bytes) = super::fsutil::read_regular(&path, 64, true) {
            let id = String::from_utf8_lossy(&bytes).trim().to_owned();
            if valid(&id) {
                return id;
            }
        }
        let simple = uuid::Uuid::now_v7().simple().to_string();
        // The last digits of a v7 UUID are random.
        let id = simple[simple.len() - 8..].to_owned();
        let kept = super::fsutil::create_private_dir(&self.data)
            .and_then(|()| super::fsutil::write_atomic(&path, ".installation-", id.as_bytes()));
        match kept {
            Ok(()) => id,
            Err(err) => {
                tracing::warn!(%err, "could not keep this installation's id");
                "local".to_owned()
            }
        }
    }
}

/// The files of one session, in its folder `sessions/<id>/`, as one writer sees them: a
/// session is a set of writer logs, `<writer>.jsonl`, one per process that records (see
/// `docs/panel.md`). A writer is `<installation>-<slot>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionFiles {
    /// The session's id.
    pub id: SessionId,
    /// The session's folder.
    pub dir: PathBuf,
    /// This installation's id.
    pub installation: String,
    /// The writer: `<installation>-<slot>`.
    pub writer: String,
    /// This writer's log.
    pub log: PathBuf,
    /// This writer's lock.
    pub lock: PathBuf,
    /// The note being typed on this installation.
    pub draft: PathBuf,
    /// Who records in the session on this installation.
    pub panelist: PathBuf,
    /// Where the summary screen writes its exports: `exports/<id>/` beside the sessions
    /// folder, so that forgetting the session removes them too.
    pub exports: PathBuf,
    /// The session's folder in the team folder, when one is set.
    pub team: Option<PathBuf>,
}

impl SessionFiles {
    /// The same files, with the session's folder in the team folder `team`.
    pub fn in_team(mut self, team: Option<&Path>) -> Self {
        self.team = team.map(|t| t.join(self.id.to_string()));
        self
    }

    /// This writer's log as the team folder holds it.
    pub fn team_log(&self) -> Option<PathBuf> {
        Some(self.team.as_ref()?.join(format!("{}.jsonl", self.writer)))
    }

    /// The files of session `id` in the sessions folder `sessions`, as slot 0 of
    /// `installation` writes them. Named by id only — never by the candidate's name.
    pub fn new(sessions: &Path, id: SessionId, installation: &str) -> Self {
        Self::of_writer(sessions, id, installation, 0)
    }

    fn of_writer(sessions: &Path, id: SessionId, installation: &str, slot: u32) -> Self {
        let dir = sessions.join(id.to_string());
        let writer = format!("{installation}-{slot}");
        SessionFiles {
            id,
            log: dir.join(format!("{writer}.jsonl")),
            lock: dir.join(format!("{writer}.lock")),
            draft: dir.join(format!("{installation}.draft")),
            panelist: dir.join(format!("{installation}.panelist")),
            exports: sessions
                .parent()
                .unwrap_or(sessions)
                .join("exports")
                .join(id.to_string()),
            installation: installation.to_owned(),
            writer,
            dir,
            team: None,
        }
    }

    /// The same session as writer `slot` of this installation.
    pub fn slot(&self, slot: u32) -> Self {
        let sessions = self.dir.parent().unwrap_or(&self.dir);
        Self {
            team: self.team.clone(),
            ..Self::of_writer(sessions, self.id, &self.installation, slot)
        }
    }

    /// Where a damaged original of this writer's log is kept aside:
    /// `<writer>.damaged-<hash>.jsonl`, named by a hash of its damage, so the same damage is
    /// kept once however often it is met.
    pub fn aside(&self, damage_hash: u32) -> PathBuf {
        self.dir
            .join(format!("{}.damaged-{damage_hash:08x}.jsonl", self.writer))
    }

    /// Whether `name` is a writer log of a session folder (not a copy kept aside).
    pub fn is_writer_log(name: &str) -> bool {
        name.ends_with(".jsonl") && !name.contains(".damaged-") && !name.starts_with('.')
    }
}

/// A session in the layout of rapport 0.1: `sessions/<id>.jsonl` and its sidecar files,
/// moved into the session's folder on first use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegacyFiles {
    /// The log.
    pub log: PathBuf,
    /// Its lock.
    pub lock: PathBuf,
    /// The prefix of every file of the session: `<id>.`.
    pub prefix: String,
}

impl LegacyFiles {
    /// The 0.1 files of session `id` in the sessions folder `sessions`.
    pub fn new(sessions: &Path, id: SessionId) -> Self {
        LegacyFiles {
            log: sessions.join(format!("{id}.jsonl")),
            lock: sessions.join(format!("{id}.lock")),
            prefix: format!("{id}."),
        }
    }
}
