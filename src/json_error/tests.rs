use serde::Deserialize;

use super::*;
use JsonProblem as P;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct S {
    w: u32,
    name: String,
    #[serde(default)]
    list: Vec<u8>,
    #[serde(default)]
    side: Option<Side>,
    #[serde(default)]
    date: Option<jiff::civil::Date>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(dead_code)]
enum Side {
    North,
    South,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Outer {
    items: Vec<S>,
}

/// Line, column and problem of `text` read as a `T`.
fn read<T: DeserializeOwned + std::fmt::Debug>(text: impl AsRef<[u8]>) -> (usize, usize, P) {
    let bytes = text.as_ref();
    let error = serde_json::from_slice::<T>(bytes).expect_err("the text is broken");
    let found = JsonError::read::<T>(bytes, &error);
    (found.line, found.column, found.problem)
}

fn json(text: impl AsRef<[u8]>) -> (usize, usize, P) {
    read::<serde_json::Value>(text)
}

fn data(path: &str, problem: DataProblem) -> P {
    let path = path.to_string();
    let problem = Box::new(problem);
    P::Data { path, problem }
}

#[test]
fn an_early_end_says_what_is_left_open() {
    assert_eq!(json(""), (1, 1, P::Empty));
    assert_eq!(json(" \n "), (2, 2, P::Empty));
    let inside = |open| P::EndsInside(Some(open));
    assert_eq!(json(r#"{"a": 1"#), (1, 8, inside(Open::Object)));
    assert_eq!(json("{\"a\": [1, 2\n"), (2, 1, inside(Open::Array)));
    assert_eq!(json(r#"{"a": "x\"y"#).2, inside(Open::String));
    assert_eq!(json(r#"{"a":"#).2, inside(Open::Object));
    assert_eq!(json("nul").2, P::EndsInside(None));
}

#[test]
fn a_syntax_error_says_what_could_come_instead() {
    let unexpected = |found: &str, next| P::Unexpected {
        found: found.into(),
        next,
    };
    assert_eq!(
        json(r#"{"a": 1 "b": 2}"#),
        (1, 9, unexpected("\"", Next::CommaOrObjectEnd))
    );
    assert_eq!(
        json("[1 2]"),
        (1, 4, unexpected("2", Next::CommaOrArrayEnd))
    );
    assert_eq!(json("[1}"), (1, 3, unexpected("}", Next::CommaOrArrayEnd)));
    assert_eq!(json(r#"{"a" 1}"#), (1, 6, unexpected("1", Next::Colon)));
    assert_eq!(json("{,}"), (1, 2, unexpected(",", Next::Key)));
    assert_eq!(json("{1: 2}"), (1, 2, unexpected("1", Next::Key)));
    assert_eq!(json("{\n  oops: 1}"), (2, 3, unexpected("oops", Next::Key)));
    assert_eq!(json("[:]"), (1, 2, unexpected(":", Next::Value)));
    assert_eq!(json(r#"{"a": 1,}"#), (1, 9, P::TrailingComma));
    assert_eq!(json("[1,\n]"), (2, 1, P::TrailingComma));
    assert_eq!(json("{} x"), (1, 4, P::TrailingText("x".into())));
    assert_eq!(json("[1]]"), (1, 4, P::TrailingText("]".into())));
    assert_eq!(json("[".repeat(200)).2, P::TooDeep);
}

#[test]
fn a_word_or_number_that_is_not_json_is_named_where_it_starts() {
    let word = |w: &str| P::NotAValue(w.into());
    let number = |n: &str| P::BadNumber(n.into());
    assert_eq!(json(r#"{"a": x}"#), (1, 7, word("x")));
    assert_eq!(json(r#"{"a": tru}"#), (1, 7, word("tru")));
    assert_eq!(json(r#"{"a": True}"#), (1, 7, word("True")));
    assert_eq!(json(r#"["b", 'c']"#), (1, 7, word("'c'")));
    assert_eq!(json(r#"{"é": é}"#), (1, 7, word("é")));
    assert_eq!(json(r#"{"a": 01}"#), (1, 7, number("01")));
    assert_eq!(json(r#"{"a": -}"#), (1, 7, number("-")));
    assert_eq!(json(r#"{"a": 1.}"#), (1, 7, number("1.")));
    assert_eq!(
        json(r#"{"a": 1e999}"#),
        (1, 7, P::NumberTooLarge("1e999".into()))
    );
}

#[test]
fn a_problem_inside_a_string_is_told() {
    let escape = |e: &str| P::BadEscape(e.into());
    assert_eq!(json(r#"{"a": "x\qy"}"#), (1, 9, escape("\\q")));
    assert_eq!(json(r#"{"a": "\u12"}"#), (1, 8, escape("\\u12")));
    assert_eq!(json(r#"{"a": "\ud800"}"#), (1, 8, escape("\\ud800")));
    assert_eq!(json("{\"a\": \"x\ny\"}"), (1, 9, P::ControlCharacter('\n')));
    assert_eq!(json(b"{\"a\": \"x\xff\"}"), (1, 9, P::NotUtf8));
    // A valid escape just before the error is not blamed.
    assert_eq!(json("[\"\\n\t\"]"), (1, 5, P::ControlCharacter('\t')));
}

#[test]
fn a_value_that_does_not_fit_is_told_with_its_path() {
    use DataProblem as D;
    let known = &["w", "name", "list", "side", "date"];
    let whole = |max: u64| Some(Expected::WholeNumber { max: Some(max) });
    let number = |n: &str| Found::Number(n.into());
    let cases = [
        (r#"{"w": 1}"#, 8, data("", D::MissingField("name"))),
        (
            r#"{"w": 1, "name": "x", "zz": 3}"#,
            23,
            data(
                "",
                D::UnknownField {
                    field: "zz".into(),
                    known,
                },
            ),
        ),
        (
            r#"{"w": 1, "w": 2, "name": "x"}"#,
            10,
            data("", D::DuplicateField("w")),
        ),
        (
            r#"{"w": "3", "name": "x"}"#,
            7,
            data(
                "w",
                D::WrongType {
                    expected: whole(u32::MAX.into()),
                    found: Found::Text("3".into()),
                },
            ),
        ),
        (
            r#"{"w": {"a": 1}, "name": "x"}"#,
            7,
            data(
                "w",
                D::WrongType {
                    expected: whole(u32::MAX.into()),
                    found: Found::Object,
                },
            ),
        ),
        (
            r#"{"w": 4294967296, "name": "x"}"#,
            7,
            data(
                "w",
                D::BadValue {
                    expected: whole(u32::MAX.into()),
                    found: number("4294967296"),
                },
            ),
        ),
        (
            r#"{"w": 1.5, "name": "x"}"#,
            7,
            data(
                "w",
                D::WrongType {
                    expected: whole(u32::MAX.into()),
                    found: number("1.5"),
                },
            ),
        ),
        (
            r#"{"w": 1, "name": null}"#,
            18,
            data(
                "name",
                D::WrongType {
                    expected: Some(Expected::Text),
                    found: Found::Null,
                },
            ),
        ),
        (
            r#"{"w": 1, "name": "x", "list": [1, 300]}"#,
            35,
            data(
                "list[1]",
                D::BadValue {
                    expected: whole(255),
                    found: number("300"),
                },
            ),
        ),
        (
            r#"{"w": 1, "name": "x", "side": "up"}"#,
            31,
            data(
                "side",
                D::UnknownVariant {
                    variant: "up".into(),
                    known: &["north", "south"],
                },
            ),
        ),
        // serde_json calls this one a syntax error.
        (
            r#"{"w": 1, "name": "x", "side": 3}"#,
            31,
            data(
                "side",
                D::WrongType {
                    expected: Some(Expected::OneOf(&["north", "south"])),
                    found: number("3"),
                },
            ),
        ),
        // A type's own check: its words are not kept, the value is.
        (
            r#"{"w": 1, "name": "x", "date": "2026-13-01"}"#,
            31,
            data(
                "date",
                D::BadValue {
                    expected: Some(Expected::Text),
                    found: Found::Text("2026-13-01".into()),
                },
            ),
        ),
        (
            "3",
            1,
            data(
                "",
                D::WrongType {
                    expected: Some(Expected::Object),
                    found: number("3"),
                },
            ),
        ),
    ];
    for (text, column, problem) in cases {
        assert_eq!(read::<S>(text), (1, column, problem), "{text}");
    }
    let nested =
        "{\"items\": [\n  {\"w\": 1, \"name\": \"x\"},\n  {\"w\": \"é\", \"name\": \"y\"}\n]}";
    assert_eq!(
        read::<Outer>(nested),
        (
            3,
            9,
            data(
                "items[1].w",
                D::WrongType {
                    expected: whole(u32::MAX.into()),
                    found: Found::Text("é".into()),
                },
            )
        )
    );
}

#[test]
fn columns_count_characters_and_point_at_the_start_of_a_value() {
    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct W {
        w: u32,
    }
    let at = |text: &str| {
        let (line, column, _) = read::<W>(text);
        (line, column)
    };
    assert_eq!(at(r#"{"é\u00e9\"": 1}"#), (1, 2));
    assert_eq!(at("{\n  \"w\": \"x\\\"y\"}"), (2, 8));
    assert_eq!(at(r#"{"w": -1.5e3}"#), (1, 7));
    assert_eq!(at(r#"{"w": true}"#), (1, 7));
    let (line, column, _) = json("{\n  \"é\": x\n}");
    assert_eq!((line, column), (2, 8));
}
