//! Property tests: the notes store behaves like a plain in-memory map.
//!
//! Random sequences of add / edit / cycle follow-up / delete / reload /
//! reopen, on one `NotesBook` or on two sharing one folder (as two open
//! windows do), must leave every instance that is up to date — the one that
//! just saved, one that just reloaded, a fresh one — showing exactly the
//! model's notes. And a notes file that cannot be read is never modified,
//! whatever the sequence. Merging copies of the file (another window, a
//! sync tool's conflict copy) gives the same result in either order, changes
//! nothing when repeated, and keeps every version of every note as its
//! content or an earlier version, unless the note was edited from it. Case
//! counts: tests/it/common/prop.rs.

use std::collections::BTreeMap;
use std::path::Path;

use maillage::notes::{
    FollowUp, Note, NoteDraft, NoteError, NoteVersion, NotesBook, NotesFile, OrganisationRef,
    Tombstone,
};
use maillage::store::Document;
use proptest::prelude::*;

use crate::common::fixtures::fixture;
use crate::common::prop as prop_settings;

const EVENT: &str = "prop-event";

/// What the model expects of every note: its draft, as the store shows it.
type Model = BTreeMap<String, NoteDraft>;

fn trimmed(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(vec!['a', 'B', 'é', ' ', '-', '\n', '🦀', '"', '\\', '\u{301}']),
            1 => any::<char>(),
        ],
        0..max,
    )
    .prop_map(|c| c.into_iter().collect::<String>().trim().to_string())
}

/// A draft already in the form the store keeps it (trimmed, tags unique),
/// so the model can compare it as it is. Names are sometimes blank, which
/// the store must refuse.
fn draft() -> impl Strategy<Value = NoteDraft> {
    let organisation = prop::option::of(
        (prop::option::of("[a-z]{1,6}"), trimmed(10)).prop_filter_map("empty ref", |(id, name)| {
            (id.is_some() || !name.is_empty()).then_some(OrganisationRef { id, name })
        }),
    );
    (
        prop_oneof![9 => trimmed(12), 1 => Just(String::new())],
        organisation,
        (trimmed(8), trimmed(8), trimmed(8), trimmed(4)),
        trimmed(40),
        prop::collection::vec(trimmed(6), 0..4),
        0..3usize,
    )
        .prop_map(
            |(name, organisation, (role, email, phone, stand), text, tags, cycles)| {
                let mut unique: Vec<String> = Vec::new();
                for tag in tags.into_iter().filter(|t| !t.is_empty()) {
                    if !unique.contains(&tag) {
                        unique.push(tag);
                    }
                }
                let follow_up = (0..cycles).fold(FollowUp::None, |f, _| f.cycled());
                NoteDraft {
                    name,
                    given_name: String::new(),
                    family_name: String::new(),
                    organisation,
                    role,
                    email,
                    phone,
                    stand,
                    text,
                    tags: unique,
                    follow_up,
                }
            },
        )
}

#[derive(Debug, Clone)]
enum Op {
    Add(usize, NoteDraft),
    Edit(usize, prop::sample::Index, NoteDraft),
    CycleFollowUp(usize, prop::sample::Index),
    Delete(usize, prop::sample::Index),
    /// Picks up what the other instance saved.
    Reload(usize),
    /// Closes the instance and opens it again from the file.
    Reopen(usize),
}

fn op(instances: usize) -> impl Strategy<Value = Op> {
    let who = 0..instances;
    let pick = any::<prop::sample::Index>();
    prop_oneof![
        4 => (who.clone(), draft()).prop_map(|(w, d)| Op::Add(w, d)),
        3 => (who.clone(), pick.clone(), draft()).prop_map(|(w, i, d)| Op::Edit(w, i, d)),
        1 => (who.clone(), pick.clone()).prop_map(|(w, i)| Op::CycleFollowUp(w, i)),
        2 => (who.clone(), pick).prop_map(|(w, i)| Op::Delete(w, i)),
        1 => who.clone().prop_map(Op::Reload),
        1 => who.prop_map(Op::Reopen),
    ]
}

