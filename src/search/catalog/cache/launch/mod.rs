//! A large directory file's directory and catalog, kept on disk between
//! launches of the app.
//!
//! Why: at fair scale the app spends about 100 ms before its first frame
//! reading, parsing, checking and indexing the JSON (BENCHMARKS.md), and
//! nearly all of it is the same at every launch over the same file. The
//! launch cache holds what that produces: the directory as
//! [`directory::binary`] bytes and the three search engines as
//! [`Engine::write_to`](crate::search::Engine::write_to) writes them, in
//! parts that two cores read at once.
//!
//! It follows the search cache's rules (see the parent module): only for
//! files of [`CACHED_FROM`](super::CACHED_FROM) bytes or more, only for the
//! very state of the file it was built from (its [`Stamp`]) and this very
//! version of maillage, never for a file changed in the last
//! [`SETTLE`](super::SETTLE), written whole under a temporary name then
//! renamed, private to its owner, at most [`KEPT`] kept.
//!
//! A cache is written only from a directory that validated, and what is
//! read back must be exactly what was written: each part carries the CRC-32
//! of its bytes, checked as it is read. That, not a second validation of the
//! directory (11-14 ms at 50,000 stands), is what makes a damaged cache a
//! miss. Decoding trusts nothing either: counts, texts and every index of an
//! engine are bounds-checked, and each engine must hold one record per item
//! of the directory. A cache that fails any check is a miss: the file is
//! loaded as if there were none, and the cache written again.

mod parts;

use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::SystemTime;

use super::{KEPT, Stamp, header, on_two_cores, prune};
use crate::directory::{self, Directory, LoadError};
use crate::search::catalog::{Catalog, Kind, count};
use crate::search::persist::{Input, damaged, put_u32, put_u64};
use parts::{PARTS, PLACE_BYTES, Place, READ_ORDER, ReadPart, read_part, write_part};

/// The launch cache's kind; its format changes whenever what is written
/// changes.
const LAUNCH_CACHE: header::Kind = header::Kind {
    magic: b"maillage-launch\n",
    format: 1,
};
/// Names of launch cache files start with this.
const PREFIX: &str = "launch-";

type Places = [Place; PARTS.len()];

/// A directory file as the app loads it: see [`load`].
pub struct Launch {
    pub directory: Directory,
    /// `None` when it was not read from the cache: the app builds it.
    pub catalog: Option<Catalog>,
    /// Where to write the cache for the next launch, when it was missed and
    /// the file is worth one.
    pub missed: Option<Missed>,
}

/// A launch cache to write once the catalog is built: see [`Missed::write`].
#[derive(Debug)]
pub struct Missed {
    file: PathBuf,
    stamp: Stamp,
}

impl Missed {
    /// Writes the cache of the directory the launch loaded and its catalog.
    /// The app does it on another thread once its first frame is drawn.
    pub fn write(self, directory: &Directory, catalog: &Catalog) -> io::Result<()> {
        write(&self.file, &self.stamp, directory, catalog)
    }
}

/// How the app loads the directory file at `path`: from its launch cache
/// when there is one for this state of the file, else from the file, and
/// then [`Launch::missed`] says where the cache goes (when the file is worth
/// one and there is a cache folder).
///
/// A cache that cannot be read is never an error: the file is what counts,
/// and a problem with it is the only error.
pub fn load(path: &Path) -> Result<Launch, LoadError> {
    load_with(path, super::cache_dir().as_deref())
}

/// [`load`], the caches being in `cache_dir` (`None`: no cache).
pub fn load_with(path: &Path, cache_dir: Option<&Path>) -> Result<Launch, LoadError> {
    let cached = Stamp::of(path)
        .ok()
        .filter(Stamp::worth_caching)
        .and_then(|stamp| Some((stamp.launch_file(cache_dir?), stamp)));
    if let Some((file, stamp)) = &cached
        && let Ok(Some((directory, catalog))) = read(file, stamp)
    {
        return Ok(Launch {
            directory,
            catalog: Some(catalog),
            missed: None,
        });
    }
    let directory = directory::load_file(path)?;
    let missed = cached
        .filter(|(_, stamp)| stamp.settled(SystemTime::now()))
        .map(|(file, stamp)| Missed { file, stamp });
    Ok(Launch {
        directory,
        catalog: None,
        missed,
    })
}

/// Writes the launch cache `file` of the directory file stamped `stamp`.
/// `directory` must be one that validated.
pub fn write(
    file: &Path,
    stamp: &Stamp,
    directory: &Directory,
    catalog: &Catalog,
) -> io::Result<()> {
    // The cache folder and files are private, as the notes' are.
    crate::store::ensure_folder(file)?;
    let temporary = file.with_extension(format!("tmp-{}", std::process::id()));
    let written = write_whole(&temporary, stamp, directory, catalog)
        .and_then(|()| fs::rename(&temporary, file));
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written?;
    prune(file.parent().unwrap_or(Path::new(".")), PREFIX, KEPT)
}

