//! Loading: read the file, parse, validate and index it (`Catalog::new`),
//! what happens before the first search result. Also each part on its own,
//! to see where the time goes.
//!
//! `cargo bench --bench load`

mod common;

use common::{SIZES, label};
use criterion::{BenchmarkId, Criterion};
use maillage::directory;
use maillage::search::catalog::Catalog;

fn load(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary directory");
    for stands in SIZES {
        let json = common::directory_json(stands);
        let path = dir.path().join(format!("{stands}.json"));
        std::fs::write(&path, &json).expect("write the generated directory");
        // Linked beforehand: `index` times the index alone (the links are
        // built by the first index of a directory otherwise).
        let parsed = directory::parse(&json).expect("valid").linked();
        let mut group = c.benchmark_group("load");
        group.bench_function(
            BenchmarkId::new("file_parse_validate_index", label(stands)),
            |b| {
                // What is loaded is freed after the timing: the app keeps
                // it, and freeing a fair takes milliseconds of its own.
                b.iter_with_large_drop(|| {
                    let directory = directory::load_file(&path).expect("valid");
                    let catalog = Catalog::new(&directory);
                    (directory, catalog)
                })
            },
        );
        group.bench_function(BenchmarkId::new("parse_validate", label(stands)), |b| {
            b.iter_with_large_drop(|| directory::parse(&json).expect("valid"))
        });
        group.bench_function(BenchmarkId::new("index", label(stands)), |b| {
            b.iter_with_large_drop(|| Catalog::new(&parsed))
        });
        group.finish();
    }
}

criterion::criterion_group! {
    name = benches;
    config = common::criterion();
    targets = load
}
criterion::criterion_main!(benches);
