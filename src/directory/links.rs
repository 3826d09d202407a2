//! The references of a directory resolved once to positions.
//!
//! A directory names things by id: a stand its organisations, a person their
//! organisation and stand, an organisation its parent. Looking each one up
//! by scanning a list is fine for a 17-stand day, not for a detail pane
//! redrawn at every keystroke on a 50,000-stand fair, nor for building a
//! search index that follows every reference. [`Links`] resolves them all
//! once, when first asked (the app: on the search index's worker thread,
//! after the first frame), into flat tables of positions that
//! [`Directory`]'s look-up methods read in O(1) or O(k).
//!
//! Conventions, for a directory that validation accepted (where none of
//! these cases arise) and for one built in memory (where they may): an id
//! shared by two organisations (or a number by two stands) finds the first;
//! a reference to an unknown id leads nowhere; an organisation a stand names
//! twice counts once.

use std::fmt;
use std::hash::BuildHasher;
use std::sync::OnceLock;

use foldhash::HashMapExt;
use hashbrown::HashTable;

use super::groups::Groups;
use super::model::{Directory, Organisation, Stand, Text};
use super::programme::{Talk, TalkPlace};

/// No position, in the tables below.
const NONE: u32 = u32::MAX;

/// The resolved references of a [`Directory`], built once: when first
/// needed, or by [`Directory::link`]. Whoever asks while another thread
/// builds them waits for that build.
///
/// A directory changed after its links were built must be linked again
/// ([`Directory::link`]). Links are derived data: they never make two
/// directories differ ([`PartialEq`] is always true).
#[derive(Clone, Default)]
pub struct Links(OnceLock<Tables>);

impl PartialEq for Links {
    fn eq(&self, _: &Links) -> bool {
        true
    }
}

impl fmt::Debug for Links {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = if self.0.get().is_some() {
            "built"
        } else {
            "not built"
        };
        write!(f, "Links({state})")
    }
}

/// The tables themselves. Positions are `u32`: a directory file holding
/// four billion entries would not fit in memory.
#[derive(Clone)]
struct Tables {
    /// Organisation id → position (the first with that id).
    organisations: Ids,
    /// Stand number → position (the first with that number).
    stands: Ids,
    /// For each stand: its organisations (known ones, each once), in the
    /// stand's order.
    stand_organisations: Groups<u32>,
    /// For each organisation: its stands, in directory order.
    organisation_stands: Groups<u32>,
    /// For each organisation: its people, in directory order.
    organisation_people: Groups<u32>,
    /// For each stand: the people who name it as theirs, in directory order.
    stand_people: Groups<u32>,
    /// For each person: their organisation, or [`NONE`].
    person_organisation: Vec<u32>,
    /// For each organisation: its parent, or [`NONE`]; empty when no
    /// organisation has a parent.
    parents: Vec<u32>,
    /// Every theme, once, in case-blind order.
    themes: Vec<Text>,
    /// For each organisation: its themes as indices into `themes`, as listed.
    organisation_themes: Groups<u32>,
    /// For each stand: its own themes as listed, then those of its
    /// organisations it does not already have, as indices into `themes`.
    stand_themes: Groups<u32>,
    /// The programme's look-ups (empty without a programme).
    talks: TalkTables,
}

/// The programme's references: talk ids, and the talks of each person,
/// organisation and stand, in programme order. Empty tables (no memory
/// per organisation or stand) when the directory has no talks.
#[derive(Clone, Default)]
struct TalkTables {
    /// Talk id → position (the first with that id).
    ids: Ids,
    /// For each talk: the person of each of its speakers, or [`NONE`].
    speakers: Groups<u32>,
    /// For each person: the talks they speak at.
    person_talks: Groups<u32>,
    /// For each organisation: the talks that name it, or where one of its
    /// people speaks.
    organisation_talks: Groups<u32>,
    /// For each stand: the talks held at it.
    stand_talks: Groups<u32>,
}

/// Positions of a list's items by their key (an id, a stand number), the
/// keys read from the list itself: the table holds only positions.
#[derive(Clone, Default)]
struct Ids(HashTable<u32>);

