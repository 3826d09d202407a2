//! One search engine for every list: accent-proof, typo-tolerant, ranked.
//!
//! - [`fold`] turns text into its searchable form (case, diacritics and
//!   punctuation folded) and keeps the map back to the original characters.
//! - [`Engine`] matches a query against records made of weighted fields.
//! - [`catalog`] builds the records for the stands, organisations and people
//!   of a directory: the app and `maillage search` search the same engines.
//!
//! Contract (other modules rely on it):
//! - `Engine::search("")` returns every record, in `sort_key` order, score 0.
//! - A non-empty query is split into words; every word must match some field
//!   of a record (any order). Hits are sorted by score, best first, ties by
//!   `sort_key`.
//! - `Engine::positions` gives *char* indices into the original text of one
//!   field, for highlighting exactly the characters that matched.
//!
//! Scoring is described in `matching.rs`: per word, the best field's tier
//! weight (Key ≫ Name ≫ Related ≫ Description) plus the match quality (whole
//! field > prefix > word start > inside a word > fuzzy); a record's score is
//! the sum over the words.
//!
//! Speed (a 50,000-record engine answers a keystroke in milliseconds):
//! - fields are folded once, when the engine is built ([`EngineBuilder`]),
//!   into one string (their original texts into another: no allocation per
//!   field), each with a bitmask of its letters that rules most fields out
//!   before any matching;
//! - a word is looked for with `str::contains` (SIMD), and fuzzy matching
//!   only tries the places its first letter occurs;
//! - [`Engine::search_within`] searches only the previous
//!   hits when the query grew, with results identical to a full scan;
//! - [`LiveSearch`] keeps the results of the queries typed so far, so
//!   deleting a letter goes back to results already computed;
//! - [`Engine::search_into`] reuses the caller's buffer; a full scan of a
//!   large engine is split across the cores;
//! - fold maps are only computed by [`Engine::positions`], for the rows shown.

mod builder;
pub mod catalog;
pub mod fold;
mod fuzzy_ascii;
mod live;
mod matching;
mod record_match;
#[cfg(test)]
mod tests;
mod typo;

pub use builder::{EngineBuilder, RecordRef};
pub use live::LiveSearch;
use matching::Query;
use rayon::iter::{IndexedParallelIterator, IntoParallelIterator, ParallelIterator};
use record_match::First;
use typo::Vocabulary;

/// How much a hit in a field counts. Earlier variants rank first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// Stand number, the name shown in lists.
    Key,
    /// Official name, other names and spellings.
    Name,
    /// Themes, people and their roles, linked organisations.
    Related,
    /// Free text: descriptions.
    Description,
}

/// One searchable piece of text of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub tier: Tier,
    pub text: String,
}

/// Something that can be found: a stand, an organisation, a person, a note.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Record {
    pub fields: Vec<Field>,
    /// Orders records with equal scores (and all records for an empty query).
    pub sort_key: String,
}

/// A record that matched a query.
///
/// Twelve bytes: a search keeps up to one hit per record (117,500 at
/// 50,000 stands) for each query typed so far and each list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    record: u32,
    score: i32,
    field: u16,
    /// The score of the query word that scored best (the one `field` is
    /// from), [`Hit::UNKNOWN_BEST`] when not known: with it, a query one
    /// word longer is scored from this hit by matching that word alone
    /// ([`Engine::add_word`]). In what would otherwise be padding.
    best: u16,
}

const _: () = assert!(std::mem::size_of::<Hit>() == 12);

impl Hit {
    const UNKNOWN_BEST: u16 = u16::MAX;

    /// A score beyond `i32` (no query scores that much) is held at its
    /// bound; a field beyond the 65,536th of a record (no directory has
    /// that many) is named as the record's first.
    pub fn new(record: usize, score: i64, field: usize) -> Self {
        Hit {
            record: u32::try_from(record).expect("an engine holds fewer than 2^32 records"),
            score: score.clamp(i32::MIN.into(), i32::MAX.into()) as i32,
            field: u16::try_from(field).unwrap_or(0),
            best: Self::UNKNOWN_BEST,
        }
    }

