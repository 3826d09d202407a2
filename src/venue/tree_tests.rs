//! The tree against the A*: same lengths, same number of turns, walkable
//! paths, same errors; on drawn venues, the default one and a generated fair.

use super::*;
use crate::directory::Side;
use crate::venue::testing::{directory_from_art, directory_with_a_shortcut};
use crate::venue::{Cell, CellKind, route};

fn free_cells(grid: &VenueGrid) -> Vec<Cell> {
    (0..grid.halls().len())
        .flat_map(|h| {
            let hall = grid.hall(h);
            (0..hall.height).flat_map(move |y| (0..hall.width).map(move |x| Cell { hall: h, x, y }))
        })
        .filter(|&c| grid.kind(c) == Some(CellKind::Free))
        .collect()
}

/// Whether every step of `path` is walkable: free cells, each a neighbour
/// of the previous one or joined to it by a connection.
fn is_walkable(grid: &VenueGrid, path: &[Cell]) -> bool {
    path.iter().all(|&c| grid.kind(c) == Some(CellKind::Free))
        && path.windows(2).all(|w| {
            super::super::route::is_neighbour(w[0], w[1]) || grid.link_between(w[0], w[1]).is_some()
        })
}

/// Changes of heading inside halls: crossing a door sets no heading.
fn turns(path: &[Cell]) -> usize {
    let mut turns = 0;
    let mut heading = None;
    for w in path.windows(2) {
        if !super::super::route::is_neighbour(w[0], w[1]) {
            heading = None;
            continue;
        }
        let now = (w[1].x as i64 - w[0].x as i64, w[1].y as i64 - w[0].y as i64);
        turns += usize::from(heading.is_some_and(|h| h != now));
        heading = Some(now);
    }
    turns
}

/// The route along `tree` to `to` is the A*'s in all that matters: the same
/// ends, the same length, as few turns, and every step walkable.
fn assert_same_as_astar(grid: &VenueGrid, tree: &PathTree, from: &Place, to: &Place) {
    let walked = tree.route_to(grid, to);
    let expected = route(grid, from, to);
    match (&walked, &expected) {
        (Ok(w), Ok(e)) => {
            assert!(
                (w.length_m - e.length_m).abs() < 1e-9,
                "{from:?} → {to:?}: tree {} m, A* {} m",
                w.length_m,
                e.length_m
            );
            assert_eq!(turns(&w.path), turns(&e.path), "{from:?} → {to:?}");
            assert_eq!((&w.from, &w.to), (&e.from, &e.to));
            assert_eq!(w.path.first(), e.path.first());
            assert_eq!(w.path.last(), e.path.last());
            assert!(
                is_walkable(grid, &w.path),
                "{from:?} → {to:?}: {:?}",
                w.path
            );
            assert_eq!(w.seconds, e.seconds);
        }
        (w, e) => assert_eq!(w.as_ref().err(), e.as_ref().err(), "{from:?} → {to:?}"),
    }
}

/// See [`directory_with_a_shortcut`].
fn venue_with_a_shortcut() -> VenueGrid {
    VenueGrid::build(&directory_with_a_shortcut()).unwrap()
}

#[test]
fn from_every_cell_to_every_cell_the_tree_matches_the_astar() {
    let grid = venue_with_a_shortcut();
    let cells = free_cells(&grid);
    for &a in &cells {
        let from = Place::Cell(a);
        let tree = PathTree::build(&grid, &from).unwrap();
        for &b in &cells {
            assert_same_as_astar(&grid, &tree, &from, &Place::Cell(b));
        }
        assert_same_as_astar(&grid, &tree, &from, &Place::Stand("A1".into()));
    }
}

#[test]
fn on_the_default_venue_every_stand_is_reached_as_by_the_astar() {
    let directory = crate::directory::default_directory();
    let grid = VenueGrid::build(&directory).unwrap();
    let tree = PathTree::build(&grid, &Place::MainEntrance).unwrap();
    assert!(!directory.stands.is_empty());
    for stand in &directory.stands {
        let to = Place::Stand(stand.number.to_string());
        assert_same_as_astar(&grid, &tree, &Place::MainEntrance, &to);
    }
    // From a stand, as after "I am here".
    let here = Place::Stand(directory.stands[0].number.to_string());
    let tree = PathTree::build(&grid, &here).unwrap();
    for stand in &directory.stands {
        assert_same_as_astar(&grid, &tree, &here, &Place::Stand(stand.number.to_string()));
    }
}