/// Hashes keys: foldhash, seeded the same in every run, as nothing here
/// needs to resist chosen collisions (the user picks the file).
fn hash(key: &str) -> u64 {
    foldhash::fast::FixedState::default().hash_one(key)
}

impl Ids {
    /// Files the keys of a list of `count` items, item `i`'s key being
    /// `key_of(i)`, at their positions: the first of equal keys.
    fn new<'a>(count: usize, key_of: impl Fn(usize) -> &'a str) -> Ids {
        let mut table = HashTable::with_capacity(count);
        for i in 0..count {
            let key = key_of(i);
            let hashed = hash(key);
            if table.find(hashed, |&j| key_of(j as usize) == key).is_none() {
                table.insert_unique(hashed, i as u32, |&j| hash(key_of(j as usize)));
            }
        }
        Ids(table)
    }

    /// The position of `key`, whose list's keys `key_of` gives.
    fn get<'a>(&self, key: &str, key_of: impl Fn(usize) -> &'a str) -> Option<usize> {
        let found = self.0.find(hash(key), |&i| key_of(i as usize) == key)?;
        Some(*found as usize)
    }
}

impl Tables {
    /// The ids of both lists, then what follows from the stands and what
    /// follows from the people and parents. On one thread, on purpose: the
    /// tables are built when first asked for, possibly from a thread of
    /// rayon's pool while others wait for them, and a build that needed
    /// the pool could then wait for ever (on two cores it took 25–31 ms at
    /// 50k stands, and 30–40 on one).
    fn new(d: &Directory) -> Tables {
        let organisations = Ids::new(d.organisations.len(), |i| &d.organisations[i].id);
        let stands = Ids::new(d.stands.len(), |i| &d.stands[i].number);
        let org = |id: &str| organisations.get(id, |i| &d.organisations[i].id);
        let stand = |number: &str| stands.get(number, |i| &d.stands[i].number);
        let position = |found: Option<usize>| found.map_or(NONE, |p| p as u32);
        let of_stands = || {
            let stand_organisations = Groups::from_fn(d.stands.len(), |s, known| {
                for found in d.stands[s].organisations.iter().filter_map(&org) {
                    if !known.contains(&(found as u32)) {
                        known.push(found as u32);
                    }
                }
            });
            let organisation_stands = Groups::new(
                d.organisations.len(),
                (0..d.stands.len()).flat_map(|s| {
                    let orgs = stand_organisations.get(s);
                    orgs.iter().map(move |&o| (o as usize, s as u32))
                }),
            );
            let themes = theme_tables(d, &stand_organisations, &organisation_stands);
            (stand_organisations, organisation_stands, themes)
        };
        let of_people = || {
            let person_organisation: Vec<u32> = d
                .people
                .iter()
                .map(|p| position(p.organisation.as_deref().and_then(org)))
                .collect();
            let organisation_people = Groups::new(
                d.organisations.len(),
                person_organisation
                    .iter()
                    .enumerate()
                    .filter(|&(_, &o)| o != NONE)
                    .map(|(p, &o)| (o as usize, p as u32)),
            );
            let stand_people = Groups::new(
                d.stands.len(),
                d.people
                    .iter()
                    .enumerate()
                    .filter_map(|(p, person)| Some((stand(person.stand()?)?, p as u32))),
            );
            // Few organisations have a parent, and most directories none:
            // then the table stays empty (no parent for any position).
            let mut parents: Vec<u32> = Vec::new();
            if d.organisations.iter().any(|o| o.parent().is_some()) {
                let parent = |o: &Organisation| position(o.parent().and_then(org));
                parents = d.organisations.iter().map(parent).collect();
            }
            (
                person_organisation,
                organisation_people,
                stand_people,
                parents,
            )
        };
        let (
            (stand_organisations, organisation_stands, (themes, organisation_themes, stand_themes)),
            (person_organisation, organisation_people, stand_people, parents),
        ) = (of_stands(), of_people());
        let talks = TalkTables::new(d, &org, &stand, &person_organisation);
        Tables {
            organisations,
            stands,
            stand_organisations,
            organisation_stands,
            organisation_people,
            stand_people,
            person_organisation,
            parents,
            themes,
            organisation_themes,
            stand_themes,
            talks,
        }
    }
}

