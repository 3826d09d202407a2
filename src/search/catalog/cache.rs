//! The catalog of a large directory file, kept on disk between runs of
//! `maillage search`.
//!
//! Why: at fair scale a one-shot search spends nearly all its time reading,
//! parsing and checking the JSON and folding its texts (about 130 ms for a
//! 17 MB file), and a few milliseconds searching. A script that searches the
//! same file again and again pays that every time. The catalog read back
//! from this cache skips all of it (see BENCHMARKS.md), and gives exactly
//! the results of a fresh search: it *is* the catalog, written by
//! [`Engine::write_to`].
//!
//! When it is used:
//! - only for files of [`CACHED_FROM`] bytes or more (a small directory loads
//!   in milliseconds; a cache would only litter the disk);
//! - only if the file is still the one it was built from: same canonical
//!   path, length, modification time to the nanosecond, inode and device,
//!   and the cache was written by this very version of maillage. Anything
//!   else is a miss, and the next search rebuilds it;
//! - a cache is written only from a directory that loaded without a
//!   problem, and not for a file changed in the last [`SETTLE`] (a second
//!   change within the file system's time-stamp granularity could keep
//!   the same stamp: git's "racy" case).
//!
//! A cache is written to a temporary file and renamed into place, so a
//! reader never sees half of one; it is readable by its owner only. At most
//! [`KEPT`] caches are kept, the least recently written are removed. A cache
//! that cannot be read or written is ignored: the search goes on without it.

use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::{Catalog, Kind};
use crate::directory::Directory;
use crate::search::Engine;
use crate::search::persist::{Input, damaged, put_bytes, put_u32, put_u32s, put_u64};

/// Directory files of this many bytes or more are cached.
pub const CACHED_FROM: u64 = 1 << 20;
/// A file modified more recently than this is not cached yet.
pub const SETTLE: Duration = Duration::from_secs(2);
/// How many caches are kept.
pub const KEPT: usize = 4;
/// Where caches go instead of the system's cache folder.
pub const CACHE_DIR_ENV: &str = "MAILLAGE_CACHE_DIR";

const MAGIC: &[u8; 16] = b"maillage-search\n";
/// Changes whenever what is written changes.
const FORMAT: u32 = 1;
const KINDS: [Kind; 3] = [Kind::Stand, Kind::Organisation, Kind::Person];

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
    path: String,
    len: u64,
    modified: (i64, u32),
    inode: u64,
    device: u64,
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
    fn settled(&self, now: SystemTime) -> bool {
        let modified =
            SystemTime::UNIX_EPOCH + Duration::new(self.modified.0.max(0) as u64, self.modified.1);
        now.duration_since(modified).is_ok_and(|age| age >= SETTLE)
    }

    /// The cache file for this directory file in `dir`.
    pub fn cache_file(&self, dir: &Path) -> PathBuf {
        // FNV-1a: stable across Rust versions, unlike `DefaultHasher`. A
        // collision is harmless: the path is in the header too.
        let hash = self.path.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        dir.join(format!("search-{hash:016x}.bin"))
    }

    fn write(&self, out: &mut impl Write) -> io::Result<()> {
        put_bytes(out, self.path.as_bytes())?;
        put_u64(out, self.len)?;
        put_u64(out, self.modified.0 as u64)?;
        put_u32(out, self.modified.1)?;
        put_u64(out, self.inode)?;
        put_u64(out, self.device)
    }

    fn read(input: &mut Input<impl Read>) -> io::Result<Stamp> {
        Ok(Stamp {
            path: input.string()?,
            len: input.u64()?,
            modified: (input.u64()? as i64, input.u32()?),
            inode: input.u64()?,
            device: input.u64()?,
        })
    }
}

/// A catalog read from a cache, with the id of every record.
#[derive(Debug)]
pub struct Stored {
    /// Engines of the kinds asked for; the others are empty.
    pub catalog: Catalog,
    ids: [Ids; 3],
}

impl Stored {
    /// The id of record `record` of `kind` (a stand's number, an
    /// organisation's or person's id).
    pub fn id(&self, kind: Kind, record: usize) -> &str {
        self.ids[kind as usize].get(record)
    }
}

/// Record ids, one after the other in one string.
#[derive(Debug, Default)]
struct Ids {
    text: String,
    ends: Vec<u32>,
}

impl Ids {
    fn of(directory: &Directory, kind: Kind) -> Ids {
        let mut ids = Ids::default();
        let mut push = |id: &str| {
            ids.text.push_str(id);
            ids.ends.push(ids.text.len() as u32);
        };
        match kind {
            Kind::Stand => directory.stands.iter().for_each(|s| push(&s.number)),
            Kind::Organisation => directory.organisations.iter().for_each(|o| push(&o.id)),
            Kind::Person => directory.people.iter().for_each(|p| push(&p.id)),
        }
        ids
    }

    fn get(&self, record: usize) -> &str {
        let start = record.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        &self.text[start..self.ends[record] as usize]
    }

    fn read(input: &mut Input<impl Read>, records: usize) -> io::Result<Ids> {
        let ids = Ids {
            text: input.string()?,
            ends: input.u32s()?,
        };
        let mut previous = 0;
        let fits = ids.ends.len() == records
            && ids.ends.iter().all(|&end| {
                let ok = end >= previous && ids.text.is_char_boundary(end as usize);
                previous = end;
                ok
            });
        if fits {
            Ok(ids)
        } else {
            Err(damaged("record ids do not fit their text"))
        }
    }
}

