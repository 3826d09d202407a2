//! Walking distances between many places: one Dijkstra per place, for the
//! tour and the day plan, spread over the cores. No headings here, turns do not matter to a distance.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use rayon::prelude::*;

use super::Cell;
use super::grid::{UNITS_PER_METRE, VenueGrid};
use super::route::UNSEEN;

/// Walking distances in metres between every pair of `places` (row = from),
/// `None` where no path exists. Walking is two-way, so the matrix is
/// symmetric: the Dijkstra from place `i` only looks for places `i..`, and
/// stops once they are all settled.
pub fn distance_matrix(grid: &VenueGrid, places: &[Cell]) -> Vec<Vec<Option<f64>>> {
    let nodes: Vec<Option<u32>> = places.iter().map(|&c| grid.node(c)).collect();
    let mut matrix = vec![vec![None; nodes.len()]; nodes.len()];
    // The searches are independent: one per core, each with its own
    // distance buffer (one per worker, not per search).
    let rows: Vec<(usize, Vec<Option<f64>>)> = nodes
        .par_iter()
        .enumerate()
        .filter_map(|(i, source)| source.map(|s| (i, s)))
        .map_init(
            || vec![UNSEEN; grid.node_count() as usize],
            |dist, (i, source)| (i, dijkstra(grid, source, &nodes[i..], dist)),
        )
        .collect();
    for (i, row) in rows {
        for (j, d) in row.into_iter().enumerate() {
            matrix[i][i + j] = d;
            matrix[i + j][i] = d;
        }
    }
    matrix
}

fn dijkstra(
    grid: &VenueGrid,
    source: u32,
    targets: &[Option<u32>],
    dist: &mut [u32],
) -> Vec<Option<f64>> {
    dist.fill(UNSEEN);
    // a sorted list is checked with a binary search, cheaper than a hash.
    let mut unsettled: Vec<u32> = targets.iter().flatten().copied().collect();
    unsettled.sort_unstable();
    unsettled.dedup();
    let mut heap = BinaryHeap::new();
    if grid.is_free_node(source) {
        dist[source as usize] = 0;
        heap.push(Reverse((0u32, source)));
    }
    while let Some(Reverse((cost, node))) = heap.pop() {
        if cost != dist[node as usize] {
            continue;
        }
        if let Ok(i) = unsettled.binary_search(&node) {
            unsettled.remove(i);
        }
        if unsettled.is_empty() {
            break;
        }
        let (neighbours, step) = grid.neighbours(node);
        let mut relax = |next: u32, new_cost: u32| {
            if new_cost < dist[next as usize] {
                dist[next as usize] = new_cost;
                heap.push(Reverse((new_cost, next)));
            }
        };
        for (next, _) in neighbours.into_iter().flatten() {
            relax(next, cost.saturating_add(step));
        }
        for (other, link_cost) in grid.across_links(node) {
            relax(other, cost.saturating_add(link_cost));
        }
    }
    targets
        .iter()
        .map(|t| {
            let d = dist[(*t)? as usize];
            (d != UNSEEN).then(|| f64::from(d) / UNITS_PER_METRE)
        })
        .collect()
}
