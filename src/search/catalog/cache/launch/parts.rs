//! The parts of a launch cache, and how each is written and read.

use std::fs::File;
use std::io::{self, BufReader, Read, Write};

use crate::directory::binary::{self, Binary};
use crate::directory::{Directory, Organisation, Person, Stand};
use crate::search::Engine;
use crate::search::catalog::{Catalog, Kind};
use crate::search::persist::{Input, damaged, put_bytes};

/// The parts of a launch cache, in the order they are written. The
/// directory and the catalog are split so that two cores can read them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Part {
    /// The event and the venue: the directory without its three lists.
    Event,
    Organisations,
    Stands,
    People,
    StandEngine,
    OrganisationEngine,
    PersonEngine,
}

pub(super) const PARTS: [Part; 7] = [
    Part::Event,
    Part::Organisations,
    Part::Stands,
    Part::People,
    Part::StandEngine,
    Part::OrganisationEngine,
    Part::PersonEngine,
];

/// The order two cores take the parts in: the longest first, so that they
/// finish together (measured at 50,000 stands: organisations 31 ms, the
/// stands' engine 24, the organisations' 21, stands 13, the rest 5 or less).
pub(super) const READ_ORDER: [Part; 7] = [
    Part::Organisations,
    Part::StandEngine,
    Part::OrganisationEngine,
    Part::Stands,
    Part::People,
    Part::PersonEngine,
    Part::Event,
];

/// Where a part is in the file, and the CRC-32 of its bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Place {
    pub offset: u64,
    pub len: u64,
    pub checksum: u32,
}

/// The bytes of one entry of the list of places.
pub(super) const PLACE_BYTES: usize = 20;

/// A part, read.
pub(super) enum ReadPart {
    Event(Box<Directory>),
    Organisations(Vec<Organisation>),
    Stands(Vec<Stand>),
    People(Vec<Person>),
    Engine(Kind, Engine),
}

/// Writes `part` of `directory` and `catalog` to `out`; returns the CRC-32
/// of what was written.
pub(super) fn write_part(
    part: Part,
    directory: &Directory,
    catalog: &Catalog,
    out: &mut impl Write,
) -> io::Result<u32> {
    let mut out = Summed::new(out);
    match part {
        Part::Event => put_encoded(&mut out, &without_lists(directory))?,
        Part::Organisations => put_encoded(&mut out, &directory.organisations)?,
        Part::Stands => put_encoded(&mut out, &directory.stands)?,
        Part::People => put_encoded(&mut out, &directory.people)?,
        Part::StandEngine => catalog.stands.write_to(&mut out)?,
        Part::OrganisationEngine => catalog.organisations.write_to(&mut out)?,
        Part::PersonEngine => catalog.people.write_to(&mut out)?,
    }
    Ok(out.checksum.finalize())
}

/// Reads `part`, at `place` in `file`, checking that its bytes are the ones
/// written (length and checksum).
pub(super) fn read_part(part: Part, file: &File, place: Place) -> io::Result<ReadPart> {
    let at = At {
        file,
        offset: place.offset,
    };
    let input = Input::new(
        Summed::new(BufReader::with_capacity(1 << 16, at)),
        place.len,
    );
    Ok(match part {
        Part::Event => ReadPart::Event(Box::new(decoded(input, place)?)),
        Part::Organisations => ReadPart::Organisations(decoded(input, place)?),
        Part::Stands => ReadPart::Stands(decoded(input, place)?),
        Part::People => ReadPart::People(decoded(input, place)?),
        Part::StandEngine => ReadPart::Engine(Kind::Stand, engine(input, place)?),
        Part::OrganisationEngine => ReadPart::Engine(Kind::Organisation, engine(input, place)?),
        Part::PersonEngine => ReadPart::Engine(Kind::Person, engine(input, place)?),
    })
}

/// A value written by [`put_encoded`]. Its bytes are checked before they
/// are decoded, so a damaged count never reaches the decoder (which bounds
/// a count by the bytes left, not by the room its items take).
fn decoded<T: Binary>(mut input: Input<Summed<impl Read>>, place: Place) -> io::Result<T> {
    let structure = input.bytes()?;
    let texts = input.string()?;
    whole(input, place)?;
    binary::decode(&structure, &texts).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

/// An engine: [`Engine::read_from`] bounds every array by the bytes left
/// and checks every index, so it is read first and checked after.
fn engine(mut input: Input<Summed<impl Read>>, place: Place) -> io::Result<Engine> {
    let engine = Engine::read_from(&mut input)?;
    whole(input, place)?;
    Ok(engine)
}

/// Whether every byte of the part was read and they are those written.
fn whole(input: Input<Summed<impl Read>>, place: Place) -> io::Result<()> {
    if input.left() != 0 {
        return Err(damaged("a part is longer than what it holds"));
    }
    if input.into_inner().checksum.finalize() != place.checksum {
        return Err(damaged("a part's checksum does not match"));
    }
    Ok(())
}

/// The directory's event and venue, with none of its records.
fn without_lists(directory: &Directory) -> Directory {
    Directory {
        format: directory.format.clone(),
        version: directory.version,
        event: directory.event.clone(),
        organisations: Vec::new(),
        stands: Vec::new(),
        people: Vec::new(),
        venue: directory.venue.clone(),
    }
}

/// `value` as [`binary`] bytes: its structure, then its texts.
fn put_encoded<T: Binary>(out: &mut impl Write, value: &T) -> io::Result<()> {
    let encoded = binary::encode(value);
    put_bytes(out, &encoded.structure)?;
    put_bytes(out, encoded.texts.as_bytes())
}

/// A reader or writer that keeps the CRC-32 of the bytes through it.
struct Summed<T> {
    inner: T,
    checksum: crc32fast::Hasher,
}

impl<T> Summed<T> {
    fn new(inner: T) -> Self {
        Summed {
            inner,
            checksum: crc32fast::Hasher::new(),
        }
    }
}

impl<R: Read> Read for Summed<R> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        let read = self.inner.read(buffer)?;
        self.checksum.update(&buffer[..read]);
        Ok(read)
    }
}

impl<W: Write> Write for Summed<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let written = self.inner.write(bytes)?;
        self.checksum.update(&bytes[..written]);
        Ok(written)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// A file read from `offset` on, without moving the cursor the handle's
/// other readers share: each core reads its own parts through one handle.
struct At<'a> {
    file: &'a File,
    offset: u64,
}

impl Read for At<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        #[cfg(unix)]
        let read = std::os::unix::fs::FileExt::read_at(self.file, buffer, self.offset)?;
        #[cfg(windows)]
        let read = std::os::windows::fs::FileExt::seek_read(self.file, buffer, self.offset)?;
        #[cfg(not(any(unix, windows)))]
        let read = {
            let _ = buffer;
            return Err(io::Error::other("no positioned reads on this platform"));
        };
        self.offset += read as u64;
        Ok(read)
    }
}
