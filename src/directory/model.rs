//! The event directory: what a directory file holds, as plain data.
//!
//! The same types are deserialized from `data/*.json` and serialized back, so a
//! directory survives a write/read round trip. The format is documented in
//! `data/README.md` and by `data/directory.schema.json`.

use std::fmt;

use compact_str::CompactString;
use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::links::Links;
use super::programme::Programme;
pub use super::text_list::TextList;

/// The text of every field of the model. Most values (ids, stand numbers, hall
/// ids, themes, kinds, roles, many names) fit in 24 bytes, and a
/// `CompactString` keeps those inline: a 50,000-stand directory then loads
/// with a few allocations instead of hundreds of thousands. It derefs to `&str`.
pub type Text = CompactString;

/// A list of records read from a directory file (sources): a boxed slice,
/// 16 bytes where a `Vec` takes 24, as records are read once and not grown,
/// and most of these lists are empty in a large fair. A list of texts is a
/// [`TextList`].
pub type List<T> = Box<[T]>;

/// Reads a list into exactly the room it needs. serde's own `Vec` reserves
/// room for four at the first element, and these lists mostly hold one or
/// two (a stand's organisations, themes); boxing the slice would then copy
/// each one. Reading the first two elements before allocating does not.
/// Same errors as `Vec` ("expected a sequence").
fn short_list<'de, D, T>(deserializer: D) -> Result<List<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct ShortList<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for ShortList<T> {
        type Value = List<T>;

        fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
            formatter.write_str("a sequence")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
            let Some(first) = seq.next_element()? else {
                return Ok(List::default());
            };
            let Some(second) = seq.next_element()? else {
                return Ok(Box::new([first]));
            };
            let mut list = vec![first, second];
            while let Some(next) = seq.next_element()? {
                list.push(next);
            }
            Ok(list.into_boxed_slice())
        }
    }
    deserializer.deserialize_seq(ShortList(std::marker::PhantomData))
}

/// For `skip_serializing_if`: an empty list is not written. (serde hands
/// over a reference to the field, hence the `&Box`.)
#[allow(clippy::borrowed_box)]
fn is_empty<T>(list: &List<T>) -> bool {
    list.is_empty()
}

/// For `skip_serializing_if`: a flag left at its default is not written.
fn is_false(flag: &bool) -> bool {
    !flag
}

/// The format tag every directory file carries, so a notes file or anything
/// else handed to `--data` is refused with a clear message.
pub const FORMAT: &str = "maillage-directory";
/// The version of the directory format this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A whole event directory: the event, who is there, and the venue's layout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    pub format: Text,
    pub version: u32,
    pub event: Event,
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    #[serde(default)]
    pub stands: Vec<Stand>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<Venue>,
    /// The talks, when the event has a programme (see `programme.rs`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<Programme>,
    /// The references above resolved to positions, read through
    /// `Directory`'s look-up methods (`organisation`, `stands_of`…). A
    /// directory built in memory starts with `Links::default()`.
    #[serde(skip)]
    pub links: Links,
}

impl Directory {
    /// Whether the venue's layout is made up: the halls, the stands' places
    /// and their numbers.
    pub fn layout_is_illustrative(&self) -> bool {
        self.venue.as_ref().is_some_and(|v| v.illustrative)
    }

    /// Whether anything a visitor reads about this stand is made up: the
    /// stand itself (its flag), or its number and place (the layout's).
    pub fn stand_is_illustrative(&self, stand: usize) -> bool {
        self.stands.get(stand).is_some_and(|s| s.illustrative) || self.layout_is_illustrative()
    }
}

/// The event itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Stable identifier, used to file notes and plans per event.
    pub id: Text,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<Text>,
    /// As far as it is known: `2022`, `2022-11`, or `2022-11-17`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Text>,
    /// What is known or not about the date, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_note: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Where the facts in this directory come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Caveats a reader must know (e.g. "holds only the organisations the article names").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Text>,
}

/// A reference a fact comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Text>,
}

