//! How one query word matches one folded field, and what that is worth.
//!
//! Scoring (higher is better), per word, from the best field of the record:
//! `tier weight + quality`, where every quality is below the gap between two
//! tiers, so the tier always dominates:
//!
//! | tier        | weight |   | match                                   | quality |
//! |-------------|--------|---|-----------------------------------------|---------|
//! | Key         | 4000   |   | the whole field (`a1` = stand A1)       | 900     |
//! | Name        | 3000   |   | prefix of the field (+50 if whole word) | 800/850 |
//! | Related     | 2000   |   | a whole word / start of a word          | 650/600 |
//! | Description | 1000   |   | inside a word                           | 400     |
//! |             |        |   | fuzzy (subsequence)                     | 0..=299 |
//!
//! A word that matches a record nowhere in those ways may match with typos
//! (`typo.rs`): its score is then below every score above, whatever the
//! tier, fewer typos first: [`typo_score`].
//!
//! A fuzzy quality adds: 100 when the match starts a word, `150 − 50 × the
//! letters skipped` (at least 0), and skim's alignment score per letter
//! (0..=99), which favours consecutive letters and word boundaries.
//!
//! Words of one or two letters only match as substrings. A fuzzy match must
//! be compact: the shortest window of the field holding
//! the word's letters in order may have at most [`max_extra`] letters that are
//! not the word's (3 in keys and names, 1 in descriptions), so a short word
//! does not match letters scattered across a long description. That limit
//! does not depend on the word's length, which keeps matching monotone: if a
//! word matches a field, so does any piece of it of one letter or of three or
//! more. [`Query::refines`] relies on that to search only the previous hits
//! when the query grew.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::Tier;
use super::fold::fold_text;
use super::fuzzy_ascii as ascii;
use super::typo::{self, Variant, Vocabulary};

/// The score of a word matched with `edits` typos in a field of `tier`,
/// starting the field or not, a whole word of it or the start of one: from
/// 260 to 790, below the lowest score of any other match (1000, a fuzzy match
/// in a description), one typo always above two.
pub(super) const fn typo_score(tier: Tier, edits: u8, field_start: bool, whole_word: bool) -> i64 {
    let base = if edits <= 1 { 500 } else { 200 };
    let tier_bonus = match tier {
        Tier::Key => 240,
        Tier::Name => 180,
        Tier::Related => 120,
        Tier::Description => 60,
    };
    base + tier_bonus + if whole_word { 30 } else { 0 } + if field_start { 20 } else { 0 }
}

/// The best typo score of `word` in `text` (a folded field of `tier` whose
/// letter mask is `letters`) among its variants, if one starts a word of it.
pub(super) fn typo_match(text: &str, letters: u32, word: &Word, tier: Tier) -> Option<i64> {
    word.typos
        .iter()
        .filter(|variant| variant.letters & !letters == 0)
        .filter_map(|variant| {
            let start = variant.find_in(text)?;
            let end = start + variant.prefix.len();
            let whole = end == text.len() || text.as_bytes()[end] == b' ';
            Some(typo_score(tier, variant.edits, start == 0, whole))
        })
        .max()
}

/// The most a typo match scores (see [`typo_score`]).
pub(super) const TYPO_BEST: i64 = typo_score(Tier::Key, 0, true, true);

/// Quality of a word equal to the whole field.
pub(super) const EXACT: i64 = 900;
const PREFIX: i64 = 800;
const WORD_START: i64 = 600;
const INSIDE: i64 = 400;
/// Bonus when a prefix or word-start match also ends where the word ends.
const WHOLE_WORD: i64 = 50;
/// Shorter words only match as substrings: two letters a few chars apart are
/// everywhere, and such a match tells nothing.
const FUZZY_MIN_LETTERS: usize = 3;

pub(super) fn tier_weight(tier: Tier) -> i64 {
    match tier {
        Tier::Key => 4000,
        Tier::Name => 3000,
        Tier::Related => 2000,
        Tier::Description => 1000,
    }
}