fn write_whole(
    temporary: &Path,
    stamp: &Stamp,
    directory: &Directory,
    catalog: &Catalog,
) -> io::Result<()> {
    let opened = crate::store::private_file()
        .write(true)
        .create_new(true)
        .open(temporary)?;
    let mut out = BufWriter::with_capacity(1 << 16, opened);
    header::write(&mut out, &LAUNCH_CACHE, stamp)?;
    let places_at = out.stream_position()?;
    out.write_all(&[0; PARTS.len() * PLACE_BYTES])?;
    let mut places: Places = Default::default();
    for (place, part) in places.iter_mut().zip(PARTS) {
        let offset = out.stream_position()?;
        let checksum = write_part(part, directory, catalog, &mut out)?;
        let len = out.stream_position()? - offset;
        *place = Place {
            offset,
            len,
            checksum,
        };
    }
    out.seek(SeekFrom::Start(places_at))?;
    for place in places {
        put_u64(&mut out, place.offset)?;
        put_u64(&mut out, place.len)?;
        put_u32(&mut out, place.checksum)?;
    }
    // No `sync_all`: a cache lost in a crash is only rebuilt, and one cut
    // short is refused when read.
    out.flush()
}

/// The directory and catalog in the launch cache `file`, if it is the one
/// of `stamp` (`Ok(None)`: absent, stale or from another version of
/// maillage). An error: the cache is damaged.
pub fn read(file: &Path, stamp: &Stamp) -> io::Result<Option<(Directory, Catalog)>> {
    let Some(opened) = header::open(file)? else {
        return Ok(None);
    };
    let Some(places) = places(&opened, stamp)? else {
        return Ok(None);
    };
    // Every part is read through this one handle, at its offset, so a
    // cache written again meanwhile (renamed over this one) is never mixed
    // in. Two cores take the parts one at a time.
    let next = AtomicUsize::new(0);
    let work = || -> io::Result<Vec<ReadPart>> {
        let mut loaded = Vec::new();
        while let Some(&part) = READ_ORDER.get(next.fetch_add(1, Ordering::Relaxed)) {
            loaded.push(read_part(part, &opened, places[part as usize])?);
        }
        Ok(loaded)
    };
    assemble(on_two_cores(work)?).map(Some)
}

/// Where each part is, if the cache is the one of `stamp`.
fn places(opened: &File, stamp: &Stamp) -> io::Result<Option<Places>> {
    let len = opened.metadata()?.len();
    let mut input = Input::new(BufReader::with_capacity(1 << 12, opened), len);
    if !header::matches(&mut input, &LAUNCH_CACHE, stamp)? {
        return Ok(None);
    }
    let mut places: Places = Default::default();
    for place in &mut places {
        *place = Place {
            offset: input.u64()?,
            len: input.u64()?,
            checksum: input.u32()?,
        };
        if place
            .offset
            .checked_add(place.len)
            .is_none_or(|end| end > len)
        {
            return Err(damaged("a part runs past the end of the file"));
        }
    }
    Ok(Some(places))
}

/// The directory and catalog from their parts, which must fit together.
fn assemble(loaded: Vec<ReadPart>) -> io::Result<(Directory, Catalog)> {
    let (mut event, mut organisations, mut stands, mut people) = (None, None, None, None);
    let (mut stand_engine, mut organisation_engine, mut person_engine) = (None, None, None);
    for part in loaded {
        match part {
            ReadPart::Event(directory) => event = Some(directory),
            ReadPart::Organisations(list) => organisations = Some(list),
            ReadPart::Stands(list) => stands = Some(list),
            ReadPart::People(list) => people = Some(list),
            ReadPart::Engine(Kind::Stand, engine) => stand_engine = Some(engine),
            ReadPart::Engine(Kind::Organisation, engine) => organisation_engine = Some(engine),
            ReadPart::Engine(Kind::Person, engine) => person_engine = Some(engine),
        }
    }
    let missing = || damaged("a part is missing");
    let mut directory = *event.ok_or_else(missing)?;
    directory.organisations = organisations.ok_or_else(missing)?;
    directory.stands = stands.ok_or_else(missing)?;
    directory.people = people.ok_or_else(missing)?;
    let catalog = Catalog {
        stands: stand_engine.ok_or_else(missing)?,
        organisations: organisation_engine.ok_or_else(missing)?,
        people: person_engine.ok_or_else(missing)?,
    };
    let fits = [Kind::Stand, Kind::Organisation, Kind::Person]
        .iter()
        .all(|&kind| catalog.engine(kind).len() == count(&directory, kind));
    if !fits {
        return Err(damaged("the engines do not match the directory"));
    }
    Ok((directory, catalog))
}

impl Stamp {
    /// The launch cache file for this directory file in `dir`.
    pub fn launch_file(&self, dir: &Path) -> PathBuf {
        self.named_file(dir, PREFIX)
    }
}

#[cfg(test)]
mod tests;
