//! The searchable records of a directory.
//!
//! Record `i` of [`Catalog::stands`] is `directory.stands[i]`, and so on for
//! organisations and people, so a [`Hit`] leads straight back to the data.
//!
//! Field layout (the TUI highlights the first fields of each row):
//! - stand: 0 number, 1 organisations' display names joined by " · ", 2 title
//!   (empty when none), then other fields;
//! - organisation: 0 display name, then other fields;
//! - person: 0 name, 1 role (empty when none), then other fields.
//!
//! The other fields, by tier:
//! - stand: Name: its organisations' official names and aliases; Related:
//!   themes of the stand and its organisations, their people and roles;
//!   Description: its organisations' descriptions;
//! - organisation: Name: official name, aliases; Related: themes, people and
//!   roles, stand numbers; Description: description;
//! - person: Related: organisation's display name, stand number.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::fold::{fold_text, fold_text_into};
use super::{Engine, EngineBuilder, Hit, Tier};
use crate::directory::{Directory, IdHasher, Organisation, Person};

/// Ids are short and the file is the user's own: no need for SipHash.
type ById<'a, T> = HashMap<&'a str, T, BuildHasherDefault<IdHasher>>;

pub const STAND_NUMBER: usize = 0;
pub const STAND_ORGS: usize = 1;
pub const STAND_TITLE: usize = 2;
pub const ORG_NAME: usize = 0;
pub const PERSON_NAME: usize = 0;
pub const PERSON_ROLE: usize = 1;

/// What a search result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Stand,
    Organisation,
    Person,
}

/// From this many stands on, [`Catalog::new`] uses a second thread.
const PARALLEL_FROM: usize = 2_000;

/// Search engines over one directory's stands, organisations and people.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub stands: Engine,
    pub organisations: Engine,
    pub people: Engine,
}

/// Look-ups by organisation id, built once: the directory's own look-ups are
/// linear, which would make building the catalog quadratic at fair scale.
/// Groups are flat (one `Vec` each, in directory order within a group), not
/// one `Vec` per organisation: tens of thousands fewer allocations.
struct Index<'a> {
    directory: &'a Directory,
    /// Position of each organisation in `directory.organisations`.
    positions: ById<'a, usize>,
    /// For each organisation, the position of the first one with its id
    /// (itself, unless ids repeat): what its id looks up.
    canonical: Vec<u32>,
    people: Groups<&'a Person>,
    stand_numbers: Groups<&'a str>,
    /// For each stand, the positions of its organisations (unknown ids left
    /// out), in the stand's order.
    stand_orgs: Groups<u32>,
}

/// Items grouped by organisation position: group `o` is
/// `items[starts[o]..starts[o + 1]]`.
struct Groups<T> {
    starts: Vec<u32>,
    items: Vec<T>,
}

impl<T: Copy> Groups<T> {
    /// `pairs` (organisation position, item), grouped stably (counting sort).
    fn new(groups: usize, pairs: impl Iterator<Item = (usize, T)> + Clone) -> Self {
        let mut starts = vec![0u32; groups + 1];
        for (group, _) in pairs.clone() {
            starts[group + 1] += 1;
        }
        for g in 0..groups {
            starts[g + 1] += starts[g];
        }
        let mut next: Vec<u32> = starts[..groups].to_vec();
        let mut items = Vec::with_capacity(starts[groups] as usize);
        // Placed by position: fill with the first item, then overwrite all.
        if let Some((_, first)) = pairs.clone().next() {
            items.resize(starts[groups] as usize, first);
        }
        for (group, item) in pairs {
            items[next[group] as usize] = item;
            next[group] += 1;
        }
        Groups { starts, items }
    }

    fn get(&self, group: usize) -> &[T] {
        &self.items[self.starts[group] as usize..self.starts[group + 1] as usize]
    }
}

impl<'a> Index<'a> {
    fn new(directory: &'a Directory) -> Self {
        let mut positions = ById::with_capacity_and_hasher(
            directory.organisations.len(),
            BuildHasherDefault::default(),
        );
        for (i, o) in directory.organisations.iter().enumerate() {
            // The first of duplicate ids wins, as `Directory::organisation`.
            positions.entry(o.id.as_str()).or_insert(i);
        }
        let count = directory.organisations.len();
        let position = |id: &str| positions.get(id).copied();
        let people = Groups::new(
            count,
            directory
                .people
                .iter()
                .filter_map(|p| Some((position(p.organisation.as_deref()?)?, p))),
        );
        let stand_orgs = Groups::new(
            directory.stands.len(),
            directory.stands.iter().enumerate().flat_map(|(i, s)| {
                s.organisations
                    .iter()
                    .filter_map(move |id| Some((i, position(id)? as u32)))
            }),
        );
        let stand_numbers = Groups::new(
            count,
            (0..directory.stands.len()).flat_map(|i| {
                let number = directory.stands[i].number.as_str();
                stand_orgs.get(i).iter().map(move |&o| (o as usize, number))
            }),
        );
        let canonical = directory
            .organisations
            .iter()
            .map(|o| position(&o.id).unwrap_or(0) as u32)
            .collect();
        Index {
            directory,
            positions,
            canonical,
            people,
            stand_numbers,
            stand_orgs,
        }
    }

