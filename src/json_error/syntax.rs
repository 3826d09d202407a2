//! Syntax errors and early ends, told from the file itself: the JSON before
//! the error (which serde_json read without fault) says what could come
//! there, and the text at the error what came instead.

use super::{JsonProblem, Next, Open};

/// serde_json reads arrays and objects nested at most this deep.
const MAX_DEPTH: usize = 128;

/// The problem at byte `at`, where serde_json saw a syntax error, with the
/// byte to point at; `None` when a well-formed value starts there (serde_json
/// calls a value of the wrong kind for an enum a syntax error).
pub(super) fn at(bytes: &[u8], at: usize) -> Option<(usize, JsonProblem)> {
    let state = walk(bytes, at);
    if let Some(string) = &state.string {
        return Some(in_string(bytes, at, string));
    }
    // A word or number read up to the error (`tru` before `}`, `01`).
    let just_read = state
        .scalar
        .clone()
        .filter(|token| token.start <= at && at <= token.end);
    if let Some(problem) = just_read.and_then(|token| bad_scalar(bytes, token)) {
        return Some(problem);
    }
    let Some(first) = char_at(bytes, at) else {
        return Some((at, JsonProblem::NotUtf8));
    };
    // The word starting here, or its first character.
    let word = at..at + bytes[at..].iter().take_while(|&&b| is_scalar(b)).count();
    let found = match word.is_empty() {
        true => first.to_string(),
        false => String::from_utf8_lossy(&bytes[word.clone()]).into_owned(),
    };
    if state.last == Last::Value && state.stack.is_empty() {
        return Some((at, JsonProblem::TrailingText(found)));
    }
    if state.last == Last::Comma && matches!(first, '}' | ']') {
        return Some((at, JsonProblem::TrailingComma));
    }
    if state.stack.len() + 1 >= MAX_DEPTH && matches!(first, '{' | '[') {
        return Some((at, JsonProblem::TooDeep));
    }
    let next = next(state.last, state.stack.last().copied());
    if next == Next::Value {
        if starts_value(bytes, at) {
            return None;
        }
        if let Some(problem) = bad_scalar(bytes, word) {
            return Some(problem);
        }
    }
    Some((at, JsonProblem::Unexpected { found, next }))
}

/// The problem with the word or number at `token`, if it is not a JSON value.
fn bad_scalar(bytes: &[u8], token: std::ops::Range<usize>) -> Option<(usize, JsonProblem)> {
    if token.is_empty() {
        return None;
    }
    let text = String::from_utf8_lossy(&bytes[token.clone()]).into_owned();
    let problem = match scalar_kind(&text) {
        Scalar::Valid => return None,
        Scalar::TooLarge => JsonProblem::NumberTooLarge(text),
        Scalar::BadNumber => JsonProblem::BadNumber(text),
        Scalar::NotAValue => JsonProblem::NotAValue(text),
    };
    Some((token.start, problem))
}

/// What the file ends inside of.
pub(super) fn at_end(bytes: &[u8]) -> JsonProblem {
    let state = walk(bytes, bytes.len());
    if state.string.is_some() {
        JsonProblem::EndsInside(Some(Open::String))
    } else if let Some(&top) = state.stack.last() {
        JsonProblem::EndsInside(Some(match top {
            b'{' => Open::Object,
            _ => Open::Array,
        }))
    } else if state.last == Last::Nothing {
        JsonProblem::Empty
    } else {
        JsonProblem::EndsInside(None)
    }
}

/// The last thing read before the error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Last {
    Nothing,
    Open,
    Comma,
    Colon,
    Key,
    Value,
}

/// A string not closed before the error.
#[derive(Debug)]
struct OpenString {
    /// Where its last `\` escape starts and ends (past its end when the
    /// error is inside it).
    escape: Option<(usize, usize)>,
}

#[derive(Debug)]
struct State {
    /// The `{` and `[` not closed yet.
    stack: Vec<u8>,
    last: Last,
    string: Option<OpenString>,
    /// The last word or number read, by its bytes.
    scalar: Option<std::ops::Range<usize>>,
}

