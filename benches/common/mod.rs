//! What every benchmark shares: the generated directories and their sizes.
//! See BENCHMARKS.md for the method and the figures.

#![allow(dead_code)] // each bench uses its own part of this module

use std::time::Duration;

use criterion::Criterion;

/// Stand counts measured (the 1k, 10k and 50k).
pub const SIZES: [usize; 3] = [1_000, 10_000, 50_000];

/// Seed of every generated directory, so every run measures the same data.
pub const SEED: u64 = 7;

/// The JSON text of a generated directory of `stands` stands.
pub fn directory_json(stands: usize) -> String {
    maillage::generate::json(stands, SEED)
}

/// Talks of the programme beside the fair in the keystroke bench (issue 20).
pub const TALKS: usize = 1_000;

/// A parsed, validated generated directory with a programme of `talks` talks.
pub fn directory_with_talks(stands: usize, talks: usize) -> maillage::directory::Directory {
    let json = maillage::generate::json_with_talks(stands, talks, SEED);
    maillage::directory::parse(&json).expect("the generator writes valid files")
}

/// A parsed, validated generated directory.
pub fn directory(stands: usize) -> maillage::directory::Directory {
    maillage::directory::parse(&directory_json(stands)).expect("the generator writes valid files")
}

/// Short runs: the whole `cargo bench` fits in a few minutes on 2 cores.
pub fn criterion() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args()
}

/// Human size label: `1k`, `50k`.
pub fn label(stands: usize) -> String {
    format!("{}k", stands / 1000)
}

/// The `p`-th percentile (0..=100) of `samples`, nearest rank.
pub fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort_unstable();
    let rank = ((p / 100.0) * samples.len() as f64).ceil() as usize;
    samples[rank.clamp(1, samples.len()) - 1]
}

pub fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}
