//! The theme picker: every theme of the directory with a checkbox.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::sanitize::for_display;
use crate::tui::app::App;
use crate::tui::view::popup::Popup;
use crate::tui::view::put_line;

pub(crate) fn draw(app: &App, buf: &mut Buffer, screen: Rect, cursor: usize) {
    let styles = &app.styles;
    let themes = app.directory.themes();
    let wanted_height = (themes.len() as u16).max(1).saturating_add(2);
    let inner = Popup::new(
        app.text().themes_title,
        styles.title(),
        styles.border_focused(),
    )
    .footer(app.text().themes_footer, styles.dim())
    .draw(
        buf,
        screen,
        56,
        wanted_height.min(screen.height.saturating_sub(2)),
    );

    if themes.is_empty() {
        put_line(
            buf,
            inner,
            inner.y,
            &Line::styled(app.text().themes_empty, styles.dim()),
        );
        return;
    }
    let rows = inner.height.max(1) as usize;
    // Keep the cursor in view; derived from the state, nothing stored.
    let offset = cursor.saturating_sub(rows - 1);
    let visible = themes.iter().enumerate().skip(offset).take(rows);
    for (row, (index, theme)) in visible.enumerate() {
        let y = inner.y + row as u16;
        let ticked = app.ticked.get(index) == Some(&true);
        let mark = if ticked { "[x]" } else { "[ ]" };
        let style = if index == cursor {
            styles.selected()
        } else {
            styles.base()
        };
        if index == cursor {
            buf.set_style(
                Rect {
                    y,
                    height: 1,
                    ..inner
                },
                style,
            );
        }
        let line = Line::styled(format!(" {mark} {}", for_display(theme)), style);
        put_line(buf, inner, y, &line);
    }
}