    fn organisation(&self, id: &str) -> Option<&'a Organisation> {
        let directory = self.directory;
        self.positions.get(id).map(|&i| &directory.organisations[i])
    }

    /// The organisations of stand `stand`, by position.
    fn organisations_of_stand(&self, stand: usize) -> impl Iterator<Item = usize> + '_ {
        self.stand_orgs.get(stand).iter().map(|&o| o as usize)
    }

    /// The people of the organisation at `position` (of the first one with
    /// its id, as a look-up by id finds).
    fn people_of(&self, position: usize) -> &[&'a Person] {
        self.people.get(self.canonical[position] as usize)
    }

    fn stand_numbers_of(&self, position: usize) -> &[&'a str] {
        self.stand_numbers.get(self.canonical[position] as usize)
    }
}

impl Catalog {
    pub fn new(directory: &Directory) -> Self {
        let index = Index::new(directory);
        let others = || {
            (
                organisation_engine(directory, &index),
                person_engine(directory, &index),
            )
        };
        // At fair scale the stands take about half the work: they are built
        // on a second core meanwhile. A small directory is not worth a thread.
        let (stands, (organisations, people)) = if directory.stands.len() < PARALLEL_FROM {
            (stand_engine(directory, &index), others())
        } else {
            std::thread::scope(|scope| {
                let stands = scope.spawn(|| stand_engine(directory, &index));
                let others = others();
                match stands.join() {
                    Ok(stands) => (stands, others),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            })
        };
        Catalog {
            stands,
            organisations,
            people,
        }
    }

    pub fn engine(&self, kind: Kind) -> &Engine {
        match kind {
            Kind::Stand => &self.stands,
            Kind::Organisation => &self.organisations,
            Kind::Person => &self.people,
        }
    }

    /// Searches several kinds at once; hits of all kinds ranked together:
    /// by score, then by each record's sort key, then by kind.
    ///
    /// Each engine's hits come ranked (score, then sort key, then record),
    /// so they are merged rather than sorted again.
    pub fn search(&self, query: &str, kinds: &[Kind]) -> Vec<(Kind, Hit)> {
        let lists: Vec<(Kind, Vec<Hit>)> = kinds
            .iter()
            .map(|&kind| (kind, self.engine(kind).search(query)))
            .collect();
        let mut next = vec![0usize; lists.len()];
        let mut merged = Vec::with_capacity(lists.iter().map(|(_, hits)| hits.len()).sum());
        let ranks_before = |a: (Kind, &Hit), b: (Kind, &Hit)| {
            b.1.score
                .cmp(&a.1.score)
                .then_with(|| {
                    let key = |(kind, hit): (Kind, &Hit)| self.engine(kind).sort_key(hit.record);
                    key(a).cmp(key(b))
                })
                .then(a.0.cmp(&b.0))
                .then(a.1.record.cmp(&b.1.record))
                .is_lt()
        };
        loop {
            let mut best: Option<(usize, Kind, &Hit)> = None;
            for (list, (kind, hits)) in lists.iter().enumerate() {
                let Some(hit) = hits.get(next[list]) else {
                    continue;
                };
                if best.is_none_or(|(_, best_kind, best_hit)| {
                    ranks_before((*kind, hit), (best_kind, best_hit))
                }) {
                    best = Some((list, *kind, hit));
                }
            }
            let Some((list, kind, hit)) = best else {
                break;
            };
            merged.push((kind, *hit));
            next[list] += 1;
        }
        merged
    }
}

/// Collects a record's fields into an engine, skipping empty ones after the
/// fixed first few.
struct Fields(EngineBuilder);

impl Fields {
    /// A field that must be present (fixed index), even when empty.
    fn fixed(&mut self, tier: Tier, text: &str) {
        self.0.field(tier, text);
    }

    fn add(&mut self, tier: Tier, text: &str) {
        if !text.trim().is_empty() {
            self.fixed(tier, text);
        }
    }

