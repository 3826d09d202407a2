//! JSON files serde_json cannot read, in both languages: every problem, and
//! one real file per category of serde_json error (an early end, a syntax
//! error, a value that does not fit) read as a directory and as a store
//! file.

use super::*;
use crate::directory::parse_findings;
use crate::json_error::{DataProblem, Expected, Found, Next, Open};
use crate::notes::NotesFile;
use DataProblem as D;
use JsonProblem as P;

fn data(path: &str, problem: DataProblem) -> JsonProblem {
    let path = path.into();
    let problem = Box::new(problem);
    P::Data { path, problem }
}

/// One of each problem; `number_of` has no catch-all arm, so a new kind
/// does not compile until it is numbered, then fails until it has a sample.
fn samples() -> Vec<JsonProblem> {
    let text = || Found::Text("3".into());
    let mut samples = vec![
        P::Empty,
        P::EndsInside(None),
        P::TrailingComma,
        P::TrailingText("}".into()),
        P::NotAValue("tru".into()),
        P::BadNumber("01".into()),
        P::NumberTooLarge("1e999".into()),
        P::ControlCharacter('\n'),
        P::BadEscape("\\q".into()),
        P::NotUtf8,
        P::TooDeep,
        P::Unreadable,
        data("", D::MissingField("name")),
        data(
            "event",
            D::UnknownField {
                field: "colour".into(),
                known: &["id", "name"],
            },
        ),
        data(
            "event",
            D::UnknownField {
                field: "colour".into(),
                known: &[],
            },
        ),
        data("", D::DuplicateField("version")),
        data(
            "side",
            D::UnknownVariant {
                variant: "up".into(),
                known: &["north", "south"],
            },
        ),
        data("pair", D::WrongLength(3)),
        data(
            "w",
            D::WrongType {
                expected: None,
                found: text(),
            },
        ),
        data(
            "w",
            D::BadValue {
                expected: Some(Expected::WholeNumber { max: Some(255) }),
                found: Found::Number("300".into()),
            },
        ),
        data(
            "date",
            D::BadValue {
                expected: Some(Expected::Text),
                found: text(),
            },
        ),
    ];
    for open in [Open::Object, Open::Array, Open::String] {
        samples.push(P::EndsInside(Some(open)));
    }
    for next in [
        Next::Key,
        Next::Colon,
        Next::Value,
        Next::CommaOrObjectEnd,
        Next::CommaOrArrayEnd,
    ] {
        samples.push(P::Unexpected {
            found: "x".into(),
            next,
        });
    }
    let expected = [
        Expected::WholeNumber { max: Some(9) },
        Expected::WholeNumber { max: None },
        Expected::Number,
        Expected::Bool,
        Expected::Text,
        Expected::Array,
        Expected::Object,
        Expected::Null,
        Expected::OneOf(&["north", "south"]),
    ];
    let found = [
        Found::Null,
        Found::Bool(true),
        Found::Number("3".into()),
        Found::Text("x".into()),
        Found::Array,
        Found::Object,
    ];
    for (expected, found) in expected.into_iter().zip(found.into_iter().cycle()) {
        let problem = D::WrongType {
            expected: Some(expected),
            found,
        };
        samples.push(data("w", problem));
    }
    samples
}

fn number_of(problem: &JsonProblem) -> usize {
    match problem {
        P::Empty => 0,
        P::EndsInside(_) => 1,
        P::Unexpected { .. } => 2,
        P::TrailingComma => 3,
        P::TrailingText(_) => 4,
        P::NotAValue(_) => 5,
        P::BadNumber(_) => 6,
        P::NumberTooLarge(_) => 7,
        P::ControlCharacter(_) => 8,
        P::BadEscape(_) => 9,
        P::NotUtf8 => 10,
        P::TooDeep => 11,
        P::Unreadable => 12,
        P::Data { problem, .. } => match problem.as_ref() {
            D::WrongType { .. } => 13,
            D::BadValue { .. } => 14,
            D::MissingField(_) => 15,
            D::UnknownField { .. } => 16,
            D::DuplicateField(_) => 17,
            D::UnknownVariant { .. } => 18,
            D::WrongLength(_) => 19,
        },
    }
}