    /// A hit whose best word scored `best` (kept when it fits in 16 bits,
    /// as every score of one word does).
    fn with_best(record: usize, score: i64, field: usize, best: i64) -> Self {
        Hit {
            best: u16::try_from(best)
                .ok()
                .filter(|&b| b != Self::UNKNOWN_BEST)
                .unwrap_or(Self::UNKNOWN_BEST),
            ..Hit::new(record, score, field)
        }
    }

    /// The best word's (score, field), if known.
    fn best_word(&self) -> Option<(i64, usize)> {
        (self.best != Self::UNKNOWN_BEST).then(|| (i64::from(self.best), self.field()))
    }

    /// Index of the record, in the order records were given to [`Engine::new`].
    pub fn record(&self) -> usize {
        self.record as usize
    }

    /// Higher is better.
    pub fn score(&self) -> i64 {
        self.score.into()
    }

    /// The field that contributed most to the score.
    pub fn field(&self) -> usize {
        self.field.into()
    }
}

/// What [`Engine::refine_first`] left for [`Engine::finish`]: the query
/// and the records it was refined from.
#[derive(Debug, Clone)]
pub struct Left {
    query: Query,
    previous_query: Query,
    /// One bit per record: the previous hits, already matched.
    previous: Vec<u64>,
    /// Whether the records beyond the previous hits that a word reaches
    /// with typos are still to be found.
    typos_beyond: bool,
    /// Previous hits not matched yet: some word is in none of their fields
    /// as such, and they rank below the first hits whatever they score.
    later: Vec<u32>,
}

impl Left {
    /// Whether every hit is found, only not ranked beyond the first ones:
    /// a search may start from them.
    pub fn all_found(&self) -> bool {
        !self.typos_beyond && self.later.is_empty()
    }

    /// Nothing left but ranking the hits beyond the first `kept`.
    fn ranking_only() -> Left {
        Left {
            query: Query::default(),
            previous_query: Query::default(),
            previous: Vec::new(),
            typos_beyond: false,
            later: Vec::new(),
        }
    }
}

/// The score of the `kept`-th best of `hits`, if there are that many.
fn kth_best_score(hits: &[Hit], kept: usize) -> Option<i64> {
    if kept == 0 || hits.len() < kept {
        return None;
    }
    let mut scores: Vec<i32> = hits.iter().map(|h| h.score).collect();
    let (_, kth, _) = scores.select_nth_unstable_by(kept - 1, |a, b| b.cmp(a));
    Some(i64::from(*kth))
}

/// The indices of the bits set, in order (4 bytes each, in a list sized
/// once: at 50k a first letter sets nearly every bit).
fn set_bits(bits: &[u64]) -> Vec<u32> {
    let count = bits.iter().map(|word| word.count_ones() as usize).sum();
    let mut set = Vec::with_capacity(count);
    for (block, &word) in bits.iter().enumerate() {
        let mut word = word;
        while word != 0 {
            set.push((block * 64) as u32 + word.trailing_zeros());
            word &= word - 1;
        }
    }
    set
}

/// Where one field lies in the engine's `folded` string.
///
/// Eight bytes, as there are about fifteen fields per stand: each text ends
/// where the next field's starts (a last, empty span closes them), and the
/// tier shares a word with the letter mask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FieldSpan {
    /// Start of the folded text in `folded`.
    start: u32,
    /// `matching::letter_mask` of the folded field in the low 30 bits, the
    /// tier in the top two.
    mask: u32,
}

impl FieldSpan {
    const TIER_SHIFT: u32 = 30;

    fn new(start: u32, letters: u32, tier: Tier) -> Self {
        debug_assert!(letters >> Self::TIER_SHIFT == 0, "letter mask {letters:#x}");
        FieldSpan {
            start,
            mask: letters | (tier as u32) << Self::TIER_SHIFT,
        }
    }

    fn letters(self) -> u32 {
        self.mask & ((1 << Self::TIER_SHIFT) - 1)
    }

    fn tier(self) -> Tier {
        match self.mask >> Self::TIER_SHIFT {
            0 => Tier::Key,
            1 => Tier::Name,
            2 => Tier::Related,
            _ => Tier::Description,
        }
    }
}

