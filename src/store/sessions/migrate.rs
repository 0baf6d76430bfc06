//! Sessions kept in rapport 0.1's one-file layout, moved into their folders on first use.

use std::path::Path;

use super::super::error::StoreError;
use super::super::fsutil;
use super::super::lock::SessionLock;
use super::SessionStore;
use crate::model::SessionId;

impl SessionStore {
    /// Moves every session kept in rapport 0.1's layout (`sessions/<id>.jsonl` and its
    /// sidecar files) into its folder, as this installation's first writer log. Nothing is
    /// rewritten; a session in use by another process is left for next time.
    pub(super) fn migrate_legacy(&self) {
        let Ok(names) = self.entries() else {
            return;
        };
        for name in &names {
            let Some(id) = name
                .strip_suffix(".jsonl")
                .and_then(|s| s.parse::<SessionId>().ok())
            else {
                continue;
            };
            if let Err(err) = self.migrate(id, &names) {
                tracing::warn!(%err, %id, "could not move a session into its folder");
            }
        }
    }

    fn migrate(&self, id: SessionId, names: &[String]) -> Result<(), StoreError> {
        let legacy = super::super::paths::LegacyFiles::new(&self.dir, id);
        let meta = std::fs::symlink_metadata(&legacy.log).map_err(|source| StoreError::Read {
            path: legacy.log.clone(),
            source,
        })?;
        if !meta.is_file() {
            // A link or a FIFO named like a log is not a session: leave it to be reported.
            return Ok(());
        }
        let lock = SessionLock::acquire(&legacy.lock)?;
        let files = self.files(id);
        fsutil::create_private_dir(&files.dir).map_err(|source| StoreError::CreateDir {
            path: files.dir.clone(),
            source,
        })?;
        let moved = |from: &Path, to: &Path| -> Result<(), StoreError> {
            if to.exists() {
                return Ok(());
            }
            std::fs::rename(from, to).map_err(|source| StoreError::Write {
                path: to.to_path_buf(),
                source,
            })
        };
        let log = if files.log.exists() {
            files.dir.join("legacy.jsonl")
        } else {
            files.log.clone()
        };
        moved(&legacy.log, &log)?;
        for name in names.iter().filter(|n| n.starts_with(&legacy.prefix)) {
            let rest = &name[legacy.prefix.len()..];
            let from = self.dir.join(name);
            match rest {
                "jsonl" | "lock" => {}
                "draft" => moved(&from, &files.draft)?,
                "panelist" => moved(&from, &files.panelist)?,
                _ if rest.starts_with("damaged-") => {
                    moved(&from, &files.dir.join(format!("{}.{rest}", files.writer)))?;
                }
                // Temporary files of a write that was cut short.
                _ => {
                    let _ = std::fs::remove_file(&from);
                }
            }
        }
        for dir in [&files.dir, &self.dir] {
            fsutil::sync_dir(dir).map_err(|source| StoreError::Write {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        let _ = std::fs::remove_file(&legacy.lock);
        drop(lock);
        tracing::info!(%id, "moved a session into its own folder");
        Ok(())
    }
}
