//! Routes and directions: every error, start, step and arrival in both
//! languages.

use super::*;
use crate::directory::{ConnectionKind, LandmarkKind};
use crate::venue::Cell;
use crate::venue::directions::{Near, Turn};

/// One of each route error; `number_of` has no catch-all arm, so a new
/// variant does not compile until it is numbered, then fails until it has a
/// sample here.
fn route_errors() -> Vec<RouteError> {
    let s = |v: &str| v.to_string();
    vec![
        RouteError::NoVenue,
        RouteError::TooLarge { cells: 10 },
        RouteError::NoEntrance,
        RouteError::UnknownEntrance { entrance: s("e") },
        RouteError::UnknownStand { stand: s("A1") },
        RouteError::NoLocation { stand: s("A1") },
        RouteError::NotWalkable {
            cell: Cell {
                hall: 0,
                x: 1,
                y: 2,
            },
        },
        RouteError::Unreachable { stand: s("A1") },
        RouteError::UnreachablePlace { place: s("e") },
        RouteError::UnknownLandmark { landmark: s("t") },
        RouteError::UnknownHall { hall: s("h") },
        RouteError::UnreachableLandmark { landmark: s("t") },
        RouteError::UnreachableHall { hall: s("h") },
    ]
}

fn number_of(error: &RouteError) -> usize {
    match error {
        RouteError::NoVenue => 0,
        RouteError::TooLarge { .. } => 1,
        RouteError::NoEntrance => 2,
        RouteError::UnknownEntrance { .. } => 3,
        RouteError::UnknownStand { .. } => 4,
        RouteError::NoLocation { .. } => 5,
        RouteError::NotWalkable { .. } => 6,
        RouteError::Unreachable { .. } => 7,
        RouteError::UnreachablePlace { .. } => 8,
        RouteError::UnknownLandmark { .. } => 9,
        RouteError::UnknownHall { .. } => 10,
        RouteError::UnreachableLandmark { .. } => 11,
        RouteError::UnreachableHall { .. } => 12,
    }
}

#[test]
fn every_route_error_reads_differently_in_french_and_english() {
    let mut numbers: Vec<usize> = route_errors().iter().map(number_of).collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (0..=12).collect::<Vec<_>>());
    assert_translated(&route_errors(), RouteError::message);
}

fn endpoints() -> [Endpoint; 7] {
    let entrance = |main| Endpoint::Entrance {
        id: "e".into(),
        name: "Nord".into(),
        main,
    };
    [
        entrance(true),
        entrance(false),
        Endpoint::Stand {
            number: "B1".into(),
        },
        Endpoint::Cell {
            hall: "main".into(),
            x: 1,
            y: 2,
        },
        Endpoint::Landmark {
            id: "tribune".into(),
            name: "Tribune".into(),
            landmark: LandmarkKind::Tribune,
        },
        Endpoint::Landmark {
            id: "zelt".into(),
            name: "Zelt".into(),
            landmark: LandmarkKind::Other,
        },
        Endpoint::Hall {
            id: "h".into(),
            name: "Halle".into(),
        },
    ]
}

#[test]
fn every_step_reads_differently_in_french_and_english() {
    let venue = |lang| &t(lang).venue;
    assert_translated(&endpoints(), |from, l| (venue(l).start)(from));
    assert_translated(&endpoints(), |to, l| (venue(l).destination)(to));
    let sides = [
        None,
        Some(RelativeSide::Left),
        Some(RelativeSide::Right),
        Some(RelativeSide::Ahead),
        Some(RelativeSide::Behind),
    ];
    for to in endpoints() {
        assert_translated(&sides, |&side, l| (venue(l).arrival)(&to, side));
    }
    let landmarks = [
        LandmarkKind::Tribune,
        LandmarkKind::WelcomeDesk,
        LandmarkKind::Bar,
        LandmarkKind::Toilets,
        LandmarkKind::Exit,
        LandmarkKind::Cloakroom,
        LandmarkKind::Other,
    ];
    let mut steps = vec![Step::Walk { metres: 3 }];
    for turn in [Turn::Left, Turn::Right, Turn::Back] {
        steps.push(Step::Turn { turn, near: None });
        let near = Some(Near::Stand {
            number: "B1".into(),
        });
        steps.push(Step::Turn { turn, near });
    }
    let mut nears = vec![Near::Stand {
        number: "B1".into(),
    }];
    for landmark in landmarks {
        let name = "Zeltbar".into();
        nears.push(Near::Landmark { name, landmark });
    }
    for main in [true, false] {
        let name = "Nord".into();
        nears.push(Near::Entrance { name, main });
    }
    for near in &nears {
        steps.push(Step::Turn {
            turn: Turn::Left,
            near: Some(near.clone()),
        });
    }
    assert_translated(&nears, |near, l| (venue(l).towards)(near));
    let sides = [
        RelativeSide::Left,
        RelativeSide::Right,
        RelativeSide::Ahead,
        RelativeSide::Behind,
    ];
    assert_translated(&sides, |&side, l| (venue(l).set_off)("B6", side));
    for kind in [
        ConnectionKind::Door,
        ConnectionKind::Stairs,
        ConnectionKind::Lift,
    ] {
        for name in ["", "B"] {
            let (name, hall) = (name.into(), "Annexe".into());
            steps.push(Step::Connection { kind, name, hall });
        }
    }
    assert_translated(&steps, |step, l| (venue(l).step)(step));
    assert_all_translated(&[("summary", &|l| (venue(l).summary)("45 m", "40 s"))]);
}
