//! Folding: the searchable form of a text.
//!
//! Both the texts searched and the query are folded the same way, so that
//! case, diacritics and punctuation never stop a match:
//! - full Unicode lower-casing (`É`→`e`, `İ`→`i`), not ASCII only;
//! - compatibility decomposition (NFKD) with combining marks dropped, so
//!   `é ë ä ñ` become `e e a n` and ligatures or full-width forms (`ﬁ`, `Ａ`)
//!   become plain letters;
//! - letters NFKD leaves alone are spelled out: `ß`→`ss`, `œ`→`oe`, `æ`→`ae`,
//!   `ø`→`o`, `ł`→`l`, `đ`/`ð`→`d`, `þ`→`th`, `ı`→`i`, …;
//! - everything that is neither a letter nor a digit (hyphens and dashes,
//!   apostrophes, spaces, dots, slashes, brackets, `·`…) is a separator: a run
//!   of separators becomes one ASCII space, and none is kept at either end.
//!
//! The folded text therefore holds only lower-case letters, digits and single
//! spaces between words.
//!
//! **The map is byte-based**: `map[b]` is the index of the *char* of the
//! original text that produced byte `b` of the folded text (every byte of a
//! multi-byte folded char carries the same index), so `map.len() ==
//! text.len()`. Byte-based because matching works on byte offsets (`str::find`),
//! and char indices of the original because that is what the UI highlights.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// A folded text and, for each of its bytes, the original char it came from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Folded {
    pub text: String,
    /// `map[b]`: index of the original char behind folded byte `b`.
    pub map: Vec<u32>,
}

/// Folds `text` for searching and keeps the map back to the original chars.
pub fn fold(text: &str) -> Folded {
    let mut folder = Folder::with_capacity(text.len());
    for (index, c) in text.chars().enumerate() {
        folder.push_original(index as u32, c);
    }
    Folded {
        text: folder.text,
        map: folder.map,
    }
}

/// Folds `text` without keeping the map: what the engine stores and what a
/// query becomes. Always equal to `fold(text).text`.
pub fn fold_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_text_into(text, &mut out);
    out
}

/// The key under which people expect texts in order: case, accents and
/// punctuation folded as for search (`é` with `e`, `Œ` with `oe`) and
/// numbers in numeric order (`Org 2` before `Org 10`). Lists, themes and
/// notes are sorted by it.
pub fn collation_key(text: &str) -> String {
    let mut key = String::new();
    natural_key_into(&fold_text(text), &mut key);
    key
}

/// A sort key under which `A2` comes before `A10`: the `folded` text with
/// every run of digits left-padded with zeros to a fixed width.
pub(crate) fn natural_key_into(folded: &str, key: &mut String) {
    const WIDTH: usize = 12;
    key.clear();
    let mut rest = folded;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        key.push_str(&rest[..start]);
        let digits_len = rest[start..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len() - start);
        let digits = &rest[start..start + digits_len];
        key.extend(std::iter::repeat_n('0', WIDTH.saturating_sub(digits.len())));
        key.push_str(digits);
        rest = &rest[start + digits_len..];
    }
    key.push_str(rest);
}

/// Like [`fold_text`], appending to `out` (reuses its allocation).
///
/// This runs on every field of a directory when it is loaded, so ASCII is
/// folded byte by byte through a table, without decoding chars; only
/// non-ASCII chars are decoded (most of them through a table of Latin
/// letters).
pub fn fold_text_into(text: &str, out: &mut String) {
    let mut folded = Emitter {
        start: out.len(),
        pending_separator: false,
        out,
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            match ASCII_FOLD[b as usize] {
                0 => folded.separator(),
                lower => folded.char(lower as char),
            }
            i += 1;
            continue;
        }
        // `i` is on a char boundary: only whole chars were skipped.
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        match latin_table().get((c as usize).wrapping_sub(LATIN_FIRST)) {
            Some(Latin::Separator) => folded.separator(),
            Some(Latin::Letters(letters)) => {
                for &b in letters.iter().take_while(|&&b| b != 0) {
                    folded.char(b as char);
                }
            }
            Some(Latin::Other) | None => for_each_folded(c, |piece| match piece {
                Piece::Char(f) => folded.char(f),
                Piece::Separator => folded.separator(),
            }),
        }
    }
}

/// What each ASCII byte folds to: itself lower-cased for letters and
/// digits, 0 for a separator.
const ASCII_FOLD: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// Writes folded chars, with one space for each run of separators between
/// them (none at either end).
struct Emitter<'a> {
    out: &'a mut String,
    /// Where this text's folded form starts in `out`.
    start: usize,
    pending_separator: bool,
}

