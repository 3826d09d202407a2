//! The starred stands ordered into a short walking tour.
//!
//! Distances are real walking distances over the grid (one Dijkstra per stop),
//! not straight lines. Up to [`EXACT_UP_TO`] stops the best order is found
//! exactly (Held–Karp); beyond, nearest neighbour and the starred order are
//! each improved by 2-opt and by moving single stops, and the shorter wins, so
//! the tour is never longer than walking the stands in the order starred.

use super::grid::VenueGrid;
use super::route::distance_matrix;
use super::{Endpoint, Place, RouteError};

/// Above this many stops, the order is found by heuristics, not exactly.
pub const EXACT_UP_TO: usize = 10;

/// A stop of the tour.
#[derive(Debug, Clone, PartialEq)]
pub struct TourStop {
    pub stand: String,
    /// Walking distance from the previous stop (or the start).
    pub leg_m: f64,
}

/// A walking tour of the starred stands not yet visited.
#[derive(Debug, Clone, PartialEq)]
pub struct Tour {
    pub start: Endpoint,
    /// The stands still to visit, in walking order.
    pub stops: Vec<TourStop>,
    pub total_m: f64,
    /// Starred stands already visited: not in the tour, listed for display.
    pub visited: Vec<String>,
    /// Starred stands that cannot be walked to, and why.
    pub skipped: Vec<(String, RouteError)>,
}

/// The tour of `starred` (in the order starred) from `start`, leaving out the
/// stands in `visited`. Fails only when the start itself is not usable.
pub fn plan_tour(
    grid: &VenueGrid,
    start: &Place,
    starred: &[String],
    visited: &[String],
) -> Result<Tour, RouteError> {
    let (start_cell, start_endpoint) = grid.resolve(start)?;
    let mut seen = std::collections::HashSet::new();
    let mut visited_out = Vec::new();
    let mut skipped = Vec::new();
    let mut stands = Vec::new();
    let mut cells = vec![start_cell];
    for number in starred {
        if !seen.insert(number.as_str()) {
            continue;
        }
        if visited.contains(number) {
            visited_out.push(number.clone());
            continue;
        }
        match grid.resolve(&Place::Stand(number.clone())) {
            Ok((cell, _)) => {
                stands.push(number.clone());
                cells.push(cell);
            }
            Err(e) => skipped.push((number.clone(), e)),
        }
    }
    let matrix = distance_matrix(grid, &cells);
    // Walking is two-way, so a stand the start cannot reach reaches no other
    // stop the start reaches either: dropping it keeps the matrix complete.
    let keep: Vec<usize> = (1..cells.len())
        .filter(|&i| matrix[0][i].is_some())
        .collect();
    for i in (1..cells.len()).filter(|i| !keep.contains(i)) {
        let stand = stands[i - 1].clone();
        skipped.push((stand.clone(), RouteError::Unreachable { stand }));
    }
    let index: Vec<usize> = std::iter::once(0).chain(keep.iter().copied()).collect();
    let dist: Vec<Vec<f64>> = index
        .iter()
        .map(|&a| {
            index
                .iter()
                .map(|&b| matrix[a][b].unwrap_or(f64::INFINITY))
                .collect()
        })
        .collect();
    let order = order_stops(&dist);
    let mut previous = 0;
    let stops: Vec<TourStop> = order
        .iter()
        .map(|&i| {
            let leg_m = dist[previous][i];
            previous = i;
            TourStop {
                stand: stands[index[i] - 1].clone(),
                leg_m,
            }
        })
        .collect();
    Ok(Tour {
        start: start_endpoint,
        total_m: stops.iter().map(|s| s.leg_m).sum(),
        stops,
        visited: visited_out,
        skipped,
    })
}

/// Length of walking `order` from stop 0.
pub fn tour_length(dist: &[Vec<f64>], order: &[usize]) -> f64 {
    let mut previous = 0;
    order
        .iter()
        .map(|&i| std::mem::replace(&mut previous, i))
        .zip(order)
        .map(|(a, &b)| dist[a][b])
        .sum()
}

/// A short order of the stops `1..n` starting from stop 0, over the
/// (symmetric) distance matrix `dist`. The tour is open: it ends at the last stop.
pub fn order_stops(dist: &[Vec<f64>]) -> Vec<usize> {
    let stops = dist.len().saturating_sub(1);
    if stops <= EXACT_UP_TO {
        return held_karp(dist);
    }
    heuristic_order(dist)
}

/// Nearest neighbour and the given order, each improved; the shorter.
pub fn heuristic_order(dist: &[Vec<f64>]) -> Vec<usize> {
    let given: Vec<usize> = (1..dist.len()).collect();
    let mut best = improve(dist, given);
    let nearest = improve(dist, nearest_neighbour(dist));
    if tour_length(dist, &nearest) < tour_length(dist, &best) {
        best = nearest;
    }
    best
}

fn nearest_neighbour(dist: &[Vec<f64>]) -> Vec<usize> {
    let mut left: Vec<usize> = (1..dist.len()).collect();
    let mut order = Vec::with_capacity(left.len());
    let mut here = 0;
    while !left.is_empty() {
        let (k, _) = left
            .iter()
            .enumerate()
            .min_by(|a, b| dist[here][*a.1].total_cmp(&dist[here][*b.1]))
            .unwrap_or((0, &0));
        here = left.remove(k);
        order.push(here);
    }
    order
}

const EPSILON: f64 = 1e-9;

