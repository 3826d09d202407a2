//! What can be wrong with a directory file, as data: each problem is a
//! [`ProblemKind`] holding the values it names. Validation decides *what* is
//! wrong; `crate::i18n` (`en/directory.rs`, `fr/directory.rs`) says it.

use crate::i18n::{Lang, t};
use crate::json_error::JsonProblem;

/// The largest hall side, in cells, as messages name it.
pub use super::layout::MAX_HALL_CELLS;

/// A kind of thing a directory has ids for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Event,
    Organisation,
    Person,
    Hall,
    Landmark,
    Entrance,
    Connection,
    /// A room of the programme.
    Room,
    /// A talk of the programme.
    Talk,
}

/// The kind of place a talk names (`{"landmark": "tribune"}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TalkPlaceKind {
    Landmark,
    Hall,
    Room,
    Stand,
}

/// The two times of a talk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TalkTimeField {
    Start,
    End,
}

/// Something a message is about, named the way the file names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// An item by its id, or by its 0-based position when the id is blank.
    Named(Item, usize, String),
    /// A stand by its number, or by its 0-based position when it is blank.
    Stand(usize, String),
    /// A wall of a hall, by its 0-based position.
    Wall(usize),
    /// Any wall, as the thing covering a place ("a wall").
    AWall,
}

/// A text field that must not be blank when present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    ShortName,
    Title,
    Role,
}

/// Width or height.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    Width,
    Height,
}

/// A hall and the cells it spans, for "outside hall "main" (x 0-9, y 0-5)".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HallExtent {
    pub id: String,
    pub last_x: u32,
    pub last_y: u32,
}

/// A point checked to lie on free floor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Entrance {
        who: Subject,
        x: u32,
        y: u32,
    },
    /// One end of a connection: `start` for its `from`, else its `to`.
    ConnectionEnd {
        who: Subject,
        start: bool,
        x: u32,
        y: u32,
    },
}

/// The side a stand is approached from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compass {
    North,
    South,
    East,
    West,
}

/// Every problem validation or loading can find.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    NotUtf8,
    NotAJsonObject,
    NoFormat,
    /// `format` is the value as written in JSON (quoted when a string).
    NotADirectory {
        format: String,
    },
    UnsupportedVersion {
        version: String,
    },
    /// serde_json could not read the file (`crate::json_error`).
    Json(JsonProblem),
    EmptyId(Item),
    InvalidId(Item, String),
    DuplicateId(Item, String),
    /// Landmarks, entrances and connections share one id space.
    DuplicatePlaceId(String),
    EmptyEventName,
    InvalidDate(String),
    EmptyField(Subject, Field),
    EmptyAlias(Subject),
    EmptyTheme(Subject),
    UnknownParent(Subject, String),
    /// The organisation, and the ids of the cycle from it back to it.
    OwnAncestor(Subject, Vec<String>),
    EmptyStandNumber,
    NumberSpaces(String),
    DuplicateStandNumber(Subject),
    NoOrganisation(Subject),
    UnknownOrganisation(Subject, String),
    OrganisationTwice(Subject, String),
    WorksForUnknownOrganisation(Subject, String),
    AtUnknownStand(Subject, String),
    LocationWithoutVenue(Subject),
    NoHall,
    /// A hall with no entrance, that no chain of connections joins to a
    /// hall with one: nobody can walk into it.
    HallUnreachable(Subject),
    InUnknownHall(Subject, String),
    SecondMainEntrance(Subject),
    BadLength(Subject, f64),
    EndInUnknownHall {
        who: Subject,
        start: bool,
        hall: String,
    },
    BadHallSize(Subject, Dimension, u32),
    BadMetresPerCell(Subject, f64),
    PointOutside(Place, HallExtent),
    PointCovered(Place, Subject),
    Overlaps(Subject, Subject),
    ApproachOutside {
        stand: Subject,
        side: Compass,
        x: i64,
        y: i64,
        hall: HallExtent,
    },
    ApproachBlocked {
        stand: Subject,
        side: Compass,
        x: i64,
        y: i64,
        by: Subject,
    },
    ZeroSize(Subject, Dimension),
    /// A rectangle reaching past its hall; `xs`/`ys` read `3` or `3-5`.
    ExtendsOutside {
        what: Subject,
        xs: String,
        ys: String,
        hall: HallExtent,
    },
    /// A talk's `start` or `end` that is not RFC 3339 with an offset.
    BadTalkTime(Subject, TalkTimeField, String),
    /// A talk with an `end` and no `start`.
    EndWithoutStart(Subject),
    /// A talk that ends at or before it starts.
    EndNotAfterStart(Subject),
    /// A talk at a place the directory does not have.
    UnknownTalkPlace(Subject, TalkPlaceKind, String),
    /// A speaker naming a person the directory does not have.
    UnknownSpeaker(Subject, String),
    /// A speaker with neither a `name` nor a `person`.
    SpeakerWithoutName(Subject),
    /// A talk naming an organisation the directory does not have.
    TalkUnknownOrganisation(Subject, String),
    /// A talk at the same place as another one at the same time (the
    /// later, then the earlier).
    TalksOverlap(Subject, Subject),
}

/// How the line of another value is added to a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeeLabel {
    /// `(first at line N)`: the first of duplicates.
    FirstAt,
    /// `(the first is at line N)`: the first main entrance.
    TheFirstIsAt,
    /// `(line N)`: what something overlaps or lies in.
    Line,
}

/// A problem and, when it refers to another value, where that one is.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub kind: ProblemKind,
    pub see: Option<(SeeLabel, usize)>,
}

impl ProblemKind {
    pub fn text(&self, lang: Lang) -> String {
        (t(lang).directory.problem)(self)
    }
}

impl Message {
    pub fn text(&self, lang: Lang) -> String {
        let mut text = self.kind.text(lang);
        if let Some((label, line)) = self.see {
            let see = (t(lang).directory.see)(label, line);
            text.push_str(&format!(" ({see})"));
        }
        text
    }
}

/// Why a directory file could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IoReason {
    NotFound,
    PermissionDenied,
    /// The system's own wording, in English (rare: disk errors and the like).
    Other(String),
}

impl IoReason {
    pub fn from_io(e: &std::io::Error) -> IoReason {
        match e.kind() {
            std::io::ErrorKind::NotFound => IoReason::NotFound,
            std::io::ErrorKind::PermissionDenied => IoReason::PermissionDenied,
            _ => IoReason::Other(e.to_string()),
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        (t(lang).directory.io)(self)
    }
}
