//! What identifies one state of a directory file, and where caches go.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::{CACHE_DIR_ENV, CACHED_FROM, SETTLE};
use crate::search::persist::{Input, put_bytes, put_u32, put_u64};

/// Where caches are kept: `$MAILLAGE_CACHE_DIR`, else the system's cache
/// folder for maillage; `None` if there is neither.
pub fn cache_dir() -> Option<PathBuf> {
    match std::env::var_os(CACHE_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => {
            directories::ProjectDirs::from("", "", "maillage").map(|d| d.cache_dir().to_path_buf())
        }
    }
}

/// What identifies one state of a directory file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    pub(super) path: String,
    pub(super) len: u64,
    pub(super) modified: (i64, u32),
    pub(super) inode: u64,
    pub(super) device: u64,
}

impl Stamp {
    /// The stamp of the file at `path` as it is now.
    pub fn of(path: &Path) -> io::Result<Stamp> {
        let path = fs::canonicalize(path)?;
        let metadata = fs::metadata(&path)?;
        let modified = metadata.modified()?;
        let since_epoch = |t: SystemTime| match t.duration_since(SystemTime::UNIX_EPOCH) {
            Ok(d) => (d.as_secs() as i64, d.subsec_nanos()),
            Err(before) => (
                -(before.duration().as_secs() as i64),
                before.duration().subsec_nanos(),
            ),
        };
        #[cfg(unix)]
        let (inode, device) = {
            use std::os::unix::fs::MetadataExt;
            (metadata.ino(), metadata.dev())
        };
        #[cfg(not(unix))]
        let (inode, device) = (0, 0);
        Ok(Stamp {
            path: path.to_string_lossy().into_owned(),
            len: metadata.len(),
            modified: since_epoch(modified),
            inode,
            device,
        })
    }

    /// Whether the file is large enough to be worth a cache.
    pub fn worth_caching(&self) -> bool {
        self.len >= CACHED_FROM
    }

    /// Whether the file was last changed long enough ago to be cached.
    pub(super) fn settled(&self, now: SystemTime) -> bool {
        let modified =
            SystemTime::UNIX_EPOCH + Duration::new(self.modified.0.max(0) as u64, self.modified.1);
        now.duration_since(modified).is_ok_and(|age| age >= SETTLE)
    }

    /// The cache file for this directory file in `dir`.
    pub fn cache_file(&self, dir: &Path) -> PathBuf {
        self.named_file(dir, super::PREFIX)
    }

    /// A cache file for this directory file in `dir`, its name starting
    /// with `prefix`.
    pub(super) fn named_file(&self, dir: &Path, prefix: &str) -> PathBuf {
        // FNV-1a: stable across Rust versions, unlike `DefaultHasher`. A
        // collision is harmless: the path is in the header too.
        let hash = self.path.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        dir.join(format!("{prefix}{hash:016x}.bin"))
    }

    pub(super) fn write(&self, out: &mut impl Write) -> io::Result<()> {
        put_bytes(out, self.path.as_bytes())?;
        put_u64(out, self.len)?;
        put_u64(out, self.modified.0 as u64)?;
        put_u32(out, self.modified.1)?;
        put_u64(out, self.inode)?;
        put_u64(out, self.device)
    }

    pub(super) fn read(input: &mut Input<impl Read>) -> io::Result<Stamp> {
        Ok(Stamp {
            path: input.string()?,
            len: input.u64()?,
            modified: (input.u64()? as i64, input.u32()?),
            inode: input.u64()?,
            device: input.u64()?,
        })
    }
}
