//! What is wrong with a JSON file (`crate::json_error`), in English.

use crate::i18n::{JsonTexts, character, escaped};
use crate::json_error::{DataProblem, Expected, Found, JsonProblem, Next, Open};

pub(super) const JSON: JsonTexts = JsonTexts { problem };

pub(super) fn problem(problem: &JsonProblem) -> String {
    use JsonProblem as P;
    match problem {
        P::Empty => "the file is empty (a JSON value was expected)".into(),
        P::EndsInside(Some(Open::Object)) => {
            "the file ends inside an object (a `}` is missing)".into()
        }
        P::EndsInside(Some(Open::Array)) => {
            "the file ends inside an array (a `]` is missing)".into()
        }
        P::EndsInside(Some(Open::String)) => {
            "the file ends inside a string (a `\"` is missing)".into()
        }
        P::EndsInside(None) => "the file ends where a value was expected".into(),
        P::Unexpected { found, next: n } => {
            format!("expected {}, found {}", next(*n), character(found))
        }
        P::TrailingComma => "trailing comma (JSON allows no comma before `}` or `]`)".into(),
        P::TrailingText(c) => format!(
            "unexpected {} after the end of the JSON document",
            character(c)
        ),
        P::NotAValue(word) => format!(
            "`{}` is not a JSON value (text goes between double quotes; \
             true, false and null are written in lower case)",
            escaped(word)
        ),
        P::BadNumber(number) => format!("`{}` is not a valid JSON number", escaped(number)),
        P::NumberTooLarge(number) => format!("the number {} is too large", escaped(number)),
        P::ControlCharacter(c) => format!(
            "control character U+{:04X} in a string (write a line break as \\n, a tab as \\t)",
            u32::from(*c)
        ),
        P::BadEscape(written) => format!(
            "invalid escape `{}` in a string (JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)",
            escaped(written)
        ),
        P::NotUtf8 => "the file is not valid UTF-8".into(),
        P::TooDeep => "arrays and objects are nested too deep".into(),
        P::Data { path, problem } => match path.is_empty() {
            true => data(problem),
            false => format!("{}: {}", escaped(path), data(problem)),
        },
        P::Unreadable => "the file cannot be read as JSON".into(),
    }
}

fn next(next: Next) -> &'static str {
    match next {
        Next::Key => "a key between double quotes",
        Next::Colon => "`:`",
        Next::Value => "a value",
        Next::CommaOrObjectEnd => "`,` or `}`",
        Next::CommaOrArrayEnd => "`,` or `]`",
    }
}

fn data(problem: &DataProblem) -> String {
    use DataProblem as D;
    match problem {
        D::WrongType {
            expected: Some(e),
            found: f,
        } => format!("expected {}, found {}", expected(e), found(f)),
        D::WrongType {
            expected: None,
            found: f,
        } => format!("unexpected {}", found(f)),
        D::BadValue {
            expected: Some(e @ Expected::WholeNumber { .. }),
            found: f,
        } => format!("{} is out of range (expected {})", found(f), expected(e)),
        D::BadValue { found: f, .. } => format!("invalid value: {}", found(f)),
        D::MissingField(field) => format!("missing field \"{field}\""),
        D::UnknownField { field, known: [] } => format!(
            "unknown field \"{}\" (no field is expected here)",
            escaped(field)
        ),
        D::UnknownField { field, known } => format!(
            "unknown field \"{}\" (expected one of: {})",
            escaped(field),
            known.join(", ")
        ),
        D::DuplicateField(field) => format!("duplicate field \"{field}\""),
        D::UnknownVariant { variant, known } => format!(
            "unknown value \"{}\" (expected one of: {})",
            escaped(variant),
            known.join(", ")
        ),
        D::WrongLength(length) => format!("unexpected number of items ({length})"),
    }
}

fn expected(expected: &Expected) -> String {
    match expected {
        Expected::WholeNumber { max: Some(max) } => format!("a whole number from 0 to {max}"),
        Expected::WholeNumber { max: None } => "a whole number".into(),
        Expected::Number => "a number".into(),
        Expected::Bool => "true or false".into(),
        Expected::Text => "a string".into(),
        Expected::Array => "an array".into(),
        Expected::Object => "an object".into(),
        Expected::Null => "null".into(),
        Expected::OneOf(names) => format!("one of: {}", names.join(", ")),
    }
}

fn found(found: &Found) -> String {
    match found {
        Found::Null => "null".into(),
        Found::Bool(b) => b.to_string(),
        Found::Number(n) => format!("the number {n}"),
        Found::Text(s) => format!("the string \"{}\"", escaped(s)),
        Found::Array => "an array".into(),
        Found::Object => "an object".into(),
    }
}
