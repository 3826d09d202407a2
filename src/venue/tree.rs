//! A shortest-path tree from one place: one Dijkstra over the whole venue,
//! then every route from that place is a walk back along the tree, as long
//! as the path itself. The TUI routes from "you are here" to whatever stand
//! is selected, at every keystroke: an A* per selection would visit most of
//! a large fair each time, the tree is paid once per position.
//!
//! The search has the same states and costs as the A* of [`super::route()`]
//! ((cell, heading), one unit per change of heading), so a route along the
//! tree is exactly as short, with as few turns, as the A* one.

use std::collections::HashMap;

use super::grid::VenueGrid;
use super::radix::RadixHeap;
use super::route::{CAME_LINK, CAME_START, Route, TURN_COST, UNSEEN, trace_back, unreachable};
use super::{Cell, Endpoint, Place, RouteError};
use crate::directory::Side;

/// Every shortest path from one start cell.
#[derive(Debug, Clone)]
pub struct PathTree {
    from: Endpoint,
    /// Per search state (node × 4 + heading): how it was entered, as in the
    /// A*: the previous heading, [`CAME_START`] or [`CAME_LINK`].
    came: Vec<u8>,
    /// Parents of the few states entered through a door, stairs or lift.
    link_parent: HashMap<u32, u32>,
    /// Per node: one bit per heading (bit `h` for `HEADINGS[h]`) whose state
    /// is among the cheapest; 0 where no path reaches the node.
    arrival: Vec<u8>,
    /// From the main entrance: the tree from the other entrances it does
    /// not lead to (halls with their own entrance and no door), for the
    /// places only they lead to. A route along it starts at its entrance.
    by_other_entrances: Option<Box<PathTree>>,
    /// Whether routes start at the entrance their path leaves from (the
    /// tree of the other entrances) rather than at `from`.
    from_each_entrance: bool,
}

impl PathTree {
    /// The tree of shortest paths from `from` to every walkable cell.
    ///
    /// From [`Place::MainEntrance`], a place the main entrance leads to no
    /// path to is reached from the nearest entrance that does, as
    /// [`super::route()`] does.
    pub fn build(grid: &VenueGrid, from: &Place) -> Result<PathTree, RouteError> {
        let (start, from_endpoint) = grid.resolve(from)?;
        let mut tree = PathTree::from_cells(grid, from_endpoint, &[start]);
        if *from == Place::MainEntrance {
            let unreached: Vec<_> = grid
                .other_entrances()
                .iter()
                .map(|e| e.cell)
                .filter(|&c| !tree.reaches(grid, c))
                .collect();
            if !unreached.is_empty() {
                let mut other = PathTree::from_cells(grid, tree.from.clone(), &unreached);
                other.from_each_entrance = true;
                tree.by_other_entrances = Some(Box::new(other));
            }
        }
        Ok(tree)
    }

    /// The tree of shortest paths from the nearest of `starts`.
    fn from_cells(grid: &VenueGrid, from: Endpoint, starts: &[Cell]) -> PathTree {
        let node_count = grid.node_count() as usize;
        let mut tree = PathTree {
            from,
            came: vec![CAME_START; node_count * 4],
            link_parent: HashMap::new(),
            arrival: vec![0; node_count],
            by_other_entrances: None,
            from_each_entrance: false,
        };
        let start_nodes: Vec<u32> = starts.iter().filter_map(|&c| grid.node(c)).collect();
        if !start_nodes.is_empty() {
            let cost = tree.search(grid, &start_nodes);
            tree.arrival = cost
                .chunks_exact(4)
                .map(|states| {
                    let best = states.iter().copied().min().unwrap_or(UNSEEN);
                    let tied = states.iter().enumerate().filter(|&(_, &c)| c == best);
                    if best == UNSEEN {
                        0
                    } else {
                        tied.fold(0, |bits, (heading, _)| bits | 1 << heading)
                    }
                })
                .collect();
        }
        tree
    }

