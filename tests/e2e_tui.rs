//! End-to-end: the real binary in a pseudo-terminal, read through a VT100
//! emulator. These tests are what a person at the event would do.

mod common;

use common::pty::{Launch, Session, assert_terminal_restored};

#[test]
fn typing_an_accent_free_name_finds_the_accented_organisation_and_quits_cleanly() {
    let mut app = Session::start(Launch::default());
    app.wait_for("Assises sociales");
    app.type_text("medecins du mond");
    let screen = app.wait_for("Médecins du monde");
    assert!(screen.contains("Médecins"), "{screen}");

    // Enter moves into the stand's detail; Enter again follows the link to
    // its organisation, whose detail shows the website.
    app.send("\r");
    app.wait_for("Stand B6");
    app.send("\r");
    app.wait_for("medecinsdumonde.lu");
    // Esc goes back to the stand.
    app.send("\x1b");
    app.wait_until("the stand's detail again", |s| {
        s.contains("Stand B6") && !s.contains("medecinsdumonde.lu")
    });

    // Ctrl-C always quits.
    app.send("\x03");
    assert_eq!(app.wait_exit(), 0);
    assert_terminal_restored(&app);
}

#[test]
fn croix_rouge_without_hyphen_is_found_in_the_organisations_list() {
    let mut app = Session::start(Launch::default());
    app.wait_for("Assises sociales");
    app.send("\t"); // Organisations
    app.type_text("croix rouge");
    app.wait_for("Croix-Rouge");
    app.send("\x03");
    assert_eq!(app.wait_exit(), 0);
    assert_terminal_restored(&app);
}

#[test]
fn an_invalid_directory_is_reported_without_touching_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        "{\n  \"format\": \"maillage-directory\",\n  oops\n}\n",
    )
    .unwrap();
    let mut app = Session::start(Launch {
        args: &["--data", bad.to_str().unwrap()],
        ..Launch::default()
    });
    assert_eq!(app.wait_exit(), 1);
    let raw = String::from_utf8_lossy(&app.raw_output()).into_owned();
    assert!(raw.contains("bad.json:3:3:"), "{raw:?}");
    assert!(
        !raw.contains("\x1b[?1049h"),
        "entered the alternate screen: {raw:?}"
    );
}
