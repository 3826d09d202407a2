//! End-to-end notes: the real binary in a pseudo-terminal, with its notes in
//! a temporary folder (`MAILLAGE_CONFIG_DIR`).

use crate::common::cli::{Run, maillage_in};
use crate::common::pty::{Launch, Session};

const ALT_N: &str = "\x1bn";
const CTRL_S: &str = "\x13";
const CTRL_O: &str = "\x0f";
const SHIFT_TAB: &str = "\x1b[Z";

fn start(config: &std::path::Path, env: &[(&str, &str)]) -> Session {
    let app = Session::start(Launch {
        config_dir: Some(config),
        env,
        ..Launch::default()
    });
    app.wait_for("Assises sociales");
    app
}

#[test]
fn a_note_typed_in_the_form_is_there_after_a_restart() {
    let config = tempfile::tempdir().unwrap();
    let mut app = start(config.path(), &[]);
    app.send(ALT_N);
    app.wait_for("New note");
    app.type_text("Ada Lovelace");
    // Tab through the one-line fields to the text.
    for _ in 0..11 {
        app.send("\t");
    }
    app.wait_for("› Text");
    app.type_text("Met at the stand");
    app.send(CTRL_S);
    app.wait_for("Note saved.");
    app.quit();

    let mut app = start(config.path(), &[]);
    app.send(SHIFT_TAB); // Notes, the last tab
    let screen = app.wait_for("Ada Lovelace");
    assert!(screen.contains("Notes 1/1"), "{screen}");
    app.send("\r");
    app.wait_for("Met at the stand");
    app.quit();
}

#[cfg(unix)]
#[test]
fn the_text_can_be_written_in_the_users_editor() {
    use std::os::unix::fs::PermissionsExt;
    let config = tempfile::tempdir().unwrap();
    let tools = tempfile::tempdir().unwrap();
    let editor = tools.path().join("editor.sh");
    std::fs::write(&editor, "#!/bin/sh\nprintf 'from editor' > \"$1\"\n").unwrap();
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let editor = editor.to_str().unwrap();
    let mut app = start(config.path(), &[("VISUAL", editor), ("EDITOR", editor)]);
    app.send(ALT_N);
    app.wait_for("New note");
    app.type_text("Bruno");
    app.send(SHIFT_TAB); // From the name back round to the text.
    app.wait_for("› Text");
    app.send(CTRL_O);
    app.wait_for("from editor");
    app.send(CTRL_S);
    app.wait_for("Note saved.");
    app.quit();
    let saved = std::fs::read_to_string(config.path().join("notes.json")).unwrap();
    assert!(saved.contains("\"text\": \"from editor\""), "{saved}");
    let leftovers: Vec<_> = std::fs::read_dir(config.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().starts_with("maillage-note-"))
        .collect();
    assert!(leftovers.is_empty(), "temporary file left: {leftovers:?}");
}

#[test]
fn a_note_added_by_another_instance_appears_without_a_restart() {
    let config = tempfile::tempdir().unwrap();
    let mut app = start(config.path(), &[]);
    app.send(SHIFT_TAB); // Notes, the last tab
    app.wait_for("No notes yet");
    maillage_in(config.path())
        .args(["notes", "add", "--name", "Written Elsewhere"])
        .run_ok();
    app.wait_for("Written Elsewhere");
    app.quit();
}
