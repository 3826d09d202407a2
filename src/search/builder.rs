//! Building an [`Engine`] field by field, and reading its records back.
//!
//! The engine keeps every field's original and folded text in two strings,
//! one field after the other, instead of one `String` per field: at fair
//! scale (a million fields) that is a million allocations fewer to make,
//! touch and free, and half the memory. An engine whose caller keeps the
//! original texts ([`EngineBuilder::without_texts`], the catalog's) keeps
//! only the folded one.

use super::typo::Vocabulary;
use super::{Engine, Field, FieldSpan, Record, Tier, fold, matching};

/// Fills an [`Engine`] one record at a time: [`field`](Self::field) as many
/// times as the record has fields, then [`end_record`](Self::end_record).
#[derive(Debug)]
pub struct EngineBuilder {
    engine: Engine,
    /// Whether the original texts are kept (see [`Engine`]).
    keep_texts: bool,
}

impl Default for EngineBuilder {
    fn default() -> Self {
        EngineBuilder::with_capacity(0, 0, 0)
    }
}

impl EngineBuilder {
    /// A builder with room for `records` records, `fields` fields and
    /// `text_bytes` bytes of original text (estimates; it grows as needed).
    pub fn with_capacity(records: usize, fields: usize, text_bytes: usize) -> Self {
        let mut builder = EngineBuilder::without_texts(records, fields, text_bytes);
        builder.keep_texts = true;
        builder.engine.text.reserve(text_bytes);
        builder.engine.text_starts.reserve(fields + 1);
        builder
    }

    /// [`EngineBuilder::with_capacity`] for an engine that keeps only the
    /// folded texts (about `folded_bytes` bytes): its records'
    /// [`text`](RecordRef::text) are `None`, and highlighting takes the
    /// original text from the caller ([`Engine::positions_in`]).
    pub fn without_texts(records: usize, fields: usize, folded_bytes: usize) -> Self {
        let mut engine = Engine::default();
        engine.folded.reserve(folded_bytes);
        engine.spans.reserve(fields + 1);
        engine.tags.reserve(fields);
        engine.first_span.reserve(records + 1);
        engine.sort_key_ends.reserve(records);
        EngineBuilder {
            engine,
            keep_texts: false,
        }
    }

    /// Adds a field to the record being built.
    pub fn field(&mut self, tier: Tier, text: &str) {
        self.field_tagged(tier, 0, text);
    }

    /// [`EngineBuilder::field`] with a tag the engine keeps for the caller
    /// (the catalog says with it what the field is: a person, a theme…).
    pub(crate) fn field_tagged(&mut self, tier: Tier, tag: u8, text: &str) {
        self.engine.tags.push(tag);
        let start = self.begin_field(text);
        fold::fold_text_into(text, &mut self.engine.folded);
        let letters = matching::letter_mask(&self.engine.folded[start as usize..]);
        self.engine.spans.push(FieldSpan::new(start, letters, tier));
    }

    /// The folded text of the last field added.
    pub(crate) fn last_folded(&self) -> &str {
        let start = self
            .engine
            .spans
            .last()
            .map_or(0, |span| span.start as usize);
        &self.engine.folded[start..]
    }

    /// Opens the record if needed and stores `text` (when kept); returns
    /// where the field's folded text starts.
    fn begin_field(&mut self, text: &str) -> u32 {
        let engine = &mut self.engine;
        if engine.first_span.len() == engine.sort_key_ends.len() {
            engine.first_span.push(engine.spans.len() as u32);
        }
        if self.keep_texts {
            engine.text_starts.push(engine.text.len() as u32);
            engine.text.push_str(text);
        }
        engine.folded.len() as u32
    }

    /// Ends the record being built (which may have no field), giving the key
    /// that orders it among equal scores.
    ///
    /// A key that is the record's first field, folded (an organisation's or
    /// a person's name, in the catalog), is not stored twice: its end is
    /// marked [`FIRST_FIELD_KEY`] and [`Engine::sort_key`] reads the field.
    pub fn end_record(&mut self, sort_key: &str) {
        let engine = &mut self.engine;
        if engine.first_span.len() == engine.sort_key_ends.len() {
            engine.first_span.push(engine.spans.len() as u32);
        }
        let first = *engine.first_span.last().expect("a record was opened") as usize;
        let first_field = engine.spans.get(first).map(|span| {
            let end = engine
                .spans
                .get(first + 1)
                .map_or(engine.folded.len(), |next| next.start as usize);
            &engine.folded[span.start as usize..end]
        });
        let end = if first_field == Some(sort_key) {
            engine.sort_keys.len() as u32 | FIRST_FIELD_KEY
        } else {
            engine.sort_keys.push_str(sort_key);
            engine.sort_keys.len() as u32
        };
        assert!(
            engine.sort_keys.len() < FIRST_FIELD_KEY as usize,
            "sort keys beyond 2 GB"
        );
        engine.sort_key_ends.push(end);
    }