/// How many letters a fuzzy match may skip inside its window, per tier.
pub(super) fn max_extra(tier: Tier) -> usize {
    match tier {
        Tier::Key | Tier::Name => 3,
        Tier::Related => 2,
        Tier::Description => 1,
    }
}

/// One folded query word.
#[derive(Debug, Clone)]
pub(super) struct Word {
    pub text: String,
    /// `" word "`: finds whole words and word starts with `contains` alone.
    spaced: String,
    /// Looks for `text`, built once per query: the substring test runs on
    /// every field a search looks at, where `str::contains` sets up its
    /// search again each time.
    finder: memchr::memmem::Finder<'static>,
    chars: Vec<char>,
    /// [`letter_mask`] of the word: a field can only match (exactly or
    /// fuzzily) when its own mask includes this one.
    pub letters: u32,
    /// What the word may match with typos in one engine (see `typo.rs`):
    /// empty until [`Query::with_typos`] fills it.
    pub typos: Vec<Variant>,
}

impl Word {
    /// How many typos the word may have.
    pub fn typo_budget(&self) -> u8 {
        typo::budget(self.chars.len())
    }
}

/// A set of the chars in `text`, one bit per ASCII letter, three bits for the
/// digits and one for any other char: a cheap test that rules out most
/// fields before any matching.
pub(super) fn letter_mask(text: &str) -> u32 {
    text.bytes().fold(0, |mask, b| {
        mask | match b {
            b'a'..=b'z' => 1 << (b - b'a'),
            b'0'..=b'9' => 1 << (26 + (b - b'0') % 3),
            b' ' => 0,
            // Bits 30 and 31 are left free: the engine keeps a tier there.
            _ => 1 << 29,
        }
    })
}

/// A folded query: its words, in the order typed.
#[derive(Debug, Clone, Default)]
pub(super) struct Query {
    pub words: Vec<Word>,
}

impl Query {
    pub fn new(query: &str) -> Self {
        let folded = fold_text(query);
        let words = folded
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(|w| Word {
                text: w.to_string(),
                spaced: format!(" {w} "),
                finder: memchr::memmem::Finder::new(w.as_bytes()).into_owned(),
                chars: w.chars().collect(),
                letters: letter_mask(w),
                typos: Vec::new(),
            })
            .collect();
        Query { words }
    }

