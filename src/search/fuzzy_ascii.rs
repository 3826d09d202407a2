//! The fuzzy window of `matching.rs` for an ASCII word (nearly every query),
//! on bytes: the first letter is found with `memchr` (SIMD), and no char is
//! decoded. Gives exactly what the char-by-char version gives: an ASCII
//! letter is never part of a multi-byte char, and an extra char is counted
//! once, at its first byte.

/// See `matching::fuzzy_window`; `word` is ASCII and not empty.
pub(super) fn fuzzy_window(
    text: &[u8],
    word: &[u8],
    max_extra: usize,
) -> Option<(usize, usize, usize)> {
    let (&first, rest) = word.split_first()?;
    let mut best: Option<(usize, usize, usize)> = None;
    let mut from = 0;
    while let Some(offset) = memchr::memchr(first, &text[from..]) {
        let start = from + offset;
        let after = start + 1;
        let limit = best.map_or(max_extra, |(_, _, extra)| extra.saturating_sub(1));
        if let Some((end, extra)) = greedy_end(&text[after..], rest, limit) {
            best = Some((start, after + end, extra));
            if extra == 0 {
                break;
            }
        }
        from = after;
    }
    best
}

/// `letters` matched greedily at the start of `text`, skipping at most
/// `max_extra` chars: the end byte (relative to `text`) and the chars skipped.
fn greedy_end(text: &[u8], letters: &[u8], max_extra: usize) -> Option<(usize, usize)> {
    if letters.is_empty() {
        return Some((0, 0));
    }
    let mut next = 0;
    let mut extra = 0;
    for (byte, &b) in text.iter().enumerate() {
        if b == letters[next] {
            next += 1;
            if next == letters.len() {
                return Some((byte + 1, extra));
            }
        } else if b & 0xC0 != 0x80 {
            // The first byte of a char (continuation bytes are 10xxxxxx).
            extra += 1;
            if extra > max_extra {
                return None;
            }
        }
    }
    None
}