    /// The engine, ready to search. A record left open is ended with an
    /// empty sort key.
    pub fn build(mut self) -> Engine {
        if self.engine.first_span.len() > self.engine.sort_key_ends.len() {
            self.end_record("");
        }
        let mut engine = self.engine;
        engine.first_span.push(engine.spans.len() as u32);
        let end = FieldSpan::new(engine.folded.len() as u32, 0, Tier::Key);
        engine.spans.push(end);
        if self.keep_texts {
            engine.text_starts.push(engine.text.len() as u32);
        }
        // Memory reserved beyond the texts is given back.
        engine.text.shrink_to_fit();
        engine.text_starts.shrink_to_fit();
        engine.folded.shrink_to_fit();
        engine.spans.shrink_to_fit();
        engine.tags.shrink_to_fit();
        engine.vocabulary = Vocabulary::new(
            engine
                .spans
                .windows(2)
                .map(|pair| &engine.folded[pair[0].start as usize..pair[1].start as usize]),
        );
        engine.record_letters = engine
            .first_span
            .windows(2)
            .map(|pair| {
                engine.spans[pair[0] as usize..pair[1] as usize]
                    .iter()
                    .fold(0, |mask, span| mask | span.letters())
            })
            .collect();
        engine.order = sorted_order(&engine);
        engine.derive_from_order();
        engine
    }
}

/// Marks, in `Engine::sort_key_ends`, a record whose sort key is its first
/// field folded, not stored again.
const FIRST_FIELD_KEY: u32 = 1 << 31;

/// Record indices by sort key, equal keys in record order (a stable sort).
///
/// Sorts on the first sixteen bytes of each key packed in a `u128` first,
/// then compares whole keys only within runs of equal prefixes: keys often
/// share their first word ("association …"), rarely their first sixteen
/// bytes, so most comparisons are one integer comparison.
fn sorted_order(engine: &Engine) -> Vec<u32> {
    let count = engine.sort_key_ends.len();
    let prefix = |record: usize| {
        let key = engine.sort_key(record).as_bytes();
        let mut bytes = [0u8; 16];
        let len = key.len().min(16);
        bytes[..len].copy_from_slice(&key[..len]);
        u128::from_be_bytes(bytes)
    };
    let mut keyed: Vec<(u128, u32)> = (0..count).map(|r| (prefix(r), r as u32)).collect();
    keyed.sort_unstable();
    let mut order: Vec<u32> = keyed.iter().map(|&(_, record)| record).collect();
    let mut run_start = 0;
    while run_start < keyed.len() {
        let run_end = keyed[run_start..]
            .iter()
            .position(|&(p, _)| p != keyed[run_start].0)
            .map_or(keyed.len(), |offset| run_start + offset);
        if run_end - run_start > 1 {
            // Within a run the records are in index order already: a stable
            // sort by the whole key keeps equal keys in record order.
            order[run_start..run_end]
                .sort_by(|&a, &b| engine.sort_key(a as usize).cmp(engine.sort_key(b as usize)));
        }
        run_start = run_end;
    }
    order
}

/// One record of an [`Engine`], as given to it.
#[derive(Debug, Clone, Copy)]
pub struct RecordRef<'a> {
    engine: &'a Engine,
    record: usize,
}

impl<'a> RecordRef<'a> {
    /// How many fields the record has.
    pub fn len(&self) -> usize {
        self.span_range().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The original text of field `field`, if the record has it and the
    /// engine keeps its original texts.
    pub fn text(&self, field: usize) -> Option<&'a str> {
        let range = self.span_range();
        (field < range.len())
            .then(|| self.engine.field_text(range.start + field))
            .flatten()
    }

    /// The tag field `field` was given ([`EngineBuilder::field_tagged`];
    /// 0 when none), if the record has it.
    pub fn tag(&self, field: usize) -> Option<u8> {
        let range = self.span_range();
        (field < range.len()).then(|| self.engine.tags[range.start + field])
    }