/// An organisation that holds one or more stands.
///
/// Read and written as [`OrganisationFields`], the format's fields; held
/// with what few organisations have (other names, a website, a parent,
/// sources) in one box, [`OrganisationMore`]: 144 bytes an organisation
/// instead of 216, 3 MB less in a 45,000-organisation fair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "OrganisationFields", into = "OrganisationFields")]
pub struct Organisation {
    /// Stable identifier (`[a-z0-9-]+`), referenced by stands, people and notes.
    pub id: Text,
    /// Official name.
    pub name: Text,
    /// The name people use day to day, when it differs.
    pub short_name: Option<Text>,
    /// What sort of body it is: asbl, fondation, service communal…
    pub kind: Option<Text>,
    pub description: Option<Text>,
    pub themes: TextList,
    /// `None` when all of it is empty ([`OrganisationMore::boxed`]), so
    /// that two organisations saying the same are equal.
    pub more: Option<Box<OrganisationMore>>,
}

/// What few organisations have, boxed in [`Organisation::more`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OrganisationMore {
    /// Other names and spellings people use.
    pub aliases: TextList,
    pub website: Option<Text>,
    /// The organisation this one belongs to (a service of a foundation…).
    pub parent: Option<Text>,
    pub sources: List<Source>,
}

impl OrganisationMore {
    /// Boxed, or `None` when it holds nothing.
    pub fn boxed(self) -> Option<Box<OrganisationMore>> {
        boxed(self)
    }
}

/// What few records of a kind have (`OrganisationMore`, `PersonMore`),
/// boxed; `None` when it holds nothing (its default), so that two records
/// saying the same are equal.
fn boxed<T: Default + PartialEq>(rare: T) -> Option<Box<T>> {
    (rare != T::default()).then(|| Box::new(rare))
}

/// Changes what a record keeps in the box `slot` ([`boxed`]).
fn edit_boxed<T: Default + PartialEq>(slot: &mut Option<Box<T>>, edit: impl FnOnce(&mut T)) {
    let mut rare = slot.take().map_or_else(T::default, |rare| *rare);
    edit(&mut rare);
    *slot = boxed(rare);
}

impl Organisation {
    /// The name to show in lists: the short name when there is one.
    pub fn display_name(&self) -> &str {
        self.short_name.as_deref().unwrap_or(&self.name)
    }

    /// Other names and spellings people use.
    pub fn aliases(&self) -> &TextList {
        const NONE: &TextList = &TextList::new();
        self.more.as_ref().map_or(NONE, |more| &more.aliases)
    }

    pub fn website(&self) -> Option<&str> {
        self.more.as_ref().and_then(|more| more.website.as_deref())
    }

    /// The id of the organisation this one belongs to.
    pub fn parent(&self) -> Option<&str> {
        self.more.as_ref().and_then(|more| more.parent.as_deref())
    }

    pub fn sources(&self) -> &[Source] {
        self.more.as_ref().map_or(&[], |more| &more.sources)
    }

    /// Changes what is in [`Organisation::more`], keeping it `None` when
    /// it ends up empty.
    pub fn edit_more(&mut self, edit: impl FnOnce(&mut OrganisationMore)) {
        edit_boxed(&mut self.more, edit);
    }
}

/// An organisation as a directory file writes it.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct OrganisationFields {
    id: Text,
    name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    short_name: Option<Text>,
    #[serde(default, skip_serializing_if = "TextList::is_empty")]
    aliases: TextList,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kind: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<Text>,
    #[serde(default, skip_serializing_if = "TextList::is_empty")]
    themes: TextList,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    website: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    parent: Option<Text>,
    #[serde(
        default,
        skip_serializing_if = "is_empty",
        deserialize_with = "short_list"
    )]
    sources: List<Source>,
}

impl From<OrganisationFields> for Organisation {
    fn from(fields: OrganisationFields) -> Organisation {
        let more = OrganisationMore {
            aliases: fields.aliases,
            website: fields.website,
            parent: fields.parent,
            sources: fields.sources,
        };
        Organisation {
            id: fields.id,
            name: fields.name,
            short_name: fields.short_name,
            kind: fields.kind,
            description: fields.description,
            themes: fields.themes,
            more: more.boxed(),
        }
    }
}