/// Records, folded once, ready to be searched many times.
///
/// Texts live in two strings (original and folded), fields one after the
/// other: see [`EngineBuilder`]. An engine built
/// [`without its original texts`](EngineBuilder::without_texts) keeps only
/// the folded one: its caller has the originals (the catalog reads them
/// from the directory) and hands them to [`Engine::positions_in`]. Fold maps are not kept: they would take four
/// bytes per folded byte, and only the few rows on screen need them, so
/// [`Engine::positions`] folds that one field again (folding is
/// deterministic, so it finds the same text).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Engine {
    /// Every field's original text, one after the other (empty when not
    /// kept).
    text: String,
    /// Where each span's original text starts in `text`, the last one
    /// ending the texts; empty when the original texts are not kept.
    text_starts: Vec<u32>,
    /// Every field's folded text, one after the other.
    folded: String,
    /// Fields of all records, record after record, then one empty span
    /// that ends the last field's texts.
    spans: Vec<FieldSpan>,
    /// Record `i`'s fields are `spans[first_span[i]..first_span[i + 1]]`.
    first_span: Vec<u32>,
    /// Sort keys, one after the other; record `i`'s ends at
    /// `sort_key_ends[i]`, or, when that is marked `FIRST_FIELD_KEY`
    /// (`builder.rs`), is its first field folded and not kept here.
    sort_keys: String,
    sort_key_ends: Vec<u32>,
    /// Record indices in `sort_key` order.
    order: Vec<u32>,
    /// `rank[record]`: position of the record in `order`, to break ties
    /// without comparing strings.
    rank: Vec<u32>,
    /// Every record lists its fields in tier order (Key first), as the
    /// catalog does: then a field that cannot win means no later one can.
    tiers_sorted: bool,
    /// The distinct words of the folded texts, for typos (`typo.rs`).
    vocabulary: Vocabulary,
    /// One tag per field, as the caller gave it (the catalog: what the
    /// field is, to say why a record matched).
    tags: Vec<u8>,
    /// Per record, the letter masks of its fields together: rules a record
    /// out before its fields are read.
    record_letters: Vec<u32>,
}

impl Engine {
    pub fn new(records: Vec<Record>) -> Self {
        let fields = records.iter().map(|r| r.fields.len()).sum();
        let text_len = records
            .iter()
            .flat_map(|r| r.fields.iter())
            .map(|f| f.text.len())
            .sum();
        let mut builder = EngineBuilder::with_capacity(records.len(), fields, text_len);
        for record in &records {
            for field in &record.fields {
                builder.field(field.tier, &field.text);
            }
            builder.end_record(&record.sort_key);
        }
        builder.build()
    }

    pub fn len(&self) -> usize {
        self.sort_key_ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every record matching `query`, best first (see the module docs).
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        self.search_into(query, &mut hits);
        hits
    }

    /// Like [`Engine::search`], into `hits` (cleared first), so a caller
    /// searching at every keystroke reuses one allocation.
    pub fn search_into(&self, query: &str, hits: &mut Vec<Hit>) {
        self.scan(&self.query(query), hits);
    }

    /// `query` folded, with its words' typo variants in this engine.
    fn query(&self, query: &str) -> Query {
        Query::new(query).with_typos(&self.vocabulary)
    }

    /// The hits for `query`, given the complete hits for `previous_query`
    /// (as returned by this engine). When `query` only narrows the previous
    /// one (letters typed, words added) only `previous` is searched;
    /// otherwise everything is. The result is always the same as
    /// `search(query)`.
    pub fn search_within(&self, previous_query: &str, previous: &[Hit], query: &str) -> Vec<Hit> {
        let (mut hits, left) = self.refine_first(previous_query, previous, query, usize::MAX);
        if let Some(rest) = left {
            self.finish(rest, &mut hits);
        }
        hits
    }

