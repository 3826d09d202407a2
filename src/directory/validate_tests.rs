use serde_json::{Value, json};

use super::valid_date;
use crate::directory::report::valid_id;
use crate::directory::{Problem, Side, StandLocation, approach_cell, parse};

/// A small valid directory with a venue, to break one rule at a time.
fn base() -> Value {
    json!({
        "format": "maillage-directory",
        "version": 1,
        "event": { "id": "demo", "name": "Demo" },
        "organisations": [{ "id": "alpha", "name": "Alpha" }, { "id": "beta", "name": "Beta" }],
        "stands": [
            { "number": "A1", "organisations": ["alpha"],
              "location": { "hall": "main", "x": 1, "y": 1, "w": 2, "h": 1, "approach": "south" } },
            { "number": "A2", "organisations": ["beta"],
              "location": { "hall": "main", "x": 4, "y": 1, "w": 2, "h": 1, "approach": "south" } }
        ],
        "venue": { "halls": [{
            "id": "main", "name": "Main", "width": 8, "height": 5, "metres_per_cell": 1.0,
            "landmarks": [
                { "id": "bar", "name": "Bar", "kind": "bar", "x": 6, "y": 3, "w": 2, "h": 2, "walkable": true },
                { "id": "desk", "name": "Desk", "kind": "welcome_desk", "x": 0, "y": 4, "w": 1, "h": 1 }
            ],
            "entrances": [{ "id": "door", "name": "Door", "x": 3, "y": 4, "main": true }]
        }]}
    })
}

/// Problems in `value` written as one line of JSON (keys sorted), so the
/// `(line N)` references read `(line 1)`: lines are tested with the fixtures.
fn problems(value: &Value) -> Vec<Problem> {
    let text = serde_json::to_string(value).unwrap();
    match parse(&text) {
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    }
}

fn messages(value: &Value) -> Vec<String> {
    problems(value).into_iter().map(|p| p.message).collect()
}

#[test]
fn the_base_directory_is_valid() {
    assert_eq!(messages(&base()), Vec::<String>::new());
}

#[test]
fn reports_every_problem_not_only_the_first() {
    let mut d = base();
    d["organisations"][1]["name"] = json!(" ");
    d["stands"][0]["organisations"] = json!(["alpha", "nobody", "alpha"]);
    d["people"] = json!([{ "id": "p", "name": "P", "stand": "Z1", "role": "" }]);
    assert_eq!(
        messages(&d),
        [
            "organisation \"beta\" has an empty name",
            "person \"p\" has an empty role",
            "person \"p\" is at unknown stand \"Z1\"",
            "stand A1 belongs to unknown organisation \"nobody\"",
            "stand A1 lists organisation \"alpha\" twice",
        ]
    );
}

#[test]
fn a_duplicate_is_reported_at_the_second_occurrence_with_the_first_line() {
    let text = "{\"format\": \"maillage-directory\", \"version\": 1,\n\
                \"event\": {\"id\": \"e\", \"name\": \"E\"},\n\
                \"organisations\": [\n{\"id\": \"a\", \"name\": \"A\"},\n  {\"id\": \"a\", \"name\": \"B\"}]}";
    let problems = parse(text).unwrap_err();
    assert_eq!(
        problems,
        [Problem {
            line: 5,
            column: 10,
            message: "duplicate organisation id \"a\" (first at line 4)".into()
        }]
    );
}

#[test]
fn columns_count_characters_before_the_value() {
    let text = "{\"format\": \"maillage-directory\", \"version\": 1,\n\
                \"event\": {\"id\": \"e\", \"name\": \"É\"},\n\
                \"organisations\": [{\"name\": \"Œuvre ¾\", \"id\": \"\"}]}";
    let problems = parse(text).unwrap_err();
    assert_eq!((problems[0].line, problems[0].column), (3, 45));
    assert_eq!(problems[0].message, "empty organisation id");
}

#[test]
fn parent_cycles_are_reported_once_and_chains_are_fine() {
    let mut d = base();
    d["organisations"] = json!([
        { "id": "a", "name": "A", "parent": "c" },
        { "id": "b", "name": "B", "parent": "a" },
        { "id": "c", "name": "C", "parent": "b" },
        { "id": "d", "name": "D", "parent": "d" },
        { "id": "e", "name": "E", "parent": "a" },
        { "id": "alpha", "name": "Alpha" }, { "id": "beta", "name": "Beta", "parent": "alpha" }
    ]);
    assert_eq!(
        messages(&d),
        [
            "organisation \"a\" is its own ancestor (a → c → b → a)",
            "organisation \"d\" is its own ancestor (d → d)",
        ]
    );
}