impl From<Organisation> for OrganisationFields {
    fn from(org: Organisation) -> OrganisationFields {
        let more = org.more.map(|more| *more).unwrap_or_default();
        OrganisationFields {
            id: org.id,
            name: org.name,
            short_name: org.short_name,
            aliases: more.aliases,
            kind: org.kind,
            description: org.description,
            themes: org.themes,
            website: more.website,
            parent: more.parent,
            sources: more.sources,
        }
    }
}

/// A stand at the event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stand {
    /// The stand number as printed at the event (`A1`, `12`, `H3-104`). Unique.
    pub number: Text,
    /// Ids of the organisation(s) the stand belongs to; at least one.
    pub organisations: TextList,
    /// Title or project shown at the stand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    #[serde(default, skip_serializing_if = "TextList::is_empty")]
    pub themes: TextList,
    /// Where the stand is in the venue, when the venue layout is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<StandLocation>,
    /// True when the stand itself is made up or supposed (no source says this
    /// organisation held a stand, or its title is invented). A made-up
    /// number or place is the venue's flag, [`Venue::illustrative`].
    #[serde(default, skip_serializing_if = "is_false")]
    pub illustrative: bool,
}

/// A person met at the event.
///
/// Read and written as [`PersonFields`]; held with what few people have in
/// a fair (a stand of their own, sources) in one box, [`PersonMore`]: 112
/// bytes a person instead of 144.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "PersonFields", into = "PersonFields")]
pub struct Person {
    pub id: Text,
    pub name: Text,
    pub role: Option<Text>,
    /// Id of the organisation the person works for.
    pub organisation: Option<Text>,
    /// True when the person (or the stand they are placed at) is made up,
    /// for a demo, rather than named in a source.
    pub illustrative: bool,
    /// `None` when all of it is empty ([`PersonMore::boxed`]).
    pub more: Option<Box<PersonMore>>,
}

/// What few people have, boxed in [`Person::more`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PersonMore {
    /// Stand number where the person can be found.
    pub stand: Option<Text>,
    pub sources: List<Source>,
}

impl PersonMore {
    /// Boxed, or `None` when it holds nothing.
    pub fn boxed(self) -> Option<Box<PersonMore>> {
        boxed(self)
    }
}

impl Person {
    /// Stand number where the person can be found, if any.
    pub fn stand(&self) -> Option<&str> {
        self.more.as_ref().and_then(|more| more.stand.as_deref())
    }

    pub fn sources(&self) -> &[Source] {
        self.more.as_ref().map_or(&[], |more| &more.sources)
    }

    /// Changes what is in [`Person::more`], keeping it `None` when it ends
    /// up empty.
    pub fn edit_more(&mut self, edit: impl FnOnce(&mut PersonMore)) {
        edit_boxed(&mut self.more, edit);
    }
}

/// A person as a directory file writes them.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonFields {
    id: Text,
    name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    role: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    organisation: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    stand: Option<Text>,
    #[serde(
        default,
        skip_serializing_if = "is_empty",
        deserialize_with = "short_list"
    )]
    sources: List<Source>,
    #[serde(default, skip_serializing_if = "is_false")]
    illustrative: bool,
}

impl From<PersonFields> for Person {
    fn from(fields: PersonFields) -> Person {
        let more = PersonMore {
            stand: fields.stand,
            sources: fields.sources,
        };
        Person {
            id: fields.id,
            name: fields.name,
            role: fields.role,
            organisation: fields.organisation,
            illustrative: fields.illustrative,
            more: more.boxed(),
        }
    }
}

impl From<Person> for PersonFields {
    fn from(person: Person) -> PersonFields {
        let more = person.more.map(|more| *more).unwrap_or_default();
        PersonFields {
            id: person.id,
            name: person.name,
            role: person.role,
            organisation: person.organisation,
            stand: more.stand,
            sources: more.sources,
            illustrative: person.illustrative,
        }
    }
}

