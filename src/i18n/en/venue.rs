//! Routes and directions in English. `venue::directions::render` puts the
//! pieces together.

use crate::directory::{ConnectionKind, LandmarkKind};
use crate::i18n::VenueTexts;
use crate::venue::directions::{Near, RelativeSide, Step, Turn};
use crate::venue::{Endpoint, RouteError, grid};

pub(super) const VENUE: VenueTexts = VenueTexts {
    and: " and ",
    then: ", then ",
    before_arrival: "; ",
    decimal_mark: ".",
    illustrative_plan: "Illustrative plan: made-up layout and stand numbers",
    route_error,
    start,
    set_off,
    towards,
    step,
    arrival,
    destination,
    summary: |distance, time| format!("{distance}, about {time} on foot"),
};

fn route_error(error: &RouteError) -> String {
    match error {
        RouteError::NoVenue => "This directory has no venue layout.".into(),
        RouteError::TooLarge { cells } => format!(
            "The layout is too large ({cells} cells, at most {}).",
            grid::MAX_CELLS
        ),
        RouteError::NoEntrance => "The layout has no entrance.".into(),
        RouteError::UnknownEntrance { entrance } => {
            format!("No entrance \u{201c}{entrance}\u{201d} on the layout.")
        }
        RouteError::UnknownStand { stand } => format!("No stand {stand}."),
        RouteError::NoLocation { stand } => format!("Stand {stand} is not on the layout."),
        RouteError::NotWalkable { cell } => {
            format!("Cell ({}, {}) is not walkable.", cell.x, cell.y)
        }
        RouteError::Unreachable { stand } => format!("No walking path leads to stand {stand}."),
        RouteError::UnreachablePlace { place } => format!("No walking path leads to {place}."),
        RouteError::UnknownLandmark { landmark } => {
            format!("No landmark \u{201c}{landmark}\u{201d} on the layout.")
        }
        RouteError::UnknownHall { hall } => {
            format!("No hall \u{201c}{hall}\u{201d} on the layout.")
        }
        RouteError::UnreachableLandmark { landmark } => {
            format!("No walking path leads to \u{201c}{landmark}\u{201d}.")
        }
        RouteError::UnreachableHall { hall } => {
            format!("No walking path leads into the hall \u{201c}{hall}\u{201d}.")
        }
    }
}

fn start(from: &Endpoint) -> String {
    match from {
        Endpoint::Entrance { main: true, .. } => "from the main entrance".into(),
        Endpoint::Entrance { name, .. } => format!("from the entrance \u{201c}{name}\u{201d}"),
        Endpoint::Stand { number } => format!("from stand {number}"),
        Endpoint::Landmark { name, landmark, .. } => format!("from {}", the(name, *landmark)),
        Endpoint::Hall { name, .. } => format!("from the hall \u{201c}{name}\u{201d}"),
        Endpoint::Cell { .. } => "from where you are".into(),
    }
}

/// "to the tribune", "to stand B1": where a walk leads.
fn destination(to: &Endpoint) -> String {
    match to {
        Endpoint::Entrance { main: true, .. } => "to the main entrance".into(),
        Endpoint::Entrance { name, .. } => format!("to the entrance \u{201c}{name}\u{201d}"),
        Endpoint::Stand { number } => format!("to stand {number}"),
        Endpoint::Landmark { name, landmark, .. } => format!("to {}", the(name, *landmark)),
        Endpoint::Hall { name, .. } => format!("to the hall \u{201c}{name}\u{201d}"),
        Endpoint::Cell { hall, x, y } => format!("to {hall} ({x}, {y})"),
    }
}

/// "the tribune": a landmark named by its kind, in the reader's language.
fn the(name: &str, landmark: LandmarkKind) -> String {
    match landmark {
        LandmarkKind::Tribune => "the tribune".into(),
        LandmarkKind::WelcomeDesk => "the welcome desk".into(),
        LandmarkKind::Bar => "the bar".into(),
        LandmarkKind::Toilets => "the toilets".into(),
        LandmarkKind::Exit => "the exit".into(),
        LandmarkKind::Cloakroom => "the cloakroom".into(),
        LandmarkKind::Other => format!("\u{201c}{name}\u{201d}"),
    }
}

