//! Walking distances between many places, for the tour and the day plan.
//! No headings here: turns do not matter to a distance.
//!
//! A walk is a string of stretches inside one hall joined by doors, stairs
//! and lifts (the grid's links). Inside a hall every step costs the same, so
//! a breadth-first search gives its distances, several times faster than a
//! Dijkstra; and a place only needs one over its own hall. The links form a
//! small graph of their own ([`Portals`]: their ends, joined by the link and
//! by the walk inside each hall), built once per grid, over which a Dijkstra
//! of a few dozen nodes joins two halls. At 50,000 stands in 20 halls, a
//! place costs one hall's search (26,000 cells) where a Dijkstra over the
//! fair visited 520,000.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use rayon::prelude::*;

use super::Cell;
use super::grid::{HallGrid, UNITS_PER_METRE, VenueGrid};
use super::route::UNSEEN;

/// Walking distances in metres between every pair of `places` (row = from),
/// `None` where no path exists. Walking is two-way, so the matrix is
/// symmetric.
pub fn distance_matrix(grid: &VenueGrid, places: &[Cell]) -> Vec<Vec<Option<f64>>> {
    let portals = grid.portals();
    let nodes: Vec<Option<u32>> = places
        .iter()
        .map(|&c| grid.node(c).filter(|&n| grid.is_free_node(n)))
        .collect();
    // One search of its hall per place, one per core: the cost to each of
    // the hall's link ends, and to the places in the same hall.
    let local: Vec<Option<Local>> = nodes
        .par_iter()
        .map_init(Hops::default, |hops, node| {
            node.map(|n| Local::search(grid, portals, n, &nodes, hops))
        })
        .collect();
    let rows: Vec<Vec<Option<u32>>> = (0..nodes.len())
        .into_par_iter()
        .map(|i| row(portals, &local, i))
        .collect();
    let mut matrix = vec![vec![None; nodes.len()]; nodes.len()];
    for (i, row) in rows.into_iter().enumerate() {
        for (j, cost) in row.into_iter().enumerate() {
            let metres = cost.map(|c| f64::from(c) / UNITS_PER_METRE);
            matrix[i][i + j] = metres;
            matrix[i + j][i] = metres;
        }
    }
    matrix
}

/// The costs from place `i` to places `i..`: within its hall, or out by a
/// link end of its hall and in by one of the other place's.
fn row(portals: &Portals, local: &[Option<Local>], i: usize) -> Vec<Option<u32>> {
    let Some(from) = &local[i] else {
        return vec![None; local.len() - i];
    };
    let via = portals.costs_from(from.hall, &from.to_portals);
    local[i..]
        .iter()
        .enumerate()
        .map(|(k, to)| {
            let to = to.as_ref()?;
            let inside = from.to_places[i + k];
            let outside = portals.by_hall[to.hall]
                .iter()
                .zip(&to.to_portals)
                .map(|(&p, &back)| via[p as usize].saturating_add(back))
                .min()
                .unwrap_or(UNSEEN);
            let best = inside.min(outside);
            (best != UNSEEN).then_some(best)
        })
        .collect()
}

/// What one place's search of its hall found, in search units.
struct Local {
    hall: usize,
    /// To each link end of the hall, as listed in [`Portals::by_hall`].
    to_portals: Vec<u32>,
    /// To every place ([`UNSEEN`] for those in other halls).
    to_places: Vec<u32>,
}

impl Local {
    fn search(
        grid: &VenueGrid,
        portals: &Portals,
        node: u32,
        places: &[Option<u32>],
        hops: &mut Hops,
    ) -> Local {
        let hall = grid.cell(node).hall;
        let h = grid.hall(hall);
        let same_hall = |n: u32| h.contains(n).then(|| h.local(n));
        let ends: Vec<u32> = portals.by_hall[hall]
            .iter()
            .map(|&p| h.local(portals.nodes[p as usize]))
            .collect();
        let wanted: Vec<u32> = places
            .iter()
            .filter_map(|n| same_hall((*n)?))
            .chain(ends.iter().copied())
            .collect();
        hops.search(h, h.local(node), wanted);
        let cost = |local: u32| hops.cost(h, local);
        Local {
            hall,
            to_portals: ends.iter().map(|&e| cost(e)).collect(),
            to_places: places
                .iter()
                .map(|n| n.and_then(same_hall).map_or(UNSEEN, cost))
                .collect(),
        }
    }
}

