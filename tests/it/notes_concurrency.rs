//! Two instances at once lose nothing: two processes, each adding 200 notes
//! through the real binary at the same time, end with 400 notes.
#![cfg(unix)]

use std::collections::HashSet;
use std::process::{Command, Stdio};

use maillage::notes::NotesFile;
use maillage::store::Store;

use crate::common::cli::BIN;

const PER_WRITER: usize = 200;

/// A shell loop adding `PER_WRITER` notes named `<prefix><n>`, printing ids.
fn writer(config: &std::path::Path, prefix: &str) -> std::process::Child {
    let script = format!(
        "i=0; while [ $i -lt {PER_WRITER} ]; do i=$((i+1)); \
         \"$0\" notes add --name \"{prefix}$i\" --tag concurrent || exit 1; done"
    );
    Command::new("sh")
        .args(["-c", &script, BIN])
        .env("MAILLAGE_CONFIG_DIR", config)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn two_processes_adding_200_notes_each_end_with_400() {
    let dir = tempfile::tempdir().unwrap();
    let first = writer(dir.path(), "first-");
    let second = writer(dir.path(), "second-");
    let mut printed: HashSet<String> = HashSet::new();
    for child in [first, second] {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let ids = String::from_utf8(out.stdout).unwrap();
        assert_eq!(ids.lines().count(), PER_WRITER);
        printed.extend(ids.lines().map(str::to_string));
    }
    let store: Store<NotesFile> = Store::open(dir.path().join("notes.json"));
    assert!(store.problem().is_none());
    let notes = &store.document().notes;
    assert_eq!(notes.len(), 2 * PER_WRITER);
    let on_disk: HashSet<String> = notes.iter().map(|n| n.id.clone()).collect();
    assert_eq!(on_disk, printed, "every printed id is on disk, no other");
    let names: HashSet<&str> = notes.iter().map(|n| n.name.as_str()).collect();
    for i in 1..=PER_WRITER {
        assert!(names.contains(format!("first-{i}").as_str()));
        assert!(names.contains(format!("second-{i}").as_str()));
    }
}
