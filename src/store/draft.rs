//! The draft file: the note being typed, rewritten atomically so a crash loses at most the
//! keystrokes since its last save.

use std::io;

use super::error::StoreError;
use super::fsutil;
use super::paths::SessionFiles;
use crate::model::Draft;

impl SessionFiles {
    /// Saves the draft (atomically, fsynced).
    pub fn save_draft(&self, draft: &Draft) -> Result<(), StoreError> {
        let bytes = serde_json::to_vec(draft).map_err(|e| StoreError::Write {
            path: self.draft.clone(),
            source: io::Error::other(e),
        })?;
        fsutil::write_atomic(&self.draft, &self.tmp_prefix("draft"), &bytes).map_err(|source| {
            StoreError::Write {
                path: self.draft.clone(),
                source,
            }
        })
    }

    /// Loads the draft, if there is one. A draft that cannot be read is reported in rapport's
    /// log and treated as absent: it never blocks opening the session.
    pub fn load_draft(&self) -> Option<Draft> {
        let bytes = match fsutil::read_regular(&self.draft, fsutil::FILE_CAP, true) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return None,
            Err(err) => {
                tracing::warn!(%err, "could not read the draft");
                return None;
            }
        };
        serde_json::from_slice(&bytes)
            .inspect_err(|err| tracing::warn!(%err, "the draft is damaged; ignoring it"))
            .ok()
    }

    /// Removes the draft (after its note was committed, or discarded).
    pub fn clear_draft(&self) -> Result<(), StoreError> {
        match std::fs::remove_file(&self.draft) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(StoreError::Write {
                path: self.draft.clone(),
                source: e,
            }),
            _ => Ok(()),
        }
    }

    /// The name prefix of this session's temporary `what` files, so deletion finds them too.
    pub(super) fn tmp_prefix(&self, what: &str) -> String {
        let stem = self.log.file_stem().unwrap_or_default().to_string_lossy();
        format!("{stem}.{what}-")
    }
}