    /// Whether a path from the tree's start leads to `cell`.
    fn reaches(&self, grid: &VenueGrid, cell: Cell) -> bool {
        grid.node(cell)
            .and_then(|n| self.arrival.get(n as usize))
            .is_some_and(|&headings| headings != 0)
    }

    /// The shortest route from the tree's start to `to`. Of equally short
    /// ways, one arriving face to the stand when there is one (directions
    /// then end with "straight ahead"), else the first heading clockwise
    /// from north: routes depend on nothing but the venue.
    pub fn route_to(&self, grid: &VenueGrid, to: &Place) -> Result<Route, RouteError> {
        let (goal, to_endpoint) = grid.resolve(to)?;
        let reached = grid
            .node(goal)
            .and_then(|n| Some((n, *self.arrival.get(n as usize)?)))
            .filter(|&(_, headings)| headings != 0);
        let Some((goal_node, headings)) = reached else {
            return match &self.by_other_entrances {
                Some(other) => other.route_to(grid, to),
                None => Err(unreachable(&to_endpoint)),
            };
        };
        let facing = match to {
            Place::Stand(number) => grid
                .stand(number)
                .filter(|spot| spot.target == Some(goal))
                .map(|spot| facing_the_stand(spot.approach)),
            _ => None,
        };
        let heading = match facing {
            Some(h) if headings & 1 << h != 0 => h,
            _ => headings.trailing_zeros(),
        };
        let state = goal_node * 4 + heading;
        let path = trace_back(grid, state, &self.came, &self.link_parent);
        // A tree from several entrances starts at the one the path leaves from.
        let from = match grid.entrance_at(path[0]) {
            Some(entrance) if self.from_each_entrance => entrance.endpoint(),
            _ => self.from.clone(),
        };
        Ok(Route::along(grid, from, to_endpoint, path))
    }

    /// Dijkstra over (node, heading) states from every heading at `start`;
    /// fills `came` and `link_parent` and returns the cost of every state.
    /// Costs are packed with the state into one `u64` key, cost first, so
    /// the heap compares one integer and equal costs settle in state order.
    fn search(&mut self, grid: &VenueGrid, starts: &[u32]) -> Vec<u32> {
        let mut cost = vec![UNSEEN; self.came.len()];
        let mut heap = RadixHeap::new();
        let key = |c: u32, state: u32| u64::from(c) << 32 | u64::from(state);
        for &start in starts {
            for heading in 0..4 {
                cost[(start * 4 + heading) as usize] = 0;
                heap.push(key(0, start * 4 + heading));
            }
        }
        while let Some(packed) = heap.pop() {
            let (here, state) = ((packed >> 32) as u32, packed as u32);
            if here != cost[state as usize] {
                continue; // a cheaper way to this state was found since
            }
            let (node, heading) = (state / 4, state % 4);
            let (neighbours, step) = grid.neighbours(node);
            for (next_heading, neighbour) in neighbours.into_iter().enumerate() {
                let next_heading = next_heading as u32;
                // Turning back never shortens a path.
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
                    self.came[next as usize] = heading as u8;
                    heap.push(key(new_cost, next));
                }
            }
            for (other, link_cost) in grid.across_links(node) {
                let new_cost = here.saturating_add(link_cost);
                // Any heading on arrival: a staircase sets no direction.
                for next_heading in 0..4 {
                    let next = other * 4 + next_heading;
                    if new_cost < cost[next as usize] {
                        cost[next as usize] = new_cost;
                        self.came[next as usize] = CAME_LINK;
                        self.link_parent.insert(next, state);
                        heap.push(key(new_cost, next));
                    }
                }
            }
        }
        cost
    }

    /// Where the tree starts, as routes name it.
    pub fn from(&self) -> &Endpoint {
        &self.from
    }
}

/// The heading (index in `HEADINGS`: north, east, south, west) of someone
/// in front of a stand approached from `side`, looking at it.
fn facing_the_stand(side: Side) -> u32 {
    match side {
        Side::South => 0,
        Side::West => 1,
        Side::North => 2,
        Side::East => 3,
    }
}

#[cfg(test)]
#[path = "tree_tests.rs"]
mod tests;
