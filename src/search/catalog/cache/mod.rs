//! The records of a large directory file, kept on disk between runs of
//! `maillage search`.
//!
//! Why: at fair scale a one-shot search spends nearly all its time reading,
//! parsing and checking the JSON and folding its texts (about 120 ms for a
//! 17 MB file), and a few milliseconds searching. A script that searches the
//! same file again and again pays that every time. The cache holds the
//! catalog's records already folded, in blocks of `BLOCK` records, each an
//! engine written by [`Engine::write_to`](crate::search::Engine::write_to)
//! with the ids of its records. A search reads a block, searches it, keeps
//! its hits (with what is shown of them) and drops it, on two cores, then
//! ranks the hits as [`search_once`](super::search_once) does: the results
//! are exactly [`Catalog::search`](super::Catalog::search)'s, and the memory
//! held is a block per core plus the hits (see BENCHMARKS.md for figures).
//! The first search of a file writes its cache while it searches
//! ([`search_and_write`]): the blocks it builds to search are the ones it
//! writes.
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
//! reader never sees half of one, and a search reads all of it through one
//! handle, so a cache written again meanwhile is not mixed in. It is
//! readable by its owner only (folder 0700, file 0600, as the notes). At
//! most [`KEPT`] caches are kept, the least recently written are removed.
//! A cache that cannot be read or written is ignored: the search goes on
//! without it.

mod blocks;
mod header;
pub mod launch;
mod sink;
mod stamp;

use std::fs::{self, File};
use std::io::{self, BufReader};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::AtomicUsize;
use std::time::{Duration, SystemTime};

use super::Kind;
use super::folded::FoldedTexts;
use super::index::Index;
use crate::directory::Directory;
use crate::search::Hit;
use crate::search::persist::{Input, damaged};
use blocks::{BLOCK_ENTRY, Block, Query, build_blocks, search_blocks};
use sink::Sink;
pub use stamp::{Stamp, cache_dir};

/// Directory files of this many bytes or more are cached.
pub const CACHED_FROM: u64 = 1 << 20;
/// A file modified more recently than this is not cached yet.
pub const SETTLE: Duration = Duration::from_secs(2);
/// How many caches are kept.
pub const KEPT: usize = 4;
/// A cache still being written after this long was abandoned (its writer
/// was killed): writing one takes well under a second.
const ABANDONED: Duration = Duration::from_secs(3600);
/// Where caches go instead of the system's cache folder.
pub const CACHE_DIR_ENV: &str = "MAILLAGE_CACHE_DIR";

/// Names of search cache files start with this.
const PREFIX: &str = "search-";
/// The search cache's kind; its format changes whenever what is written
/// changes.
const SEARCH_CACHE: header::Kind = header::Kind {
    magic: b"maillage-search\n",
    format: 1,
};
const KINDS: [Kind; 3] = [Kind::Stand, Kind::Organisation, Kind::Person];
/// Records per block. A search holds one block per core in memory: it reads
/// a block, searches it, keeps its hits and drops it.
const BLOCK: usize = 4096;

/// One result of a search in a cache, with what is shown of its record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedHit {
    pub kind: Kind,
    /// `hit.record` is the index in the directory's list of that kind.
    pub hit: Hit,
    /// A stand's number, an organisation's or person's id.
    pub id: Box<str>,
    /// The record's [`name_field`](super::name_field), whose text is what results show.
    pub name: Box<str>,
    /// [`Engine::positions`](crate::search::Engine::positions) in `name`, when asked for.
    pub positions: Vec<usize>,
    sort_key: Box<str>,
}

/// Searches the cache `file` of the directory file stamped `stamp` for
/// `query` in `kinds`, ranked as [`Catalog::search`](super::Catalog::search) ranks them, with the
/// highlight positions in each name if `positions`. `Ok(None)`: there is no
/// cache for this state of the file (absent, stale, or from another version
/// of maillage).
///
/// Blocks are read, searched and dropped one at a time, on two cores, all
/// through the handle the list of blocks was read from: a cache written
/// again meanwhile by another search (the same records, but its blocks in
/// another order) is another file, which this search never sees.
pub fn search(
    file: &Path,
    stamp: &Stamp,
    query: &str,
    kinds: &[Kind],
    positions: bool,
) -> io::Result<Option<Vec<CachedHit>>> {
    let Some((opened, blocks)) = contents(file, stamp)? else {
        return Ok(None);
    };
    search_opened(opened, &blocks, query, kinds, positions).map(Some)
}

/// [`search`] in the cache `opened`, whose list of blocks is `blocks`.
fn search_opened(
    opened: File,
    blocks: &[Block],
    query: &str,
    kinds: &[Kind],
    positions: bool,
) -> io::Result<Vec<CachedHit>> {
    let blocks: Vec<Block> = blocks
        .iter()
        .filter(|b| kinds.contains(&b.kind))
        .copied()
        .collect();
    let next = AtomicUsize::new(0);
    let query = Query {
        text: query,
        kinds,
        positions,
    };
    let opened = Mutex::new(opened);
    let found = on_two_cores(|| search_blocks(&opened, &blocks, &next, query))?;
    Ok(ranked(found))
}

