//! Which stand, wall or landmark covers a given place of a hall, found
//! without comparing every pair: a 50,000-stand directory must load in
//! milliseconds, so overlap checks cannot be quadratic.
//!
//! Rectangles are filed in square buckets of 2^k cells a side, k chosen so
//! there are about as many buckets as items, and a query only looks at the
//! items filed in the buckets it touches. The buckets cover only the area
//! where items lie, so a few stands in a corner of a huge hall stay cheap.
//! (A dense cell grid would be simpler, but a 10,000 × 10,000 hall would
//! need hundreds of megabytes.) The index is built once, in two passes
//! (count, then fill) into flat arrays: no allocation per bucket.

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
    /// Bucket `b` holds `entries[starts[b]..starts[b + 1]]`, in item order.
    starts: Vec<usize>,
    entries: Vec<(Rect, Occupant)>,
}

impl Occupancy {
    /// Files `items` (rectangles of non-zero size). Items keep their order
    /// within each bucket, so queries answer deterministically.
    pub fn new(items: &[(Rect, Occupant)]) -> Self {
        let bounds = items.iter().map(|&(r, _)| r).reduce(|a, b| {
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
        let bounds = bounds.unwrap_or(Rect {
            x: 0,
            y: 0,
            w: 1,
            h: 1,
        });
        let target_buckets = (items.len() as u64 * 2).clamp(16, 1 << 22);
        // Big rectangles are filed in every bucket they touch; keep the total
        // linear in the number of items by making buckets coarser if needed.
        let entry_budget = items.len() as u64 * 8 + 4096;
        let mut index = Occupancy {
            origin_x: bounds.x,
            origin_y: bounds.y,
            columns: 1,
            rows: 1,
            shift: 0,
            starts: Vec::new(),
            entries: Vec::new(),
        };
        for shift in 0..=32 {
            index.shift = shift;
            index.columns = buckets_along(bounds.w, shift);
            index.rows = buckets_along(bounds.h, shift);
            let buckets = u64::from(index.columns) * u64::from(index.rows);
            if buckets > target_buckets {
                continue;
            }
            let entries: u64 = items.iter().map(|&(r, _)| index.bucket_count(r)).sum();
            if entries <= entry_budget || buckets == 1 {
                break;
            }
        }
        let buckets = index.columns as usize * index.rows as usize;
        let mut starts = vec![0usize; buckets + 1];
        for &(rect, _) in items {
            for b in index.buckets_of(rect) {
                starts[b + 1] += 1;
            }
        }
        for b in 0..buckets {
            starts[b + 1] += starts[b];
        }
        let placeholder = (
            Rect {
                x: 0,
                y: 0,
                w: 0,
                h: 0,
            },
            Occupant::Wall(0),
        );
        let mut entries = vec![placeholder; starts[buckets]];
        let mut next = starts.clone();
        for &item in items {
            for b in index.buckets_of(item.0) {
                entries[next[b]] = item;
                next[b] += 1;
            }
        }
        index.starts = starts;
        index.entries = entries;
        index
    }

    /// The first item overlapping `rect` that `accept` takes.
    pub fn first_overlap(&self, rect: Rect, accept: impl Fn(Occupant) -> bool) -> Option<Occupant> {
        self.buckets_of(rect).find_map(|b| {
            self.bucket(b)
                .iter()
                .find(|&&(filed, occupant)| overlaps(&filed, &rect) && accept(occupant))
                .map(|&(_, occupant)| occupant)
        })
    }

    /// The first item that covers cell (`x`, `y`).
    pub fn at(&self, x: u32, y: u32) -> Option<Occupant> {
        let cell = Rect { x, y, w: 1, h: 1 };
        self.first_overlap(cell, |_| true)
    }

    fn bucket(&self, b: usize) -> &[(Rect, Occupant)] {
        match (self.starts.get(b), self.starts.get(b + 1)) {
            (Some(&from), Some(&to)) => self.entries.get(from..to).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The range of bucket columns (or rows) a span of cells touches,
    /// clipped to the index; `None` when it lies wholly outside.
    fn span(&self, start: u32, len: u32, origin: u32, count: u32) -> Option<(u32, u32)> {
        let start = u64::from(start);
        let end = start + u64::from(len.max(1)); // exclusive
        let origin = u64::from(origin);
        let limit = origin + (u64::from(count) << self.shift);
        if end <= origin || start >= limit {
            return None;
        }
        let first = (start.max(origin) - origin) >> self.shift;
        let last = (end.min(limit) - 1 - origin) >> self.shift;
        Some((first as u32, last as u32))
    }

    fn ranges(&self, rect: Rect) -> Option<((u32, u32), (u32, u32))> {
        let xs = self.span(rect.x, rect.w, self.origin_x, self.columns)?;
        let ys = self.span(rect.y, rect.h, self.origin_y, self.rows)?;
        Some((xs, ys))
    }

    fn bucket_count(&self, rect: Rect) -> u64 {
        self.ranges(rect).map_or(0, |((x0, x1), (y0, y1))| {
            u64::from(x1 - x0 + 1) * u64::from(y1 - y0 + 1)
        })
    }

    /// Indices of the buckets `rect` touches (none when it lies outside).
    fn buckets_of(&self, rect: Rect) -> impl Iterator<Item = usize> + use<> {
        let columns = self.columns as usize;
        self.ranges(rect)
            .into_iter()
            .flat_map(move |((x0, x1), (y0, y1))| {
                (y0..=y1).flat_map(move |row| {
                    (x0..=x1).map(move |column| row as usize * columns + column as usize)
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

fn buckets_along(length: u32, shift: u32) -> u32 {
    let buckets = (u64::from(length.max(1)) + (1u64 << shift) - 1) >> shift;
    buckets.min(u64::from(u32::MAX)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(x: u32, y: u32, w: u32, h: u32) -> Rect {
        Rect { x, y, w, h }
    }

    #[test]
    fn finds_overlaps_across_bucket_boundaries() {
        let grid = Occupancy::new(&[
            (rect(0, 0, 1, 1), Occupant::Wall(0)),
            (rect(100, 100, 300, 20), Occupant::Stand(0)),
            (rect(900, 900, 100, 100), Occupant::Wall(1)),
        ]);
        let any = |_| true;
        assert_eq!(
            grid.first_overlap(rect(399, 119, 5, 5), any),
            Some(Occupant::Stand(0))
        );
        assert_eq!(grid.first_overlap(rect(400, 100, 5, 5), any), None);
        assert_eq!(grid.first_overlap(rect(1, 1, 98, 98), any), None);
        assert_eq!(
            grid.first_overlap(rect(0, 0, 1000, 1000), any),
            Some(Occupant::Wall(0))
        );
        let not_walls = |o| matches!(o, Occupant::Stand(_));
        assert_eq!(
            grid.first_overlap(rect(0, 0, 1000, 1000), not_walls),
            Some(Occupant::Stand(0))
        );
        assert_eq!(grid.at(999, 999), Some(Occupant::Wall(1)));
        assert_eq!(grid.at(899, 999), None);
        assert_eq!(grid.at(5000, 5000), None);
    }

    #[test]
    fn queries_outside_the_bounds_are_clipped_not_panicking() {
        let grid = Occupancy::new(&[
            (rect(50, 50, 2, 2), Occupant::Landmark(0)),
            (rect(60, 60, 2, 2), Occupant::Landmark(1)),
        ]);
        let any = |_| true;
        assert_eq!(
            grid.first_overlap(rect(0, 0, 51, 51), any),
            Some(Occupant::Landmark(0))
        );
        assert_eq!(grid.first_overlap(rect(0, 0, 50, 50), any), None);
        assert_eq!(grid.first_overlap(rect(u32::MAX - 1, 0, 1, 1), any), None);
        assert_eq!(
            grid.first_overlap(rect(0, 0, u32::MAX, u32::MAX), any),
            Some(Occupant::Landmark(0))
        );
        assert_eq!(grid.at(0, 0), None);
        assert_eq!(grid.at(u32::MAX, u32::MAX), None);
        assert_eq!(Occupancy::new(&[]).at(0, 0), None);
    }

    #[test]
    fn few_items_in_a_huge_hall_use_few_buckets() {
        let items: Vec<_> = (0..10)
            .map(|i| (rect(i * 1000, i * 1000, 1, 1), Occupant::Stand(i as usize)))
            .collect();
        let grid = Occupancy::new(&items);
        assert!(grid.starts.len() <= 21, "{} buckets", grid.starts.len() - 1);
        assert_eq!(grid.at(9000, 9000), Some(Occupant::Stand(9)));
    }

    #[test]
    fn huge_overlapping_items_do_not_blow_up_memory() {
        let mut items: Vec<_> = (0..2000)
            .map(|i| (rect(0, 0, 10_000, 10_000), Occupant::Stand(i)))
            .collect();
        items.push((rect(0, 0, 1, 1), Occupant::Wall(0)));
        let grid = Occupancy::new(&items);
        assert!(
            grid.entries.len() <= items.len() * 8 + 4096,
            "{} entries",
            grid.entries.len()
        );
        assert_eq!(
            grid.first_overlap(rect(5, 5, 1, 1), |o| o != Occupant::Stand(0)),
            Some(Occupant::Stand(1))
        );
    }
}
