//! Items grouped by a small integer key (an organisation's or a stand's
//! position), flat: one `Vec` for all groups instead of one per group, so
//! tens of thousands fewer allocations at fair scale.

/// Group `g` is `items[starts[g]..starts[g + 1]]`, items in the order given.
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
}
