//! The banner under the header while the notes file cannot be read: what is
//! wrong (path:line:column: message) and what the user can do.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::put_line;
use crate::sanitize::for_display;
use crate::tui::app::App;

pub fn draw(app: &App, buf: &mut Buffer, area: Rect) {
    if area.height == 0 {
        return;
    }
    let Some(problem) = app.notes().book().and_then(|b| b.problem()) else {
        return;
    };
    let style = app.styles.warning();
    buf.set_style(area, style);
    let what = format!(" ⚠ {}", for_display(&problem.render(app.text().lang)));
    put_line(buf, area, area.y, &Line::styled(what, style));
    let hint = format!("   {}", app.text().banner_hint);
    put_line(buf, area, area.y + 1, &Line::styled(hint, style));
}
