//! The files under `tests/fixtures/` and `tests/golden/`, and what is built
//! from them.

use std::path::{Path, PathBuf};

use maillage::directory::{self, Directory};

/// The event of the default directory (`data/`), which notes and plans of
/// the tests belong to.
pub const DEFAULT_EVENT: &str = "assises-sociales-vdl-2022";

/// `tests/fixtures/{relative}`, e.g. `fixture("valid/venue.json")`.
pub fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}

/// [`fixture`] as a command-line argument.
pub fn fixture_arg(relative: &str) -> String {
    fixture(relative)
        .into_os_string()
        .into_string()
        .expect("a UTF-8 path")
}

/// The directory file `tests/fixtures/{relative}`, loaded and checked as
/// `--data` loads it.
pub fn load_fixture(relative: &str) -> Directory {
    let path = fixture(relative);
    directory::load_file(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The default directory file (`data/`) as JSON, for tests that edit it.
pub fn default_directory_json() -> serde_json::Value {
    serde_json::from_str(directory::DEFAULT_JSON).expect("the default directory is JSON")
}

/// `tests/golden/{name}`.
pub fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}
