//! One notebook across events: notes taken with one edition's directory,
//! found with the next edition's (the CLI here; the TUI in a pty below).
//! The two directories are written by `common::editions`.

use std::path::Path;

use crate::common::cli::{Run, maillage_in, stderr, stdout};
use crate::common::editions::{EVENT_2022, EVENT_2023, write_two_editions};
use crate::common::pty::{Launch, Session};

/// `maillage --data DATA notes ARGS…` with its notes in `config`.
fn notes(config: &Path, data: &Path, args: &[&str]) -> std::process::Command {
    let mut command = maillage_in(config);
    command.arg("--data").arg(data).arg("notes").args(args);
    command
}

/// Adds a note with the directory `data`; returns its id.
fn add(config: &Path, data: &Path, args: &[&str]) -> String {
    let out = notes(config, data, &[&["add"], args].concat()).run_ok();
    stdout(&out).trim().to_string()
}

/// Three notes taken at the 2022 edition: about an organisation that kept
/// its id, one that changed it, and one that changed id and name.
fn notes_of_2022(config: &Path, first: &Path) -> [String; 3] {
    [
        add(
            config,
            first,
            &[
                "--name",
                "Élise Dupont",
                "--org",
                "Croix-Rouge",
                "--role",
                "infirmière",
                "--follow-up",
            ],
        ),
        add(
            config,
            first,
            &["--name", "Luc Fictif", "--org", "Wunnéngshëllef"],
        ),
        add(
            config,
            first,
            &["--name", "Jo Strooss", "--org", "Stëmm vun der Strooss"],
        ),
    ]
}

fn lines(out: &std::process::Output) -> Vec<String> {
    stdout(out).lines().map(String::from).collect()
}

#[test]
fn notes_of_the_last_edition_are_listed_and_exported_on_request() {
    let folder = tempfile::tempdir().unwrap();
    let (first, second) = write_two_editions(folder.path());
    let config = tempfile::tempdir().unwrap();
    let config = config.path();
    let [elise, ..] = notes_of_2022(config, &first);

    // The default stays the loaded directory's event.
    assert!(lines(&notes(config, &second, &["list"]).run_ok()).is_empty());
    assert_eq!(lines(&notes(config, &first, &["list"]).run_ok()).len(), 3);

    let all = lines(&notes(config, &second, &["list", "--all-events"]).run_ok());
    assert_eq!(all.len(), 3, "{all:?}");
    assert!(
        all.iter().all(|l| l.ends_with(&format!("\t{EVENT_2022}"))),
        "{all:?}"
    );
    assert!(
        all.iter()
            .any(|l| l.starts_with(&elise) && l.contains("Élise Dupont"))
    );

    let of_2022 = lines(&notes(config, &second, &["list", "--event", EVENT_2022]).run_ok());
    assert_eq!(of_2022.len(), 3, "{of_2022:?}");
    let follow_ups = notes(config, &second, &["list", "--all-events", "--follow-up"]).run_ok();
    assert_eq!(lines(&follow_ups).len(), 1, "Élise's follow-up");

    let json = |args: &[&str]| {
        let out = notes(
            config,
            &second,
            &[&["export", "--format", "json"], args].concat(),
        )
        .run_ok();
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let count = |v: &serde_json::Value| v["notes"].as_array().map_or(0, Vec::len);
    assert_eq!(count(&json(&[])), 0, "this event's: none");
    assert_eq!(count(&json(&["--all-events"])), 3);
    assert_eq!(count(&json(&["--event", EVENT_2022])), 3);

    // Both at once is a usage error.
    let both = notes(
        config,
        &second,
        &["list", "--all-events", "--event", EVENT_2022],
    )
    .run();
    assert_eq!(both.status.code(), Some(2), "{}", stderr(&both));
}

#[test]
fn a_note_moved_or_tied_to_no_event_shows_where_it_should() {
    let folder = tempfile::tempdir().unwrap();
    let (first, second) = write_two_editions(folder.path());
    let config = tempfile::tempdir().unwrap();
    let config = config.path();
    let [elise, luc, _] = notes_of_2022(config, &first);

    // Tied to no event: in every event's list.
    let out = notes(config, &second, &["move", &elise, "--no-event"]).run_ok();
    assert!(
        stderr(&out).contains("tied to no event"),
        "{}",
        stderr(&out)
    );
    let listed = lines(&notes(config, &second, &["list"]).run_ok());
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(listed[0].starts_with(&elise));
    assert_eq!(lines(&notes(config, &first, &["list"]).run_ok()).len(), 3);
    let all = lines(&notes(config, &second, &["list", "--all-events"]).run_ok());
    assert!(
        all[0].starts_with(&elise) && all[0].ends_with('\t'),
        "first, no event: {all:?}"
    );

    // Moved to 2023: gone from 2022's list, in 2023's.
    let out = notes(config, &first, &["move", &luc, "--event", EVENT_2023])
        .env("LANG", "fr_FR.UTF-8")
        .run_ok();
    assert!(
        stderr(&out).contains("note « Luc Fictif » rangée dans assises-2023"),
        "{}",
        stderr(&out)
    );
    assert_eq!(lines(&notes(config, &second, &["list"]).run_ok()).len(), 2);
    assert_eq!(lines(&notes(config, &first, &["list"]).run_ok()).len(), 2);

    // An unknown note, or no destination: refused, nothing written.
    let before = std::fs::read(config.join("notes.json")).unwrap();
    let unknown = notes(config, &second, &["move", "no-such-id", "--no-event"]).run();
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        stderr(&unknown).contains("no-such-id"),
        "{}",
        stderr(&unknown)
    );
    let nowhere = notes(config, &second, &["move", &luc]).run();
    assert_eq!(nowhere.status.code(), Some(2), "{}", stderr(&nowhere));
    assert_eq!(std::fs::read(config.join("notes.json")).unwrap(), before);
}

