//! Word wrapping by display width, so the app knows on which screen line each
//! link of a detail lands (for scrolling and mouse clicks) before drawing.

use unicode_width::UnicodeWidthChar;
use unicode_width::UnicodeWidthStr;

/// Display width of `text` in terminal cells.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// Splits `text` into lines of at most `max` cells, breaking at spaces and,
/// for words longer than a line, inside the word. Newlines start new lines.
/// Always returns at least one line.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut used = 0;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let w = width(word);
            if used > 0 && used + 1 + w <= max {
                line.push(' ');
                line.push_str(word);
                used += 1 + w;
                continue;
            }
            if used > 0 {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            if w <= max {
                line.push_str(word);
                used = w;
                continue;
            }
            // A word wider than the line: cut it where it reaches the edge.
            for c in word.chars() {
                let cw = c.width().unwrap_or(0);
                if used + cw > max && used > 0 {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push(c);
                used += cw;
            }
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_keeps_accented_words_whole() {
        assert_eq!(
            wrap("Médecins du Monde Luxembourg", 12),
            ["Médecins du", "Monde", "Luxembourg"]
        );
    }

    #[test]
    fn cuts_words_longer_than_a_line_and_keeps_paragraphs() {
        assert_eq!(
            wrap("Wunnéngshëllef\nab", 5),
            ["Wunné", "ngshë", "llef", "ab"]
        );
    }

    #[test]
    fn never_returns_nothing_or_loops_on_zero_width() {
        assert_eq!(wrap("", 10), [""]);
        assert_eq!(wrap("abc", 0), ["a", "b", "c"]);
    }
}
