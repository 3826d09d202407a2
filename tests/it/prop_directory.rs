//! Property tests: the directory loader (and so `maillage check`, which is
//! `load_file` plus printing the error) never panics, whatever the bytes.
//!
//! Inputs are random bytes, and the test fixtures mutated the ways files go
//! wrong in practice: cut short, wrong value types, huge numbers, deep
//! nesting, invalid UTF-8, enormous strings. A directory that loads is also
//! handed to the search catalog and drawn once, since a loaded file flows
//! straight into them. Valid random directories survive a write/read round trip.
//!
//! Case counts: see tests/it/common/prop.rs (`PROPTEST_CASES` raises them).

use std::path::PathBuf;

use maillage::directory::{
    self, Directory, Event, Organisation, OrganisationMore, Person, PersonMore, Stand, Text,
};
use maillage::i18n::Lang;
use maillage::search::catalog::{Catalog, Kind};
use proptest::prelude::*;

use crate::common::cli::{Run, maillage, stderr};
use crate::common::draw::{app_on, draw};
use crate::common::fixtures::{fixture, load_fixture};
use crate::common::prop as prop_settings;

fn fixtures() -> Vec<Vec<u8>> {
    let root = fixture("");
    let mut files = Vec::new();
    for sub in ["valid", "invalid", "venue"] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join(sub))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        files.extend(paths.iter().map(|p| std::fs::read(p).unwrap()));
    }
    files.push(directory::DEFAULT_JSON.as_bytes().to_vec());
    assert!(files.len() > 40, "fixtures found");
    files
}

/// What `maillage check FILE` does, minus the exit code: load and print.
fn check_bytes(bytes: &[u8]) -> Option<Directory> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("directory.json");
    std::fs::write(&path, bytes).unwrap();
    let loaded = directory::load_file(&path);
    let text = String::from_utf8_lossy(bytes);
    let parsed = directory::parse(&text);
    match &loaded {
        Ok(d) => {
            assert_eq!(parsed.as_ref().ok(), Some(d), "load_file and parse agree");
            Some(d.clone())
        }
        Err(e) => {
            let message = e.to_string();
            assert!(!message.is_empty());
            // Every line of `check` output points into the file.
            assert!(message.lines().all(|l| l.starts_with(&e.file)), "{message}");
            // The message quotes the file; it must not carry its control bytes.
            assert!(
                !message.chars().any(|c| c.is_control() && c != '\n'),
                "control character in {message:?}"
            );
            None
        }
    }
}

/// A directory that loaded is used: catalog, one search, one frame.
fn exercise(directory: Directory) {
    let catalog = Catalog::new(&directory);
    let _ = catalog.search("a", &[Kind::Stand, Kind::Organisation, Kind::Person]);
    draw(&app_on(directory, Lang::En, 80, 24, false));
}

/// Values of every JSON type, including ones serde and our code find hard.
const TOKENS: &[&str] = &[
    "null",
    "true",
    "false",
    "0",
    "-1",
    "4294967295",
    "4294967296",
    "18446744073709551616",
    "-9223372036854775809",
    "1e999",
    "-1e999",
    "1.5",
    "1e-400",
    "\"\"",
    "\" \"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"\\u001b]0;title\\u0007\"",
    "[]",
    "{}",
    "[1,2,3]",
    "{\"a\":1}",
    "\"x\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
];

