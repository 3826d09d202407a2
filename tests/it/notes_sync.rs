//! Notes and plan that travel: a `notes.json` or `plan.json` that is a
//! symbolic link stays one, and the conflict copies Syncthing, Nextcloud and
//! Dropbox write beside the file are merged, then set aside (never deleted).
//! The same note changed in two copies keeps both versions.

use std::fs;
use std::path::{Path, PathBuf};

use maillage::notes::{NoteDraft, NotesBook, NotesFile};
use maillage::store::Store;
use maillage::venue::plan::PlanFile;

use crate::common::cli::{Run, maillage_in, stderr, stdout};

const EVENT: &str = "sync-event";

fn draft(name: &str, text: &str) -> NoteDraft {
    NoteDraft {
        name: name.into(),
        text: text.into(),
        ..NoteDraft::default()
    }
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A notes file with no notes.
fn empty_notes() -> Vec<u8> {
    serde_json::to_vec(&NotesFile::default()).unwrap()
}

fn on_disk(path: &Path) -> NotesFile {
    maillage::store::parse::<NotesFile>(&fs::read(path).unwrap()).unwrap()
}

/// The notes file another device wrote: a book of its own in `elsewhere`
/// holding one note on `name`; returns the file's bytes.
fn other_device(elsewhere: &Path, name: &str) -> Vec<u8> {
    let mut book = NotesBook::open_in(elsewhere, EVENT);
    book.add(&draft(name, "")).unwrap();
    fs::read(elsewhere.join("notes.json")).unwrap()
}

/// A note here, a note in a conflict copy named `copy`: opening merges both
/// and renames the copy `<copy>.merged-<time>`; nothing is deleted and the
/// copy is not merged again.
fn conflict_copy_is_merged_and_set_aside(copy: &str) {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    NotesBook::open_in(dir.path(), EVENT)
        .add(&draft("Ada Here", ""))
        .unwrap();
    fs::write(
        dir.path().join(copy),
        other_device(elsewhere.path(), "Bruno There"),
    )
    .unwrap();

    let mut book = NotesBook::open_in(dir.path(), EVENT);
    let names_now: Vec<&str> = book.notes().iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names_now, ["Ada Here", "Bruno There"], "{copy}");
    let report = book.take_conflicts();
    assert_eq!(report.merged.len(), 1, "{copy}: {report:?}");
    assert!(report.unreadable.is_empty());
    let merged_name = format!("{copy}.merged-");
    let files = names(dir.path());
    assert!(!files.contains(&copy.to_string()), "{copy}: {files:?}");
    assert!(
        files.iter().any(|f| f.starts_with(&merged_name)),
        "{copy}: kept under another name: {files:?}"
    );
    assert_eq!(on_disk(&dir.path().join("notes.json")).notes.len(), 2);
    assert!(report.lines(maillage::i18n::Lang::En)[0].starts_with("1 sync conflict copy"));

    let mut again = NotesBook::open_in(dir.path(), EVENT);
    assert!(again.take_conflicts().is_empty(), "never merged twice");
    assert_eq!(again.notes().len(), 2);
}

#[test]
fn a_syncthing_conflict_copy_is_merged() {
    conflict_copy_is_merged_and_set_aside("notes.sync-conflict-20261204-101500-ABCDEF1.json");
}

#[test]
fn a_nextcloud_conflict_copy_is_merged() {
    conflict_copy_is_merged_and_set_aside("notes (conflicted copy 2026-12-04 101500).json");
}

#[test]
fn a_nextcloud_conflict_copy_naming_the_user_is_merged() {
    conflict_copy_is_merged_and_set_aside("notes (conflicted copy Jean 2026-12-04 101500).json");
}

#[test]
fn a_conflict_copy_in_the_short_form_is_merged() {
    conflict_copy_is_merged_and_set_aside("notes (conflict 2026-12-04 101500).json");
}

#[test]
fn an_owncloud_conflict_copy_is_merged() {
    conflict_copy_is_merged_and_set_aside("notes_conflict-20261204-101500.json");
}