fn view(book: &NotesBook) -> Model {
    book.notes()
        .into_iter()
        .map(|n| (n.id.clone(), NoteDraft::from_note(n)))
        .collect()
}

/// Runs `ops` on `instances` books in one folder, checking against the model.
fn run(ops: &[Op], instances: usize) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let open = || NotesBook::open_in(dir.path(), EVENT);
    let mut books: Vec<NotesBook> = (0..instances).map(|_| open()).collect();
    let mut model = Model::new();
    // Every id ever handed out, deleted ones included: editing those must fail.
    let mut ids: Vec<String> = Vec::new();
    for (step, op) in ops.iter().enumerate() {
        let at = format!("step {step}: {op:?}");
        let synced = match op {
            Op::Add(w, draft) => {
                match books[*w].add(draft) {
                    Ok(added) => {
                        prop_assert!(!draft.name.trim().is_empty(), "{}", at);
                        prop_assert!(!model.contains_key(&added.id));
                        model.insert(added.id.clone(), draft.clone());
                        ids.push(added.id);
                    }
                    Err(NoteError::Draft(_)) => {
                        prop_assert!(draft.name.trim().is_empty());
                        continue;
                    }
                    Err(e) => return Err(TestCaseError::fail(format!("{at}: {e}"))),
                }
                Some(*w)
            }
            Op::Edit(w, pick, draft) => {
                if ids.is_empty() {
                    continue;
                }
                let id = pick.get(&ids).clone();
                let result = books[*w].edit(&id, draft);
                match (&result, model.contains_key(&id)) {
                    (Ok(_), true) => {
                        model.insert(id, draft.clone());
                    }
                    (Err(NoteError::Draft(_)), _) => {
                        prop_assert!(draft.name.trim().is_empty());
                        continue;
                    }
                    (Err(NoteError::NotFound(_)), false) => continue,
                    _ => return Err(TestCaseError::fail(format!("{at}: {result:?}"))),
                }
                Some(*w)
            }
            Op::CycleFollowUp(w, pick) => {
                if ids.is_empty() {
                    continue;
                }
                let id = pick.get(&ids).clone();
                let result = books[*w].cycle_follow_up(&id);
                match (result, model.get_mut(&id)) {
                    (Ok(now), Some(expected)) => {
                        expected.follow_up = expected.follow_up.cycled();
                        prop_assert_eq!(now, expected.follow_up);
                    }
                    (Err(NoteError::NotFound(_)), None) => continue,
                    (result, _) => return Err(TestCaseError::fail(format!("{at}: {result:?}"))),
                }
                Some(*w)
            }
            Op::Delete(w, pick) => {
                if ids.is_empty() {
                    continue;
                }
                let id = pick.get(&ids).clone();
                let result = books[*w].delete(&id);
                match (&result, model.remove(&id)) {
                    (Ok(()), Some(_)) => {}
                    (Err(NoteError::NotFound(_)), None) => continue,
                    _ => return Err(TestCaseError::fail(format!("{at}: {result:?}"))),
                }
                Some(*w)
            }
            Op::Reload(w) => {
                books[*w].reload_if_changed();
                Some(*w)
            }
            Op::Reopen(w) => {
                books[*w] = open();
                Some(*w)
            }
        };
        // The instance that just saved or read the file shows all of it.
        if let Some(w) = synced {
            prop_assert!(books[w].problem().is_none(), "{}", at);
            prop_assert_eq!(&view(&books[w]), &model, "instance {} after {}", w, at);
        }
    }
    for book in &mut books {
        book.reload_if_changed();
        prop_assert_eq!(&view(book), &model, "after reloading at the end");
    }
    prop_assert_eq!(&view(&open()), &model, "a fresh instance");
    Ok(())
}

