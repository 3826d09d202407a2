//! Fields a record shares with records of another engine.
//!
//! A stand's record holds its organisations' names, themes, people and
//! descriptions: the very fields of the organisations' own records. Copied,
//! they were half of the stands' engine (5.5 MB of folded text and 3 MB of
//! spans at 50,000 stands); shared, a stand's record holds its own fields
//! and says which records of the organisations' engine it also has.
//!
//! A record's fields are then read as runs: its own fields, then, for each
//! record it shares, the runs of that record's fields it shares (each run
//! is tier-ordered when the engines' records are, and ends where the span
//! after it starts, as in one engine). Field numbers run on across runs, so
//! a hit's field names one field whatever engine holds it.

use std::sync::Arc;

use super::{Engine, FieldSpan};

/// What records of one engine share from records of another.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Shared {
    /// The engine whose fields are shared (the organisations').
    pub(super) engine: Arc<Engine>,
    /// For each record of `engine`: the two runs of its fields that are
    /// shared, `[a, b)` and `[c, d)`, counted within the record.
    pub(super) kept: Vec<[u16; 4]>,
    /// Record `i` shares `records[first[i]..first[i + 1]]` of `engine`.
    pub(super) first: Vec<u32>,
    pub(super) records: Vec<u32>,
}

impl Shared {
    /// The records of `engine` that record `record` shares.
    fn records_of(&self, record: usize) -> &[u32] {
        let (from, to) = (self.first[record], self.first[record + 1]);
        &self.records[from as usize..to as usize]
    }

    /// The two runs of record `other` of `engine` that are shared, as span
    /// ranges of `engine`.
    fn kept_ranges(&self, other: usize) -> [std::ops::Range<usize>; 2] {
        let start = self.engine.span_range(other).start;
        let [a, b, c, d] = self.kept[other].map(usize::from);
        [start + a..start + b, start + c..start + d]
    }
}

/// Fields of a record that lie one after the other in one engine.
#[derive(Debug, Clone, Copy)]
pub(super) struct Run<'a> {
    /// The folded texts of the engine that holds them.
    pub(super) folded: &'a str,
    /// Their spans, then the span whose start ends the last one.
    pub(super) spans: &'a [FieldSpan],
    /// The record's number for the first of them.
    pub(super) first_field: usize,
}

impl<'a> Run<'a> {
    /// How many fields the run holds.
    pub(super) fn len(&self) -> usize {
        self.spans.len() - 1
    }

    /// Field `index` of the run (counted within it): its span and folded
    /// text.
    pub(super) fn field(&self, index: usize) -> (FieldSpan, &'a str) {
        let (span, end) = (self.spans[index], self.spans[index + 1].start);
        (span, &self.folded[span.start as usize..end as usize])
    }

    /// Every field of the run with its number in the record.
    pub(super) fn fields(self) -> impl Iterator<Item = (usize, FieldSpan, &'a str)> {
        (0..self.len()).map(move |i| {
            let (span, text) = self.field(i);
            (self.first_field + i, span, text)
        })
    }
}

/// The runs of one record: its own fields, then those it shares.
#[derive(Debug, Clone)]
pub(super) struct Runs<'a> {
    own: Option<Run<'a>>,
    shared: Option<&'a Shared>,
    others: std::slice::Iter<'a, u32>,
    /// The second run of the record being shared, once the first is out.
    pending: Option<std::ops::Range<usize>>,
    next_field: usize,
}

impl<'a> Iterator for Runs<'a> {
    type Item = Run<'a>;

    fn next(&mut self) -> Option<Run<'a>> {
        if let Some(own) = self.own.take() {
            self.next_field = own.len();
            return Some(own);
        }
        let shared = self.shared?;
        let range = match self.pending.take() {
            Some(range) => range,
            None => {
                let [first, second] = shared.kept_ranges(*self.others.next()? as usize);
                self.pending = Some(second);
                first
            }
        };
        let run = Run {
            folded: &shared.engine.folded,
            spans: &shared.engine.spans[range.start..=range.end],
            first_field: self.next_field,
        };
        self.next_field += run.len();
        Some(run)
    }
}

impl Engine {
    /// The runs of `record`'s fields ([`Shared`]).
    pub(super) fn runs(&self, record: usize) -> Runs<'_> {
        let shared = self.shared.as_deref();
        let others = shared.map_or(&[][..], |s| s.records_of(record));
        Runs {
            own: Some(Run {
                folded: &self.folded,
                spans: self.spans_of(record),
                first_field: 0,
            }),
            shared,
            others: others.iter(),
            pending: None,
            next_field: 0,
        }
    }

    /// How many fields `record` has, its own and those it shares.
    pub(super) fn field_count(&self, record: usize) -> usize {
        self.runs(record).map(|run| run.len()).sum()
    }

    /// The engine and span index of `record`'s field `field`, if it has
    /// that field.
    pub(super) fn locate_field(&self, record: usize, field: usize) -> Option<(&Engine, usize)> {
        let own = self.span_range(record);
        if field < own.len() {
            return Some((self, own.start + field));
        }
        let shared = self.shared.as_deref()?;
        let mut field = field - own.len();
        for &other in shared.records_of(record) {
            for range in shared.kept_ranges(other as usize) {
                if field < range.len() {
                    return Some((&shared.engine, range.start + field));
                }
                field -= range.len();
            }
        }
        None
    }
}