impl Emitter<'_> {
    #[inline]
    fn char(&mut self, c: char) {
        if self.pending_separator {
            if self.out.len() > self.start {
                self.out.push(' ');
            }
            self.pending_separator = false;
        }
        self.out.push(c);
    }

    #[inline]
    fn separator(&mut self) {
        self.pending_separator = true;
    }
}

/// First and last chars of the precomputed table: Latin-1 Supplement and
/// Latin Extended-A, where the accented letters of European names live.
const LATIN_FIRST: usize = 0x00A0;
const LATIN_LAST: usize = 0x017F;

/// What a Latin char folds to, precomputed from [`for_each_folded`].
#[derive(Debug, Clone, Copy)]
enum Latin {
    Separator,
    /// Up to two ASCII letters, zero-padded.
    Letters([u8; 2]),
    /// Anything else: use the general path.
    Other,
}

fn latin_table() -> &'static [Latin] {
    static TABLE: std::sync::OnceLock<Vec<Latin>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (LATIN_FIRST..=LATIN_LAST)
            .map(|code| {
                let Some(c) = char::from_u32(code as u32) else {
                    return Latin::Other;
                };
                let mut pieces = Vec::new();
                for_each_folded(c, |piece| pieces.push(piece));
                match pieces.as_slice() {
                    [Piece::Separator] => Latin::Separator,
                    [Piece::Char(a)] if a.is_ascii() => Latin::Letters([*a as u8, 0]),
                    [Piece::Char(a), Piece::Char(b)] if a.is_ascii() && b.is_ascii() => {
                        Latin::Letters([*a as u8, *b as u8])
                    }
                    _ => Latin::Other,
                }
            })
            .collect()
    })
}

/// Builds a folded text with its map, one original char at a time.
struct Folder {
    text: String,
    map: Vec<u32>,
    /// Index of the original char that opened the current run of separators.
    pending_separator: Option<u32>,
}

impl Folder {
    fn with_capacity(capacity: usize) -> Self {
        Folder {
            text: String::with_capacity(capacity),
            map: Vec::with_capacity(capacity),
            pending_separator: None,
        }
    }

    fn push_original(&mut self, index: u32, c: char) {
        for_each_folded(c, |piece| match piece {
            Piece::Char(f) => {
                if let Some(separator) = self.pending_separator.take()
                    && !self.text.is_empty()
                {
                    self.text.push(' ');
                    self.map.push(separator);
                }
                self.text.push(f);
                self.map.extend(std::iter::repeat_n(index, f.len_utf8()));
            }
            Piece::Separator => {
                self.pending_separator.get_or_insert(index);
            }
        });
    }
}

/// What one original char folds to, piece by piece.
enum Piece {
    Char(char),
    Separator,
}

/// Calls `emit` with the folded pieces of `c`: zero or more chars, or
/// separators. Combining marks produce nothing.
fn for_each_folded(c: char, mut emit: impl FnMut(Piece)) {
    // Fast path: most text is ASCII.
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            emit(Piece::Char(c.to_ascii_lowercase()));
        } else {
            emit(Piece::Separator);
        }
        return;
    }
    // Lower-case first: `İ` lower-cases to `i` + a combining dot, which the
    // decomposition below then drops.
    for lower in c.to_lowercase() {
        decompose_compatible(lower, |d| {
            if is_combining_mark(d) {
                return;
            }
            // NFKD may produce capitals (`ℌ`→`H`) or more symbols.
            for d in d.to_lowercase() {
                if is_apostrophe_letter(d) {
                    emit(Piece::Separator);
                } else if let Some(spelled) = spelled_out(d) {
                    spelled.chars().for_each(|s| emit(Piece::Char(s)));
                } else if d.is_alphanumeric() {
                    emit(Piece::Char(d));
                } else {
                    emit(Piece::Separator);
                }
            }
        });
    }
}

/// Apostrophe-like chars that Unicode files as letters (modifier letters):
/// people type them for `'`, so they separate words like `'` does.
fn is_apostrophe_letter(c: char) -> bool {
    matches!(c, 'ʼ' | 'ʻ' | 'ʽ' | 'ʹ' | 'ʺ' | 'ˈ' | 'ˊ' | 'ˋ' | '＇')
}

