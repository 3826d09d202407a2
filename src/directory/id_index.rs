//! The index of each id (or stand number) in its list, for checking the
//! references of large directories.
//!
//! Validating a 50,000-stand fair looks up some 100,000 references and files
//! as many ids. A `HashMap<&str, usize>` keeps only a pointer to each key, so
//! every hit compares against bytes that lie wherever the directory put
//! them: one cache miss per look-up, which was most of the validation time.
//! Here a key of up to 11 bytes (`org-1234`, `H3-104`, `p-17`) is copied into
//! the table itself, so a look-up reads one or two adjacent cache lines of
//! one compact array and nothing else. Longer keys keep their hash in the
//! table and are compared in full only when that hash matches.
//!
//! Open addressing with linear probing: an index only grows, never forgets.

/// Keys up to this many bytes are stored in the table.
const INLINE: usize = 11;
/// `Slot::tail` of a long key: above any short key's `len + 1`.
const LONG: u32 = 0xff00_0000;

const SEED: [u64; 2] = [0x243f_6a88_85a3_08d3, 0x1319_8a2e_0370_7344];
const MULTIPLIER: u64 = 0x5851_f42d_4c95_7f2d;

pub struct IdIndex<'d> {
    /// A power-of-two number of slots, at most 7/8 of them used.
    slots: Vec<Slot>,
    used: usize,
    /// Keys longer than `INLINE` bytes with their index, compared in full
    /// on a hash match.
    long_keys: Vec<(&'d str, u32)>,
}

/// 16 bytes, four to a cache line; all zero when free.
#[derive(Clone, Copy, Default)]
struct Slot {
    /// A short key's first 8 bytes (zero-padded), or a long key's hash.
    head: u64,
    /// A short key's bytes 8 to 10 and, in the top byte, its length + 1;
    /// for a long key, `LONG` and 24 bits of its hash.
    tail: u32,
    /// A short key's index in its list, or a long key's place in `long_keys`.
    index: u32,
}

impl Slot {
    fn is_free(&self) -> bool {
        self.tail == 0
    }

    fn is_long(&self) -> bool {
        self.tail & LONG == LONG
    }

    fn hash(&self) -> u64 {
        if self.is_long() {
            self.head
        } else {
            folded_multiply(self.head ^ SEED[0], u64::from(self.tail) ^ SEED[1])
        }
    }
}

/// A key as the table stores it, and where its search starts.
fn probe(key: &str) -> (Slot, u64) {
    let bytes = key.as_bytes();
    if bytes.len() <= INLINE {
        let (head, rest) = bytes.split_at(bytes.len().min(8));
        let len = bytes.len() as u32; // at most INLINE
        let slot = Slot {
            head: load(head),
            tail: load(rest) as u32 | (len + 1) << 24,
            index: 0,
        };
        return (slot, slot.hash());
    }
    let mut hash = SEED[0] ^ bytes.len() as u64;
    let mut rest = bytes;
    while let Some((word, tail)) = rest.split_first_chunk::<8>() {
        hash = folded_multiply(hash ^ u64::from_le_bytes(*word), MULTIPLIER);
        rest = tail;
    }
    hash = folded_multiply(hash ^ load(rest) ^ SEED[1], MULTIPLIER);
    let slot = Slot {
        head: hash,
        tail: LONG | (hash >> 40) as u32,
        index: 0,
    };
    (slot, hash)
}

/// Up to 8 bytes as a little-endian number, zero-padded; with two
/// overlapping loads rather than a byte loop or a call to `memcpy`.
fn load(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    match (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        (Some(low), Some(high)) if n <= 8 => {
            let (low, high) = (u32::from_le_bytes(*low), u32::from_le_bytes(*high));
            u64::from(low) | u64::from(high) << (8 * (n - 4))
        }
        _ => bytes
            .iter()
            .take(8)
            .enumerate()
            .fold(0, |word, (k, &b)| word | u64::from(b) << (8 * k)),
    }
}

/// The xor of both halves of the 128-bit product: every input bit reaches
/// every output bit (as in foldhash and wyhash).
fn folded_multiply(a: u64, b: u64) -> u64 {
    let product = u128::from(a) * u128::from(b);
    (product as u64) ^ ((product >> 64) as u64)
}

impl<'d> IdIndex<'d> {
    /// Room for `capacity` keys without growing.
    pub fn with_capacity(capacity: usize) -> Self {
        IdIndex {
            slots: vec![Slot::default(); slots_for(capacity)],
            used: 0,
            long_keys: Vec::new(),
        }
    }