    /// [`Engine::search_within`], leaving for later what cannot change the
    /// first `kept` hits, so that the frame is drawn first:
    ///
    /// - a previous hit where some word is in no field as such can only
    ///   match it fuzzily or with typos, which costs most of a search and
    ///   scores less than the word as such in a field of the same tier: when
    ///   it could not score as much as the `kept`-th hit, it waits;
    /// - when the query grew a word long enough for a typo, the records
    ///   beyond the previous hits that the word reaches with typos rank
    ///   below every hit already found that scores more than they can: when
    ///   `kept` hits do, finding those records (a pass over every record)
    ///   waits.
    ///
    /// The hits returned are right in their first `kept` places and may lack
    /// later ones until [`Engine::finish`]. `previous` is only read: the
    /// hits are a new list, sized to what was found.
    pub fn refine_first(
        &self,
        previous_query: &str,
        previous: &[Hit],
        query: &str,
        kept: usize,
    ) -> (Vec<Hit>, Option<Left>) {
        let query = self.query(query);
        let previous_query = Query::new(previous_query);
        let mut hits = Vec::new();
        // After an empty query every record is a candidate: a plain scan
        // reads them in order without building the candidate list.
        if previous_query.is_empty() || !query.refines(&previous_query) {
            let left = self.scan_first(&query, &mut hits, kept);
            return (hits, left);
        }
        // Visit the previous hits in record order, not rank order: the folded
        // text is then read front to back, which is several times faster than
        // jumping around it once it no longer fits in the cache.
        let mut candidate_bits = vec![0u64; self.len().div_ceil(64)];
        // (Hits from elsewhere, out of range, are ignored rather than panicking.)
        for hit in previous.iter().filter(|h| h.record() < self.len()) {
            candidate_bits[hit.record() / 64] |= 1 << (hit.record() % 64);
        }
        let candidates = set_bits(&candidate_bits);
        let mut later = Vec::new();
        if kept == usize::MAX {
            self.collect_matches(candidates.len(), &mut hits, |range| {
                candidates[range]
                    .iter()
                    .filter_map(|&record| self.match_record(record as usize, &query))
                    .collect()
            });
        } else {
            let (found, waiting) = self.first_pass(&candidates, &query);
            hits = found;
            // Those that could reach the kept-th hit are matched now.
            let bar = kth_best_score(&hits, kept);
            for (record, most) in waiting {
                if bar.is_some_and(|bar| most < bar) {
                    later.push(record);
                } else if let Some(hit) = self.match_record(record as usize, &query) {
                    hits.push(hit);
                }
            }
        }
        // A word now long enough for a typo (or one more) may match records
        // the previous query did not: those holding one of its variants.
        let typos_beyond = !query.refines_with_typos(&previous_query)
            && !query.typos_beyond(&previous_query).is_empty();
        let mut rest = Left {
            query,
            previous_query,
            previous: candidate_bits,
            typos_beyond,
            later,
        };
        if rest.typos_beyond {
            let ceiling = rest.query.ceiling_beyond();
            if hits.iter().filter(|h| h.score() > ceiling).count() < kept {
                self.find_typos_beyond(&rest, &mut hits);
                rest.typos_beyond = false;
            }
        }
        let ranked_all = self.rank_first(&mut hits, kept);
        let left = (!ranked_all || !rest.all_found()).then_some(rest);
        (hits, left)
    }

    /// [`Engine::search`], ranking only the first `kept` hits: the rest
    /// are ranked by [`Engine::finish`].
    pub fn search_first(&self, query: &str, kept: usize) -> (Vec<Hit>, Option<Left>) {
        let mut hits = Vec::new();
        let left = self.scan_first(&self.query(query), &mut hits, kept);
        (hits, left)
    }

    /// [`Engine::scan`], ranking only the first `kept` hits.
    fn scan_first(&self, query: &Query, hits: &mut Vec<Hit>, kept: usize) -> Option<Left> {
        if query.is_empty() {
            self.scan(query, hits);
            return None;
        }
        self.collect_matches(self.len(), hits, |range| {
            range.filter_map(|r| self.match_record(r, query)).collect()
        });
        (!self.rank_first(hits, kept)).then(Left::ranking_only)
    }