    /// The query with each word's typo variants in `vocabulary` (one
    /// engine's words).
    pub fn with_typos(mut self, vocabulary: &Vocabulary) -> Self {
        for word in &mut self.words {
            word.typos = vocabulary.variants(&word.text);
        }
        self
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// True when both queries fold to the same words (so have the same hits).
    pub fn same_words(&self, other: &Query) -> bool {
        self.words.len() == other.words.len()
            && self
                .words
                .iter()
                .zip(&other.words)
                .all(|(a, b)| a.text == b.text)
    }

    /// True when `self` is `previous` and one more word.
    pub fn adds_a_word_to(&self, previous: &Query) -> bool {
        self.words.len() == previous.words.len() + 1
            && self
                .words
                .iter()
                .zip(&previous.words)
                .all(|(a, b)| a.text == b.text)
    }

    /// The highest score a record can reach when one of its words matches
    /// it only with typos: every other word at its best, that one at the
    /// best typo score. Hits scoring more rank above every such record.
    pub fn ceiling_beyond(&self) -> i64 {
        let best_word = tier_weight(Tier::Key) + EXACT;
        let best_typo = typo_score(Tier::Key, 1, true, true);
        (self.words.len() as i64 - 1).max(0) * best_word + best_typo
    }

    /// True when each word of `previous` is a piece of some word of `self`:
    /// `self` was typed from `previous` by adding letters or words.
    pub fn narrows(&self, previous: &Query) -> bool {
        previous
            .words
            .iter()
            .all(|old| self.words.iter().any(|new| new.text.contains(&old.text)))
    }

    /// True when each word of `previous` is a piece of a word of `self`
    /// that can only match with typos where it did ([`typos_kept`]).
    fn narrows_typos(&self, previous: &Query) -> bool {
        previous.words.iter().all(|old| {
            self.words
                .iter()
                .any(|new| new.text.contains(&old.text) && typos_kept(new, old))
        })
    }

    /// The words of `self` that may match with typos where the word of
    /// `previous` they grew from matched nothing (a longer budget, or
    /// letters added before): when `self` refines `previous`, the only
    /// records beyond the previous hits it can match are those where one of
    /// these matches with typos. (A record the previous query missed fails
    /// one of its words; every word grown from that one matches the record,
    /// and only with typos, else the old word would match it too.)
    pub fn typos_beyond(&self, previous: &Query) -> Vec<&Word> {
        self.words
            .iter()
            .filter(|new| {
                !new.typos.is_empty()
                    && previous
                        .words
                        .iter()
                        .any(|old| new.text.contains(&old.text) && !typos_kept(new, old))
            })
            .collect()
    }

    /// True when every record matching `self` without typos also matches
    /// `previous`, so only the previous hits (and, for typos, the records
    /// holding a variant: [`Query::refines_with_typos`]) need searching:
    /// `self` narrows `previous`, and `previous` has no two-letter word. (A
    /// piece of a word that matched fuzzily still matches, fuzzily or
    /// exactly, unless it is too short to match fuzzily and is not there as
    /// such.)
    pub fn refines(&self, previous: &Query) -> bool {
        self.narrows(previous)
            && previous.words.iter().all(|old| {
                let len = old.chars.len();
                len == 1 || len >= FUZZY_MIN_LETTERS
            })
    }

    /// [`Query::refines`], typo matches included: every record `self`
    /// matches, with typos or not, matched `previous`.
    pub fn refines_with_typos(&self, previous: &Query) -> bool {
        self.refines(previous) && self.narrows_typos(previous)
    }
}

/// Whether `new`, grown from `old`, matches with typos only where `old`
/// matched: it has no typo budget, or it was typed from `old` by adding
/// letters at its end within the same budget (a word with typos starts a
/// field word, so its start with the same typos starts it too).
fn typos_kept(new: &Word, old: &Word) -> bool {
    new.typo_budget() == 0
        || (new.text.starts_with(&old.text) && new.typo_budget() == old.typo_budget())
}

/// How `word` matches a folded field, if it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Found {
    /// The word occurs at byte `start`.
    Substring { start: usize },
    /// The word's letters occur in order in bytes `start..end`.
    Fuzzy {
        start: usize,
        end: usize,
        extra: usize,
    },
}

/// The quality of the best match of `word` in `text` (a folded field of tier
/// `tier`; see the table at the top of this file), if it matches. This is
/// the hot path of a search: substring matches are judged with `contains`
/// alone (which has a SIMD fast path), never by locating them.
#[cfg(test)] // the engine calls the two halves itself, see `Engine::match_word`
pub(super) fn score(text: &str, word: &Word, tier: Tier) -> Option<i64> {
    substring_quality(text, word).or_else(|| fuzzy_score(text, word, tier))
}

/// The quality of `word` as a substring of `text` (the cheap half of [`score`]).
pub(super) fn substring_score(text: &str, word: &Word) -> Option<i64> {
    substring_quality(text, word)
}

/// The quality of a fuzzy match of `word` in `text`, for a `text` that does
/// not hold `word` as such (the costly half of [`score`]).
pub(super) fn fuzzy_score(text: &str, word: &Word, tier: Tier) -> Option<i64> {
    let (start, end, extra) = fuzzy_window(text, word, max_extra(tier))?;
    Some(fuzzy_quality(text, word, start, end, extra))
}

/// The highest quality [`fuzzy_quality`] can give (per letter + word start +
/// compactness): lets a search skip fuzzy matching where it cannot win.
pub(super) const FUZZY_BEST: i64 = 99 + 100 + 150;