#[test]
fn a_dropbox_conflict_copy_is_merged() {
    conflict_copy_is_merged_and_set_aside("notes (Jean's conflicted copy 2026-12-04).json");
}

#[test]
fn a_second_dropbox_conflict_copy_of_the_day_is_merged() {
    conflict_copy_is_merged_and_set_aside("notes (Jean's conflicted copy 2026-12-04) (1).json");
}

#[test]
fn several_conflict_copies_are_all_merged_on_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    // They arrive while the app runs: the next save takes them in.
    for (i, copy) in [
        "notes.sync-conflict-20261204-101500-ABCDEF1.json",
        "notes (Jean's conflicted copy 2026-12-04).json",
    ]
    .iter()
    .enumerate()
    {
        let elsewhere = tempfile::tempdir().unwrap();
        let bytes = other_device(elsewhere.path(), &format!("Device {i}"));
        fs::write(dir.path().join(copy), bytes).unwrap();
    }
    book.add(&draft("Here", "")).unwrap();
    assert_eq!(book.notes().len(), 3);
    assert_eq!(book.take_conflicts().merged.len(), 2);
    assert_eq!(on_disk(&dir.path().join("notes.json")).notes.len(), 3);
}

#[test]
fn the_same_note_changed_on_two_devices_keeps_both_versions() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let mut here = NotesBook::open_in(dir.path(), EVENT);
    let id = here.add(&draft("Ada", "first words")).unwrap().id;
    // The file reaches the other device, which changes the note...
    fs::copy(
        dir.path().join("notes.json"),
        elsewhere.path().join("notes.json"),
    )
    .unwrap();
    let mut there = NotesBook::open_in(elsewhere.path(), EVENT);
    there.edit(&id, &draft("Ada", "changed there")).unwrap();
    // ... while it changes here too, later: in a later millisecond, or the
    // two changes would tie (a tie is decided by the content, see the next
    // test).
    // (Stamps are rounded to the millisecond.)
    let later = there.note(&id).unwrap().updated + jiff::SignedDuration::from_millis(1);
    while jiff::Timestamp::now() <= later {
        std::thread::yield_now();
    }
    here.edit(&id, &draft("Ada", "changed here")).unwrap();
    let copy = dir
        .path()
        .join("notes.sync-conflict-20261204-101500-ABCDEF1.json");
    fs::copy(elsewhere.path().join("notes.json"), &copy).unwrap();

    let book = NotesBook::open_in(dir.path(), EVENT);
    let note = book.note(&id).unwrap();
    assert_eq!(note.text, "changed here", "the later change wins");
    let earlier: Vec<&str> = note.earlier.iter().map(|v| v.text.as_str()).collect();
    assert_eq!(earlier, ["changed there"], "the other is kept, not dropped");
    // "first words" is the state both were edited from: not a version of its own.
    assert_eq!(on_disk(&dir.path().join("notes.json")).notes[0], *note);
}

#[test]
fn an_earlier_version_can_be_restored_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let mut here = NotesBook::open_in(dir.path(), EVENT);
    let id = here.add(&draft("Ada", "first")).unwrap().id;
    fs::copy(
        dir.path().join("notes.json"),
        elsewhere.path().join("notes.json"),
    )
    .unwrap();
    NotesBook::open_in(elsewhere.path(), EVENT)
        .edit(&id, &draft("Ada", "there"))
        .unwrap();
    here.edit(&id, &draft("Ada", "here")).unwrap();
    fs::copy(
        elsewhere.path().join("notes.json"),
        dir.path()
            .join("notes (conflicted copy 2026-12-04 101500).json"),
    )
    .unwrap();
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    // The later edit is the note, the other its earlier version. (Both
    // edits may fall in the same millisecond: then a fixed order on the
    // content decides, so the test names them by what the merge chose.)
    let merged = book.note(&id).unwrap().clone();
    let (current, other) = (merged.text.clone(), merged.earlier[0].text.clone());
    let mut both = [current.as_str(), other.as_str()];
    both.sort_unstable();
    assert_eq!(both, ["here", "there"], "both edits kept");
    book.restore_version(&id, merged.earlier[0].updated)
        .unwrap();
    let note = book.note(&id).unwrap();
    assert_eq!(note.text, other);
    let earlier: Vec<&str> = note.earlier.iter().map(|v| v.text.as_str()).collect();
    assert_eq!(
        earlier,
        [current.as_str()],
        "the replaced content is an earlier version"
    );
    // The other device still holds "there" as current: merging it back does
    // not undo the choice, and keeps one copy of each version.
    fs::copy(
        elsewhere.path().join("notes.json"),
        dir.path()
            .join("notes.sync-conflict-20261205-101500-ABCDEF1.json"),
    )
    .unwrap();
    let book = NotesBook::open_in(dir.path(), EVENT);
    let note = book.note(&id).unwrap();
    assert_eq!(note.text, other);
    let earlier: Vec<&str> = note.earlier.iter().map(|v| v.text.as_str()).collect();
    assert_eq!(earlier, [current.as_str()]);
}

