//! Private, durable file operations: owner-only folders and files, fsync, atomic rewrites.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};

/// Creates `dir` and any missing parents, owner-only (0700), and tightens `dir` itself if it
/// already existed with looser permissions.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    builder.mode(0o700);
    builder.create(dir)?;
    #[cfg(unix)]
    {
        let perms = fs::metadata(dir)?.permissions();
        if perms.mode() & 0o077 != 0 {
            fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
        }
    }
    Ok(())
}

/// Options that create files owner-only (0600).
pub fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    options.mode(0o600);
    options
}

/// Makes a folder's entries (a new or renamed file) durable.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Replaces `path` with `bytes` atomically: a temporary file in the same folder is written,
/// fsynced and renamed over `path`, then the folder is fsynced. Readers see the old or the new
/// contents, never a mix. The temporary file's name starts with `prefix`.
///
/// On Linux the new contents are first written to a file without a name (`O_TMPFILE`), which
/// is named only once it is whole: a process killed in the middle (even by `kill -9`) leaves
/// nothing behind. Elsewhere, or where the file system cannot do that, a named temporary file
/// is used and removed on every failure.
pub fn write_atomic(path: &Path, prefix: &str, bytes: &[u8]) -> io::Result<()> {
    let dir = parent(path)?;
    #[cfg(target_os = "linux")]
    if let Some(done) = unnamed::write_atomic(dir, path, prefix, bytes) {
        return done;
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(prefix)
        .suffix(".tmp")
        .tempfile_in(dir)?;
    let _registered = in_flight::Registered::new(tmp.path());
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir)
}

#[cfg(target_os = "linux")]
mod unnamed {
    use std::fs::File;
    use std::io::{self, Write};
    use std::os::fd::AsRawFd;
    use std::path::Path;

    use rustix::fs::{AtFlags, CWD, Mode, OFlags};

    /// [`super::write_atomic`] through an `O_TMPFILE`; `None` when the file system has none
    /// (then nothing was written).
    pub fn write_atomic(
        dir: &Path,
        path: &Path,
        prefix: &str,
        bytes: &[u8],
    ) -> Option<io::Result<()>> {
        let name = path.file_name()?;
        let dir_fd = match rustix::fs::open(
            dir,
            OFlags::DIRECTORY | OFlags::RDONLY | OFlags::CLOEXEC,
            Mode::empty(),
        ) {
            Ok(fd) => fd,
            Err(e) => return Some(Err(e.into())),
        };
        let fd = rustix::fs::openat(
            &dir_fd,
            ".",
            OFlags::TMPFILE | OFlags::WRONLY | OFlags::CLOEXEC,
            Mode::from_raw_mode(0o600),
        )
        .ok()?;
        let mut file = File::from(fd);
        let written = file.write_all(bytes).and_then(|()| file.sync_all());
        if let Err(e) = written {
            return Some(Err(e));
        }
        // Named only now that it is whole, and at once renamed over the target.
        let tmp = format!("{prefix}{}.tmp", uuid::Uuid::now_v7().simple());
        let proc_path = format!("/proc/self/fd/{}", file.as_raw_fd());
        // Without /proc there is no way to name it: fall back to a named temporary file.
        rustix::fs::linkat(
            CWD,
            proc_path.as_str(),
            &dir_fd,
            tmp.as_str(),
            AtFlags::SYMLINK_FOLLOW,
        )
        .ok()?;
        if let Err(e) = rustix::fs::renameat(&dir_fd, tmp.as_str(), &dir_fd, name) {
            let _ = rustix::fs::unlinkat(&dir_fd, tmp.as_str(), AtFlags::empty());
            return Some(Err(e.into()));
        }
        Some(rustix::fs::fsync(&dir_fd).map_err(io::Error::from))
    }
}

/// Named temporary files being written, removed if the process is stopped by a signal.
mod in_flight {
    use std::path::{Path, PathBuf};
    use std::sync::{Mutex, Once};

    static FILES: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
    static WATCH: Once = Once::new();

    /// Removes the temporary files of interrupted writes when SIGINT, SIGTERM or SIGHUP
    /// stops a command-line run (the live screen handles those signals itself and is never
    /// stopped mid-write).
    pub fn remove_on_signals() {
        WATCH.call_once(|| {
            use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
            let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])
            else {
                return;
            };
            std::thread::spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    if let Ok(files) = FILES.lock() {
                        for file in files.iter() {
                            let _ = std::fs::remove_file(file);
                        }
                    }
                    let _ = signal_hook::low_level::emulate_default_handler(signal);
                }
            });
        });
    }

    /// A temporary file listed while it is being written.
    pub struct Registered(PathBuf);

    impl Registered {
        pub fn new(path: &Path) -> Self {
            if let Ok(mut files) = FILES.lock() {
                files.push(path.to_path_buf());
            }
            Registered(path.to_path_buf())
        }
    }

    impl Drop for Registered {
        fn drop(&mut self) {
            if let Ok(mut files) = FILES.lock() {
                files.retain(|f| *f != self.0);
            }
        }
    }
}

pub use in_flight::remove_on_signals;

/// Copies `from` to a new file `to` (which must not exist), owner-only and fsynced.
pub fn copy_private(from: &Path, to: &Path) -> io::Result<()> {
    let mut src = File::open(from)?;
    let mut dst = private_options().write(true).create_new(true).open(to)?;
    io::copy(&mut src, &mut dst)?;
    dst.sync_all()?;
    sync_dir(parent(to)?)
}

/// The folder a path is in (`.` for a bare file name).
fn parent(path: &Path) -> io::Result<&Path> {
    match path.parent() {
        Some(dir) if dir.as_os_str().is_empty() => Ok(Path::new(".")),
        Some(dir) => Ok(dir),
        None => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "a path without a folder",
        )),
    }
}