#[derive(Debug, Clone)]
enum Mutation {
    /// Cut the file after this fraction of its bytes.
    Truncate(f64),
    /// Overwrite bytes at a place with random ones (may break UTF-8).
    Bytes(f64, Vec<u8>),
    /// Insert a JSON token at a place.
    Insert(f64, usize),
    /// Replace the value after the n-th `": "` with a token (wrong types).
    Retype(usize, usize),
    /// Replace every run of digits with one huge or odd number.
    Numbers(usize),
    /// Replace the n-th run of digits with a token.
    OneNumber(usize, usize),
    /// Wrap the value after the n-th `": "` in `depth` arrays.
    Nest(usize, usize),
    /// Replace the n-th string value with an enormous one.
    Enormous(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let place = 0.0..1.0f64;
    let token = 0..TOKENS.len();
    prop_oneof![
        place.clone().prop_map(Mutation::Truncate),
        (place.clone(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(p, b)| Mutation::Bytes(p, b)),
        (place, token.clone()).prop_map(|(p, t)| Mutation::Insert(p, t)),
        (0..200usize, token.clone()).prop_map(|(n, t)| Mutation::Retype(n, t)),
        token.clone().prop_map(Mutation::Numbers),
        (0..500usize, token.clone()).prop_map(|(n, t)| Mutation::OneNumber(n, t)),
        (0..200usize, prop_oneof![1..200usize, 100..20_000usize])
            .prop_map(|(n, d)| Mutation::Nest(n, d)),
        (0..200usize, 10_000..300_000usize).prop_map(|(n, len)| Mutation::Enormous(n, len)),
    ]
}

fn at(bytes: &[u8], fraction: f64) -> usize {
    ((bytes.len() as f64) * fraction) as usize
}

/// Byte offset just after the n-th (modulo their count) `": "`.
fn value_start(bytes: &[u8], n: usize) -> Option<usize> {
    let starts: Vec<usize> = bytes
        .windows(2)
        .enumerate()
        .filter(|(_, w)| w == b": ")
        .map(|(i, _)| i + 2)
        .collect();
    (!starts.is_empty()).then(|| starts[n % starts.len()])
}

/// End of a simple value starting at `start`: the next `,`, `\n` or `}`.
fn value_end(bytes: &[u8], start: usize) -> usize {
    bytes[start..]
        .iter()
        .position(|b| matches!(b, b',' | b'\n' | b'}'))
        .map_or(bytes.len(), |i| start + i)
}

/// (start, end) of every maximal run of ASCII digits.
fn digit_runs(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            runs.push((start, i));
        } else {
            i += 1;
        }
    }
    runs
}

fn apply(mut bytes: Vec<u8>, m: &Mutation) -> Vec<u8> {
    match *m {
        Mutation::Truncate(p) => bytes.truncate(at(&bytes, p)),
        Mutation::Bytes(p, ref new) => {
            let i = at(&bytes, p);
            let end = (i + new.len()).min(bytes.len());
            bytes.splice(i..end, new.iter().copied());
        }
        Mutation::Insert(p, t) => {
            let i = at(&bytes, p);
            bytes.splice(i..i, TOKENS[t].bytes());
        }
        Mutation::Retype(n, t) => {
            if let Some(start) = value_start(&bytes, n) {
                let end = value_end(&bytes, start);
                bytes.splice(start..end, TOKENS[t].bytes());
            }
        }
        Mutation::Numbers(t) => {
            let mut out = Vec::with_capacity(bytes.len());
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i].is_ascii_digit() {
                    while i < bytes.len() && bytes[i].is_ascii_digit() {
                        i += 1;
                    }
                    out.extend_from_slice(TOKENS[t].as_bytes());
                } else {
                    out.push(bytes[i]);
                    i += 1;
                }
            }
            bytes = out;
        }
        Mutation::OneNumber(n, t) => {
            let runs: Vec<(usize, usize)> = digit_runs(&bytes);
            if !runs.is_empty() {
                let (start, end) = runs[n % runs.len()];
                bytes.splice(start..end, TOKENS[t].bytes());
            }
        }
        Mutation::Nest(n, depth) => {
            if let Some(start) = value_start(&bytes, n) {
                let end = value_end(&bytes, start);
                bytes.splice(end..end, std::iter::repeat_n(b']', depth));
                bytes.splice(start..start, std::iter::repeat_n(b'[', depth));
            }
        }
        Mutation::Enormous(n, len) => {
            let strings: Vec<usize> = bytes
                .windows(3)
                .enumerate()
                .filter(|(_, w)| w == b": \"")
                .map(|(i, _)| i + 3)
                .collect();
            if !strings.is_empty() {
                let i = strings[n % strings.len()];
                let big = "Ü\u{301}🦀x\u{202e}".repeat(len / 10 + 1);
                bytes.splice(i..i, big.bytes());
            }
        }
    }
    bytes
}

