//! Positions in JSON text: where a value sits, as a 1-based line and column.
//!
//! serde gives us the parsed directory but forgets where each value came
//! from. Rather than keep a position for every value (costly on a 50,000-stand
//! file), validation names the values it complains about by their path
//! (`["stands", 3, "organisations", 0]`) and this module finds them all in one
//! pass over the text. The scanner is hand-written and tiny; it normally runs
//! on text serde_json already accepted, but it never panics on anything: on
//! malformed or truncated text it stops and reports what it found so far.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::text_position::line_columns;

/// One step of a path into a JSON document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Step {
    /// Borrowed for the keys validation names (no allocation per check).
    Key(Cow<'static, str>),
    Index(usize),
}

impl From<&'static str> for Step {
    fn from(key: &'static str) -> Self {
        Step::Key(Cow::Borrowed(key))
    }
}

impl From<usize> for Step {
    fn from(index: usize) -> Self {
        Step::Index(index)
    }
}

/// Builds a path: `json_path!["stands", 3, "location"]`.
macro_rules! json_path {
    ($($step:expr),* $(,)?) => {
        vec![$($crate::directory::locate::Step::from($step)),*]
    };
}
pub(crate) use json_path;

/// What to point at: the value at a path, or the key that names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Value,
    Key,
}

/// Finds every requested path in one pass and returns, for each, the line
/// and column of its value (or key). A path that is not in the text (a
/// defaulted field, or text the scanner cannot read) falls back to its
/// deepest ancestor that is, and to 1:1 at worst.
pub fn locate_all(text: &str, requests: &[(Vec<Step>, Target)]) -> Vec<(usize, usize)> {
    let mut trie = Trie::default();
    let leaves: Vec<Vec<usize>> = requests.iter().map(|(p, _)| trie.insert(p)).collect();
    let mut scanner = Scanner {
        bytes: text.as_bytes(),
        trie: &mut trie,
    };
    let start = scanner.skip_ws(0);
    let _ = scanner.walk(start, 0);
    let offsets: Vec<usize> = requests
        .iter()
        .zip(&leaves)
        .map(|((_, target), chain)| {
            let last = *chain.last().unwrap_or(&0);
            let exact = match target {
                Target::Value => trie.nodes[last].value_at,
                Target::Key => trie.nodes[last].key_at.or(trie.nodes[last].value_at),
            };
            exact
                .or_else(|| chain.iter().rev().find_map(|&n| trie.nodes[n].value_at))
                .unwrap_or(0)
        })
        .collect();
    line_columns(text.as_bytes(), &offsets)
}

/// Line and column of the value at `path` (see [`locate_all`]).
#[cfg(test)]
pub fn locate(text: &str, path: &[Step]) -> (usize, usize) {
    locate_all(text, &[(path.to_vec(), Target::Value)])[0]
}

/// The requested paths, merged so each value is visited once.
#[derive(Default)]
struct Trie {
    nodes: Vec<Node>,
}

#[derive(Default)]
struct Node {
    children: HashMap<Step, usize>,
    value_at: Option<usize>,
    key_at: Option<usize>,
}

impl Trie {
    /// Adds a path; returns the chain of nodes from the root to its end.
    fn insert(&mut self, path: &[Step]) -> Vec<usize> {
        if self.nodes.is_empty() {
            self.nodes.push(Node::default());
        }
        let mut chain = vec![0];
        let mut node = 0;
        for step in path {
            node = match self.nodes[node].children.get(step) {
                Some(&child) => child,
                None => {
                    let child = self.nodes.len();
                    self.nodes.push(Node::default());
                    self.nodes[node].children.insert(step.clone(), child);
                    child
                }
            };
            chain.push(node);
        }
        chain
    }
}

struct Scanner<'a> {
    bytes: &'a [u8],
    trie: &'a mut Trie,
}

