//! Stands filed by hall and by square block of cells, so that "what overlaps
//! this stand" and "what stands on this cell" look at neighbours only: a fair
//! of 40,000 positioned stands is checked in a blink instead of comparing
//! every pair.

use std::collections::HashMap;

use crate::directory::Rect;

/// Side of a block, in cells: a few stands wide.
const BLOCK: u32 = 16;

#[derive(Debug, Default)]
pub struct Buckets {
    rects: Vec<(String, Rect)>,
    blocks: HashMap<(String, u32, u32), Vec<usize>>,
}

impl Buckets {
    /// Files the next stand (its index is the count of those filed before).
    pub fn insert(&mut self, hall: &str, rect: Rect) {
        let index = self.rects.len();
        for bx in rect.x / BLOCK..=(rect.x + rect.w - 1) / BLOCK {
            for by in rect.y / BLOCK..=(rect.y + rect.h - 1) / BLOCK {
                self.blocks
                    .entry((hall.to_string(), bx, by))
                    .or_default()
                    .push(index);
            }
        }
        self.rects.push((hall.to_string(), rect));
    }

    /// How many stands are filed.
    pub fn len(&self) -> usize {
        self.rects.len()
    }

    /// The first filed stand, in filing order, that overlaps `rect`.
    pub fn first_overlapping(&self, hall: &str, rect: Rect) -> Option<usize> {
        let mut found: Option<usize> = None;
        for bx in rect.x / BLOCK..=(rect.x + rect.w - 1) / BLOCK {
            for by in rect.y / BLOCK..=(rect.y + rect.h - 1) / BLOCK {
                let Some(list) = self.blocks.get(&(hall.to_string(), bx, by)) else {
                    continue;
                };
                for &i in list {
                    if found.is_none_or(|f| i < f) && self.rects[i].1.overlaps(&rect) {
                        found = Some(i);
                    }
                }
            }
        }
        found
    }

    /// The first filed stand, other than `except`, that covers cell (x, y).
    pub fn covering(&self, hall: &str, x: u32, y: u32, except: usize) -> Option<usize> {
        self.blocks
            .get(&(hall.to_string(), x / BLOCK, y / BLOCK))?
            .iter()
            .copied()
            .find(|&i| i != except && self.rects[i].1.contains(x, y))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(x: u32, y: u32, w: u32, h: u32) -> Rect {
        Rect { x, y, w, h }
    }

    #[test]
    fn finds_overlaps_and_covered_cells_across_blocks_and_halls() {
        let mut b = Buckets::default();
        b.insert("a", rect(10, 10, 10, 2)); // spans two blocks
        b.insert("a", rect(30, 30, 2, 2));
        b.insert("b", rect(10, 10, 2, 2));
        assert_eq!(b.first_overlapping("a", rect(17, 11, 2, 2)), Some(0));
        assert_eq!(
            b.first_overlapping("a", rect(20, 10, 2, 2)),
            None,
            "touching is not overlapping"
        );
        assert_eq!(b.first_overlapping("b", rect(11, 11, 1, 1)), Some(2));
        assert_eq!(b.first_overlapping("c", rect(11, 11, 1, 1)), None);
        assert_eq!(b.covering("a", 19, 11, 99), Some(0));
        assert_eq!(
            b.covering("a", 19, 11, 0),
            None,
            "a stand does not block itself"
        );
        assert_eq!(b.covering("a", 31, 31, 0), Some(1));
        assert_eq!(b.covering("a", 5, 5, 0), None);
    }
}
