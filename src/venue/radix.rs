//! A radix heap: the priority queue of the path tree's Dijkstra.
//!
//! Why not `BinaryHeap`: Dijkstra only ever pushes keys no smaller than the
//! last one popped (costs only grow), and a queue that relies on that files
//! each key by the highest bit of its cost that differs from the last
//! popped cost, moving it a few times in all, instead of sifting it through
//! a tree at every pop (the sift was half the tree's time at 50,000
//! stands). Keys are `cost << 32 | state`: the queue files them by cost
//! (the high half), and the keys of one cost, taken out together, are
//! sorted once, so keys come out in exactly ascending order, as from a
//! min-heap: nothing downstream can tell the two apart.

/// A min-queue of `u64` keys, each pushed key no smaller than the last popped.
#[derive(Debug)]
pub(crate) struct RadixHeap {
    /// The high half of the last key popped (0 before any).
    last: u32,
    /// `buckets[0]`: keys whose high half is `last`, sorted largest first;
    /// `buckets[b]`: keys whose high half's highest bit differing from
    /// `last` is bit `b - 1`.
    buckets: [Vec<u64>; 33],
}

impl RadixHeap {
    pub(crate) fn new() -> Self {
        RadixHeap {
            last: 0,
            buckets: std::array::from_fn(|_| Vec::new()),
        }
    }

    /// Adds `key`, which must not be smaller than the last key popped.
    pub(crate) fn push(&mut self, key: u64) {
        debug_assert!(high(key) >= self.last, "a radix heap only moves forward");
        match bucket(high(key) ^ self.last) {
            0 => {
                // Rare: Dijkstra pushes a cost equal to the one being
                // settled only over a step that costs nothing.
                let current = &mut self.buckets[0];
                let at = current.partition_point(|&k| k > key);
                current.insert(at, key);
            }
            b => self.buckets[b].push(key),
        }
    }

    /// The smallest key, removed.
    pub(crate) fn pop(&mut self) -> Option<u64> {
        if self.buckets[0].is_empty() {
            let first = self.buckets.iter().position(|b| !b.is_empty())?;
            let mut moved = std::mem::take(&mut self.buckets[first]);
            self.last = moved.iter().map(|&k| high(k)).min()?;
            // Each key shares more high bits with the new `last` than with
            // the old one: it moves to a lower bucket.
            for &key in &moved {
                self.buckets[bucket(high(key) ^ self.last)].push(key);
            }
            moved.clear();
            self.buckets[first] = moved;
            self.buckets[0].sort_unstable_by(|a, b| b.cmp(a));
        }
        self.buckets[0].pop()
    }
}

fn high(key: u64) -> u32 {
    (key >> 32) as u32
}

/// The bucket of a key whose high half differs from `last` by `difference`.
fn bucket(difference: u32) -> usize {
    (u32::BITS - difference.leading_zeros()) as usize
}

#[cfg(test)]
mod tests {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;

    use proptest::prelude::*;

    use super::*;

    #[test]
    fn keys_come_out_in_ascending_order() {
        let mut heap = RadixHeap::new();
        let keys = [5, 3, 9, 3, 0, u64::MAX, 1 << 40, 7 << 32 | 2, 7 << 32 | 1];
        for key in keys {
            heap.push(key);
        }
        let popped: Vec<u64> = std::iter::from_fn(|| heap.pop()).collect();
        let mut sorted = keys.to_vec();
        sorted.sort();
        assert_eq!(popped, sorted);
    }

    proptest! {
        /// As Dijkstra uses it: each popped key may push larger ones (some
        /// of the same cost); the order is a min-heap's.
        #[test]
        fn pops_as_a_binary_heap_does(
            start in proptest::collection::vec(0u64..1 << 40, 1..20),
            steps in proptest::collection::vec((0u64..3, 0u64..1 << 36), 0..400),
        ) {
            let mut radix = RadixHeap::new();
            let mut binary = BinaryHeap::new();
            for &key in &start {
                radix.push(key);
                binary.push(Reverse(key));
            }
            let mut steps = steps.into_iter();
            loop {
                let expected = binary.pop().map(|Reverse(key)| key);
                prop_assert_eq!(radix.pop(), expected);
                let Some(popped) = expected else { break };
                let Some((count, step)) = steps.next() else { continue };
                for i in 0..count {
                    let key = popped + step + i;
                    radix.push(key);
                    binary.push(Reverse(key));
                }
            }
        }
    }
}
