//! The notes store: round trip, merge of two instances, unusable files.

use std::fs;
use std::path::Path;

use maillage::notes::{FollowUp, NoteDraft, NoteError, NotesBook, NotesFile, OrganisationRef};
use maillage::store::{Store, StoreErrorKind};

use crate::common::cli::{stderr, stdout, this_test_binary_running};

const EVENT: &str = "test-event";

fn draft(name: &str) -> NoteDraft {
    NoteDraft {
        name: name.to_string(),
        ..NoteDraft::default()
    }
}

fn full_draft() -> NoteDraft {
    NoteDraft {
        name: "  Ada Example ".into(),
        given_name: " Ada ".into(),
        family_name: String::new(),
        organisation: Some(OrganisationRef {
            id: Some("croix-rouge".into()),
            name: "Croix-Rouge".into(),
        }),
        role: "Coordinatrice".into(),
        email: "ada@example.org".into(),
        phone: "+352 000 000".into(),
        stand: "A1".into(),
        text: "Première ligne\n  seconde, avec ; ponctuation\n\n".into(),
        tags: vec!["santé".into(), " ".into(), "santé".into(), "suivi".into()],
        follow_up: FollowUp::Todo {
            date: Some("2026-12-01".parse().unwrap()),
        },
    }
}

#[test]
fn a_note_survives_a_round_trip_through_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    assert!(book.problem().is_none(), "a missing file is an empty book");
    assert!(book.notes().is_empty());
    let added = book.add(&full_draft()).unwrap();
    assert!(added.warnings.is_empty());

    let reopened = NotesBook::open_in(dir.path(), EVENT);
    assert!(reopened.problem().is_none());
    let notes = reopened.notes();
    assert_eq!(notes.len(), 1);
    let note = notes[0];
    assert_eq!(note.id, added.id);
    assert_eq!(note.name, "Ada Example", "trimmed");
    assert_eq!(note.given_name.as_deref(), Some("Ada"), "trimmed");
    assert_eq!(note.family_name, None, "empty: not kept");
    assert_eq!(note.event, EVENT);
    assert_eq!(
        note.organisation.as_ref().unwrap().id.as_deref(),
        Some("croix-rouge")
    );
    assert_eq!(note.role.as_deref(), Some("Coordinatrice"));
    assert_eq!(note.phone.as_deref(), Some("+352 000 000"));
    assert_eq!(note.stand.as_deref(), Some("A1"));
    assert_eq!(note.text, "Première ligne\n  seconde, avec ; ponctuation");
    assert_eq!(
        note.tags,
        ["santé", "suivi"],
        "blank and repeated tags dropped"
    );
    assert_eq!(note.follow_up.date().unwrap().to_string(), "2026-12-01");
    assert_eq!(note.created, note.updated);
    // The whole file, re-read, equals what the book holds.
    assert_eq!(reopened.file(), book.file());
}

#[test]
fn notes_of_other_events_are_kept_but_not_listed() {
    let dir = tempfile::tempdir().unwrap();
    let mut other = NotesBook::open_in(dir.path(), "other-event");
    other.add(&draft("Elsewhere")).unwrap();
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    book.add(&draft("Here")).unwrap();
    let names: Vec<&str> = book.notes().iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, ["Here"]);
    assert_eq!(book.file().notes.len(), 2);
}

#[test]
fn edit_cycle_and_delete_are_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    let id = book.add(&draft("Ada")).unwrap().id;
    let before = book.note(&id).unwrap().updated;

    let mut changed = NoteDraft::from_note(book.note(&id).unwrap());
    changed.role = "Présidente".into();
    book.edit(&id, &changed).unwrap();
    assert!(book.note(&id).unwrap().updated > before);

    assert_eq!(
        book.cycle_follow_up(&id).unwrap(),
        FollowUp::Todo { date: None }
    );
    assert_eq!(book.cycle_follow_up(&id).unwrap(), FollowUp::Done);
    assert_eq!(book.cycle_follow_up(&id).unwrap(), FollowUp::None);
    book.set_follow_up(&id, FollowUp::Done).unwrap();

    let reopened = NotesBook::open_in(dir.path(), EVENT);
    let note = reopened.note(&id).unwrap();
    assert_eq!(note.role.as_deref(), Some("Présidente"));
    assert_eq!(note.follow_up, FollowUp::Done);

    book.delete(&id).unwrap();
    let reopened = NotesBook::open_in(dir.path(), EVENT);
    assert!(reopened.notes().is_empty());
    assert_eq!(reopened.file().tombstones.len(), 1);
    assert!(matches!(book.delete(&id), Err(NoteError::NotFound(_))));
}

