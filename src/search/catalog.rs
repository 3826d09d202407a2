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

use super::fold::fold_text;
use super::{Engine, Field, Hit, Record, Tier};
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
    people: Groups<&'a Person>,
    stand_numbers: Groups<&'a str>,
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
        let stand_numbers = Groups::new(
            count,
            directory.stands.iter().flat_map(|s| {
                s.organisations
                    .iter()
                    .filter_map(move |id| Some((position(id)?, s.number.as_str())))
            }),
        );
        Index {
            directory,
            positions,
            people,
            stand_numbers,
        }
    }

    fn organisation(&self, id: &str) -> Option<&'a Organisation> {
        let directory = self.directory;
        self.positions.get(id).map(|&i| &directory.organisations[i])
    }

    fn people_of(&self, org: &str) -> &[&'a Person] {
        self.positions.get(org).map_or(&[], |&i| self.people.get(i))
    }

    fn stand_numbers_of(&self, org: &str) -> &[&'a str] {
        self.positions
            .get(org)
            .map_or(&[], |&i| self.stand_numbers.get(i))
    }
}

impl Catalog {
    pub fn new(directory: &Directory) -> Self {
        let index = Index::new(directory);
        let others = || {
            (
                Engine::new(organisation_records(directory, &index)),
                Engine::new(person_records(directory, &index)),
            )
        };
        // At fair scale the stands take about half the work: they are built
        // on a second core meanwhile. A small directory is not worth a thread.
        let (stands, (organisations, people)) = if directory.stands.len() < PARALLEL_FROM {
            (Engine::new(stand_records(directory, &index)), others())
        } else {
            std::thread::scope(|scope| {
                let stands = scope.spawn(|| Engine::new(stand_records(directory, &index)));
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
    pub fn search(&self, query: &str, kinds: &[Kind]) -> Vec<(Kind, Hit)> {
        let mut hits: Vec<(Kind, Hit)> = kinds
            .iter()
            .flat_map(|&k| {
                self.engine(k)
                    .search(query)
                    .into_iter()
                    .map(move |h| (k, h))
            })
            .collect();
        hits.sort_by(|a, b| {
            b.1.score
                .cmp(&a.1.score)
                .then_with(|| {
                    let key =
                        |(kind, hit): &(Kind, Hit)| &self.engine(*kind).record(hit.record).sort_key;
                    key(a).cmp(key(b))
                })
                .then(a.0.cmp(&b.0))
                .then(a.1.record.cmp(&b.1.record))
        });
        hits
    }
}

/// Collects a record's fields, skipping empty ones after the fixed first few.
struct Fields(Vec<Field>);

impl Fields {
    /// A field that must be present (fixed index), even when empty.
    fn fixed(&mut self, tier: Tier, text: &str) {
        self.0.push(Field {
            tier,
            text: text.to_string(),
        });
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

fn stand_records(directory: &Directory, index: &Index) -> Vec<Record> {
    directory
        .stands
        .iter()
        .map(|stand| {
            let orgs: Vec<&Organisation> = stand
                .organisations
                .iter()
                .filter_map(|id| index.organisation(id))
                .collect();
            let names: Vec<&str> = orgs.iter().map(|o| o.display_name()).collect();
            let mut fields = Fields(Vec::with_capacity(12));
            fields.fixed(Tier::Key, &stand.number);
            fields.fixed(Tier::Key, &names.join(" · "));
            fields.fixed(Tier::Key, stand.title.as_deref().unwrap_or(""));
            orgs.iter().for_each(|org| fields.names_of(org));
            let mut themes: Vec<&str> = stand.themes.iter().map(String::as_str).collect();
            for theme in orgs.iter().flat_map(|o| o.themes.iter()) {
                if !themes.contains(&theme.as_str()) {
                    themes.push(theme);
                }
            }
            themes.iter().for_each(|t| fields.add(Tier::Related, t));
            orgs.iter()
                .for_each(|org| fields.people(index.people_of(&org.id)));
            for org in &orgs {
                fields.add(Tier::Description, org.description.as_deref().unwrap_or(""));
            }
            Record {
                fields: fields.0,
                sort_key: natural_key(&stand.number),
            }
        })
        .collect()
}

fn organisation_records(directory: &Directory, index: &Index) -> Vec<Record> {
    directory
        .organisations
        .iter()
        .map(|org| {
            let mut fields = Fields(Vec::with_capacity(12));
            fields.fixed(Tier::Key, org.display_name());
            fields.names_of(org);
            org.themes.iter().for_each(|t| fields.add(Tier::Related, t));
            fields.people(index.people_of(&org.id));
            for number in index.stand_numbers_of(&org.id) {
                fields.add(Tier::Related, number);
            }
            fields.add(Tier::Description, org.description.as_deref().unwrap_or(""));
            Record {
                fields: fields.0,
                sort_key: fold_text(org.display_name()),
            }
        })
        .collect()
}

fn person_records(directory: &Directory, index: &Index) -> Vec<Record> {
    directory
        .people
        .iter()
        .map(|person| {
            let mut fields = Fields(Vec::with_capacity(12));
            fields.fixed(Tier::Key, &person.name);
            fields.fixed(Tier::Related, person.role.as_deref().unwrap_or(""));
            let org = person
                .organisation
                .as_deref()
                .and_then(|id| index.organisation(id));
            fields.add(Tier::Related, org.map_or("", |o| o.display_name()));
            fields.add(Tier::Related, person.stand.as_deref().unwrap_or(""));
            Record {
                fields: fields.0,
                sort_key: fold_text(&person.name),
            }
        })
        .collect()
}

/// A sort key under which `A2` comes before `A10`: the folded text with every
/// run of digits left-padded with zeros to a fixed width.
fn natural_key(text: &str) -> String {
    const WIDTH: usize = 12;
    let folded = fold_text(text);
    let mut key = String::with_capacity(folded.len() + WIDTH);
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
    key
}
