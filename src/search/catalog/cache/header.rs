//! What every cache file starts with: what kind of cache it is, its format,
//! the version of maillage that wrote it, a fingerprint of the code that
//! lays out what it holds, and the state of the directory file it was
//! built from. A file whose header is not exactly this reader's is a miss,
//! never an error.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;

use super::Stamp;
use crate::search::persist::{Input, put_bytes, put_u32, put_u64};

/// A fingerprint of the source of everything whose layout a cache holds:
/// the model and its bytes, the engines and theirs, the caches' parts. A
/// build under the same version number whose layout changed (a
/// development build, a patched one) then misses every cache written
/// before, rather than reading its bytes with another layout (the
/// checksums would not tell: the bytes are the ones written). Any change
/// to these files, comments included, costs one rebuild of each cache.
const LAYOUT: u64 = fnv1a(&[
    include_str!("../../../directory/model.rs"),
    include_str!("../../../directory/binary.rs"),
    include_str!("../../mod.rs"),
    include_str!("../../persist.rs"),
    include_str!("blocks.rs"),
    include_str!("launch/parts.rs"),
]);

/// FNV-1a over `sources`, at compile time.
const fn fnv1a(sources: &[&str]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    let mut source = 0;
    while source < sources.len() {
        let bytes = sources[source].as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            hash = (hash ^ bytes[at] as u64).wrapping_mul(0x0100_0000_01b3);
            at += 1;
        }
        source += 1;
    }
    hash
}

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
    put_u64(out, LAYOUT)?;
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
        && input.u64()? == LAYOUT
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

#[cfg(test)]
mod tests {
    use super::*;

    const KIND: Kind = Kind {
        magic: b"maillage-tests\n\n",
        format: 3,
    };

    fn stamp() -> Stamp {
        Stamp {
            path: "/salon.json".into(),
            len: 1 << 20,
            modified: (1_700_000_000, 5),
            inode: 7,
            device: 9,
        }
    }

    fn matches_bytes(bytes: &[u8], kind: &Kind) -> bool {
        let mut input = Input::new(bytes, bytes.len() as u64);
        matches(&mut input, kind, &stamp()).unwrap_or(false)
    }

    #[test]
    fn a_header_matches_only_its_kind_format_version_layout_and_stamp() {
        let mut bytes = Vec::new();
        write(&mut bytes, &KIND, &stamp()).unwrap();
        assert!(matches_bytes(&bytes, &KIND));
        let other_format = Kind { format: 4, ..KIND };
        assert!(!matches_bytes(&bytes, &other_format));
        // The layout comes after the magic, format and version.
        let layout_at = 16 + 4 + 8 + env!("CARGO_PKG_VERSION").len();
        assert_eq!(bytes[layout_at..layout_at + 8], LAYOUT.to_le_bytes());
        let mut other_layout = bytes.clone();
        other_layout[layout_at] ^= 1;
        assert!(!matches_bytes(&other_layout, &KIND));
        let mut other_stamp = bytes.clone();
        *other_stamp.last_mut().unwrap() ^= 1;
        assert!(!matches_bytes(&other_stamp, &KIND));
    }

    #[test]
    fn the_layout_is_a_fingerprint_of_its_sources() {
        assert_ne!(fnv1a(&["a"]), fnv1a(&["b"]));
        assert_ne!(
            fnv1a(&["struct A { x: u32 }"]),
            fnv1a(&["struct A { x: u64 }"])
        );
        assert_eq!(fnv1a(&["ab", "c"]), fnv1a(&["abc"]));
    }
}