proptest! {
    #![proptest_config(prop_settings::config(200))]

    #[test]
    fn one_instance_equals_the_model(ops in prop::collection::vec(op(1), 1..24)) {
        run(&ops, 1)?;
    }

    #[test]
    fn two_instances_on_one_folder_equal_the_model(ops in prop::collection::vec(op(2), 1..32)) {
        run(&ops, 2)?;
    }
}

// ---- an unreadable file is never modified ----

/// Contents a notes file can have that the store must refuse.
fn corrupt() -> impl Strategy<Value = Vec<u8>> {
    let valid = std::fs::read(fixture("notes/notes.json")).unwrap();
    let cut = valid.clone();
    prop_oneof![
        // Cut short: half-written by something else.
        (1..valid.len() - 2).prop_map(move |n| cut[..n].to_vec()),
        // Garbage, usually not even UTF-8.
        prop::collection::vec(any::<u8>(), 1..200).prop_filter("not empty JSON", |b| {
            serde_json::from_slice::<serde_json::Value>(b).is_err()
        }),
        Just(b"{\"format\": \"maillage-notes\", \"version\": 3, \"notes\": []}".to_vec()),
        Just(b"{\"format\": \"maillage-plan\", \"version\": 1}".to_vec()),
        Just(b"{\"format\": \"maillage-notes\", \"version\": 1, \"notes\": [{}]}".to_vec()),
        Just(b"[]".to_vec()),
        Just(b"\xff\xfe{}".to_vec()),
    ]
}

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .filter(|(name, _)| !name.ends_with(".lock"))
        .collect()
}

proptest! {
    #![proptest_config(prop_settings::config(100))]

    #[test]
    fn an_unreadable_notes_file_is_never_modified(
        bytes in corrupt(),
        ops in prop::collection::vec(op(2), 1..16),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.json");
        std::fs::write(&path, &bytes).unwrap();
        let before = files(dir.path());
        let mut books = [
            NotesBook::open_in(dir.path(), EVENT),
            NotesBook::open_in(dir.path(), EVENT),
        ];
        let some_id = "01900000-0000-7000-8000-000000000001".to_string();
        for op in &ops {
            let result = match op {
                Op::Add(w, d) => books[*w].add(d).map(|_| ()),
                Op::Edit(w, _, d) => books[*w].edit(&some_id, d).map(|_| ()),
                Op::CycleFollowUp(w, _) => books[*w].cycle_follow_up(&some_id).map(|_| ()),
                Op::Delete(w, _) => books[*w].delete(&some_id),
                Op::Reload(w) => {
                    books[*w].reload_if_changed();
                    Err(NoteError::NotFound(String::new()))
                }
                Op::Reopen(w) => {
                    books[*w] = NotesBook::open_in(dir.path(), EVENT);
                    Err(NoteError::NotFound(String::new()))
                }
            };
            prop_assert!(result.is_err(), "{:?} succeeded on an unreadable file", op);
            for book in &books {
                prop_assert!(book.is_read_only());
            }
            prop_assert_eq!(&files(dir.path()), &before, "after {:?}", op);
        }
    }
}

// ---- merging copies: earlier versions ----

/// Times a copy's versions are stamped with: few, so copies share some.
fn stamp() -> impl Strategy<Value = jiff::Timestamp> {
    (0..6i64).prop_map(|s| jiff::Timestamp::from_second(1_800_000_000 + s).unwrap())
}

/// A version's content: few, so copies often agree.
fn version() -> impl Strategy<Value = NoteVersion> {
    (
        prop::sample::select(vec!["", "met at A1", "call back", "✓"]),
        prop::option::of(prop::sample::select(vec!["chair", "bénévole"])),
        0..3usize,
        stamp(),
    )
        .prop_map(|(text, role, cycles, updated)| NoteVersion {
            name: "Ada".into(),
            given_name: None,
            family_name: None,
            organisation: None,
            role: role.map(str::to_string),
            email: None,
            phone: None,
            stand: None,
            text: text.into(),
            tags: Vec::new(),
            follow_up: (0..cycles).fold(FollowUp::None, |f, _| f.cycled()),
            updated,
        })
}

