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
    /// Per node, two bytes (see [`Node`]): how each of its four search
    /// states (heading) was entered, and which of them are among the
    /// cheapest ways to the node.
    nodes: Vec<u16>,
    /// Parents of the few states entered through a door, stairs or lift.
    link_parent: HashMap<u32, u32>,
    /// From the main entrance: the tree from the other entrances it does
    /// not lead to (halls with their own entrance and no door), for the
    /// places only they lead to. A route along it starts at its entrance.
    by_other_entrances: Option<Box<PathTree>>,
    /// Whether routes start at the entrance their path leaves from (the
    /// tree of the other entrances) rather than at `from`.
    from_each_entrance: bool,
}

/// What the tree keeps of one node, packed in a `u16`: bits `3h..3h + 3`
/// say how the state of heading `h` was entered, as in the A* (the
/// previous heading, [`CAME_START`] or [`CAME_LINK`]); bit `12 + h` is set
/// when that state is among the cheapest ways to the node (no bit: no path
/// reaches it).
struct Node;

impl Node {
    /// Every state entered from the start, none reached.
    const UNREACHED: u16 = {
        let start = CAME_START as u16;
        start | start << 3 | start << 6 | start << 9
    };

    fn came(packed: u16, heading: u32) -> u8 {
        (packed >> (3 * heading) & 0b111) as u8
    }

    fn with_came(packed: u16, heading: u32, came: u8) -> u16 {
        let shift = 3 * heading;
        packed & !(0b111 << shift) | u16::from(came) << shift
    }

    /// The headings among the cheapest, one bit each (bit `h` for `HEADINGS[h]`).
    fn arrival(packed: u16) -> u32 {
        u32::from(packed >> 12)
    }
}

/// The costs of the states a search has reached but not yet settled. A
/// settled state's cost is never looked at again (no later way is
/// cheaper), so only the search's frontier needs one: a few thousand
/// states where a cost per state of the venue took 16 bytes a cell.
type Frontier = std::collections::HashMap<u32, u32, foldhash::fast::FixedState>;

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
        let mut tree = PathTree {
            from,
            nodes: vec![Node::UNREACHED; grid.node_count() as usize],
            link_parent: HashMap::new(),
            by_other_entrances: None,
            from_each_entrance: false,
        };
        let start_nodes: Vec<u32> = starts.iter().filter_map(|&c| grid.node(c)).collect();
        if !start_nodes.is_empty() {
            tree.search(grid, &start_nodes);
        }
        tree
    }

    /// Whether a path from the tree's start leads to `cell`.
    fn reaches(&self, grid: &VenueGrid, cell: Cell) -> bool {
        grid.node(cell)
            .and_then(|n| self.nodes.get(n as usize))
            .is_some_and(|&packed| Node::arrival(packed) != 0)
    }

    /// The shortest route from the tree's start to `to`. Of equally short
    /// ways, one arriving face to the stand when there is one (directions
    /// then end with "straight ahead"), else the first heading clockwise
    /// from north: routes depend on nothing but the venue.
    pub fn route_to(&self, grid: &VenueGrid, to: &Place) -> Result<Route, RouteError> {
        let (goal, to_endpoint) = grid.resolve(to)?;
        let reached = grid
            .node(goal)
            .and_then(|n| Some((n, Node::arrival(*self.nodes.get(n as usize)?))))
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
                .filter(|spot| spot.target() == Some(goal))
                .map(|spot| facing_the_stand(spot.approach)),
            _ => None,
        };
        let heading = match facing {
            Some(h) if headings & 1 << h != 0 => h,
            _ => headings.trailing_zeros(),
        };
        let state = goal_node * 4 + heading;
        let came = |state: u32| Node::came(self.nodes[(state / 4) as usize], state % 4);
        let path = trace_back(grid, state, came, &self.link_parent);
        // A tree from several entrances starts at the one the path leaves from.
        let from = match grid.entrance_at(path[0]) {
            Some(entrance) if self.from_each_entrance => entrance.endpoint(),
            _ => self.from.clone(),
        };
        Ok(Route::along(grid, from, to_endpoint, path))
    }

    /// Dijkstra over (node, heading) states from every heading at `starts`;
    /// fills `nodes` and `link_parent`. Costs are packed with the state into
    /// one `u64` key, cost first, so the heap compares one integer and equal
    /// costs settle in state order.
    ///
    /// Every step costs at least one unit, so the states of cost `c` are
    /// all in the frontier when the first of them is settled, and the
    /// first state of a node to be settled is among its cheapest: the
    /// node's other cheapest states are then the ones of equal cost in the
    /// frontier. A settled state is marked in `settled`, half a byte a node.
    fn search(&mut self, grid: &VenueGrid, starts: &[u32]) {
        let mut settled = vec![0u64; self.nodes.len().div_ceil(16)];
        let mut frontier = Frontier::default();
        let mut heap = RadixHeap::new();
        let key = |c: u32, state: u32| u64::from(c) << 32 | u64::from(state);
        for &start in starts {
            for heading in 0..4 {
                frontier.insert(start * 4 + heading, 0);
                heap.push(key(0, start * 4 + heading));
            }
        }
        while let Some(packed) = heap.pop() {
            let (here, state) = ((packed >> 32) as u32, packed as u32);
            if is_settled(&settled, state) {
                continue; // a cheaper way to this state was settled before
            }
            settled[state as usize / 64] |= 1 << (state % 64);
            frontier.remove(&state);
            let (node, heading) = (state / 4, state % 4);
            let packed_node = &mut self.nodes[node as usize];
            if Node::arrival(*packed_node) == 0 {
                let tied = (0..4)
                    .filter(|&h| h == heading || frontier.get(&(node * 4 + h)) == Some(&here));
                *packed_node |= tied.fold(0, |bits, h| bits | 1 << (12 + h));
            }
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
                if self.improves(&settled, &mut frontier, next, new_cost) {
                    self.set_came(next, heading as u8);
                    heap.push(key(new_cost, next));
                }
            }
            for (other, link_cost) in grid.across_links(node) {
                let new_cost = here.saturating_add(link_cost);
                // Any heading on arrival: a staircase sets no direction.
                for next_heading in 0..4 {
                    let next = other * 4 + next_heading;
                    if self.improves(&settled, &mut frontier, next, new_cost) {
                        self.set_came(next, CAME_LINK);
                        self.link_parent.insert(next, state);
                        heap.push(key(new_cost, next));
                    }
                }
            }
        }
    }

    /// Whether `cost` is a cheaper way to `state` than any found so far
    /// (then the frontier keeps it). A settled state has none cheaper.
    fn improves(&self, settled: &[u64], frontier: &mut Frontier, state: u32, cost: u32) -> bool {
        if is_settled(settled, state) {
            return false;
        }
        match frontier.get_mut(&state) {
            Some(known) if cost < *known => *known = cost,
            None if cost < UNSEEN => {
                frontier.insert(state, cost);
            }
            _ => return false,
        }
        true
    }

    fn set_came(&mut self, state: u32, came: u8) {
        let packed = &mut self.nodes[(state / 4) as usize];
        *packed = Node::with_came(*packed, state % 4, came);
    }

    /// Where the tree starts, as routes name it.
    pub fn from(&self) -> &Endpoint {
        &self.from
    }
}

/// Whether `state`'s bit is set in `settled`, one bit per state.
fn is_settled(settled: &[u64], state: u32) -> bool {
    settled[state as usize / 64] >> (state % 64) & 1 != 0
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
