//! End-to-end: a person can type anywhere without fear. Words typed in a
//! stand's detail, on the Plan and in "My visit" change nothing on disk and
//! leave the app running; every change is said and can be undone (a deleted
//! note too); Ctrl-C quits from every dialog, asking first only when a note
//! form holds unsaved text.

use std::path::Path;

use crate::common::cli::{Run, maillage_in, stdout};
use crate::common::pty::{Launch, Session, assert_terminal_restored};

const ALT_S: &str = "\x1bs";
const ALT_H: &str = "\x1bh";
const ALT_N: &str = "\x1bn";
const ALT_D: &str = "\x1bd";
const CTRL_C: &str = "\x03";
const CTRL_Z: &str = "\x1a";
const SHIFT_TAB: &str = "\x1b[Z";
const F1: &str = "\x1bOP";
const F2: &str = "\x1bOQ";
const F9: &str = "\x1b[20~";
const ESC: &str = "\x1b";

fn start(config: &Path, env: &[(&str, &str)]) -> Session {
    let app = Session::start(Launch {
        cols: 100,
        rows: 30,
        config_dir: Some(config),
        env,
        ..Launch::default()
    });
    app.wait_for("Assises sociales");
    app
}

/// The notes file and the plan file as they are on disk now.
fn saved(config: &Path) -> (String, String) {
    let read = |name: &str| std::fs::read_to_string(config.join(name)).unwrap_or_default();
    (read("notes.json"), read("plan.json"))
}

/// A folder with a note on someone met at stand A1, and stand A1 starred.
fn config_with_a_note_and_a_star() -> tempfile::TempDir {
    let config = tempfile::tempdir().unwrap();
    maillage_in(config.path())
        .args(["notes", "add", "--name", "Ada Example", "--stand", "A1"])
        .run_ok();
    let mut app = start(config.path(), &[]);
    app.search("A1");
    app.send(ALT_S);
    app.wait_for("Stand A1 starred");
    app.quit();
    config
}

/// The search line, as drawn.
fn search_line(screen: &str) -> &str {
    screen
        .lines()
        .find(|l| l.starts_with("Search: "))
        .unwrap_or_default()
}

#[test]
fn words_typed_in_a_stands_detail_are_searched_and_change_nothing() {
    let config = config_with_a_note_and_a_star();
    let before = saved(config.path());
    assert!(before.1.contains("\"A1\""), "A1 starred: {}", before.1);
    let mut app = start(config.path(), &[]);
    for word in ["sante", "nourrissons", "quartier"] {
        app.search("A1");
        app.send("\r");
        let detail = app.wait_for("Your notes");
        assert!(detail.contains("Stand A1"), "{detail}");
        // `s` would have starred, `n` opened the note form, `q` quit.
        app.type_text(word);
        let screen = app.wait_for(&format!("Search: A1{word}"));
        assert!(!screen.contains("New note"), "no note form:\n{screen}");
        assert_eq!(saved(config.path()), before, "nothing saved after {word}");
        app.send(ESC); // Clears the search for the next word.
        app.wait_for("Stands 15/15");
    }
    // Still running: Ctrl-C is what quits.
    app.quit();
    assert_eq!(saved(config.path()), before);
}

#[test]
fn hotesse_typed_on_the_plan_moves_nothing_and_says_how_to_search() {
    let config = tempfile::tempdir().unwrap();
    let mut app = start(config.path(), &[]);
    app.search("B4");
    app.send(ALT_H);
    app.wait_for("You are here: stand B4.");
    app.send("\t\t\t\t"); // Organisations, People, Programme, then the Plan.
    let plan = app.wait_for("Plan — Grande salle");
    assert!(plan.contains("/ to search"), "{plan}");
    let before = saved(config.path());
    assert!(before.1.contains("\"stand\": \"B4\""), "{}", before.1);
    // `h` set "you are here", `e` reset it, `s` starred: no longer.
    app.type_text("hotesse");
    let screen = app.wait_for("Letters are commands here: / to search");
    assert_eq!(saved(config.path()), before, "the plan file is untouched");
    assert!(screen.contains("Plan — Grande salle"), "{screen}");
    assert!(screen.contains("You are here: Stand B4"), "{screen}");
    assert_eq!(search_line(&screen).split_whitespace().nth(1), Some("B4"));
    // `/` goes to the search of the Stands list, where letters type.
    app.send("/");
    app.type_text("x");
    app.wait_for("Search: B4x");
    app.quit();
}

