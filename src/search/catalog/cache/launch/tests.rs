use std::fs;
use std::time::Duration;

use super::*;

/// A generated fair of `stands` stands in `dir`, written a minute ago (a
/// file changed in the last seconds is not cached), and its directory.
fn fair(dir: &Path, stands: usize) -> (PathBuf, Directory) {
    let directory = crate::generate::generate(stands, 5);
    let path = dir.join("fair.json");
    fs::write(&path, serde_json::to_string(&directory).unwrap()).unwrap();
    age(&path);
    (path, directory)
}

fn age(path: &Path) {
    let file = File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() - Duration::from_secs(60))
        .unwrap();
}

/// The launch cache of a small fair, written: its file, stamp, directory and
/// catalog. (A stamp is taken as is: `read` and `write` do not look at the
/// file's size, only `load` does.)
fn written(dir: &Path) -> (PathBuf, Stamp, Directory, Catalog) {
    let (path, directory) = fair(dir, 300);
    let stamp = Stamp::of(&path).unwrap();
    let catalog = Catalog::new(&directory);
    let file = stamp.launch_file(&dir.join("cache"));
    write(&file, &stamp, &directory, &catalog).unwrap();
    (file, stamp, directory, catalog)
}

#[test]
fn what_is_written_reads_back_equal() {
    let dir = tempfile::tempdir().unwrap();
    let (file, stamp, directory, catalog) = written(dir.path());
    let (read_directory, read_catalog) = read(&file, &stamp).unwrap().expect("a hit");
    assert_eq!(read_directory, directory);
    assert_eq!(read_catalog, catalog);
    assert!(directory.venue.is_some(), "the test covers a venue");
}

#[test]
fn the_default_directory_reads_back_equal() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = fair(dir.path(), 20);
    let stamp = Stamp::of(&path).unwrap();
    let directory = crate::directory::default_directory();
    let catalog = Catalog::new(&directory);
    let file = stamp.launch_file(dir.path());
    write(&file, &stamp, &directory, &catalog).unwrap();
    let (read_directory, read_catalog) = read(&file, &stamp).unwrap().unwrap();
    assert_eq!(read_directory, directory);
    assert_eq!(read_catalog, catalog);
}

#[test]
fn another_state_of_the_file_or_no_cache_is_a_miss() {
    let dir = tempfile::tempdir().unwrap();
    let (file, stamp, _, _) = written(dir.path());
    let changed = Stamp {
        len: stamp.len + 1,
        ..stamp.clone()
    };
    assert!(read(&file, &changed).unwrap().is_none());
    let touched = Stamp {
        modified: (stamp.modified.0, stamp.modified.1 ^ 1),
        ..stamp.clone()
    };
    assert!(read(&file, &touched).unwrap().is_none());
    assert!(
        read(&dir.path().join("none.bin"), &stamp)
            .unwrap()
            .is_none()
    );
    // A search cache is not a launch cache.
    fs::write(&file, b"maillage-search\n").unwrap();
    assert!(read(&file, &stamp).unwrap().is_none());
}

#[test]
fn a_byte_changed_in_any_part_is_an_error_not_a_wrong_directory() {
    let dir = tempfile::tempdir().unwrap();
    let (file, stamp, _, _) = written(dir.path());
    let bytes = fs::read(&file).unwrap();
    let opened = File::open(&file).unwrap();
    let places = places(&opened, &stamp).unwrap().unwrap();
    drop(opened);
    for (part, place) in PARTS.iter().zip(places) {
        // The first, middle and last byte of each part.
        for at in [0, place.len / 2, place.len - 1] {
            let mut damaged = bytes.clone();
            damaged[(place.offset + at) as usize] ^= 0x20;
            fs::write(&file, &damaged).unwrap();
            let error = read(&file, &stamp).expect_err("damage is seen");
            assert_eq!(error.kind(), io::ErrorKind::InvalidData, "{part:?} at {at}");
        }
    }
}

#[test]
fn a_cache_cut_short_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let (file, stamp, _, _) = written(dir.path());
    let bytes = fs::read(&file).unwrap();
    for len in [bytes.len() - 1, bytes.len() / 2, 200, 40] {
        fs::write(&file, &bytes[..len]).unwrap();
        assert!(read(&file, &stamp).is_err(), "cut at {len}");
    }
}

#[test]
fn engines_that_do_not_match_the_directory_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (file, stamp, mut directory, catalog) = written(dir.path());
    directory.people.pop();
    write(&file, &stamp, &directory, &catalog).unwrap();
    let error = read(&file, &stamp).expect_err("refused");
    assert_eq!(error.to_string(), "the engines do not match the directory");
}

