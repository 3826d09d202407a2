//! On-site navigation: the walkable grid of a venue, walking routes between
//! places, directions in words, and a visit tour over starred stands.
//!
//! Pure core: nothing here touches the terminal or the file system.
//!
//! - [`grid`]: the venue turned, once per directory, into flat grids of cells.
//! - [`route`](mod@route): shortest walking paths (A*) and walking distances
//!   between many places (a search of each place's hall, joined through the
//!   doors, stairs and lifts).
//! - [`tree`]: every shortest path from one place, for many routes from it.
//! - [`directions`]: a path turned into steps, rendered in French or English.
//! - [`tour`]: starred stands ordered into a short walking tour.
//! - [`day`]: the day plan, starred stands in the gaps between starred talks.
//! - [`plan`]: what a visitor starred, visited, and where they are, per event.

pub mod day;
pub mod directions;
mod distances;
pub mod grid;
pub mod plan;
mod radix;
mod render;
pub mod route;
pub mod talks;
#[cfg(test)]
mod testing;
pub mod tour;
pub mod tree;

use std::fmt;

use serde::Serialize;

use crate::i18n::{Lang, t};

pub use grid::{CellKind, VenueGrid};
pub use route::{Route, route};
pub use talks::talk_place;
pub use tree::PathTree;

/// A cell of the venue: `hall` is the index of the hall in `venue.halls`
/// (see [`VenueGrid::hall`] for its id and name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cell {
    pub hall: usize,
    pub x: u32,
    pub y: u32,
}

/// Where a route starts or ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The main entrance (or the first entrance when none is marked main).
    MainEntrance,
    /// An entrance, by id.
    Entrance(String),
    /// A stand, by number: the cell in front of its approach side.
    Stand(String),
    /// A landmark, by id (the tribune): a free cell inside it when people
    /// walk through it, else the free cell next to it nearest its middle.
    Landmark(String),
    /// A hall, by id: its main (or first) entrance, else the end of a door
    /// into it, else a free cell near its middle.
    Hall(String),
    /// Any walkable cell ("you are here" on the plan).
    Cell(Cell),
}

impl Place {
    /// "You are here" as the plan state records it: a stand, or the main
    /// entrance when none is set.
    pub fn here(position: Option<&str>) -> Place {
        position.map_or(Place::MainEntrance, |stand| Place::Stand(stand.to_string()))
    }
}

/// A place once found in the venue, as routes and directions name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Endpoint {
    Entrance {
        id: String,
        name: String,
        main: bool,
    },
    Stand {
        number: String,
    },
    /// A landmark (a talk at the tribune); `landmark` is its kind, which
    /// names it in the reader's language.
    Landmark {
        id: String,
        name: String,
        landmark: crate::directory::LandmarkKind,
    },
    /// A hall (a talk in a hall, or in a room of that hall).
    Hall {
        id: String,
        name: String,
    },
    Cell {
        hall: String,
        x: u32,
        y: u32,
    },
}

/// Why no route could be found. Never a panic: every case is one of these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RouteError {
    /// The directory has no venue layout.
    NoVenue,
    /// The halls have more cells than [`grid::MAX_CELLS`].
    TooLarge { cells: u64 },
    /// The venue has no entrance to start from.
    NoEntrance,
    /// No entrance has this id.
    UnknownEntrance { entrance: String },
    /// No stand has this number.
    UnknownStand { stand: String },
    /// The stand is not placed on the plan (no location, unknown hall, or no
    /// free cell in front of it).
    NoLocation { stand: String },
    /// The cell is outside every hall, or not walkable.
    NotWalkable { cell: Cell },
    /// No walkable path leads to the stand.
    Unreachable { stand: String },
    /// No walkable path leads to this place (an entrance or a cell), by name.
    UnreachablePlace { place: String },
    /// No landmark has this id.
    UnknownLandmark { landmark: String },
    /// No hall has this id.
    UnknownHall { hall: String },
    /// No walking path leads to the landmark (by name), or no free cell is
    /// next to it.
    UnreachableLandmark { landmark: String },
    /// No walking path leads into the hall (by name).
    UnreachableHall { hall: String },
}

impl RouteError {
    /// The message to show, in one line.
    pub fn message(&self, lang: Lang) -> String {
        (t(lang).venue.route_error)(self)
    }
}

impl fmt::Display for RouteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for RouteError {}
