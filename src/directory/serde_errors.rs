//! serde_json's syntax and type errors, made to read well: a character
//! column (serde counts bytes), the start of the offending token rather than
//! just past it, and JSON words instead of Rust type names.

use crate::text_position;

/// Line and column (counting characters) of a serde_json error: of the
/// character it points at, or, for a wrong type, value or field name, of
/// the start of its token, where an editor should land (serde points just
/// past it).
pub fn serde_error_position(text: &str, e: &serde_json::Error) -> (usize, usize) {
    let bytes = text.as_bytes();
    let at = text_position::serde_error_offset(bytes, e);
    let (line, column) = text_position::line_column(bytes, at);
    if e.classify() == serde_json::error::Category::Data {
        let line_start = bytes[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line_end = bytes[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| at + i);
        let end = (at + 1..=line_end)
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(line_end);
        if let Some(start) = token_ending_at(&bytes[line_start..line_end], end - line_start) {
            return text_position::line_column(bytes, line_start + start);
        }
    }
    (line, column)
}

/// Start of the string, number or literal of `line` that ends at byte `end`.
/// Scanning a line is enough: JSON strings cannot span lines.
fn token_ending_at(line: &[u8], end: usize) -> Option<usize> {
    let scalar = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'.');
    let mut pos = 0;
    while pos < end {
        let start = pos;
        match line.get(pos)? {
            b'"' => {
                pos += 1;
                loop {
                    match line.get(pos)? {
                        b'"' => break,
                        b'\\' => pos += 2,
                        _ => pos += 1,
                    }
                }
                pos += 1;
            }
            &b if scalar(b) => {
                while line.get(pos).copied().is_some_and(scalar) {
                    pos += 1;
                }
            }
            _ => {
                pos += 1;
                continue;
            }
        }
        if pos == end {
            return Some(start);
        }
    }
    None
}

/// serde_json's message, without its trailing " at line L column C" and with
/// Rust type names put in the words of a JSON file.
pub fn describe_serde_error(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let mut message = match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message,
    };
    if message.starts_with("missing field") {
        message.push_str(" in the object that ends here");
    }
    for (rust, json) in WORDING {
        if let Some(rest) = message.strip_suffix(rust) {
            message = format!("{rest}{json}");
            break;
        }
    }
    if let Some(i) = message.find("expected struct ") {
        message.truncate(i);
        message.push_str("expected an object");
    }
    // serde quotes the file's own text (an unknown field name, a string of
    // the wrong type) as is: escape control characters so none of it can act
    // on the terminal.
    if message.chars().any(char::is_control) {
        message = message
            .chars()
            .map(|c| match c.is_control() {
                true => c.escape_debug().to_string(),
                false => c.to_string(),
            })
            .collect();
    }
    message
}

/// serde's "expected …" endings for our field types, in JSON terms.
const WORDING: &[(&str, &str)] = &[
    (
        "expected u32",
        "expected a whole number from 0 to 4294967295",
    ),
    ("expected i32", "expected a whole number"),
    ("expected f64", "expected a number"),
    ("expected a sequence", "expected an array"),
    ("expected a boolean", "expected true or false"),
    (
        "EOF while parsing an object",
        "the file ends inside an object (a `}` is missing)",
    ),
    (
        "EOF while parsing a list",
        "the file ends inside an array (a `]` is missing)",
    ),
    (
        "EOF while parsing a string",
        "the file ends inside a string (a `\"` is missing)",
    ),
    (
        "EOF while parsing a value",
        "the file ends where a value was expected",
    ),
    (
        "trailing comma",
        "trailing comma (JSON allows no comma before `}` or `]`)",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_errors_get_character_columns() {
        let text = "{\n  \"é\": x\n}";
        let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        assert_eq!(serde_error_position(text, &e), (2, 8));
    }

    #[test]
    fn wrong_types_and_unknown_fields_point_at_the_start_of_their_token() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct S {
            w: u32,
        }
        let position =
            |text: &str| serde_error_position(text, &serde_json::from_str::<S>(text).unwrap_err());
        assert_eq!(position(r#"{"é\u00e9\"": 1}"#), (1, 2));
        assert_eq!(position("{\n  \"w\": \"x\\\"y\"}"), (2, 8));
        assert_eq!(position("{\"w\": -1.5e3}"), (1, 7));
        assert_eq!(position("{\"w\": true}"), (1, 7));
    }

    #[test]
    fn text_quoted_by_serde_cannot_act_on_the_terminal() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct S {}
        let e = serde_json::from_str::<S>("{\"\\u001b[2J\": 1}").unwrap_err();
        assert_eq!(
            describe_serde_error(&e),
            "unknown field `\\u{1b}[2J`, there are no fields"
        );
    }

    #[test]
    fn serde_messages_read_in_json_terms() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct S {
            w: u32,
            name: String,
        }
        let e = serde_json::from_str::<S>(r#"{"w": "3", "name": "x"}"#).unwrap_err();
        assert_eq!(
            describe_serde_error(&e),
            "invalid type: string \"3\", expected a whole number from 0 to 4294967295"
        );
        let e = serde_json::from_str::<S>(r#"{"w": 3}"#).unwrap_err();
        assert_eq!(
            describe_serde_error(&e),
            "missing field `name` in the object that ends here"
        );
        let e = serde_json::from_str::<S>("[1").unwrap_err();
        assert!(!describe_serde_error(&e).contains(" at line "));
    }
}
