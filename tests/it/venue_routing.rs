//! Routing, directions and tours on small fixture layouts
//! (tests/fixtures/venue/, drawn in comments where they are used).

use maillage::directory::{Directory, Rect};
use maillage::i18n::Lang;
use maillage::venue::directions::{self, Step};
use maillage::venue::route::distance_matrix;
use maillage::venue::tour::{order_stops, plan_tour, tour_length};
use maillage::venue::{Cell, CellKind, Place, RouteError, VenueGrid, route};

use crate::common::fixtures::load_fixture;

fn fixture(name: &str) -> Directory {
    load_fixture(&format!("venue/{name}"))
}

fn grid(name: &str) -> VenueGrid {
    VenueGrid::build(&fixture(name)).expect("fixture has a venue")
}

fn stand(number: &str) -> Place {
    Place::Stand(number.to_string())
}

/// Every step goes to a free neighbour cell, or across a connection.
fn assert_walkable(grid: &VenueGrid, path: &[Cell]) {
    for cell in path {
        assert_eq!(
            grid.kind(*cell),
            Some(CellKind::Free),
            "{cell:?} is not walkable"
        );
    }
    for w in path.windows(2) {
        let neighbours =
            w[0].hall == w[1].hall && w[0].x.abs_diff(w[1].x) + w[0].y.abs_diff(w[1].y) == 1;
        assert!(
            neighbours || grid.link_between(w[0], w[1]).is_some(),
            "jump from {:?} to {:?}",
            w[0],
            w[1]
        );
    }
}

// l-hall.json, 10 × 6 cells of 2 m (A, B: stands A1, B4; C: C2; D: desk):
//   y0  A A A B B B . . . .
//   y1  A A A B B B . C C .
//   y2  A A A B B B . . . .
//   y3  . . . B B B . . . .
//   y4  E . . . . . . . . .      E: main entrance
//   y5  . . . . . . . . D D
#[test]
fn the_path_goes_round_stands_and_ends_in_front_of_the_approach_side() {
    let grid = grid("l-hall.json");
    let r = route(&grid, &Place::MainEntrance, &stand("C2")).unwrap();
    assert_walkable(&grid, &r.path);
    assert_eq!(
        r.path.first(),
        Some(&Cell {
            hall: 0,
            x: 0,
            y: 4
        })
    );
    assert_eq!(
        r.path.last(),
        Some(&Cell {
            hall: 0,
            x: 6,
            y: 1
        })
    );
    assert_eq!(r.length_m, 18.0); // 9 cells of 2 m
    assert_eq!(r.seconds, 15); // 18 m at 1.2 m/s
}

#[test]
fn directions_for_an_l_shaped_path_in_french_and_english() {
    let grid = grid("l-hall.json");
    let r = route(&grid, &Place::MainEntrance, &stand("C2")).unwrap();
    let steps = directions::steps(&grid, &r);
    assert_eq!(
        directions::render(&steps, Lang::Fr),
        "Depuis l'entrée principale, avancez de 12 m, puis tournez à gauche au stand B4 \
         et avancez de 6 m ; le stand C2 est à votre droite."
    );
    assert_eq!(
        directions::render(&steps, Lang::En),
        "From the main entrance, walk 12 m, then turn left at stand B4 and walk 6 m; \
         stand C2 is on your right."
    );
}

#[test]
fn going_back_west_turns_right_and_never_names_a_turn_after_the_destination() {
    let grid = grid("l-hall.json");
    let r = route(&grid, &stand("C2"), &stand("A1")).unwrap();
    let steps = directions::steps(&grid, &r);
    // A1's front is (1, 3): south to row 4, west to x = 1, north one cell.
    // C2 faces west: leaving its front southwards, it is on the left.
    assert_eq!(
        directions::render(&steps, Lang::En),
        "With stand C2 on your left, walk 6 m towards the welcome desk, \
         then turn right at stand B4 and walk 10 m, \
         then turn right and walk 2 m; stand A1 is straight ahead."
    );
    assert_eq!(
        directions::render(&steps, Lang::Fr),
        "En laissant le stand C2 à votre gauche, avancez de 6 m vers l'accueil, \
         puis tournez à droite au stand B4 et avancez de 10 m, \
         puis tournez à droite et avancez de 2 m ; le stand A1 est droit devant vous."
    );
}

