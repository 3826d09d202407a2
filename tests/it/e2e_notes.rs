//! End-to-end notes: the real binary in a pseudo-terminal, with its notes in
//! a temporary folder (`MAILLAGE_CONFIG_DIR`).

use crate::common::pty::{Launch, Session, assert_terminal_restored};

const ALT_N: &str = "\x1bn";
const CTRL_S: &str = "\x13";
const CTRL_O: &str = "\x0f";
const CTRL_C: &str = "\x03";
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

fn quit(mut app: Session) {
    app.send(CTRL_C);
    assert_eq!(app.wait_exit(), 0);
    assert_terminal_restored(&app);
}

#[test]
fn a_note_typed_in_the_form_is_there_after_a_restart() {
    let config = tempfile::tempdir().unwrap();
    let mut app = start(config.path(), &[]);
    app.send(ALT_N);
    app.wait_for("New note");
    app.type_text("Ada Lovelace");
    // Tab through the one-line fields to the text.
    for _ in 0..9 {
        app.send("\t");
    }
    app.wait_for("› Text");
    app.type_text("Met at the stand");
    app.send(CTRL_S);
    app.wait_for("Note saved.");
    quit(app);

    let mut app = start(config.path(), &[]);
    app.send(SHIFT_TAB); // Notes, the last tab
    let screen = app.wait_for("Ada Lovelace");
    assert!(screen.contains("Notes 1/1"), "{screen}");
    app.send("\r");
    app.wait_for("Met at the stand");
    quit(app);
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
    quit(app);
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
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_maillage"))
        .args(["--config-dir", config.path().to_str().unwrap()])
        .args(["notes", "add", "--name", "Written Elsewhere"])
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    app.wait_for("Written Elsewhere");
    quit(app);
}
