//! On-site navigation: the walkable grid of a venue, walking routes between
//! places, directions in words, and a visit tour over starred stands.
//!
//! Pure core: nothing here touches the terminal or the file system.
//!
//! - [`grid`]: the venue turned, once per directory, into flat grids of cells.
//! - [`route`](mod@route): shortest walking paths (A*) and walking distances (Dijkstra).
//! - [`tree`]: every shortest path from one place, for many routes from it.
//! - [`directions`]: a path turned into steps, rendered in French or English.
//! - [`tour`]: starred stands ordered into a short walking tour.
//! - [`plan`]: what a visitor starred, visited, and where they are, per event.

pub mod directions;
mod distances;
pub mod grid;
pub mod plan;
mod radix;
mod render;
pub mod route;
#[cfg(test)]
mod testing;
pub mod tour;
pub mod tree;

use std::fmt;

use serde::Serialize;

use crate::lang::Lang;

pub use grid::{CellKind, VenueGrid};
pub use route::{Route, route};
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
}

impl RouteError {
    /// The message to show, in one line.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (RouteError::NoVenue, Lang::Fr) => "Ce répertoire n'a pas de plan des lieux.".into(),
            (RouteError::NoVenue, Lang::En) => "This directory has no venue layout.".into(),
            (RouteError::TooLarge { cells }, Lang::Fr) => format!(
                "Le plan est trop grand ({cells} cases, au plus {}).",
                grid::MAX_CELLS
            ),
            (RouteError::TooLarge { cells }, Lang::En) => format!(
                "The layout is too large ({cells} cells, at most {}).",
                grid::MAX_CELLS
            ),
            (RouteError::NoEntrance, Lang::Fr) => "Le plan n'a pas d'entrée.".into(),
            (RouteError::NoEntrance, Lang::En) => "The layout has no entrance.".into(),
            (RouteError::UnknownEntrance { entrance }, Lang::Fr) => {
                format!("Aucune entrée « {entrance} » sur le plan.")
            }
            (RouteError::UnknownEntrance { entrance }, Lang::En) => {
                format!("No entrance \u{201c}{entrance}\u{201d} on the layout.")
            }
            (RouteError::UnknownStand { stand }, Lang::Fr) => format!("Aucun stand {stand}."),
            (RouteError::UnknownStand { stand }, Lang::En) => format!("No stand {stand}."),
            (RouteError::NoLocation { stand }, Lang::Fr) => {
                format!("Le stand {stand} n'est pas placé sur le plan.")
            }
            (RouteError::NoLocation { stand }, Lang::En) => {
                format!("Stand {stand} is not on the layout.")
            }
            (RouteError::NotWalkable { cell }, Lang::Fr) => {
                format!("On ne peut pas marcher en ({}, {}).", cell.x, cell.y)
            }
            (RouteError::NotWalkable { cell }, Lang::En) => {
                format!("Cell ({}, {}) is not walkable.", cell.x, cell.y)
            }
            (RouteError::Unreachable { stand }, Lang::Fr) => {
                format!("Aucun chemin ne mène au stand {stand}.")
            }
            (RouteError::Unreachable { stand }, Lang::En) => {
                format!("No walking path leads to stand {stand}.")
            }
            (RouteError::UnreachablePlace { place }, Lang::Fr) => {
                format!("Aucun chemin ne mène à {place}.")
            }
            (RouteError::UnreachablePlace { place }, Lang::En) => {
                format!("No walking path leads to {place}.")
            }
        }
    }
}

impl fmt::Display for RouteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for RouteError {}