#[test]
fn the_cache_is_private() {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let (file, ..) = written(dir.path());
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&file), 0o600);
        assert_eq!(mode(file.parent().unwrap()), 0o700);
        let names: Vec<_> = fs::read_dir(file.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "no temporary file is left: {names:?}");
    }
}

#[test]
fn a_launch_misses_then_hits_then_misses_when_the_file_changes() {
    let dir = tempfile::tempdir().unwrap();
    // Over the 1 MB from which files are cached.
    let (path, directory) = fair(dir.path(), 4000);
    let caches = dir.path().join("cache");
    let first = load_with(&path, Some(&caches)).unwrap();
    assert_eq!(first.directory, directory);
    assert!(first.catalog.is_none(), "nothing to read yet");
    let missed = first.missed.expect("a cache to write");
    let catalog = Catalog::new(&first.directory);
    missed.write(&first.directory, &catalog).unwrap();

    let second = load_with(&path, Some(&caches)).unwrap();
    assert_eq!(second.directory, directory);
    assert_eq!(second.catalog.as_ref(), Some(&catalog));
    assert!(second.missed.is_none());

    let mut changed = directory.clone();
    changed.event.name = "Autre salon".into();
    fs::write(&path, serde_json::to_string(&changed).unwrap()).unwrap();
    age(&path);
    let third = load_with(&path, Some(&caches)).unwrap();
    assert_eq!(third.directory.event.name, "Autre salon");
    assert!(third.catalog.is_none());
    assert!(third.missed.is_some());
}

#[test]
fn a_damaged_cache_loads_the_file_and_is_written_again() {
    let dir = tempfile::tempdir().unwrap();
    let (path, directory) = fair(dir.path(), 4000);
    let caches = dir.path().join("cache");
    let first = load_with(&path, Some(&caches)).unwrap();
    let catalog = Catalog::new(&first.directory);
    let file = Stamp::of(&path).unwrap().launch_file(&caches);
    first.missed.unwrap().write(&directory, &catalog).unwrap();
    let mut bytes = fs::read(&file).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 1;
    fs::write(&file, &bytes).unwrap();

    let again = load_with(&path, Some(&caches)).unwrap();
    assert_eq!(again.directory, directory);
    assert!(again.catalog.is_none());
    assert!(again.missed.is_some(), "written again");
}

#[test]
fn small_recent_or_uncached_files_are_not_cached() {
    let dir = tempfile::tempdir().unwrap();
    let caches = dir.path().join("cache");
    let (small, _) = fair(dir.path(), 40);
    let launch = load_with(&small, Some(&caches)).unwrap();
    assert!(launch.catalog.is_none() && launch.missed.is_none());

    let big = dir.path().join("big.json");
    let text = serde_json::to_string(&crate::generate::generate(4000, 6)).unwrap();
    fs::write(&big, text).unwrap();
    let launch = load_with(&big, Some(&caches)).unwrap();
    assert!(launch.missed.is_none(), "changed a moment ago");
    age(&big);
    assert!(load_with(&big, None).unwrap().missed.is_none(), "no folder");
    assert!(load_with(&big, Some(&caches)).unwrap().missed.is_some());
}

#[test]
fn a_bad_file_is_the_error_whatever_the_cache() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.json");
    fs::write(&path, format!("{{\"format\": 1{}}}", " ".repeat(1 << 20))).unwrap();
    age(&path);
    let error = load_with(&path, Some(&dir.path().join("cache")))
        .err()
        .expect("an error");
    assert!(error.render(crate::i18n::Lang::En).contains("bad.json:1:"));
}

#[test]
fn a_damaged_count_is_caught_by_the_checksum_before_it_is_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let (file, stamp, _, _) = written(dir.path());
    let mut bytes = fs::read(&file).unwrap();
    let opened = File::open(&file).unwrap();
    let organisations =
        places(&opened, &stamp).unwrap().unwrap()[parts::Part::Organisations as usize];
    drop(opened);
    // The part starts with its structure's length (8 bytes), then the
    // structure, whose first 4 bytes count the organisations.
    let count = organisations.offset as usize + 8;
    bytes[count..count + 4].copy_from_slice(&u32::MAX.to_le_bytes());
    fs::write(&file, &bytes).unwrap();
    let error = read(&file, &stamp).expect_err("refused");
    assert_eq!(error.to_string(), "a part's checksum does not match");
}

#[test]
fn every_part_is_written_in_its_place_and_read_once() {
    for (place, part) in PARTS.iter().enumerate() {
        assert_eq!(*part as usize, place, "{part:?}");
    }
    let mut read: Vec<usize> = READ_ORDER.iter().map(|&p| p as usize).collect();
    read.sort();
    assert_eq!(read, (0..PARTS.len()).collect::<Vec<_>>());
}
