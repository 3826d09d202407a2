//! The index of each id (or stand number) in its list, for checking the
//! references of large directories.
//!
//! Validating a 50,000-stand fair looks up some 100,000 references and files
//! as many ids. A `HashMap<&str, usize>` keeps only a pointer to each key, so
//! every hit compares against bytes that lie wherever the directory put
//! them: one cache miss per look-up, which was most of the validation time.
//! Here a key of up to 16 bytes (`org-1234`, `H3-104`, `p-17`) is copied into
//! the table itself, so a look-up reads one or two adjacent cache lines of
//! one compact array and nothing else. Longer keys keep their hash in the
//! table and are compared in full only when that hash matches.
//!
//! Open addressing with linear probing: an index only grows, never forgets.

/// Keys up to this many bytes are stored in the table.
const INLINE: usize = 16;
/// `Slot::len` of a free slot.
const FREE: u32 = u32::MAX;

const SEED: [u64; 2] = [0x243f_6a88_85a3_08d3, 0x1319_8a2e_0370_7344];
const MULTIPLIER: u64 = 0x5851_f42d_4c95_7f2d;

pub struct IdIndex<'d> {
    /// A power-of-two number of slots, at most 7/8 of them used.
    slots: Vec<Slot>,
    used: usize,
    /// Keys longer than `INLINE` bytes, compared in full on a hash match.
    long_keys: Vec<&'d str>,
}

#[derive(Clone, Copy)]
struct Slot {
    /// A short key's bytes, zero-padded; for a long key, its hash and its
    /// place in `long_keys`.
    words: [u64; 2],
    /// The key's length in bytes, or `FREE`.
    len: u32,
    /// The key's index in its list.
    index: u32,
}

const FREE_SLOT: Slot = Slot {
    words: [0; 2],
    len: FREE,
    index: 0,
};

/// A key as the table compares it.
struct Probe {
    hash: u64,
    /// The key's bytes when short; for a long key, its hash (and 0).
    words: [u64; 2],
    len: u32,
    short: bool,
}

impl Probe {
    fn new(key: &str) -> Probe {
        let bytes = key.as_bytes();
        // Lengths beyond u32 cannot fit in memory as a directory file; if
        // one did, it would still compare in full as a long key.
        let len = u32::try_from(bytes.len()).unwrap_or(FREE - 1);
        if bytes.len() <= INLINE {
            let mut padded = [0u8; INLINE];
            padded[..bytes.len()].copy_from_slice(bytes);
            let (low, high) = padded.split_at(8);
            let words = [word(low), word(high)];
            Probe {
                hash: Probe::short_hash(words, len),
                words,
                len,
                short: true,
            }
        } else {
            let mut hash = SEED[0] ^ bytes.len() as u64;
            for chunk in bytes.chunks(INLINE) {
                let mut padded = [0u8; INLINE];
                padded[..chunk.len()].copy_from_slice(chunk);
                let (low, high) = padded.split_at(8);
                hash = folded_multiply(word(low) ^ hash, word(high) ^ SEED[1]);
            }
            let hash = folded_multiply(hash, MULTIPLIER);
            Probe {
                hash,
                words: [hash, 0],
                len,
                short: false,
            }
        }
    }
}

fn word(bytes: &[u8]) -> u64 {
    let mut eight = [0u8; 8];
    eight.copy_from_slice(&bytes[..8]);
    u64::from_le_bytes(eight)
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
            slots: vec![FREE_SLOT; slots_for(capacity)],
            used: 0,
            long_keys: Vec::new(),
        }
    }

    /// Files `key` at `index`, unless it is already there: then returns the
    /// index it was first filed at, and keeps that one.
    pub fn first_or_insert(&mut self, key: &'d str, index: usize) -> Option<usize> {
        let probe = Probe::new(key);
        let at = match self.find(&probe, key) {
            Ok(found) => return Some(self.slots[found].index as usize),
            Err(free) => free,
        };
        let words = if probe.short {
            probe.words
        } else {
            self.long_keys.push(key);
            [probe.hash, (self.long_keys.len() - 1) as u64]
        };
        // A list of 2^32 entries would not fit in memory as a file.
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        self.slots[at] = Slot {
            words,
            len: probe.len,
            index,
        };
        self.used += 1;
        if self.used * 8 > self.slots.len() * 7 {
            self.grow();
        }
        None
    }

    /// The index `key` was first filed at.
    pub fn get(&self, key: &str) -> Option<usize> {
        let found = self.find(&Probe::new(key), key).ok()?;
        Some(self.slots[found].index as usize)
    }

    pub fn contains(&self, key: &str) -> bool {
        self.find(&Probe::new(key), key).is_ok()
    }

    /// The slot holding `key`, or the free slot where it would go.
    fn find(&self, probe: &Probe, key: &str) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut at = probe.hash as usize & mask;
        loop {
            let slot = &self.slots[at];
            if slot.len == FREE {
                return Err(at);
            }
            if slot.len == probe.len && slot.words[0] == probe.words[0] {
                let same = if probe.short {
                    slot.words[1] == probe.words[1]
                } else {
                    self.long_keys[slot.words[1] as usize] == key
                };
                if same {
                    return Ok(at);
                }
            }
            at = (at + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let doubled = vec![FREE_SLOT; self.slots.len() * 2];
        let old = std::mem::replace(&mut self.slots, doubled);
        let mask = self.slots.len() - 1;
        for slot in old.into_iter().filter(|s| s.len != FREE) {
            let hash = if slot.len as usize <= INLINE {
                Probe::short_hash(slot.words, slot.len)
            } else {
                slot.words[0]
            };
            let mut at = hash as usize & mask;
            while self.slots[at].len != FREE {
                at = (at + 1) & mask;
            }
            self.slots[at] = slot;
        }
    }
}

impl Probe {
    /// Keys differing only by trailing NUL bytes differ in `len`.
    fn short_hash(words: [u64; 2], len: u32) -> u64 {
        folded_multiply(words[0] ^ SEED[0] ^ u64::from(len), words[1] ^ SEED[1])
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
        let sixteen = "exactly-16-bytes";
        let keys = ["ab", "ab\0", "ab\0\0", "", "\0", long, longer, sixteen];
        let mut index = IdIndex::with_capacity(2);
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(index.first_or_insert(key, i), None, "{key:?}");
        }
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(index.get(key), Some(i), "{key:?}");
        }
        assert!(!index.contains("fondation-caritas-luxembourh"));
        assert!(!index.contains("exactly-16-byteS"));
        let copy = String::from(long);
        assert_eq!(index.first_or_insert(&copy, 99), Some(5));
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
