//! Look-ups over a directory, built once.
//!
//! `Directory::organisation`, `stands_of` and `people_of` scan their lists:
//! fine for a 17-stand day, not for a detail pane redrawn at every keystroke
//! on a 50,000-stand fair (each scan reads tens of thousands of entries).
//! A [`Lookup`] answers the same questions from tables, with the same
//! answers in the same order.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::groups::Groups;
use super::model::{Directory, Organisation, Person, Stand, Text};
use super::report::IdHasher;

type ById = HashMap<Text, u32, BuildHasherDefault<IdHasher>>;

/// Tables over one directory; ask them with that directory.
#[derive(Debug, Clone, Default)]
pub struct Lookup {
    /// Position of the first organisation with each id.
    organisations: ById,
    /// Position of the first stand with each number.
    stands: ById,
    /// For each organisation position: its stands, in directory order.
    stands_of: Groups<u32>,
    /// For each organisation position: its people, in directory order.
    people_of: Groups<u32>,
    /// For each stand position (the first with its number): the people who
    /// name that stand, in directory order.
    people_at: Groups<u32>,
}

fn first_positions<'a>(ids: impl ExactSizeIterator<Item = &'a Text>) -> ById {
    let mut map = ById::with_capacity_and_hasher(ids.len(), BuildHasherDefault::default());
    for (i, id) in ids.enumerate() {
        map.entry(id.clone()).or_insert(i as u32);
    }
    map
}

impl Lookup {
    pub fn new(directory: &Directory) -> Self {
        let organisations = first_positions(directory.organisations.iter().map(|o| &o.id));
        let stands = first_positions(directory.stands.iter().map(|s| &s.number));
        let count = directory.organisations.len();
        let position = |id: &str| organisations.get(id).copied();
        let mut pairs: Vec<(usize, u32)> = Vec::new();
        for (i, stand) in directory.stands.iter().enumerate() {
            // A stand listing an organisation twice is listed once.
            let mut seen: Vec<u32> = Vec::new();
            for org in stand.organisations.iter().filter_map(|id| position(id)) {
                if !seen.contains(&org) {
                    seen.push(org);
                    pairs.push((org as usize, i as u32));
                }
            }
        }
        let stands_of = Groups::new(count, pairs.drain(..));
        for (i, person) in directory.people.iter().enumerate() {
            if let Some(org) = person.organisation.as_deref().and_then(position) {
                pairs.push((org as usize, i as u32));
            }
        }
        let people_of = Groups::new(count, pairs.drain(..));
        for (i, person) in directory.people.iter().enumerate() {
            if let Some(&stand) = person.stand.as_deref().and_then(|n| stands.get(n)) {
                pairs.push((stand as usize, i as u32));
            }
        }
        let people_at = Groups::new(directory.stands.len(), pairs.drain(..));
        Lookup {
            organisations,
            stands,
            stands_of,
            people_of,
            people_at,
        }
    }

    /// The position of the organisation `id`, as `Directory::organisation`
    /// finds it (the first with that id).
    pub fn organisation_position(&self, id: &str) -> Option<usize> {
        self.organisations.get(id).map(|&i| i as usize)
    }

    /// Same as `Directory::organisation`.
    pub fn organisation<'d>(&self, directory: &'d Directory, id: &str) -> Option<&'d Organisation> {
        directory.organisations.get(self.organisation_position(id)?)
    }

    /// The position of stand `number`, as `Directory::stand` finds it.
    pub fn stand_position(&self, number: &str) -> Option<usize> {
        self.stands.get(number).map(|&i| i as usize)
    }

    /// Same as `Directory::stands_of(id)`, with each stand's position.
    pub fn stands_of<'d>(
        &self,
        directory: &'d Directory,
        id: &str,
    ) -> impl Iterator<Item = (usize, &'d Stand)> + use<'d, '_> {
        let group = self
            .organisation_position(id)
            .map_or(&[][..], |o| self.stands_of.get(o));
        group
            .iter()
            .filter_map(|&s| Some((s as usize, directory.stands.get(s as usize)?)))
    }

    /// Same as `Directory::people_of(id)`.
    pub fn people_of<'d>(
        &self,
        directory: &'d Directory,
        id: &str,
    ) -> impl Iterator<Item = &'d Person> + use<'d, '_> {
        let group = self
            .organisation_position(id)
            .map_or(&[][..], |o| self.people_of.get(o));
        group
            .iter()
            .filter_map(|&p| directory.people.get(p as usize))
    }

    /// The people to meet at `stand`: those who name it as their stand and
    /// those of its organisations, each once, in directory order.
    pub fn people_at_stand<'d>(&self, directory: &'d Directory, stand: &Stand) -> Vec<&'d Person> {
        let mut positions: Vec<u32> = self
            .stand_position(&stand.number)
            .map_or(&[][..], |s| self.people_at.get(s))
            .to_vec();
        for org in stand.organisations.iter() {
            if let Some(o) = self.organisation_position(org) {
                positions.extend_from_slice(self.people_of.get(o));
            }
        }
        positions.sort_unstable();
        positions.dedup();
        positions
            .into_iter()
            .filter_map(|p| directory.people.get(p as usize))
            .collect()
    }

    /// Same as `Directory::stand_themes`.
    pub fn stand_themes<'d>(&self, directory: &'d Directory, stand: &'d Stand) -> Vec<&'d str> {
        super::themes_of_stand(stand, |id| self.organisation(directory, id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every look-up gives what the directory's own scans give, on a
    /// generated fair (organisations with two stands, people) and on the
    /// default directory.
    #[test]
    fn look_ups_answer_as_the_directory_scans() {
        for directory in [
            crate::generate::generate(400, 2),
            crate::directory::default_directory(),
        ] {
            let lookup = Lookup::new(&directory);
            for org in &directory.organisations {
                let id = org.id.as_str();
                assert_eq!(
                    lookup.organisation(&directory, id),
                    directory.organisation(id)
                );
                let stands: Vec<&Stand> =
                    lookup.stands_of(&directory, id).map(|(_, s)| s).collect();
                assert_eq!(stands, directory.stands_of(id).collect::<Vec<_>>());
                for (position, stand) in lookup.stands_of(&directory, id) {
                    assert_eq!(&directory.stands[position], stand);
                }
                let people: Vec<&Person> = lookup.people_of(&directory, id).collect();
                assert_eq!(people, directory.people_of(id).collect::<Vec<_>>());
            }
            for (i, stand) in directory.stands.iter().enumerate() {
                assert_eq!(lookup.stand_position(&stand.number), Some(i));
                let scanned: Vec<&Person> = directory
                    .people
                    .iter()
                    .filter(|p| {
                        p.stand.as_deref() == Some(stand.number.as_str())
                            || p.organisation
                                .as_ref()
                                .is_some_and(|o| stand.organisations.contains(o))
                    })
                    .collect();
                assert_eq!(lookup.people_at_stand(&directory, stand), scanned);
                assert_eq!(
                    lookup.stand_themes(&directory, stand),
                    directory.stand_themes(stand)
                );
            }
            assert_eq!(lookup.organisation(&directory, "no-such-id"), None);
            assert_eq!(lookup.stands_of(&directory, "no-such-id").count(), 0);
        }
    }
}