/// Whether `word` can match fuzzily at all (else only as a substring).
pub(super) fn can_be_fuzzy(word: &Word) -> bool {
    word.chars.len() >= FUZZY_MIN_LETTERS
}

/// Where the match that [`score`] judged lies in `text`: the same kind of
/// occurrence (prefix, whole word, word start, inside), first of its kind.
pub(super) fn find(text: &str, word: &Word, tier: Tier) -> Option<Found> {
    if let Some(start) = locate_substring(text, word) {
        return Some(Found::Substring { start });
    }
    fuzzy_window(text, word, max_extra(tier)).map(|(start, end, extra)| Found::Fuzzy {
        start,
        end,
        extra,
    })
}

fn fuzzy_quality(text: &str, word: &Word, start: usize, end: usize, extra: usize) -> i64 {
    let alignment = matcher()
        .fuzzy_match(&text[start..end], &word.text)
        .unwrap_or(0);
    let per_letter = (alignment / word.chars.len().max(1) as i64).clamp(0, 99);
    let starts_word = if is_word_start(text, start) { 100 } else { 0 };
    let compact = (150 - 50 * extra as i64).max(0);
    per_letter + starts_word + compact
}

/// Byte offsets (into `text`) of the chars the match covers.
pub(super) fn matched_bytes(text: &str, word: &Word, found: Found, out: &mut Vec<usize>) {
    match found {
        Found::Substring { start } => out.extend(start..start + word.text.len()),
        Found::Fuzzy { start, end, .. } => {
            let window = &text[start..end];
            let offsets: Vec<usize> = window.char_indices().map(|(b, _)| b).collect();
            match matcher().fuzzy_indices(window, &word.text) {
                Some((_, chars)) => out.extend(
                    chars
                        .into_iter()
                        .filter_map(|c| offsets.get(c))
                        .map(|b| start + b),
                ),
                // Cannot happen (the window holds the word's letters in
                // order), but the greedy alignment is a correct answer too.
                None => greedy(window, &word.chars, |b| out.push(start + b)),
            }
        }
    }
}

/// One matcher for every search, on every thread: skim's scoring (its
/// bonuses for word starts, consecutive letters and gaps) of the greedy
/// alignment within the window, without its score matrix.
///
/// The window is already the shortest holding the word's letters in order,
/// so the matrix has little left to choose, and it cost most of a fuzzy
/// search: fuzzy-matcher 0.3.7 keeps the matrix in a per-thread cache that
/// it resizes without clearing, so a matcher shared between calls gave
/// scores that depended on earlier, longer matches (found by
/// tests/it/prop_search.rs), and a fresh matcher per call spent more time
/// allocating than matching. `element_limit(1)` sends every match to skim's
/// matrix-free path, which keeps no state between calls.
fn matcher() -> &'static SkimMatcherV2 {
    static MATCHER: std::sync::OnceLock<SkimMatcherV2> = std::sync::OnceLock::new();
    MATCHER.get_or_init(|| SkimMatcherV2::default().element_limit(1))
}

fn is_word_start(text: &str, byte: usize) -> bool {
    byte == 0 || text.as_bytes()[byte - 1] == b' '
}

/// The quality of the best occurrence of `word` in `text`: the whole field,
/// then a prefix, then a whole word, then a word start, then anywhere.
fn substring_quality(text: &str, word: &Word) -> Option<i64> {
    let (text, w) = (text.as_bytes(), word.text.as_bytes());
    if text.len() < w.len() {
        return None;
    }
    // One pass over the occurrences, each judged by its neighbours (the
    // best is "prefix", then "whole word", then "word start"), rather than
    // a search of the text per kind: fields are short and most hold the
    // first letters of a query.
    let ends_word = |at: usize| text.get(at + w.len()).is_none_or(|&b| b == b' ');
    let mut best = None;
    let mut from = 0;
    while let Some(offset) = word.finder.find(&text[from..]) {
        let at = from + offset;
        if at == 0 {
            return Some(if text.len() == w.len() {
                EXACT
            } else {
                PREFIX + if ends_word(0) { WHOLE_WORD } else { 0 }
            });
        }
        if text[at - 1] != b' ' {
            best = best.or(Some(INSIDE));
        } else if ends_word(at) {
            return Some(WORD_START + WHOLE_WORD);
        } else {
            best = Some(WORD_START);
        }
        // Occurrences may overlap ("ss" in "sss"); one that starts inside
        // another is preceded by a letter of the word, never a word start,
        // but it may still be the first inside one.
        from = at + 1;
    }
    best
}

