//! The detail pane: the focused detail, or a preview of the selected row.

use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::{Look, lay_out};
use crate::search::highlight;
use crate::tui::app::{App, Focus};
use crate::tui::layout::Areas;
use crate::tui::view::{highlighted, put_line};

pub(crate) fn draw(app: &App, buf: &mut Buffer, areas: &Areas) {
    let area = areas.detail;
    let styles = &app.styles;
    let focused = app.focus() == Focus::Detail;
    let border = if focused {
        styles.border_focused()
    } else {
        styles.border()
    };
    let mut title = format!(" {} ", app.text().detail_title);
    if app.back_depth() > 0 {
        title = format!("{title}· {} ({}) ", app.text().back_depth, app.back_depth());
    }
    let block = Block::bordered()
        .border_style(border)
        .title(Line::styled(title, styles.title()));
    let inner = areas.detail_text();
    block.render(area, buf);

    let Some(target) = app.shown_target() else {
        put_line(
            buf,
            inner,
            inner.y,
            &Line::styled(app.text().nothing_selected, styles.dim()),
        );
        return;
    };
    let items = app.detail_items(target);
    let lines = lay_out(&items, inner.width as usize);
    let (scroll, selected_link) = match app.detail() {
        Some(d) => (d.scroll, Some(d.link)),
        None => (0, None),
    };
    let scroll = scroll.min(lines.len().saturating_sub(inner.height as usize));
    for (row, line) in lines
        .iter()
        .skip(scroll)
        .take(inner.height as usize)
        .enumerate()
    {
        let mut spans: Vec<Span> = Vec::new();
        for (text, look) in &line.pieces {
            let (style, emphasis) = match look {
                Look::Title => (styles.title(), styles.matched()),
                Look::Label => (styles.label(), styles.matched()),
                Look::Value => (styles.base(), styles.matched()),
                Look::Warning => (styles.warning(), styles.matched()),
                Look::Link(n) if Some(*n) == selected_link => {
                    (styles.selected(), styles.matched_in_selection())
                }
                Look::Link(_) => (styles.link(), styles.matched()),
            };
            // What the search matched is lit here too (a person, a theme,
            // words of the description), labels aside.
            let lit = match look {
                Look::Label | Look::Warning => Vec::new(),
                _ => highlight(text, app.query()),
            };
            spans.extend(highlighted(text, &lit, style, style.patch(emphasis)));
        }
        put_line(buf, inner, inner.y + row as u16, &Line::from(spans));
    }
}
