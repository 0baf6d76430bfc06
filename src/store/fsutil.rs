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
        // Named only now that it is whole: a new file at once by its own name; one that
        // replaces another by a temporary name, at once renamed over the target.
        let proc_path = format!("/proc/self/fd/{}", file.as_raw_fd());
        let link = |to: &str| {
            rustix::fs::linkat(
                CWD,
                proc_path.as_str(),
                &dir_fd,
                to,
                AtFlags::SYMLINK_FOLLOW,
            )
        };
        match name.to_str().map(link) {
            Some(Ok(())) => return Some(rustix::fs::fsync(&dir_fd).map_err(io::Error::from)),
            Some(Err(rustix::io::Errno::EXIST)) | None => {}
            // Without /proc there is no way to name it: fall back to a named temporary file.
            Some(Err(_)) => return None,
        }
        let tmp = format!("{prefix}{}.tmp", uuid::Uuid::now_v7().simple());
        link(tmp.as_str()).ok()?;
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

/// The largest session log rapport reads (a two-hour interview is well under a megabyte).
pub const LOG_CAP: u64 = 512 * 1024 * 1024;

/// The largest content, config or bookkeeping file rapport reads.
pub const FILE_CAP: u64 = 64 * 1024 * 1024;

/// Reads a file rapport finds in its own folders, which must be a regular file of at most
/// `cap` bytes: it is opened without following a symbolic link and without waiting (a FIFO
/// would block a plain read for ever), and what it is checked on the open file. With
/// `narrow`, a file that others may read is made owner-only (0600) first.
pub fn read_regular(path: &Path, cap: u64, narrow: bool) -> io::Result<Vec<u8>> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    options.custom_flags(libc_flags::NOFOLLOW | libc_flags::NONBLOCK);
    let file = options.open(path).map_err(|e| {
        if is_symlink(path) {
            odd("it is a symbolic link, which rapport does not follow")
        } else {
            e
        }
    })?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(odd(kind_of(&meta.file_type())));
    }
    if meta.len() > cap {
        return Err(odd(&format!(
            "it is {} MB, more than the {} MB rapport reads",
            meta.len() / 1_000_000,
            cap / 1_000_000
        )));
    }
    #[cfg(unix)]
    if narrow && meta.permissions().mode() & 0o077 != 0 {
        file.set_permissions(fs::Permissions::from_mode(0o600))?;
        tracing::info!(path = %path.display(), "made a file others could read owner-only");
    }
    #[cfg(not(unix))]
    let _ = narrow;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // A file that grows while it is read is still read only up to the cap.
    io::Read::read_to_end(&mut io::Read::take(file, cap + 1), &mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(odd("it grew past the size rapport reads"));
    }
    Ok(bytes)
}

/// Whether `path` is a symbolic link (not followed).
pub fn is_symlink(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// What a file that is not a regular one is, for a message.
pub fn kind_of(kind: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "it is a FIFO, not a regular file";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "it is a device, not a regular file";
        }
        if kind.is_socket() {
            return "it is a socket, not a regular file";
        }
    }
    if kind.is_dir() {
        "it is a folder, not a file"
    } else if kind.is_symlink() {
        "it is a symbolic link, which rapport does not follow"
    } else {
        "it is not a regular file"
    }
}

fn odd(why: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, why.to_owned())
}

/// The open(2) flags used here, from rustix (which has them for every Unix).
#[cfg(unix)]
mod libc_flags {
    pub const NOFOLLOW: i32 = rustix::fs::OFlags::NOFOLLOW.bits() as i32;
    pub const NONBLOCK: i32 = rustix::fs::OFlags::NONBLOCK.bits() as i32;
}

/// Options that never follow a symbolic link at the last component (Unix).
pub fn no_follow(options: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    options.custom_flags(libc_flags::NOFOLLOW);
    options
}
