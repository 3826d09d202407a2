//! Matching one record: every word of the query against the record's folded
//! fields, the best field per word. The hot loop of every search.

use super::matching::{self, Query};
use rayon::iter::{IndexedParallelIterator, IntoParallelIterator, ParallelIterator};

use super::{Engine, FieldSpan, Hit};

impl Engine {
    /// The hit for `record` if every word of `query` matches one of its fields.
    pub(super) fn match_record(&self, record: usize, query: &Query) -> Option<Hit> {
        let letters = self.record_letters[record];
        // A word can only match where its letters (or, with typos, those of
        // one of its variants) all occur.
        let possible = |w: &matching::Word| {
            w.letters & !letters == 0 || w.typos.iter().any(|v| v.letters & !letters == 0)
        };
        if !query.words.iter().all(possible) {
            return None;
        }
        let spans = self.spans_of(record);
        let mut score = 0;
        // (word score, field) of the word that scored best; ties: first field.
        let mut best: Option<(i64, usize)> = None;
        for word in &query.words {
            let (word_score, field) = self.match_word(spans, word)?;
            score += word_score;
            if best.is_none_or(|(s, f)| word_score > s || (word_score == s && field < f)) {
                best = Some((word_score, field));
            }
        }
        Some(Hit::new(record, score, best.map_or(0, |(_, f)| f)))
    }

    /// The best (score, field index) of `word` among a record's fields; on
    /// equal scores, the first field.
    ///
    /// Two passes, because fuzzy matching costs many times a substring test:
    /// substrings first, then fuzzy matching only in the fields where it
    /// could still win (a fuzzy match is worth less than any substring match
    /// of its tier, see `matching.rs`). Same result as scoring every field
    /// in order (`tests::two_pass`).
    ///
    /// `spans` are the record's fields and the span after them
    /// ([`Engine::spans_of`]): each field's folded text ends where the next
    /// span starts.
    pub(super) fn match_word(
        &self,
        spans: &[FieldSpan],
        word: &matching::Word,
    ) -> Option<(i64, usize)> {
        let mut best: Option<(i64, usize)> = None;
        // Fields that hold the word as such (the first 64; beyond, tested again).
        let mut substring_fields = 0u64;
        let mut fuzzy_worth_trying = false;
        for (index, pair) in spans.windows(2).enumerate() {
            let (span, end) = (pair[0], pair[1].start);
            let weight = matching::tier_weight(span.tier());
            // No match in this field can beat (or tie, being later) the best.
            if best.is_some_and(|(s, _)| weight + matching::EXACT <= s) {
                if self.tiers_sorted {
                    break;
                }
                continue;
            }
            if word.letters & !span.letters() != 0 {
                continue;
            }
            let text = &self.folded[span.start as usize..end as usize];
            let Some(quality) = matching::substring_score(text, word) else {
                fuzzy_worth_trying = true;
                continue;
            };
            if index < 64 {
                substring_fields |= 1 << index;
            }
            let score = weight + quality;
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, index));
            }
        }
        if !fuzzy_worth_trying || !matching::can_be_fuzzy(word) {
            return best.or_else(|| self.match_typos(spans, word));
        }
        for (index, pair) in spans.windows(2).enumerate() {
            let (span, end) = (pair[0], pair[1].start);
            let ceiling = matching::tier_weight(span.tier()) + matching::FUZZY_BEST;
            if best.is_some_and(|(s, f)| ceiling < s || (ceiling == s && index > f)) {
                if self.tiers_sorted {
                    break;
                }
                continue;
            }
            if word.letters & !span.letters() != 0
                || (index < 64 && substring_fields & (1 << index) != 0)
            {
                continue;
            }
            let text = &self.folded[span.start as usize..end as usize];
            if index >= 64 && matching::substring_score(text, word).is_some() {
                continue;
            }
            if let Some(quality) = matching::fuzzy_score(text, word, span.tier()) {
                let score = matching::tier_weight(span.tier()) + quality;
                if best.is_none_or(|(s, f)| score > s || (score == s && index < f)) {
                    best = Some((score, index));
                }
            }
        }
        best.or_else(|| self.match_typos(spans, word))
    }

    /// The records outside `previous` (a bit per record) where one of
    /// `words` matches with typos, in order: with [`Query::typos_beyond`],
    /// the only records a query can match beyond the previous query's hits.
    pub(super) fn typo_candidates(
        &self,
        words: &[&matching::Word],
        previous: &[u64],
    ) -> Vec<usize> {
        if words.is_empty() {
            return Vec::new();
        }
        (0..self.len())
            .into_par_iter()
            .with_min_len(4096)
            .filter(|&record| previous[record / 64] & (1 << (record % 64)) == 0)
            .filter(|&record| {
                let letters = self.record_letters[record];
                words
                    .iter()
                    .any(|word| word.typos.iter().any(|v| v.letters & !letters == 0))
            })
            .filter(|&record| {
                let spans = self.spans_of(record);
                words
                    .iter()
                    .any(|word| self.match_typos(spans, word).is_some())
            })
            .collect()
    }

    /// The best (score, field) of `word` with typos, for a word that
    /// matches none of the record's fields otherwise; on equal scores, the
    /// first field.
    fn match_typos(&self, spans: &[FieldSpan], word: &matching::Word) -> Option<(i64, usize)> {
        if word.typos.is_empty() {
            return None;
        }
        let mut best: Option<(i64, usize)> = None;
        for (index, pair) in spans.windows(2).enumerate() {
            let (span, end) = (pair[0], pair[1].start);
            let text = &self.folded[span.start as usize..end as usize];
            if let Some(score) = matching::typo_match(text, span.letters(), word, span.tier())
                && best.is_none_or(|(s, _)| score > s)
            {
                best = Some((score, index));
            }
        }
        best
    }
}