#[test]
fn an_empty_name_is_refused_and_a_bad_email_only_warned() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    let refused = book.add(&draft(" \n ")).unwrap_err();
    assert_eq!(refused.to_string(), "the person's name is required");
    assert!(!dir.path().join("notes.json").exists(), "nothing written");

    let mut odd = draft("Ada");
    odd.email = "ada at example".into();
    let added = book.add(&odd).unwrap();
    assert_eq!(added.warnings.len(), 1);
    assert!(added.warnings[0].to_string().contains("ada at example"));
    assert_eq!(
        book.note(&added.id).unwrap().email.as_deref(),
        Some("ada at example")
    );
}

#[test]
fn two_instances_merge_adds_edits_and_deletions() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = NotesBook::open_in(dir.path(), EVENT);
    let mut second = NotesBook::open_in(dir.path(), EVENT);
    let kept = first.add(&draft("Kept")).unwrap().id;
    let doomed = first.add(&draft("Doomed")).unwrap().id;
    // `second` has not seen them, yet its save keeps them.
    let other = second.add(&draft("Other")).unwrap().id;
    assert_eq!(second.notes().len(), 3);

    // `first` deletes a note `second` still holds; `second` edits another.
    first.delete(&doomed).unwrap();
    let mut edit = NoteDraft::from_note(second.note(&kept).unwrap());
    edit.text = "edited by the second".into();
    second.edit(&kept, &edit).unwrap();
    assert!(second.note(&doomed).is_none(), "the tombstone merged in");

    assert!(first.reload_if_changed(), "first sees second's save");
    assert!(!first.reload_if_changed(), "and nothing more");
    let names: Vec<&str> = first.notes().iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, ["Kept", "Other"]);
    assert_eq!(first.note(&kept).unwrap().text, "edited by the second");
    assert!(first.note(&other).is_some());
}

#[test]
fn a_deleted_or_edited_note_restored_is_back_on_disk_and_wins_merges() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    let mut other = NotesBook::open_in(dir.path(), EVENT);
    let id = book.add(&full_draft()).unwrap().id;
    let before = book.note(&id).unwrap().clone();
    book.delete(&id).unwrap();
    assert!(book.note(&id).is_none());
    book.restore(&before).unwrap();
    // On disk, for a fresh reader, with every field as it was.
    let reopened = NotesBook::open_in(dir.path(), EVENT);
    let back = reopened.note(&id).expect("the note is back on disk");
    assert_eq!(NoteDraft::from_note(back), NoteDraft::from_note(&before));
    assert_eq!(back.created, before.created);
    assert!(back.updated > before.updated, "stamped after its deletion");
    // Another instance that saw the deletion keeps the restored note too.
    other.add(&draft("Other")).unwrap();
    assert!(other.note(&id).is_some(), "the restore beats the tombstone");

    // An edit undone: the old text comes back.
    let mut edit = NoteDraft::from_note(&before);
    edit.text = "changed".into();
    book.reload_if_changed();
    book.edit(&id, &edit).unwrap();
    book.restore(&before).unwrap();
    let reopened = NotesBook::open_in(dir.path(), EVENT);
    assert_eq!(reopened.note(&id).unwrap().text, before.text);
    assert_eq!(reopened.notes().len(), 2);

    // A note moved to another event comes back where it was (undoing the
    // move from the list of every event's notes).
    book.move_to_event(&id, Some("another-event")).unwrap();
    assert_eq!(book.notes().len(), 1, "moved away");
    book.restore(&before).unwrap();
    let reopened = NotesBook::open_in(dir.path(), EVENT);
    assert_eq!(reopened.note(&id).unwrap().event, EVENT);
    assert_eq!(reopened.notes().len(), 2);
}

