//! Typos: a wrong letter, two letters swapped, one missing or one too many.
//!
//! A query word of 5 letters or more may differ from a word of a field (or
//! the start of one, so results come while typing) by a few edits:
//! substitutions, insertions, deletions and swaps of two neighbours (the
//! optimal-string-alignment form of Damerau–Levenshtein). The budget grows
//! with the word's length, as Meilisearch and Typesense do: no typo up to 4
//! letters, 1 from 5, 2 from 9.
//!
//! Matching every field of every record against a word with edits would be
//! slow. Instead each engine keeps its [`Vocabulary`], the distinct words of
//! its fields, and a query word is first compared with the vocabulary: the
//! words it is close to give [`Variant`]s, the folded prefixes (`medec` for
//! `medic`) that a field must then hold at the start of a word. That is a
//! plain substring test, as cheap as the exact one.
//!
//! A typo match only counts for a word that matches a record nowhere
//! exactly or as a subsequence, and ranks below every such match (see the
//! table in `matching.rs`).

use std::collections::HashSet;

use super::matching::letter_mask;

/// Words shorter than this are not kept in the vocabulary: a word with a
/// typo budget has 5 letters or more, and one edit away from it a field
/// word has at least 4.
const SHORTEST_WORD: usize = 4;

/// How many edits a query word of `letters` chars may have.
pub(super) fn budget(letters: usize) -> u8 {
    match letters {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// The distinct folded words of an engine's fields, sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Vocabulary {
    /// The words one after the other; word `i` ends at `ends[i]`.
    words: String,
    ends: Vec<u32>,
}

impl Vocabulary {
    /// The words of `fields` (folded texts, words separated by spaces).
    pub(super) fn new<'a>(fields: impl Iterator<Item = &'a str>) -> Self {
        let mut seen: HashSet<&str, foldhash::fast::RandomState> = HashSet::default();
        // Split on the byte (the folded texts' only separator) and count
        // chars only for a word with non-ASCII letters: this runs over every
        // word of the index, and `split(' ')` with `chars().count()` took a
        // third of its build.
        let long_enough = |word: &str| {
            word.len() >= SHORTEST_WORD
                && (word.is_ascii() || word.chars().count() >= SHORTEST_WORD)
        };
        for field in fields {
            let words = field.as_bytes().split(|&b| b == b' ');
            // Splitting on an ASCII byte leaves every piece on char
            // boundaries: each is a `str` slice of `field`.
            seen.extend(
                words
                    .map(|bytes| {
                        let start = bytes.as_ptr() as usize - field.as_ptr() as usize;
                        &field[start..start + bytes.len()]
                    })
                    .filter(|word| long_enough(word)),
            );
        }
        let mut sorted: Vec<&str> = seen.into_iter().collect();
        sorted.sort_unstable();
        let mut vocabulary = Vocabulary {
            words: String::with_capacity(sorted.iter().map(|w| w.len()).sum()),
            ends: Vec::with_capacity(sorted.len()),
        };
        for word in sorted {
            vocabulary.words.push_str(word);
            vocabulary.ends.push(vocabulary.words.len() as u32);
        }
        vocabulary
    }

    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.ends.iter().map(|&end| end as usize));
        starts
            .zip(&self.ends)
            .map(|(start, &end)| &self.words[start..end as usize])
    }

    /// The prefixes of vocabulary words that `word` (folded) is within its
    /// budget of, but not equal to: what a field must hold at the start of
    /// a word for `word` to match it with typos. Sorted by edits, then text.
    pub(super) fn variants(&self, word: &str) -> Vec<Variant> {
        let chars: Vec<char> = word.chars().collect();
        let budget = budget(chars.len());
        if budget == 0 {
            return Vec::new();
        }
        let shortest = chars.len() - usize::from(budget);
        let mut distances = Distances::new(&chars);
        let mut variants: Vec<Variant> = Vec::new();
        for candidate in self.iter() {
            if candidate.len() < shortest {
                continue;
            }
            let Some((edits, end)) = distances.best_prefix(candidate, budget) else {
                continue;
            };
            if edits == 0 {
                // `word` starts this word: an exact match finds it.
                continue;
            }
            variants.push(Variant::new(&candidate[..end], edits));
        }
        variants.sort_unstable_by(|a, b| (a.edits, &a.prefix).cmp(&(b.edits, &b.prefix)));
        // The same prefix from several words: keep its fewest edits.
        let mut seen = HashSet::<String, foldhash::fast::RandomState>::default();
        variants.retain(|variant| seen.insert(variant.prefix.clone()));
        variants
    }
}