/// The venue: one or more halls (or floors) joined by doors and stairs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Venue {
    /// True when the layout is made up for a demo rather than surveyed: the
    /// halls, the stands' places and their numbers.
    #[serde(default)]
    pub illustrative: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    pub halls: Vec<Hall>,
    /// Doors, stairs and lifts between halls.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub connections: Vec<Connection>,
}

/// A hall or floor, drawn as a grid of square cells.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hall {
    pub id: Text,
    pub name: Text,
    /// Floor number: 0 ground floor, 1 first floor, -1 basement.
    #[serde(default)]
    pub level: i32,
    /// Width in cells (x grows to the east).
    pub width: u32,
    /// Height in cells (y grows to the south).
    pub height: u32,
    /// Side of one cell, in metres.
    pub metres_per_cell: f64,
    /// Walls and other obstacles nobody walks through.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub walls: Vec<Rect>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entrances: Vec<Entrance>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub landmarks: Vec<Landmark>,
}

/// An axis-aligned rectangle of cells: `x..x+w`, `y..y+h`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rect {
    pub x: u32,
    pub y: u32,
    pub w: u32,
    pub h: u32,
}

impl Rect {
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.w
            && other.x < self.x + self.w
            && self.y < other.y + other.h
            && other.y < self.y + self.h
    }

    /// True when the rectangle lies inside a `width` × `height` grid.
    pub fn fits_in(&self, width: u32, height: u32) -> bool {
        self.w > 0
            && self.h > 0
            && self.x.checked_add(self.w).is_some_and(|r| r <= width)
            && self.y.checked_add(self.h).is_some_and(|b| b <= height)
    }

    pub fn contains(&self, x: u32, y: u32) -> bool {
        x >= self.x && x < self.x + self.w && y >= self.y && y < self.y + self.h
    }
}

/// A cell in a given hall.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub hall: Text,
    pub x: u32,
    pub y: u32,
}

/// A way into a hall from outside.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entrance {
    pub id: Text,
    pub name: Text,
    pub x: u32,
    pub y: u32,
    /// The entrance "you are here" starts from. One per venue at most.
    #[serde(default)]
    pub main: bool,
}

/// What kind of landmark it is; the plan's legend and directions use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LandmarkKind {
    Tribune,
    WelcomeDesk,
    Bar,
    Toilets,
    Exit,
    Cloakroom,
    Other,
}

/// A named place in a hall that is not a stand: tribune, welcome desk, bar…
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Landmark {
    pub id: Text,
    pub name: Text,
    pub kind: LandmarkKind,
    pub x: u32,
    pub y: u32,
    pub w: u32,
    pub h: u32,
    /// Whether people can walk through it (a welcome desk: no; a bar area: maybe).
    #[serde(default)]
    pub walkable: bool,
}

impl Landmark {
    pub fn rect(&self) -> Rect {
        Rect {
            x: self.x,
            y: self.y,
            w: self.w,
            h: self.h,
        }
    }
}

/// The side of a stand that faces its aisle, where a visitor stands to talk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    North,
    South,
    East,
    West,
}

/// Where a stand is: a rectangle of cells in a hall, approached from one side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StandLocation {
    pub hall: Text,
    pub x: u32,
    pub y: u32,
    pub w: u32,
    pub h: u32,
    pub approach: Side,
}

impl StandLocation {
    pub fn rect(&self) -> Rect {
        Rect {
            x: self.x,
            y: self.y,
            w: self.w,
            h: self.h,
        }
    }
}

/// What joins two halls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConnectionKind {
    Door,
    Stairs,
    Lift,
}

/// A door, stairway or lift joining a cell of one hall to a cell of another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Connection {
    pub id: Text,
    pub name: Text,
    pub kind: ConnectionKind,
    pub from: Point,
    pub to: Point,
    /// Walking length of the connection itself, in metres (stairs are longer than a door).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length_m: Option<f64>,
}