#[test]
fn follow_ups_are_open_ones_soonest_first_undated_last() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    let todo = |date: Option<&str>| FollowUp::Todo {
        date: date.map(|d| d.parse().unwrap()),
    };
    for (name, follow_up) in [
        ("Undated", todo(None)),
        ("Late", todo(Some("2027-01-10"))),
        ("Done", FollowUp::Done),
        ("Soon", todo(Some("2026-12-01"))),
        ("Nothing", FollowUp::None),
    ] {
        let mut d = draft(name);
        d.follow_up = follow_up;
        book.add(&d).unwrap();
    }
    let names: Vec<&str> = book.follow_ups().iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, ["Soon", "Late", "Undated"]);
}

#[test]
fn search_records_follow_the_note_order_and_find_notes() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    book.add(&full_draft()).unwrap();
    book.add(&draft("Bob")).unwrap();
    let records = book.search_records();
    let notes = book.notes();
    assert_eq!(records.len(), 2);
    for (record, note) in records.iter().zip(&notes) {
        assert_eq!(
            record.fields[maillage::notes::book::FIELD_NAME].text,
            note.name
        );
    }
    let engine = book.search_engine();
    for query in ["croix", "suivi", "seconde", "coordinatrice"] {
        let hits = engine.search(query);
        assert_eq!(hits.len(), 1, "{query}");
        assert_eq!(notes[hits[0].record()].name, "Ada Example", "{query}");
    }
    assert_eq!(book.about_organisation("croix-rouge").len(), 1);
    assert_eq!(book.at_stand("A1").len(), 1);
}

/// Writes `content` as the notes file, tries to add a note, and checks the
/// file is untouched and the problem is reported at `position`.
fn assert_unusable(content: &str, position: Option<(usize, usize)>, message_part: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    fs::write(&path, content).unwrap();
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    let problem = book.problem().expect("the file is unusable").clone();
    assert_eq!(problem.kind, StoreErrorKind::Unreadable);
    assert_eq!(problem.position, position, "{problem}");
    assert!(problem.message.contains(message_part), "{problem}");
    assert!(problem.to_string().starts_with(&path.display().to_string()));
    assert!(book.is_read_only());
    assert!(matches!(book.add(&draft("Ada")), Err(NoteError::Store(_))));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        content,
        "never rewritten"
    );
    assert!(!dir.path().join("notes.json.bak").exists());
}

#[test]
fn unusable_files_are_reported_with_their_position_and_never_written() {
    assert_unusable(
        "{\n  \"format\": \"maillage-notes\",\n  \"version\": 1,\n  \"notes\": [,]\n}",
        Some((4, 13)),
        "expected a value, found `,`",
    );
    assert_unusable("", Some((1, 1)), "the file is empty");
    assert_unusable(
        "{\"format\": \"maillage-notes\",\n \"version\": 3, \"notes\": []}",
        Some((2, 2)),
        "newer maillage",
    );
    assert_unusable(
        "{\"format\": \"maillage-directory\", \"version\": 1}",
        Some((1, 2)),
        "not a maillage notes file",
    );
    assert_unusable(
        "{\"format\": \"maillage-notes\", \"version\": 1, \"notes\": [{\"id\": 3}]}",
        Some((1, 61)),
        "notes[0].id: expected a string, found the number 3",
    );
}

#[test]
fn a_bad_file_can_be_set_aside_and_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    fs::write(&path, "not json").unwrap();
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    assert!(book.problem().is_some());
    let moved = book.set_aside().unwrap().expect("the file was moved");
    assert!(
        moved
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("notes.json.broken-")
    );
    assert_eq!(fs::read_to_string(&moved).unwrap(), "not json");
    assert!(book.problem().is_none());
    book.add(&draft("Fresh start")).unwrap();
    assert_eq!(NotesBook::open_in(dir.path(), EVENT).notes().len(), 1);
    // A good file is never set aside.
    assert!(book.set_aside().is_err());
    assert!(path.exists());
}

