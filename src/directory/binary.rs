//! A directory as bytes, for the launch cache: what a JSON directory file
//! becomes once it has been read and checked, so that the next launch over
//! the same file does not parse it again.
//!
//! Why not serde: the model skips empty fields when it writes JSON, which a
//! format without field names (bincode, postcard) cannot read back, and a
//! format with names is a parse again. Here each type writes its fields in
//! declaration order, listed once in `binary_struct!`, and decoding builds
//! the struct from that same list: a field added to the model and not to the
//! list is a compile error, not a silent gap.
//!
//! A value is two arrays: its structure (counts, numbers, tags and each
//! text's length) and all its texts one after the other, so the texts are
//! checked as UTF-8 in one pass. Decoding trusts nothing: a list's count is
//! bounded by the structure left (every item takes at least a byte) before
//! room is reserved for it, every text must end on a character boundary,
//! and anything wrong is a [`Damaged`] error, never a panic. What decodes is
//! not necessarily a valid directory: the launch cache decodes only bytes
//! whose checksum matches those it wrote from a directory that validated.

use std::fmt;

use super::model::*;

/// A value written by [`encode`].
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Encoded {
    pub structure: Vec<u8>,
    pub texts: String,
}

/// What [`decode`] could not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged(&'static str);

impl fmt::Display for Damaged {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "damaged directory data: {}", self.0)
    }
}

impl std::error::Error for Damaged {}

/// `value` as bytes.
pub fn encode<T: Binary>(value: &T) -> Encoded {
    let mut out = Encoded::default();
    value.put(&mut out);
    out
}

/// The value [`encode`] wrote as `structure` and `texts`; every byte of both
/// must be used.
pub fn decode<T: Binary>(structure: &[u8], texts: &str) -> Result<T, Damaged> {
    let mut input = Reader {
        structure,
        texts,
        text_at: 0,
    };
    let value = T::take(&mut input)?;
    if !input.structure.is_empty() || input.text_at != texts.len() {
        return Err(Damaged("bytes are left over"));
    }
    Ok(value)
}

/// Where [`Binary::take`] reads from.
pub struct Reader<'a> {
    structure: &'a [u8],
    texts: &'a str,
    text_at: usize,
}

impl Reader<'_> {
    fn bytes<const N: usize>(&mut self) -> Result<[u8; N], Damaged> {
        let (head, rest) = self
            .structure
            .split_first_chunk::<N>()
            .ok_or(Damaged("the data ends too early"))?;
        self.structure = rest;
        Ok(*head)
    }

    fn u32(&mut self) -> Result<u32, Damaged> {
        self.bytes().map(u32::from_le_bytes)
    }

    fn tag(&mut self) -> Result<u8, Damaged> {
        self.bytes::<1>().map(|[tag]| tag)
    }

    fn text(&mut self) -> Result<&str, Damaged> {
        let len = self.u32()? as usize;
        let end = self
            .text_at
            .checked_add(len)
            .ok_or(Damaged("a text runs past the end"))?;
        let text = self
            .texts
            .get(self.text_at..end)
            .ok_or(Damaged("a text runs past the end or cuts a character"))?;
        self.text_at = end;
        Ok(text)
    }
}

/// A type the launch cache can write and read back.
pub trait Binary: Sized {
    fn put(&self, out: &mut Encoded);
    fn take(input: &mut Reader) -> Result<Self, Damaged>;
}

impl Binary for u32 {
    fn put(&self, out: &mut Encoded) {
        out.structure.extend_from_slice(&self.to_le_bytes());
    }
    fn take(input: &mut Reader) -> Result<Self, Damaged> {
        input.u32()
    }
}

impl Binary for i32 {
    fn put(&self, out: &mut Encoded) {
        out.structure.extend_from_slice(&self.to_le_bytes());
    }
    fn take(input: &mut Reader) -> Result<Self, Damaged> {
        input.bytes().map(i32::from_le_bytes)
    }
}

impl Binary for f64 {
    fn put(&self, out: &mut Encoded) {
        out.structure.extend_from_slice(&self.to_le_bytes());
    }
    fn take(input: &mut Reader) -> Result<Self, Damaged> {
        input.bytes().map(f64::from_le_bytes)
    }
}