#[test]
fn on_a_generated_fair_far_halls_are_reached_as_by_the_astar() {
    // Three halls: 2 560 + 2 560 + 80 stands, joined by doors.
    let directory = crate::generate::generate(5_200, 3);
    let grid = VenueGrid::build(&directory).unwrap();
    assert_eq!(grid.halls().len(), 3);
    let tree = PathTree::build(&grid, &Place::MainEntrance).unwrap();
    let mut halls_reached = std::collections::HashSet::new();
    for stand in directory
        .stands
        .iter()
        .step_by(97)
        .chain(directory.stands.last())
    {
        let to = Place::Stand(stand.number.to_string());
        assert_same_as_astar(&grid, &tree, &Place::MainEntrance, &to);
        let r = tree.route_to(&grid, &to).unwrap();
        halls_reached.insert(r.path.last().unwrap().hall);
    }
    assert_eq!(halls_reached.len(), 3, "the sample spans every hall");
}

#[test]
fn a_walled_in_stand_is_unreachable_and_a_bad_start_fails_like_the_astar() {
    let directory = directory_from_art(
        &[
            "@....#...", //
            ".....#.A.",
            ".....#...",
        ],
        &[('A', Side::South)],
    );
    let grid = VenueGrid::build(&directory).unwrap();
    let tree = PathTree::build(&grid, &Place::MainEntrance).unwrap();
    for to in [
        Place::Stand("A1".into()),
        Place::Stand("Z9".into()),
        Place::Cell(Cell {
            hall: 0,
            x: 5,
            y: 0,
        }),
    ] {
        assert_same_as_astar(&grid, &tree, &Place::MainEntrance, &to);
    }
    assert_eq!(
        tree.route_to(&grid, &Place::Stand("A1".into())).err(),
        Some(RouteError::Unreachable { stand: "A1".into() })
    );
    let bad = Place::Stand("Z9".into());
    assert_eq!(
        PathTree::build(&grid, &bad).err(),
        route(&grid, &bad, &Place::MainEntrance).err()
    );
}

#[test]
fn the_route_to_the_start_itself_is_empty_walking() {
    let directory = crate::directory::default_directory();
    let grid = VenueGrid::build(&directory).unwrap();
    let here = Place::Stand(directory.stands[0].number.to_string());
    let r = PathTree::build(&grid, &here)
        .unwrap()
        .route_to(&grid, &here)
        .unwrap();
    assert_eq!(r.path.len(), 1);
    assert_eq!(r.length_m, 0.0);
}

#[test]
fn of_two_equally_short_ways_the_one_arriving_face_to_the_stand_wins() {
    // From @ to the cell north of A: east then south, or south then east,
    // both 3 m with one turn; only the first ends looking at the stand.
    let directory = directory_from_art(
        &[
            "@....", //
            ".....", "..A..", ".....",
        ],
        &[('A', Side::North)],
    );
    let grid = VenueGrid::build(&directory).unwrap();
    let tree = PathTree::build(&grid, &Place::MainEntrance).unwrap();
    let to = Place::Stand("A1".into());
    assert_same_as_astar(&grid, &tree, &Place::MainEntrance, &to);
    let r = tree.route_to(&grid, &to).unwrap();
    let cells: Vec<(u32, u32)> = r.path.iter().map(|c| (c.x, c.y)).collect();
    assert_eq!(cells, [(0, 0), (1, 0), (2, 0), (2, 1)]);
    let steps = super::super::directions::steps(&grid, &r);
    assert!(
        matches!(
            steps.last(),
            Some(super::super::directions::Step::Arrive {
                side: Some(super::super::directions::RelativeSide::Ahead),
                ..
            })
        ),
        "{steps:?}"
    );
}

/// Two halls with an entrance each and no door between them (an import with
/// positions): from the entrance, a stand of the second hall is reached by
/// that hall's own entrance, which the route names as its start, by the
/// tree as by the A*. A route from a stand of the first hall still finds none.
#[test]
fn a_hall_without_a_door_is_reached_by_its_own_entrance() {
    let mut directory = directory_from_art(&["@...", ".A..", "...."], &[('A', Side::South)]);
    let venue = directory.venue.as_mut().unwrap();
    let mut second = crate::venue::testing::hall_from_art("k", &["....", ".BB.", "...@"]);
    second.entrances[0].main = false;
    venue.halls.push(second);
    let mut stand = directory.stands[0].clone();
    stand.number = "B1".into();
    let location = stand.location.as_mut().unwrap();
    (
        location.hall,
        location.x,
        location.y,
        location.w,
        location.h,
    ) = ("k".into(), 1, 1, 2, 1);
    location.approach = Side::North;
    directory.stands.push(stand);
    let grid = VenueGrid::build(&directory).unwrap();
    let tree = PathTree::build(&grid, &Place::MainEntrance).unwrap();
    let to = Place::Stand("B1".into());
    assert_same_as_astar(&grid, &tree, &Place::MainEntrance, &to);
    let r = tree.route_to(&grid, &to).unwrap();
    assert!(
        matches!(&r.from, Endpoint::Entrance { id, main: false, .. } if id == "k-in"),
        "{:?}",
        r.from
    );
    assert_eq!(r.path.first().map(|c| (c.hall, c.x, c.y)), Some((1, 3, 2)));
    // The first hall's stand is still reached from the main entrance.
    let a = tree.route_to(&grid, &Place::Stand("A1".into())).unwrap();
    assert!(matches!(a.from, Endpoint::Entrance { main: true, .. }));
    let from_a = Place::Stand("A1".into());
    assert_eq!(
        route(&grid, &from_a, &to).err(),
        Some(RouteError::Unreachable { stand: "B1".into() })
    );
}

