//! Each programme problem, found at its exact line and column.

use crate::directory::{Problem, parse};

/// A valid directory with a programme, one talk a line (lines 12 to 14).
const BASE: &str = r#"{"format": "maillage-directory", "version": 1,
"event": {"id": "demo", "name": "Demo"},
"organisations": [{"id": "alpha", "name": "Alpha"}],
"stands": [{"number": "A1", "organisations": ["alpha"]}],
"people": [{"id": "ada", "name": "Ada", "organisation": "alpha"}],
"venue": {"halls": [{"id": "main", "name": "Main", "width": 8, "height": 5, "metres_per_cell": 1.0,
  "landmarks": [{"id": "tribune", "name": "Tribune", "kind": "tribune", "x": 0, "y": 0, "w": 2, "h": 1}],
  "entrances": [{"id": "door", "name": "Door", "x": 3, "y": 4, "main": true}]}]},
"programme": {
 "rooms": [{"id": "salle-1", "name": "Salle 1", "hall": "main"}],
 "talks": [
  {"id": "one", "title": "One", "start": "2022-11-17T09:00:00+01:00", "end": "2022-11-17T10:00:00+01:00", "place": {"landmark": "tribune"}, "speakers": [{"person": "ada"}], "organisations": ["alpha"]},
  {"id": "two", "title": "Two", "start": "2022-11-17T10:00:00+01:00", "end": "2022-11-17T11:00:00+01:00", "place": {"landmark": "tribune"}, "speakers": [{"name": "Bob"}]},
  {"id": "three", "title": "Three", "place": {"stand": "A1"}, "themes": ["accueil"]}
 ]}}"#;

/// `BASE` with `from` replaced by `to` (which must be there once).
fn with(from: &str, to: &str) -> String {
    assert_eq!(BASE.matches(from).count(), 1, "{from:?} once in BASE");
    BASE.replace(from, to)
}

/// Where `needle` starts on line `line` of `text`, counted as editors do:
/// found by searching the text, not by the code under test.
fn at(text: &str, line: usize, needle: &str) -> (usize, usize) {
    let row = text.lines().nth(line - 1).expect("the line");
    let byte = row
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} on line {line}"));
    (line, row[..byte].chars().count() + 1)
}

fn problems(text: &str) -> Vec<(usize, usize, String)> {
    match parse(text) {
        Ok(_) => Vec::new(),
        Err(problems) => problems
            .into_iter()
            .map(
                |Problem {
                     line,
                     column,
                     message,
                 }| (line, column, message),
            )
            .collect(),
    }
}

fn one(text: &str, (line, column): (usize, usize), message: &str) {
    assert_eq!(problems(text), [(line, column, message.to_string())]);
}

#[test]
fn the_base_programme_is_valid_and_talks_back_to_back_do_not_overlap() {
    assert_eq!(problems(BASE), []);
    let directory = parse(BASE).unwrap();
    assert_eq!(directory.programme.unwrap().talks.len(), 3);
}

