//! Private files stay private: every file the notes store writes is 0600 and
//! a folder it creates is 0700, even under a permissive umask (000) and after
//! someone made the notes file readable by all.
//!
//! The visit plan (`plan.json`) goes through the same store; its 0600 mode is
//! checked where the TUI saves it, in `plan_store.rs`.
#![cfg(unix)]

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use crate::common::cli::{BIN, Run};

/// Files the store leaves in its folder.
const PRIVATE_FILES: &[&str] = &["notes.json", "notes.json.lock", "notes.json.bak"];

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// `maillage notes add` under umask 000, so only the app's own modes protect
/// the files.
fn add_note(config: &Path, name: &str) {
    Command::new("sh")
        .arg("-c")
        .arg("umask 000 && exec \"$0\" notes add --name \"$1\"")
        .arg(BIN)
        .arg(name)
        .env("MAILLAGE_CONFIG_DIR", config)
        .run_ok();
}

fn assert_all_private(folder: &Path) {
    assert_eq!(mode(folder), 0o700, "{}", folder.display());
    let mut seen = Vec::new();
    for entry in fs::read_dir(folder).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        assert_eq!(mode(&entry.path()), 0o600, "{name} is not private");
        seen.push(name);
    }
    seen.sort();
    println!("private: {seen:?}");
}

#[test]
fn notes_files_are_0600_and_their_folder_0700_under_umask_000() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("deep").join("config");
    add_note(&config, "Ada");
    add_note(&config, "Bob"); // a second save leaves a backup
    for name in PRIVATE_FILES {
        assert!(config.join(name).exists(), "{name} written");
    }
    assert_eq!(
        mode(&dir.path().join("deep")),
        0o700,
        "parents created 0700"
    );
    assert_all_private(&config);
}

#[test]
fn a_notes_file_made_readable_by_all_is_private_again_with_its_backup() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    add_note(&config, "Ada");
    fs::set_permissions(config.join("notes.json"), fs::Permissions::from_mode(0o644)).unwrap();
    add_note(&config, "Bob");
    // The backup holds the old content: it must not stay readable by all.
    assert_all_private(&config);
}
