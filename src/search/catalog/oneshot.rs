//! One search over a directory, without keeping an index.
//!
//! `maillage search QUERY` searches once and exits: a [`Catalog`](super::Catalog) would keep
//! every record's text (tens of megabytes at fair scale) for one use. Here
//! records are built a block at a time into one small engine that is reused,
//! searched and emptied; only the hits are kept (with their sort keys, to rank
//! them), and at the end the records shown are built once more, so their
//! text and highlights can be read. Blocks are shared between the cores.
//!
//! The result is exactly [`Catalog::search`](super::Catalog::search)'s (tests below, and
//! `tests/prop_search.rs` on random queries).

use std::sync::atomic::{AtomicUsize, Ordering};

use super::folded::FoldedTexts;
use super::index::Index;
use super::records::{Writer, builder};
use super::{Kind, PARALLEL_FROM, count};
use crate::directory::Directory;
use crate::search::{Engine, EngineBuilder, Hit, RecordRef};

/// Records per block: small enough for a block's texts to stay in the
/// processor's cache while it is searched.
const BLOCK: usize = 1024;

/// The ranked hits of a one-shot search, and the records shown.
#[derive(Debug)]
pub struct Found {
    /// Ranked as [`Catalog::search`](super::Catalog::search) ranks them; `hit.record` is the index in
    /// the directory's list of that kind.
    pub hits: Vec<(Kind, Hit)>,
    /// Record `i` is the record of `hits[i]`, for the first `shown` hits.
    shown: Engine,
}

impl Found {
    /// The record of `hits[i]`, to read its fields (only the hits asked to be
    /// shown are kept; panics beyond them).
    pub fn record(&self, i: usize) -> RecordRef<'_> {
        self.shown.record(i)
    }

    /// [`Engine::positions`] for `hits[i]`.
    pub fn positions(&self, i: usize, field: usize, query: &str) -> Vec<usize> {
        self.shown.positions(i, field, query)
    }
}

/// Searches `kinds` of `directory` for `query` once; the text of the first
/// `shown` hits is kept (`usize::MAX`: all of them).
pub fn search_once(directory: &Directory, query: &str, kinds: &[Kind], shown: usize) -> Found {
    let index = Index::new(directory);
    let texts = FoldedTexts::new(directory);
    let blocks: Vec<(Kind, usize)> = kinds
        .iter()
        .flat_map(|&kind| {
            (0..count(directory, kind))
                .step_by(BLOCK)
                .map(move |b| (kind, b))
        })
        .collect();
    let records: usize = kinds.iter().map(|&kind| count(directory, kind)).sum();
    let next_block = AtomicUsize::new(0);
    let work = || search_blocks(directory, &index, &texts, query, &blocks, &next_block);
    let mut keyed: Vec<KeyedHit> = if records < PARALLEL_FROM {
        work()
    } else {
        std::thread::scope(|scope| {
            let helper = scope.spawn(work);
            let mut mine = work();
            match helper.join() {
                Ok(theirs) => mine.extend(theirs),
                Err(panic) => std::panic::resume_unwind(panic),
            }
            mine
        })
    };
    keyed.sort_unstable_by(|a, b| {
        ranking(
            (a.hit.score, &a.sort_key, a.kind, a.hit.record),
            (b.hit.score, &b.sort_key, b.kind, b.hit.record),
        )
    });
    let hits: Vec<(Kind, Hit)> = keyed.into_iter().map(|k| (k.kind, k.hit)).collect();
    let mut writer = Writer::new(directory, &index, &texts, builder(hits.len().min(shown)));
    for &(kind, hit) in hits.iter().take(shown) {
        writer.record(kind, hit.record);
    }
    Found {
        hits,
        shown: writer.build(),
    }
}

/// How two hits of any blocks and kinds, given as (score, sort key, kind,
/// record), rank: as in `Catalog::search`, score, then sort key, then kind,
/// then record.
pub(super) fn ranking(
    a: (i64, &str, Kind, usize),
    b: (i64, &str, Kind, usize),
) -> std::cmp::Ordering {
    b.0.cmp(&a.0)
        .then_with(|| a.1.cmp(b.1))
        .then(a.2.cmp(&b.2))
        .then(a.3.cmp(&b.3))
}

/// A hit and what ranks it among hits of other blocks and kinds.
struct KeyedHit {
    kind: Kind,
    hit: Hit,
    sort_key: Box<str>,
}

/// Takes blocks from `blocks` (shared with other threads through `next`)
/// until none is left, and returns their hits.
fn search_blocks(
    directory: &Directory,
    index: &Index,
    texts: &FoldedTexts,
    query: &str,
    blocks: &[(Kind, usize)],
    next: &AtomicUsize,
) -> Vec<KeyedHit> {
    let mut found = Vec::new();
    let mut engine = Engine::default();
    let mut hits = Vec::new();
    loop {
        let Some(&(kind, first)) = blocks.get(next.fetch_add(1, Ordering::Relaxed)) else {
            return found;
        };
        let mut writer = Writer::new(directory, index, texts, EngineBuilder::recycle(engine));
        let end = (first + BLOCK).min(count(directory, kind));
        (first..end).for_each(|position| writer.record(kind, position));
        engine = writer.build();
        engine.search_into(query, &mut hits);
        found.extend(hits.iter().map(|&hit| KeyedHit {
            kind,
            hit: Hit {
                record: first + hit.record,
                ..hit
            },
            sort_key: engine.record(hit.record).sort_key().into(),
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::catalog::{Catalog, STAND_ORGS};

    const ALL: [Kind; 3] = [Kind::Stand, Kind::Organisation, Kind::Person];

    #[test]
    fn one_shot_finds_what_the_catalog_finds_in_the_same_order() {
        // Several blocks per kind, and the two-core path.
        let directory = crate::generate::generate(2500, 3);
        let catalog = Catalog::new(&directory);
        for query in [
            "",
            "s",
            "mersch",
            "brsr",
            "sante wiltz",
            "1a-0",
            "zzqx",
            "dir",
        ] {
            for kinds in [
                &ALL[..],
                &[Kind::Stand],
                &[Kind::Person, Kind::Organisation],
            ] {
                let found = search_once(&directory, query, kinds, usize::MAX);
                assert_eq!(
                    found.hits,
                    catalog.search(query, kinds),
                    "{query:?} {kinds:?}"
                );
            }
        }
    }

    #[test]
    fn the_records_shown_are_the_catalogs() {
        let directory = crate::generate::generate(300, 9);
        let catalog = Catalog::new(&directory);
        let found = search_once(&directory, "sante", &ALL, 25);
        assert!(
            found.hits.len() > 25,
            "enough hits to cut: {}",
            found.hits.len()
        );
        for (i, &(kind, hit)) in found.hits.iter().take(25).enumerate() {
            let engine = catalog.engine(kind);
            assert_eq!(
                found.record(i).to_record(),
                engine.record(hit.record).to_record()
            );
            assert_eq!(
                found.positions(i, STAND_ORGS, "sante"),
                engine.positions(hit.record, STAND_ORGS, "sante")
            );
        }
    }
}
