//! The search row: prompt, query (its end kept in view) and the count `7/17`.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

use super::super::app::{App, Focus};
use super::super::wrap::width;
use super::put_line;
use crate::sanitize::for_display;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let styles = &app.styles;
    let list = app.current_list();
    let count = format!(" {}/{} ", list.hits.len(), app.total(app.tab()));
    let count_width = width(&count) as u16;
    let query = for_display(app.query()).into_owned();
    let room = (area.width as usize)
        .saturating_sub(width(app.text().search_prompt) + count_width as usize + 2);
    let shown = tail(&query, room);

    let mut spans = vec![Span::styled(app.text().search_prompt, styles.label())];
    if query.is_empty() {
        spans.push(Span::styled(
            app.text().search_placeholder,
            styles.placeholder(),
        ));
    } else {
        spans.push(Span::styled(shown.clone(), styles.base()));
    }
    let left = Rect {
        width: area.width.saturating_sub(count_width),
        ..area
    };
    put_line(frame.buffer_mut(), left, area.y, &Line::from(spans));
    let right = Rect {
        x: area.x + left.width,
        width: area.width - left.width,
        ..area
    };
    put_line(
        frame.buffer_mut(),
        right,
        area.y,
        &Line::styled(count, styles.count()),
    );

    let typing = app.focus() == Focus::List
        && app.popup().is_none()
        && app.form().is_none()
        && app.confirmation().is_none();
    if typing {
        let x = area.x + (width(app.text().search_prompt) + width(&shown)) as u16;
        if x < left.right() {
            frame.set_cursor_position(Position::new(x, area.y));
        }
    }
}

/// The end of `text` that fits in `room` cells, with `…` when cut.
fn tail(text: &str, room: usize) -> String {
    if width(text) <= room {
        return text.to_string();
    }
    let mut kept: Vec<char> = Vec::new();
    let mut used = 1; // the ellipsis
    for c in text.chars().rev() {
        let w = width(c.encode_utf8(&mut [0; 4]));
        if used + w > room {
            break;
        }
        used += w;
        kept.push(c);
    }
    let mut out = String::from("…");
    out.extend(kept.into_iter().rev());
    out
}