// aisles.json, 12 × 7 cells of 1 m: stand block M1 fills x 1..=10, y 2..=4;
// Z1 at x 4..=5, y 6, faces north (front cell (4, 5)); entrance (0, 0).
#[test]
fn a_blocked_aisle_forces_a_detour() {
    let mut directory = fixture("aisles.json");
    let direct = route(
        &VenueGrid::build(&directory).unwrap(),
        &Place::MainEntrance,
        &stand("Z1"),
    )
    .unwrap();
    assert_eq!(direct.length_m, 9.0); // down the west aisle, then east

    let hall = &mut directory.venue.as_mut().unwrap().halls[0];
    hall.walls.push(Rect {
        x: 0,
        y: 3,
        w: 1,
        h: 1,
    });
    let grid = VenueGrid::build(&directory).unwrap();
    let detour = route(&grid, &Place::MainEntrance, &stand("Z1")).unwrap();
    assert_walkable(&grid, &detour.path);
    assert!(!detour.path.contains(&Cell {
        hall: 0,
        x: 0,
        y: 3
    }));
    // Round the block by the east aisle: 11 east, 5 south, 7 west.
    assert_eq!(detour.length_m, 23.0);
}

// unreachable.json, 8 × 5: walls shut X1's front cell in; N1 has no location.
#[test]
fn unreachable_and_unplaced_stands_are_typed_errors() {
    let grid = grid("unreachable.json");
    assert_eq!(
        route(&grid, &Place::MainEntrance, &stand("X1")),
        Err(RouteError::Unreachable { stand: "X1".into() })
    );
    assert_eq!(
        route(&grid, &Place::MainEntrance, &stand("N1")),
        Err(RouteError::NoLocation { stand: "N1".into() })
    );
    assert_eq!(
        route(&grid, &Place::MainEntrance, &stand("ZZ")),
        Err(RouteError::UnknownStand { stand: "ZZ".into() })
    );
    assert!(route(&grid, &Place::MainEntrance, &stand("R1")).is_ok());
    let wall = Cell {
        hall: 0,
        x: 4,
        y: 0,
    };
    assert_eq!(
        route(&grid, &Place::Cell(wall), &stand("R1")),
        Err(RouteError::NotWalkable { cell: wall })
    );
    let off_plan = Cell {
        hall: 7,
        x: 0,
        y: 0,
    };
    assert_eq!(
        route(&grid, &Place::Cell(off_plan), &stand("R1")),
        Err(RouteError::NotWalkable { cell: off_plan })
    );
}

#[test]
fn a_directory_without_a_venue_is_no_venue() {
    let mut directory = fixture("l-hall.json");
    directory.venue = None;
    assert_eq!(
        VenueGrid::build(&directory).err(),
        Some(RouteError::NoVenue)
    );
}

// two-halls.json: ground floor 7 × 4 (wall on x = 6 but for the stairs at
// (6, 1)), stairs of 8 m up to (5, 1) of the first floor; E1 faces north at
// x 1..=2, y 2..=3, front (1, 1).
#[test]
fn a_route_to_another_floor_takes_the_stairs() {
    let grid = grid("two-halls.json");
    let r = route(&grid, &Place::MainEntrance, &stand("E1")).unwrap();
    assert_walkable(&grid, &r.path);
    let halls: Vec<usize> = r.path.iter().map(|c| c.hall).collect();
    assert_eq!(halls.first(), Some(&0));
    assert_eq!(halls.last(), Some(&1));
    assert_eq!(r.length_m, 6.0 + 8.0 + 4.0);
    let steps = directions::steps(&grid, &r);
    assert!(steps.iter().any(|s| matches!(s, Step::Connection { .. })));
    assert_eq!(
        directions::render(&steps, Lang::En),
        "From the main entrance, walk 6 m, then take the stairs \u{201c}Escalier nord\u{201d} \
         to Étage and walk 4 m; stand E1 is on your left."
    );
    assert_eq!(
        directions::render(&steps, Lang::Fr),
        "Depuis l'entrée principale, avancez de 6 m, puis prenez l'escalier « Escalier nord » \
         vers Étage et avancez de 4 m ; le stand E1 est à votre gauche."
    );
    // And back down: the same length the other way.
    let back = route(&grid, &stand("E1"), &Place::MainEntrance).unwrap();
    assert_eq!(back.length_m, r.length_m);
}

#[test]
fn the_distance_matrix_matches_routes() {
    let grid = grid("two-halls.json");
    let cells: Vec<Cell> = ["G1", "E1", "E2"]
        .iter()
        .map(|n| grid.stand(n).unwrap().target().unwrap())
        .collect();
    let matrix = distance_matrix(&grid, &cells);
    for (i, a) in ["G1", "E1", "E2"].iter().enumerate() {
        for (j, b) in ["G1", "E1", "E2"].iter().enumerate() {
            let walked = route(&grid, &stand(a), &stand(b)).unwrap().length_m;
            assert_eq!(matrix[i][j], Some(walked), "{a} → {b}");
        }
    }
}

/// A small deterministic generator, so the tour tests need no dependency.
fn pseudo_random(seed: &mut u64) -> u64 {
    *seed = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    *seed >> 33
}