proptest! {
    #![proptest_config(prop_settings::config(300))]

    #[test]
    fn random_bytes_are_refused_or_loaded(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check_bytes(&bytes);
    }

    #[test]
    fn random_json_values_are_refused_or_loaded(text in json_value(4)) {
        check_bytes(text.as_bytes());
    }

    #[test]
    fn mutated_fixtures_are_refused_or_loaded(
        index in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let files = FIXTURES.with(|f| f.clone());
        let mut bytes = index.get(&files).clone();
        for m in &mutations {
            bytes = apply(bytes, m);
        }
        if let Some(directory) = check_bytes(&bytes) {
            exercise(directory);
        }
    }

    /// The same on the valid files only, with one or two mutations: more of
    /// these still load, so the catalog and the screen see odd values.
    #[test]
    fn mutated_valid_fixtures_are_refused_or_loaded(
        index in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..3),
    ) {
        let files = VALID.with(|f| f.clone());
        let mut bytes = index.get(&files).clone();
        for m in &mutations {
            bytes = apply(bytes, m);
        }
        if let Some(directory) = check_bytes(&bytes) {
            exercise(directory);
        }
    }
}

proptest! {
    #![proptest_config(prop_settings::config(40))]

    /// The real `maillage check` on mutated files: exit 0 or 1 with
    /// `FILE:LINE:COLUMN: message` lines, never a panic (exit 101).
    #[test]
    fn the_check_command_never_panics(
        index in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..3),
    ) {
        let files = FIXTURES.with(|f| f.clone());
        let mut bytes = index.get(&files).clone();
        for m in &mutations {
            bytes = apply(bytes, m);
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("directory.json");
        std::fs::write(&path, &bytes).unwrap();
        let out = maillage().arg("check").arg(&path).run();
        let code = out.status.code();
        prop_assert!(code == Some(0) || code == Some(1), "exit {:?}: {:?}", code, out);
        let stderr = stderr(&out);
        let name = path.display().to_string();
        prop_assert!(stderr.lines().all(|l| l.starts_with(&name)), "{}", stderr);
    }
}

thread_local! {
    static FIXTURES: Vec<Vec<u8>> = fixtures();
    static VALID: Vec<Vec<u8>> = fixtures()
        .into_iter()
        .filter(|bytes| directory::parse(&String::from_utf8_lossy(bytes)).is_ok())
        .collect();
}

/// Any JSON value, nested up to `depth`, with keys a directory uses.
fn json_value(depth: u32) -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_string()),
        any::<bool>().prop_map(|b| b.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|f| f.to_string()),
        any::<String>().prop_map(|s| serde_json::to_string(&s).unwrap()),
        prop::sample::select(vec!["\"maillage-directory\"", "1", "\"x\"", "[]"])
            .prop_map(str::to_string),
    ];
    let keys = prop::sample::select(vec![
        "format",
        "version",
        "event",
        "id",
        "name",
        "organisations",
        "stands",
        "people",
        "number",
        "venue",
        "halls",
        "width",
        "height",
        "metres_per_cell",
        "location",
        "x",
        "y",
        "w",
        "h",
        "other",
    ]);
    leaf.prop_recursive(depth, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(|v| format!("[{}]", v.join(","))),
            prop::collection::vec((keys.clone(), inner), 0..8).prop_map(|v| {
                let fields: Vec<String> = v.iter().map(|(k, x)| format!("\"{k}\":{x}")).collect();
                format!("{{{}}}", fields.join(","))
            }),
        ]
    })
}

#[test]
fn deep_nesting_anywhere_is_an_error_not_a_stack_overflow() {
    for depth in [1_000, 100_000, 1_000_000] {
        let open = "[".repeat(depth);
        check_bytes(open.as_bytes());
        let nested = format!("{open}{}", "]".repeat(depth));
        check_bytes(nested.as_bytes());
        let object = "{\"a\":".repeat(depth);
        check_bytes(object.as_bytes());
    }
}

#[test]
fn an_enormous_name_loads_and_renders() {
    let mut directory = load_fixture("valid/minimal.json");
    directory.event.name = "Ü\u{301}🦀 ".repeat(1_000_000).into();
    let json = serde_json::to_string(&directory).unwrap();
    let loaded = check_bytes(json.as_bytes()).expect("a 9 MB name is still valid");
    exercise(loaded);
}

// ---- valid directories round-trip ----

/// Text that is not blank: any characters, with at least one visible.
fn text() -> impl Strategy<Value = Text> {
    (
        prop::collection::vec(any::<char>(), 0..12),
        "[a-zA-Zé🦀]",
        prop::collection::vec(any::<char>(), 0..12),
    )
        .prop_map(|(a, middle, b)| {
            let mut s: String = a.into_iter().collect();
            s.push_str(&middle);
            s.extend(b);
            Text::from(s)
        })
}

