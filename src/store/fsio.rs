//! The file-system steps behind a durable save: lock, read, write-and-rename.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::SystemTime;

/// What a file looked like: if any of this changed, the file was rewritten.
/// Every save renames a new file in, so the inode alone would do on Unix; the
/// size and time cover the other systems, and the status-change time catches
/// a repaired permission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    inode: u64,
    changed: (i64, i64),
}

fn stamp_of(meta: &fs::Metadata) -> Stamp {
    #[cfg(unix)]
    let (inode, changed) = {
        use std::os::unix::fs::MetadataExt;
        (meta.ino(), (meta.ctime(), meta.ctime_nsec()))
    };
    #[cfg(not(unix))]
    let (inode, changed) = (0, (0, 0));
    Stamp {
        len: meta.len(),
        modified: meta.modified().ok(),
        inode,
        changed,
    }
}

/// The stamp of the file at `path`; `None` when it does not exist (or cannot
/// be looked at, which the next read will report).
pub fn stamp(path: &Path) -> Option<Stamp> {
    fs::metadata(path).ok().map(|m| stamp_of(&m))
}

/// The file's bytes and stamp, taken from the same open file; `None` if missing.
pub fn read(path: &Path) -> io::Result<Option<(Vec<u8>, Stamp)>> {
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let stamp = stamp_of(&file.metadata()?);
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(Some((bytes, stamp)))
}

/// How many symbolic links a path may go through before it is taken for a
/// loop (Linux's own limit).
const MAX_LINKS: usize = 40;

/// The file that `path` names in the end: `path` itself, or, when it is a
/// symbolic link (relative or absolute, possibly to another link), the file
/// the last link points to, whether it exists or not. Saves write there, so
/// the link stays a link (a dotfiles setup keeps receiving the notes).
pub fn target(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for hops in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let points_to = fs::read_link(&current)?;
                // A relative link is relative to the folder holding it.
                current = match current.parent() {
                    Some(folder) if points_to.is_relative() => folder.join(points_to),
                    _ => points_to,
                };
            }
            // Through a link, `config/../dotfiles/notes.json` reads better
            // in messages as `dotfiles/notes.json`: the folder is resolved
            // when it exists.
            _ if hops > 0 => return Ok(tidy_folder(current)),
            _ => return Ok(current),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// `path` with its folder resolved to its canonical form, when it exists.
fn tidy_folder(path: PathBuf) -> PathBuf {
    match (path.parent(), path.file_name()) {
        (Some(folder), Some(name)) if !folder.as_os_str().is_empty() => fs::canonicalize(folder)
            .map(|folder| folder.join(name))
            .unwrap_or(path),
        _ => path,
    }
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// The folder of `path`, created (0700 on Unix) if missing.
pub(crate) fn ensure_folder(path: &Path) -> io::Result<PathBuf> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(&folder)?;
    }
    Ok(folder)
}

/// Options for a private file: created 0600 on Unix, so its content is never
/// readable by others, not even for an instant.
pub(crate) fn private_file() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

/// Takes the exclusive lock on `<path>.lock`, waiting for it; released when the
/// returned file is dropped (also when the process dies).
pub fn lock(path: &Path) -> io::Result<File> {
    ensure_folder(path)?;
    let file = private_file()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(sidecar(path, ".lock"))?;
    file.lock()?;
    Ok(file)
}

const TEMP_INFIX: &str = ".tmp-";

/// Replaces the file at `path` with `bytes`, atomically: a temporary file in
/// the same folder, flushed, renamed over, then the folder flushed. With
/// `keep_backup`, the previous file stays as `<path>.bak`. The new file is
/// private (0600 on Unix) whatever the old one's mode was.
pub fn replace(path: &Path, bytes: &[u8], keep_backup: bool) -> io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let folder = ensure_folder(path)?;
    let temp = sidecar(
        path,
        &format!(
            "{TEMP_INFIX}{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ),
    );
    let written = (|| {
        let mut file = private_file().write(true).create_new(true).open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        if keep_backup && path.exists() {
            keep_as_backup(path)?;
        }
        fs::rename(&temp, path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written?;
    sync_folder(&folder);
    Ok(())
}

/// Public for exports: writes `bytes` to `path` atomically and privately.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace(path, bytes, false)
}

/// Makes `<path>.bak` the current content of `path`. A hard link costs nothing
/// and survives the rename that follows; a copy is the fallback where links
/// are not supported.
fn keep_as_backup(path: &Path) -> io::Result<()> {
    let backup = sidecar(path, ".bak");
    match fs::remove_file(&backup) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    if fs::hard_link(path, &backup).is_err() {
        let partial = sidecar(path, ".bak.partial");
        fs::copy(path, &partial)?;
        fs::rename(&partial, &backup)?;
    }
    // The backup keeps the old file's mode: if someone made it readable by
    // all, the old content would stay so. Best effort: a backup we cannot
    // chmod (not ours) is still better than no save.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(&backup, fs::Permissions::from_mode(0o600));
    }
    Ok(())
}

/// Flushes the folder so the rename itself survives a power cut. Best effort:
/// some file systems refuse to sync a folder, and by now the new file is
/// complete under its final name anyway.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

/// Removes temporary files left by writers that died mid-save. Only called
/// under the lock, when no other writer can be using one.
pub fn remove_stale_temporaries(path: &Path) {
    let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let mut prefix = name.to_os_string();
    prefix.push(TEMP_INFIX);
    let prefix = prefix.to_string_lossy().into_owned();
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The suffix of a file set aside as unusable: `<file>.broken-<UTC time>`.
pub const BROKEN_INFIX: &str = ".broken-";

/// Renames `path` to `<path>.broken-<UTC timestamp>[-N]`, never over an
/// existing file. Returns the new name, or `None` if there was no file.
pub fn set_aside(path: &Path) -> io::Result<Option<PathBuf>> {
    if fs::symlink_metadata(path).is_err() {
        return Ok(None);
    }
    super::conflicts::rename_aside(path, BROKEN_INFIX).map(Some)
}