/// One device's copy of note `id`: its content, what it was edited from,
/// its earlier versions.
fn copy_of(id: &'static str) -> impl Strategy<Value = Note> {
    (
        version(),
        prop::collection::vec(stamp(), 0..3),
        prop::collection::vec(version(), 0..3),
    )
        .prop_map(move |(current, edited_from, earlier)| {
            let mut note = Note {
                updated: current.updated,
                // Only states before this one.
                edited_from: edited_from
                    .into_iter()
                    .filter(|s| *s < current.updated)
                    .collect(),
                earlier,
                ..Note::new(
                    id,
                    EVENT,
                    jiff::Timestamp::from_second(1_700_000_000).unwrap(),
                )
            };
            current.apply_to(&mut note);
            note
        })
}

/// A device's notes file: a copy of some of two notes, maybe a deletion.
fn copy_of_file(tombstones: bool) -> impl Strategy<Value = NotesFile> {
    let tombstone = prop::option::of((prop::sample::select(vec!["1", "2"]), stamp()))
        .prop_map(move |t| t.filter(|_| tombstones));
    (
        prop::option::of(copy_of("1")),
        prop::option::of(copy_of("2")),
        tombstone,
    )
        .prop_map(|(one, two, tombstone)| NotesFile {
            notes: one.into_iter().chain(two).collect(),
            tombstones: tombstone
                .map(|(id, deleted)| Tombstone {
                    id: id.into(),
                    deleted,
                })
                .into_iter()
                .collect(),
            ..NotesFile::default()
        })
}

/// Every version a file holds: each note's content and its earlier ones.
fn versions(file: &NotesFile) -> Vec<(String, NoteVersion)> {
    file.notes
        .iter()
        .flat_map(|n| {
            std::iter::once(NoteVersion::of(n))
                .chain(n.earlier.iter().cloned())
                .map(|v| (n.id.clone(), v))
        })
        .collect()
}

proptest! {
    #![proptest_config(prop_settings::config(500))]

    #[test]
    fn merging_copies_is_commutative_and_idempotent(
        a in copy_of_file(true),
        b in copy_of_file(true),
        c in copy_of_file(true),
    ) {
        let ab = NotesFile::merge(a.clone(), b.clone());
        prop_assert_eq!(&ab, &NotesFile::merge(b.clone(), a.clone()), "A into B = B into A");
        prop_assert_eq!(&NotesFile::merge(ab.clone(), ab.clone()), &ab, "merging twice");
        prop_assert_eq!(&NotesFile::merge(ab.clone(), a.clone()), &ab, "A again");
        prop_assert_eq!(&NotesFile::merge(b.clone(), ab.clone()), &ab, "B again");
        let abc = NotesFile::merge(ab.clone(), c.clone());
        prop_assert_eq!(&NotesFile::merge(abc.clone(), c), &abc, "C again");
    }

    #[test]
    fn merging_copies_loses_no_version(a in copy_of_file(false), b in copy_of_file(false)) {
        let merged = NotesFile::merge(a.clone(), b.clone());
        for (id, version) in versions(&a).into_iter().chain(versions(&b)) {
            let note = merged.notes.iter().find(|n| n.id == id);
            prop_assert!(note.is_some(), "note {} kept", id);
            let note = note.unwrap();
            let kept = NoteVersion::of(note).same_content(&version)
                || note.earlier.iter().any(|e| e.same_content(&version))
                // A state the note was edited from is not a change of its own.
                || note.edited_from.contains(&version.updated);
            prop_assert!(kept, "{:?} of note {} lost in {:?}", version, id, note);
        }
    }
}
