//! Each theme's, organisation's and person's texts folded once.
//!
//! An organisation's names, themes, people and description appear in its own
//! record and again in each of its stands' records (and a person's name in
//! three kinds of records; a theme in thousands). Folding is most of the
//! cost of building an index, so these texts are folded once here, on two
//! cores, and the records copy the folded bytes.

use crate::directory::{Directory, Organisation, Person, Text};
use crate::search::{fold, matching};

/// One folded text: where it starts in its part's `folded` (it ends where
/// the next starts) and its letter mask.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: u32,
    letters: u32,
}

/// A folded text, ready to copy into an engine.
#[derive(Debug, Clone, Copy)]
pub(super) struct Prefolded<'a> {
    pub folded: &'a str,
    pub letters: u32,
}

/// The folded texts of every theme, organisation and person of a directory.
///
/// Theme `t`'s text is text `t` (themes as `Directory::themes` lists them).
/// Organisation `o`'s texts are, from `org_first[o]`: display name, official
/// name (only when it has a short name: else the display name is the
/// official name, and records do not repeat it), aliases, description
/// (empty when none). Person `p`'s, from
/// `person_first[p]`: name, role (empty when none). Text `i` is in the first
/// part when `i` is below its count of texts, else in the second.
#[derive(Debug, Default)]
pub(super) struct FoldedTexts {
    /// Folded on two cores, each part on one: kept apart, as copying the
    /// second after the first took 3.5 ms at fair scale, with no core to
    /// share it.
    parts: [Part; 2],
    org_first: Vec<u32>,
    person_first: Vec<u32>,
}

/// Texts folded one after the other.
#[derive(Debug, Default)]
struct Part {
    folded: String,
    spans: Vec<Span>,
}

/// Room reserved per organisation and per person, to start with: bytes of
/// folded text and texts. Room never written costs no memory (the pages are
/// never touched); growing copies all that was written.
const ORG_BYTES: usize = 256;
const ORG_TEXTS: usize = 8;
const PERSON_BYTES: usize = 64;
const PERSON_TEXTS: usize = 2;

impl Part {
    /// The folded texts of `themes`, `orgs` then `people`, and where each
    /// organisation's and person's first text is, counted in this part.
    fn new(
        themes: &[Text],
        orgs: &[Organisation],
        people: &[Person],
    ) -> (Part, Vec<u32>, Vec<u32>) {
        let mut part = Part::default();
        let (mut org_first, mut person_first) = (Vec::new(), Vec::new());
        themes.iter().for_each(|theme| part.fold(theme));
        part.add_organisations(orgs, &mut org_first);
        part.add_people(people, &mut person_first);
        (part, org_first, person_first)
    }

    /// Folds the texts of `orgs`, noting where each one's first text is
    /// (counted in this part) in `org_first`.
    fn add_organisations(&mut self, orgs: &[Organisation], org_first: &mut Vec<u32>) {
        self.reserve(orgs.len() * ORG_BYTES, orgs.len() * ORG_TEXTS);
        org_first.reserve(orgs.len());
        for org in orgs {
            org_first.push(self.spans.len() as u32);
            self.fold(org.display_name());
            if org.short_name.is_some() {
                self.fold(&org.name);
            }
            org.aliases.iter().for_each(|alias| self.fold(alias));
            self.fold(org.description.as_deref().unwrap_or(""));
        }
    }

    /// [`Part::add_organisations`] for people.
    fn add_people(&mut self, people: &[Person], person_first: &mut Vec<u32>) {
        self.reserve(people.len() * PERSON_BYTES, people.len() * PERSON_TEXTS);
        person_first.reserve(people.len());
        for person in people {
            person_first.push(self.spans.len() as u32);
            self.fold(&person.name);
            self.fold(person.role.as_deref().unwrap_or(""));
        }
    }

    fn reserve(&mut self, bytes: usize, texts: usize) {
        self.folded.reserve(bytes);
        self.spans.reserve(texts);
    }

    fn fold(&mut self, text: &str) {
        let start = self.folded.len();
        fold::fold_text_into(text, &mut self.folded);
        self.spans.push(Span {
            start: start as u32,
            letters: matching::letter_mask(&self.folded[start..]),
        });
    }
}

