//! Who records in a session on this machine, kept beside its log: resuming it from the
//! command line, the home screen or after a crash records as the same panelist, not as
//! whoever `$USER` happens to be.

use super::error::StoreError;
use super::fsutil;
use super::paths::SessionFiles;

impl SessionFiles {
    /// The panelist this machine last recorded as in the session, if it remembers one.
    pub fn remembered_panelist(&self) -> Option<String> {
        let bytes = fsutil::read_regular(&self.panelist, fsutil::FILE_CAP, true).ok()?;
        let text = String::from_utf8_lossy(&bytes);
        let name = text.trim();
        (!name.is_empty()).then(|| name.to_owned())
    }

    /// Remembers that this machine records as `name` in the session (atomically, fsynced).
    pub fn remember_panelist(&self, name: &str) -> Result<(), StoreError> {
        fsutil::write_atomic(
            &self.panelist,
            &self.tmp_prefix("panelist"),
            name.as_bytes(),
        )
        .map_err(|source| StoreError::Write {
            path: self.panelist.clone(),
            source,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::model::SessionId;
    use crate::store::SessionFiles;

    #[test]
    fn a_session_remembers_who_records_in_it_here() {
        let dir = tempfile::TempDir::new().unwrap();
        let files = SessionFiles::new(dir.path(), SessionId(uuid::Uuid::from_u128(3)), "0a1b2c3d");
        std::fs::create_dir_all(&files.dir).unwrap();
        assert_eq!(files.remembered_panelist(), None);
        files.remember_panelist("Kari Nordmann").unwrap();
        assert_eq!(
            files.remembered_panelist().as_deref(),
            Some("Kari Nordmann")
        );
        files.remember_panelist("Ola").unwrap();
        assert_eq!(files.remembered_panelist().as_deref(), Some("Ola"));
    }
}
