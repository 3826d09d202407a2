//! The searchable records of a directory.
//!
//! Record `i` of [`Catalog::stands`] is `directory.stands[i]`, and so on for
//! organisations and people, so a [`Hit`] leads straight back to the data.
//! The engines keep only the folded texts: a record's original texts are
//! read back from the directory ([`Catalog::field_texts`]), for the few rows
//! on screen.
//!
//! Field layout (the TUI highlights the first fields of each row):
//! - stand: 0 number, 1 organisations' display names joined by " · ", 2 title
//!   (empty when none), then other fields;
//! - organisation: 0 display name, then other fields;
//! - person: 0 name, 1 role (empty when none), 2 organisation's display
//!   name (empty when none), then other fields;
//! - talk: 0 title, 1 place's name (a landmark's, hall's or room's name, a
//!   stand's number; empty when none), then other fields.
//!
//! The other fields, by tier:
//! - stand: Name: its organisations' official names and aliases; Related:
//!   themes of the stand and its organisations, their people and roles;
//!   Description: its organisations' descriptions;
//! - organisation: Name: official name, aliases; Related: themes, people and
//!   roles, stand numbers; Description: description;
//! - person: Related: stand number;
//! - talk: Related: speakers' names (the person's when linked), themes.
//!
//! Talks sort by start time (unknown times last), so the empty query lists
//! the programme in time order.

mod records;
mod talks;

pub use talks::talks;

use std::sync::atomic::AtomicUsize;

use super::{Engine, Hit};
use crate::directory::Directory;

pub const STAND_NUMBER: usize = 0;
pub const STAND_ORGS: usize = 1;
pub const STAND_TITLE: usize = 2;
pub const ORG_NAME: usize = 0;
pub const PERSON_NAME: usize = 0;
pub const PERSON_ROLE: usize = 1;
pub const PERSON_ORG: usize = 2;
pub const TALK_TITLE: usize = 0;
pub const TALK_PLACE: usize = 1;

/// The field whose text a result shows as the record's name: a stand's
/// organisations (a stand shared by two shows both), an organisation's
/// display name, a person's name.
pub fn name_field(kind: Kind) -> usize {
    match kind {
        Kind::Stand => STAND_ORGS,
        Kind::Organisation => ORG_NAME,
        Kind::Person => PERSON_NAME,
        Kind::Talk => TALK_TITLE,
    }
}

/// What the field that matched best is: why a record was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Matched {
    /// The name the lists show (a stand's organisations, an organisation's
    /// display name, a person's name).
    Shown,
    /// A stand's number.
    Number,
    /// A stand's title.
    Title,
    /// An organisation's official name, when it is shown by a shorter one.
    OfficialName,
    /// Another name of an organisation.
    Alias,
    Theme,
    /// A person of the organisation (of the stand).
    Person,
    /// A person's role.
    Role,
    /// A person's organisation.
    Organisation,
    /// A stand of the organisation, or the person's.
    Stand,
    /// An organisation's description.
    Description,
    /// A talk's speaker.
    Speaker,
    /// A talk's place.
    Place,
}

impl Matched {
    const ALL: [Matched; 13] = [
        Matched::Shown,
        Matched::Number,
        Matched::Title,
        Matched::OfficialName,
        Matched::Alias,
        Matched::Theme,
        Matched::Person,
        Matched::Role,
        Matched::Organisation,
        Matched::Stand,
        Matched::Description,
        Matched::Speaker,
        Matched::Place,
    ];

    fn from_tag(tag: u8) -> Matched {
        Matched::ALL
            .get(usize::from(tag))
            .copied()
            .unwrap_or(Matched::Shown)
    }

