//! The app on a large directory file keeps what it loaded in a launch cache
//! (src/search/catalog/cache/launch): the real binary, in a pseudo-terminal,
//! must show and search the same fair whether it read the file or the
//! cache, write the cache once, and shrug off a damaged one.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use common::pty::{Launch, Session};
use maillage::directory::Directory;
use maillage::search::catalog::Catalog;
use maillage::search::catalog::cache::{Stamp, launch};

/// A generated fair over the 1 MB from which files are cached, written a
/// minute ago (a file changed in the last seconds is not cached).
fn fair(dir: &Path) -> PathBuf {
    let data = dir.join("fair.json");
    let directory = maillage::generate::generate(4000, 12);
    fs::write(&data, serde_json::to_string(&directory).unwrap()).unwrap();
    let file = fs::File::options().write(true).open(&data).unwrap();
    file.set_modified(SystemTime::now() - Duration::from_secs(60))
        .unwrap();
    data
}

fn launch_caches(caches: &Path) -> Vec<PathBuf> {
    match fs::read_dir(caches) {
        Ok(entries) => entries
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with("launch-")
            })
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// Runs the app on `data`, searches `query`, and returns the screen with
/// the fair and the one with the results, after a clean quit.
fn search_in_app(data: &Path, config: &Path, caches: &Path, query: &str) -> (String, String) {
    let data = data.to_str().unwrap();
    let caches = caches.to_str().unwrap();
    let mut app = Session::start(Launch {
        args: &["--data", data],
        env: &[("MAILLAGE_CACHE_DIR", caches)],
        config_dir: Some(config),
        ..Launch::default()
    });
    let first = app.wait_for("4000/4000");
    app.type_text(query);
    let found = app.wait_until("the search's results", |s| {
        s.contains(query) && !s.contains("4000/4000")
    });
    app.send("\x03");
    assert_eq!(app.wait_exit(), 0);
    (first, found)
}

#[test]
fn the_second_launch_shows_and_finds_the_same_from_the_cache() {
    let dir = tempfile::tempdir().unwrap();
    let data = fair(dir.path());
    let caches = dir.path().join("cache");
    let config = dir.path().join("config");

    let from_file = search_in_app(&data, &config, &caches, "kirchberg");
    let written = launch_caches(&caches);
    assert_eq!(
        written.len(),
        1,
        "the cache is written by the time the app has quit"
    );
    let stamp = fs::metadata(&written[0]).unwrap().modified().unwrap();

    let from_cache = search_in_app(&data, &config, &caches, "kirchberg");
    assert_eq!(from_cache, from_file);
    let kept = fs::metadata(&written[0]).unwrap().modified().unwrap();
    assert_eq!(kept, stamp, "a cache that was read is not written again");
}

#[test]
fn a_damaged_cache_is_replaced_and_changes_nothing_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let data = fair(dir.path());
    let caches = dir.path().join("cache");
    let config = dir.path().join("config");
    let from_file = search_in_app(&data, &config, &caches, "sante");
    let cache = launch_caches(&caches).pop().expect("a cache");
    let mut bytes = fs::read(&cache).unwrap();
    let at = bytes.len() / 3;
    bytes[at] ^= 0x01;
    fs::write(&cache, &bytes).unwrap();

    assert_eq!(search_in_app(&data, &config, &caches, "sante"), from_file);
    assert_ne!(fs::read(&cache).unwrap(), bytes, "written again");
}

fn route(data: &Path, caches: &Path, to: &str) -> String {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_maillage"))
        .env("MAILLAGE_CACHE_DIR", caches)
        .args(["--data", data.to_str().unwrap(), "route", "entrance", to])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn a_route_is_answered_from_the_launch_cache_and_writes_none() {
    let dir = tempfile::tempdir().unwrap();
    let data = fair(dir.path());
    let caches = dir.path().join("cache");
    let from_file = route(&data, &caches, "1B-007");
    assert!(from_file.contains("1B-007"), "{from_file}");
    assert!(
        launch_caches(&caches).is_empty(),
        "a one-shot command writes no launch cache"
    );

    // A cache of this very state of the file, in which the stand has
    // another number: only a route read from the cache can find it.
    let mut directory: Directory = serde_json::from_slice(&fs::read(&data).unwrap()).unwrap();
    let stand = directory
        .stands
        .iter_mut()
        .find(|s| s.number == "1B-007")
        .unwrap();
    stand.number = "ZZ-7".into();
    let stamp = Stamp::of(&data).unwrap();
    let cache = stamp.launch_file(&caches);
    launch::write(&cache, &stamp, &directory, &Catalog::new(&directory)).unwrap();
    let from_cache = route(&data, &caches, "ZZ-7");
    assert_eq!(from_cache, from_file.replace("1B-007", "ZZ-7"));
}

#[test]
fn the_cache_is_written_during_the_session_not_only_at_a_clean_quit() {
    let dir = tempfile::tempdir().unwrap();
    let data = fair(dir.path());
    let caches = dir.path().join("cache");
    let app = Session::start(Launch {
        args: &["--data", data.to_str().unwrap()],
        env: &[("MAILLAGE_CACHE_DIR", caches.to_str().unwrap())],
        config_dir: Some(&dir.path().join("config")),
        ..Launch::default()
    });
    app.wait_for("4000/4000");
    let deadline = std::time::Instant::now() + common::pty::DEADLINE;
    while launch_caches(&caches).is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "no launch cache while the app runs"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // The terminal closed under it: the process is killed, not quit.
    drop(app);
    let cache = launch_caches(&caches).pop().unwrap();
    let written = fs::metadata(&cache).unwrap().modified().unwrap();
    search_in_app(&data, &dir.path().join("config"), &caches, "sante");
    // Written again, it would be the same bytes in a new file.
    let kept = fs::metadata(&cache).unwrap().modified().unwrap();
    assert_eq!(kept, written, "read, not written again");
}