/// A folded text that a query word is a few edits from.
#[derive(Debug, Clone)]
pub(super) struct Variant {
    /// Held at the start of a word of a field, it matches the query word.
    pub prefix: String,
    /// Finds `" prefix"` (after a space) with SIMD, prepared once.
    spaced: memchr::memmem::Finder<'static>,
    pub edits: u8,
    /// [`letter_mask`] of the prefix.
    pub letters: u32,
}

impl Variant {
    fn new(prefix: &str, edits: u8) -> Self {
        Variant {
            prefix: prefix.to_string(),
            spaced: memchr::memmem::Finder::new(&format!(" {prefix}")).into_owned(),
            edits,
            letters: letter_mask(prefix),
        }
    }

    /// Where the variant starts a word of `text` (a folded field), first
    /// occurrence; `None` when it does not.
    pub(super) fn find_in(&self, text: &str) -> Option<usize> {
        if text.starts_with(&self.prefix) {
            return Some(0);
        }
        self.spaced.find(text.as_bytes()).map(|at| at + 1)
    }
}

/// The closest a query word comes to a field word: the fewest edits from the
/// query word to the start of `text`'s words, with where that start ends.
/// Used to highlight (and test) one field; the engine uses [`Variant`]s.
pub(super) fn best_in_field(word: &str, text: &str) -> Option<(usize, usize, u8)> {
    let chars: Vec<char> = word.chars().collect();
    let budget = budget(chars.len());
    if budget == 0 {
        return None;
    }
    let mut distances = Distances::new(&chars);
    let mut best: Option<(usize, usize, u8)> = None;
    let mut start = 0;
    for field_word in text.split(' ') {
        if let Some((edits, end)) = distances.best_prefix(field_word, budget)
            && best.is_none_or(|(_, _, fewest)| edits < fewest)
        {
            best = Some((start, start + end, edits));
        }
        start += field_word.len() + 1;
    }
    best
}

/// The edit distance of a query word to the prefixes of other words, one
/// column of the table per char of the other word (rows: the query's chars).
struct Distances<'q> {
    query: &'q [char],
    /// Columns `j - 2`, `j - 1` and `j` of the table.
    before: Vec<u8>,
    previous: Vec<u8>,
    current: Vec<u8>,
}

impl<'q> Distances<'q> {
    fn new(query: &'q [char]) -> Self {
        let column = vec![0; query.len() + 1];
        Distances {
            query,
            before: column.clone(),
            previous: column.clone(),
            current: column,
        }
    }

