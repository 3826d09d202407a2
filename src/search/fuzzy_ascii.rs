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

#[cfg(test)]
mod tests {
    use super::super::matching::{Query, fuzzy_window, fuzzy_window_chars};

    #[test]
    fn ascii_fuzzy_window_equals_the_char_by_char_one() {
        // Folded texts keep some non-ASCII letters (Greek, CJK…): they count
        // as one extra char each, whatever their length in bytes.
        let texts = [
            "association sante wiltz",
            "sαnte βxsan sxaxn",
            "s日a本n sa日n",
            "ssaann san",
            "brasserie mersch",
            "b日r日s日r brsr",
            "",
            "s",
        ];
        let words = ["san", "sante", "brsr", "ssn", "aan", "sxn", "msch"];
        let mut found = 0;
        for text in texts {
            for w in words {
                let word = &Query::new(w).words[0];
                for extra in 0..4 {
                    let expected = fuzzy_window_chars(text, word, extra);
                    assert_eq!(
                        fuzzy_window(text, word, extra),
                        expected,
                        "{w:?} in {text:?}, {extra} extra"
                    );
                    found += usize::from(expected.is_some());
                }
            }
        }
        assert!(found > 20, "windows were found: {found}");
    }
}
