//! One search engine for every list: accent-proof, typo-tolerant, ranked.
//!
//! - [`fold`] turns text into its searchable form (case, diacritics and
//!   punctuation folded) and keeps the map back to the original characters.
//! - [`Engine`] matches a query against records made of weighted fields.
//! - [`catalog`] builds the records for the stands, organisations and people
//!   of a directory.
//!
//! Contract (other modules rely on it):
//! - `Engine::search("")` returns every record, in `sort_key` order, score 0.
//! - A non-empty query is split into words; every word must match some field
//!   of a record (any order). Hits are sorted by score, best first, ties by
//!   `sort_key`.
//! - `Engine::positions` gives *char* indices into the original text of one
//!   field, for highlighting exactly the characters that matched.

pub mod catalog;
pub mod fold;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index of the record, in the order records were given to [`Engine::new`].
    pub record: usize,
    /// Higher is better.
    pub score: i64,
    /// The field that contributed most to the score.
    pub field: usize,
}

/// Records, folded once, ready to be searched many times.
#[derive(Debug, Clone, Default)]
pub struct Engine {
    records: Vec<Record>,
    /// Record indices in `sort_key` order.
    order: Vec<usize>,
}

impl Engine {
    pub fn new(records: Vec<Record>) -> Self {
        let mut order: Vec<usize> = (0..records.len()).collect();
        order.sort_by(|&a, &b| records[a].sort_key.cmp(&records[b].sort_key));
        Engine { records, order }
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    pub fn record(&self, index: usize) -> &Record {
        &self.records[index]
    }

    /// Placeholder implementation: case-insensitive substring, to be replaced
    /// by the folded fuzzy engine.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        self.order
            .iter()
            .filter_map(|&i| {
                let record = &self.records[i];
                let all = words.iter().all(|w| {
                    record
                        .fields
                        .iter()
                        .any(|f| f.text.to_lowercase().contains(w.as_str()))
                });
                all.then_some(Hit {
                    record: i,
                    score: 0,
                    field: 0,
                })
            })
            .collect()
    }

    /// Char indices in `record`'s field `field` that `query` matched.
    pub fn positions(&self, _record: usize, _field: usize, _query: &str) -> Vec<usize> {
        Vec::new()
    }
}