/// The search as it was written with a cost for every state of the venue
/// (16 bytes a cell): how each state was entered, the parents across links,
/// and per node the cheapest headings. The tree keeps costs only for its
/// frontier; it must come to exactly this, so routes stay the same cells.
fn reference_search(grid: &VenueGrid, start: u32) -> (Vec<u8>, HashMap<u32, u32>, Vec<u8>) {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    let states = grid.node_count() as usize * 4;
    let mut cost = vec![UNSEEN; states];
    let mut came = vec![CAME_START; states];
    let mut link_parent = HashMap::new();
    let mut heap = BinaryHeap::new();
    for heading in 0..4 {
        cost[(start * 4 + heading) as usize] = 0;
        heap.push(Reverse((0u32, start * 4 + heading)));
    }
    while let Some(Reverse((here, state))) = heap.pop() {
        if here != cost[state as usize] {
            continue;
        }
        let (node, heading) = (state / 4, state % 4);
        let (neighbours, step) = grid.neighbours(node);
        for (next_heading, neighbour) in neighbours.into_iter().enumerate() {
            let next_heading = next_heading as u32;
            let Some((next_node, _)) = neighbour.filter(|_| next_heading != (heading + 2) % 4)
            else {
                continue;
            };
            let turn = if next_heading == heading {
                0
            } else {
                TURN_COST
            };
            let next = next_node * 4 + next_heading;
            let new_cost = here.saturating_add(step).saturating_add(turn);
            if new_cost < cost[next as usize] {
                cost[next as usize] = new_cost;
                came[next as usize] = heading as u8;
                heap.push(Reverse((new_cost, next)));
            }
        }
        for (other, link_cost) in grid.across_links(node) {
            let new_cost = here.saturating_add(link_cost);
            for next_heading in 0..4 {
                let next = other * 4 + next_heading;
                if new_cost < cost[next as usize] {
                    cost[next as usize] = new_cost;
                    came[next as usize] = CAME_LINK;
                    link_parent.insert(next, state);
                    heap.push(Reverse((new_cost, next)));
                }
            }
        }
    }
    let arrival = cost
        .chunks_exact(4)
        .map(|states| {
            let best = states.iter().copied().min().unwrap_or(UNSEEN);
            if best == UNSEEN {
                return 0;
            }
            (0..4)
                .filter(|&h| states[h] == best)
                .fold(0, |b, h| b | 1 << h)
        })
        .collect();
    (came, link_parent, arrival)
}

/// The tree as [`reference_search`] would have it, state by state.
fn assert_same_as_reference(grid: &VenueGrid, from: &Place) {
    let (start, endpoint) = grid.resolve(from).unwrap();
    let tree = PathTree::from_cells(grid, endpoint, &[start]);
    let (came, link_parent, arrival) = reference_search(grid, grid.node(start).unwrap());
    assert_eq!(tree.link_parent, link_parent, "{from:?}");
    for (node, &packed) in tree.nodes.iter().enumerate() {
        assert_eq!(
            Node::arrival(packed),
            u32::from(arrival[node]),
            "node {node}"
        );
        for heading in 0..4 {
            let state = node * 4 + heading;
            assert_eq!(
                Node::came(packed, heading as u32),
                came[state],
                "{from:?}: state {state}"
            );
        }
    }
}

#[test]
fn the_tree_keeps_exactly_what_a_search_with_every_cost_finds() {
    let grid = venue_with_a_shortcut();
    for cell in free_cells(&grid) {
        assert_same_as_reference(&grid, &Place::Cell(cell));
    }
    let directory = crate::generate::generate(5_200, 3);
    let grid = VenueGrid::build(&directory).unwrap();
    assert_same_as_reference(&grid, &Place::MainEntrance);
    for stand in directory.stands.iter().step_by(1_300) {
        assert_same_as_reference(&grid, &Place::Stand(stand.number.to_string()));
    }
    let directory = crate::directory::default_directory();
    let grid = VenueGrid::build(&directory).unwrap();
    assert_same_as_reference(&grid, &Place::MainEntrance);
}