#[test]
fn a_file_damaged_while_open_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    book.add(&draft("Ada")).unwrap();
    fs::write(&path, "{ damaged").unwrap();
    assert!(book.add(&draft("Bob")).is_err());
    assert_eq!(fs::read_to_string(&path).unwrap(), "{ damaged");
    assert!(book.is_read_only());
    // Repaired by hand: the book picks it up and is writable again.
    fs::write(&path, "{\"format\": \"maillage-notes\", \"version\": 1}").unwrap();
    assert!(book.reload_if_changed());
    assert!(!book.is_read_only());
    book.add(&draft("Bob")).unwrap();
    let names: Vec<String> = NotesBook::open_in(dir.path(), EVENT)
        .notes()
        .iter()
        .map(|n| n.name.clone())
        .collect();
    assert_eq!(names, ["Ada", "Bob"], "Ada was still known in memory");
}

#[test]
fn the_previous_version_is_kept_as_bak() {
    let dir = tempfile::tempdir().unwrap();
    let mut store: Store<NotesFile> = Store::open(dir.path().join("notes.json"));
    store.save(|_| ()).unwrap();
    let first = fs::read(dir.path().join("notes.json")).unwrap();
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    book.add(&draft("Ada")).unwrap();
    assert_eq!(fs::read(dir.path().join("notes.json.bak")).unwrap(), first);
    assert_only_expected_files(dir.path());
}

fn assert_only_expected_files(dir: &Path) {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["notes.json", "notes.json.bak", "notes.json.lock"]);
}

#[cfg(unix)]
#[test]
fn the_file_is_0600_and_a_created_folder_0700() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("config").join("maillage");
    let mut book = NotesBook::open_in(&folder, EVENT);
    book.add(&draft("Ada")).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&folder.join("notes.json")), 0o600);
    assert_eq!(mode(&folder.join("notes.json.lock")), 0o600);
    assert_eq!(mode(&folder), 0o700);
    assert_eq!(mode(&dir.path().join("config")), 0o700);
    // A file someone made readable by all is private again after a save.
    fs::set_permissions(folder.join("notes.json"), fs::Permissions::from_mode(0o644)).unwrap();
    book.add(&draft("Bob")).unwrap();
    assert_eq!(mode(&folder.join("notes.json")), 0o600);
}

#[test]
fn unknown_fields_are_refused_not_dropped() {
    assert_unusable(
        "{\"format\": \"maillage-notes\", \"version\": 1, \"notes\": [], \"extra\": 1}",
        Some((1, 57)),
        "unknown field \"extra\"",
    );
    let follow_up = r#"{"format": "maillage-notes", "version": 1, "notes": [{"id": "a", "event": "e", "name": "n", "follow_up": {"state": "todo", "dat": "2026-01-01"}, "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z"}]}"#;
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("notes.json"), follow_up).unwrap();
    let book = NotesBook::open_in(dir.path(), EVENT);
    let problem = book
        .problem()
        .expect("a misspelt follow-up field is an error");
    assert!(problem.message.contains("dat"), "{problem}");
}

#[test]
fn merge_gives_the_same_result_whichever_side_is_ours() {
    use maillage::notes::{Note, Tombstone};
    let note = |id: &str, text: &str, updated: &str| Note {
        name: "N".into(),
        text: text.into(),
        updated: updated.parse().unwrap(),
        ..Note::new(id, EVENT, "2026-01-01T00:00:00Z".parse().unwrap())
    };
    let a = NotesFile {
        notes: vec![
            note("1", "old", "2026-01-01T00:00:00Z"),
            note("2", "kept", "2026-01-01T00:00:00Z"),
            note("3", "edited after deletion", "2026-01-03T00:00:00Z"),
            note("4", "tie a", "2026-01-02T00:00:00Z"),
        ],
        ..NotesFile::default()
    };
    let b = NotesFile {
        notes: vec![
            note("1", "new", "2026-01-02T00:00:00Z"),
            note("4", "tie b", "2026-01-02T00:00:00Z"),
        ],
        tombstones: vec![
            Tombstone {
                id: "2".into(),
                deleted: "2026-01-02T00:00:00Z".parse().unwrap(),
            },
            Tombstone {
                id: "3".into(),
                deleted: "2026-01-02T00:00:00Z".parse().unwrap(),
            },
        ],
        ..NotesFile::default()
    };
    use maillage::store::Document;
    let ab = NotesFile::merge(a.clone(), b.clone());
    let ba = NotesFile::merge(b, a);
    assert_eq!(ab, ba);
    let texts: Vec<&str> = ab.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["new", "edited after deletion", "tie b"]);
    assert_eq!(ab.tombstones.len(), 2, "tombstones are kept");
    assert_eq!(
        NotesFile::merge(ab.clone(), ab.clone()),
        ab,
        "merging is idempotent"
    );
}

