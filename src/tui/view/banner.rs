//! The banner under the header while the notes file cannot be read: what is
//! wrong (path:line:column: message) and what the user can do, wrapped to
//! the screen's width rather than cut. And the message of the moment, wrapped
//! too when one row does not hold it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::put_line;
use crate::sanitize::for_display;
use crate::tui::app::App;
use crate::tui::wrap::{width, wrap};

/// What is drawn before the problem, and before the lines that follow.
const WARNING: &str = " ⚠ ";
const INDENT: &str = "   ";

/// The banner's lines at `screen_width` columns: none when the notes file is fine.
pub(crate) fn lines(app: &App, screen_width: u16) -> Vec<String> {
    let broken = app.notes().problem(app.text()).is_some();
    let Some(problem) = app
        .notes()
        .book()
        .and_then(|b| b.problem())
        .filter(|_| broken)
    else {
        return Vec::new();
    };
    let room = usize::from(screen_width).saturating_sub(width(INDENT));
    let what = for_display(&problem.render(app.text().lang)).into_owned();
    let mut lines = Vec::new();
    for (i, line) in wrap(&what, room).into_iter().enumerate() {
        let lead = if i == 0 { WARNING } else { INDENT };
        lines.push(format!("{lead}{line}"));
    }
    for line in wrap(app.text().banner_hint, room) {
        lines.push(format!("{INDENT}{line}"));
    }
    lines
}

pub fn draw(app: &App, buf: &mut Buffer, area: Rect) {
    if area.height == 0 {
        return;
    }
    let lines = lines(app, area.width);
    if lines.is_empty() {
        return;
    }
    let style = app.styles.warning();
    buf.set_style(area, style);
    let rows = usize::from(area.height);
    for (i, text) in lines.iter().take(rows).enumerate() {
        // Cut short by a small screen: the last row says there is more.
        let text = if i + 1 == rows && lines.len() > rows {
            ellipsis(text, usize::from(area.width))
        } else {
            text.clone()
        };
        put_line(buf, area, area.y + i as u16, &Line::styled(text, style));
    }
}

/// The message of the moment (drawn on the hint row by `hints`), wrapped
/// upwards over the screen under a rule when one row does not hold it, up to
/// half the screen; until the next key, like the message.
pub fn draw_message(app: &App, buf: &mut Buffer, screen: Rect) {
    let Some(message) = app.message() else {
        return;
    };
    let room = usize::from(screen.width).saturating_sub(1);
    let lines = wrap(&for_display(message), room);
    if lines.len() < 2 || screen.height < 4 {
        return;
    }
    let rows = lines.len().min(usize::from(screen.height / 2) - 1);
    let area = Rect {
        y: screen.bottom() - rows as u16 - 1,
        height: rows as u16 + 1,
        ..screen
    };
    buf.set_style(area, app.styles.base());
    for y in area.y..area.bottom() {
        for x in area.x..area.right() {
            if let Some(cell) = buf.cell_mut((x, y)) {
                cell.set_char(if y == area.y { '─' } else { ' ' });
            }
        }
    }
    buf.set_style(Rect { height: 1, ..area }, app.styles.border());
    for (i, text) in lines.iter().take(rows).enumerate() {
        let mut text = format!(" {text}");
        if i + 1 == rows && lines.len() > rows {
            text = ellipsis(&text, usize::from(screen.width));
        }
        let y = area.y + 1 + i as u16;
        put_line(buf, area, y, &Line::styled(text, app.styles.title()));
    }
}

/// `text` ending in `…` within `max` columns.
fn ellipsis(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = width(c.encode_utf8(&mut [0; 4]));
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    format!("{}…", out.trim_end())
}