#[test]
fn an_unreadable_conflict_copy_is_set_aside_untouched_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    NotesBook::open_in(dir.path(), EVENT)
        .add(&draft("Ada", ""))
        .unwrap();
    let before = fs::read(dir.path().join("notes.json")).unwrap();
    let copy = "notes.sync-conflict-20261204-101500-ABCDEF1.json";
    let broken = b"{\"format\": \"maillage-notes\", \"version\": 1, \"notes\": [ {\"id\": ";
    fs::write(dir.path().join(copy), broken).unwrap();

    let mut book = NotesBook::open_in(dir.path(), EVENT);
    assert!(book.problem().is_none(), "the notes file itself is fine");
    assert_eq!(book.notes().len(), 1);
    let report = book.take_conflicts();
    assert!(report.merged.is_empty());
    assert_eq!(report.unreadable.len(), 1, "{report:?}");
    let moved = &report.unreadable[0].moved_to;
    assert!(
        moved
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with(&format!("{copy}.broken-")),
        "{moved:?}"
    );
    assert_eq!(fs::read(moved).unwrap(), broken, "kept byte for byte");
    assert!(!dir.path().join(copy).exists());
    let line = &report.lines(maillage::i18n::Lang::En)[0];
    assert!(line.contains(copy) && line.contains("not merged"), "{line}");
    // The notes themselves were only re-saved the same.
    assert_eq!(on_disk(&dir.path().join("notes.json")).notes, {
        maillage::store::parse::<NotesFile>(&before).unwrap().notes
    });
}

#[test]
fn a_conflict_copy_waits_while_the_notes_file_is_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("notes.json"), b"{ not json").unwrap();
    let copy = dir
        .path()
        .join("notes (Jean's conflicted copy 2026-12-04).json");
    let bytes = other_device(elsewhere.path(), "Bruno");
    fs::write(&copy, &bytes).unwrap();
    let book = NotesBook::open_in(dir.path(), EVENT);
    assert!(book.is_read_only());
    assert_eq!(fs::read(&copy).unwrap(), bytes, "nothing is touched");
    assert_eq!(names(dir.path()).len(), 2, "{:?}", names(dir.path()));
}

#[test]
fn a_plan_conflict_copy_is_merged() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let star = |folder: &Path, stand: &str| {
        let mut store: Store<PlanFile> = Store::open(folder.join("plan.json"));
        store
            .save(|plan| plan.event_mut(EVENT).set_starred(stand, true, 1))
            .unwrap();
    };
    star(dir.path(), "A1");
    star(elsewhere.path(), "B2");
    fs::copy(
        elsewhere.path().join("plan.json"),
        dir.path()
            .join("plan.sync-conflict-20261204-101500-ABCDEF1.json"),
    )
    .unwrap();
    let mut store: Store<PlanFile> = Store::open(dir.path().join("plan.json"));
    assert_eq!(store.document().event(EVENT).starred(), ["A1", "B2"]);
    assert_eq!(store.take_conflicts().merged.len(), 1);
}