#[test]
fn a_file_that_cannot_be_read_makes_the_book_read_only() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where the file should be: opening works, reading fails.
    fs::create_dir(dir.path().join("notes.json")).unwrap();
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    let problem = book.problem().expect("unreadable").clone();
    assert_eq!(problem.position, None);
    assert!(
        problem.message.starts_with("cannot read the notes file"),
        "{problem}"
    );
    assert!(book.add(&draft("Ada")).is_err());
    assert!(dir.path().join("notes.json").is_dir(), "left as it was");
}

/// The folder of [`unreadable_notes_file_as_another_user`]; set only for that child.
#[cfg(unix)]
const UNREADABLE_DIR: &str = "MAILLAGE_UNREADABLE_DIR";

#[cfg(unix)]
#[test]
fn a_file_without_read_permission_is_reported_and_left_alone() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let content = "{\"format\": \"maillage-notes\", \"version\": 1}";
    fs::write(&path, content).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&path).is_err() {
        assert_unreadable_file_is_reported(dir.path());
    } else {
        // Root (as in CI) reads any file: the same check runs as `nobody`,
        // in a child process, on a folder and file of its own.
        const NOBODY: u32 = 65534;
        std::os::unix::fs::chown(dir.path(), Some(NOBODY), Some(NOBODY)).unwrap();
        std::os::unix::fs::chown(&path, Some(NOBODY), Some(NOBODY)).unwrap();
        let out = this_test_binary_running("notes_store::unreadable_notes_file_as_another_user")
            .env(UNREADABLE_DIR, dir.path())
            .uid(NOBODY)
            .gid(NOBODY)
            .output()
            .expect("run the check as nobody");
        let report = format!("{}{}", stdout(&out), stderr(&out));
        assert!(out.status.success(), "as nobody:\n{report}");
        assert!(
            report.contains("1 passed"),
            "the check ran as nobody:\n{report}"
        );
    }
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), content);
}

/// Not a test on its own: run as `nobody` by
/// `a_file_without_read_permission_is_reported_and_left_alone` when the
/// tests run as root.
#[cfg(unix)]
#[test]
#[ignore = "run as another user by a_file_without_read_permission_is_reported_and_left_alone"]
fn unreadable_notes_file_as_another_user() {
    let dir = std::env::var_os(UNREADABLE_DIR).unwrap_or_else(|| {
        panic!(
            "{UNREADABLE_DIR} unset: this is only the child of a_file_without_read_permission_..."
        )
    });
    assert_unreadable_file_is_reported(Path::new(&dir));
}

/// The notes file in `dir` cannot be read by this process: the book says
/// why and refuses to save.
fn assert_unreadable_file_is_reported(dir: &Path) {
    assert!(fs::read(dir.join("notes.json")).is_err(), "readable here");
    let mut book = NotesBook::open_in(dir, EVENT);
    let problem = book.problem().expect("no permission").to_string();
    assert!(problem.ends_with("permission denied"), "{problem}");
    assert!(book.add(&draft("Ada")).is_err());
}

#[test]
fn email_check_is_loose_but_catches_obvious_mistakes() {
    use maillage::notes::draft::looks_like_email;
    for good in [
        "ada@example.org",
        "a.b+c@sub.example.lu",
        "élise@exemple.lu",
    ] {
        assert!(looks_like_email(good), "{good}");
    }
    for bad in [
        "ada",
        "ada@",
        "@example.org",
        "ada@example",
        "ada @example.org",
        "a@b@c.org",
        "ada@example..org",
        "ada@example.org.",
    ] {
        assert!(!looks_like_email(bad), "{bad}");
    }
}

