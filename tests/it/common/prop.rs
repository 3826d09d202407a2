//! Shared proptest settings for the `prop_*` tests.
//!
//! Case counts are sized for a slow 2-core CI. Try harder locally with
//! `PROPTEST_CASES=5000 cargo test --test it prop_directory::` (the variable
//! overrides every default below). Failures print the shrunk input; no
//! regression files are written into the source tree.

use proptest::test_runner::Config;

/// `default` cases, or `PROPTEST_CASES` when set.
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

/// A config running [`cases`]`(default)` cases.
pub fn config(default: u32) -> Config {
    Config {
        cases: cases(default),
        failure_persistence: None,
        ..Config::default()
    }
}
