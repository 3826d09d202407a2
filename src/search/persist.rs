//! An engine written as bytes and read back: what the search cache stores.
//!
//! The format is the engine's own arrays, little-endian, each a `u64` count
//! then its items, so reading is a few large reads and no parsing. It is a
//! cache format, not an exchange one: a file from another version of
//! maillage is refused by the cache's header before it gets here.
//!
//! Reading trusts nothing it reads. Every count is checked against the
//! bytes left in the input before anything is allocated, texts must be
//! UTF-8, and every span, record boundary and sort key must fall inside its
//! text on a character boundary, so a damaged file gives an `InvalidData`
//! error, never a panic, a huge allocation or a slice out of bounds. What is
//! derived (each record's rank, whether tiers are in order) is recomputed
//! rather than read.

use std::io::{self, Read, Seek, Write};

use super::{Engine, FieldSpan, Tier};

/// Bytes decoded at a time when reading an array of numbers.
const CHUNK: usize = 64 * 1024;

/// A reader that knows how many bytes it may still read, so that a count
/// read from a damaged file cannot make it allocate more than the file
/// holds.
pub struct Input<R> {
    inner: R,
    left: u64,
}

impl<R: Read> Input<R> {
    /// `inner`, of which at most `len` bytes will be read.
    pub fn new(inner: R, len: u64) -> Self {
        Input { inner, left: len }
    }

    /// Fills `buffer` from the input.
    pub fn exact(&mut self, buffer: &mut [u8]) -> io::Result<()> {
        let len = buffer.len() as u64;
        if len > self.left {
            return Err(damaged("the file ends too early"));
        }
        self.inner.read_exact(buffer)?;
        self.left -= len;
        Ok(())
    }

    /// How many bytes may still be read.
    pub fn left(&self) -> u64 {
        self.left
    }

    /// The reader this input reads from.
    pub fn into_inner(self) -> R {
        self.inner
    }

    pub fn u32(&mut self) -> io::Result<u32> {
        let mut bytes = [0; 4];
        self.exact(&mut bytes)?;
        Ok(u32::from_le_bytes(bytes))
    }

    pub fn u64(&mut self) -> io::Result<u64> {
        let mut bytes = [0; 8];
        self.exact(&mut bytes)?;
        Ok(u64::from_le_bytes(bytes))
    }

    /// A count of items of `width` bytes each, checked against what is left.
    fn count(&mut self, width: u64) -> io::Result<usize> {
        let count = self.u64()?;
        if count
            .checked_mul(width)
            .is_none_or(|bytes| bytes > self.left)
        {
            return Err(damaged("a length runs past the end of the file"));
        }
        usize::try_from(count).map_err(|_| damaged("a length is too large"))
    }

    pub fn bytes(&mut self) -> io::Result<Vec<u8>> {
        let len = self.count(1)?;
        let mut bytes = vec![0; len];
        self.exact(&mut bytes)?;
        Ok(bytes)
    }

    pub fn string(&mut self) -> io::Result<String> {
        String::from_utf8(self.bytes()?).map_err(|_| damaged("a text is not UTF-8"))
    }

    /// An array of items `N` bytes wide, decoded a chunk at a time (no copy
    /// of the whole array as bytes).
    fn array<T, const N: usize>(&mut self, decode: impl Fn([u8; N]) -> T) -> io::Result<Vec<T>> {
        let count = self.count(N as u64)?;
        let mut items = Vec::with_capacity(count);
        let mut chunk = vec![0; CHUNK / N * N];
        while items.len() < count {
            let take = (count - items.len()).min(chunk.len() / N);
            let bytes = &mut chunk[..take * N];
            self.exact(bytes)?;
            items.extend(
                bytes
                    .chunks_exact(N)
                    .map(|item| decode(item.try_into().expect("N bytes"))),
            );
        }
        Ok(items)
    }

    pub fn u32s(&mut self) -> io::Result<Vec<u32>> {
        self.array(u32::from_le_bytes)
    }
}

impl<R: Read + Seek> Input<R> {
    /// Skips `len` bytes.
    pub fn skip(&mut self, len: u64) -> io::Result<()> {
        if len > self.left {
            return Err(damaged("the file ends too early"));
        }
        let offset = i64::try_from(len).map_err(|_| damaged("a length is too large"))?;
        self.inner.seek_relative(offset)?;
        self.left -= len;
        Ok(())
    }
}

pub fn put_u32(out: &mut impl Write, value: u32) -> io::Result<()> {
    out.write_all(&value.to_le_bytes())
}

pub fn put_u64(out: &mut impl Write, value: u64) -> io::Result<()> {
    out.write_all(&value.to_le_bytes())
}

pub fn put_bytes(out: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
    put_u64(out, bytes.len() as u64)?;
    out.write_all(bytes)
}

pub fn put_u32s(out: &mut impl Write, values: &[u32]) -> io::Result<()> {
    put_u64(out, values.len() as u64)?;
    values.iter().try_for_each(|v| put_u32(out, *v))
}

/// The error for a file that does not hold what it should.
pub fn damaged(why: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, why.to_string())
}

impl Engine {
    /// Writes the engine in the format [`Engine::read_from`] reads.
    pub fn write_to(&self, out: &mut impl Write) -> io::Result<()> {
        put_bytes(out, self.text.as_bytes())?;
        put_bytes(out, self.folded.as_bytes())?;
        put_u64(out, self.spans.len() as u64)?;
        for span in &self.spans {
            put_u32(out, span.text_start)?;
            put_u32(out, span.start)?;
            put_u32(out, span.mask)?;
        }
        put_u32s(out, &self.first_span)?;
        put_bytes(out, self.sort_keys.as_bytes())?;
        put_u32s(out, &self.sort_key_ends)?;
        put_u32s(out, &self.order)
    }

