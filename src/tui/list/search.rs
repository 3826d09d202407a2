//! The search line: the query as typed (its part of `update`), and its row
//! on screen: prompt, query (its end kept in view) and the count `7/17`.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

use crate::sanitize::for_display;
use crate::tui::app::{App, Focus};
use crate::tui::view::put_line;
use crate::tui::wrap::width;

impl App {
    pub fn query(&self) -> &str {
        &self.query
    }

    /// A character typed: the list takes the keyboard and is searched again.
    pub(crate) fn type_char(&mut self, c: char) {
        self.focus_list();
        self.query.push(c);
        self.refresh_results();
    }

    /// `/`: the search line gets the keyboard, leaving a detail; from the
    /// Plan and "Ma visite", the search of the Stands list (the stands they
    /// show).
    pub(crate) fn focus_search(&mut self) {
        if self.tab.has_list() {
            self.focus_list();
        } else {
            self.switch_tab(crate::tui::tab::Tab::Stands);
        }
    }

    pub(crate) fn backspace(&mut self) {
        if self.query.pop().is_some() {
            self.refresh_results();
        }
    }

    /// Ctrl-W: the last word goes, and the spaces after it.
    pub(crate) fn delete_word(&mut self) {
        let kept = self.query.trim_end().len();
        // After the last space, whatever its width in bytes (a
        // no-break or ideographic space is more than one).
        let start = self.query[..kept]
            .char_indices()
            .rfind(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        self.query.truncate(start);
        self.refresh_results();
    }

    pub(crate) fn clear_search(&mut self) {
        if !self.query.is_empty() {
            self.query.clear();
            self.refresh_results();
        }
    }
}

pub(crate) fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let styles = &app.styles;
    let list = app.current_list();
    let count = format!(" {}/{} ", list.hits.len(), app.total(app.tab()));
    let count_width = width(&count) as u16;
    let query = for_display(app.query()).into_owned();
    let room = (area.width as usize)
        .saturating_sub(width(app.text().search_prompt) + count_width as usize + 2);
    let shown = tail(&query, room);

    // On the Plan and in "Ma visite" letters are commands: the line says
    // how to search instead of inviting typing.
    let letters_type = app.tab().has_list();
    let mut spans = vec![Span::styled(app.text().search_prompt, styles.label())];
    if query.is_empty() {
        let placeholder = match letters_type {
            true => app.text().search_placeholder,
            false => app.text().search_placeholder_commands,
        };
        spans.push(Span::styled(placeholder, styles.placeholder()));
    } else {
        spans.push(Span::styled(shown.clone(), styles.base()));
        if !letters_type {
            let how = format!("  {}", app.text().search_placeholder_commands);
            spans.push(Span::styled(how, styles.placeholder()));
        }
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
        && letters_type
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
