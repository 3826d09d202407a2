//! What every cache file starts with: what kind of cache it is, its format,
//! the version of maillage that wrote it and the state of the directory
//! file it was built from. A file whose header is not exactly this
//! reader's is a miss, never an error.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;

use super::Stamp;
use crate::search::persist::{Input, put_bytes, put_u32};

/// A cache file's kind and format.
pub(super) struct Kind {
    pub magic: &'static [u8; 16],
    pub format: u32,
}

/// Writes the header of a cache of `kind` for the file stamped `stamp`.
pub(super) fn write(out: &mut impl Write, kind: &Kind, stamp: &Stamp) -> io::Result<()> {
    out.write_all(kind.magic)?;
    put_u32(out, kind.format)?;
    put_bytes(out, env!("CARGO_PKG_VERSION").as_bytes())?;
    stamp.write(out)
}

/// Whether `input` starts with the header [`write`] writes for `kind` and
/// `stamp`, from this version of maillage.
pub(super) fn matches(
    input: &mut Input<impl Read>,
    kind: &Kind,
    stamp: &Stamp,
) -> io::Result<bool> {
    let mut magic = [0; 16];
    input.exact(&mut magic)?;
    Ok(&magic == kind.magic
        && input.u32()? == kind.format
        && input.string()? == env!("CARGO_PKG_VERSION")
        && Stamp::read(input)? == *stamp)
}

/// The cache `file`, opened; `None` if there is none.
pub(super) fn open(file: &Path) -> io::Result<Option<File>> {
    match File::open(file) {
        Ok(opened) => Ok(Some(opened)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}
