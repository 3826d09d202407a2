//! Shortest walking paths (A*) and walking distances (Dijkstra).
//!
//! Moves are 4-neighbour (north, east, south, west), so a path never cuts a
//! corner of a stand. The A* state is (cell, heading) and every change of
//! heading costs one search unit (0.1 mm): among the shortest paths the one
//! with the fewest turns wins, which is what makes the directions short. The
//! length reported is measured on the path itself, turns cost nothing there.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

pub use super::distances::distance_matrix;
use super::grid::VenueGrid;
use super::{Cell, Endpoint, Place, RouteError};

/// Walking speed used for times, in metres per second.
pub const WALKING_SPEED_M_PER_S: f64 = 1.2;

/// Headings, in clockwise order: north, east, south, west (y grows south).
pub(crate) const HEADINGS: [(i32, i32); 4] = [(0, -1), (1, 0), (0, 1), (-1, 0)];

pub(crate) const TURN_COST: u32 = 1;
pub(crate) const UNSEEN: u32 = u32::MAX;
/// `came` marks: 0..=3 the heading of the previous state; these two else.
pub(crate) const CAME_START: u8 = 4;
pub(crate) const CAME_LINK: u8 = 5;

/// A walking route between two places.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    pub from: Endpoint,
    pub to: Endpoint,
    /// Every cell walked through, both ends included. Consecutive cells are
    /// neighbours in one hall, or the two ends of a door, stairs or lift.
    pub path: Vec<Cell>,
    pub length_m: f64,
    /// Walking time at [`WALKING_SPEED_M_PER_S`], rounded to the second.
    pub seconds: u32,
}

/// The shortest walking route from `from` to `to`, by A*: for one route.
/// Many routes from one place are cheaper along a [`super::tree::PathTree`].
///
/// From [`Place::MainEntrance`] to a place no path leads to from it (a hall
/// with its own entrance and no door to the main one), the route comes in
/// by the nearest entrance that leads there, and names it as its start.
pub fn route(grid: &VenueGrid, from: &Place, to: &Place) -> Result<Route, RouteError> {
    let (start, from_endpoint) = grid.resolve(from)?;
    let (goal, to_endpoint) = grid.resolve(to)?;
    if let Some(path) = astar(grid, &[start], goal) {
        return Ok(Route::along(grid, from_endpoint, to_endpoint, path));
    }
    if *from == Place::MainEntrance {
        let others: Vec<Cell> = grid.other_entrances().iter().map(|e| e.cell).collect();
        if let Some(path) = astar(grid, &others, goal)
            && let Some(entrance) = grid.entrance_at(path[0])
        {
            return Ok(Route::along(grid, entrance.endpoint(), to_endpoint, path));
        }
    }
    Err(unreachable(&to_endpoint))
}

impl Route {
    /// The route walking `path`, its length measured on the path itself.
    pub(crate) fn along(grid: &VenueGrid, from: Endpoint, to: Endpoint, path: Vec<Cell>) -> Route {
        let length_m = path_length(grid, &path);
        Route {
            from,
            to,
            path,
            length_m,
            seconds: walking_seconds(length_m),
        }
    }
}

/// The error for a place no walking path leads to.
pub(crate) fn unreachable(to: &Endpoint) -> RouteError {
    match to {
        Endpoint::Stand { number } => RouteError::Unreachable {
            stand: number.clone(),
        },
        Endpoint::Entrance { name, .. } => RouteError::UnreachablePlace {
            place: name.clone(),
        },
        Endpoint::Landmark { name, .. } => RouteError::UnreachableLandmark {
            landmark: name.clone(),
        },
        Endpoint::Hall { name, .. } => RouteError::UnreachableHall { hall: name.clone() },
        Endpoint::Cell { hall, x, y } => RouteError::UnreachablePlace {
            place: format!("{hall} ({x}, {y})"),
        },
    }
}

/// Seconds to walk `metres` at [`WALKING_SPEED_M_PER_S`].
pub fn walking_seconds(metres: f64) -> u32 {
    (metres / WALKING_SPEED_M_PER_S).round().max(0.0) as u32
}

/// Length of a path in metres: one cell per step in a hall, the connection's
/// own length across a door, stairs or lift.
pub fn path_length(grid: &VenueGrid, path: &[Cell]) -> f64 {
    path.windows(2)
        .map(|w| match grid.link_between(w[0], w[1]) {
            Some(link) if !is_neighbour(w[0], w[1]) => link.length_m,
            _ => grid.hall(w[0].hall).metres_per_cell,
        })
        .sum()
}