    /// Its name in `maillage search --json`.
    pub fn json_name(self) -> &'static str {
        match self {
            Matched::Shown => "name",
            Matched::Number => "number",
            Matched::Title => "title",
            Matched::OfficialName => "official_name",
            Matched::Alias => "alias",
            Matched::Theme => "theme",
            Matched::Person => "person",
            Matched::Role => "role",
            Matched::Organisation => "organisation",
            Matched::Stand => "stand",
            Matched::Description => "description",
            Matched::Speaker => "speaker",
            Matched::Place => "place",
        }
    }
}

/// What a search result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Stand,
    Organisation,
    Person,
    /// A talk of the programme.
    Talk,
}

/// Search engines over one directory's stands, organisations, people and talks.
/// The default is empty: what the app searches while the real one is built.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    pub stands: Engine,
    pub organisations: Engine,
    pub people: Engine,
    pub talks: Engine,
}

impl Catalog {
    pub fn new(directory: &Directory) -> Self {
        Catalog::counting(directory, &AtomicUsize::new(0))
    }

    /// [`Catalog::new`], adding to `indexed` the records as they are
    /// indexed (a few hundred at a time), up to [`Catalog::records`]: the
    /// app shows that progress while it builds the index on a worker thread.
    pub fn counting(directory: &Directory, indexed: &AtomicUsize) -> Self {
        let engine = |kind| records::engine(kind, directory, indexed);
        // At fair scale the stands take about half the work: they are built
        // on another core meanwhile.
        let (stands, (organisations, people, talks)) = rayon::join(
            || engine(Kind::Stand),
            || {
                (
                    engine(Kind::Organisation),
                    engine(Kind::Person),
                    engine(Kind::Talk),
                )
            },
        );
        Catalog {
            stands,
            organisations,
            people,
            talks,
        }
    }

    /// How many records a catalog of `directory` holds: its stands,
    /// organisations, people and talks.
    pub fn records(directory: &Directory) -> usize {
        ALL_KINDS.iter().map(|&kind| count(directory, kind)).sum()
    }

    /// The original texts of record `record` of `kind`, one per field of
    /// its engine's record (the layout in the module docs), read from
    /// `directory`, the directory the catalog was built from.
    pub fn field_texts(kind: Kind, directory: &Directory, record: usize) -> Vec<String> {
        records::field_texts(kind, directory, record, None)
    }

    /// The original text of field `field` of record `record` of `kind`, if
    /// it has that field ([`Catalog::field_texts`], copying only that one).
    pub fn field_text(
        kind: Kind,
        directory: &Directory,
        record: usize,
        field: usize,
    ) -> Option<String> {
        records::field_texts(kind, directory, record, Some(field)).pop()
    }

    /// What field `field` of record `record` of `kind` is (a hit's
    /// `field` says which matched best).
    pub fn matched(&self, kind: Kind, record: usize, field: usize) -> Matched {
        let tag = self.engine(kind).record(record).tag(field);
        tag.map_or(Matched::Shown, Matched::from_tag)
    }

    pub fn engine(&self, kind: Kind) -> &Engine {
        match kind {
            Kind::Stand => &self.stands,
            Kind::Organisation => &self.organisations,
            Kind::Person => &self.people,
            Kind::Talk => &self.talks,
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
            b.1.score()
                .cmp(&a.1.score())
                .then_with(|| {
                    let key = |(kind, hit): (Kind, &Hit)| self.engine(kind).sort_key(hit.record());
                    key(a).cmp(key(b))
                })
                .then(a.0.cmp(&b.0))
                .then(a.1.record().cmp(&b.1.record()))
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

/// Every kind of record, in `Kind` order.
pub const ALL_KINDS: [Kind; 4] = [Kind::Stand, Kind::Organisation, Kind::Person, Kind::Talk];

/// How many records of `kind` the directory has.
fn count(directory: &Directory, kind: Kind) -> usize {
    match kind {
        Kind::Stand => directory.stands.len(),
        Kind::Organisation => directory.organisations.len(),
        Kind::Person => directory.people.len(),
        Kind::Talk => talks(directory).len(),
    }
}
