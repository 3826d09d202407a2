use super::*;
use crate::search::catalog::{Catalog, name_field};

const ALL: [Kind; 3] = [Kind::Stand, Kind::Organisation, Kind::Person];

/// A generated fair in `dir`, its stamp as if it were written long ago,
/// its directory and its catalog.
fn fair(dir: &Path, stands: usize) -> (PathBuf, Stamp, Directory, Catalog) {
    let directory = crate::generate::generate(stands, 4);
    let path = dir.join("fair.json");
    fs::write(&path, serde_json::to_string(&directory).unwrap()).unwrap();
    let stamp = long_ago(Stamp::of(&path).unwrap());
    let catalog = Catalog::new(&directory);
    (path, stamp, directory, catalog)
}

/// Writes the cache of `directory`, searching nothing.
fn write_cache(file: &Path, stamp: &Stamp, directory: &Directory) -> io::Result<()> {
    search_and_write(directory, "", &[], false, file, stamp).1
}

fn long_ago(stamp: Stamp) -> Stamp {
    Stamp {
        modified: (stamp.modified.0 - 60, stamp.modified.1),
        ..stamp
    }
}

/// What [`search`] must give: the catalog's hits, with their ids, names
/// and positions.
fn expected(
    directory: &Directory,
    catalog: &Catalog,
    query: &str,
    kinds: &[Kind],
) -> Vec<CachedHit> {
    catalog
        .search(query, kinds)
        .into_iter()
        .map(|(kind, hit)| {
            let engine = catalog.engine(kind);
            let field = name_field(kind);
            CachedHit {
                kind,
                hit,
                id: match kind {
                    Kind::Stand => directory.stands[hit.record].number.as_str(),
                    Kind::Organisation => &directory.organisations[hit.record].id,
                    Kind::Person => &directory.people[hit.record].id,
                }
                .into(),
                name: engine.record(hit.record).text(field).unwrap().into(),
                positions: engine.positions(hit.record, field, query),
                sort_key: engine.record(hit.record).sort_key().into(),
            }
        })
        .collect()
}

#[test]
fn a_search_in_the_cache_finds_what_the_catalog_finds() {
    let dir = tempfile::tempdir().unwrap();
    // Several blocks of each kind, and a last one not full.
    let (_, stamp, directory, catalog) = fair(dir.path(), 9000);
    let file = stamp.cache_file(dir.path());
    write_cache(&file, &stamp, &directory).unwrap();
    for query in ["", "s", "mersch", "brsr", "sante wiltz", "1a-0", "zzqx"] {
        for kinds in [
            &ALL[..],
            &[Kind::Stand],
            &[Kind::Person, Kind::Organisation],
        ] {
            let expected = expected(&directory, &catalog, query, kinds);
            // While the cache is written (here: written again)…
            let (found, written) = search_and_write(&directory, query, kinds, true, &file, &stamp);
            written.unwrap();
            assert_eq!(found, expected, "{query:?} {kinds:?}, writing");
            // … and read from it.
            let found = search(&file, &stamp, query, kinds, true)
                .unwrap()
                .expect("a cache");
            assert_eq!(found, expected, "{query:?} {kinds:?}");
        }
    }
    let without = search(&file, &stamp, "sante", &ALL, false)
        .unwrap()
        .unwrap();
    assert!(without.iter().all(|h| h.positions.is_empty()));
}

#[test]
fn a_cache_of_another_state_of_the_file_is_not_used() {
    let dir = tempfile::tempdir().unwrap();
    let (path, stamp, directory, _) = fair(dir.path(), 50);
    let file = stamp.cache_file(dir.path());
    write_cache(&file, &stamp, &directory).unwrap();
    assert!(search(&file, &stamp, "a", &ALL, false).unwrap().is_some());
    let changed = [
        Stamp {
            len: stamp.len + 1,
            ..stamp.clone()
        },
        Stamp {
            modified: (stamp.modified.0, stamp.modified.1 ^ 1),
            ..stamp.clone()
        },
        Stamp {
            inode: stamp.inode + 1,
            ..stamp.clone()
        },
        Stamp {
            path: format!("{}x", stamp.path),
            ..stamp.clone()
        },
    ];
    for other in changed {
        assert!(
            search(&file, &other, "a", &ALL, false).unwrap().is_none(),
            "{other:?}"
        );
    }
    // The file as it really is now: modified just now, so not the stamp
    // the cache was written for either.
    let now = Stamp::of(&path).unwrap();
    assert!(search(&file, &now, "a", &ALL, false).unwrap().is_none());
    let absent = dir.path().join("none.bin");
    assert!(search(&absent, &stamp, "a", &ALL, false).unwrap().is_none());
}

#[test]
fn a_file_changed_a_moment_ago_is_not_cached() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _, directory, _) = fair(dir.path(), 50);
    let just_now = Stamp::of(&path).unwrap();
    let file = just_now.cache_file(dir.path());
    let (found, written) = search_and_write(&directory, "sante", &ALL, false, &file, &just_now);
    written.unwrap();
    assert!(!found.is_empty());
    assert!(!file.exists());
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "only the fair"
    );
}