impl TalkTables {
    fn new(
        d: &Directory,
        org: &dyn Fn(&str) -> Option<usize>,
        stand: &dyn Fn(&str) -> Option<usize>,
        person_organisation: &[u32],
    ) -> TalkTables {
        let talks = match &d.programme {
            Some(programme) if !programme.talks.is_empty() => &programme.talks,
            _ => return TalkTables::default(),
        };
        let ids = Ids::new(talks.len(), |i| &talks[i].id);
        // People by id, only when a speaker names one.
        let named = talks
            .iter()
            .any(|t| t.speakers.iter().any(|s| s.person.is_some()));
        let people = if named {
            Ids::new(d.people.len(), |i| &d.people[i].id)
        } else {
            Ids::default()
        };
        let person = |id: &str| people.get(id, |i| &d.people[i].id);
        let speakers = Groups::from_fn(talks.len(), |t, list| {
            list.extend(talks[t].speakers.iter().map(|s| {
                let found = s.person.as_deref().and_then(person);
                found.map_or(NONE, |p| p as u32)
            }));
        });
        let speakers_of = |t: usize| {
            let mut found: Vec<usize> = speakers
                .get(t)
                .iter()
                .filter(|&&p| p != NONE)
                .map(|&p| p as usize)
                .collect();
            found.sort_unstable();
            found.dedup();
            found
        };
        let person_talks = Groups::new(
            d.people.len(),
            (0..talks.len()).flat_map(|t| speakers_of(t).into_iter().map(move |p| (p, t as u32))),
        );
        let mut pairs: Vec<(usize, u32)> = Vec::new();
        for (t, talk) in talks.iter().enumerate() {
            let mut orgs: Vec<usize> = talk.organisations.iter().filter_map(|id| org(id)).collect();
            for p in speakers_of(t) {
                if let Some(&o) = person_organisation.get(p)
                    && o != NONE
                {
                    orgs.push(o as usize);
                }
            }
            orgs.sort_unstable();
            orgs.dedup();
            pairs.extend(orgs.into_iter().map(|o| (o, t as u32)));
        }
        let organisation_talks = if pairs.is_empty() {
            Groups::default()
        } else {
            Groups::new(d.organisations.len(), pairs.into_iter())
        };
        let stand_talks = Groups::new(
            d.stands.len(),
            talks
                .iter()
                .enumerate()
                .filter_map(|(t, talk)| match &talk.place {
                    Some(TalkPlace::Stand(number)) => Some((stand(number)?, t as u32)),
                    _ => None,
                }),
        );
        TalkTables {
            ids,
            speakers,
            person_talks,
            organisation_talks,
            stand_talks,
        }
    }
}

