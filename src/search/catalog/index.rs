//! Look-ups by organisation id over a directory, for building records.

use super::PARALLEL_FROM;
use crate::directory::{Directory, Groups, IdIndex};

/// No organisation, in [`Index::person_orgs`].
const NONE: u32 = u32::MAX;

/// Look-ups by organisation id, built once: the directory's own look-ups are
/// linear, which would make building the catalog quadratic at fair scale.
/// Groups are flat (one `Vec` each, in directory order within a group), not
/// one `Vec` per organisation: tens of thousands fewer allocations.
pub(super) struct Index<'a> {
    /// For each organisation, the position of the first one with its id
    /// (itself, unless ids repeat): what its id looks up.
    canonical: Vec<u32>,
    /// People by organisation, as positions in `directory.people`.
    people: Groups<u32>,
    /// For each person, the position of their organisation ([`NONE`] for
    /// none or an unknown id): looked up once here, not again per record.
    person_orgs: Vec<u32>,
    stand_numbers: Groups<&'a str>,
    /// For each stand, the positions of its organisations (unknown ids left
    /// out), in the stand's order.
    stand_orgs: Groups<u32>,
}

impl<'a> Index<'a> {
    pub(super) fn new(directory: &'a Directory) -> Self {
        // The table validation uses: ids kept in the table itself.
        let mut positions = IdIndex::with_capacity(directory.organisations.len());
        let canonical = directory
            .organisations
            .iter()
            .enumerate()
            // The first of duplicate ids wins, as `Directory::organisation`.
            .map(|(i, o)| positions.first_or_insert(&o.id, i).unwrap_or(i) as u32)
            .collect();
        let count = directory.organisations.len();
        let position = |id: &str| positions.get(id);
        let people = || {
            let person_orgs: Vec<u32> = directory
                .people
                .iter()
                .map(|p| p.organisation.as_deref().and_then(position))
                .map(|o| o.map_or(NONE, |o| o as u32))
                .collect();
            let people = Groups::new(
                count,
                person_orgs
                    .iter()
                    .enumerate()
                    .filter(|&(_, &o)| o != NONE)
                    .map(|(i, &o)| (o as usize, i as u32)),
            );
            (people, person_orgs)
        };
        let stand_orgs = || {
            Groups::new(
                directory.stands.len(),
                directory.stands.iter().enumerate().flat_map(|(i, s)| {
                    s.organisations
                        .iter()
                        .filter_map(move |id| Some((i, position(id)? as u32)))
                }),
            )
        };
        // Each look-up is a likely cache miss at fair scale: two cores.
        let ((people, person_orgs), stand_orgs) = if directory.stands.len() < PARALLEL_FROM {
            (people(), stand_orgs())
        } else {
            std::thread::scope(|scope| {
                let stand_orgs = scope.spawn(stand_orgs);
                let people = people();
                match stand_orgs.join() {
                    Ok(stand_orgs) => (people, stand_orgs),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            })
        };
        let stand_numbers = Groups::new(
            count,
            (0..directory.stands.len()).flat_map(|i| {
                let number = directory.stands[i].number.as_str();
                stand_orgs.get(i).iter().map(move |&o| (o as usize, number))
            }),
        );
        Index {
            canonical,
            people,
            person_orgs,
            stand_numbers,
            stand_orgs,
        }
    }

    /// The position of the organisation of the person at `person` (the
    /// first with that id).
    pub(super) fn organisation_of_person(&self, person: usize) -> Option<usize> {
        let position = self.person_orgs[person];
        (position != NONE).then_some(position as usize)
    }

    /// The organisations of stand `stand`, by position.
    pub(super) fn organisations_of_stand(&self, stand: usize) -> impl Iterator<Item = usize> + '_ {
        self.stand_orgs.get(stand).iter().map(|&o| o as usize)
    }

    /// The people of the organisation at `position` (of the first one with
    /// its id, as a look-up by id finds).
    pub(super) fn people_of(&self, position: usize) -> &[u32] {
        self.people.get(self.canonical[position] as usize)
    }

    pub(super) fn stand_numbers_of(&self, position: usize) -> &[&'a str] {
        self.stand_numbers.get(self.canonical[position] as usize)
    }
}