/// Reads the cache `file` for the directory file stamped `stamp`, with the
/// engines of `kinds`. `Ok(None)`: there is no cache for this state of the
/// file (absent, stale, or from another version of maillage).
///
/// The stands' section is read on a second core while the others are read.
/// Each section is read through its own handle on the file: should the cache
/// be replaced meanwhile, the new one holds the same bytes (it is built from
/// the same state of the same file by the same version).
pub fn read(file: &Path, stamp: &Stamp, kinds: &[Kind]) -> io::Result<Option<Stored>> {
    let opened = match File::open(file) {
        Ok(opened) => opened,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let len = opened.metadata()?.len();
    let mut input = Input::new(BufReader::with_capacity(1 << 12, opened), len);
    let mut magic = [0; MAGIC.len()];
    input.exact(&mut magic)?;
    if &magic != MAGIC
        || input.u32()? != FORMAT
        || input.string()? != env!("CARGO_PKG_VERSION")
        || Stamp::read(&mut input)? != *stamp
    {
        return Ok(None);
    }
    let mut sections = Vec::new();
    for kind in KINDS {
        let section = input.u64()?;
        let start = len - input.left();
        input.skip(section)?;
        if kinds.contains(&kind) {
            sections.push((kind, start, section));
        }
    }
    let read_all = |sections: &[(Kind, u64, u64)]| -> io::Result<Vec<(Kind, Engine, Ids)>> {
        sections
            .iter()
            .map(|&(kind, start, len)| {
                let (engine, ids) = read_section(file, start, len)?;
                Ok((kind, engine, ids))
            })
            .collect()
    };
    let read = if sections.len() > 1 {
        let (first, rest) = sections.split_at(1);
        std::thread::scope(|scope| {
            let first = scope.spawn(|| read_all(first));
            let rest = read_all(rest);
            match first.join() {
                Ok(first) => first.and_then(|mut first| {
                    first.extend(rest?);
                    Ok(first)
                }),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })?
    } else {
        read_all(&sections)?
    };
    let mut catalog = Catalog::default();
    let mut ids: [Ids; 3] = Default::default();
    for (kind, engine, kind_ids) in read {
        *catalog.engine_mut(kind) = engine;
        ids[kind as usize] = kind_ids;
    }
    Ok(Some(Stored { catalog, ids }))
}

/// The engine and ids in the `len` bytes of `file` from `start`.
fn read_section(file: &Path, start: u64, len: u64) -> io::Result<(Engine, Ids)> {
    let mut opened = File::open(file)?;
    opened.seek(io::SeekFrom::Start(start))?;
    let mut input = Input::new(BufReader::with_capacity(1 << 16, opened), len);
    let engine = Engine::read_from(&mut input)?;
    let ids = Ids::read(&mut input, engine.len())?;
    Ok((engine, ids))
}

/// Writes the cache `file` of `catalog`, built from `directory`, read from
/// the file stamped `stamp`; does nothing for a file changed too recently.
/// Then removes the oldest caches beyond [`KEPT`].
pub fn write(
    file: &Path,
    stamp: &Stamp,
    directory: &Directory,
    catalog: &Catalog,
) -> io::Result<()> {
    if !stamp.settled(SystemTime::now()) {
        return Ok(());
    }
    let dir = file.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let temporary = file.with_extension(format!("tmp-{}", std::process::id()));
    let written = write_new(&temporary, stamp, directory, catalog)
        .and_then(|()| fs::rename(&temporary, file));
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written?;
    prune(dir, KEPT)
}

fn write_new(
    file: &Path,
    stamp: &Stamp,
    directory: &Directory,
    catalog: &Catalog,
) -> io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut out = BufWriter::with_capacity(1 << 16, options.open(file)?);
    out.write_all(MAGIC)?;
    put_u32(&mut out, FORMAT)?;
    put_bytes(&mut out, env!("CARGO_PKG_VERSION").as_bytes())?;
    stamp.write(&mut out)?;
    for kind in KINDS {
        // The section's length is written once the section is.
        let at = out.stream_position()?;
        put_u64(&mut out, 0)?;
        catalog.engine(kind).write_to(&mut out)?;
        let ids = Ids::of(directory, kind);
        put_bytes(&mut out, ids.text.as_bytes())?;
        put_u32s(&mut out, &ids.ends)?;
        let end = out.stream_position()?;
        out.seek(io::SeekFrom::Start(at))?;
        put_u64(&mut out, end - at - 8)?;
        out.seek(io::SeekFrom::Start(end))?;
    }
    // No `sync_all`: a cache lost in a crash is only rebuilt, and one cut
    // short is refused when read.
    out.flush()
}

/// Removes the caches in `dir` beyond the `kept` most recently written.
fn prune(dir: &Path, kept: usize) -> io::Result<()> {
    let mut caches: Vec<(SystemTime, PathBuf)> = fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.starts_with("search-") && name.ends_with(".bin")
        })
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    caches.sort_by_key(|c| std::cmp::Reverse(c.0));
    for (_, old) in caches.into_iter().skip(kept) {
        let _ = fs::remove_file(old);
    }
    Ok(())
}

#[cfg(test)]
#[path = "cache_tests.rs"]
mod tests;