const ALT_A: &str = "\x1ba";

/// Enter: the first result's detail takes the keyboard (the detail pane
/// shows it before: wait for the detail's keys).
fn open_first(app: &mut Session) {
    app.send("\r");
    app.wait_until("the detail's keys", |s| s.contains("Esc  back"));
}

/// Esc from a detail to its list, Esc again to clear the search (a key
/// sent right after an Esc would read as Alt-that-key).
fn back_to_an_empty_search(app: &mut Session) {
    app.send("\x1b");
    app.wait_until("the list's keys", |s| s.contains("Esc  clear"));
    app.send("\x1b");
    app.wait_until("an empty search", |s| {
        s.lines().any(|l| l.starts_with("Search: type to search"))
    });
}
const SHIFT_TAB: &str = "\x1b[Z";

#[test]
fn the_app_shows_last_editions_notes_in_details_and_with_alt_a() {
    let folder = tempfile::tempdir().unwrap();
    let (first, second) = write_two_editions(folder.path());
    let config = tempfile::tempdir().unwrap();
    notes_of_2022(config.path(), &first);

    let data = second.to_str().unwrap();
    let mut app = Session::start(Launch {
        args: &["--data", data],
        config_dir: Some(config.path()),
        ..Launch::default()
    });
    app.wait_for("Assises sociales 2023");
    // An organisation back under another id and another name: its detail
    // lists what was noted about it at the 2022 edition.
    app.send("\t"); // Organisations
    app.search("Stëmm");
    open_first(&mut app);
    app.wait_for(&format!("{EVENT_2022} · Jo Strooss"));
    // The same id: found by id.
    back_to_an_empty_search(&mut app);
    app.search("Croix");
    open_first(&mut app);
    app.wait_for(&format!("{EVENT_2022} · Élise Dupont, infirmière (to do)"));

    // The Notes tab: this event's notes (none), then every event's.
    back_to_an_empty_search(&mut app);
    app.send(SHIFT_TAB);
    app.wait_for("┌ Stands");
    app.send(SHIFT_TAB); // Notes, the last tab
    let screen = app.wait_for("No notes");
    assert!(
        screen.contains("Alt-a  all events"),
        "the hint bar says the key: {screen}"
    );
    app.send(ALT_A);
    let screen = app.wait_for("Notes · all events");
    for name in ["Élise Dupont", "Luc Fictif", "Jo Strooss"] {
        assert!(screen.contains(&format!("{EVENT_2022} · ")), "{screen}");
        assert!(screen.contains(name), "{name}: {screen}");
    }
    // Search works across events too.
    app.search("Luc");
    let screen = app.wait_until("only Luc", |s| !s.contains("Jo Strooss"));
    assert!(screen.contains("Luc Fictif"), "{screen}");
    app.send("\x15");
    app.send(ALT_A);
    app.wait_for("No notes");
    app.quit();
}
