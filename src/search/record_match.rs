//! Matching one record: every word of the query against the record's folded
//! fields, the best field per word. The hot loop of every search.

use super::matching::{self, Query};
use rayon::iter::{IndexedParallelIterator, IntoParallelIterator, ParallelIterator};

use super::{Engine, FieldSpan, Hit};

/// A word left for later by [`Engine::match_record_first`].
struct Wait;

/// What the first pass of a search knows of a record.
pub(super) enum First {
    Hit(Hit),
    Miss,
    /// Some word is in none of its fields as such: it may match fuzzily or
    /// with typos, scoring at most this much.
    Later(i64),
}

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
        let (best_score, field) = best.unwrap_or((0, 0));
        Some(Hit::with_best(record, score, field, best_score))
    }

    /// `settled`, the hit of a record for some words, with `word` matched
    /// too: as [`Engine::match_record`] would score the words and `word`.
    pub(super) fn match_one_more_word(&self, settled: Hit, word: &matching::Word) -> Option<Hit> {
        let record = settled.record();
        let letters = self.record_letters[record];
        if word.letters & !letters != 0 && word.typos.iter().all(|v| v.letters & !letters != 0) {
            return None;
        }
        let (best, best_field) = settled.best_word()?;
        let (word_score, field) = self.match_word(self.spans_of(record), word)?;
        let (best, best_field) = if word_score > best || (word_score == best && field < best_field)
        {
            (word_score, field)
        } else {
            (best, best_field)
        };
        Some(Hit::with_best(
            record,
            settled.score() + word_score,
            best_field,
            best,
        ))
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
        self.match_word_or_wait(spans, word, false)
            .unwrap_or_else(|_| unreachable!("nothing waits unless asked"))
    }

    /// [`Engine::match_word`]; with `wait`, a word no field holds as such
    /// is not matched fuzzily or with typos ([`Wait`]): that is most of the
    /// cost of a search, and such a match scores less than the word as
    /// such in a field of the same tier.
    fn match_word_or_wait(
        &self,
        spans: &[FieldSpan],
        word: &matching::Word,
        wait: bool,
    ) -> Result<Option<(i64, usize)>, Wait> {
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
        let fuzzy = fuzzy_worth_trying && matching::can_be_fuzzy(word);
        if wait && best.is_none() && (fuzzy || !word.typos.is_empty()) {
            return Err(Wait);
        }
        if !fuzzy {
            return Ok(best.or_else(|| self.match_typos(spans, word)));
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
        Ok(best.or_else(|| self.match_typos(spans, word)))
    }

    /// [`Engine::match_record`], except that a record where some word is
    /// in no field as such is left for later ([`First::Later`]) with the
    /// most it could score.
    pub(super) fn match_record_first(&self, record: usize, query: &Query) -> First {
        let letters = self.record_letters[record];
        let possible = |w: &matching::Word| {
            w.letters & !letters == 0 || w.typos.iter().any(|v| v.letters & !letters == 0)
        };
        if !query.words.iter().all(possible) {
            return First::Miss;
        }
        let spans = self.spans_of(record);
        let mut score = 0;
        let mut best: Option<(i64, usize)> = None;
        let mut later = false;
        for word in &query.words {
            match self.match_word_or_wait(spans, word, true) {
                Ok(None) => return First::Miss,
                Ok(Some((word_score, field))) => {
                    score += word_score;
                    if best.is_none_or(|(s, f)| word_score > s || (word_score == s && field < f)) {
                        best = Some((word_score, field));
                    }
                }
                Err(Wait) => {
                    later = true;
                    score += Self::ceiling_without_substring(spans, word);
                }
            }
        }
        if later {
            return First::Later(score);
        }
        let (best_score, field) = best.unwrap_or((0, 0));
        First::Hit(Hit::with_best(record, score, field, best_score))
    }

    /// The most `word` can score in a record whose fields do not hold it as
    /// such: fuzzily in a field with all its letters, or with typos.
    fn ceiling_without_substring(spans: &[FieldSpan], word: &matching::Word) -> i64 {
        let fuzzy = spans[..spans.len() - 1]
            .iter()
            .filter(|span| matching::can_be_fuzzy(word) && word.letters & !span.letters() == 0)
            .map(|span| matching::tier_weight(span.tier()) + matching::FUZZY_BEST)
            .max();
        let typos = (!word.typos.is_empty()).then_some(matching::TYPO_BEST);
        fuzzy.max(typos).unwrap_or(0)
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
