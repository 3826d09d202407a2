//! Drawing. [`view`] reads the [`App`] and draws one frame; it cannot change
//! anything. Each feature draws its own part (`list::draw`, `detail::draw`,
//! `plan::draw`…); this module puts them together, with the parts of the
//! screen that belong to no feature: the header and its tabs, the banner,
//! the hint bar, the "too small" screen, and the `popup` frame every
//! window over the screen is drawn in.

pub(crate) mod banner;
mod header;
mod hints;
pub(crate) mod popup;
mod too_small;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::sanitize::for_display;
use crate::tui::app::{App, Popup};
use crate::tui::layout::Areas;
use crate::tui::tab::Tab;
use crate::tui::{card, confirm, detail, help, list, notes, plan, themes, visit};

/// Draws the whole screen for the current state.
pub fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let Some(areas) = Areas::compute_with_banner(area.width, area.height, app.banner_rows()) else {
        too_small::draw(app, frame.buffer_mut(), area);
        return;
    };
    header::draw(app, frame.buffer_mut(), &areas);
    banner::draw(app, frame.buffer_mut(), areas.banner);
    list::search::draw(app, frame, areas.search);
    match app.tab() {
        Tab::Stands | Tab::Organisations | Tab::People | Tab::Programme | Tab::Notes => {
            list::draw(app, frame.buffer_mut(), areas.list);
            detail::draw(app, frame.buffer_mut(), &areas);
        }
        Tab::Plan => plan::draw(app, frame.buffer_mut(), &areas),
        Tab::Visit => visit::draw(app, frame.buffer_mut(), &areas),
    }
    hints::draw(app, frame.buffer_mut(), areas.hints);
    banner::draw_message(app, frame.buffer_mut(), area);
    match app.popup() {
        Some(Popup::Help { scroll }) => help::draw(app, frame.buffer_mut(), area, scroll),
        Some(Popup::Themes { cursor }) => themes::draw(app, frame.buffer_mut(), area, cursor),
        Some(Popup::Card) => card::draw(app, frame.buffer_mut(), area),
        None => {}
    }
    if let Some(form) = app.form() {
        notes::form::draw(app, form, frame.buffer_mut(), area);
    }
    if let Some(question) = app.confirmation() {
        confirm::draw(app, question, frame.buffer_mut(), area);
    }
}

/// `text` as spans, the characters at `positions` (char indices into `text`)
/// in `matched`, the rest in `base`. Each character is sanitized on its own
/// so the indices still line up when a control character is replaced.
pub(crate) fn highlighted(
    text: &str,
    positions: &[usize],
    base: Style,
    matched: Style,
) -> Vec<Span<'static>> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_matched = false;
    let mut buf = [0u8; 4];
    for (i, c) in text.chars().enumerate() {
        let is_match = positions.contains(&i);
        if is_match != run_matched && !run.is_empty() {
            let style = if run_matched { matched } else { base };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_matched = is_match;
        run.push_str(&for_display(c.encode_utf8(&mut buf)));
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_matched { matched } else { base }));
    }
    spans
}

/// Draws `line` on row `y` of `area`, clipped to the area.
pub(crate) fn put_line(buf: &mut Buffer, area: Rect, y: u16, line: &Line) {
    if y < area.y || y >= area.bottom() || area.width == 0 {
        return;
    }
    buf.set_line(area.x, y, line, area.width);
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    #[test]
    fn highlights_land_on_the_right_characters_even_after_sanitizing() {
        let matched = Style::new().add_modifier(Modifier::BOLD);
        // Char 3 is ESC, shown as a visible placeholder; char 5 is after it.
        let spans = highlighted("Évi\u{1b}lx", &[0, 2, 5], Style::new(), matched);
        let parts: Vec<(&str, bool)> = spans
            .iter()
            .map(|s| (s.content.as_ref(), s.style == matched))
            .collect();
        assert_eq!(
            parts,
            [
                ("É", true),
                ("v", false),
                ("i", true),
                ("␛l", false),
                ("x", true)
            ]
        );
    }
}
