//! The Programme tab end to end: the real binary in a pseudo-terminal, on a
//! fixture with a programme (`tests/fixtures/valid/tui-programme.json`).
//! Its snapshots and app tests are unit tests (`src/tui/programme/tests.rs`),
//! where the clock can be pinned.

use crate::common::fixtures::fixture_arg;
use crate::common::pty::{Launch, Session};

#[test]
fn the_programme_tab_finds_a_talk_by_part_of_a_speakers_name_and_opens_it() {
    let data = fixture_arg("valid/tui-programme.json");
    let mut app = Session::start(Launch {
        args: &["--data", &data, "--lang", "en"],
        ..Launch::default()
    });
    app.wait_for("Programme 5/5");
    // Stands, Organisations, People, then the Programme.
    app.send("\t\t\t");
    app.wait_for("Thursday 17 November 2022");
    app.type_text("luc fict");
    app.wait_until("the talk found", |s| {
        s.contains("Programme 1/5") && s.contains("Logement abordable")
    });
    app.send("\r");
    let screen = app.wait_for("Speakers");
    assert!(screen.contains("Salle 2"), "{screen}");
    assert!(screen.contains("Marie Exemple"), "{screen}");
    // Enter follows the first link: the speaker, whose detail lists the talk.
    app.send("\r");
    app.wait_until("the speaker's detail", |s| {
        s.contains("chargé de projet (fictif)") && s.contains("Talks")
    });
    app.quit();
}
