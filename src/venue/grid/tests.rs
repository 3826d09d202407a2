//! The grid built from drawn directories: cells, targets, lookups, limits.

use super::*;
use crate::venue::testing::directory_from_art;

fn cell(x: u32, y: u32) -> Cell {
    Cell { hall: 0, x, y }
}

#[test]
fn cells_hold_walls_stands_and_desks_and_doorways_are_carved() {
    let directory = directory_from_art(
        &[
            "#@####", //
            "#.AA.#", "#..*.#", "######",
        ],
        &[('A', Side::South)],
    );
    let grid = VenueGrid::build(&directory).unwrap();
    assert_eq!(grid.kind(cell(0, 0)), Some(CellKind::Wall));
    assert_eq!(grid.kind(cell(1, 0)), Some(CellKind::Free)); // the entrance
    assert_eq!(grid.kind(cell(2, 1)), Some(CellKind::Stand));
    assert_eq!(grid.kind(cell(3, 2)), Some(CellKind::Landmark));
    assert_eq!(grid.kind(cell(1, 1)), Some(CellKind::Free));
    assert_eq!(grid.kind(cell(6, 0)), None);
    assert_eq!(grid.main_entrance().map(|e| e.cell), Some(cell(1, 0)));
}

#[test]
fn the_target_is_the_middle_of_the_approach_side_or_the_nearest_free_cell() {
    let directory = directory_from_art(
        &[
            ".......", //
            ".AAA.B.", ".AAA.B.", "..#..B.", "CC.....",
        ],
        &[('A', Side::South), ('B', Side::West), ('C', Side::West)],
    );
    let grid = VenueGrid::build(&directory).unwrap();
    // A's middle front cell (2, 3) is a wall: the nearest free one, left first.
    assert_eq!(grid.stand("A1").unwrap().target(), Some(cell(1, 3)));
    assert_eq!(grid.stand("B1").unwrap().target(), Some(cell(4, 2)));
    // C faces the west edge of the hall: nowhere to stand.
    assert_eq!(grid.stand("C1").unwrap().target(), None);
    assert_eq!(
        grid.resolve(&Place::Stand("C1".into())),
        Err(RouteError::NoLocation { stand: "C1".into() })
    );
}

#[test]
fn stands_are_found_by_number_the_first_one_when_two_share_it() {
    let mut directory = directory_from_art(
        &[
            "..........", //
            ".CC.BB.AA.",
            "..........",
        ],
        &[('C', Side::South), ('B', Side::South), ('A', Side::South)],
    );
    directory.stands[1].number = "A1".into(); // B now shares A's number
    let grid = VenueGrid::build(&directory).unwrap();
    assert_eq!(grid.stand("C1").map(|s| s.rect.x), Some(1));
    assert_eq!(grid.stand("A1").map(|s| s.rect.x), Some(4), "B's, first");
    assert!(grid.stand("B1").is_none());
    assert!(grid.stand("").is_none());
    assert!(grid.stand("Z9").is_none());
    let in_hall: Vec<u32> = grid.stands_in(0).map(|s| s.rect.x).collect();
    assert_eq!(in_hall, [1, 4, 7], "directory order");
    assert_eq!(grid.stands_in(1).count(), 0, "no such hall");
}

#[test]
fn a_huge_hall_is_refused_before_any_allocation() {
    let mut directory = directory_from_art(&["."], &[]);
    let hall = &mut directory.venue.as_mut().unwrap().halls[0];
    (hall.width, hall.height) = (u32::MAX, u32::MAX);
    assert_eq!(
        VenueGrid::build(&directory).err(),
        Some(RouteError::TooLarge {
            cells: u64::from(u32::MAX) * u64::from(u32::MAX)
        })
    );
}

#[test]
fn node_numbers_round_trip_across_halls() {
    let mut directory = directory_from_art(&["...", "..."], &[]);
    let venue = directory.venue.as_mut().unwrap();
    venue.halls.push(crate::venue::testing::hall_from_art(
        "k",
        &["....", "....", "...."],
    ));
    let grid = VenueGrid::build(&directory).unwrap();
    for c in [
        cell(0, 0),
        cell(2, 1),
        Cell {
            hall: 1,
            x: 3,
            y: 2,
        },
        Cell {
            hall: 1,
            x: 0,
            y: 0,
        },
    ] {
        assert_eq!(grid.cell(grid.node(c).unwrap()), c);
    }
    assert_eq!(
        grid.node(Cell {
            hall: 1,
            x: 4,
            y: 0
        }),
        None
    );
    assert_eq!(grid.node_count(), 6 + 12);
}

#[test]
fn every_node_round_trips_when_halls_straddle_blocks_and_one_is_empty() {
    // Halls of 1,500, 0, 3 and 2,600 cells: boundaries inside look-up
    // blocks, an empty hall sharing its offset with the next, and more than
    // one block per hall.
    let mut directory = directory_from_art(&["...", "..."], &[]);
    let venue = directory.venue.as_mut().unwrap();
    let row = |width: usize| ".".repeat(width);
    let wide: Vec<String> = (0..30).map(|_| row(50)).collect();
    let wide: Vec<&str> = wide.iter().map(String::as_str).collect();
    venue.halls[0] = crate::venue::testing::hall_from_art("a", &wide);
    let mut empty = crate::venue::testing::hall_from_art("b", &["."]);
    (empty.width, empty.height) = (0, 0);
    venue.halls.push(empty);
    venue
        .halls
        .push(crate::venue::testing::hall_from_art("c", &["..."]));
    let tall: Vec<String> = (0..52).map(|_| row(50)).collect();
    let tall: Vec<&str> = tall.iter().map(String::as_str).collect();
    venue
        .halls
        .push(crate::venue::testing::hall_from_art("d", &tall));
    let grid = VenueGrid::build(&directory).unwrap();
    assert_eq!(grid.node_count(), 1500 + 3 + 2600);
    for node in 0..grid.node_count() {
        let cell = grid.cell(node);
        assert_ne!(cell.hall, 1, "no node is in the empty hall");
        assert_eq!(grid.node(cell), Some(node), "node {node} in {cell:?}");
    }
}
