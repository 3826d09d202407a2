//! Reference run: our engine against `nucleo-matcher` (the matcher of the
//! helix editor and of nucleo) on the same 50k names, so the choice of
//! matcher is judged on numbers.
//!
//! Both get the stands' display names (organisations, as the list shows
//! them), one field per record, and answer with every match ranked. Ours
//! folds the names once when building the engine (not timed, as in the app);
//! nucleo converts them once to its `Utf32String` (not timed either) and
//! normalizes accents itself at match time (`Normalization::Smart`). Ours
//! splits a scan this large across the cores; nucleo-matcher alone is one
//! thread (its parallel driver is the `nucleo` crate).
//!
//! `cargo bench --bench matcher`

mod common;

use criterion::{BenchmarkId, Criterion};
use maillage::search::catalog::{Catalog, Kind, STAND_ORGS};
use maillage::search::{Engine, Field, Record, Tier};
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};

const STANDS: usize = 50_000;
const QUERIES: [&str; 5] = ["s", "sante", "brsr", "mersch", "solidarite wiltz"];

fn names() -> Vec<String> {
    let directory = common::directory(STANDS);
    // The catalog keeps only folded texts: the originals are read back from
    // the directory, as the list on screen reads them.
    let names: Vec<String> = (0..directory.stands.len())
        .map(|i| Catalog::field_text(Kind::Stand, &directory, i, STAND_ORGS).unwrap_or_default())
        .collect();
    assert!(
        names.iter().all(|n| !n.is_empty()),
        "every generated stand has an organisation"
    );
    names
}

/// Nucleo's matches, best first (ties by index, as a stable list would).
fn nucleo_search(
    pattern: &Pattern,
    haystacks: &[Utf32String],
    matcher: &mut Matcher,
) -> Vec<(u32, u32)> {
    let mut hits: Vec<(u32, u32)> = haystacks
        .iter()
        .enumerate()
        .filter_map(|(i, h)| Some((i as u32, pattern.score(h.slice(..), matcher)?)))
        .collect();
    hits.sort_unstable_by_key(|&(i, score)| (std::cmp::Reverse(score), i));
    hits
}

fn compare(c: &mut Criterion) {
    let names = names();
    let engine = Engine::new(
        names
            .iter()
            .map(|name| Record {
                fields: vec![Field {
                    tier: Tier::Key,
                    text: name.clone(),
                }],
                sort_key: name.clone(),
            })
            .collect(),
    );
    let haystacks: Vec<Utf32String> = names
        .iter()
        .map(|n| Utf32String::from(n.as_str()))
        .collect();
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut group = c.benchmark_group("matcher_50k");
    for query in QUERIES {
        let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
        let ours = engine.search(query).len();
        let theirs = nucleo_search(&pattern, &haystacks, &mut matcher).len();
        println!("{query:?}: maillage {ours} matches, nucleo {theirs} matches");
        assert!(ours > 0 && theirs > 0, "{query:?} finds names in both");
        let mut hits = Vec::new();
        group.bench_function(BenchmarkId::new("maillage", query), |b| {
            b.iter(|| {
                engine.search_into(query, &mut hits);
                hits.len()
            })
        });
        group.bench_function(BenchmarkId::new("nucleo", query), |b| {
            b.iter(|| nucleo_search(&pattern, &haystacks, &mut matcher).len())
        });
    }
    group.finish();
}

criterion::criterion_group! {
    name = benches;
    config = common::criterion();
    targets = compare
}
criterion::criterion_main!(benches);