#[test]
fn the_command_line_says_how_many_conflict_copies_it_merged() {
    for (lang, said) in [
        (
            "C.UTF-8",
            "maillage: 1 sync conflict copy of the notes file merged",
        ),
        (
            "fr_FR.UTF-8",
            "maillage: 1 copie en conflit de synchronisation du fichier de notes fusionnée",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        let event = maillage::directory::default_directory().event.id.clone();
        let mut book = NotesBook::open_in(elsewhere.path(), &event);
        book.add(&draft("Bruno There", "")).unwrap();
        fs::copy(
            elsewhere.path().join("notes.json"),
            dir.path()
                .join("notes (conflicted copy 2026-12-04 101500).json"),
        )
        .unwrap();
        let out = maillage_in(dir.path())
            .args(["notes", "list"])
            .env("LANG", lang)
            .run_ok();
        assert!(stderr(&out).contains(said), "{}", stderr(&out));
        assert!(stdout(&out).contains("Bruno There"));
        let again = maillage_in(dir.path()).args(["notes", "list"]).run_ok();
        assert_eq!(stderr(&again), "", "said once");
    }
}

#[cfg(unix)]
mod links {
    use std::os::unix::fs::{PermissionsExt, symlink};

    use super::*;

    fn is_link(path: &Path) -> bool {
        fs::symlink_metadata(path).unwrap().file_type().is_symlink()
    }

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    /// Saves a note through `link` and checks it reached `target`, the link
    /// still a link.
    fn save_through(link: &Path, target: &Path) {
        let folder = link.parent().unwrap();
        let mut book = NotesBook::open_in(folder, EVENT);
        book.add(&draft("Ada", "through the link")).unwrap();
        book.add(&draft("Bruno", "twice")).unwrap();
        assert!(is_link(link), "{link:?} is still a link");
        let notes = on_disk(target).notes;
        assert_eq!(notes.len(), 2, "saved in the target");
        assert_eq!(mode(target), 0o600);
        assert_eq!(NotesBook::open_in(folder, EVENT).notes().len(), 2);
    }

    /// A dotfiles folder and a configuration folder, side by side.
    fn folders() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let root = tempfile::tempdir().unwrap();
        let config = root.path().join("config");
        let dotfiles = root.path().join("dotfiles");
        fs::create_dir(&config).unwrap();
        fs::create_dir(&dotfiles).unwrap();
        (root, config, dotfiles)
    }

    #[test]
    fn a_link_to_the_notes_stays_a_link_and_its_target_is_saved() {
        let (_root, config, dotfiles) = folders();
        let target = dotfiles.join("notes.json");
        NotesBook::open_in(&dotfiles, EVENT)
            .add(&draft("Already there", ""))
            .unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(0o644)).unwrap();
        let link = config.join("notes.json");
        symlink(&target, &link).unwrap();
        let mut book = NotesBook::open_in(&config, EVENT);
        assert_eq!(book.notes().len(), 1, "read through the link");
        book.add(&draft("Ada", "")).unwrap();
        assert!(is_link(&link));
        assert_eq!(on_disk(&target).notes.len(), 2);
        assert_eq!(mode(&target), 0o600, "the target is made private");
        // Temporary file, backup and lock live beside the target.
        assert_eq!(names(&config), ["notes.json"]);
        assert_eq!(
            names(&dotfiles),
            ["notes.json", "notes.json.bak", "notes.json.lock"]
        );
    }

    #[test]
    fn a_relative_link_is_followed_from_its_own_folder() {
        let (_root, config, dotfiles) = folders();
        let link = config.join("notes.json");
        fs::write(dotfiles.join("notes.json"), empty_notes()).unwrap();
        symlink("../dotfiles/notes.json", &link).unwrap();
        save_through(&link, &dotfiles.join("notes.json"));
        assert_eq!(
            fs::read_link(&link).unwrap(),
            Path::new("../dotfiles/notes.json")
        );
    }

    #[test]
    fn a_chain_of_links_is_followed_to_the_end() {
        let (_root, config, dotfiles) = folders();
        let target = dotfiles.join("real.json");
        fs::write(&target, empty_notes()).unwrap();
        let middle = dotfiles.join("notes.json");
        symlink("real.json", &middle).unwrap();
        let link = config.join("notes.json");
        symlink(&middle, &link).unwrap();
        save_through(&link, &target);
        assert!(is_link(&middle), "every link of the chain stays");
    }

    #[test]
    fn a_dangling_link_gets_its_target_created() {
        let (_root, config, dotfiles) = folders();
        let target = dotfiles.join("sub").join("notes.json");
        let link = config.join("notes.json");
        symlink(&target, &link).unwrap();
        save_through(&link, &target);
        let sub = fs::metadata(dotfiles.join("sub")).unwrap();
        assert_eq!(sub.permissions().mode() & 0o777, 0o700);
    }

    #[test]
    fn a_loop_of_links_is_an_error_not_a_replaced_link() {
        let (_root, config, _dotfiles) = folders();
        let link = config.join("notes.json");
        symlink("other.json", &link).unwrap();
        symlink("notes.json", config.join("other.json")).unwrap();
        let mut book = NotesBook::open_in(&config, EVENT);
        assert!(book.is_read_only(), "the loop cannot be read");
        assert!(book.add(&draft("Ada", "")).is_err());
        assert!(is_link(&link));
    }

    #[test]
    fn conflict_copies_are_found_beside_the_target() {
        let (_root, config, dotfiles) = folders();
        let elsewhere = tempfile::tempdir().unwrap();
        let target = dotfiles.join("notes.json");
        fs::write(&target, empty_notes()).unwrap();
        symlink(&target, config.join("notes.json")).unwrap();
        fs::write(
            dotfiles.join("notes.sync-conflict-20261204-101500-ABCDEF1.json"),
            other_device(elsewhere.path(), "Bruno"),
        )
        .unwrap();
        let book = NotesBook::open_in(&config, EVENT);
        assert_eq!(book.notes().len(), 1);
        assert_eq!(on_disk(&target).notes.len(), 1);
        assert!(is_link(&config.join("notes.json")));
    }

    #[test]
    fn a_link_to_the_plan_stays_a_link() {
        let (_root, config, dotfiles) = folders();
        let target = dotfiles.join("plan.json");
        let link = config.join("plan.json");
        symlink("../dotfiles/plan.json", &link).unwrap();
        let mut store: Store<PlanFile> = Store::open(&link);
        store
            .save(|plan| plan.event_mut(EVENT).set_starred("A1", true, 1))
            .unwrap();
        assert!(is_link(&link));
        assert_eq!(mode(&target), 0o600);
        let plan = maillage::store::parse::<PlanFile>(&fs::read(&target).unwrap()).unwrap();
        assert_eq!(plan.event(EVENT).starred(), ["A1"]);
    }
}

#[test]
fn an_edit_made_from_an_outdated_copy_keeps_the_other_windows_edit() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = NotesBook::open_in(dir.path(), EVENT);
    let id = first.add(&draft("Ada", "start")).unwrap().id;
    let mut second = NotesBook::open_in(dir.path(), EVENT);
    first
        .edit(&id, &draft("Ada", "from the first window"))
        .unwrap();
    // The second window has not reloaded: its form showed "start".
    second
        .edit(&id, &draft("Ada", "from the second window"))
        .unwrap();
    let note = NotesBook::open_in(dir.path(), EVENT)
        .note(&id)
        .unwrap()
        .clone();
    assert_eq!(note.text, "from the second window");
    let earlier: Vec<&str> = note.earlier.iter().map(|v| v.text.as_str()).collect();
    assert_eq!(earlier, ["from the first window"]);
    // An edit of an up-to-date copy keeps no earlier version.
    let mut third = NotesBook::open_in(dir.path(), EVENT);
    third.edit(&id, &draft("Ada", "later")).unwrap();
    let note = third.note(&id).unwrap();
    assert_eq!(note.earlier.len(), 1, "{note:?}");
}
