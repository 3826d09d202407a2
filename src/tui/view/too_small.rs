//! The screen shown when the terminal is below the minimum size.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::popup::centered;
use super::put_line;
use crate::tui::app::App;
use crate::tui::layout::{MIN_HEIGHT, MIN_WIDTH};
use crate::tui::wrap::wrap;

pub fn draw(app: &App, buf: &mut Buffer, area: Rect) {
    if area.is_empty() {
        return;
    }
    let message = (app.text().too_small)(area.width, area.height, MIN_WIDTH, MIN_HEIGHT);
    let lines = wrap(&message, area.width as usize);
    let height = (lines.len() as u16).min(area.height);
    let block = centered(area, area.width, height);
    for (i, part) in lines.iter().take(height as usize).enumerate() {
        let line = Line::styled(part.as_str(), app.styles.warning()).centered();
        put_line(buf, block, block.y + i as u16, &line);
    }
}