#[test]
fn every_json_problem_reads_differently_in_french_and_english() {
    let mut numbers: Vec<usize> = samples().iter().map(number_of).collect();
    numbers.sort_unstable();
    numbers.dedup();
    assert_eq!(numbers, (0..=19).collect::<Vec<_>>());
    assert_translated(&samples(), |problem, lang| (t(lang).json.problem)(problem));
}

const HEAD: &str = r#""format": "maillage-directory", "version": 1"#;

/// The first problem of a broken directory, in `lang`, with its place.
fn directory(text: &str, lang: Lang) -> String {
    let found = parse_findings(text).expect_err("the text is broken");
    let first = &found[0];
    format!(
        "{}:{}: {}",
        first.line,
        first.column,
        first.message.text(lang)
    )
}

#[test]
fn a_directory_that_ends_early() {
    let text = format!("{{{HEAD},\n  \"event\": {{\"id\": \"e\"");
    assert_eq!(
        directory(&text, Lang::En),
        "2:22: the file ends inside an object (a `}` is missing)"
    );
    assert_eq!(
        directory(&text, Lang::Fr),
        "2:22: le fichier se termine dans un objet (il manque une `}`)"
    );
}

#[test]
fn a_directory_with_a_syntax_error() {
    let text = format!("{{{HEAD} \"event\": 3}}");
    assert_eq!(
        directory(&text, Lang::En),
        "1:47: expected `,` or `}`, found `\"`"
    );
    assert_eq!(
        directory(&text, Lang::Fr),
        "1:47: attendu : `,` ou `}`, trouvé : `\"`"
    );
    let text = format!("{{{HEAD},}}");
    assert_eq!(
        directory(&text, Lang::Fr),
        "1:47: virgule en trop (JSON n'admet pas de virgule avant `}` ou `]`)"
    );
}

#[test]
fn a_directory_with_a_value_that_does_not_fit() {
    let text = format!("{{{HEAD}, \"event\": 3}}");
    assert_eq!(
        directory(&text, Lang::En),
        "1:57: event: expected an object, found the number 3"
    );
    assert_eq!(
        directory(&text, Lang::Fr),
        "1:57: event : attendu : un objet, trouvé : le nombre 3"
    );
    let text = format!("{{{HEAD}, \"event\": {{\"id\": \"e\"}}}}");
    assert_eq!(
        directory(&text, Lang::Fr),
        "1:67: event : champ « name » manquant"
    );
    let text = format!("{{{HEAD}, \"colour\": 3}}");
    assert!(
        directory(&text, Lang::Fr)
            .starts_with("1:48: champ inconnu « colour » (attendu : l'un de "),
        "{}",
        directory(&text, Lang::Fr)
    );
    let text = format!("{{{HEAD}, \"version\": 1, \"event\": {{}}}}");
    assert_eq!(
        directory(&text, Lang::En),
        "1:48: duplicate field \"version\""
    );
}

/// The problem of a broken notes file, in `lang`, with its place.
fn store(text: &str, lang: Lang) -> String {
    let problem =
        crate::store::parse::<NotesFile>(text.as_bytes()).expect_err("the text is broken");
    let message = problem.reason.text(lang);
    format!("{}:{}: {message}", problem.line, problem.column)
}

#[test]
fn a_store_file_in_each_category() {
    let head = r#"{"format": "maillage-notes", "version": 1"#;
    let ends = format!("{head}, \"notes\": [");
    assert_eq!(
        store(&ends, Lang::En),
        "1:54: the file ends inside an array (a `]` is missing)"
    );
    assert_eq!(
        store(&ends, Lang::Fr),
        "1:54: le fichier se termine dans un tableau (il manque un `]`)"
    );
    let syntax = format!("{head}, \"notes\": [tru]}}");
    assert_eq!(
        store(&syntax, Lang::En),
        "1:54: `tru` is not a JSON value (text goes between double quotes; \
         true, false and null are written in lower case)"
    );
    assert!(store(&syntax, Lang::Fr).starts_with("1:54: `tru` n'est pas une valeur JSON"));
    let data = format!("{head}, \"notes\": {{}}}}");
    assert_eq!(
        store(&data, Lang::En),
        "1:53: notes: expected an array, found an object"
    );
    assert_eq!(
        store(&data, Lang::Fr),
        "1:53: notes : attendu : un tableau, trouvé : un objet"
    );
}