    /// The first pass of [`Engine::refine_first`] over `candidates`: the
    /// hits, and the records left for later with the most they could score.
    fn first_pass(&self, candidates: &[u32], query: &Query) -> (Vec<Hit>, Vec<(u32, i64)>) {
        let pass = |chunk: &[u32]| {
            let (mut hits, mut later) = (Vec::new(), Vec::new());
            for &record in chunk {
                match self.match_record_first(record as usize, query) {
                    First::Hit(hit) => hits.push(hit),
                    First::Miss => {}
                    First::Later(most) => later.push((record, most)),
                }
            }
            (hits, later)
        };
        if candidates.len() < PARALLEL_FROM {
            return pass(candidates);
        }
        // As in `collect_matches`: the first block's lists are extended
        // with the others'.
        let block = candidates.len().div_ceil(rayon::current_num_threads());
        let (first, rest) = candidates.split_at(block);
        let ((mut hits, mut later), others): (_, Vec<_>) = rayon::join(
            || pass(first),
            || {
                rayon::slice::ParallelSlice::par_chunks(rest, block)
                    .map(pass)
                    .collect()
            },
        );
        hits.reserve_exact(others.iter().map(|(h, _)| h.len()).sum());
        later.reserve_exact(others.iter().map(|(_, l)| l.len()).sum());
        for (h, l) in others {
            hits.extend(h);
            later.extend(l);
        }
        (hits, later)
    }

    /// The hits for `query`, which is the query of the complete hits
    /// `previous` and one word more (`"sante"` → `"sante d"`): the earlier
    /// words' scores are in `previous`, so only the new word is matched, in
    /// those records only (no other record holds the earlier words). The
    /// same hits as [`Engine::search`]; `None` when a hit of `previous`
    /// does not say its best word (it was not made by this engine's search).
    pub fn add_word(&self, previous: &[Hit], query: &str) -> Option<Vec<Hit>> {
        let (hits, _) = self.add_word_first(previous, query, usize::MAX)?;
        Some(hits)
    }

    /// [`Engine::add_word`], ranking only the first `kept` hits (the rest
    /// by [`Engine::finish`]).
    pub fn add_word_first(
        &self,
        previous: &[Hit],
        query: &str,
        kept: usize,
    ) -> Option<(Vec<Hit>, Option<Left>)> {
        let query = self.query(query);
        let word = query.words.last()?;
        // By record, so that the folded text is read front to back: each
        // record's place in `previous` (4 bytes a record, not a hit's 12).
        let mut place = vec![u32::MAX; self.len()];
        for (at, hit) in previous.iter().enumerate() {
            hit.best_word()?;
            *place.get_mut(hit.record())? = at as u32;
        }
        let mut hits = Vec::new();
        self.collect_matches(self.len(), &mut hits, |range| {
            place[range]
                .iter()
                .filter(|&&at| at != u32::MAX)
                .filter_map(|&at| self.match_one_more_word(previous[at as usize], word))
                .collect()
        });
        let ranked_all = self.rank_first(&mut hits, kept);
        Some((hits, (!ranked_all).then(Left::ranking_only)))
    }

    /// Adds to `hits` (from [`Engine::refine_first`]) the records it left
    /// for later, and ranks them all: `hits` is then complete.
    pub fn finish(&self, rest: Left, hits: &mut Vec<Hit>) {
        if rest.typos_beyond {
            self.find_typos_beyond(&rest, hits);
        }
        let mut more = Vec::new();
        self.collect_matches(rest.later.len(), &mut more, |range| {
            rest.later[range]
                .iter()
                .filter_map(|&record| self.match_record(record as usize, &rest.query))
                .collect()
        });
        hits.extend(more);
        self.rank_hits(hits);
    }

    /// Adds to `hits` the records beyond the previous hits that a word of
    /// the query reaches with typos.
    fn find_typos_beyond(&self, rest: &Left, hits: &mut Vec<Hit>) {
        let words = rest.query.typos_beyond(&rest.previous_query);
        let found = self.typo_candidates(&words, &rest.previous);
        let mut more = Vec::new();
        self.collect_matches(found.len(), &mut more, |range| {
            found[range]
                .iter()
                .filter_map(|&record| self.match_record(record, &rest.query))
                .collect()
        });
        hits.extend(more);
    }

    /// Char indices in `record`'s field `field` that `query` matched: for
    /// each query word matching that field, the chars of its best match,
    /// mapped back to the original text (combining marks that follow a
    /// highlighted char are highlighted with it). Sorted, no duplicates;
    /// empty for an unknown record or field.
    pub fn positions(&self, record: usize, field: usize, query: &str) -> Vec<usize> {
        if record >= self.len() || field >= self.span_range(record).len() {
            return Vec::new();
        }
        let span = self.span_range(record).start + field;
        match self.field_text(span) {
            Some(text) => self.positions_in(record, field, text, query),
            None => Vec::new(),
        }
    }

