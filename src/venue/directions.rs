//! Directions in words: a path turned into steps, then into a sentence.
//!
//! The path is cut into straight runs; each change of heading is a turn, left
//! or right, named after the nearest stand or landmark at the corner. The
//! steps are data ([`Step`]), so the TUI can draw them its own way; [`render`]
//! writes them as one French or English sentence.

use serde::Serialize;

use super::grid::{StandSpot, VenueGrid};
use super::route::{HEADINGS, Route, is_neighbour};
use super::{Cell, Endpoint};
use crate::directory::{ConnectionKind, LandmarkKind, Rect, Side};

/// Which way to turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Turn {
    Left,
    Right,
    Back,
}

/// Where something is, seen by someone walking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RelativeSide {
    Left,
    Right,
    Ahead,
    Behind,
}

/// What a turn is named after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Near {
    Stand {
        number: String,
    },
    Landmark {
        name: String,
        landmark: LandmarkKind,
    },
}

/// One step of the directions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    Start {
        from: Endpoint,
    },
    Walk {
        metres: u32,
    },
    Turn {
        turn: Turn,
        near: Option<Near>,
    },
    /// Through a door, up or down stairs, into a lift, to another hall.
    Connection {
        kind: ConnectionKind,
        name: String,
        hall: String,
    },
    /// `side`: where the stand is once there; `None` when there is no
    /// heading to tell (no walk), or the destination is not a stand.
    Arrive {
        to: Endpoint,
        side: Option<RelativeSide>,
    },
}

/// How far from a corner (Manhattan, in cells) a stand or landmark may be to
/// name the turn.
const NAMING_RADIUS: u32 = 2;

/// The steps of `route`: start, runs and turns, connections, arrival.
pub fn steps(grid: &VenueGrid, route: &Route) -> Vec<Step> {
    let mut steps = vec![Step::Start {
        from: route.from.clone(),
    }];
    let excluded: Vec<&str> = [&route.from, &route.to]
        .into_iter()
        .filter_map(|e| match e {
            Endpoint::Stand { number } => Some(number.as_str()),
            _ => None,
        })
        .collect();
    let mut heading: Option<usize> = None;
    let mut run_m = 0.0;
    for pair in route.path.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if is_neighbour(a, b) {
            let next = heading_of(a, b);
            if let Some(current) = heading.filter(|&h| h != next) {
                flush_walk(&mut steps, &mut run_m);
                let turn = turn_between(current, next);
                let near = nearest_name(grid, a, current, turn, &excluded);
                steps.push(Step::Turn { turn, near });
            }
            heading = Some(next);
            run_m += grid.hall(a.hall).metres_per_cell;
        } else {
            flush_walk(&mut steps, &mut run_m);
            let (kind, name) = grid
                .link_between(a, b)
                .map_or((ConnectionKind::Door, String::new()), |l| {
                    (l.kind, l.name.clone())
                });
            steps.push(Step::Connection {
                kind,
                name,
                hall: grid.hall(b.hall).name.clone(),
            });
            heading = None;
        }
    }
    flush_walk(&mut steps, &mut run_m);
    let side = match (&route.to, heading, route.path.last()) {
        (Endpoint::Stand { number }, Some(h), Some(&end)) => grid
            .stand(number)
            .map(|spot| relative_side(h, direction_to_stand(spot, end))),
        _ => None,
    };
    steps.push(Step::Arrive {
        to: route.to.clone(),
        side,
    });
    steps
}

fn flush_walk(steps: &mut Vec<Step>, run_m: &mut f64) {
    if *run_m > 0.0 {
        let metres = (run_m.round() as u32).max(1);
        steps.push(Step::Walk { metres });
    }
    *run_m = 0.0;
}

fn heading_of(a: Cell, b: Cell) -> usize {
    let d = (b.x as i64 - a.x as i64, b.y as i64 - a.y as i64);
    HEADINGS
        .iter()
        .position(|&(dx, dy)| (i64::from(dx), i64::from(dy)) == d)
        .unwrap_or(0)
}

/// y grows south, so the usual cross product flips: negative is a left turn.
fn turn_between(from: usize, to: usize) -> Turn {
    let (fx, fy) = HEADINGS[from];
    let (tx, ty) = HEADINGS[to];
    match fx * ty - fy * tx {
        c if c < 0 => Turn::Left,
        c if c > 0 => Turn::Right,
        _ => Turn::Back,
    }
}

fn relative_side(heading: usize, (vx, vy): (i32, i32)) -> RelativeSide {
    let (hx, hy) = HEADINGS[heading];
    let cross = hx * vy - hy * vx;
    let dot = hx * vx + hy * vy;
    if cross < 0 {
        RelativeSide::Left
    } else if cross > 0 {
        RelativeSide::Right
    } else if dot >= 0 {
        RelativeSide::Ahead
    } else {
        RelativeSide::Behind
    }
}

