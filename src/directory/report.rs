//! Collecting validation problems, and the small checks every part of the
//! directory shares (ids, names, labels in messages).
//!
//! Checks name the offending value by its JSON path; positions are found
//! for all of them at the end, in one pass over the text, and only for the
//! problems found: a valid file costs no locating at all.

use std::collections::hash_map::Entry;

use foldhash::HashMapExt;

use super::Finding;
use super::locate::{self, Step, Target};
use super::messages::{Item, Message, ProblemKind, SeeLabel, Subject};

/// Problems found so far, each at a path into the JSON text.
#[derive(Default)]
pub struct Report {
    pending: Vec<Pending>,
}

struct Pending {
    at: Vec<Step>,
    target: Target,
    kind: ProblemKind,
    /// Another value the message refers to; its line ends the message,
    /// e.g. `(first at line 12)`.
    see: Option<(Vec<Step>, SeeLabel)>,
    /// Swap `at` and `see` when `see` comes later in the text.
    later_first: bool,
}

impl Report {
    pub fn add(&mut self, at: Vec<Step>, kind: ProblemKind) {
        self.pending.push(Pending {
            at,
            target: Target::Value,
            kind,
            see: None,
            later_first: false,
        });
    }

    /// A problem with a whole entry (`"location": {…}`), shown at its key.
    pub fn add_at_key(&mut self, at: Vec<Step>, kind: ProblemKind) {
        self.pending.push(Pending {
            at,
            target: Target::Key,
            kind,
            see: None,
            later_first: false,
        });
    }

    /// A problem that refers to another value, whose line ends the message
    /// (`FirstAt` gives `(first at line 12)`).
    pub fn add_see(&mut self, at: Vec<Step>, kind: ProblemKind, see: Vec<Step>, label: SeeLabel) {
        let see = Some((see, label));
        self.pending.push(Pending {
            at,
            target: Target::Value,
            kind,
            see,
            later_first: false,
        });
    }

    /// A duplicate of values whose order in the text is not known until
    /// they are located: the later one gets the problem, pointing back to
    /// the earlier one as `(first at line N)`.
    pub fn add_duplicate(&mut self, one: Vec<Step>, other: Vec<Step>, kind: ProblemKind) {
        let see = Some((other, SeeLabel::FirstAt));
        self.pending.push(Pending {
            at: one,
            target: Target::Value,
            kind,
            see,
            later_first: true,
        });
    }

    /// Adds the problems of `later`, as if they had been found after these.
    pub fn append(&mut self, later: Report) {
        self.pending.extend(later.pending);
    }

    pub fn is_empty(&self) -> bool {
        self.pending.is_empty()
    }

    /// Turns paths into lines and columns of `text`.
    pub fn finish(self, text: &str) -> Vec<Finding> {
        if self.pending.is_empty() {
            return Vec::new();
        }
        let mut requests = Vec::with_capacity(self.pending.len());
        for p in &self.pending {
            requests.push((p.at.clone(), p.target));
            if let Some((see, _)) = &p.see {
                requests.push((see.clone(), Target::Value));
            }
        }
        let mut positions = locate::locate_all(text, &requests).into_iter();
        let mut problems = Vec::with_capacity(self.pending.len());
        for p in self.pending {
            let mut here = positions.next().unwrap_or((1, 1));
            let mut see = None;
            if let Some((_, label)) = p.see {
                let mut there = positions.next().unwrap_or((1, 1));
                if p.later_first && there > here {
                    std::mem::swap(&mut here, &mut there);
                }
                see = Some((label, there.0));
            }
            let (line, column) = here;
            let message = Message { kind: p.kind, see };
            problems.push(Finding {
                line,
                column,
                message,
            });
        }
        problems
    }
}

/// Empty, or only spaces.
pub fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Ids are `[a-z0-9][a-z0-9-]*`: safe in file names and URLs, and typed
/// the same way by everyone.
pub fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Checks an id's form; true when it is not blank (so it can still be
/// looked up, and a badly formed id does not also cause "unknown id" noise).
pub fn check_id(report: &mut Report, at: impl FnOnce() -> Vec<Step>, what: Item, id: &str) -> bool {
    if blank(id) {
        report.add(at(), ProblemKind::EmptyId(what));
        return false;
    }
    if !valid_id(id) {
        report.add(at(), ProblemKind::InvalidId(what, id.to_string()));
    }
    true
}

/// Records the first index of `key`; on a repeat, reports a duplicate at
/// `at(index)` pointing back to the first occurrence.
pub fn check_unique<'d>(
    seen: &mut Seen<'d>,
    key: &'d str,
    index: usize,
    report: &mut Report,
    at: impl Fn(usize) -> Vec<Step>,
    kind: impl FnOnce() -> ProblemKind,
) {
    match seen.entry(key) {
        Entry::Occupied(first) => {
            report.add_see(at(index), kind(), at(*first.get()), SeeLabel::FirstAt);
        }
        Entry::Vacant(slot) => {
            slot.insert(index);
        }
    }
}

/// A stand, for messages.
pub fn stand_label(index: usize, number: &str) -> Subject {
    Subject::Stand(index, number.to_string())
}

/// An item with an id, for messages.
pub fn label(what: Item, index: usize, id: &str) -> Subject {
    Subject::Named(what, index, id.to_string())
}

/// `at` extended by one key.
pub fn with(at: &[Step], key: &'static str) -> Vec<Step> {
    let mut path = at.to_vec();
    path.push(Step::from(key));
    path
}

/// The ids (or stand numbers) of a list seen so far while checking, each
/// with its first index: a plain hash map. The directory's look-ups are its
/// [`Links`](super::Links), built once it is valid.
pub type Seen<'d> = foldhash::HashMap<&'d str, usize>;

/// An empty [`Seen`] with room for `capacity` ids.
pub fn seen_with_room<'d>(capacity: usize) -> Seen<'d> {
    Seen::with_capacity(capacity)
}