/// Reads the JSON before `until`.
fn walk(bytes: &[u8], until: usize) -> State {
    let mut state = State {
        stack: Vec::new(),
        last: Last::Nothing,
        string: None,
        scalar: None,
    };
    let mut key = false;
    let mut i = 0;
    while i < until {
        let b = bytes[i];
        if let Some(string) = &mut state.string {
            match b {
                b'\\' => {
                    let len = if bytes.get(i + 1) == Some(&b'u') {
                        6
                    } else {
                        2
                    };
                    string.escape = Some((i, i + len));
                    i += len;
                    continue;
                }
                b'"' => {
                    state.string = None;
                    state.last = if key { Last::Key } else { Last::Value };
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        match b {
            b'{' | b'[' => {
                state.stack.push(b);
                state.last = Last::Open;
            }
            b'}' | b']' => {
                state.stack.pop();
                state.last = Last::Value;
            }
            b',' => state.last = Last::Comma,
            b':' => state.last = Last::Colon,
            b'"' => {
                key = state.stack.last() == Some(&b'{')
                    && matches!(state.last, Last::Open | Last::Comma);
                state.string = Some(OpenString { escape: None });
            }
            b' ' | b'\t' | b'\n' | b'\r' => {}
            _ => {
                let start = i;
                while i < bytes.len() && is_scalar(bytes[i]) {
                    i += 1;
                }
                state.scalar = Some(start..i);
                state.last = Last::Value;
                continue;
            }
        }
        i += 1;
    }
    state
}

/// A byte of a word or a number: anything but JSON's punctuation and spaces.
fn is_scalar(b: u8) -> bool {
    !matches!(
        b,
        b'{' | b'}' | b'[' | b']' | b',' | b':' | b'"' | b' ' | b'\t' | b'\n' | b'\r'
    )
}

enum Scalar {
    Valid,
    TooLarge,
    BadNumber,
    NotAValue,
}

fn scalar_kind(text: &str) -> Scalar {
    if matches!(text, "true" | "false" | "null") {
        return Scalar::Valid;
    }
    if !text.starts_with(|c: char| c == '-' || c.is_ascii_digit()) {
        return Scalar::NotAValue;
    }
    if !is_json_number(text) {
        return Scalar::BadNumber;
    }
    match text.parse::<f64>() {
        Ok(n) if n.is_infinite() => Scalar::TooLarge,
        _ => Scalar::Valid,
    }
}

/// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, JSON's number.
fn is_json_number(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    match b.get(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => _ = digits(&mut i),
        _ => return false,
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// Whether a well-formed value starts at `at`.
fn starts_value(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at) {
        Some(b'{' | b'[' | b'"') => true,
        Some(_) => {
            let len = bytes[at..].iter().take_while(|&&b| is_scalar(b)).count();
            let text = String::from_utf8_lossy(&bytes[at..at + len]);
            matches!(scalar_kind(&text), Scalar::Valid)
        }
        None => false,
    }
}

/// What can come after `last` inside `top` (`{`, `[`, or nothing).
fn next(last: Last, top: Option<u8>) -> Next {
    match (last, top) {
        (Last::Key, _) => Next::Colon,
        (Last::Open | Last::Comma, Some(b'{')) => Next::Key,
        (Last::Value, Some(b'{')) => Next::CommaOrObjectEnd,
        (Last::Value, _) => Next::CommaOrArrayEnd,
        _ => Next::Value,
    }
}

/// The character at `at`, `None` if it is not UTF-8.
fn char_at(bytes: &[u8], at: usize) -> Option<char> {
    let end = (at + 4).min(bytes.len());
    let text = match std::str::from_utf8(&bytes[at.min(end)..end]) {
        Ok(text) => text,
        Err(e) => std::str::from_utf8(&bytes[at..at + e.valid_up_to()]).ok()?,
    };
    text.chars().next()
}

/// A problem inside a string: a bad escape, a control character, or bytes
/// that are not UTF-8.
fn in_string(bytes: &[u8], at: usize, string: &OpenString) -> (usize, JsonProblem) {
    if let Some((start, end)) = string.escape
        && start <= at
        && (at < end || (at == end && surrogate(&bytes[start..end])))
    {
        // `\u12"`: the escape stops at the string's end.
        let end = end.min(bytes.len());
        let stop = bytes[start + 1..end]
            .iter()
            .position(|&b| b == b'"')
            .map_or(end, |i| start + 1 + i);
        let written = String::from_utf8_lossy(&bytes[start..stop]).into_owned();
        return (start, JsonProblem::BadEscape(written));
    }
    match char_at(bytes, at) {
        Some(c) if c.is_control() => (at, JsonProblem::ControlCharacter(c)),
        Some(_) => (at, JsonProblem::Unreadable),
        None => (at, JsonProblem::NotUtf8),
    }
}

/// Whether `escape` is a `\uXXXX` for half of a UTF-16 pair, which JSON
/// needs followed (or preceded) by the other half.
fn surrogate(escape: &[u8]) -> bool {
    let hex = escape
        .strip_prefix(b"\\u")
        .and_then(|h| std::str::from_utf8(h).ok());
    hex.and_then(|h| u16::from_str_radix(h, 16).ok())
        .is_some_and(|code| (0xD800..=0xDFFF).contains(&code))
}