pub(crate) fn is_neighbour(a: Cell, b: Cell) -> bool {
    a.hall == b.hall && a.x.abs_diff(b.x) + a.y.abs_diff(b.y) == 1
}

/// Lower bound on the cost from any cell to `goal`, admissible across halls:
/// a path either stays in the goal's hall (at least the Manhattan distance) or
/// leaves it by some connection end and comes back in by one (at least the
/// Manhattan distance to the nearest exit, plus that of the nearest entry to
/// the goal). In another hall it must still come in by one of those ends.
struct Heuristic {
    goal: Cell,
    step: u64,
    /// Ends of connections in the goal's hall.
    doors: Vec<(u32, u32)>,
    /// Manhattan distance from the nearest door to the goal, in units.
    door_to_goal: u64,
}

impl Heuristic {
    fn new(grid: &VenueGrid, goal: Cell) -> Heuristic {
        let doors: Vec<(u32, u32)> = grid
            .links
            .iter()
            .flat_map(|l| [l.a, l.b])
            .map(|n| grid.cell(n))
            .filter(|c| c.hall == goal.hall)
            .map(|c| (c.x, c.y))
            .collect();
        let step = u64::from(grid.hall(goal.hall).step_cost);
        let door_to_goal = doors
            .iter()
            .map(|&(x, y)| manhattan(x, y, goal.x, goal.y) * step)
            .min()
            .unwrap_or(0);
        Heuristic {
            goal,
            step,
            doors,
            door_to_goal,
        }
    }

    fn estimate(&self, cell: Cell) -> u64 {
        if cell.hall != self.goal.hall {
            return self.door_to_goal;
        }
        let direct = manhattan(cell.x, cell.y, self.goal.x, self.goal.y) * self.step;
        let via_doors = self
            .doors
            .iter()
            .map(|&(x, y)| manhattan(cell.x, cell.y, x, y) * self.step + self.door_to_goal)
            .min()
            .unwrap_or(u64::MAX);
        direct.min(via_doors)
    }
}

fn manhattan(ax: u32, ay: u32, bx: u32, by: u32) -> u64 {
    u64::from(ax.abs_diff(bx)) + u64::from(ay.abs_diff(by))
}

/// A* over (node, heading) states from the nearest of `starts`. The
/// heuristic may be inconsistent across halls, so states are reopened when a
/// cheaper way to them turns up; with an admissible heuristic the goal is
/// then optimal when first taken off the heap.
fn astar(grid: &VenueGrid, starts: &[Cell], goal: Cell) -> Option<Vec<Cell>> {
    let goal_node = grid.node(goal)?;
    let states = grid.node_count() as usize * 4;
    let mut g = vec![UNSEEN; states];
    let mut came = vec![CAME_START; states];
    // Few states are entered through a connection: their parents live here.
    let mut link_parent: HashMap<u32, u32> = HashMap::new();
    let heuristic = Heuristic::new(grid, goal);
    let mut heap = BinaryHeap::new();
    for &start in starts {
        let start_node = grid.node(start)?;
        for heading in 0..4u32 {
            let s = start_node * 4 + heading;
            g[s as usize] = 0;
            heap.push(Reverse((heuristic.estimate(start), Reverse(0u32), s)));
        }
    }
    while let Some(Reverse((_, Reverse(cost), state))) = heap.pop() {
        if cost != g[state as usize] {
            continue; // a cheaper way to this state was found since
        }
        let node = state / 4;
        if node == goal_node {
            return Some(trace_back(grid, state, |s| came[s as usize], &link_parent));
        }
        let heading = state % 4;
        let (neighbours, step) = grid.neighbours(node);
        let mut relax = |next: u32,
                         next_cell: Option<Cell>,
                         new_cost: u32,
                         from: u8,
                         heap: &mut BinaryHeap<_>| {
            if new_cost < g[next as usize] {
                g[next as usize] = new_cost;
                came[next as usize] = from;
                let cell = next_cell.unwrap_or_else(|| grid.cell(next / 4));
                let estimate = heuristic.estimate(cell);
                heap.push(Reverse((
                    u64::from(new_cost) + estimate,
                    Reverse(new_cost),
                    next,
                )));
                true
            } else {
                false
            }
        };
        for (next_heading, neighbour) in neighbours.into_iter().enumerate() {
            let next_heading = next_heading as u32;
            // Turning back never shortens a path.
            let Some((next_node, next_cell)) =
                neighbour.filter(|_| next_heading != (heading + 2) % 4)
            else {
                continue;
            };
            let turn = if next_heading == heading {
                0
            } else {
                TURN_COST
            };
            let new_cost = cost.saturating_add(step).saturating_add(turn);
            relax(
                next_node * 4 + next_heading,
                Some(next_cell),
                new_cost,
                heading as u8,
                &mut heap,
            );
        }
        for (other, link_cost) in grid.across_links(node) {
            let new_cost = cost.saturating_add(link_cost);
            // Any heading on arrival: a staircase sets no direction.
            for next_heading in 0..4 {
                let next = other * 4 + next_heading;
                if relax(next, None, new_cost, CAME_LINK, &mut heap) {
                    link_parent.insert(next, state);
                }
            }
        }
    }
    None
}