    /// The fewest edits (at most `budget`) turning the query into a prefix
    /// of `other`, and the byte where that prefix ends (the longest prefix
    /// among equals). `None` when every prefix needs more.
    fn best_prefix(&mut self, other: &str, budget: u8) -> Option<(u8, usize)> {
        let rows = self.query.len();
        // Column 0: the query's first i chars against the empty prefix.
        for (i, cell) in self.previous.iter_mut().enumerate() {
            *cell = i.min(255) as u8;
        }
        let mut best = (self.previous[rows] <= budget).then_some((self.previous[rows], 0));
        let mut previous_char = None;
        for (byte, c) in other.char_indices() {
            self.current[0] = self.previous[0].saturating_add(1);
            let mut column_min = self.current[0];
            for i in 1..=rows {
                let q = self.query[i - 1];
                // Saturating: a pasted word may be longer than 255 chars.
                let substitution = self.previous[i - 1].saturating_add(u8::from(q != c));
                let mut cell = substitution
                    .min(self.previous[i].saturating_add(1))
                    .min(self.current[i - 1].saturating_add(1));
                // Two neighbours swapped: `ab` typed for `ba`.
                if i > 1 && previous_char == Some(q) && self.query[i - 2] == c && q != c {
                    cell = cell.min(self.before[i - 2].saturating_add(1));
                }
                self.current[i] = cell;
                column_min = column_min.min(cell);
            }
            let end = byte + c.len_utf8();
            let edits = self.current[rows];
            if edits <= budget && best.is_none_or(|(fewest, _)| edits <= fewest) {
                best = Some((edits, end));
            }
            // Cells only grow from a column whose every cell is over budget
            // (a swap reaches back one more column, so both must be).
            let previous_min = self.previous.iter().copied().min().unwrap_or(0);
            if column_min > budget && previous_min > budget {
                break;
            }
            std::mem::swap(&mut self.before, &mut self.previous);
            std::mem::swap(&mut self.previous, &mut self.current);
            previous_char = Some(c);
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(query: &str, other: &str) -> Option<(u8, usize)> {
        let chars: Vec<char> = query.chars().collect();
        Distances::new(&chars).best_prefix(other, 2)
    }

    #[test]
    fn budget_grows_with_length() {
        let budgets: Vec<u8> = (1..=10).map(budget).collect();
        assert_eq!(budgets, [0, 0, 0, 0, 1, 1, 1, 1, 2, 2]);
    }

    #[test]
    fn each_kind_of_edit_costs_one() {
        assert_eq!(distance("caritas", "caritas"), Some((0, 7)));
        assert_eq!(distance("craitas", "caritas"), Some((1, 7)), "swap");
        assert_eq!(
            distance("medicins", "medecins"),
            Some((1, 8)),
            "substitution"
        );
        assert_eq!(distance("medecin", "medecins"), Some((0, 7)), "a prefix");
        assert_eq!(distance("medcins", "medecins"), Some((1, 8)), "missing");
        assert_eq!(distance("meddecins", "medecins"), Some((1, 8)), "doubled");
        assert_eq!(distance("abcdef", "zzzzzz"), None);
    }

    #[test]
    fn a_word_longer_than_any_count_is_compared_without_overflow() {
        let long = "a".repeat(400);
        let chars: Vec<char> = long.chars().collect();
        assert_eq!(Distances::new(&chars).best_prefix(&long, 2), Some((0, 400)));
        assert_eq!(Distances::new(&chars).best_prefix("b", 2), None);
        assert_eq!(best_in_field(&long, "aaa bbb"), None);
    }

    #[test]
    fn a_prefix_of_a_word_matches_while_typing() {
        // "medic" against "medecins": "medec" is one substitution away.
        assert_eq!(distance("medic", "medecins"), Some((1, 5)));
    }

    #[test]
    fn variants_come_from_the_vocabulary() {
        let vocabulary = Vocabulary::new(
            ["medecins du monde", "caritas luxembourg", "maison medicale"].into_iter(),
        );
        assert_eq!(vocabulary.len(), 6, "words of 4 letters or more");
        let prefixes = |word: &str| -> Vec<(String, u8)> {
            vocabulary
                .variants(word)
                .into_iter()
                .map(|v| (v.prefix, v.edits))
                .collect()
        };
        assert_eq!(prefixes("craitas"), [("caritas".to_string(), 1)]);
        assert_eq!(prefixes("medicins"), [("medecins".to_string(), 1)]);
        assert!(prefixes("caritas").is_empty(), "exact: not a variant");
        assert!(prefixes("cari").is_empty(), "too short for a typo");
        assert!(prefixes("zqxwvk").is_empty());
    }

    #[test]
    fn a_variant_starts_a_word() {
        let variant = Variant::new("medec", 1);
        assert_eq!(variant.find_in("medecins du monde"), Some(0));
        assert_eq!(variant.find_in("les medecins"), Some(4));
        assert_eq!(variant.find_in("biomedecine"), None);
    }

    #[test]
    fn the_best_word_of_a_field() {
        assert_eq!(
            best_in_field("medicins", "association medecins du monde"),
            Some((12, 20, 1))
        );
        assert_eq!(best_in_field("zqxwvk", "association medecins"), None);
    }
}
