//! The top two rows: the event and the theme filter, then the tabs.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::put_line;
use crate::sanitize::for_display;
use crate::tui::app::App;
use crate::tui::layout::{Areas, MORE_AFTER, MORE_BEFORE, TabBar};
use crate::tui::tab::Tab;
use crate::tui::wrap::width;

pub fn draw(app: &App, buf: &mut Buffer, areas: &Areas) {
    let styles = &app.styles;
    let event = &app.directory.event;
    let mut title = for_display(&event.name).into_owned();
    if let Some(edition) = &event.edition {
        title = format!("{title} · {}", for_display(edition));
    }
    let mut spans = vec![
        Span::styled(format!(" {} ", app.text().app_name), styles.title()),
        Span::styled("· ", styles.dim()),
        Span::styled(title, styles.base()),
    ];
    let active = app.active_themes();
    if !active.is_empty() {
        // The filter matters more than the event name: it goes on the right,
        // and the name gives way when the row is short.
        let themes = format!(
            "{}{} ",
            app.text().themes_active,
            for_display(&active.join(", "))
        );
        let themes_width = width(&themes) as u16;
        let left = areas.header.width.saturating_sub(themes_width + 1);
        let area = Rect {
            width: left,
            ..areas.header
        };
        put_line(buf, area, area.y, &Line::from(spans));
        let right = areas.header.width.saturating_sub(themes_width);
        let line = Line::styled(themes, styles.themes_active());
        let mut area = areas.header;
        area.x += right;
        area.width -= right;
        put_line(buf, area, area.y, &line);
        spans = Vec::new();
    }
    if !spans.is_empty() {
        put_line(buf, areas.header, areas.header.y, &Line::from(spans));
    }

    let titles = app.tab_titles(areas.tabs.width);
    let bar = TabBar::layout(&titles, app.tab().index(), areas.tabs);
    for ((tab, title), rect) in Tab::ALL.iter().zip(&titles).zip(&bar.titles) {
        let Some(rect) = rect else { continue };
        let style = if *tab == app.tab() {
            styles.tab_active()
        } else {
            styles.tab()
        };
        let line = Line::styled(format!(" {title} "), style);
        put_line(buf, *rect, rect.y, &line);
    }
    for (mark, text) in [(bar.before, MORE_BEFORE), (bar.after, MORE_AFTER)] {
        if let Some((rect, _)) = mark {
            put_line(buf, rect, rect.y, &Line::styled(text, styles.dim()));
        }
    }
}