    /// Official name (when not already the display name) and aliases.
    fn names_of(&mut self, org: &Organisation) {
        if org.short_name.is_some() {
            self.add(Tier::Name, &org.name);
        }
        for alias in &org.aliases {
            self.add(Tier::Name, alias);
        }
    }

    fn people(&mut self, people: &[&Person]) {
        for person in people {
            self.add(Tier::Related, &person.name);
            self.add(Tier::Related, person.role.as_deref().unwrap_or(""));
        }
    }
}

/// Room for this many bytes of text per record, to start with.
const BYTES_PER_RECORD: usize = 128;
/// Room for this many fields per record, to start with.
const FIELDS_PER_RECORD: usize = 8;

fn builder(records: usize) -> Fields {
    Fields(EngineBuilder::with_capacity(
        records,
        records * FIELDS_PER_RECORD,
        records * BYTES_PER_RECORD,
    ))
}

fn stand_engine(directory: &Directory, index: &Index) -> Engine {
    let mut fields = builder(directory.stands.len());
    let mut orgs: Vec<(usize, &Organisation)> = Vec::new();
    let mut names = String::new();
    let mut themes: Vec<&str> = Vec::new();
    let mut key = String::new();
    for (position, stand) in directory.stands.iter().enumerate() {
        orgs.clear();
        orgs.extend(
            index
                .organisations_of_stand(position)
                .map(|o| (o, &directory.organisations[o])),
        );
        names.clear();
        for (i, (_, org)) in orgs.iter().enumerate() {
            if i > 0 {
                names.push_str(" · ");
            }
            names.push_str(org.display_name());
        }
        fields.fixed(Tier::Key, &stand.number);
        fields.fixed(Tier::Key, &names);
        fields.fixed(Tier::Key, stand.title.as_deref().unwrap_or(""));
        orgs.iter().for_each(|(_, org)| fields.names_of(org));
        themes.clear();
        themes.extend(stand.themes.iter().map(|t| t.as_str()));
        for theme in orgs.iter().flat_map(|(_, o)| o.themes.iter()) {
            if !themes.contains(&theme.as_str()) {
                themes.push(theme);
            }
        }
        themes.iter().for_each(|t| fields.add(Tier::Related, t));
        orgs.iter()
            .for_each(|&(o, _)| fields.people(index.people_of(o)));
        for (_, org) in &orgs {
            fields.add(Tier::Description, org.description.as_deref().unwrap_or(""));
        }
        natural_key_into(&stand.number, &mut key);
        fields.0.end_record(&key);
    }
    fields.0.build()
}

fn organisation_engine(directory: &Directory, index: &Index) -> Engine {
    let mut fields = builder(directory.organisations.len());
    let mut key = String::new();
    for (position, org) in directory.organisations.iter().enumerate() {
        fields.fixed(Tier::Key, org.display_name());
        fields.names_of(org);
        org.themes.iter().for_each(|t| fields.add(Tier::Related, t));
        fields.people(index.people_of(position));
        for number in index.stand_numbers_of(position) {
            fields.add(Tier::Related, number);
        }
        fields.add(Tier::Description, org.description.as_deref().unwrap_or(""));
        key.clear();
        fold_text_into(org.display_name(), &mut key);
        fields.0.end_record(&key);
    }
    fields.0.build()
}

fn person_engine(directory: &Directory, index: &Index) -> Engine {
    let mut fields = builder(directory.people.len());
    let mut key = String::new();
    for person in &directory.people {
        fields.fixed(Tier::Key, &person.name);
        fields.fixed(Tier::Related, person.role.as_deref().unwrap_or(""));
        let org = person
            .organisation
            .as_deref()
            .and_then(|id| index.organisation(id));
        fields.add(Tier::Related, org.map_or("", |o| o.display_name()));
        fields.add(Tier::Related, person.stand.as_deref().unwrap_or(""));
        key.clear();
        fold_text_into(&person.name, &mut key);
        fields.0.end_record(&key);
    }
    fields.0.build()
}

/// A sort key under which `A2` comes before `A10`: the folded text with every
/// run of digits left-padded with zeros to a fixed width.
fn natural_key_into(text: &str, key: &mut String) {
    const WIDTH: usize = 12;
    let folded = fold_text(text);
    key.clear();
    let mut rest = folded.as_str();
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        key.push_str(&rest[..start]);
        let digits_len = rest[start..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len() - start);
        let digits = &rest[start..start + digits_len];
        key.extend(std::iter::repeat_n('0', WIDTH.saturating_sub(digits.len())));
        key.push_str(digits);
        rest = &rest[start + digits_len..];
    }
    key.push_str(rest);
}