#[test]
fn a_damaged_cache_is_an_error_never_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let (_, stamp, directory, _) = fair(dir.path(), 20);
    let file = stamp.cache_file(dir.path());
    write_cache(&file, &stamp, &directory).unwrap();
    let bytes = fs::read(&file).unwrap();
    let damaged = dir.path().join("damaged.bin");
    let header = SEARCH_CACHE.magic.len() + 4 + 8 + env!("CARGO_PKG_VERSION").len() + 8;
    for len in (0..bytes.len()).step_by(7) {
        fs::write(&damaged, &bytes[..len]).unwrap();
        // Cut inside the header: not a cache of this file; after: damaged.
        match search(&damaged, &stamp, "s", &ALL, true) {
            Ok(None) => assert!(len < header + 200, "cut at {len}"),
            Ok(Some(_)) => panic!("a cache cut at {len} was read"),
            Err(e) => assert_eq!(e.kind(), io::ErrorKind::InvalidData, "{e}"),
        }
    }
    for at in (header..bytes.len()).step_by(5) {
        let mut changed = bytes.clone();
        changed[at] ^= 0x5a;
        fs::write(&damaged, &changed).unwrap();
        for query in ["", "s", "sante wiltz"] {
            let _ = search(&damaged, &stamp, query, &ALL, true);
        }
    }
}

#[cfg(unix)]
#[test]
fn a_cache_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (_, stamp, directory, _) = fair(dir.path(), 20);
    let file = stamp.cache_file(&dir.path().join("cache"));
    write_cache(&file, &stamp, &directory).unwrap();
    let mode = fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let folder = fs::metadata(dir.path().join("cache"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(folder & 0o777, 0o700);
}

#[test]
fn only_the_most_recent_caches_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let caches = dir.path().join("cache");
    fs::create_dir(&caches).unwrap();
    let base = SystemTime::now() - Duration::from_secs(1000);
    for age in 0..6u64 {
        let file = caches.join(format!("search-{age:016x}.bin"));
        write_at(&file, base - Duration::from_secs(age * 10));
    }
    fs::write(caches.join("notes.json"), b"{}").unwrap();
    // Left by writers killed mid-way: an old one is removed, one that may
    // still be written is not.
    let abandoned = caches.join("search-00000000000000aa.tmp-1");
    write_at(&abandoned, base - Duration::from_secs(7200));
    fs::write(caches.join("search-00000000000000bb.tmp-2"), b"x").unwrap();
    // A launch cache, older than all: kept, it is not a search cache.
    write_at(
        &caches.join("launch-0000000000000009.bin"),
        base - Duration::from_secs(500),
    );
    prune(&caches, PREFIX, 4).unwrap();
    let mut left: Vec<String> = fs::read_dir(&caches)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        [
            "launch-0000000000000009.bin",
            "notes.json",
            "search-0000000000000000.bin",
            "search-0000000000000001.bin",
            "search-0000000000000002.bin",
            "search-0000000000000003.bin",
            "search-00000000000000bb.tmp-2",
        ]
    );
}

#[test]
fn a_cache_that_cannot_be_written_changes_no_result() {
    let dir = tempfile::tempdir().unwrap();
    let (_, stamp, directory, catalog) = fair(dir.path(), 300);
    let blocker = dir.path().join("not-a-folder");
    fs::write(&blocker, b"").unwrap();
    let file = stamp.cache_file(&blocker);
    let (found, written) = search_and_write(&directory, "sante", &ALL, true, &file, &stamp);
    assert!(written.is_err());
    assert_eq!(found, expected(&directory, &catalog, "sante", &ALL));
}

#[test]
fn blocks_must_hold_each_record_once() {
    let block = |kind, first, records| Block {
        kind,
        first,
        records,
        offset: 0,
        len: 0,
    };
    let (s, o) = (Kind::Stand, Kind::Organisation);
    assert!(tiled(&[]));
    assert!(tiled(&[
        block(s, 0, 4096),
        block(o, 0, 3),
        block(s, 4096, 5)
    ]));
    for wrong in [
        vec![block(s, 0, 4096), block(s, 0, 4096)],
        vec![block(s, 0, 10), block(s, 11, 10)],
        vec![block(s, 0, 10), block(s, 5, 10)],
        vec![block(o, 1, 10)],
        vec![block(s, usize::MAX, 2)],
    ] {
        assert!(!tiled(&wrong), "{wrong:?}");
    }
}

#[test]
fn a_search_reads_the_cache_it_opened_even_if_it_is_replaced_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let (_, stamp, directory, catalog) = fair(dir.path(), 9000);
    let file = stamp.cache_file(dir.path());
    write_cache(&file, &stamp, &directory).unwrap();
    let (opened, blocks) = contents(&file, &stamp).unwrap().expect("the cache");
    // Another search puts a new file in place (here: one of the same size
    // whose blocks are garbage) after this one read the list of blocks.
    let len = fs::metadata(&file).unwrap().len() as usize;
    let replacement = dir.path().join("replacement");
    fs::write(&replacement, vec![0x5a; len]).unwrap();
    fs::rename(&replacement, &file).unwrap();
    let found = search_opened(opened, &blocks, "sante", &ALL, true).unwrap();
    assert_eq!(found, expected(&directory, &catalog, "sante", &ALL));
}

/// Writes a one-byte file at `path`, last modified at `modified`.
fn write_at(path: &Path, modified: SystemTime) {
    fs::write(path, b"x").unwrap();
    let opened = File::options().write(true).open(path).unwrap();
    opened.set_modified(modified).unwrap();
}