#[test]
fn walkable_landmarks_may_hold_stands_and_entrances_but_others_may_not() {
    let mut d = base();
    d["stands"][1]["location"] =
        json!({ "hall": "main", "x": 6, "y": 2, "w": 1, "h": 2, "approach": "west" });
    d["venue"]["halls"][0]["entrances"][0]["x"] = json!(7);
    assert_eq!(messages(&d), Vec::<String>::new());
    d["venue"]["halls"][0]["entrances"][0]["x"] = json!(0);
    assert_eq!(
        messages(&d),
        ["entrance \"door\" at x 0, y 4 is inside landmark \"desk\" (line 1)"]
    );
}

#[test]
fn a_stand_blocked_in_front_by_another_stand_cannot_be_approached() {
    let mut d = base();
    d["stands"][1]["location"] =
        json!({ "hall": "main", "x": 1, "y": 2, "w": 3, "h": 1, "approach": "south" });
    assert_eq!(
        messages(&d),
        [
            "stand A1 cannot be approached from the south: the cell in front of it (x 2, y 2) is stand A2 (line 1)"
        ]
    );
}

#[test]
fn a_stand_may_overlap_several_things_and_each_is_named() {
    let mut d = base();
    d["venue"]["halls"][0]["walls"] = json!([{ "x": 0, "y": 0, "w": 8, "h": 1 }]);
    d["stands"][1]["location"] =
        json!({ "hall": "main", "x": 2, "y": 0, "w": 2, "h": 2, "approach": "south" });
    let found = messages(&d);
    assert!(
        found
            .iter()
            .any(|m| m.starts_with("stand A2 overlaps a wall (line ")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|m| m.starts_with("stand A2 overlaps stand A1 (line ")),
        "{found:?}"
    );
}

#[test]
fn a_notes_file_or_any_other_json_is_not_a_directory() {
    let deep = format!("{}{}", "[".repeat(500), "]".repeat(500));
    for text in [
        "{\"format\": \"maillage-notes\", \"notes\": []}",
        "[1, 2]",
        "{\"x\": 1}",
        " null",
        &deep,
    ] {
        let problems = parse(text).unwrap_err();
        assert_eq!(problems.len(), 1, "{text}");
        assert!(
            problems[0]
                .message
                .starts_with("not a maillage directory file"),
            "{problems:?}"
        );
    }
    let newer = "{\"format\": \"maillage-directory\", \"version\": 3, \"layout\": {}}";
    assert_eq!(
        parse(newer).unwrap_err()[0].message,
        "unsupported directory version 3 (this version of maillage reads version 1)"
    );
}

#[test]
fn ids_and_dates_have_a_strict_form() {
    for good in ["a", "0", "croix-rouge", "a-", "h3-104"] {
        assert!(valid_id(good), "{good}");
    }
    for bad in ["", "-a", "A", "é", "a b", "a_b", "a.b"] {
        assert!(!valid_id(bad), "{bad}");
    }
    for good in ["2022", "2022-11", "2022-11-17", "2024-02-29"] {
        assert!(valid_date(good), "{good}");
    }
    for bad in [
        "",
        "22",
        "2022-1",
        "2022-00",
        "2022-13",
        "2023-02-29",
        "2022-11-31",
        "2022-11-17-1",
        "2022-1a",
    ] {
        assert!(!valid_date(bad), "{bad}");
    }
}

#[test]
fn the_approach_cell_is_in_front_of_the_middle_of_the_side() {
    let at = |approach| StandLocation {
        hall: "h".into(),
        x: 4,
        y: 6,
        w: 3,
        h: 2,
        approach,
    };
    assert_eq!(approach_cell(&at(Side::North)), (5, 5));
    assert_eq!(approach_cell(&at(Side::South)), (5, 8));
    assert_eq!(approach_cell(&at(Side::West)), (3, 7));
    assert_eq!(approach_cell(&at(Side::East)), (7, 7));
}

#[test]
fn extreme_coordinates_are_reported_not_panicking() {
    let mut d = base();
    d["stands"][0]["location"] = json!({ "hall": "main", "x": u32::MAX, "y": u32::MAX, "w": u32::MAX, "h": 1, "approach": "east" });
    d["venue"]["halls"][0]["entrances"][0]["x"] = json!(u32::MAX);
    let found = messages(&d);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found[0].starts_with("stand A1 at x 4294967295-8589934589, y 4294967295 extends outside")
    );
}