/// Every theme once, sorted as a French reader expects (case and accents
/// folded, numbers in numeric order), and the themes of each organisation
/// and stand as indices into that list.
fn theme_tables(
    d: &Directory,
    stand_organisations: &Groups<u32>,
    organisation_stands: &Groups<u32>,
) -> (Vec<Text>, Groups<u32>, Groups<u32>) {
    let all = d
        .organisations
        .iter()
        .flat_map(|o| o.themes.iter())
        .chain(d.stands.iter().flat_map(|s| s.themes.iter()));
    // Duplicates go first: a fair repeats a few dozen themes over a
    // hundred thousand times, and sorting them all (a lower-case copy per
    // comparison) would take tens of milliseconds.
    let mut index_of: foldhash::HashMap<&str, u32> = foldhash::HashMap::new();
    let mut themes: Vec<&str> = Vec::new();
    for theme in all {
        index_of.entry(theme).or_insert_with(|| {
            themes.push(theme);
            0
        });
    }
    // A stable sort: spellings that differ only in case or accents stay in
    // the order met.
    themes.sort_by_cached_key(|t| crate::search::fold::collation_key(t));
    for (i, theme) in themes.iter().enumerate() {
        index_of.insert(theme, i as u32);
    }
    let index = |theme: &str| index_of[theme];
    // An organisation's themes: its own, then those of its stands (an
    // imported sheet gives each row, so each stand, its own).
    let organisation_themes = Groups::from_fn(d.organisations.len(), |o, list| {
        list.extend(d.organisations[o].themes.iter().map(index));
        for &s in organisation_stands.get(o) {
            for theme in d.stands[s as usize].themes.iter().map(index) {
                if !list.contains(&theme) {
                    list.push(theme);
                }
            }
        }
    });
    let stand_themes = Groups::from_fn(d.stands.len(), |s, list| {
        list.extend(d.stands[s].themes.iter().map(index));
        for &o in stand_organisations.get(s) {
            for theme in d.organisations[o as usize].themes.iter().map(index) {
                if !list.contains(&theme) {
                    list.push(theme);
                }
            }
        }
    });
    let themes = themes.into_iter().map(Text::from).collect();
    (themes, organisation_themes, stand_themes)
}

impl Directory {
    /// Resolves the directory's references now (again, after a change).
    pub fn link(&mut self) {
        let tables = Tables::new(self);
        self.links = Links(OnceLock::from(tables));
    }

    /// The directory, its references resolved (see [`Directory::link`]).
    pub fn linked(mut self) -> Directory {
        self.link();
        self
    }

    fn tables(&self) -> &Tables {
        self.links.0.get_or_init(|| Tables::new(self))
    }

    /// The position of the organisation `id`.
    pub fn organisation_index(&self, id: &str) -> Option<usize> {
        let organisations = &self.organisations;
        self.tables()
            .organisations
            .get(id, |i| &organisations[i].id)
    }

    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        Some(&self.organisations[self.organisation_index(id)?])
    }

    /// The position of stand `number`.
    pub fn stand_index(&self, number: &str) -> Option<usize> {
        let stands = &self.stands;
        self.tables().stands.get(number, |i| &stands[i].number)
    }

    pub fn stand(&self, number: &str) -> Option<&Stand> {
        Some(&self.stands[self.stand_index(number)?])
    }

    /// The organisations of stand `stand` (a position), in its order.
    pub fn organisations_of_stand(&self, stand: usize) -> impl Iterator<Item = usize> + '_ {
        positions(self.tables().stand_organisations.get(stand))
    }

    /// The stands of organisation `organisation` (a position), in directory order.
    pub fn stands_of(&self, organisation: usize) -> impl Iterator<Item = usize> + '_ {
        positions(self.tables().organisation_stands.get(organisation))
    }

    /// The people of organisation `organisation`, in directory order.
    pub fn people_of(&self, organisation: usize) -> impl Iterator<Item = usize> + '_ {
        positions(self.tables().organisation_people.get(organisation))
    }

    /// The organisation of person `person`, if known.
    pub fn organisation_of_person(&self, person: usize) -> Option<usize> {
        let found = *self.tables().person_organisation.get(person)?;
        (found != NONE).then_some(found as usize)
    }

    /// The stand person `person` names as theirs, if the directory has it.
    pub fn stand_of_person(&self, person: usize) -> Option<usize> {
        self.stand_index(self.people.get(person)?.stand()?)
    }

    /// Where to find person `person`: the stand they name, else the stands
    /// of their organisation (none when neither is known).
    pub fn stands_to_find(&self, person: usize) -> Vec<usize> {
        if let Some(stand) = self.stand_of_person(person) {
            return vec![stand];
        }
        self.organisation_of_person(person)
            .map_or_else(Vec::new, |o| self.stands_of(o).collect())
    }

    /// The parent of organisation `organisation`, if known.
    pub fn parent_of(&self, organisation: usize) -> Option<usize> {
        let found = *self.tables().parents.get(organisation)?;
        (found != NONE).then_some(found as usize)
    }

    /// The people to meet at stand `stand`: those who name it as their
    /// stand and those of its organisations, each once, in directory order.
    pub fn people_at_stand(&self, stand: usize) -> Vec<usize> {
        let tables = self.tables();
        let mut people: Vec<u32> = tables.stand_people.get(stand).to_vec();
        for &o in tables.stand_organisations.get(stand) {
            people.extend_from_slice(tables.organisation_people.get(o as usize));
        }
        people.sort_unstable();
        people.dedup();
        people.into_iter().map(|p| p as usize).collect()
    }

    /// Every theme used in the directory, once, sorted as a reader expects
    /// (`search::fold::collation_key`: `éducation` with the e's, `Théâtre 2`
    /// before `Théâtre 10`; spellings that differ only in case or accents are
    /// kept, the first met first).
    pub fn themes(&self) -> &[Text] {
        &self.tables().themes
    }

    /// The themes of stand `stand`: its own, then those of its
    /// organisations it does not already have, as indices into
    /// [`Directory::themes`].
    pub fn stand_theme_ids(&self, stand: usize) -> &[u32] {
        self.tables().stand_themes.get(stand)
    }

    /// The themes of organisation `organisation` as listed, as indices into
    /// [`Directory::themes`].
    pub fn organisation_theme_ids(&self, organisation: usize) -> &[u32] {
        self.tables().organisation_themes.get(organisation)
    }

    /// [`Directory::organisation_theme_ids`] as texts: the organisation's
    /// own themes, then its stands'.
    pub fn organisation_themes(&self, organisation: usize) -> impl Iterator<Item = &str> + '_ {
        let themes = self.themes();
        self.organisation_theme_ids(organisation)
            .iter()
            .map(move |&t| themes[t as usize].as_str())
    }

    /// [`Directory::stand_theme_ids`] as texts.
    pub fn stand_themes(&self, stand: usize) -> impl Iterator<Item = &str> + '_ {
        let themes = self.themes();
        self.stand_theme_ids(stand)
            .iter()
            .map(move |&t| themes[t as usize].as_str())
    }
}

