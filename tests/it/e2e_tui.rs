//! End-to-end: the real binary in a pseudo-terminal, read through a VT100
//! emulator. These tests are what a person at the event would do.

use crate::common::pty::{Launch, Session};

#[test]
fn typing_an_accent_free_name_finds_the_accented_organisation_and_quits_cleanly() {
    let mut app = Session::start(Launch::default());
    app.wait_for("Assises sociales");
    app.search("medecins du mond");
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
    app.quit();
}

#[test]
fn croix_rouge_without_hyphen_is_found_in_the_organisations_list() {
    let mut app = Session::start(Launch::default());
    app.wait_for("Assises sociales");
    app.send("\t"); // Organisations
    app.search("croix rouge");
    app.wait_for("Croix-Rouge");
    app.quit();
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

/// Every SGR sequence (`ESC [ … m`) in `raw`, as its parameter string.
fn sgr_parameters(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    let mut found = Vec::new();
    let mut rest = text.as_ref();
    while let Some(start) = rest.find("\x1b[") {
        let after = &rest[start + 2..];
        let end = after
            .find(|c: char| !(c.is_ascii_digit() || c == ';' || c == ':'))
            .unwrap_or(after.len());
        if after[end..].starts_with('m') {
            found.push(after[..end].to_string());
        }
        rest = &after[end..];
    }
    found
}

#[test]
fn under_no_color_the_terminal_receives_no_colour_at_all() {
    let mut app = Session::start(Launch {
        env: &[("NO_COLOR", "1")],
        ..Launch::default()
    });
    app.wait_for("Assises sociales");
    app.search("croix");
    app.wait_for("Croix-Rouge");
    app.send("\t\t\t"); // the plan, the most colourful screen
    app.wait_for("Plan");
    app.quit();
    let sgr = sgr_parameters(&app.raw_output());
    assert!(!sgr.is_empty(), "the app styles its text");
    // Colours are parameters 30–49 and 90–107 (with 38/48 for 256 and RGB).
    let coloured: Vec<&String> = sgr
        .iter()
        .filter(|p| {
            p.split([';', ':'])
                .any(|n| matches!(n.parse::<u32>(), Ok(30..=49 | 90..=107)))
        })
        .collect();
    assert!(coloured.is_empty(), "colour sequences sent: {coloured:?}");
    // Reverse video (7) is how the selection shows without colour.
    assert!(
        sgr.iter().any(|p| p.split(';').any(|n| n == "7")),
        "no reverse video: {sgr:?}"
    );
}

/// A large directory: the first frame comes before the search index, which
/// is built on a worker thread while the lists say how far it is; what is
/// typed meanwhile is kept and searched once the index is ready.
#[test]
fn a_large_directory_is_on_screen_before_its_index_and_typing_meanwhile_is_kept() {
    let directory = maillage::generate::generate(20_000, 3);
    let wanted = directory.stands[12_345].number.to_string();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fair.json");
    std::fs::write(&file, serde_json::to_string(&directory).unwrap()).unwrap();
    drop(directory);

    let mut app = Session::start(Launch {
        args: &["--data", file.to_str().unwrap()],
        ..Launch::default()
    });
    // Typed at once, before the index can be ready (a debug build indexes
    // 20,000 stands in well over the time the first frame takes).
    app.type_text(&wanted);
    let screen = app.wait_until("the stand typed, found once indexed", |s| {
        !s.contains("indexing…") && s.lines().any(|l| l.contains(&format!("│ {wanted} ")))
    });
    assert!(screen.contains(&format!("Search: {wanted}")), "{screen}");
    let raw = String::from_utf8_lossy(&app.raw_output()).into_owned();
    assert!(raw.contains("indexing…"), "the progress was never shown");
    app.quit();
}

/// The People tab: a few letters of a surname find the person; Enter opens
/// their detail and Enter again their organisation's.
#[test]
fn a_person_found_by_a_few_letters_in_the_people_tab_leads_to_their_organisation() {
    let mut app = Session::start(Launch::default());
    app.wait_for("Assises sociales");
    app.send("\t\t"); // Stands, Organisations, People
    app.wait_for("┌ People");
    app.search("skrij");
    app.wait_until("only Edvard Skrijelj listed", |s| {
        s.contains("People 1/4") && s.contains("Edvard Skrijelj — directeur adjoint")
    });
    app.send("\r");
    app.wait_until("his detail, his organisation as a link", |s| {
        s.contains("› Inter-Actions") && s.contains("› A4")
    });
    app.send("\r");
    app.wait_until("the organisation's detail", |s| {
        s.contains("https://inter-actions.lu") && s.contains("Esc: back (1)")
    });
    app.quit();
}