/// A directory the size the app must handle: 50,000 stands in one hall,
/// aisles between rows. Checks correctness at scale (no false overlap, the
/// one true overlap found), not time: timing tests are flaky.
#[test]
fn fifty_thousand_stands_are_checked_without_false_positives() {
    let mut stands = Vec::new();
    for row in 0..200u32 {
        for column in 0..250u32 {
            stands.push(json!({
                "number": format!("S{row}-{column}"),
                "organisations": ["alpha"],
                "location": { "hall": "main", "x": column * 3, "y": row * 2, "w": 2, "h": 1, "approach": "south" }
            }));
        }
    }
    let mut d = base();
    d["stands"] = Value::Array(stands.clone());
    d["venue"]["halls"][0] = json!({
        "id": "main", "name": "Main", "width": 750, "height": 400, "metres_per_cell": 1.0,
        "entrances": [{ "id": "door", "name": "Door", "x": 0, "y": 399, "main": true }]
    });
    assert_eq!(messages(&d), Vec::<String>::new());
    stands.push(json!({
        "number": "LATE", "organisations": ["alpha"],
        "location": { "hall": "main", "x": 301, "y": 200, "w": 1, "h": 1, "approach": "south" }
    }));
    d["stands"] = Value::Array(stands);
    let found = messages(&d);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("stand LATE overlaps stand S100-100 (line "),
        "{found:?}"
    );
}

/// Minified JSON puts everything on one line: locating thousands of
/// problems there must neither be quadratic nor drift.
#[test]
fn many_problems_on_one_long_line_are_all_located() {
    let stands: Vec<Value> = (0..20_000)
        .map(|i| json!({ "number": format!("S{i}"), "organisations": ["nobody"] }))
        .collect();
    let mut d = base();
    d["stands"] = Value::Array(stands);
    d.as_object_mut().unwrap().remove("venue");
    let text = serde_json::to_string(&d).unwrap();
    let found = parse(&text).unwrap_err();
    assert_eq!(found.len(), 20_000);
    let last_nobody = text.rfind("\"nobody\"").unwrap();
    let last = found.last().unwrap();
    assert_eq!(
        (last.line, last.column),
        (1, text[..last_nobody].chars().count() + 1)
    );
    assert!(found.windows(2).all(|w| w[0].column < w[1].column));
}

/// A directory is checked in two halves on two cores; a large one must
/// report the same problems, at the same places, as a small one.
#[test]
fn a_large_directory_reports_what_a_small_one_reports() {
    let mut d = base();
    d["venue"]["halls"][0]["width"] = json!(400);
    d["venue"]["halls"][0]["height"] = json!(400);
    let organisations = d["organisations"].as_array_mut().unwrap();
    organisations.push(json!({ "id": "gamma", "name": " " }));
    d["people"] = json!([
        { "id": "p1", "name": "Pat", "stand": "Z9" },
        { "id": "p2", "name": "", "organisation": "ghost" }
    ]);
    let at = |x: u32, y: u32| json!({ "hall": "main", "x": x, "y": y, "w": 2, "h": 1, "approach": "south" });
    let broken = vec![
        json!({ "number": "A1", "organisations": ["alpha"], "title": " ", "location": at(1, 1) }),
        json!({ "number": "A1", "organisations": ["ghost", "beta", "beta"], "location": at(2, 1) }),
        json!({ "number": "A3", "organisations": ["alpha"], "location": { "hall": "nowhere", "x": 1, "y": 1, "w": 1, "h": 1, "approach": "south" } }),
        json!({ "number": "A4", "organisations": ["alpha"], "location": at(3, 4) }),
    ];
    d["stands"] = Value::Array(broken.clone());
    let small = messages(&d);
    assert_eq!(small.len(), 11, "{small:#?}");

    // Valid stands after the broken ones: the problems keep their places.
    let filler = (0..5_000u32).map(|k| {
        json!({ "number": format!("F{k}"), "organisations": ["alpha"], "location": at(10 + k % 100 * 3, 10 + k / 100 * 2) })
    });
    d["stands"] = Value::Array(broken.into_iter().chain(filler).collect());
    assert_eq!(messages(&d), small);
}
