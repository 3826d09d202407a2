//! Hostile directory data never controls the terminal.
//!
//! `tests/fixtures/hostile/hostile.json` (made by `make_hostile.py` beside it)
//! is a valid directory whose names, titles and descriptions hold ESC
//! sequences (colour, clear screen, cursor moves, window title, clipboard,
//! DCS), the bell, C1 controls (8-bit CSI and OSC, NEL), bidi overrides,
//! zero-width characters and a 10,000-character description. The real binary
//! runs in a pseudo-terminal on it; every byte it writes is checked.

use std::path::Path;

use crate::common::cli::{Run, maillage_in};
use crate::common::fixtures::fixture_arg;
use crate::common::pty::{Launch, Session};

fn hostile() -> String {
    fixture_arg("hostile/hostile.json")
}

/// Sequences from the data that must never reach the terminal as they are.
/// (The app's own output uses none of them: its colours are `38;5;N`, it
/// never rings the bell or sets a title. Its own `ESC [0m` reset is allowed.)
const FORBIDDEN: &[(&str, &[u8])] = &[
    ("the window-title OSC", b"\x1b]0;"),
    ("the clipboard OSC 52", b"\x1b]52;"),
    ("a DCS", b"\x1bP"),
    ("the bell", b"\x07"),
    ("the data's red colour", b"\x1b[31m"),
    ("the data's clear + home", b"\x1b[2J\x1b[H"),
    ("the data's cursor moves", b"\x1b[10;10H"),
    ("the data's cursor up", b"\x1b[5A"),
    ("U+202E right-to-left override", "\u{202e}".as_bytes()),
    ("U+2066 left-to-right isolate", "\u{2066}".as_bytes()),
    ("U+200B zero-width space", "\u{200b}".as_bytes()),
    ("U+200D zero-width joiner", "\u{200d}".as_bytes()),
    ("U+FEFF zero-width no-break space", "\u{feff}".as_bytes()),
];

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Asserts `bytes` carry none of the data's control sequences, no C1
/// control (raw 8-bit, or UTF-8 encoded U+0080–U+009F) and no invisible
/// reordering characters.
fn assert_no_hostile_bytes(what: &str, bytes: &[u8]) {
    for (name, needle) in FORBIDDEN {
        if let Some(at) = find(bytes, needle) {
            let from = at.saturating_sub(40);
            let context = String::from_utf8_lossy(&bytes[from..(at + 40).min(bytes.len())]);
            panic!("{what}: {name} reached the terminal at byte {at}: …{context:?}…");
        }
    }
    let text = std::str::from_utf8(bytes).unwrap_or_else(|e| {
        panic!("{what}: output is not UTF-8 (a raw 8-bit control?): {e}");
    });
    if let Some(c) = text.chars().find(|c| ('\u{80}'..='\u{9f}').contains(c)) {
        panic!("{what}: C1 control U+{:04X} reached the terminal", c as u32);
    }
}

/// Asserts plain command output has no control character but newline/tab.
fn assert_printable(what: &str, bytes: &[u8]) {
    assert_no_hostile_bytes(what, bytes);
    let text = String::from_utf8_lossy(bytes);
    if let Some(c) = text
        .chars()
        .find(|&c| c.is_control() && c != '\n' && c != '\t')
    {
        panic!("{what}: control U+{:04X} in {text:?}", c as u32);
    }
}