impl Binary for bool {
    fn put(&self, out: &mut Encoded) {
        out.structure.push(u8::from(*self));
    }
    fn take(input: &mut Reader) -> Result<Self, Damaged> {
        match input.tag()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(Damaged("a yes/no is neither")),
        }
    }
}

impl Binary for Text {
    fn put(&self, out: &mut Encoded) {
        // A text longer than 4 GiB cannot come from a directory file, which
        // is read whole into memory and checked long before this.
        let len = u32::try_from(self.len()).expect("a text under 4 GiB");
        len.put(out);
        out.texts.push_str(self);
    }
    fn take(input: &mut Reader) -> Result<Self, Damaged> {
        input.text().map(Text::new)
    }
}

impl<T: Binary> Binary for Option<T> {
    fn put(&self, out: &mut Encoded) {
        match self {
            None => out.structure.push(0),
            Some(value) => {
                out.structure.push(1);
                value.put(out);
            }
        }
    }
    fn take(input: &mut Reader) -> Result<Self, Damaged> {
        match input.tag()? {
            0 => Ok(None),
            1 => T::take(input).map(Some),
            _ => Err(Damaged("an optional value has an unknown tag")),
        }
    }
}

impl<T: Binary> Binary for Vec<T> {
    fn put(&self, out: &mut Encoded) {
        let len = u32::try_from(self.len()).expect("a list under 4 billion items");
        len.put(out);
        self.iter().for_each(|item| item.put(out));
    }
    fn take(input: &mut Reader) -> Result<Self, Damaged> {
        let len = input.u32()? as usize;
        // Every item takes at least one byte of structure, so a damaged
        // count cannot make this allocate more than the data could hold.
        if len > input.structure.len() {
            return Err(Damaged("a list is longer than the data"));
        }
        let mut items = Vec::with_capacity(len);
        for _ in 0..len {
            items.push(T::take(input)?);
        }
        Ok(items)
    }
}

/// [`Binary`] for a struct, its fields written in the order listed. Every
/// field must be listed: decoding builds the struct from the list.
macro_rules! binary_struct {
    ($($name:ident { $($field:ident),+ $(,)? })+) => {$(
        impl Binary for $name {
            fn put(&self, out: &mut Encoded) {
                $(self.$field.put(out);)+
            }
            fn take(input: &mut Reader) -> Result<Self, Damaged> {
                Ok($name { $($field: Binary::take(input)?,)+ })
            }
        }
    )+};
}

/// [`Binary`] for an enum without data, as the variant's place in the list.
/// A variant missing from the list is a compile error (the match in `put`).
macro_rules! binary_enum {
    ($($name:ident { $($variant:ident),+ $(,)? })+) => {$(
        impl Binary for $name {
            fn put(&self, out: &mut Encoded) {
                let variants = [$($name::$variant),+];
                let tag = match self { $($name::$variant)|+ => {
                    variants.iter().position(|v| v == self).expect("listed")
                }};
                out.structure.push(tag as u8);
            }
            fn take(input: &mut Reader) -> Result<Self, Damaged> {
                let variants = [$($name::$variant),+];
                variants
                    .get(usize::from(input.tag()?))
                    .copied()
                    .ok_or(Damaged(concat!("an unknown ", stringify!($name))))
            }
        }
    )+};
}

binary_struct! {
    Directory { format, version, event, organisations, stands, people, venue }
    Event { id, name, edition, date, date_note, venue, city, description, sources, notes }
    Source { title, url }
    Organisation {
        id, name, short_name, aliases, kind, description, themes, website, parent, sources
    }
    Stand { number, organisations, title, themes, location }
    StandLocation { hall, x, y, w, h, approach }
    Person { id, name, role, organisation, stand, sources }
    Venue { illustrative, note, halls, connections }
    Hall { id, name, level, width, height, metres_per_cell, walls, entrances, landmarks }
    Rect { x, y, w, h }
    Entrance { id, name, x, y, main }
    Landmark { id, name, kind, x, y, w, h, walkable }
    Point { hall, x, y }
    Connection { id, name, kind, from, to, length_m }
}

binary_enum! {
    Side { North, South, East, West }
    LandmarkKind { Tribune, WelcomeDesk, Bar, Toilets, Exit, Cloakroom, Other }
    ConnectionKind { Door, Stairs, Lift }
}

#[cfg(test)]
#[path = "binary_tests.rs"]
mod tests;