#[test]
fn overdue_follow_ups_come_first_most_overdue_first_then_the_rest_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    book.set_today(jiff::civil::date(2026, 12, 10));
    let todo = |date: &str| FollowUp::Todo {
        date: Some(date.parse().unwrap()),
    };
    for (name, follow_up) in [
        ("Alice", FollowUp::None),
        ("Zoé", todo("2026-12-09")),
        ("Yann", todo("2026-11-30")),
        ("Xavier", todo("2026-12-10")), // due today: not late yet
        ("Bea", todo("2026-12-24")),
        ("Chloé", FollowUp::Done),
        ("Wim", todo("2026-12-09")),
    ] {
        let mut d = draft(name);
        d.follow_up = follow_up;
        book.add(&d).unwrap();
    }
    let names =
        |book: &NotesBook| -> Vec<String> { book.notes().iter().map(|n| n.name.clone()).collect() };
    assert_eq!(
        names(&book),
        ["Yann", "Wim", "Zoé", "Alice", "Bea", "Chloé", "Xavier"]
    );
    // The search engine's records, hence the TUI list, keep that order.
    let engine = book.search_engine();
    let listed: Vec<usize> = engine.search("").iter().map(|h| h.record()).collect();
    assert_eq!(listed, (0..7).collect::<Vec<_>>());
    // A day later, Xavier is late too.
    book.set_today(jiff::civil::date(2026, 12, 11));
    assert_eq!(names(&book)[..4], ["Yann", "Wim", "Zoé", "Xavier"]);
}

/// A notes file of version 1 (before given and family names and earlier
/// versions) is read as it is and written back as version 2, with every
/// note kept.
#[test]
fn a_version_1_file_is_read_and_written_back_as_version_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let old = format!(
        r#"{{"format": "maillage-notes", "version": 1, "notes": [{{
            "id": "01900000-0000-7000-8000-000000000001", "event": "{EVENT}",
            "name": "Ada Example", "text": "met at the bar",
            "created": "2022-11-18T10:00:00Z", "updated": "2022-11-18T10:00:00Z"}}]}}"#
    );
    fs::write(&path, old).unwrap();
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    assert!(book.problem().is_none(), "{:?}", book.problem());
    assert_eq!(book.notes().len(), 1);
    book.add(&draft("Bob")).unwrap();
    let written: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    assert_eq!(written["version"], 2);
    let names: Vec<&str> = written["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"Ada Example") && names.contains(&"Bob"),
        "{names:?}"
    );
}

#[test]
fn one_notebook_across_events_this_events_first_untied_notes_everywhere() {
    use maillage::notes::Scope;
    let dir = tempfile::tempdir().unwrap();
    let mut earlier = NotesBook::open_in(dir.path(), "edition-2022");
    let old = earlier.add(&draft("Old Friend")).unwrap().id;
    let mut older = NotesBook::open_in(dir.path(), "edition-2021");
    older.add(&draft("Older Friend")).unwrap();
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    let new = book.add(&draft("New Face")).unwrap().id;
    let names = |notes: Vec<&maillage::notes::Note>| -> Vec<String> {
        notes.iter().map(|n| n.name.clone()).collect()
    };
    assert_eq!(names(book.notes()), ["New Face"]);
    assert_eq!(
        names(book.notes_in(&Scope::All)),
        ["New Face", "Old Friend", "Older Friend"],
        "this event's, then the later event's"
    );
    assert_eq!(
        names(book.notes_in(&Scope::Event("edition-2022".into()))),
        ["Old Friend"]
    );

    // Tied to no event: in every event's notes.
    book.move_to_event(&old, None).unwrap();
    assert_eq!(names(book.notes()), ["New Face", "Old Friend"]);
    older.reload_if_changed();
    assert_eq!(older.notes().len(), 2);
    assert_eq!(book.note(&old).unwrap().event, "");
    // Moved to another event: gone from this one's.
    book.move_to_event(&new, Some("edition-2022")).unwrap();
    assert_eq!(names(book.notes()), ["Old Friend"]);
    assert!(
        book.note(&new).unwrap().edited_from.len() == 1,
        "a change like any other"
    );
    assert!(matches!(
        book.move_to_event("nope", None),
        Err(NoteError::NotFound(_))
    ));
    // The file stays readable by format-2 readers: no new field.
    let text = std::fs::read_to_string(dir.path().join("notes.json")).unwrap();
    let file: NotesFile = serde_json::from_str(&text).unwrap();
    assert_eq!(file.version, 2);
}