#[test]
fn hostile_names_and_descriptions_are_shown_as_placeholders_only() {
    let hostile = hostile();
    let mut app = Session::start(Launch {
        args: &["--data", &hostile],
        ..Launch::default()
    });
    // The list: the stand numbers and names, escapes shown as ␛.
    app.wait_for("H1");
    app.wait_for("␛[31mRouge␛[0m");

    // Search, open the stand, follow its link to the organisation.
    app.search("rouge");
    app.wait_for("␛[31mRouge");
    app.send("\r");
    app.wait_for("Enter  follow");
    // C1 controls become U+FFFD, which the emulator does not draw: the raw
    // bytes are checked for it at the end.
    app.wait_for("Hall ␛[31mrouge␛[0m31m");
    app.send("\r");
    app.wait_for("Clears the screen ␛[2J␛[H and moves ␛[10;10H␛[5A");
    app.wait_for("https://example.org/␛]0;pwned␇");
    back_to_the_list(&mut app);

    // The stand of two organisations: window title, clipboard, C1 controls.
    app.send("\x15"); // Ctrl-U clears the search
    app.wait_for("Stands 3/3");
    app.search("H2");
    app.wait_for("Titre ␛]0;pwned␇volé");
    app.send("\r");
    app.wait_for("Enter  follow");
    app.wait_for("Huit bits 31mCSI0;c1-titlefin");

    // The organisations tab: the 10,000-character description, scrolled.
    back_to_the_list(&mut app);
    app.send("\x15");
    app.wait_for("Stands 3/3");
    app.send("\t");
    app.search("bidi");
    app.wait_for("Bidi txet desrever zerowidth");
    app.send("\r");
    app.wait_for("Enter  follow");
    app.wait_for("Dix mille caractères ␛[31mrouge␛[0m");
    app.wait_for("àrebours.");
    for _ in 0..30 {
        app.send("\x1b[6~"); // Page Down
    }
    app.wait_for("Dix mille");
    app.send("\x1bOP"); // F1: `?` would be typed, the search is not empty
    app.wait_for("close help");
    app.send("q");
    app.wait_until("help closed", |s| !s.contains("close help"));
    app.quit();

    let raw = app.raw_output();
    assert!(raw.len() > 10_000, "the app drew the screens");
    assert_no_hostile_bytes("the TUI", &raw);
    for placeholder in [
        "rouge␛[0m\u{fffd}31m",
        "Huit bits \u{fffd}31mCSI\u{fffd}0;c1-title",
    ] {
        assert!(
            find(&raw, placeholder.as_bytes()).is_some(),
            "{placeholder:?} not drawn"
        );
    }
}

/// Esc until the list has the keyboard again. One Esc at a time, each
/// waited for: Esc keys sent together read as one escape sequence.
fn back_to_the_list(app: &mut Session) {
    for _ in 0..5 {
        let before = app.wait_settled();
        if !before.contains("Enter  follow") {
            return;
        }
        app.send("\x1b");
        app.wait_until("Esc to take effect", |s| s != before);
    }
    panic!("Esc never went back to the list:\n{}", app.wait_settled());
}

fn maillage(args: &[&str], config: &Path) -> Vec<u8> {
    let out = maillage_in(config)
        .args(["--data", &hostile()])
        .args(args)
        .run_ok();
    assert_printable(&format!("stderr of {args:?}"), &out.stderr);
    out.stdout
}

#[test]
fn command_output_on_hostile_data_holds_no_control_character() {
    let config = tempfile::tempdir().unwrap();
    let config = config.path();
    for query in ["rouge", "titre", "huit", "bidi", "bell", "H", "e"] {
        let out = maillage(&["search", query], config);
        assert!(!out.is_empty(), "search {query} found something");
        assert_printable(&format!("search {query}"), &out);
        let json = maillage(&["search", "--json", query], config);
        assert_no_hostile_bytes(&format!("search --json {query}"), &json);
        serde_json::from_slice::<serde_json::Value>(&json).expect("still JSON");
    }
    let out = maillage(&["search", "rouge"], config);
    assert!(String::from_utf8_lossy(&out).contains("␛[31mRouge"));

    for (from, to) in [("H1", "H2"), ("entrance", "H2"), ("Huit", "H1")] {
        let out = maillage(&["route", from, to], config);
        assert_printable(&format!("route {from} {to}"), &out);
        let json = maillage(&["route", "--json", from, to], config);
        assert_no_hostile_bytes(&format!("route --json {from} {to}"), &json);
        serde_json::from_slice::<serde_json::Value>(&json).expect("still JSON");
    }

    // Notes that link the hostile organisations, then list them.
    for org in ["red", "title", "Huit", "bidi"] {
        maillage(
            &["notes", "add", "--name", "Quelqu'un", "--org", org],
            config,
        );
    }
    let list = maillage(&["notes", "list"], config);
    assert_eq!(String::from_utf8_lossy(&list).lines().count(), 4);
    assert_printable("notes list", &list);
    let json = maillage(&["notes", "list", "--json"], config);
    assert_no_hostile_bytes("notes list --json", &json);

    // An export printed on a terminal is shown safely; piped, it is exact.
    for format in ["csv", "vcard", "md", "json"] {
        let mut shown = Session::start(Launch {
            args: &["--data", &hostile(), "notes", "export", "--format", format],
            config_dir: Some(config),
            ..Launch::default()
        });
        assert_eq!(shown.wait_exit(), 0, "export {format}");
        let raw = shown.raw_output();
        assert!(find(&raw, b"Quelqu'un").is_some(), "export {format} shown");
        assert_no_hostile_bytes(&format!("export --format {format} on a terminal"), &raw);
    }
    let piped = maillage(&["notes", "export", "--format", "csv"], config);
    assert!(find(&piped, "Huit bits \u{9b}31mCSI".as_bytes()).is_some());
}
