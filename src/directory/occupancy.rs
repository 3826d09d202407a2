//! Which stand, wall or landmark covers a given place of a hall, found
//! without comparing every pair: a 50,000-stand directory must load in
//! milliseconds, so overlap checks cannot be quadratic.
//!
//! Rectangles are filed in square buckets of 2^k cells a side, k chosen so
//! there are about as many buckets as items. A query only looks at the items
//! filed in the buckets it touches. The buckets cover only the area where
//! items lie, so a few stands in a corner of a huge hall stay cheap.
//! A dense cell grid would be simpler but a 10,000 × 10,000 hall would need
//! hundreds of megabytes.

use super::Rect;

/// What covers a place. Indices are those of the directory's own lists
/// (`stands`, and the hall's `walls` and `landmarks`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occupant {
    Stand(usize),
    Wall(usize),
    Landmark(usize),
}

pub struct Occupancy {
    origin_x: u32,
    origin_y: u32,
    columns: u32,
    rows: u32,
    shift: u32,
    buckets: Vec<Vec<(Rect, Occupant)>>,
}

impl Occupancy {
    /// An index for about `expected` rectangles, all inside `bounds`.
    /// `bounds` must be a rectangle that fits in a `u32` grid (w, h > 0).
    pub fn new(bounds: Rect, expected: usize) -> Self {
        let target = (expected.saturating_mul(2)).clamp(16, 1 << 22) as u64;
        let mut shift = 0;
        while shift < 31 && buckets_along(bounds.w, shift) * buckets_along(bounds.h, shift) > target
        {
            shift += 1;
        }
        let columns = buckets_along(bounds.w, shift) as u32;
        let rows = buckets_along(bounds.h, shift) as u32;
        Occupancy {
            origin_x: bounds.x,
            origin_y: bounds.y,
            columns,
            rows,
            shift,
            buckets: vec![Vec::new(); columns as usize * rows as usize],
        }
    }

    /// An index sized for `rects`, covering exactly the area they span.
    pub fn around(rects: &[Rect]) -> Self {
        let bounds = rects.iter().copied().reduce(|a, b| {
            let x = a.x.min(b.x);
            let y = a.y.min(b.y);
            let right = a.x.saturating_add(a.w).max(b.x.saturating_add(b.w));
            let bottom = a.y.saturating_add(a.h).max(b.y.saturating_add(b.h));
            Rect {
                x,
                y,
                w: right - x,
                h: bottom - y,
            }
        });
        Occupancy::new(
            bounds.unwrap_or(Rect {
                x: 0,
                y: 0,
                w: 1,
                h: 1,
            }),
            rects.len(),
        )
    }

    /// Files `rect` (which must lie inside the bounds given at creation,
    /// with a non-zero size) as covered by `occupant`.
    pub fn insert(&mut self, rect: Rect, occupant: Occupant) {
        for bucket in self.buckets_of(rect) {
            self.buckets[bucket].push((rect, occupant));
        }
    }

    /// The first occupant filed whose rectangle overlaps `rect`.
    pub fn first_overlap(&self, rect: Rect) -> Option<Occupant> {
        self.buckets_of(rect).find_map(|bucket| {
            self.buckets[bucket]
                .iter()
                .find(|(filed, _)| overlaps(filed, &rect))
                .map(|&(_, occupant)| occupant)
        })
    }

    /// The first occupant filed that covers cell (`x`, `y`).
    pub fn at(&self, x: u32, y: u32) -> Option<Occupant> {
        let bucket = self.buckets_of(Rect { x, y, w: 1, h: 1 }).next()?;
        self.buckets[bucket]
            .iter()
            .find(|(filed, _)| covers(filed, x, y))
            .map(|&(_, occupant)| occupant)
    }