/// Letters that have no decomposition but that people type as plain Latin
/// letters (French, German, Luxembourgish, Polish, Nordic, Croatian, Turkish…).
fn spelled_out(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "ss",
        'œ' => "oe",
        'æ' => "ae",
        'ø' => "o",
        'ł' => "l",
        'đ' | 'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        'ħ' => "h",
        'ŧ' => "t",
        'ŋ' => "n",
        'ĸ' => "k",
        'ƒ' => "f",
        'ȷ' => "j",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_table() {
        let table = [
            ("Croix-Rouge", "croix rouge"),
            ("Wunnéngshëllef", "wunnengshellef"),
            (
                "Päerd's Atelier – Liewenshaff",
                "paerd s atelier liewenshaff",
            ),
            ("Œuvre", "oeuvre"),
            ("Straße", "strasse"),
            ("STRASSE", "strasse"),
            ("Médecins du monde", "medecins du monde"),
            ("Ñandú", "nandu"),
            ("Æsir Øresund", "aesir oresund"),
            ("Łódź", "lodz"),
            ("Żółć Gęś", "zolc ges"),
            ("GROẞE", "grosse"),
            ("Ĳssel", "ijssel"),
            ("Đorđe", "dorde"),
            ("Þór", "thor"),
            ("Istanbul ıi İzmir", "istanbul ii izmir"),
            ("ÉCOLE", "ecole"),
            ("l’Œuvre ʼs d'art", "l oeuvre s d art"),
            ("a—b―c‐d‑e−f", "a b c d e f"),
            ("  _x_/y.(z)  ", "x y z"),
            ("ﬁnance", "finance"),
            ("Ａ1", "a1"),
            // Decomposed input: e + combining acute.
            ("Me\u{301}decins", "medecins"),
            ("Ελλάδα", "ελλαδα"),
            ("", ""),
            ("  -- ", ""),
        ];
        for (input, expected) in table {
            assert_eq!(fold(input).text, expected, "fold({input:?})");
            assert_eq!(fold_text(input), expected, "fold_text({input:?})");
        }
    }

    #[test]
    fn the_latin_fast_path_agrees_with_the_general_path() {
        let latin: String = (LATIN_FIRST as u32..=LATIN_LAST as u32)
            .filter_map(char::from_u32)
            .flat_map(|c| [c, 'x'])
            .collect();
        // `fold` goes through the general path for every char.
        assert_eq!(fold_text(&latin), fold(&latin).text);
    }

    #[test]
    fn both_ways_of_folding_agree_on_mixed_text() {
        let alphabet: Vec<char> = "aZ9 -'’ʼ_.é\u{301}ßŒøłİıﬁＡΕλ中·–()/".chars().collect();
        let mut state = 12345u64;
        for _ in 0..500 {
            let text: String = (0..12)
                .map(|_| {
                    state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
                    alphabet[(state >> 33) as usize % alphabet.len()]
                })
                .collect();
            let folded = fold(&text);
            assert_eq!(folded.text, fold_text(&text), "{text:?}");
            assert_eq!(folded.map.len(), folded.text.len(), "{text:?}");
            let count = text.chars().count() as u32;
            assert!(folded.map.iter().all(|&c| c < count), "{text:?}");
            assert!(folded.map.windows(2).all(|w| w[0] <= w[1]), "{text:?}");
        }
    }

    #[test]
    fn map_has_one_entry_per_folded_byte_pointing_at_the_source_char() {
        let original = "Straße d'Œuvre";
        let folded = fold(original);
        assert_eq!(folded.text, "strasse d oeuvre");
        assert_eq!(folded.map.len(), folded.text.len());
        // "ss" both come from ß, char 4.
        assert_eq!(&folded.map[4..6], &[4, 4]);
        // The space comes from the first separator char (the space, char 6).
        assert_eq!(folded.map[7], 6);
        // "d" is char 7; the apostrophe (char 8) becomes the next space.
        assert_eq!(folded.map[8], 7);
        assert_eq!(folded.map[9], 8);
        // "oe" both from Œ, char 9.
        assert_eq!(&folded.map[10..12], &[9, 9]);
    }

    #[test]
    fn map_is_byte_based_for_non_latin_text() {
        let folded = fold("Ελλάδα!");
        assert_eq!(folded.map.len(), folded.text.len());
        // Each Greek letter is 2 bytes; both bytes map to the same char.
        assert_eq!(&folded.map[..4], &[0, 0, 1, 1]);
        assert_eq!(*folded.map.last().unwrap(), 5);
    }

    #[test]
    fn map_skips_combining_marks() {
        let folded = fold("e\u{301}te\u{301}");
        assert_eq!(folded.text, "ete");
        assert_eq!(folded.map, vec![0, 2, 3]);
    }

    #[test]
    fn collation_puts_accented_letters_with_their_letter_and_numbers_in_order() {
        let mut words = vec![
            "zèbre",
            "Œuvre 10",
            "éducation",
            "Org 10",
            "oeuvre 2",
            "Emploi",
            "Org 2",
            "abri",
        ];
        words.sort_by_cached_key(|w| collation_key(w));
        assert_eq!(
            words,
            [
                "abri",
                "éducation",
                "Emploi",
                "oeuvre 2",
                "Œuvre 10",
                "Org 2",
                "Org 10",
                "zèbre"
            ]
        );
    }
}