/// The path from the start to the search state `goal`, walked back through
/// `came` (how each state was entered) and `link_parent` (for states
/// entered through a connection).
pub(crate) fn trace_back(
    grid: &VenueGrid,
    goal: u32,
    came: impl Fn(u32) -> u8,
    link_parent: &HashMap<u32, u32>,
) -> Vec<Cell> {
    let mut path = vec![grid.cell(goal / 4)];
    let mut state = goal;
    loop {
        let previous = match came(state) {
            CAME_START => break,
            CAME_LINK => link_parent[&state],
            previous_heading => {
                let cell = grid.cell(state / 4);
                let (dx, dy) = HEADINGS[(state % 4) as usize];
                let from = Cell {
                    hall: cell.hall,
                    x: cell.x.wrapping_add_signed(-dx),
                    y: cell.y.wrapping_add_signed(-dy),
                };
                grid.node(from)
                    .map_or(state, |n| n * 4 + u32::from(previous_heading))
            }
        };
        if previous == state {
            break; // cannot happen on a consistent trace; never loop forever
        }
        state = previous;
        path.push(grid.cell(state / 4));
    }
    path.reverse();
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::venue::testing::directory_from_art;

    fn free_cells(grid: &VenueGrid) -> Vec<Cell> {
        (0..grid.halls().len())
            .flat_map(|h| {
                let hall = grid.hall(h);
                (0..hall.height)
                    .flat_map(move |y| (0..hall.width).map(move |x| Cell { hall: h, x, y }))
            })
            .filter(|&c| grid.kind(c) == Some(crate::venue::CellKind::Free))
            .collect()
    }

    /// A* must agree with Dijkstra on every pair: the heuristic stays
    /// admissible even when a short connection makes a detour through another
    /// hall shorter than the straight line inside one.
    #[test]
    fn astar_is_exact_even_when_another_hall_is_a_shortcut() {
        let directory = crate::venue::testing::directory_with_a_shortcut();
        let grid = VenueGrid::build(&directory).unwrap();
        let cells = free_cells(&grid);
        let matrix = distance_matrix(&grid, &cells);
        let shortcut = route(
            &grid,
            &Place::Cell(cells[0]),
            &Place::Cell(Cell {
                hall: 0,
                x: 8,
                y: 0,
            }),
        )
        .unwrap();
        assert!(
            (shortcut.length_m - 2.4).abs() < 1e-9,
            "{}",
            shortcut.length_m
        );
        for (i, &a) in cells.iter().enumerate() {
            for (j, &b) in cells.iter().enumerate() {
                let walked = route(&grid, &Place::Cell(a), &Place::Cell(b))
                    .map(|r| r.length_m)
                    .ok();
                let expected = matrix[i][j];
                let same = match (walked, expected) {
                    (Some(w), Some(e)) => (w - e).abs() < 1e-6,
                    (w, e) => w.is_none() && e.is_none(),
                };
                assert!(same, "{a:?} → {b:?}: A* {walked:?}, Dijkstra {expected:?}");
            }
        }
    }

    #[test]
    fn among_shortest_paths_the_one_with_fewest_turns_wins() {
        let directory = directory_from_art(&["......"; 6], &[]);
        let grid = VenueGrid::build(&directory).unwrap();
        let from = Place::Cell(Cell {
            hall: 0,
            x: 0,
            y: 0,
        });
        let to = Place::Cell(Cell {
            hall: 0,
            x: 5,
            y: 5,
        });
        let r = route(&grid, &from, &to).unwrap();
        assert_eq!(r.length_m, 10.0);
        let headings: Vec<(i64, i64)> = r
            .path
            .windows(2)
            .map(|w| (w[1].x as i64 - w[0].x as i64, w[1].y as i64 - w[0].y as i64))
            .collect();
        let turns = headings.windows(2).filter(|h| h[0] != h[1]).count();
        assert_eq!(turns, 1);
    }

    #[test]
    fn walking_time_is_at_one_point_two_metres_a_second() {
        assert_eq!(walking_seconds(0.0), 0);
        assert_eq!(walking_seconds(12.0), 10);
        assert_eq!(walking_seconds(100.0), 83);
    }
}
