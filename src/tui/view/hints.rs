//! The bottom row: the main keys of whatever has the keyboard, from the keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::super::app::App;
use super::super::keymap;
use super::super::wrap::width;
use super::put_line;

pub fn draw(app: &App, buf: &mut Buffer, area: Rect) {
    let styles = &app.styles;
    let mut spans = Vec::new();
    let mut used = 0;
    let mut seen: Vec<&str> = Vec::new();
    for hint in keymap::hints(&app.contexts()) {
        if seen.contains(&hint.keys) {
            continue; // A more specific context already said what this key does.
        }
        seen.push(hint.keys);
        let keys = format!(" {} ", hint.keys);
        let words = format!(" {} ", hint.text);
        let w = width(&keys) + width(&words);
        if used + w > area.width as usize {
            break; // Drop the rest rather than show half a hint.
        }
        used += w;
        spans.push(Span::styled(keys, styles.hint_key()));
        spans.push(Span::styled(words, styles.hint_text()));
    }
    put_line(buf, area, area.y, &Line::from(spans));
}