#[test]
fn sante_typed_in_my_visit_keeps_the_starred_stand() {
    let config = tempfile::tempdir().unwrap();
    let mut app = start(config.path(), &[("LANG", "fr_FR.UTF-8")]);
    app.search("C3");
    app.send(ALT_S);
    app.wait_for("Stand C3 ajouté à ma visite");
    app.send("\t\t\t\t\t"); // Organisations, People, Programme, Plan, Ma visite.
    app.wait_for("1. ★ C3");
    let before = saved(config.path());
    // `s` unstarred the stand under the cursor, `e` reset "you are here";
    // `u` undid the last change (the star).
    app.type_text("sante");
    app.wait_for("Ici, les lettres sont des commandes");
    app.type_text("bonjour");
    let screen = app.wait_for("Ici, les lettres sont des commandes");
    assert_eq!(saved(config.path()), before, "the plan file is untouched");
    assert!(screen.contains("1. ★ C3"), "still in the tour:\n{screen}");
    assert!(!screen.contains("Annulé"), "nothing undone:\n{screen}");
    assert!(screen.contains("/ pour chercher"), "{screen}");
    app.send("q"); // Where letters are commands, q quits.
    assert_eq!(app.wait_exit(), 0);
    assert_terminal_restored(&app);
}

#[test]
fn a_star_and_a_deleted_note_are_undone_and_said() {
    let config = tempfile::tempdir().unwrap();
    maillage_in(config.path())
        .args([
            "notes",
            "add",
            "--name",
            "Ada Example",
            "--text",
            "Met at A1",
        ])
        .run_ok();
    let mut app = start(config.path(), &[]);
    app.search("A1");
    app.send(ALT_S);
    app.wait_for("★ Stand A1 starred (to visit).");
    assert!(saved(config.path()).1.contains("\"on\": true"));
    app.send(CTRL_Z);
    app.wait_for("Undone: ★ Stand A1 starred (to visit).");
    let plan = saved(config.path()).1;
    assert!(!plan.contains("\"on\": true"), "unstarred on disk:\n{plan}");

    app.send(SHIFT_TAB); // Notes, the last tab.
    app.wait_for("Ada Example");
    app.send("\r");
    app.wait_for("Met at A1");
    app.send(ALT_D);
    app.wait_for("Delete the note on Ada Example?");
    app.send("y");
    app.wait_for("Note deleted. Ctrl-Z brings it back.");
    assert!(!saved(config.path()).0.contains("Ada Example"), "deleted");
    app.send(CTRL_Z);
    let screen = app.wait_for("Undone: Note deleted.");
    assert!(screen.contains("Notes 1/1"), "{screen}");
    assert!(saved(config.path()).0.contains("Met at A1"), "back on disk");
    app.send(CTRL_Z);
    app.wait_for("Nothing to undo.");
    app.quit();
    // Another run (and the CLI) sees it.
    let listed = maillage_in(config.path()).args(["notes", "list"]).run_ok();
    assert!(
        stdout(&listed).contains("Ada Example"),
        "{}",
        stdout(&listed)
    );
}

/// Opens a dialog with `open`, waits for `shown`, and checks Ctrl-C quits
/// at once, giving the terminal back.
fn ctrl_c_quits_from(config: &Path, open: &[&str], shown: &str) {
    let mut app = start(config, &[]);
    for keys in open {
        app.send(keys);
    }
    app.wait_for(shown);
    app.quit();
}

#[test]
fn ctrl_c_quits_from_every_dialog_and_asks_only_for_unsaved_text() {
    let config = tempfile::tempdir().unwrap();
    maillage_in(config.path())
        .args(["notes", "add", "--name", "Ada Example"])
        .run_ok();
    ctrl_c_quits_from(config.path(), &[F1], "close help");
    ctrl_c_quits_from(config.path(), &[F2], "Filter by theme");
    ctrl_c_quits_from(config.path(), &[SHIFT_TAB, ALT_D], "Please confirm");
    ctrl_c_quits_from(config.path(), &[ALT_N], "New note");
    ctrl_c_quits_from(config.path(), &["\t\t\t\t"], "Plan — Grande salle");

    // A form with text: Ctrl-C asks first, and a second Ctrl-C is a yes.
    let mut app = start(config.path(), &[]);
    app.send(ALT_N);
    app.wait_for("New note");
    app.type_text("Bruno");
    app.send(CTRL_C);
    app.wait_for("Quit and throw away the changes made in this form?");
    app.send("n");
    app.wait_until("the question closed", |s| !s.contains("Please confirm"));
    // Esc asks whether to throw the text away; Ctrl-C then asks to quit.
    app.send(ESC);
    app.wait_for("Throw away the changes made in this form?");
    app.send(CTRL_C);
    app.wait_for("Quit and throw away the changes made in this form?");
    app.quit();

    // An unreadable notes file: the question before setting it aside.
    std::fs::write(config.path().join("notes.json"), "{ not json").unwrap();
    ctrl_c_quits_from(config.path(), &[F9], "Set the unreadable notes file aside");
    std::fs::remove_file(config.path().join("notes.json")).unwrap();
    std::fs::write(config.path().join("plan.json"), "{ not json").unwrap();
    ctrl_c_quits_from(config.path(), &[F9], "Set the unreadable plan file aside");
    assert_eq!(
        std::fs::read_to_string(config.path().join("plan.json")).unwrap(),
        "{ not json",
        "left as it was"
    );
}