/// A breadth-first search of one hall, its buffers kept from one search to
/// the next (one per worker).
#[derive(Default)]
struct Hops {
    /// Steps from the start, per cell of the hall; [`UNSEEN`] if not reached.
    steps: Vec<u32>,
    queue: Vec<u32>,
}

impl Hops {
    /// Steps from `start` to the hall's cells, until every cell of `wanted`
    /// is reached (or no more can be).
    fn search(&mut self, hall: &HallGrid, start: u32, mut wanted: Vec<u32>) {
        let cells = (hall.width * hall.height) as usize;
        self.steps.clear();
        self.steps.resize(cells, UNSEEN);
        self.queue.clear();
        wanted.sort_unstable();
        wanted.dedup();
        let mut left = wanted.len();
        self.steps[start as usize] = 0;
        self.queue.push(start);
        let mut head = 0;
        let width = hall.width;
        while head < self.queue.len() && left > 0 {
            let at = self.queue[head];
            head += 1;
            if wanted.binary_search(&at).is_ok() {
                left -= 1;
            }
            let next = self.steps[at as usize] + 1;
            let (x, y) = (at % width, at / width);
            let mut visit = |cell: u32| {
                if self.steps[cell as usize] == UNSEEN && hall.is_free_local(cell) {
                    self.steps[cell as usize] = next;
                    self.queue.push(cell);
                }
            };
            if y > 0 {
                visit(at - width);
            }
            if x + 1 < width {
                visit(at + 1);
            }
            if y + 1 < hall.height {
                visit(at + width);
            }
            if x > 0 {
                visit(at - 1);
            }
        }
    }

    /// The cost of walking to `local`, in search units.
    fn cost(&self, hall: &HallGrid, local: u32) -> u32 {
        match self.steps[local as usize] {
            UNSEEN => UNSEEN,
            steps => steps.saturating_mul(hall.step_cost),
        }
    }
}

/// The ends of the grid's links (doors, stairs, lifts) as a graph: two ends
/// are joined by their link, and by the walk between them inside a hall.
/// Built once per grid ([`VenueGrid::portals`]): one search of a hall per
/// link end, a few milliseconds at 50,000 stands.
#[derive(Debug, Clone, Default)]
pub(crate) struct Portals {
    /// The node of each end.
    nodes: Vec<u32>,
    /// The ends in each hall.
    by_hall: Vec<Vec<u32>>,
    /// From each end: the other ends and the cost to them.
    edges: Vec<Vec<(u32, u32)>>,
}

impl Portals {
    pub(crate) fn build(grid: &VenueGrid) -> Portals {
        // Only a link whose two ends are walkable is ever crossed.
        let crossed: Vec<_> = grid
            .links
            .iter()
            .filter(|l| grid.is_free_node(l.a) && grid.is_free_node(l.b))
            .collect();
        let mut nodes: Vec<u32> = crossed.iter().flat_map(|l| [l.a, l.b]).collect();
        nodes.sort_unstable();
        nodes.dedup();
        let index = |n: u32| nodes.binary_search(&n).expect("an end of a link") as u32;
        let mut by_hall = vec![Vec::new(); grid.halls().len()];
        for (p, &n) in nodes.iter().enumerate() {
            by_hall[grid.cell(n).hall].push(p as u32);
        }
        let mut edges: Vec<Vec<(u32, u32)>> = nodes
            .par_iter()
            .map_init(Hops::default, |hops, &n| {
                let hall = grid.cell(n).hall;
                let h = grid.hall(hall);
                let others = &by_hall[hall];
                hops.search(
                    h,
                    h.local(n),
                    others.iter().map(|&o| h.local(nodes[o as usize])).collect(),
                );
                others
                    .iter()
                    .filter(|&&o| nodes[o as usize] != n)
                    .map(|&o| (o, hops.cost(h, h.local(nodes[o as usize]))))
                    .filter(|&(_, cost)| cost != UNSEEN)
                    .collect()
            })
            .collect();
        for link in crossed {
            let (a, b) = (index(link.a), index(link.b));
            edges[a as usize].push((b, link.cost));
            edges[b as usize].push((a, link.cost));
        }
        Portals {
            nodes,
            by_hall,
            edges,
        }
    }

