//! `maillage search` on a large directory file keeps its catalog in a cache
//! (src/search/catalog/cache.rs): run through the real binary, the cached
//! answers must be exactly the fresh ones, and a cache must never outlive
//! the state of the file it was built from.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

const BIN: &str = env!("CARGO_BIN_EXE_maillage");

struct Fair {
    dir: tempfile::TempDir,
    data: PathBuf,
}

impl Fair {
    /// A generated fair over the 1 MB from which files are cached, written
    /// a minute ago (a file changed in the last seconds is not cached).
    fn new() -> Fair {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("fair.json");
        let directory = maillage::generate::generate(4000, 11);
        write_long_ago(&data, &serde_json::to_string(&directory).unwrap());
        Fair { dir, data }
    }

    fn caches(&self) -> PathBuf {
        self.dir.path().join("cache")
    }

    fn search(&self, args: &[&str]) -> String {
        let output = Command::new(BIN)
            .env("MAILLAGE_CACHE_DIR", self.caches())
            .arg("--data")
            .arg(&self.data)
            .arg("search")
            .args(args)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    fn cache_files(&self) -> Vec<PathBuf> {
        match fs::read_dir(self.caches()) {
            Ok(entries) => entries.map(|e| e.unwrap().path()).collect(),
            Err(_) => Vec::new(),
        }
    }
}

fn write_long_ago(path: &Path, text: &str) {
    fs::write(path, text).unwrap();
    let file = fs::File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() - Duration::from_secs(60))
        .unwrap();
}

const QUERIES: [&[&str]; 6] = [
    &["mersch"],
    &["sante wiltz", "--json"],
    &["x", "--kind", "people"],
    &["brsr", "--kind", "orgs", "--limit", "7"],
    &["1a-0", "--kind", "stands", "--json"],
    &["zzqx"],
];

#[test]
fn cached_answers_are_the_fresh_ones() {
    let fair = Fair::new();
    let fresh: Vec<String> = QUERIES
        .iter()
        .map(|query| fair.search(&[query, &["--no-cache"][..]].concat()))
        .collect();
    assert!(fair.cache_files().is_empty(), "--no-cache wrote a cache");
    // The first search writes the cache, the others read it.
    for (query, fresh) in QUERIES.iter().zip(&fresh) {
        assert_eq!(&fair.search(query), fresh, "{query:?}");
        assert_eq!(fair.cache_files().len(), 1);
    }
    for (query, fresh) in QUERIES.iter().zip(&fresh) {
        assert_eq!(&fair.search(query), fresh, "{query:?}, from the cache");
    }
}

#[test]
fn a_changed_file_is_searched_afresh() {
    let fair = Fair::new();
    assert!(!fair.search(&["mersch"]).is_empty());
    let text = fs::read_to_string(&fair.data).unwrap();
    // Every "Mersch" becomes "Nersch": same length, same inode.
    write_long_ago(&fair.data, &text.replace("Mersch", "Nersch"));
    assert!(
        fair.search(&["mersch", "--kind", "orgs"])
            .lines()
            .all(|l| !l.contains("Mersch"))
    );
    assert_eq!(
        fair.search(&["nersch"]),
        fair.search(&["nersch", "--no-cache"])
    );
    // A file that became invalid is reported, not answered from the cache.
    write_long_ago(&fair.data, &text.replacen("\"org-1\"", "\"org-0\"", 1));
    let output = Command::new(BIN)
        .env("MAILLAGE_CACHE_DIR", fair.caches())
        .arg("--data")
        .arg(&fair.data)
        .args(["search", "mersch"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("org-0"));
}

#[test]
fn a_damaged_cache_is_ignored_and_replaced() {
    let fair = Fair::new();
    let fresh = fair.search(&["sante", "--json"]);
    let cache = fair.cache_files().pop().expect("a cache");
    let bytes = fs::read(&cache).unwrap();
    for damage in [bytes[..bytes.len() / 2].to_vec(), {
        let mut b = bytes.clone();
        let middle = b.len() / 2;
        b[middle..middle + 64].fill(0xff);
        b
    }] {
        fs::write(&cache, &damage).unwrap();
        assert_eq!(fair.search(&["sante", "--json"]), fresh);
        let rewritten = fs::read(&cache).unwrap();
        assert!(rewritten != damage, "the cache is rewritten");
        assert_eq!(rewritten.len(), bytes.len());
    }
}

#[test]
fn a_small_directory_is_not_cached() {
    let fair = Fair::new();
    let small = maillage::generate::generate(200, 3);
    write_long_ago(&fair.data, &serde_json::to_string(&small).unwrap());
    assert!(!fair.search(&["sante"]).is_empty());
    assert!(fair.cache_files().is_empty());
}
