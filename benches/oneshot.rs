//! The CLI's one-shot search, in process: what `maillage search --data FILE
//! QUERY` does after the process starts (read, parse, validate, index with
//! `Catalog::new`, search every kind, format the lines), written to memory
//! instead of a terminal. benches/compare.sh times the real binary against
//! fzf and against jq piped to fzf.
//!
//! `cargo bench --bench oneshot`

mod common;

use clap::Parser;
use common::{SIZES, label};
use criterion::{BenchmarkId, Criterion};
use maillage::cli::Cli;
use maillage::cli::search::write_results;
use maillage::directory;
use maillage::search::catalog::Catalog;

/// A name, a fuzzy abbreviation, a two-word query, and one matching nothing.
const QUERIES: [&str; 4] = ["mersch", "brsr", "sante wiltz", "zzqx"];

fn oneshot(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary directory");
    for stands in SIZES {
        let path = dir.path().join(format!("{stands}.json"));
        std::fs::write(&path, common::directory_json(stands)).expect("write");
        let mut group = c.benchmark_group(format!("oneshot/{}", label(stands)));
        for query in QUERIES {
            let cli = Cli::parse_from(["maillage", "search", query]);
            let Some(maillage::cli::Command::Search(args)) = cli.command else {
                unreachable!("a search command line");
            };
            group.bench_function(BenchmarkId::from_parameter(query), |b| {
                // Freed after the timing, as `maillage search` leaves it to
                // the system.
                b.iter_with_large_drop(|| {
                    let directory = directory::load_file(&path).expect("valid");
                    let catalog = Catalog::new(&directory);
                    let mut out = Vec::new();
                    write_results(&directory, &catalog, &args, &mut out).expect("in memory");
                    (out, catalog, directory)
                })
            });
        }
        group.finish();
    }
}

criterion::criterion_group! {
    name = benches;
    config = common::criterion();
    targets = oneshot
}
criterion::criterion_main!(benches);