    /// The cost to every end from a place in `hall`, given its costs to the
    /// hall's own ends (a Dijkstra over the ends).
    fn costs_from(&self, hall: usize, to_own: &[u32]) -> Vec<u32> {
        let mut cost = vec![UNSEEN; self.nodes.len()];
        let mut heap = BinaryHeap::new();
        for (&p, &c) in self.by_hall[hall].iter().zip(to_own) {
            if c < cost[p as usize] {
                cost[p as usize] = c;
                heap.push(Reverse((c, p)));
            }
        }
        while let Some(Reverse((c, p))) = heap.pop() {
            if c != cost[p as usize] {
                continue;
            }
            for &(next, step) in &self.edges[p as usize] {
                let through = c.saturating_add(step);
                if through < cost[next as usize] {
                    cost[next as usize] = through;
                    heap.push(Reverse((through, next)));
                }
            }
        }
        cost
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::venue::{Place, route};

    /// Every pair, in halls joined by doors, measures what the A* walks.
    #[test]
    fn across_halls_the_distances_are_the_lengths_of_the_astar_routes() {
        // Three halls: 2 560 + 2 560 + 80 stands, joined by doors.
        let directory = crate::generate::generate(5_200, 3);
        let grid = VenueGrid::build(&directory).unwrap();
        assert_eq!(grid.halls().len(), 3);
        let mut places = vec![Place::MainEntrance];
        places.extend(
            directory
                .stands
                .iter()
                .step_by(431)
                .chain(directory.stands.last())
                .map(|s| Place::Stand(s.number.to_string())),
        );
        let cells: Vec<Cell> = places.iter().map(|p| grid.resolve(p).unwrap().0).collect();
        let halls: std::collections::HashSet<usize> = cells.iter().map(|c| c.hall).collect();
        assert_eq!(halls.len(), 3, "the sample spans every hall");
        let matrix = distance_matrix(&grid, &cells);
        for (i, from) in places.iter().enumerate() {
            for (j, to) in places.iter().enumerate() {
                let walked = route(&grid, from, to).unwrap().length_m;
                let measured = matrix[i][j].unwrap();
                assert!(
                    (walked - measured).abs() < 1e-6,
                    "{from:?} → {to:?}: A* {walked}, matrix {measured}"
                );
            }
        }
    }

    #[test]
    fn a_place_no_walk_leads_to_has_no_distance_but_to_itself() {
        let directory = crate::venue::testing::directory_from_art(
            &[
                "@....#...", //
                ".....#...",
            ],
            &[],
        );
        let grid = VenueGrid::build(&directory).unwrap();
        let cell = |x| Cell { hall: 0, x, y: 1 };
        let wall = cell(5);
        let matrix = distance_matrix(&grid, &[cell(0), cell(4), cell(7), wall]);
        assert_eq!(matrix[0][1], Some(4.0));
        assert_eq!(matrix[1][0], Some(4.0));
        assert_eq!(matrix[2][2], Some(0.0));
        assert_eq!(matrix[0][2], None);
        assert_eq!(matrix[2][0], None);
        assert!(matrix[3].iter().all(Option::is_none), "a wall is no place");
    }
}
