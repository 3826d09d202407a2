//! Crash safety: `maillage notes add` killed with SIGKILL at random moments,
//! hundreds of times. After every kill the notes file must parse and hold
//! every note whose id the writer printed (it prints only after the save
//! returned), and every note that was there before.
//!
//! A second test kills a child that saves in a loop (many saves per process,
//! so kills also land between two saves of one writer, with its lock,
//! backup and temporary files in every state).
//!
//! Timing is used only to pick the moments to kill, never asserted.
#![cfg(unix)]

use std::collections::HashSet;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use maillage::notes::{NoteDraft, NotesBook, NotesFile};
use maillage::store::Store;

use crate::common::cli::{maillage_in, this_test_binary_running};
use crate::common::fixtures::DEFAULT_EVENT as EVENT;
const KILLS: usize = 200;
/// Notes already in the file, so every save writes a sizeable file and the
/// kills have a real chance to land in the middle of one.
const EXISTING: usize = 600;

/// A small xorshift generator: no dependency, and the seed is printed so a
/// failure can be replayed.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

fn writer(config: &Path, name: &str) -> Command {
    let mut command = maillage_in(config);
    command
        .args([
            "notes",
            "add",
            "--name",
            name,
            "--text",
            "written while being killed",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    command
}

fn ids_on_disk(path: &Path) -> HashSet<String> {
    let store: Store<NotesFile> = Store::open(path);
    if let Some(problem) = store.problem() {
        panic!("the notes file no longer parses: {problem}");
    }
    store
        .document()
        .notes
        .iter()
        .map(|n| n.id.clone())
        .collect()
}

#[test]
fn killed_writers_never_lose_an_acknowledged_note() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let mut book = NotesBook::open_in(dir.path(), EVENT);
    let mut expected: HashSet<String> = HashSet::new();
    // One save of many notes, to start from a file of realistic size.
    book.add(&NoteDraft {
        name: "first".into(),
        ..NoteDraft::default()
    })
    .unwrap();
    let mut store: Store<NotesFile> = Store::open(&path);
    store
        .save(|file| {
            let template = file.notes[0].clone();
            for i in 0..EXISTING {
                let mut note = template.clone();
                note.id = format!("existing-{i}");
                note.name = format!("Existing contact number {i}");
                note.text = "Un texte un peu long pour grossir le fichier. ".repeat(4);
                file.notes.push(note);
            }
        })
        .unwrap();
    expected.extend(ids_on_disk(&path));

    // How long one add takes here (the median of a few), to spread the kills
    // over its whole life: start-up, reading, writing, flushing, renaming.
    let mut durations = Vec::new();
    for i in 0..5 {
        let started = Instant::now();
        let out = writer(dir.path(), &format!("calibration {i}"))
            .output()
            .unwrap();
        assert!(out.status.success());
        expected.insert(String::from_utf8(out.stdout).unwrap().trim().to_string());
        durations.push(started.elapsed());
    }
    durations.sort();
    let span = (durations[2].as_micros() as u64).max(1000) * 6 / 5;

    let seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    println!("seed {seed}, kill moments spread over {span} µs");
    let mut random = Random(seed);
    let (mut kills, mut completed, mut acknowledged_while_killed) = (0, 0, 0);
    let mut attempt = 0;
    while kills < KILLS {
        attempt += 1;
        let mut child = writer(dir.path(), &format!("attempt {attempt}"))
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(random.below(span)));
        let finished_already = child.try_wait().unwrap().is_some();
        child.kill().unwrap(); // SIGKILL
        let status = child.wait().unwrap();
        let mut stdout = String::new();
        child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut stdout)
            .unwrap();
        // Only whole lines count: the id is printed after the save returned.
        let acknowledged: Vec<&str> = stdout.split_terminator('\n').collect();
        expected.extend(acknowledged.iter().map(|s| s.to_string()));
        if finished_already || status.success() {
            completed += 1;
        } else {
            kills += 1;
            acknowledged_while_killed += acknowledged.len();
        }
        let on_disk = ids_on_disk(&path);
        let missing: Vec<&String> = expected.difference(&on_disk).collect();
        assert!(
            missing.is_empty(),
            "after attempt {attempt} (seed {seed}), lost {missing:?}"
        );
    }
    println!(
        "{kills} kills, {completed} completed, {acknowledged_while_killed} acknowledged just before a kill"
    );
    assert!(
        completed > 0,
        "some writers must finish, or the test proves nothing"
    );
    assert!(
        expected.len() > EXISTING + 3,
        "notes were acknowledged during the run"
    );

    // The next save cleans up what killed writers left behind.
    let out = writer(dir.path(), "after the storm").output().unwrap();
    assert!(out.status.success());
    let leftovers: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Where the looping writer keeps its notes; set only for the child.
const LOOP_DIR: &str = "MAILLAGE_CRASH_LOOP_DIR";
/// Prefix of the lines the looping writer prints after each save returned.
const ACK: &str = "saved ";

/// Not a test on its own: the child of `a_writer_saving_in_a_loop_...`.
/// Adds notes forever, printing each id once its save returned.
#[test]
#[ignore = "run as a child by a_writer_saving_in_a_loop_never_loses_an_acknowledged_note"]
fn looping_writer() {
    let dir = std::env::var_os(LOOP_DIR).unwrap_or_else(|| {
        panic!("{LOOP_DIR} unset: this is only the child of a_writer_saving_in_a_loop_...")
    });
    let mut book = NotesBook::open_in(Path::new(&dir), EVENT);
    for i in 0.. {
        let added = book
            .add(&NoteDraft {
                name: format!("looping {i}"),
                text: "saved in a loop, killed at random".into(),
                ..NoteDraft::default()
            })
            .expect("save");
        println!("{ACK}{}", added.id); // stdout is line-buffered: one write per line
    }
}

#[test]
fn a_writer_saving_in_a_loop_never_loses_an_acknowledged_note() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    println!("seed {seed}");
    let mut random = Random(seed);
    let mut expected: HashSet<String> = HashSet::new();
    let (mut kills, mut saves) = (0, 0);
    while kills < KILLS {
        let mut child = this_test_binary_running("notes_crash::looping_writer")
            .env(LOOP_DIR, dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // From before the first save to several saves in.
        std::thread::sleep(Duration::from_micros(random.below(150_000)));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let mut stdout = String::new();
        child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut stdout)
            .unwrap();
        // Only whole lines count: the id is printed after the save returned.
        let acknowledged: Vec<String> = stdout
            .split_terminator('\n')
            .filter_map(|l| l.strip_prefix(ACK))
            .map(str::to_string)
            .collect();
        saves += acknowledged.len();
        expected.extend(acknowledged);
        kills += 1;
        if path.exists() {
            let on_disk = ids_on_disk(&path);
            let missing: Vec<&String> = expected.difference(&on_disk).collect();
            assert!(
                missing.is_empty(),
                "after kill {kills} (seed {seed}), lost {missing:?}"
            );
        }
    }
    println!("{kills} kills of a looping writer, {saves} saves acknowledged");
    assert!(
        saves > KILLS,
        "writers saved several times before being killed"
    );
}