impl FoldedTexts {
    pub(super) fn new(directory: &Directory) -> Self {
        let orgs = &directory.organisations;
        let people = &directory.people;
        // Two halves of about the same text, one per core: the themes and
        // most organisations, then the rest with the people.
        let split = orgs.len() * 3 / 5;
        let ((first, mut org_first, _), (second, more_orgs, person_first)) = rayon::join(
            || Part::new(directory.themes(), &orgs[..split], &[]),
            || Part::new(&[], &orgs[split..], people),
        );
        // The second part's texts are numbered after the first's.
        let offset = first.spans.len() as u32;
        org_first.extend(more_orgs.iter().map(|first| first + offset));
        FoldedTexts {
            parts: [first, second],
            org_first,
            person_first: person_first.iter().map(|first| first + offset).collect(),
        }
    }

    fn get(&self, index: usize) -> Prefolded<'_> {
        let first = self.parts[0].spans.len();
        let (part, index) = match index.checked_sub(first) {
            Some(in_second) => (&self.parts[1], in_second),
            None => (&self.parts[0], index),
        };
        let span = part.spans[index];
        let end = part
            .spans
            .get(index + 1)
            .map_or(part.folded.len(), |next| next.start as usize);
        Prefolded {
            folded: &part.folded[span.start as usize..end],
            letters: span.letters,
        }
    }

    pub(super) fn org_display(&self, org: usize) -> Prefolded<'_> {
        self.get(self.org_first[org] as usize)
    }

    /// The official name of an organisation that has a short name.
    pub(super) fn org_name(&self, org: usize) -> Prefolded<'_> {
        self.get(self.org_first[org] as usize + 1)
    }

    /// Where `org_of`'s (the organisation at `org`) aliases start among
    /// its texts: after its display name, and its official name when
    /// that is not the display name.
    fn org_aliases_from(&self, org: usize, org_of: &Organisation) -> usize {
        self.org_first[org] as usize + 1 + usize::from(org_of.short_name.is_some())
    }

    pub(super) fn org_alias(
        &self,
        org: usize,
        org_of: &Organisation,
        alias: usize,
    ) -> Prefolded<'_> {
        self.get(self.org_aliases_from(org, org_of) + alias)
    }

    pub(super) fn org_description(&self, org: usize, org_of: &Organisation) -> Prefolded<'_> {
        self.get(self.org_aliases_from(org, org_of) + org_of.aliases.len())
    }

    /// Theme `theme` of `Directory::themes`.
    pub(super) fn theme(&self, theme: usize) -> Prefolded<'_> {
        self.get(theme)
    }

    pub(super) fn person_name(&self, person: usize) -> Prefolded<'_> {
        self.get(self.person_first[person] as usize)
    }

    pub(super) fn person_role(&self, person: usize) -> Prefolded<'_> {
        self.get(self.person_first[person] as usize + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text, folded in two parts on two cores, is found where each
    /// record looks for it.
    #[test]
    fn every_text_is_the_fold_of_its_original() {
        for stands in [40, 6_000] {
            let mut directory = crate::generate::generate(stands, 3);
            // Aliases shift where descriptions are.
            directory.organisations[1].aliases = vec!["Ënnert d'Bréck".into(), "UB".into()].into();
            directory.organisations[1].short_name = Some("EdB".into());
            let last = directory.organisations.len() - 1;
            directory.organisations[last].aliases = vec!["Dernière-Née".into()].into();
            directory.link();
            let texts = FoldedTexts::new(&directory);
            let check = |found: Prefolded, original: &str| {
                let folded = fold::fold_text(original);
                assert_eq!(found.folded, folded, "{original:?}");
                assert_eq!(
                    found.letters,
                    matching::letter_mask(&folded),
                    "{original:?}"
                );
            };
            for (o, org) in directory.organisations.iter().enumerate() {
                check(texts.org_display(o), org.display_name());
                if org.short_name.is_some() {
                    check(texts.org_name(o), &org.name);
                }
                for (i, alias) in org.aliases.iter().enumerate() {
                    check(texts.org_alias(o, org, i), alias);
                }
                check(
                    texts.org_description(o, org),
                    org.description.as_deref().unwrap_or(""),
                );
            }
            for (p, person) in directory.people.iter().enumerate() {
                check(texts.person_name(p), &person.name);
                check(texts.person_role(p), person.role.as_deref().unwrap_or(""));
            }
            for (t, theme) in directory.themes().iter().enumerate() {
                check(texts.theme(t), theme);
            }
        }
    }
}
