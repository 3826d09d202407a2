//! Each organisation's and person's texts folded once.
//!
//! An organisation's names, themes, people and description appear in its own
//! record and again in each of its stands' records (and a person's name in
//! three kinds of records). Folding is most of the cost of building an
//! index, so these texts are folded once here, on two cores, and the
//! records copy the folded bytes.

use crate::directory::{Directory, Organisation, Person};
use crate::search::{fold, matching};

/// One folded text: where it lies in [`FoldedTexts::folded`] and its letter
/// mask.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: u32,
    end: u32,
    letters: u32,
}

/// A folded text, ready to copy into an engine.
#[derive(Debug, Clone, Copy)]
pub(super) struct Prefolded<'a> {
    pub folded: &'a str,
    pub letters: u32,
}

/// The folded texts of every organisation and person of a directory.
///
/// Organisation `o`'s texts are, from `org_first[o]`: display name, official
/// name, aliases, themes, description (empty when none). Person `p`'s, from
/// `person_first[p]`: name, role (empty when none).
#[derive(Debug, Default)]
pub(super) struct FoldedTexts {
    folded: String,
    spans: Vec<Span>,
    org_first: Vec<u32>,
    person_first: Vec<u32>,
}

/// From this many organisations and people on, folding is split over two
/// cores.
const PARALLEL_FROM: usize = 4_000;

impl FoldedTexts {
    pub(super) fn new(directory: &Directory) -> Self {
        let orgs = &directory.organisations;
        let people = &directory.people;
        if orgs.len() + people.len() < PARALLEL_FROM {
            let mut all = FoldedTexts::default();
            all.add_organisations(orgs);
            all.add_people(people);
            return all;
        }
        // Two halves of about the same text: most organisations, then the
        // rest with the people.
        let split = orgs.len() * 3 / 5;
        let (mut first, second) = std::thread::scope(|scope| {
            let second = scope.spawn(|| {
                let mut part = FoldedTexts::default();
                part.add_organisations(&orgs[split..]);
                part.add_people(people);
                part
            });
            let mut first = FoldedTexts::default();
            first.add_organisations(&orgs[..split]);
            match second.join() {
                Ok(second) => (first, second),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        });
        first.append(second);
        first
    }

    fn add_organisations(&mut self, orgs: &[Organisation]) {
        self.org_first.reserve(orgs.len());
        for org in orgs {
            self.org_first.push(self.spans.len() as u32);
            self.fold(org.display_name());
            self.fold(&org.name);
            org.aliases.iter().for_each(|alias| self.fold(alias));
            org.themes.iter().for_each(|theme| self.fold(theme));
            self.fold(org.description.as_deref().unwrap_or(""));
        }
    }

    fn add_people(&mut self, people: &[Person]) {
        self.person_first.reserve(people.len());
        for person in people {
            self.person_first.push(self.spans.len() as u32);
            self.fold(&person.name);
            self.fold(person.role.as_deref().unwrap_or(""));
        }
    }

    fn fold(&mut self, text: &str) {
        let start = self.folded.len();
        fold::fold_text_into(text, &mut self.folded);
        self.spans.push(Span {
            start: start as u32,
            end: self.folded.len() as u32,
            letters: matching::letter_mask(&self.folded[start..]),
        });
    }

    /// `other`'s texts after this one's (its organisations and people follow
    /// this one's).
    fn append(&mut self, other: FoldedTexts) {
        let (bytes, spans) = (self.folded.len() as u32, self.spans.len() as u32);
        self.folded.push_str(&other.folded);
        self.spans.extend(other.spans.iter().map(|s| Span {
            start: s.start + bytes,
            end: s.end + bytes,
            ..*s
        }));
        self.org_first
            .extend(other.org_first.iter().map(|&first| first + spans));
        self.person_first
            .extend(other.person_first.iter().map(|&first| first + spans));
    }

    fn get(&self, index: usize) -> Prefolded<'_> {
        let span = self.spans[index];
        Prefolded {
            folded: &self.folded[span.start as usize..span.end as usize],
            letters: span.letters,
        }
    }

    pub(super) fn org_display(&self, org: usize) -> Prefolded<'_> {
        self.get(self.org_first[org] as usize)
    }

    pub(super) fn org_name(&self, org: usize) -> Prefolded<'_> {
        self.get(self.org_first[org] as usize + 1)
    }

    pub(super) fn org_alias(&self, org: usize, alias: usize) -> Prefolded<'_> {
        self.get(self.org_first[org] as usize + 2 + alias)
    }

    /// `org_of` is the organisation itself (for its count of aliases).
    pub(super) fn org_theme(
        &self,
        org: usize,
        org_of: &Organisation,
        theme: usize,
    ) -> Prefolded<'_> {
        self.get(self.org_first[org] as usize + 2 + org_of.aliases.len() + theme)
    }

    pub(super) fn org_description(&self, org: usize, org_of: &Organisation) -> Prefolded<'_> {
        let first = self.org_first[org] as usize;
        self.get(first + 2 + org_of.aliases.len() + org_of.themes.len())
    }

    pub(super) fn person_name(&self, person: usize) -> Prefolded<'_> {
        self.get(self.person_first[person] as usize)
    }

    pub(super) fn person_role(&self, person: usize) -> Prefolded<'_> {
        self.get(self.person_first[person] as usize + 1)
    }
}