    /// Reads an engine written by [`Engine::write_to`], checking that every
    /// index in it is in bounds (see the module docs).
    pub fn read_from(input: &mut Input<impl Read>) -> io::Result<Engine> {
        let text = input.string()?;
        let folded = input.string()?;
        let spans = input.array(|item: [u8; 12]| {
            let word = |i: usize| u32::from_le_bytes(item[i..i + 4].try_into().expect("4 bytes"));
            FieldSpan {
                text_start: word(0),
                start: word(4),
                mask: word(8),
            }
        })?;
        let first_span = input.u32s()?;
        let sort_keys = input.string()?;
        let sort_key_ends = input.u32s()?;
        let order = input.u32s()?;
        let mut engine = Engine {
            text,
            folded,
            spans,
            first_span,
            sort_keys,
            sort_key_ends,
            order,
            rank: Vec::new(),
            tiers_sorted: false,
        };
        engine.check()?;
        engine.derive_from_order();
        Ok(engine)
    }

    /// Everything the search indexes by must be in bounds and on character
    /// boundaries; `order` must hold every record once.
    fn check(&self) -> io::Result<()> {
        let records = self.sort_key_ends.len();
        let Some(last) = self.spans.last() else {
            return Err(damaged("an engine has no closing span"));
        };
        let spans_fit = last.text_start as usize == self.text.len()
            && last.start as usize == self.folded.len()
            && ascending(self.spans.iter().map(|s| s.text_start))
            && ascending(self.spans.iter().map(|s| s.start))
            && self.spans.iter().all(|s| {
                self.text.is_char_boundary(s.text_start as usize)
                    && self.folded.is_char_boundary(s.start as usize)
            });
        let records_fit = self.first_span.len() == records + 1
            && self.first_span.first() == Some(&0)
            && self.first_span.last().map(|&l| l as usize) == Some(self.spans.len() - 1)
            && ascending(self.first_span.iter().copied());
        let keys_fit = ascending(self.sort_key_ends.iter().copied())
            && self.sort_key_ends.last().map_or(0, |&l| l as usize) == self.sort_keys.len()
            && self
                .sort_key_ends
                .iter()
                .all(|&end| self.sort_keys.is_char_boundary(end as usize));
        let mut seen = vec![false; records];
        let order_fits = self.order.len() == records
            && self.order.iter().all(|&record| {
                seen.get_mut(record as usize)
                    .is_some_and(|seen| !std::mem::replace(seen, true))
            });
        if spans_fit && records_fit && keys_fit && order_fits {
            Ok(())
        } else {
            Err(damaged("an engine's indices do not fit its texts"))
        }
    }
}

/// Whether `values` never go down.
fn ascending(values: impl IntoIterator<Item = u32>) -> bool {
    let mut previous = 0;
    values.into_iter().all(|v| {
        let ok = v >= previous;
        previous = v;
        ok
    })
}

/// So that the tier stored in a span's top bits is always a known one.
const _: () = assert!(Tier::Description as u32 == 3);

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Engine {
        crate::search::tests::records(&[
            (&[(Tier::Key, "Croix-Rouge"), (Tier::Related, "santé")], "b"),
            (&[], "a"),
            (
                &[(Tier::Key, "Œuvre Sainte-Élisabeth"), (Tier::Name, "")],
                "c",
            ),
        ])
    }

    fn bytes_of(engine: &Engine) -> Vec<u8> {
        let mut bytes = Vec::new();
        engine.write_to(&mut bytes).unwrap();
        bytes
    }

    fn read(bytes: &[u8]) -> io::Result<Engine> {
        Engine::read_from(&mut Input::new(bytes, bytes.len() as u64))
    }

    #[test]
    fn an_engine_read_back_searches_like_the_one_written() {
        let engine = sample();
        let back = read(&bytes_of(&engine)).unwrap();
        assert_eq!(back.len(), engine.len());
        for record in 0..engine.len() {
            assert_eq!(
                back.record(record).to_record(),
                engine.record(record).to_record()
            );
        }
        for query in ["", "croix", "sante", "elisabeth", "rouge sante", "zz"] {
            assert_eq!(back.search(query), engine.search(query), "{query}");
        }
        assert_eq!(back.rank, engine.rank);
        assert_eq!(back.tiers_sorted, engine.tiers_sorted);
        let empty = Engine::new(Vec::new());
        assert!(read(&bytes_of(&empty)).unwrap().is_empty());
    }

    #[test]
    fn a_damaged_engine_is_an_error_never_a_panic() {
        let bytes = bytes_of(&sample());
        // Cut anywhere: too short.
        for len in 0..bytes.len() {
            assert!(read(&bytes[..len]).is_err(), "cut at {len}");
        }
        // Any one byte changed: an error, or an engine that is still safe to
        // search and read.
        for at in 0..bytes.len() {
            for change in [1u8, 0x80, 0xff] {
                let mut damaged = bytes.clone();
                damaged[at] ^= change;
                if let Ok(engine) = read(&damaged) {
                    for record in 0..engine.len() {
                        engine.record(record).to_record();
                        engine.positions(record, 0, "ro");
                    }
                    engine.search("croix");
                    engine.search("s");
                    engine.search("");
                }
            }
        }
    }

    #[test]
    fn a_count_larger_than_the_file_allocates_nothing() {
        let mut bytes = Vec::new();
        put_u64(&mut bytes, u64::MAX / 2).unwrap();
        let error = read(&bytes).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::InvalidData);
    }
}
