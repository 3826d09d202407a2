//! End-to-end: the plan in a real pseudo-terminal at 100 × 30, with a
//! private configuration folder. Select a stand, ask for the way, read the
//! directions; star it, and find it again in `maillage plan`.

use crate::common::cli::{Run, maillage_in, stdout};
use crate::common::pty::{Launch, Session, assert_terminal_restored};

/// F3 as xterm sends it.
const F3: &str = "\x1bOR";

#[test]
fn select_a_stand_ask_for_the_way_and_read_the_directions() {
    let config = tempfile::tempdir().unwrap();
    let mut app = Session::start(Launch {
        cols: 100,
        rows: 30,
        config_dir: Some(config.path()),
        ..Launch::default()
    });
    app.wait_for("Assises sociales");
    app.search("B4");
    app.wait_for("Microlux");
    // The detail says how to get there...
    app.send("\r");
    app.wait_for("How to get there");
    let screen = app.wait_for("From the main entrance, walk 12 m");
    assert!(screen.contains("16 m, about 15 s on foot"), "{screen}");
    // ...and F3 shows it on the plan, with the route and the words.
    app.send(F3);
    let screen = app.wait_for("Route to stand B4: 16 m");
    assert!(screen.contains("From the main entrance, walk"), "{screen}");
    assert!(screen.contains("stand B4 is on"), "{screen}");
    assert!(screen.contains("•••"), "the route is drawn:\n{screen}");
    for number in ["A1", "A6", "C3"] {
        assert!(screen.contains(number), "{number} on the plan:\n{screen}");
    }
    // "I am at this stand": the route to it is now nothing at all.
    app.send("\x1bh"); // Alt-h: a bare `h` changes nothing on the plan
    app.wait_for("You are here: Stand B4");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    assert_terminal_restored(&app);
}

#[test]
fn stars_set_in_the_tui_are_printed_by_maillage_plan() {
    let config = tempfile::tempdir().unwrap();
    let mut app = Session::start(Launch {
        cols: 100,
        rows: 30,
        config_dir: Some(config.path()),
        env: &[("LANG", "fr_FR.UTF-8")],
        ..Launch::default()
    });
    app.wait_for("Assises sociales");
    app.search("C3");
    app.wait_for("1/15");
    app.send("\x1bs"); // Alt-s stars from the list: `s` would be typed.
    app.wait_for("★C3");
    app.send("\x1b"); // Esc clears the search.
    app.wait_for("15/15");
    app.search("A6");
    app.wait_for("1/15");
    app.send("\r");
    app.wait_for("Depuis l'entrée principale");
    app.send("\x1bs"); // In the detail too, Alt-s stars (`s` would be typed).
    app.wait_for("★ à visiter"); // The French interface.
    app.quit();

    let out = maillage_in(config.path())
        .args(["plan"])
        .env("LANG", "fr_FR.UTF-8")
        .run_ok();
    let text = stdout(&out);
    assert!(
        text.starts_with("Votre visite depuis : Entrée principale"),
        "{text}"
    );
    let c3 = text.find("★ C3").expect("C3 in the tour");
    let a6 = text.find("★ A6").expect("A6 in the tour");
    assert!(c3 < a6, "C3 is nearer the entrance:\n{text}");
}