    /// [`Engine::positions`] in `text`, which must be the original text of
    /// `record`'s field `field`: for an engine that does not keep its
    /// original texts (the catalog's), the caller gives it.
    pub fn positions_in(&self, record: usize, field: usize, text: &str, query: &str) -> Vec<usize> {
        if record >= self.len() || field >= self.span_range(record).len() {
            return Vec::new();
        }
        let span = self.span_range(record).start + field;
        let tier = self.spans[span].tier();
        let query = Query::new(query);
        // A word shows its typos only where it matched the record nowhere
        // else: it was found through them.
        let typos_allowed =
            |word: &matching::Word| self.match_word(self.spans_of(record), word).is_none();
        char_positions(text, tier, &query, typos_allowed)
    }

    /// Matches every record (or, for an empty query, lists them all).
    fn scan(&self, query: &Query, hits: &mut Vec<Hit>) {
        hits.clear();
        if query.is_empty() {
            hits.extend(
                self.order
                    .iter()
                    .map(|&record| Hit::new(record as usize, 0, 0)),
            );
            return;
        }
        self.collect_matches(self.len(), hits, |range| {
            range.filter_map(|r| self.match_record(r, query)).collect()
        });
        self.rank_hits(hits);
    }

    /// Replaces `hits` with `matches(0..count)`: for a large `count`, one
    /// contiguous block per core, in order. Hits are ranked afterwards, so
    /// the result does not depend on the split.
    fn collect_matches(
        &self,
        count: usize,
        hits: &mut Vec<Hit>,
        matches: impl Fn(std::ops::Range<usize>) -> Vec<Hit> + Sync,
    ) {
        hits.clear();
        if count < PARALLEL_FROM {
            hits.extend(matches(0..count));
            return;
        }
        // The first block's hits become `hits` itself and the others are
        // appended: one copy of a block fewer than collecting them all (at
        // 50k, 0.3 MB less at the top of a first letter's search).
        let block = count.div_ceil(rayon::current_num_threads());
        let (first, others): (Vec<Hit>, Vec<Vec<Hit>>) = rayon::join(
            || matches(0..block.min(count)),
            || {
                let blocks = (block..count).into_par_iter().step_by(block);
                blocks
                    .map(|from| matches(from..(from + block).min(count)))
                    .collect()
            },
        );
        *hits = first;
        hits.reserve_exact(others.iter().map(Vec::len).sum());
        for part in others {
            hits.extend(part);
        }
    }

    /// Ranks the first `kept` of `hits` (best first, as [`Engine::rank_hits`]
    /// ranks them all), the others after them in no order: choosing them
    /// costs a pass, sorting them all several (from [`RANK_FIRST_FROM`] hits).
    /// Whether all are ranked.
    fn rank_first(&self, hits: &mut [Hit], kept: usize) -> bool {
        // Below a fair's size, sorting them all costs less than a frame
        // would notice.
        if kept >= hits.len() || hits.len() < RANK_FIRST_FROM {
            self.rank_hits(hits);
            return true;
        }
        let key = |h: &Hit| (std::cmp::Reverse(h.score), self.rank[h.record()]);
        if kept > 0 {
            hits.select_nth_unstable_by_key(kept - 1, key);
        }
        self.rank_hits(&mut hits[..kept]);
        false
    }

    /// Best first; equal scores in `sort_key` order.
    ///
    /// Sorts one `u64` per hit (score above, sort rank below) instead of
    /// the hits: no rank looked up per comparison, half the bytes moved. A
    /// score outside `0..2^31` (never produced) falls back to the plain sort.
    fn rank_hits(&self, hits: &mut [Hit]) {
        const FAST: std::ops::Range<i64> = 0..1 << 31;
        if !hits.iter().all(|h| FAST.contains(&h.score())) {
            hits.sort_unstable_by_key(|h| (std::cmp::Reverse(h.score()), self.rank[h.record()]));
            return;
        }
        let mut keys: Vec<(u64, u32)> = hits
            .iter()
            .map(|h| {
                let inverted = (FAST.end - 1 - h.score()) as u64;
                (
                    (inverted << 32) | u64::from(self.rank[h.record()]),
                    u32::from(h.field) | u32::from(h.best) << 16,
                )
            })
            .collect();
        keys.sort_unstable_by_key(|&(key, _)| key);
        for (hit, (key, field_and_best)) in hits.iter_mut().zip(keys) {
            *hit = Hit {
                record: self.order[(key & u64::from(u32::MAX)) as usize],
                score: (FAST.end - 1 - (key >> 32) as i64) as i32,
                field: field_and_best as u16,
                best: (field_and_best >> 16) as u16,
            };
        }
    }
}

