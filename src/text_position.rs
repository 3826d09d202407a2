//! Where a byte of a file is, as people and editors count: a 1-based line
//! and a 1-based column counted in characters (serde_json and the csv crate
//! count bytes). Every message that points into a file (a directory, a
//! notes or plan file, a spreadsheet) goes through here.
//!
//! A line ends at `\n`, at `\r\n` (Windows) or at a lone `\r` (old Mac
//! spreadsheets), as editors count them.

/// 1-based line and column of byte `offset` of `text` (the end of the text
/// at most), which should start a character (else it counts as the next).
pub fn line_column(text: &[u8], offset: usize) -> (usize, usize) {
    line_columns(text, &[offset])[0]
}

/// [`line_column`] of many offsets, in one pass over the text: one pass per
/// offset would be quadratic on a big file, and on minified JSON (one huge
/// line) even counting from each line's start is.
pub fn line_columns(text: &[u8], offsets: &[usize]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut result = vec![(1, 1); offsets.len()];
    let (mut pos, mut line, mut column) = (0usize, 1usize, 1usize);
    for i in order {
        let target = offsets[i].min(text.len());
        for at in pos.min(target)..target {
            if ends_a_line(text, at) {
                line += 1;
                column = 1;
            } else if starts_a_char(text[at]) && !is_cr_of_crlf(text, at) {
                column += 1;
            }
        }
        pos = pos.max(target);
        result[i] = (line, column);
    }
    result
}

/// Whether byte `at` ends a line: a `\n`, or a `\r` not followed by `\n`
/// (the `\r` of `\r\n` is part of the line it ends, the `\n` ends it).
fn ends_a_line(text: &[u8], at: usize) -> bool {
    match text[at] {
        b'\n' => true,
        b'\r' => text.get(at + 1) != Some(&b'\n'),
        _ => false,
    }
}

/// The `\r` of a `\r\n`: no column of its own.
fn is_cr_of_crlf(text: &[u8], at: usize) -> bool {
    text[at] == b'\r' && text.get(at + 1) == Some(&b'\n')
}

/// Not a UTF-8 continuation byte: a character starts here (any byte of
/// text that is not UTF-8 counts as one character).
fn starts_a_char(byte: u8) -> bool {
    byte & 0xC0 != 0x80
}

/// Where each line of a text starts, for a reader that asks for many
/// positions in no particular order (a spreadsheet read row by row).
pub struct LineIndex<'t> {
    text: &'t [u8],
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t [u8]) -> Self {
        let starts = std::iter::once(0)
            .chain(
                memchr::memchr2_iter(b'\n', b'\r', text)
                    .filter(|&i| ends_a_line(text, i))
                    .map(|i| i + 1),
            )
            .collect();
        LineIndex { text, starts }
    }

    /// [`line_column`] of byte `offset`.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        let (_, column) = line_column(&self.text[start..], offset - start);
        (line, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_characters_from_one() {
        let text = "ab\né7\n\nx".as_bytes();
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 2), (1, 3), "the line break itself");
        assert_eq!(line_column(text, 3), (2, 1));
        assert_eq!(line_column(text, 4), (2, 2), "inside the two-byte é");
        assert_eq!(line_column(text, 5), (2, 2), "after é");
        assert_eq!(line_column(text, 7), (3, 1));
        assert_eq!(line_column(text, 8), (4, 1));
        assert_eq!(line_column(text, 99), (4, 2), "past the end: the end");
    }

    #[test]
    fn windows_and_old_mac_line_ends_count_as_one_line_break() {
        for text in ["ab\ncd\nef", "ab\r\ncd\r\nef", "ab\rcd\ref"] {
            let bytes = text.as_bytes();
            let c = text.find('c').unwrap();
            let e = text.find('e').unwrap();
            let index = LineIndex::new(bytes);
            for at in [c, e] {
                assert_eq!(line_column(bytes, at), index.line_column(at), "{text:?}");
            }
            assert_eq!(line_column(bytes, c), (2, 1), "{text:?}");
            assert_eq!(line_column(bytes, c + 1), (2, 2), "{text:?}");
            assert_eq!(line_column(bytes, e), (3, 1), "{text:?}");
            // The end of line 1, where its break starts.
            assert_eq!(line_column(bytes, 2), (1, 3), "{text:?}");
        }
    }

    #[test]
    fn many_offsets_in_any_order_agree_with_one_at_a_time() {
        let text = "{\n  \"é\": [1, 22,\n 333],\n\"ü\": \"日本\"\n}".as_bytes();
        let offsets: Vec<usize> = (0..=text.len()).rev().chain([3, 3, 0]).collect();
        let one_by_one: Vec<(usize, usize)> =
            offsets.iter().map(|&o| line_column(text, o)).collect();
        assert_eq!(line_columns(text, &offsets), one_by_one);
        let index = LineIndex::new(text);
        for &o in offsets.iter().filter(|&&o| o <= text.len()) {
            assert_eq!(index.line_column(o), line_column(text, o), "byte {o}");
        }
    }
}