    /// Files `key` at `index`, unless it is already there: then returns the
    /// index it was first filed at, and keeps that one.
    pub fn first_or_insert(&mut self, key: &'d str, index: usize) -> Option<usize> {
        // A list of 2^32 entries would not fit in memory as a file.
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        let (mut slot, hash) = probe(key);
        let at = match self.find(slot, hash, key) {
            Ok(found) => return Some(self.index_in(found)),
            Err(free) => free,
        };
        if slot.is_long() {
            slot.index = self.long_keys.len() as u32;
            self.long_keys.push((key, index));
        } else {
            slot.index = index;
        }
        self.slots[at] = slot;
        self.used += 1;
        if self.used * 8 > self.slots.len() * 7 {
            self.grow();
        }
        None
    }

    /// The index `key` was first filed at.
    pub fn get(&self, key: &str) -> Option<usize> {
        let (slot, hash) = probe(key);
        let found = self.find(slot, hash, key).ok()?;
        Some(self.index_in(found))
    }

    pub fn contains(&self, key: &str) -> bool {
        let (slot, hash) = probe(key);
        self.find(slot, hash, key).is_ok()
    }

    fn index_in(&self, at: usize) -> usize {
        let slot = self.slots[at];
        let index = if slot.is_long() {
            self.long_keys[slot.index as usize].1
        } else {
            slot.index
        };
        index as usize
    }

    /// The slot holding `key`, or the free slot where it would go.
    fn find(&self, wanted: Slot, hash: u64, key: &str) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        loop {
            let slot = &self.slots[at];
            if slot.is_free() {
                return Err(at);
            }
            if slot.head == wanted.head
                && slot.tail == wanted.tail
                && (!slot.is_long() || self.long_keys[slot.index as usize].0 == key)
            {
                return Ok(at);
            }
            at = (at + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let doubled = vec![Slot::default(); self.slots.len() * 2];
        let old = std::mem::replace(&mut self.slots, doubled);
        let mask = self.slots.len() - 1;
        for slot in old.into_iter().filter(|s| !s.is_free()) {
            let mut at = slot.hash() as usize & mask;
            while !self.slots[at].is_free() {
                at = (at + 1) & mask;
            }
            self.slots[at] = slot;
        }
    }
}

/// A power of two with `capacity` at most 7/8 of it.
fn slots_for(capacity: usize) -> usize {
    (capacity.saturating_mul(8) / 7 + 1)
        .next_power_of_two()
        .max(8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_key_at_its_first_index() {
        let keys: Vec<String> = (0..1000).map(|i| format!("org-{i}")).collect();
        let mut index = IdIndex::with_capacity(keys.len());
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(index.first_or_insert(key, i), None);
        }
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(index.get(key), Some(i));
            assert_eq!(index.first_or_insert(key, i + 5000), Some(i));
        }
        assert_eq!(index.get("org-1000"), None);
        assert!(!index.contains("org"));
        assert!(!index.contains(""));
    }

    #[test]
    fn long_keys_and_keys_padded_with_nul_bytes_stay_apart() {
        let long = "fondation-caritas-luxembourg";
        let longer = "fondation-caritas-luxembourg-2";
        let keys = [
            "ab",
            "ab\0",
            "ab\0\0",
            "",
            "\0",
            long,
            longer,
            "eleven-byte",
            "twelve-bytes",
            "1234567",
            "12345678",
            "123456789",
        ];
        let mut index = IdIndex::with_capacity(2);
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(index.first_or_insert(key, i), None, "{key:?}");
        }
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(index.get(key), Some(i), "{key:?}");
        }
        assert!(!index.contains("fondation-caritas-luxembourh"));
        assert!(!index.contains("eleven-bytE"));
        assert!(!index.contains("twelve-byteS"));
        assert!(!index.contains("12345679"));
        let copy = String::from(long);
        assert_eq!(index.first_or_insert(&copy, 99), Some(5));
        assert_eq!(index.first_or_insert("123456789", 99), Some(11));
    }

    #[test]
    fn grows_past_its_capacity_keeping_every_key() {
        let keys: Vec<String> = (0..5000)
            .map(|i| {
                format!(
                    "{}-{i}",
                    if i % 3 == 0 {
                        "a-very-long-prefix-over-16"
                    } else {
                        "s"
                    }
                )
            })
            .collect();
        let mut index = IdIndex::with_capacity(0);
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(index.first_or_insert(key, i), None);
        }
        assert!(index.slots.len() >= keys.len());
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(index.get(key), Some(i), "{key}");
        }
        assert!(!index.contains("s-5000"));
    }
}