/// Char indices of `text` (any text: a line of a detail) that `query`'s
/// words match, as a result's field would be highlighted: as such, as a
/// close subsequence, or else with typos. Sorted, no duplicates.
pub fn highlight(text: &str, query: &str) -> Vec<usize> {
    char_positions(text, Tier::Description, &Query::new(query), |_| true)
}

/// The chars of `text` (of `tier`, which bounds fuzzy matches) matched by
/// each word of `query`: its best match, or with typos where
/// `typos_allowed` says so; combining marks after a lit char are lit too.
fn char_positions(
    text: &str,
    tier: Tier,
    query: &Query,
    typos_allowed: impl Fn(&matching::Word) -> bool,
) -> Vec<usize> {
    if query.is_empty() {
        return Vec::new();
    }
    let folded = fold::fold(text);
    let mut bytes = Vec::new();
    for word in &query.words {
        if let Some(found) = matching::find(&folded.text, word, tier) {
            matching::matched_bytes(&folded.text, word, found, &mut bytes);
        } else if let Some((start, end, _)) = typo::best_in_field(&word.text, &folded.text)
            && typos_allowed(word)
        {
            bytes.extend(start..end);
        }
    }
    let mut chars: Vec<usize> = bytes
        .into_iter()
        .filter_map(|b| folded.map.get(b))
        .map(|&c| c as usize)
        .collect();
    chars.sort_unstable();
    chars.dedup();
    with_combining_marks(text, chars)
}

/// A looser query for one that matches nothing: the fewest words left out
/// (the words kept in the order typed) for `matches` (how many records a
/// query finds) to find something; among equals, the one finding most.
/// `None` for a query of one word, or when no part of it finds anything.
///
/// Tries every way of leaving out one word, then two, and so on (at most a
/// few hundred searches, for a query of up to eight words; a longer query
/// only tries leaving out one).
pub fn looser_query(query: &str, matches: impl Fn(&str) -> usize) -> Option<(String, usize)> {
    let words: Vec<&str> = query.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let most_left_out = if words.len() <= 8 { words.len() - 1 } else { 1 };
    for left_out in 1..=most_left_out {
        let mut best: Option<(String, usize)> = None;
        // Each subset of `left_out` words, as a bit mask of those left out.
        for mask in 0u32..1 << words.len() {
            if mask.count_ones() as usize != left_out {
                continue;
            }
            let kept: Vec<&str> = (0..words.len())
                .filter(|i| mask & (1 << i) == 0)
                .map(|i| words[i])
                .collect();
            let looser = kept.join(" ");
            let found = matches(&looser);
            if found > 0 && best.as_ref().is_none_or(|(_, most)| found > *most) {
                best = Some((looser, found));
            }
        }
        if best.is_some() {
            return best;
        }
    }
    None
}

/// From this many records on, a full scan is split across cores: below it,
/// handing work to another core costs more than it saves.
const PARALLEL_FROM: usize = 16_384;

/// From this many hits on, the frame waits only for the first ones to be
/// ranked (see [`Engine::rank_first`]); below, ranking them all costs a
/// fraction of a millisecond.
const RANK_FIRST_FROM: usize = 16_384;

/// Adds to sorted `chars` the combining marks that follow each of them in
/// `original`, so an accent typed as a separate char is highlighted with its
/// letter.
fn with_combining_marks(original: &str, chars: Vec<usize>) -> Vec<usize> {
    if chars.is_empty() || original.is_ascii() {
        return chars;
    }
    let all: Vec<char> = original.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    for c in chars {
        out.push(c);
        let mut next = c + 1;
        while next < all.len() && unicode_normalization::char::is_combining_mark(all[next]) {
            out.push(next);
            next += 1;
        }
    }
    out.dedup();
    out
}
