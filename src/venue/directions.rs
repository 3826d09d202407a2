//! Directions in words: a path turned into steps, then into a sentence.
//!
//! The path is cut into straight runs; each change of heading is a turn, left
//! or right, named after the nearest stand or landmark at the corner. A route
//! that starts at a stand first says which way to set off: where that stand
//! is (behind you, on your left…) and what you walk towards, something a
//! person can see (a landmark, an entrance, or the stand ahead). The steps
//! are data ([`Step`]), so the TUI can draw them its own way; [`render`]
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

/// What a turn is named after, or what one sets off towards.
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
    /// Only to set off towards (turns are named after stands and landmarks).
    Entrance {
        name: String,
        main: bool,
    },
}

/// One step of the directions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    Start {
        from: Endpoint,
    },
    /// Leaving stand `stand`: where it is as you set off (`behind` when you
    /// walk away from its front, `left` or `right` along it), and what lies
    /// ahead that way, if anything a person can see does.
    SetOff {
        stand: String,
        side: RelativeSide,
        towards: Option<Near>,
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

/// The steps of `route`: start, which way to set off (from a stand), runs
/// and turns, connections, arrival.
pub fn steps(grid: &VenueGrid, route: &Route) -> Vec<Step> {
    let mut steps = vec![Step::Start {
        from: route.from.clone(),
    }];
    steps.extend(set_off(grid, route));
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

/// Which way to set off from the stand `route` starts at: `None` when it
/// starts elsewhere, goes nowhere, or first takes a door or stairs.
fn set_off(grid: &VenueGrid, route: &Route) -> Option<Step> {
    let Endpoint::Stand { number } = &route.from else {
        return None;
    };
    let spot = grid.stand(number)?;
    let (&start, rest) = route.path.split_first()?;
    let &next = rest.first().filter(|&&next| is_neighbour(start, next))?;
    let heading = heading_of(start, next);
    let side = relative_side(heading, direction_to_stand(spot, start));
    // One cannot walk into the stand one leaves; never say "ahead".
    if side == RelativeSide::Ahead {
        return None;
    }
    let run = route
        .path
        .windows(2)
        .take_while(|w| is_neighbour(w[0], w[1]) && heading_of(w[0], w[1]) == heading)
        .count() as u32;
    Some(Step::SetOff {
        stand: number.clone(),
        side,
        towards: towards(grid, start, heading, run, number, &route.to),
    })
}

/// What a person leaving `start` along `heading` for `run` cells walks
/// towards: something that lies ahead, no nearer than the end of the run
/// (less [`NAMING_RADIUS`]), and no further to the side than
/// [`NAMING_RADIUS`] or half its distance ahead (far things are seen from
/// further aside). The destination first, when it lies that way; then a
/// landmark or an entrance (they are what people look for); then a stand;
/// the one most straight ahead, then the nearest, then the first in the
/// directory. Never the stand left (`leaving`).
fn towards(
    grid: &VenueGrid,
    start: Cell,
    heading: usize,
    run: u32,
    leaving: &str,
    destination: &Endpoint,
) -> Option<Near> {
    let class = |near: &Near, otherwise: u8| {
        let is_destination = match (near, destination) {
            (Near::Stand { number }, Endpoint::Stand { number: to }) => number == to,
            (
                Near::Entrance { name, main },
                Endpoint::Entrance {
                    name: to, main: m, ..
                },
            ) => name == to && main == m,
            _ => false,
        };
        if is_destination { 0 } else { otherwise }
    };
    let (hx, hy) = HEADINGS[heading];
    let place = |rect: Rect| {
        let (dx, dy) = offset_to_rect(start, rect);
        let ahead = dx * hx + dy * hy;
        let aside = (dx * hy - dy * hx).unsigned_abs();
        let ahead = u32::try_from(ahead).ok().filter(|&a| a >= 1)?;
        let far_enough = ahead + NAMING_RADIUS >= run;
        let in_sight = aside <= NAMING_RADIUS.max(ahead / 2);
        (far_enough && in_sight).then_some((aside, ahead))
    };
    let landmarks = grid
        .landmarks
        .iter()
        .filter(|l| l.hall == start.hall)
        .filter_map(|l| {
            let near = Near::Landmark {
                name: l.name.clone(),
                landmark: l.kind,
            };
            Some(((1, place(l.rect)?), near))
        });
    let entrances = grid
        .entrances
        .iter()
        .filter(|e| e.cell.hall == start.hall)
        .filter_map(|e| {
            let cell = Rect {
                x: e.cell.x,
                y: e.cell.y,
                w: 1,
                h: 1,
            };
            let near = Near::Entrance {
                name: e.name.clone(),
                main: e.main,
            };
            Some(((class(&near, 1), place(cell)?), near))
        });
    let stands = grid
        .stands_in(start.hall)
        .filter(|s| grid.number(s) != leaving)
        .filter_map(|s| {
            let near = Near::Stand {
                number: grid.number(s).to_string(),
            };
            Some(((class(&near, 2), place(s.rect)?), near))
        });
    // min_by_key keeps the first of equals: directory order breaks ties.
    landmarks
        .chain(entrances)
        .chain(stands)
        .min_by_key(|(rank, _)| *rank)
        .map(|(_, near)| near)
}

/// The offset from `cell` to the nearest cell of `rect`.
fn offset_to_rect(cell: Cell, rect: Rect) -> (i32, i32) {
    let axis = |v: u32, start: u32, len: u32| {
        let (v, start, end) = (
            i64::from(v),
            i64::from(start),
            i64::from(start) + i64::from(len) - 1,
        );
        let d = if v < start {
            start - v
        } else if v > end {
            end - v
        } else {
            0
        };
        d.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32
    };
    (axis(cell.x, rect.x, rect.w), axis(cell.y, rect.y, rect.h))
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
    if spot.target() != Some(end) {
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
        .filter(|s| !excluded.contains(&grid.number(s)))
        .filter_map(|s| {
            Some((
                rank(s.rect, false)?,
                Near::Stand {
                    number: grid.number(s).to_string(),
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

    fn sentence(rows: &[&str], approaches: &[(char, Side)], from: &str, to: &str) -> [String; 2] {
        let directory = directory_from_art(rows, approaches);
        let grid = VenueGrid::build(&directory).unwrap();
        let r = route(&grid, &Place::Stand(from.into()), &Place::Stand(to.into())).unwrap();
        let steps = steps(&grid, &r);
        [render(&steps, Lang::En), render(&steps, Lang::Fr)]
    }

    #[test]
    fn leaving_a_stand_front_first_says_it_is_behind_and_names_the_stand_ahead() {
        let [en, fr] = sentence(
            &["@.....", ".AA...", "......", "......", "......", ".BB..."],
            &[('A', Side::South), ('B', Side::North)],
            "A1",
            "B1",
        );
        assert_eq!(
            en,
            "With stand A1 behind you, walk 2 m towards stand B1; stand B1 is straight ahead."
        );
        assert_eq!(
            fr,
            "Dos au stand A1, avancez de 2 m vers le stand B1 ; \
             le stand B1 est droit devant vous."
        );
    }

    #[test]
    fn a_landmark_that_way_is_named_before_any_stand() {
        // South from A1 (walls to the east), the welcome desk lies ahead.
        let [en, fr] = sentence(
            &["@.....", ".AA...", "...###", "...###", "......", "**..BB"],
            &[('A', Side::South), ('B', Side::North)],
            "A1",
            "B1",
        );
        assert_eq!(
            en,
            "With stand A1 behind you, walk 2 m towards the welcome desk, \
             then turn left at the welcome desk and walk 3 m; stand B1 is on your right."
        );
        assert_eq!(
            fr,
            "Dos au stand A1, avancez de 2 m vers l'accueil, puis tournez à gauche \
             à l'accueil et avancez de 3 m ; le stand B1 est à votre droite."
        );
    }

    #[test]
    fn walking_along_a_stand_says_on_which_side_it_is() {
        // A1 faces east: leaving southwards, it is on the right.
        let [en, fr] = sentence(
            &[".....", ".A...", ".....", ".....", "...B."],
            &[('A', Side::East), ('B', Side::North)],
            "A1",
            "B1",
        );
        assert!(
            en.starts_with("With stand A1 on your right, walk 2 m towards stand B1, "),
            "{en}"
        );
        assert!(
            fr.starts_with(
                "En laissant le stand A1 à votre droite, avancez de 2 m vers le stand B1, "
            ),
            "{fr}"
        );
    }

    #[test]
    fn nothing_in_sight_that_way_gives_the_side_alone() {
        // Eastwards from A1, only a wall ahead; B1 is far to the side.
        let [en, _] = sentence(
            &[
                "..........",
                ".AA.......",
                "..........",
                "..........",
                "..........",
                "..........",
                "..........",
                "........BB",
            ],
            &[('A', Side::South), ('B', Side::North)],
            "A1",
            "B1",
        );
        assert!(en.starts_with("With stand A1 "), "{en}");
        let first_walk = en.split(", then").next().unwrap();
        assert!(!first_walk.contains("towards"), "{en}");
    }

    #[test]
    fn being_at_the_stand_says_so_and_nothing_else() {
        let [en, fr] = sentence(&["....", ".A..", "...."], &[('A', Side::East)], "A1", "A1");
        assert_eq!(en, "You are at stand A1.");
        assert_eq!(fr, "Vous êtes au stand A1.");
    }

    /// The default directory's plan: the example of the issue (C2 lies that
    /// way: it is named before the exit beyond), and every route from a
    /// stand says which way to set off, towards something.
    #[test]
    fn on_the_default_plan_every_route_from_a_stand_says_which_way_to_set_off() {
        let directory = crate::directory::default_directory();
        let grid = VenueGrid::build(&directory).unwrap();
        let r = route(
            &grid,
            &Place::Stand("B6".into()),
            &Place::Stand("C2".into()),
        )
        .unwrap();
        let st = steps(&grid, &r);
        assert_eq!(
            render(&st, Lang::En),
            "With stand B6 on your left, walk 15 m towards stand C2, then turn left at stand B3 \
             and walk 8 m, then turn right at stand C3 and walk 7 m; stand C2 is on your right."
        );
        assert_eq!(
            render(&st, Lang::Fr),
            "En laissant le stand B6 à votre gauche, avancez de 15 m vers le stand C2, puis \
             tournez à gauche au stand B3 et avancez de 8 m, puis tournez à droite au stand C3 \
             et avancez de 7 m ; le stand C2 est à votre droite."
        );
        let numbers: Vec<String> = grid.stands().map(|s| grid.number(s).to_string()).collect();
        let mut routes = 0;
        for from in &numbers {
            for to in numbers.iter().filter(|&to| to != from) {
                let place = |n: &String| Place::Stand(n.clone());
                let Ok(r) = route(&grid, &place(from), &place(to)) else {
                    continue;
                };
                routes += 1;
                match &steps(&grid, &r)[1] {
                    Step::SetOff {
                        stand,
                        side,
                        towards,
                    } => {
                        assert_eq!(stand, from);
                        assert_ne!(*side, RelativeSide::Ahead, "{from} → {to}");
                        assert!(towards.is_some(), "{from} → {to}");
                    }
                    other => panic!("{from} → {to}: {other:?}"),
                }
            }
        }
        assert!(routes > 100, "{routes}");
    }
}