fn set_off(stand: &str, side: RelativeSide) -> String {
    match side {
        RelativeSide::Left => format!("with stand {stand} on your left"),
        RelativeSide::Right => format!("with stand {stand} on your right"),
        RelativeSide::Ahead => format!("facing stand {stand}"),
        RelativeSide::Behind => format!("with stand {stand} behind you"),
    }
}

/// " towards the bar", " towards stand C2"…
fn towards(near: &Near) -> String {
    let what = match near {
        Near::Stand { number } => format!("stand {number}"),
        Near::Landmark { name, landmark } => match landmark {
            LandmarkKind::Tribune => "the tribune".into(),
            LandmarkKind::WelcomeDesk => "the welcome desk".into(),
            LandmarkKind::Bar => "the bar".into(),
            LandmarkKind::Toilets => "the toilets".into(),
            LandmarkKind::Exit => "the exit".into(),
            LandmarkKind::Cloakroom => "the cloakroom".into(),
            LandmarkKind::Other => format!("\u{201c}{name}\u{201d}"),
        },
        Near::Entrance { main: true, .. } => "the main entrance".into(),
        Near::Entrance { name, .. } => format!("the entrance \u{201c}{name}\u{201d}"),
    };
    format!(" towards {what}")
}

fn step(step: &Step) -> String {
    match step {
        Step::Walk { metres } => format!("walk {metres} m"),
        Step::Turn { turn, near } => {
            let verb = match turn {
                Turn::Left => "turn left",
                Turn::Right => "turn right",
                Turn::Back => "turn around",
            };
            match near {
                Some(near) => format!("{verb} {}", at(near)),
                None => verb.to_string(),
            }
        }
        Step::Connection { kind, name, hall } => {
            let what = match kind {
                ConnectionKind::Door => "go through the door",
                ConnectionKind::Stairs => "take the stairs",
                ConnectionKind::Lift => "take the lift",
            };
            match name.is_empty() {
                true => format!("{what} to {hall}"),
                false => format!("{what} \u{201c}{name}\u{201d} to {hall}"),
            }
        }
        Step::Start { .. } | Step::SetOff { .. } | Step::Arrive { .. } => String::new(),
    }
}

/// "at stand B4", "at the bar"… Landmarks are named by their kind, in the
/// reader's language, since their names are in the directory's language.
fn at(near: &Near) -> String {
    match near {
        Near::Stand { number } => format!("at stand {number}"),
        Near::Landmark { name, landmark } => match landmark {
            LandmarkKind::Tribune => "at the tribune".into(),
            LandmarkKind::WelcomeDesk => "at the welcome desk".into(),
            LandmarkKind::Bar => "at the bar".into(),
            LandmarkKind::Toilets => "at the toilets".into(),
            LandmarkKind::Exit => "at the exit".into(),
            LandmarkKind::Cloakroom => "at the cloakroom".into(),
            LandmarkKind::Other => format!("near \u{201c}{name}\u{201d}"),
        },
        Near::Entrance { main: true, .. } => "at the main entrance".into(),
        Near::Entrance { name, .. } => format!("at the entrance \u{201c}{name}\u{201d}"),
    }
}

fn arrival(to: &Endpoint, side: Option<RelativeSide>) -> String {
    match to {
        Endpoint::Stand { number } => match side {
            Some(RelativeSide::Left) => format!("stand {number} is on your left"),
            Some(RelativeSide::Right) => format!("stand {number} is on your right"),
            Some(RelativeSide::Ahead) => format!("stand {number} is straight ahead"),
            Some(RelativeSide::Behind) => format!("stand {number} is behind you"),
            None => format!("you are at stand {number}"),
        },
        Endpoint::Entrance { main: true, .. } => "you are at the main entrance".into(),
        Endpoint::Entrance { name, .. } => {
            format!("you are at the entrance \u{201c}{name}\u{201d}")
        }
        Endpoint::Landmark { name, landmark, .. } => format!("you are at {}", the(name, *landmark)),
        Endpoint::Hall { name, .. } => format!("you are in the hall \u{201c}{name}\u{201d}"),
        Endpoint::Cell { .. } => "you have arrived".into(),
    }
}