/// The cache `file`, opened, and its blocks, if it is the one of `stamp`.
fn contents(file: &Path, stamp: &Stamp) -> io::Result<Option<(File, Vec<Block>)>> {
    let Some(opened) = header::open(file)? else {
        return Ok(None);
    };
    let len = opened.metadata()?.len();
    let mut input = Input::new(BufReader::with_capacity(1 << 14, &opened), len);
    if !header::matches(&mut input, &SEARCH_CACHE, stamp)? {
        return Ok(None);
    }
    let count = input.u64()?;
    if count > input.left() / BLOCK_ENTRY {
        return Err(damaged("the list of blocks runs past the end of the file"));
    }
    let mut blocks = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let kind = match input.u32()? {
            0 => Kind::Stand,
            1 => Kind::Organisation,
            2 => Kind::Person,
            _ => return Err(damaged("a block of an unknown kind")),
        };
        let (first, records) = (input.u32()? as usize, input.u32()? as usize);
        let (offset, block_len) = (input.u64()?, input.u64()?);
        if offset.checked_add(block_len).is_none_or(|end| end > len) {
            return Err(damaged("a block runs past the end of the file"));
        }
        blocks.push(Block {
            kind,
            first,
            records,
            offset,
            len: block_len,
        });
    }
    if !tiled(&blocks) {
        return Err(damaged("the blocks do not hold each record once"));
    }
    Ok(Some((opened, blocks)))
}

/// Whether the blocks of each kind hold its records from the first one on,
/// each once: a damaged list could otherwise repeat or skip results.
fn tiled(blocks: &[Block]) -> bool {
    let mut ranges: Vec<(Kind, usize, usize)> = blocks
        .iter()
        .map(|b| (b.kind, b.first, b.records))
        .collect();
    ranges.sort_unstable();
    let mut next: Option<(Kind, usize)> = None;
    ranges.iter().all(|&(kind, first, records)| {
        let expected = match next {
            Some((previous, end)) if previous == kind => end,
            _ => 0,
        };
        next = first.checked_add(records).map(|end| (kind, end));
        first == expected && next.is_some()
    })
}

/// Searches `directory` for `query` in `kinds` as [`search`] searches its
/// cache, with the same results, and writes the cache `file` of the
/// directory file stamped `stamp` on the way, unless that file changed in
/// the last [`SETTLE`]. Writing the cache costs the search little: the
/// records built to be searched are the ones written (those of other kinds
/// are built only to be written).
///
/// The results never depend on the cache: a cache that cannot be written is
/// abandoned (nothing is left behind) and the search goes on; the error is
/// returned with the results.
pub fn search_and_write(
    directory: &Directory,
    query: &str,
    kinds: &[Kind],
    positions: bool,
    file: &Path,
    stamp: &Stamp,
) -> (Vec<CachedHit>, io::Result<()>) {
    let blocks: Vec<Block> = KINDS
        .iter()
        .flat_map(|&kind| {
            let count = super::count(directory, kind);
            (0..count).step_by(BLOCK).map(move |first| Block {
                kind,
                first,
                records: BLOCK.min(count - first),
                offset: 0,
                len: 0,
            })
        })
        .collect();
    let (sink, mut written) = if stamp.settled(SystemTime::now()) {
        match Sink::create(file, stamp, blocks.len()) {
            Ok(sink) => (Some(sink), Ok(())),
            Err(e) => (None, Err(e)),
        }
    } else {
        (None, Ok(()))
    };
    let sink = Mutex::new(sink);
    let index = Index::new(directory);
    let texts = FoldedTexts::new(directory);
    let next = AtomicUsize::new(0);
    let query = Query {
        text: query,
        kinds,
        positions,
    };
    let work = || build_blocks(directory, &index, &texts, &blocks, &next, &sink, query);
    let found = on_two_cores(|| Ok(work()));
    if let Ok(Some(sink)) = sink.into_inner() {
        written = sink.finish(&blocks);
    }
    (ranked(found.unwrap_or_default()), written)
}

/// `work` run on this thread and another, their results put together.
fn on_two_cores<T: Send>(work: impl Fn() -> io::Result<Vec<T>> + Sync) -> io::Result<Vec<T>> {
    std::thread::scope(|scope| {
        let helper = scope.spawn(&work);
        let mine = work();
        match helper.join() {
            Ok(theirs) => mine.and_then(|mut mine| {
                mine.extend(theirs?);
                Ok(mine)
            }),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// `found` ranked as [`Catalog::search`](super::Catalog::search) ranks hits.
fn ranked(mut found: Vec<CachedHit>) -> Vec<CachedHit> {
    found.sort_unstable_by(|a, b| {
        super::oneshot::ranking(
            (a.hit.score, &a.sort_key, a.kind, a.hit.record),
            (b.hit.score, &b.sort_key, b.kind, b.hit.record),
        )
    });
    found
}

/// Removes the caches in `dir` whose names start with `prefix` beyond the
/// `kept` most recently written, and what a writer killed before it was
/// done left behind (`prefix…tmp-PID`, older than [`ABANDONED`]).
fn prune(dir: &Path, prefix: &str, kept: usize) -> io::Result<()> {
    let now = SystemTime::now();
    let mut caches: Vec<(SystemTime, PathBuf)> = Vec::new();
    for entry in fs::read_dir(dir)?.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Some(modified) = entry.metadata().and_then(|m| m.modified()).ok() else {
            continue;
        };
        if !name.starts_with(prefix) {
            continue;
        }
        if name.ends_with(".bin") {
            caches.push((modified, entry.path()));
        } else if name.contains(".tmp-")
            && now
                .duration_since(modified)
                .is_ok_and(|age| age > ABANDONED)
        {
            let _ = fs::remove_file(entry.path());
        }
    }
    caches.sort_by_key(|c| std::cmp::Reverse(c.0));
    for (_, old) in caches.into_iter().skip(kept) {
        let _ = fs::remove_file(old);
    }
    Ok(())
}
#[cfg(test)]
mod tests;
