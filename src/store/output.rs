//! Writing an export where the user asked, and only there: a new or existing file (replaced
//! atomically), through a symbolic link (its target replaced, the link kept), into a hard
//! link (written in place, so every name sees it), a terminal, `/dev/null` or a FIFO
//! (written to as it is). A folder, a socket or a disk is refused.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::fsutil;

/// How many symbolic links are followed before giving up (Linux's own limit).
const MAX_LINKS: usize = 40;

/// An export that was not written, said in one sentence.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The path names something an export cannot go into.
    #[error("the export was not written: {} is {what}", path.display())]
    Refused {
        /// What was found there.
        path: PathBuf,
        /// What it is.
        what: &'static str,
    },
    /// Writing failed; nothing was written there.
    #[error("the export was not written to {}", path.display())]
    Write {
        /// Where it was to go.
        path: PathBuf,
        /// Why it failed.
        source: io::Error,
    },
    /// Writing to a device or a FIFO failed part-way.
    #[error("the export to {} stopped part-way; what arrived there is incomplete", path.display())]
    Partial {
        /// Where it was going.
        path: PathBuf,
        /// Why it stopped.
        source: io::Error,
    },
}

/// Where an export's bytes go, once links are followed.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    /// A new file, or a regular file with one name: replaced atomically.
    Replace(PathBuf),
    /// A regular file with several names (hard links): rewritten in place.
    InPlace(PathBuf),
    /// A character device or a FIFO: written to directly.
    Stream(PathBuf),
}

/// Writes `bytes` to `path` as described in the module's documentation; files it creates are
/// owner-only.
pub fn write_export(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    match target(path)? {
        Target::Replace(file) => fsutil::write_atomic(&file, ".rapport-", bytes)
            .map_err(|source| OutputError::Write { path: file, source }),
        Target::InPlace(file) => {
            let mut out = fs::OpenOptions::new()
                .write(true)
                .truncate(true)
                .open(&file)
                .map_err(|source| OutputError::Write {
                    path: file.clone(),
                    source,
                })?;
            out.write_all(bytes)
                .and_then(|()| out.sync_all())
                .map_err(|source| OutputError::Partial { path: file, source })
        }
        Target::Stream(device) => {
            let mut out = fs::OpenOptions::new()
                .write(true)
                .open(&device)
                .map_err(|source| OutputError::Write {
                    path: device.clone(),
                    source,
                })?;
            out.write_all(bytes)
                .and_then(|()| out.flush())
                .map_err(|source| OutputError::Partial {
                    path: device,
                    source,
                })
        }
    }
}

/// What `path` names, following symbolic links (a dangling one names the file to create).
fn target(path: &Path) -> Result<Target, OutputError> {
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let meta = match fs::symlink_metadata(&path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Target::Replace(path)),
            Err(source) => return Err(OutputError::Write { path, source }),
        };
        let kind = meta.file_type();
        if kind.is_symlink() {
            let link = fs::read_link(&path).map_err(|source| OutputError::Write {
                path: path.clone(),
                source,
            })?;
            path = match path.parent() {
                Some(dir) if link.is_relative() => dir.join(link),
                _ => link,
            };
            continue;
        }
        if kind.is_file() {
            return Ok(if links(&meta) > 1 {
                Target::InPlace(path)
            } else {
                Target::Replace(path)
            });
        }
        let what = describe(&kind);
        return match what {
            None => Ok(Target::Stream(path)),
            Some(what) => Err(OutputError::Refused { path, what }),
        };
    }
    Err(OutputError::Refused {
        path,
        what: "a loop of symbolic links",
    })
}

/// `None` for what an export may be written into as it is; else what it is.
fn describe(kind: &fs::FileType) -> Option<&'static str> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_char_device() || kind.is_fifo() {
            return None;
        }
        if kind.is_block_device() {
            return Some("a disk");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
    }
    Some(if kind.is_dir() {
        "a folder; name a file in it"
    } else {
        "neither a file nor a device"
    })
}

fn links(meta: &fs::Metadata) -> u64 {
    #[cfg(unix)]
    {
        std::os::unix::fs::MetadataExt::nlink(meta)
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        1
    }
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use super::*;
    use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};

    fn no_temp_files_in(dir: &Path) {
        let left: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn a_new_or_existing_file_is_replaced_whole_and_private() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("out.md");
        write_export(&file, b"one").unwrap();
        fs::set_permissions(&file, fs::Permissions::from_mode(0o644)).unwrap();
        let before = fs::metadata(&file).unwrap().ino();
        write_export(&file, b"two").unwrap();
        assert_eq!(fs::read(&file).unwrap(), b"two");
        assert_ne!(
            fs::metadata(&file).unwrap().ino(),
            before,
            "a new file took its place"
        );
        assert_eq!(fs::metadata(&file).unwrap().mode() & 0o777, 0o600);
        no_temp_files_in(dir.path());
    }

    #[test]
    fn a_symlink_stays_and_its_target_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.md");
        fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.md");
        symlink("real.md", &link).unwrap();
        write_export(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"new");
        let dangling = dir.path().join("dangling.md");
        symlink("made.md", &dangling).unwrap();
        write_export(&dangling, b"made").unwrap();
        assert_eq!(fs::read(dir.path().join("made.md")).unwrap(), b"made");
        let looped = dir.path().join("loop.md");
        symlink("loop.md", &looped).unwrap();
        let err = write_export(&looped, b"x").unwrap_err();
        assert!(err.to_string().contains("loop"), "{err}");
    }

    #[test]
    fn a_hard_link_is_written_in_place_so_both_names_see_it() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.md");
        let b = dir.path().join("b.md");
        fs::write(&a, "old old old").unwrap();
        fs::hard_link(&a, &b).unwrap();
        write_export(&a, b"new").unwrap();
        assert_eq!(fs::read(&b).unwrap(), b"new");
        assert_eq!(fs::metadata(&a).unwrap().nlink(), 2);
    }

    #[test]
    fn devices_and_fifos_are_written_to_and_stay_what_they_are() {
        write_export(Path::new("/dev/null"), b"gone").unwrap();
        let null = fs::metadata("/dev/null").unwrap();
        assert!(std::os::unix::fs::FileTypeExt::is_char_device(
            &null.file_type()
        ));
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        rustix::fs::mkfifoat(
            rustix::fs::CWD,
            &fifo,
            rustix::fs::Mode::from_raw_mode(0o600),
        )
        .unwrap();
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || fs::read(fifo).unwrap())
        };
        write_export(&fifo, b"through the pipe").unwrap();
        assert_eq!(reader.join().unwrap(), b"through the pipe");
        assert!(std::os::unix::fs::FileTypeExt::is_fifo(
            &fs::symlink_metadata(&fifo).unwrap().file_type()
        ));
    }

    #[test]
    fn a_folder_is_refused_and_a_failed_write_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_export(dir.path(), b"x").unwrap_err();
        assert!(err.to_string().contains("is a folder"), "{err}");
        let missing = dir.path().join("no/such/folder/out.md");
        let err = write_export(&missing, b"x").unwrap_err();
        assert!(
            err.to_string().starts_with("the export was not written"),
            "{err}"
        );
        no_temp_files_in(dir.path());
    }
}