#[test]
fn a_duplicate_talk_id_is_reported_at_the_second_with_the_first_line() {
    let text = with(r#""id": "two""#, r#""id": "one""#);
    let place = at(&text, 13, r#""one""#);
    one(
        &text,
        place,
        r#"duplicate talk id "one" (first at line 12)"#,
    );
}

#[test]
fn a_duplicate_room_id_is_reported() {
    let text = with(
        r#"{"id": "salle-1", "name": "Salle 1", "hall": "main"}"#,
        r#"{"id": "salle-1", "name": "Salle 1"}, {"id": "salle-1", "name": "Salle 2"}"#,
    );
    let row = text.lines().nth(9).unwrap();
    let second = row.rfind(r#""salle-1""#).unwrap();
    let place = (10, row[..second].chars().count() + 1);
    one(
        &text,
        place,
        r#"duplicate room id "salle-1" (first at line 10)"#,
    );
}

#[test]
fn a_time_without_offset_or_not_rfc_3339_is_refused() {
    let text = with(
        r#""2022-11-17T10:00:00+01:00", "end": "2022-11-17T11:00:00+01:00""#,
        r#""2022-11-17T10:00:00", "end": "17/11/2022 11h""#,
    );
    assert_eq!(
        problems(&text),
        [
            (
                13,
                at(&text, 13, r#""2022-11-17T10:00:00""#).1,
                "talk \"two\" has start \"2022-11-17T10:00:00\", not a time with its offset \
                 (write e.g. 2022-11-17T09:30:00+01:00)"
                    .to_string()
            ),
            (
                13,
                at(&text, 13, r#""17/11/2022 11h""#).1,
                "talk \"two\" has end \"17/11/2022 11h\", not a time with its offset \
                 (write e.g. 2022-11-17T09:30:00+01:00)"
                    .to_string()
            ),
        ]
    );
}

#[test]
fn an_end_needs_a_start() {
    let text = with(
        r#""title": "Three","#,
        r#""title": "Three", "end": "2022-11-17T12:00:00Z","#,
    );
    let place = at(&text, 14, r#""2022-11-17T12:00:00Z""#);
    one(&text, place, r#"talk "three" has an end but no start"#);
}

#[test]
fn an_end_at_or_before_the_start_is_refused() {
    // "two" starts at 10:00+01:00, that is 09:00Z.
    for end in [
        "2022-11-17T08:00:00Z",
        "2022-11-17T09:00:00+00:00",
        "2022-11-17T10:00:00+01:00",
    ] {
        let text = with(
            r#""end": "2022-11-17T11:00:00+01:00""#,
            &format!(r#""end": "{end}""#),
        );
        let place = at(&text, 13, &format!(r#""{end}", "place""#));
        one(&text, place, r#"talk "two" ends at or before its start"#);
    }
}

#[test]
fn every_kind_of_unknown_place_is_reported_at_its_id() {
    for (place, message) in [
        (
            r#"{"landmark": "bar"}"#,
            r#"talk "three" is at unknown landmark "bar""#,
        ),
        (
            r#"{"hall": "annex"}"#,
            r#"talk "three" is at unknown hall "annex""#,
        ),
        (
            r#"{"room": "salle-9"}"#,
            r#"talk "three" is at unknown room "salle-9""#,
        ),
        (
            r#"{"stand": "Z9"}"#,
            r#"talk "three" is at unknown stand "Z9""#,
        ),
    ] {
        let text = with(r#"{"stand": "A1"}"#, place);
        let id = place.split(": ").nth(1).unwrap().trim_end_matches('}');
        one(&text, at(&text, 14, id), message);
    }
    // Known ones of each kind are fine.
    for place in [r#"{"hall": "main"}"#, r#"{"room": "salle-1"}"#] {
        assert_eq!(problems(&with(r#"{"stand": "A1"}"#, place)), []);
    }
}

#[test]
fn a_room_in_an_unknown_hall_is_reported() {
    let text = with(r#""hall": "main"}]"#, r#""hall": "annex"}]"#);
    one(
        &text,
        at(&text, 10, r#""annex""#),
        r#"room "salle-1" is in unknown hall "annex""#,
    );
}

#[test]
fn a_speaker_must_be_a_known_person_or_have_a_name() {
    let text = with(r#"{"person": "ada"}"#, r#"{"person": "bob"}"#);
    let message = r#"talk "one" has unknown speaker "bob" (no person has that id)"#;
    one(&text, at(&text, 12, r#""bob""#), message);
    let text = with(r#"{"name": "Bob"}"#, r#"{"name": " "}"#);
    let message = r#"a speaker of talk "two" has neither a name nor a person"#;
    one(&text, at(&text, 13, r#"{"name": " "}"#), message);
    let text = with(r#"{"name": "Bob"}"#, "{}");
    one(&text, at(&text, 13, "{}]"), message);
}

#[test]
fn an_unknown_organisation_of_a_talk_is_reported() {
    let text = with(
        r#""organisations": ["alpha"]},"#,
        r#""organisations": ["alpha", "gamma"]},"#,
    );
    let message = r#"talk "one" names unknown organisation "gamma""#;
    one(&text, at(&text, 12, r#""gamma""#), message);
}

#[test]
fn overlapping_talks_at_one_place_report_the_later_with_the_first_line() {
    let text = with(
        r#""start": "2022-11-17T10:00:00+01:00""#,
        r#""start": "2022-11-17T09:59:00+01:00""#,
    );
    let message = r#"talk "two" overlaps talk "one" at the same place (line 12)"#;
    one(
        &text,
        at(&text, 13, r#""2022-11-17T09:59:00+01:00""#),
        message,
    );
}

#[test]
fn the_later_talk_is_reported_even_when_it_comes_first_in_the_file() {
    // "one" moved to start inside "two": "one" now starts later.
    let text = with(
        r#""start": "2022-11-17T09:00:00+01:00""#,
        r#""start": "2022-11-17T10:30:00+01:00""#,
    )
    .replace(
        r#""end": "2022-11-17T10:00:00+01:00""#,
        r#""end": "2022-11-17T12:00:00+01:00""#,
    );
    let message = r#"talk "one" overlaps talk "two" at the same place (line 13)"#;
    one(
        &text,
        at(&text, 12, r#""2022-11-17T10:30:00+01:00""#),
        message,
    );
}

#[test]
fn talks_at_the_same_time_at_different_places_do_not_overlap() {
    let text = with(
        r#""start": "2022-11-17T10:00:00+01:00""#,
        r#""start": "2022-11-17T09:30:00+01:00""#,
    )
    .replacen(
        r#""place": {"landmark": "tribune"}, "speakers": [{"name""#,
        r#""place": {"room": "salle-1"}, "speakers": [{"name""#,
        1,
    );
    assert_eq!(problems(&text), []);
}

#[test]
fn a_talk_inside_a_long_one_overlaps_it_even_after_a_short_one() {
    // one 09:00–12:00, two 10:00–11:00, four 11:30–11:45: four overlaps one.
    let text = with(r#""end": "2022-11-17T10:00:00+01:00""#, r#""end": "2022-11-17T12:00:00+01:00""#)
        .replace(
            r#"{"id": "three", "title": "Three", "place": {"stand": "A1"}, "themes": ["accueil"]}"#,
            r#"{"id": "four", "title": "Four", "start": "2022-11-17T11:30:00+01:00", "end": "2022-11-17T11:45:00+01:00", "place": {"landmark": "tribune"}}"#,
        );
    let found: Vec<String> = problems(&text).into_iter().map(|p| p.2).collect();
    assert_eq!(
        found,
        [
            r#"talk "two" overlaps talk "one" at the same place (line 12)"#,
            r#"talk "four" overlaps talk "one" at the same place (line 12)"#,
        ]
    );
}

#[test]
fn an_empty_title_or_theme_of_a_talk_is_reported() {
    let text = with(r#""title": "Three""#, r#""title": """#);
    one(
        &text,
        at(&text, 14, r#""""#),
        r#"talk "three" has an empty title"#,
    );
    let text = with(r#"["accueil"]"#, r#"[" "]"#);
    one(
        &text,
        at(&text, 14, r#"" ""#),
        r#"empty theme in talk "three""#,
    );
}
