//! What is wrong with a JSON file serde_json could not read, as data, for
//! every JSON file maillage reads (the directory, the notes, the plan).
//! [`JsonError`] holds the place (line and column, in characters) and the
//! [`JsonProblem`]; `crate::i18n` (`en/json.rs`, `fr/json.rs`) words it.
//!
//! serde_json's messages are English sentences. Rather than read them back,
//! the problem is found from what serde_json tells as data: the category of
//! the error (`classify`), its position, and the file itself.
//! - A syntax error or an early end (`syntax.rs`): the JSON before the error
//!   tells what could come there (a key, a `:`, a value, a `,`…) and the text
//!   at the error what came instead.
//! - A value that does not fit its Rust type (`data.rs`): the file is read
//!   again, on this error path only, into a tree that is replayed into the
//!   same type with an error type of our own, which serde fills with facts:
//!   the missing field, the unknown one and the known ones, what was
//!   expected, what was found, and where (`stands[3].location.w`).

mod data;
mod syntax;
#[cfg(test)]
mod tests;

use serde::de::DeserializeOwned;
use serde_json::error::Category;

use crate::text_position::line_column;

/// A JSON file serde_json could not read: what is wrong, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// 1-based line and column (in characters) an editor can jump to.
    pub line: usize,
    pub column: usize,
    pub problem: JsonProblem,
}

/// What is wrong with a JSON file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonProblem {
    /// Nothing but spaces.
    Empty,
    /// The file ends inside an object, an array or a string, or (`None`)
    /// where a value was expected.
    EndsInside(Option<Open>),
    /// A word or character that cannot come here; `next` is what could.
    Unexpected { found: String, next: Next },
    /// A comma just before `}` or `]`.
    TrailingComma,
    /// This word or character after the end of the JSON document.
    TrailingText(String),
    /// A word that is not a JSON value (`True`, `tru`, `'a'`), as written.
    NotAValue(String),
    /// A number JSON does not allow (`01`, `1.`, `-`), as written.
    BadNumber(String),
    /// A number too large to read (`1e999`), as written.
    NumberTooLarge(String),
    /// A control character (a line break, a tab…) inside a string.
    ControlCharacter(char),
    /// A `\` escape JSON does not have, as written (`\q`, `\u12`).
    BadEscape(String),
    /// Bytes that are not UTF-8.
    NotUtf8,
    /// Arrays and objects nested deeper than serde_json reads.
    TooDeep,
    /// A value that does not fit, at `path` (`stands[3].location.w`; empty
    /// for the whole document).
    Data {
        path: String,
        problem: Box<DataProblem>,
    },
    /// serde_json failed in a way none of the above describes.
    Unreadable,
}

/// What a file can end inside of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Open {
    Object,
    Array,
    String,
}

/// What could come where a syntax error is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// A key in double quotes (after `{` or a `,` in an object).
    Key,
    Colon,
    Value,
    CommaOrObjectEnd,
    CommaOrArrayEnd,
}

/// A value the file has that its Rust type does not accept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataProblem {
    /// A value of another type: `expected` when known.
    WrongType {
        expected: Option<Expected>,
        found: Found,
    },
    /// A value of the right type that is refused (out of range, not a date…).
    BadValue {
        expected: Option<Expected>,
        found: Found,
    },
    MissingField(&'static str),
    /// `known`: the fields the object can have.
    UnknownField {
        field: String,
        known: &'static [&'static str],
    },
    DuplicateField(&'static str),
    /// A word that is not one of `known`.
    UnknownVariant {
        variant: String,
        known: &'static [&'static str],
    },
    /// An array of this many items, which is not what was expected.
    WrongLength(usize),
}

/// The kind of value a Rust type reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// From 0 to `max` with `Some`, any sign with `None`.
    WholeNumber {
        max: Option<u64>,
    },
    Number,
    Bool,
    Text,
    Array,
    Object,
    Null,
    OneOf(&'static [&'static str]),
}

/// A value as the file has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Null,
    Bool(bool),
    /// As JSON writes it.
    Number(String),
    Text(String),
    Array,
    Object,
}

impl JsonError {
    /// What `error`, from reading `bytes` into a `T`, is about.
    pub fn read<T: DeserializeOwned>(bytes: &[u8], error: &serde_json::Error) -> JsonError {
        let at = serde_offset(bytes, error);
        let (offset, problem) = match error.classify() {
            Category::Eof => (bytes.len(), syntax::at_end(bytes)),
            // serde_json reports a value of the wrong kind for an enum (a
            // number for a word) as a syntax error: its syntax is fine.
            Category::Syntax => syntax::at(bytes, at).unwrap_or_else(|| data::at::<T>(bytes, at)),
            Category::Data => data::at::<T>(bytes, token_start(bytes, at)),
            Category::Io => (at, JsonProblem::Unreadable),
        };
        let (line, column) = line_column(bytes, offset);
        JsonError {
            line,
            column,
            problem,
        }
    }
}

/// The byte serde_json's error is about. serde_json counts columns in bytes
/// from 1 and points at the offending byte (column 0: the line break that
/// ends the line before); for a value that does not fit, at its last byte.
fn serde_offset(bytes: &[u8], error: &serde_json::Error) -> usize {
    let line_start = match error.line() {
        0 | 1 => 0,
        line => bytes
            .iter()
            .enumerate()
            .filter(|&(_, &b)| b == b'\n')
            .nth(line - 2)
            .map_or(bytes.len(), |(i, _)| i + 1),
    };
    (line_start + error.column())
        .saturating_sub(1)
        .min(bytes.len())
}

/// Where a value that does not fit starts, so that an editor lands on it:
/// the start of the string, number or literal whose last byte is at `last`;
/// the `{` or `[` just after `last` (serde_json points before an object or
/// array of the wrong type); else `last` itself (the `}` of an object
/// missing a field). Scanning its line is enough: JSON strings cannot span
/// lines.
fn token_start(bytes: &[u8], last: usize) -> usize {
    if matches!(
        bytes.get(last),
        Some(b':' | b',' | b'[' | b' ' | b'\t' | b'\n' | b'\r')
    ) {
        let next = bytes[last + 1..]
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .map(|i| last + 1 + i);
        if let Some(next) = next.filter(|&i| matches!(bytes[i], b'{' | b'[')) {
            return next;
        }
    }
    let line_start = bytes[..last.min(bytes.len())]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line_end = bytes[line_start..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |i| line_start + i);
    let line = &bytes[line_start..line_end];
    let end = last + 1 - line_start;
    let scalar = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'.');
    let mut pos = 0;
    while pos < end {
        let start = pos;
        match line.get(pos) {
            None => break,
            Some(b'"') => {
                pos += 1;
                loop {
                    match line.get(pos) {
                        None => return last,
                        Some(b'"') => break,
                        Some(b'\\') => pos += 2,
                        Some(_) => pos += 1,
                    }
                }
                pos += 1;
            }
            Some(&b) if scalar(b) => {
                while line.get(pos).copied().is_some_and(scalar) {
                    pos += 1;
                }
            }
            Some(_) => {
                pos += 1;
                continue;
            }
        }
        if pos == end {
            return line_start + start;
        }
    }
    last
}