/// The programme's look-ups. A talk is found by its id; the talks of a
/// person, an organisation or a stand are positions in
/// `programme.talks`, in programme order (not by time: sort them by
/// [`Talk::start_time`] to show them).
impl Directory {
    /// The position of talk `id` in `programme.talks`.
    pub fn talk_index(&self, id: &str) -> Option<usize> {
        let talks = &self.programme.as_ref()?.talks;
        self.tables().talks.ids.get(id, |i| &talks[i].id)
    }

    /// Talk `id`, if the programme has it.
    pub fn talk(&self, id: &str) -> Option<&Talk> {
        let index = self.talk_index(id)?;
        self.programme.as_ref()?.talks.get(index)
    }

    /// The person (a position in `people`) of speaker `speaker` of talk
    /// `talk`, when the speaker names one the directory has.
    pub fn speaker_person(&self, talk: usize, speaker: usize) -> Option<usize> {
        let found = *self.tables().talks.speakers.get(talk).get(speaker)?;
        (found != NONE).then_some(found as usize)
    }

    /// The talks person `person` (a position in `people`) speaks at.
    pub fn talks_of_person(&self, person: usize) -> impl Iterator<Item = usize> + '_ {
        positions(self.tables().talks.person_talks.get(person))
    }

    /// The talks of organisation `organisation`: those that name it in
    /// their `organisations`, and those one of its people speaks at, each once.
    pub fn talks_of(&self, organisation: usize) -> impl Iterator<Item = usize> + '_ {
        positions(self.tables().talks.organisation_talks.get(organisation))
    }

    /// The talks held at stand `stand` (`{"stand": "A3"}`).
    pub fn talks_at_stand(&self, stand: usize) -> impl Iterator<Item = usize> + '_ {
        positions(self.tables().talks.stand_talks.get(stand))
    }
}

fn positions(group: &[u32]) -> impl Iterator<Item = usize> + '_ {
    group.iter().map(|&p| p as usize)
}

#[cfg(test)]
#[path = "links_tests.rs"]
mod tests;