/// From the cell in front of a stand, the direction of the stand: the
/// opposite of the side it is approached from (when `end` is that cell).
fn direction_to_stand(spot: &StandSpot, end: Cell) -> (i32, i32) {
    if spot.target != Some(end) {
        return toward_rect(end, spot.rect);
    }
    match spot.approach {
        Side::North => (0, 1),
        Side::South => (0, -1),
        Side::West => (1, 0),
        Side::East => (-1, 0),
    }
}

/// The signs of the offset from `cell` to the nearest cell of `rect`.
fn toward_rect(cell: Cell, rect: Rect) -> (i32, i32) {
    let axis = |v: u32, start: u32, len: u32| {
        if v < start {
            1
        } else if v >= start + len {
            -1
        } else {
            0
        }
    };
    (axis(cell.x, rect.x, rect.w), axis(cell.y, rect.y, rect.h))
}

fn distance_to_rect(cell: Cell, rect: Rect) -> u32 {
    let axis = |v: u32, start: u32, len: u32| {
        if v < start {
            start - v
        } else if v >= start + len {
            v - (start + len - 1)
        } else {
            0
        }
    };
    axis(cell.x, rect.x, rect.w) + axis(cell.y, rect.y, rect.h)
}

/// The stand or landmark to name a turn at `corner` by: the nearest one; on a
/// tie, one on the inside of the turn (what a walker sees at the corner), then
/// a stand rather than a landmark, then the first in the directory.
fn nearest_name(
    grid: &VenueGrid,
    corner: Cell,
    heading: usize,
    turn: Turn,
    excluded: &[&str],
) -> Option<Near> {
    let (hx, hy) = HEADINGS[heading];
    let inside = match turn {
        Turn::Left => (hy, -hx),
        Turn::Right => (-hy, hx),
        Turn::Back => (0, 0),
    };
    let rank = |rect: Rect, landmark: bool| {
        let d = distance_to_rect(corner, rect);
        let (vx, vy) = toward_rect(corner, rect);
        let on_inside = vx * inside.0 + vy * inside.1 > 0;
        (d <= NAMING_RADIUS).then_some((d, !on_inside, landmark))
    };
    let stands = grid
        .stands_in(corner.hall)
        .filter(|s| !excluded.contains(&s.number.as_str()))
        .filter_map(|s| {
            Some((
                rank(s.rect, false)?,
                Near::Stand {
                    number: s.number.clone(),
                },
            ))
        });
    let landmarks = grid
        .landmarks
        .iter()
        .filter(|l| l.hall == corner.hall)
        .filter_map(|l| {
            let near = Near::Landmark {
                name: l.name.clone(),
                landmark: l.kind,
            };
            Some((rank(l.rect, true)?, near))
        });
    // min_by_key keeps the first of equals: directory order breaks ties.
    stands
        .chain(landmarks)
        .min_by_key(|(r, _)| *r)
        .map(|(_, near)| near)
}

pub use super::render::{format_distance, format_duration, render, render_summary};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::venue::testing::directory_from_art;
    use crate::venue::{Place, route};

    const NORTH: usize = 0;
    const EAST: usize = 1;
    const SOUTH: usize = 2;
    const WEST: usize = 3;

    #[test]
    fn left_and_right_with_y_growing_south() {
        assert_eq!(turn_between(NORTH, WEST), Turn::Left);
        assert_eq!(turn_between(NORTH, EAST), Turn::Right);
        assert_eq!(turn_between(EAST, SOUTH), Turn::Right);
        assert_eq!(turn_between(SOUTH, EAST), Turn::Left);
        assert_eq!(turn_between(WEST, SOUTH), Turn::Left);
        assert_eq!(turn_between(WEST, EAST), Turn::Back);
        // Walking south, the east is on the left.
        assert_eq!(relative_side(SOUTH, (1, 0)), RelativeSide::Left);
        assert_eq!(relative_side(NORTH, (1, 0)), RelativeSide::Right);
        assert_eq!(relative_side(EAST, (1, 0)), RelativeSide::Ahead);
        assert_eq!(relative_side(EAST, (-1, 0)), RelativeSide::Behind);
    }

    #[test]
    fn a_turn_by_a_landmark_is_named_after_its_kind() {
        // From the entrance south, then east at the desk, to stand B1 (north side).
        let directory = directory_from_art(
            &[
                "@.#...", //
                ".**...", ".**...", "......", "....BB",
            ],
            &[('B', crate::directory::Side::North)],
        );
        let grid = VenueGrid::build(&directory).unwrap();
        let r = route(&grid, &Place::MainEntrance, &Place::Stand("B1".into())).unwrap();
        let steps = steps(&grid, &r);
        assert_eq!(
            render(&steps, Lang::En),
            "From the main entrance, walk 3 m, then turn left at the welcome desk and walk 4 m; \
             stand B1 is on your right."
        );
        assert_eq!(
            render(&steps, Lang::Fr),
            "Depuis l'entrée principale, avancez de 3 m, puis tournez à gauche à l'accueil \
             et avancez de 4 m ; le stand B1 est à votre droite."
        );
    }
}
