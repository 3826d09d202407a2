//! Items grouped by a small integer key (an organisation's or a stand's
//! position), flat: one `Vec` for all groups instead of one per group, so
//! tens of thousands fewer allocations at fair scale.

/// Group `g` is `items[starts[g]..starts[g + 1]]`, items in the order given.
/// When every group is empty, `starts` is too: a fair's stands, most often
/// without people or talks of their own, then cost nothing.
#[derive(Debug, Clone, Default)]
pub(crate) struct Groups<T> {
    starts: Vec<u32>,
    items: Vec<T>,
}

impl<T: Copy> Groups<T> {
    /// `pairs` (group, item) grouped stably (a counting sort); every group
    /// is below `groups`. Collected first: computing a pair may cost a
    /// look-up, done once.
    pub(crate) fn new(groups: usize, pairs: impl Iterator<Item = (usize, T)>) -> Self {
        let pairs: Vec<(usize, T)> = pairs.collect();
        let mut starts = vec![0u32; groups + 1];
        for &(group, _) in &pairs {
            starts[group + 1] += 1;
        }
        for g in 0..groups {
            starts[g + 1] += starts[g];
        }
        let mut next: Vec<u32> = starts[..groups].to_vec();
        let mut items = Vec::with_capacity(pairs.len());
        // Placed by position: fill with the first item, then overwrite all.
        if let Some(&(_, first)) = pairs.first() {
            items.resize(pairs.len(), first);
        }
        for (group, item) in pairs {
            items[next[group] as usize] = item;
            next[group] += 1;
        }
        Groups::of(starts, items)
    }

    /// `groups` groups, group `g` being what `fill(g, list)` puts in the
    /// (empty) `list` it is given.
    pub(crate) fn from_fn(groups: usize, mut fill: impl FnMut(usize, &mut Vec<T>)) -> Self {
        let mut starts = Vec::with_capacity(groups + 1);
        starts.push(0);
        let (mut items, mut list) = (Vec::new(), Vec::new());
        for g in 0..groups {
            list.clear();
            fill(g, &mut list);
            items.extend_from_slice(&list);
            starts.push(items.len() as u32);
        }
        Groups::of(starts, items)
    }

    fn of(mut starts: Vec<u32>, items: Vec<T>) -> Self {
        if items.is_empty() {
            starts = Vec::new();
        }
        Groups { starts, items }
    }

    /// The items of group `group`; none for a group out of range.
    pub(crate) fn get(&self, group: usize) -> &[T] {
        match (self.starts.get(group), self.starts.get(group + 1)) {
            (Some(&start), Some(&end)) => &self.items[start as usize..end as usize],
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_grouped_in_the_order_given() {
        let groups = Groups::new(4, [(2, 'a'), (0, 'b'), (2, 'c'), (3, 'd')].into_iter());
        assert_eq!(groups.get(0), ['b']);
        assert_eq!(groups.get(1), [] as [char; 0]);
        assert_eq!(groups.get(2), ['a', 'c']);
        assert_eq!(groups.get(3), ['d']);
        assert_eq!(groups.get(9), [] as [char; 0]);
    }

    #[test]
    fn groups_filled_in_order_hold_what_was_put_in_them() {
        let lists = [vec!['a'], vec![], vec!['b', 'c']];
        let groups = Groups::from_fn(3, |g, list| list.extend_from_slice(&lists[g]));
        assert_eq!(groups.get(0), ['a']);
        assert_eq!(groups.get(1), [] as [char; 0]);
        assert_eq!(groups.get(2), ['b', 'c']);
        assert_eq!(groups.get(3), [] as [char; 0]);
    }

    #[test]
    fn groups_all_empty_keep_no_starts() {
        let groups: Groups<u32> = Groups::new(1000, std::iter::empty());
        assert!(groups.starts.is_empty());
        assert_eq!(groups.get(7), [] as [u32; 0]);
        let groups: Groups<u32> = Groups::from_fn(1000, |_, _| {});
        assert!(groups.starts.is_empty());
    }
}
