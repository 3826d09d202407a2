//! `maillage check FILE` and `maillage --data FILE` on one fixture per
//! validation rule, run through the real binary.

use std::path::Path;

use crate::common::cli::{Run, maillage, stderr, stdout};
use crate::common::fixtures::fixture;

/// Each invalid fixture and exactly the `LINE:COLUMN: message` lines it must
/// produce (the `FILE:` prefix is added by the test).
const EXPECTED: &[(&str, &[&str])] = &[
    (
        "approach-blocked",
        &[
            r#"18:81: stand A2 cannot be approached from the north: the cell in front of it (x 6, y 0) is a wall (line 33)"#,
        ],
    ),
    (
        "approach-outside-hall",
        &[
            r#"18:81: stand A2 cannot be approached from the south: the cell in front of it (x 8, y 6) is outside hall "main" (x 0-9, y 0-5)"#,
        ],
    ),
    (
        "bad-hall-size",
        &[r#"39:71: hall "upstairs" has width 0 (it must be 1 to 10000 cells)"#],
    ),
    (
        "bad-metres-per-cell",
        &[r#"39:106: hall "upstairs" has metres_per_cell 0 (it must be a positive number)"#],
    ),
    (
        "connection-in-wall",
        &[r#"46:17: connection "stairs" starts at x 0, y 0, inside a wall (line 33)"#],
    ),
    (
        "connection-outside-hall",
        &[r#"47:15: connection "stairs" ends at x 7, y 0, outside hall "upstairs" (x 0-4, y 0-4)"#],
    ),
    (
        "duplicate-hall-id",
        &[r#"40:15: duplicate hall id "upstairs" (first at line 39)"#],
    ),
    (
        "duplicate-organisation-id",
        &[r#"7:13: duplicate organisation id "alpha" (first at line 6)"#],
    ),
    (
        "duplicate-person-id",
        &[r#"23:13: duplicate person id "person-one" (first at line 22)"#],
    ),
    (
        "duplicate-place-id",
        &[
            r#"36:19: duplicate id "front-door": landmarks, entrances and connections need distinct ids (first at line 34)"#,
        ],
    ),
    (
        "duplicate-stand-number",
        &[r#"16:17: duplicate stand number A1 (first at line 11)"#],
    ),
    ("empty-event-name", &[r#"4:41: empty event name"#]),
    ("empty-id", &[r#"22:13: empty person id"#]),
    (
        "empty-name",
        &[r#"6:30: organisation "alpha" has an empty name"#],
    ),
    ("empty-stand-number", &[r#"16:17: empty stand number"#]),
    (
        "empty-theme",
        &[r#"6:64: empty theme in organisation "alpha""#],
    ),
    (
        "entrance-in-stand",
        &[r#"34:23: entrance "front-door" at x 3, y 2 is inside stand A1 (line 13)"#],
    ),
    (
        "entrance-in-wall",
        &[r#"34:23: entrance "front-door" at x 5, y 0 is inside a wall (line 33)"#],
    ),
    (
        "entrance-outside-hall",
        &[r#"34:23: entrance "front-door" at x 5, y 6 is outside hall "main" (x 0-9, y 0-5)"#],
    ),
    (
        "hall-unreachable",
        &[
            r#"40:15: nobody can walk into hall "annex": it has no entrance, and no door, stairs or lift leads to it from a hall that has one"#,
        ],
    ),
    (
        "huge-hall",
        &[r#"39:84: hall "upstairs" has height 20000 (it must be 1 to 10000 cells)"#],
    ),
    (
        "invalid-date",
        &[r#"4:62: invalid event date "2022-13" (use YYYY, YYYY-MM or YYYY-MM-DD)"#],
    ),
    (
        "invalid-id",
        &[
            r#"7:13: invalid organisation id "Beta Asbl" (use lowercase letters a-z, digits and '-', starting with a letter or digit)"#,
        ],
    ),
    ("invalid-utf8", &[r#"6:37: the file is not valid UTF-8"#]),
    (
        "landmark-outside-hall",
        &[r#"36:11: landmark "desk" at x 8, y 3-11 extends outside hall "main" (x 0-9, y 0-5)"#],
    ),
    (
        "location-without-venue",
        &[r#"9:5: stand 1 has a location but the directory has no venue"#],
    ),
    (
        "missing-field",
        &[r#"7:39: organisations[1]: missing field "name""#],
    ),
    (
        "negative-connection-length",
        &[r#"46:21: connection "stairs" has length_m -4 (it must be 0 or more)"#],
    ),
    (
        "no-format",
        &[r#"1:1: not a maillage directory file (it has no "format": "maillage-directory")"#],
    ),
    (
        "overlapping-stands",
        &[r#"18:19: stand A2 overlaps stand A1 (line 13)"#],
    ),
    (
        "parent-cycle",
        &[r#"6:54: organisation "alpha" is its own ancestor (alpha → beta → alpha)"#],
    ),
    (
        "several-problems",
        &[
            r#"4:41: empty event name"#,
            r#"16:17: duplicate stand number A1 (first at line 11)"#,
            r#"17:25: stand A1 belongs to unknown organisation "gamma""#,
        ],
    ),
    (
        "stand-outside-hall",
        &[r#"18:19: stand A2 at x 9-10, y 2 extends outside hall "main" (x 0-9, y 0-5)"#],
    ),
    (
        "stand-overlaps-landmark",
        &[r#"18:19: stand A2 overlaps landmark "desk" (line 36)"#],
    ),
    (
        "stand-overlaps-wall",
        &[r#"18:19: stand A2 overlaps a wall (line 33)"#],
    ),
    (
        "stand-without-organisation",
        &[r#"17:24: stand A2 has no organisation (it needs at least one)"#],
    ),
    ("syntax-error", &[r#"7:36: expected `,` or `}`, found `"`"#]),
    (
        "trailing-comma",
        &[r#"17:32: trailing comma (JSON allows no comma before `}` or `]`)"#],
    ),
    (
        "two-main-entrances",
        &[
            r#"35:77: entrance "side-door" is a second main entrance; there can be only one (the first is at line 34)"#,
        ],
    ),
    (
        "unknown-connection-hall",
        &[
            r#"39:15: nobody can walk into hall "upstairs": it has no entrance, and no door, stairs or lift leads to it from a hall that has one"#,
            r#"47:25: connection "stairs" ends in unknown hall "roof""#,
        ],
    ),
    (
        "unknown-field",
        &[
            r#"17:7: stands[1]: unknown field "colour" (expected one of: number, organisations, title, themes, location, illustrative)"#,
        ],
    ),
    (
        "unknown-hall",
        &[r#"18:29: stand A2 is in unknown hall "annex""#],
    ),
    (
        "unknown-organisation",
        &[r#"17:33: stand A2 belongs to unknown organisation "gamma""#],
    ),
    (
        "unknown-parent",
        &[r#"7:47: organisation "beta" has an unknown parent organisation "gamma""#],
    ),
    (
        "unknown-person-organisation",
        &[r#"22:65: person "person-one" works for unknown organisation "gamma""#],
    ),
    (
        "unknown-person-stand",
        &[r#"22:83: person "person-one" is at unknown stand "Z9""#],
    ),
    (
        "unsupported-version",
        &[r#"3:14: unsupported directory version 2 (this version of maillage reads version 1)"#],
    ),
    ("venue-without-halls", &[r#"6:23: the venue has no hall"#]),
    (
        "wall-outside-hall",
        &[r#"33:19: wall 1 at x 0-11, y 0 extends outside hall "main" (x 0-9, y 0-5)"#],
    ),
    (
        "wrong-format",
        &[
            r#"2:13: not a maillage directory file (its format is "maillage-notes", expected "maillage-directory")"#,
        ],
    ),
    (
        "wrong-type",
        &[
            r#"30:18: venue.halls[0].width: expected a whole number from 0 to 4294967295, found the string "10""#,
        ],
    ),
    ("zero-size-stand", &[r#"18:58: stand A2 has zero width"#]),
];

/// `lines` as `check` prints them for the file at `path`.
pub fn expected_stderr(path: &Path, lines: &[&str]) -> String {
    lines
        .iter()
        .map(|line| format!("{}:{line}\n", path.display()))
        .collect()
}

#[test]
fn every_invalid_fixture_has_an_expectation_and_every_expectation_a_fixture() {
    let mut on_disk: Vec<String> = std::fs::read_dir(fixture("invalid"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|name| name.strip_suffix(".json").map(str::to_string))
        .collect();
    on_disk.sort();
    let mut expected: Vec<String> = EXPECTED.iter().map(|(name, _)| name.to_string()).collect();
    expected.sort();
    assert_eq!(on_disk, expected);
}

#[test]
fn check_prints_each_problem_as_file_line_column_message_and_exits_1() {
    let mut failures = Vec::new();
    for (name, lines) in EXPECTED {
        let path = fixture(&format!("invalid/{name}.json"));
        let out = maillage().arg("check").arg(&path).run();
        let got = stderr(&out);
        let want = expected_stderr(&path, lines);
        if out.status.code() != Some(1) || got != want || !out.stdout.is_empty() {
            failures.push(format!(
                "{name}: exit {:?}\n  got:  {got:?}\n  want: {want:?}\n  stdout: {:?}",
                out.status.code(),
                stdout(&out)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn data_with_an_invalid_file_prints_the_same_and_never_touches_the_terminal() {
    for (name, lines) in EXPECTED {
        let path = fixture(&format!("invalid/{name}.json"));
        let out = maillage().arg("--data").arg(&path).run();
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert_eq!(stderr(&out), expected_stderr(&path, lines), "{name}");
        assert!(
            !out.stdout.contains(&0x1b),
            "{name}: escape sequence on stdout"
        );
        assert!(out.stdout.is_empty(), "{name}: {:?}", stdout(&out));
        assert!(
            !out.stderr.contains(&0x1b),
            "{name}: escape sequence on stderr"
        );
    }
}

#[test]
fn valid_fixtures_pass_with_a_summary_and_exit_0() {
    for (name, summary) in [
        ("venue.json", "ok (2 stands, 2 organisations, 1 people)"),
        ("no-venue.json", "ok (1 stands, 1 organisations, 0 people)"),
    ] {
        let path = fixture(&format!("valid/{name}"));
        let out = maillage().arg("check").arg(&path).run_ok();
        assert_eq!(stdout(&out), format!("{}: {summary}\n", path.display()));
        assert!(out.stderr.is_empty(), "{name}");
    }
}

#[test]
fn the_embedded_directory_file_passes_check() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/assises-sociales-2022.json");
    maillage().arg("check").arg(&path).run_ok();
}

#[test]
fn a_missing_file_is_one_line_and_exit_1() {
    let path = fixture("invalid/no-such-file.json");
    for option in ["check", "--data"] {
        let out = maillage().arg(option).arg(&path).run();
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(stderr(&out), format!("{}: no such file\n", path.display()));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn check_without_a_file_is_a_usage_error() {
    let out = maillage().arg("check").run();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn control_characters_from_the_file_are_escaped_in_messages() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.json");
    let text = r#"{"format": "maillage-directory", "version": 1,
"event": {"id": "e", "name": "E"},
"stands": [{"number": "A1", "organisations": ["\u001b]2;pwned\u0007"]}]}"#;
    std::fs::write(&path, text).unwrap();
    let out = maillage().arg("check").arg(&path).run();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!(
            "{}:3:47: stand A1 belongs to unknown organisation \"\\u{{1b}}]2;pwned\\u{{7}}\"\n",
            path.display()
        )
    );
}