fn brute_force(dist: &[Vec<f64>]) -> f64 {
    fn go(dist: &[Vec<f64>], here: usize, left: &mut Vec<usize>) -> f64 {
        if left.is_empty() {
            return 0.0;
        }
        let mut best = f64::INFINITY;
        for k in 0..left.len() {
            let next = left.remove(k);
            best = best.min(dist[here][next] + go(dist, next, left));
            left.insert(k, next);
        }
        best
    }
    go(dist, 0, &mut (1..dist.len()).collect())
}

fn random_selection(grid: &VenueGrid, seed: &mut u64, count: usize) -> Vec<String> {
    let all: Vec<String> = grid
        .stands()
        .filter(|s| s.target().is_some())
        .map(|s| grid.number(s).to_string())
        .collect();
    let mut picked = Vec::new();
    while picked.len() < count.min(all.len()) {
        let s = &all[pseudo_random(seed) as usize % all.len()];
        if !picked.contains(s) {
            picked.push(s.clone());
        }
    }
    picked
}

#[test]
fn the_tour_is_never_longer_than_the_starred_order_and_optimal_when_small() {
    let mut seed = 42;
    for name in ["fair.json", "l-hall.json", "aisles.json", "two-halls.json"] {
        let grid = grid(name);
        for count in [1, 2, 3, 5, 7, 12, 20] {
            let starred = random_selection(&grid, &mut seed, count);
            let tour = plan_tour(&grid, &Place::MainEntrance, &starred, &[]).unwrap();
            let start = grid.resolve(&Place::MainEntrance).unwrap().0;
            let cells: Vec<Cell> = std::iter::once(start)
                .chain(
                    starred
                        .iter()
                        .map(|n| grid.stand(n).unwrap().target().unwrap()),
                )
                .collect();
            let dist: Vec<Vec<f64>> = distance_matrix(&grid, &cells)
                .into_iter()
                .map(|row| row.into_iter().map(Option::unwrap).collect())
                .collect();
            let starred_order: Vec<usize> = (1..cells.len()).collect();
            let in_starred_order = tour_length(&dist, &starred_order);
            assert!(
                tour.total_m <= in_starred_order + 1e-9,
                "{name}: {starred:?}"
            );
            assert_eq!(tour.stops.len(), starred.len());
            if starred.len() <= 7 {
                assert!(
                    (tour.total_m - brute_force(&dist)).abs() < 1e-9,
                    "{name}: {starred:?}"
                );
            }
        }
    }
}

#[test]
fn the_heuristic_order_beats_the_starred_order_on_a_line() {
    // Stops on a line at 0 (start), then 5, 1, 4, 2, 3 in the starred order.
    let positions = [
        0.0, 5.0, 1.0, 4.0, 2.0, 3.0, 9.0, 7.0, 8.0, 6.0, 11.0, 10.0, 12.0,
    ];
    let dist: Vec<Vec<f64>> = positions
        .iter()
        .map(|a: &f64| positions.iter().map(|b| (a - b).abs()).collect())
        .collect();
    let order = order_stops(&dist);
    assert_eq!(tour_length(&dist, &order), 12.0);
    let heuristic = maillage::venue::tour::heuristic_order(&dist);
    assert_eq!(tour_length(&dist, &heuristic), 12.0);
}

#[test]
fn visited_and_unreachable_stars_are_reported_not_toured() {
    let grid = grid("unreachable.json");
    let starred: Vec<String> = ["R1", "X1", "N1"].map(String::from).to_vec();
    let tour = plan_tour(&grid, &Place::MainEntrance, &starred, &[]).unwrap();
    assert_eq!(
        tour.stops
            .iter()
            .map(|s| s.stand.as_str())
            .collect::<Vec<_>>(),
        ["R1"]
    );
    assert_eq!(
        tour.skipped,
        [
            (
                "N1".to_string(),
                RouteError::NoLocation { stand: "N1".into() }
            ),
            (
                "X1".to_string(),
                RouteError::Unreachable { stand: "X1".into() }
            ),
        ]
    );
    let fair = self::grid("fair.json");
    let starred: Vec<String> = ["A1", "F10", "C5"].map(String::from).to_vec();
    let tour = plan_tour(&fair, &Place::MainEntrance, &starred, &["C5".to_string()]).unwrap();
    assert_eq!(tour.visited, ["C5"]);
    assert_eq!(
        tour.stops
            .iter()
            .map(|s| s.stand.as_str())
            .collect::<Vec<_>>(),
        ["A1", "F10"]
    );
    let legs: f64 = tour.stops.iter().map(|s| s.leg_m).sum();
    assert_eq!(tour.total_m, legs);
}
