//! The CLI's one-shot search, in process: what `maillage search --data FILE
//! QUERY` does after the process starts (read, parse, validate, search
//! every kind without keeping an index, format the lines), written to memory instead of a
//! terminal; and, for files large enough to be cached (1 MB: 10k stands and
//! more), the same search answered from the search cache. benches/compare.sh
//! times the real binary against fzf.
//!
//! `cargo bench --bench oneshot`

mod common;

use clap::Parser;
use common::{SIZES, label};
use criterion::{BenchmarkId, Criterion};
use maillage::cli::Cli;
use maillage::cli::search::{write_cached, write_results};
use maillage::directory;
use maillage::search::catalog::Kind;
use maillage::search::catalog::cache::{self, Stamp};

const ALL: [Kind; 3] = [Kind::Stand, Kind::Organisation, Kind::Person];

/// A name, a fuzzy abbreviation, a two-word query, and one matching nothing.
const QUERIES: [&str; 4] = ["mersch", "brsr", "sante wiltz", "zzqx"];

fn oneshot(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary directory");
    for stands in SIZES {
        let path = dir.path().join(format!("{stands}.json"));
        std::fs::write(&path, common::directory_json(stands)).expect("write");
        // Written a minute ago: a file changed in the last seconds is not cached.
        let written = std::fs::File::options()
            .write(true)
            .open(&path)
            .expect("open");
        let a_minute_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
        written.set_modified(a_minute_ago).expect("set the time");
        let stamp = Stamp::of(&path).expect("stamp");
        let cache_file = stamp.cache_file(dir.path());
        if stamp.worth_caching() {
            let directory = directory::load_file(&path).expect("valid");
            let (_, cached) =
                cache::search_and_write(&directory, "", &ALL, false, &cache_file, &stamp);
            cached.expect("cache written");
        }
        let mut group = c.benchmark_group(format!("oneshot/{}", label(stands)));
        for query in QUERIES {
            let cli = Cli::parse_from(["maillage", "search", query]);
            let Some(maillage::cli::Command::Search(args)) = cli.command else {
                unreachable!("a search command line");
            };
            group.bench_function(BenchmarkId::from_parameter(query), |b| {
                b.iter(|| {
                    let directory = directory::load_file(&path).expect("valid");
                    let mut out = Vec::new();
                    write_results(&directory, &args, &mut out).expect("in memory");
                    out
                })
            });
            if stamp.worth_caching() {
                group.bench_function(BenchmarkId::new("cached", query), |b| {
                    b.iter(|| {
                        let hits = cache::search(&cache_file, &stamp, query, &ALL, false)
                            .expect("readable")
                            .expect("the cache of this file");
                        let mut out = Vec::new();
                        write_cached(&hits, &args, &mut out).expect("in memory");
                        out
                    })
                });
            }
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