/// The byte offset of the occurrence [`substring_quality`] judged.
fn locate_substring(text: &str, word: &Word) -> Option<usize> {
    let w = word.text.as_str();
    let first = text.find(w)?;
    if first == 0 {
        return Some(0);
    }
    let spaced = word.spaced.as_str();
    let at_word_start = &spaced[..spaced.len() - 1];
    // The space before the word is not part of the match.
    let after_space = |at: usize| at + 1;
    // A whole word inside the field comes before one that ends it.
    if let Some(at) = text.find(spaced) {
        return Some(after_space(at));
    }
    if text.ends_with(at_word_start) {
        return Some(text.len() - w.len());
    }
    if let Some(at) = text.find(at_word_start) {
        return Some(after_space(at));
    }
    Some(first)
}

/// The shortest window of `text` holding the letters of `word` in order, with
/// at most `max_extra` other chars in it: `(start, end, extra)` in bytes,
/// leftmost among the shortest. Each occurrence of the first letter (found
/// with `str::find`, which uses memchr) is tried greedily, which finds the
/// shortest window beginning there; the cost is bounded by
/// `occurrences of the first letter × (word length + max_extra)`.
pub(super) fn fuzzy_window(
    text: &str,
    word: &Word,
    max_extra: usize,
) -> Option<(usize, usize, usize)> {
    if word.chars.len() < FUZZY_MIN_LETTERS {
        return None;
    }
    if word.text.is_ascii() {
        return ascii::fuzzy_window(text.as_bytes(), word.text.as_bytes(), max_extra);
    }
    fuzzy_window_chars(text, word, max_extra)
}

/// [`fuzzy_window`] for any word, char by char.
pub(super) fn fuzzy_window_chars(
    text: &str,
    word: &Word,
    max_extra: usize,
) -> Option<(usize, usize, usize)> {
    let (&first, rest) = word.chars.split_first()?;
    let mut best: Option<(usize, usize, usize)> = None;
    let mut from = 0;
    while let Some(offset) = text[from..].find(first) {
        let start = from + offset;
        let after = start + first.len_utf8();
        let limit = best.map_or(max_extra, |(_, _, extra)| extra.saturating_sub(1));
        if let Some((end, extra)) = greedy_end(&text[after..], rest, limit) {
            best = Some((start, after + end, extra));
            if extra == 0 {
                break;
            }
        }
        from = after;
    }
    best
}

/// Greedily matches `letters` in order at the start of `text`, skipping at most
/// `max_extra` chars: the end byte (relative to `text`) and the chars skipped.
fn greedy_end(text: &str, letters: &[char], max_extra: usize) -> Option<(usize, usize)> {
    if letters.is_empty() {
        return Some((0, 0));
    }
    let mut next = 0;
    let mut extra = 0;
    for (byte, c) in text.char_indices() {
        if c == letters[next] {
            next += 1;
            if next == letters.len() {
                return Some((byte + c.len_utf8(), extra));
            }
        } else {
            extra += 1;
            if extra > max_extra {
                return None;
            }
        }
    }
    None
}

/// Calls `emit` with the byte offset of each letter of a greedy alignment.
fn greedy(text: &str, letters: &[char], mut emit: impl FnMut(usize)) {
    let mut next = 0;
    for (byte, c) in text.char_indices() {
        if next < letters.len() && c == letters[next] {
            emit(byte);
            next += 1;
        }
    }
}