/// 2-opt (reverse a stretch) and relocation (move one stop elsewhere) until
/// neither shortens the tour. Each accepted move shortens it, so this ends.
fn improve(dist: &[Vec<f64>], order: Vec<usize>) -> Vec<usize> {
    let mut path: Vec<usize> = std::iter::once(0).chain(order).collect();
    let n = path.len();
    let d = |a: usize, b: usize| dist[a][b];
    let mut improved = true;
    while improved {
        improved = false;
        for i in 1..n {
            for j in i + 1..n {
                let after = |k: usize| path.get(k + 1).copied();
                let before_cost =
                    d(path[i - 1], path[i]) + after(j).map_or(0.0, |next| d(path[j], next));
                let after_cost =
                    d(path[i - 1], path[j]) + after(j).map_or(0.0, |next| d(path[i], next));
                if after_cost < before_cost - EPSILON {
                    path[i..=j].reverse();
                    improved = true;
                }
            }
        }
        for i in 1..n {
            let current = tour_length(dist, &path[1..]);
            let stop = path.remove(i);
            let (best_at, best_len) = (1..=path.len())
                .map(|at| {
                    path.insert(at, stop);
                    let len = tour_length(dist, &path[1..]);
                    path.remove(at);
                    (at, len)
                })
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .unwrap_or((i, current));
            if best_len < current - EPSILON {
                path.insert(best_at, stop);
                improved = true;
            } else {
                path.insert(i, stop);
            }
        }
    }
    path.remove(0);
    path
}

/// The exact shortest open tour from stop 0 (dynamic programming over
/// subsets; fine for a dozen stops).
fn held_karp(dist: &[Vec<f64>]) -> Vec<usize> {
    let k = dist.len().saturating_sub(1);
    if k == 0 {
        return Vec::new();
    }
    let full = 1usize << k;
    // best[mask * k + j]: shortest walk from 0 through `mask`, ending at j+1.
    let mut best = vec![f64::INFINITY; full * k];
    let mut parent = vec![usize::MAX; full * k];
    for j in 0..k {
        best[(1 << j) * k + j] = dist[0][j + 1];
    }
    for mask in 1..full {
        for j in (0..k).filter(|j| mask & (1 << j) != 0) {
            let here = best[mask * k + j];
            if !here.is_finite() {
                continue;
            }
            for next in (0..k).filter(|n| mask & (1 << n) == 0) {
                let to = (mask | (1 << next)) * k + next;
                let cost = here + dist[j + 1][next + 1];
                if cost < best[to] {
                    best[to] = cost;
                    parent[to] = j;
                }
            }
        }
    }
    let last_mask = full - 1;
    let mut end = (0..k)
        .min_by(|&a, &b| best[last_mask * k + a].total_cmp(&best[last_mask * k + b]))
        .unwrap_or(0);
    let mut mask = last_mask;
    let mut order = Vec::with_capacity(k);
    loop {
        order.push(end + 1);
        let previous = parent[mask * k + end];
        mask &= !(1 << end);
        if previous == usize::MAX || mask == 0 {
            break;
        }
        end = previous;
    }
    order.reverse();
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Points on a plane with Manhattan distances: symmetric, triangular.
    fn matrix(points: &[(i64, i64)]) -> Vec<Vec<f64>> {
        points
            .iter()
            .map(|a| {
                points
                    .iter()
                    .map(|b| ((a.0 - b.0).abs() + (a.1 - b.1).abs()) as f64)
                    .collect()
            })
            .collect()
    }

    fn points(seed: &mut u64, n: usize) -> Vec<(i64, i64)> {
        (0..n)
            .map(|_| {
                *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                ((*seed >> 40) as i64 % 50, (*seed >> 20) as i64 % 50)
            })
            .collect()
    }

    fn brute_force(dist: &[Vec<f64>], here: usize, left: &mut Vec<usize>) -> f64 {
        if left.is_empty() {
            return 0.0;
        }
        (0..left.len())
            .map(|k| {
                let next = left.remove(k);
                let rest = dist[here][next] + brute_force(dist, next, left);
                left.insert(k, next);
                rest
            })
            .fold(f64::INFINITY, f64::min)
    }

    #[test]
    fn held_karp_finds_the_optimum() {
        let mut seed = 7;
        for n in 1..=8 {
            let dist = matrix(&points(&mut seed, n));
            let order = held_karp(&dist);
            let mut sorted = order.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, (1..n).collect::<Vec<_>>());
            let best = brute_force(&dist, 0, &mut (1..n).collect());
            assert_eq!(tour_length(&dist, &order), best, "{n} points");
        }
    }

    #[test]
    fn the_heuristic_visits_every_stop_and_never_loses_to_the_given_order() {
        let mut seed = 11;
        for n in [2, 5, 15, 40] {
            let dist = matrix(&points(&mut seed, n));
            let order = heuristic_order(&dist);
            let mut sorted = order.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, (1..n).collect::<Vec<_>>());
            let given: Vec<usize> = (1..n).collect();
            assert!(tour_length(&dist, &order) <= tour_length(&dist, &given));
        }
    }

    #[test]
    fn two_opt_uncrosses_a_crossed_tour() {
        // Start at 0; a square walked corner to opposite corner twice.
        let dist = matrix(&[(0, 0), (10, 10), (0, 10), (10, 0), (20, 0)]);
        let improved = improve(&dist, vec![1, 2, 3, 4]);
        assert!(tour_length(&dist, &improved) < tour_length(&dist, &[1, 2, 3, 4]));
        assert_eq!(tour_length(&dist, &improved), 40.0);
    }

    #[test]
    fn no_stops_no_tour() {
        assert_eq!(order_stops(&[vec![0.0]]), Vec::<usize>::new());
        assert_eq!(order_stops(&[]), Vec::<usize>::new());
    }
}