    /// Indices of the buckets `rect` touches (none when it lies outside).
    fn buckets_of(&self, rect: Rect) -> impl Iterator<Item = usize> + use<> {
        let span = |start: u32, len: u32, origin: u32, count: u32| {
            let first = start.checked_sub(origin)? >> self.shift;
            let last =
                (u64::from(start) + u64::from(len.max(1)) - 1 - u64::from(origin)) >> self.shift;
            (first < count).then(|| (first, last.min(u64::from(count) - 1) as u32))
        };
        // A rectangle starting before the origin is clipped to it.
        let clip = |start: u32, len: u32, origin: u32| -> Option<(u32, u32)> {
            if start >= origin {
                return Some((start, len));
            }
            let cut = origin - start;
            (len > cut).then(|| (origin, len - cut))
        };
        let columns = self.columns;
        let range = clip(rect.x, rect.w, self.origin_x)
            .and_then(|(x, w)| span(x, w, self.origin_x, self.columns))
            .zip(
                clip(rect.y, rect.h, self.origin_y)
                    .and_then(|(y, h)| span(y, h, self.origin_y, self.rows)),
            );
        range.into_iter().flat_map(move |((x0, x1), (y0, y1))| {
            (y0..=y1).flat_map(move |row| {
                (x0..=x1).map(move |column| row as usize * columns as usize + column as usize)
            })
        })
    }
}

/// Whether two rectangles share a cell, without overflow on any input.
fn overlaps(a: &Rect, b: &Rect) -> bool {
    let (ax, ay, bx, by) = (
        u64::from(a.x),
        u64::from(a.y),
        u64::from(b.x),
        u64::from(b.y),
    );
    ax < bx + u64::from(b.w)
        && bx < ax + u64::from(a.w)
        && ay < by + u64::from(b.h)
        && by < ay + u64::from(a.h)
}

fn covers(r: &Rect, x: u32, y: u32) -> bool {
    overlaps(r, &Rect { x, y, w: 1, h: 1 })
}

fn buckets_along(length: u32, shift: u32) -> u64 {
    (u64::from(length.max(1)) + (1u64 << shift) - 1) >> shift
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(x: u32, y: u32, w: u32, h: u32) -> Rect {
        Rect { x, y, w, h }
    }

    #[test]
    fn finds_overlaps_across_bucket_boundaries() {
        let mut grid = Occupancy::new(rect(0, 0, 1000, 1000), 4);
        grid.insert(rect(100, 100, 300, 20), Occupant::Stand(0));
        grid.insert(rect(900, 900, 100, 100), Occupant::Wall(1));
        assert_eq!(
            grid.first_overlap(rect(399, 119, 5, 5)),
            Some(Occupant::Stand(0))
        );
        assert_eq!(grid.first_overlap(rect(400, 100, 5, 5)), None);
        assert_eq!(
            grid.first_overlap(rect(0, 0, 1000, 1000)),
            Some(Occupant::Stand(0))
        );
        assert_eq!(grid.at(999, 999), Some(Occupant::Wall(1)));
        assert_eq!(grid.at(899, 999), None);
        assert_eq!(grid.at(5000, 5000), None);
    }

    #[test]
    fn queries_outside_the_bounds_are_clipped_not_panicking() {
        let mut grid = Occupancy::around(&[rect(50, 50, 2, 2), rect(60, 60, 2, 2)]);
        grid.insert(rect(50, 50, 2, 2), Occupant::Landmark(0));
        assert_eq!(
            grid.first_overlap(rect(0, 0, 51, 51)),
            Some(Occupant::Landmark(0))
        );
        assert_eq!(grid.first_overlap(rect(0, 0, 50, 50)), None);
        assert_eq!(grid.first_overlap(rect(u32::MAX - 1, 0, 1, 1)), None);
        assert_eq!(grid.at(0, 0), None);
        assert_eq!(grid.at(u32::MAX, u32::MAX), None);
    }

    #[test]
    fn many_small_stands_in_a_huge_hall_use_few_buckets() {
        let grid = Occupancy::new(rect(0, 0, 10_000, 10_000), 10);
        assert!(grid.buckets.len() <= 20, "{} buckets", grid.buckets.len());
    }
}