fn optional_text() -> impl Strategy<Value = Option<Text>> {
    prop::option::of(text())
}

fn id() -> impl Strategy<Value = Text> {
    "[a-z0-9][a-z0-9-]{0,12}".prop_map(Text::from)
}

fn valid_directory() -> impl Strategy<Value = Directory> {
    let event = (
        id(),
        text(),
        optional_text(),
        prop::option::of(prop::sample::select(vec!["2022", "2022-11", "2022-11-17"])),
        optional_text(),
        prop::collection::vec(text(), 0..3),
    )
        .prop_map(|(id, name, edition, date, description, notes)| Event {
            id,
            name,
            edition,
            date: date.map(Text::from),
            date_note: None,
            venue: None,
            city: None,
            description,
            sources: Vec::new(),
            notes,
        });
    let organisation = (
        text(),
        optional_text(),
        prop::collection::vec(text(), 0..3),
        optional_text(),
        prop::collection::vec(text(), 0..3),
    );
    (
        event,
        prop::collection::vec(organisation, 1..6),
        prop::collection::vec((any::<prop::sample::Index>(), optional_text()), 0..8),
        prop::collection::vec(
            (text(), optional_text(), any::<prop::sample::Index>()),
            0..6,
        ),
    )
        .prop_map(|(event, orgs, stands, people)| {
            let organisations: Vec<Organisation> = orgs
                .into_iter()
                .enumerate()
                .map(
                    |(i, (name, short_name, aliases, description, themes))| Organisation {
                        id: format!("org-{i}").into(),
                        name,
                        short_name,
                        kind: None,
                        description,
                        themes: themes.into(),
                        more: OrganisationMore {
                            aliases: aliases.into(),
                            parent: (i > 0).then(|| "org-0".into()),
                            ..OrganisationMore::default()
                        }
                        .boxed(),
                    },
                )
                .collect();
            let stands: Vec<Stand> = stands
                .into_iter()
                .enumerate()
                .map(|(i, (org, title))| Stand {
                    number: format!("{}", i + 1).into(),
                    organisations: vec![organisations[org.index(organisations.len())].id.clone()]
                        .into(),
                    title,
                    themes: Default::default(),
                    location: None,
                    illustrative: i % 2 == 1,
                })
                .collect();
            let people = people
                .into_iter()
                .enumerate()
                .map(|(i, (name, role, org))| Person {
                    id: format!("person-{i}").into(),
                    name,
                    role,
                    organisation: Some(organisations[org.index(organisations.len())].id.clone()),
                    illustrative: i % 3 == 2,
                    more: PersonMore {
                        stand: stands.first().map(|s| s.number.clone()),
                        ..PersonMore::default()
                    }
                    .boxed(),
                })
                .collect();
            Directory {
                format: directory::FORMAT.into(),
                version: directory::FORMAT_VERSION,
                event,
                organisations,
                stands,
                people,
                venue: None,
                programme: None,
                links: Default::default(),
            }
        })
}

proptest! {
    #![proptest_config(prop_settings::config(200))]

    #[test]
    fn valid_directories_survive_a_write_read_round_trip(d in valid_directory()) {
        let pretty = serde_json::to_string_pretty(&d).unwrap();
        let read = directory::parse(&pretty);
        prop_assert_eq!(read.as_ref(), Ok(&d), "{}", pretty);
        let compact = serde_json::to_vec(&d).unwrap();
        let loaded = check_bytes(&compact);
        prop_assert_eq!(loaded.as_ref(), Some(&d));
    }
}

#[test]
fn valid_fixtures_survive_a_write_read_round_trip() {
    let root = fixture("");
    let mut checked = 0;
    for sub in ["valid", "venue"] {
        for entry in std::fs::read_dir(root.join(sub)).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let Ok(d) = directory::parse(&text) else {
                continue; // venue/ holds a few deliberately unroutable ones
            };
            let again = directory::parse(&serde_json::to_string_pretty(&d).unwrap());
            assert_eq!(again, Ok(d));
            checked += 1;
        }
    }
    assert!(checked >= 6, "only {checked} valid fixtures");
}