    /// The tier of field `field`, if the record has it.
    pub fn tier(&self, field: usize) -> Option<Tier> {
        let range = self.span_range();
        (field < range.len()).then(|| self.engine.spans[range.start + field].tier())
    }

    /// The key that orders this record among equal scores.
    pub fn sort_key(&self) -> &'a str {
        self.engine.sort_key(self.record)
    }

    /// The record as an owned [`Record`], equal to the one given (its texts
    /// empty when the engine does not keep them).
    pub fn to_record(&self) -> Record {
        let range = self.span_range();
        Record {
            fields: range
                .map(|span| Field {
                    tier: self.engine.spans[span].tier(),
                    text: self.engine.field_text(span).unwrap_or("").to_string(),
                })
                .collect(),
            sort_key: self.sort_key().to_string(),
        }
    }

    fn span_range(&self) -> std::ops::Range<usize> {
        self.engine.span_range(self.record)
    }
}

impl Engine {
    /// Sets what follows from the records and their `order`: each record's
    /// rank, and whether every record lists its fields in tier order.
    pub(super) fn derive_from_order(&mut self) {
        self.rank = vec![0; self.order.len()];
        for (position, &record) in self.order.iter().enumerate() {
            self.rank[record as usize] = position as u32;
        }
        self.tiers_sorted = self.first_span.windows(2).all(|w| {
            self.spans[w[0] as usize..w[1] as usize]
                .windows(2)
                .all(|pair| pair[0].tier() <= pair[1].tier())
        });
    }

    /// Record `index`, to read its fields; panics when out of range, like
    /// indexing a slice.
    pub fn record(&self, index: usize) -> RecordRef<'_> {
        assert!(index < self.len(), "record {index} of {}", self.len());
        RecordRef {
            engine: self,
            record: index,
        }
    }

    /// The fields of record `record`, as indices into `spans`.
    pub(super) fn span_range(&self, record: usize) -> std::ops::Range<usize> {
        self.first_span[record] as usize..self.first_span[record + 1] as usize
    }

    /// The original text of the field at `spans[span]`, if kept.
    pub(super) fn field_text(&self, span: usize) -> Option<&str> {
        let range = self.text_starts.get(span..=span + 1)?;
        Some(&self.text[range[0] as usize..range[1] as usize])
    }

    /// The spans of record `record`'s fields and the one after them, which
    /// ends the last field: what [`Engine::match_word`] reads.
    pub(super) fn spans_of(&self, record: usize) -> &[FieldSpan] {
        let range = self.span_range(record);
        &self.spans[range.start..=range.end]
    }

    /// Sizes, to account for memory: (fields, bytes of original text kept,
    /// bytes of folded text).
    pub fn sizes(&self) -> (usize, usize, usize) {
        (
            self.spans.len().saturating_sub(1),
            self.text.len(),
            self.folded.len(),
        )
    }

    pub(super) fn sort_key(&self, record: usize) -> &str {
        let end = self.sort_key_ends[record];
        if end & FIRST_FIELD_KEY != 0 {
            let span = self.first_span[record] as usize;
            return &self.folded
                [self.spans[span].start as usize..self.spans[span + 1].start as usize];
        }
        let start = record.checked_sub(1).map_or(0, |previous| {
            (self.sort_key_ends[previous] & !FIRST_FIELD_KEY) as usize
        });
        &self.sort_keys[start..end as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys sharing their first sixteen bytes, equal keys, a key that is a
    /// prefix of another, and zero bytes: the order of a plain stable sort.
    #[test]
    fn records_are_ordered_by_sort_key_like_a_stable_sort() {
        let keys = [
            "association solidarite remich",
            "association solidarite diekirch",
            "B",
            "association solidarite",
            "association solidarite remich",
            "",
            "a\u{0}",
            "a",
            "association solidarite diekirch",
            "zz",
        ];
        let mut builder = EngineBuilder::default();
        for key in keys {
            builder.field(Tier::Key, key);
            builder.end_record(key);
        }
        let engine = builder.build();
        let mut expected: Vec<u32> = (0..keys.len() as u32).collect();
        expected.sort_by_key(|&i| keys[i as usize]);
        assert_eq!(engine.order, expected);
        // Keys equal to the folded field are read from it, the others
        // ("B" and "a\0" fold otherwise) from where they are kept.
        for (record, key) in keys.iter().enumerate() {
            assert_eq!(engine.record(record).sort_key(), *key);
        }
        let stored = engine.sort_key_ends.iter();
        assert_eq!(stored.filter(|&&end| end & FIRST_FIELD_KEY == 0).count(), 2);
    }
}