impl Scanner<'_> {
    fn byte(&self, pos: usize) -> Option<u8> {
        self.bytes.get(pos).copied()
    }

    fn skip_ws(&self, mut pos: usize) -> usize {
        while matches!(self.byte(pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            pos += 1;
        }
        pos
    }

    /// Records where the value of trie `node` starts, then reads past it.
    /// Descends only where a requested path goes on, so the depth of the
    /// recursion is bounded by the longest path asked for.
    fn walk(&mut self, pos: usize, node: usize) -> Option<usize> {
        self.trie.nodes[node].value_at = Some(pos);
        if self.trie.nodes[node].children.is_empty() {
            return self.skip_value(pos);
        }
        match self.byte(pos)? {
            b'{' => self.walk_object(pos + 1, node),
            b'[' => self.walk_array(pos + 1, node),
            _ => self.skip_value(pos),
        }
    }

    fn walk_object(&mut self, pos: usize, node: usize) -> Option<usize> {
        let mut pos = self.skip_ws(pos);
        if self.byte(pos)? == b'}' {
            return Some(pos + 1);
        }
        loop {
            let key_at = pos;
            let (after_key, key) = self.string(pos)?;
            pos = self.skip_ws(after_key);
            if self.byte(pos)? != b':' {
                return None;
            }
            pos = self.skip_ws(pos + 1);
            let child = self.trie.nodes[node]
                .children
                .get(&Step::Key(Cow::Owned(key)))
                .copied();
            pos = match child {
                Some(child) if self.trie.nodes[child].value_at.is_none() => {
                    self.trie.nodes[child].key_at = Some(key_at);
                    self.walk(pos, child)?
                }
                _ => self.skip_value(pos)?,
            };
            pos = self.skip_ws(pos);
            match self.byte(pos)? {
                b',' => pos = self.skip_ws(pos + 1),
                b'}' => return Some(pos + 1),
                _ => return None,
            }
        }
    }

    fn walk_array(&mut self, pos: usize, node: usize) -> Option<usize> {
        let mut pos = self.skip_ws(pos);
        if self.byte(pos)? == b']' {
            return Some(pos + 1);
        }
        let mut index = 0;
        loop {
            let child = self.trie.nodes[node]
                .children
                .get(&Step::Index(index))
                .copied();
            pos = match child {
                Some(child) => self.walk(pos, child)?,
                None => self.skip_value(pos)?,
            };
            pos = self.skip_ws(pos);
            match self.byte(pos)? {
                b',' => pos = self.skip_ws(pos + 1),
                b']' => return Some(pos + 1),
                _ => return None,
            }
            index += 1;
        }
    }

    /// Reads past any value without recursion: nesting is only counted.
    fn skip_value(&self, pos: usize) -> Option<usize> {
        match self.byte(pos)? {
            b'"' => self.skip_string(pos),
            b'{' | b'[' => {
                let mut depth = 0usize;
                let mut pos = pos;
                loop {
                    match self.byte(pos)? {
                        b'"' => pos = self.skip_string(pos)?,
                        b'{' | b'[' => {
                            depth += 1;
                            pos += 1;
                        }
                        b'}' | b']' => {
                            depth = depth.saturating_sub(1);
                            pos += 1;
                            if depth == 0 {
                                return Some(pos);
                            }
                        }
                        _ => pos += 1,
                    }
                }
            }
            _ => {
                // A number, true, false or null: up to the next delimiter.
                let mut pos = pos;
                while let Some(b) = self.byte(pos) {
                    if matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                        break;
                    }
                    pos += 1;
                }
                Some(pos)
            }
        }
    }

    fn skip_string(&self, pos: usize) -> Option<usize> {
        if self.byte(pos)? != b'"' {
            return None;
        }
        let mut pos = pos + 1;
        loop {
            match self.byte(pos)? {
                b'"' => return Some(pos + 1),
                b'\\' => pos += 2,
                _ => pos += 1,
            }
        }
    }

    /// Reads a string at `pos` and decodes its escapes (keys are compared
    /// decoded: `"n\u0061me"` is the key `name`).
    fn string(&self, pos: usize) -> Option<(usize, String)> {
        let end = self.skip_string(pos)?;
        let raw = self.bytes.get(pos + 1..end - 1)?;
        if !raw.contains(&b'\\') {
            return Some((end, String::from_utf8_lossy(raw).into_owned()));
        }
        Some((end, unescape(raw)))
    }
}

/// Decodes JSON string escapes; anything malformed is kept or replaced by
/// U+FFFD rather than failing, as this only serves to compare keys.
fn unescape(raw: &[u8]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] != b'\\' {
            out.push(raw[i]);
            i += 1;
            continue;
        }
        let simple = match raw.get(i + 1) {
            Some(b'n') => Some(b'\n'),
            Some(b't') => Some(b'\t'),
            Some(b'r') => Some(b'\r'),
            Some(b'b') => Some(8),
            Some(b'f') => Some(12),
            Some(&c @ (b'"' | b'\\' | b'/')) => Some(c),
            _ => None,
        };
        if let Some(c) = simple {
            out.push(c);
            i += 2;
            continue;
        }
        if raw.get(i + 1) != Some(&b'u') {
            out.push(b'\\');
            i += 1;
            continue;
        }
        let (c, used) = match hex4(raw, i + 2) {
            Some(hi @ 0xD800..=0xDBFF) => match (raw.get(i + 6..i + 8), hex4(raw, i + 8)) {
                (Some(b"\\u"), Some(lo @ 0xDC00..=0xDFFF)) => {
                    let code = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                    (char::from_u32(code), 12)
                }
                _ => (None, 6),
            },
            Some(code) => (char::from_u32(code), 6),
            None => (None, 2),
        };
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.unwrap_or('\u{fffd}').encode_utf8(&mut buf).as_bytes());
        i += used;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex4(raw: &[u8], at: usize) -> Option<u32> {
    let digits = raw.get(at..at + 4)?;
    let text = std::str::from_utf8(digits).ok()?;
    u32::from_str_radix(text, 16).ok()
}

#[cfg(test)]
#[path = "locate_tests.rs"]
mod tests;
