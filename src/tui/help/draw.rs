//! The help overlay, generated from the keymap table that handles the keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::sanitize::for_display;
use crate::tui::app::App;
use crate::tui::keymap::{self, BINDINGS, Context};
use crate::tui::view::popup::Popup;
use crate::tui::view::put_line;
use crate::tui::wrap::{width, wrap};

/// Width of the keys column.
const KEYS_WIDTH: usize = 22;

pub(crate) fn draw(app: &App, buf: &mut Buffer, screen: Rect, scroll: usize) {
    let styles = &app.styles;
    let inner = Popup::new(
        app.text().help_title,
        styles.title(),
        styles.border_focused(),
    )
    .footer(app.text().help_footer, styles.dim())
    .padded()
    .draw(buf, screen, 84, screen.height.saturating_sub(2));

    // Bindings that do the same thing in other directions (↑ and ↓, Home and
    // End) share one line. Descriptions are in the app's language.
    let keys_text = &app.text().keys;
    let sections: Vec<(Context, Vec<(String, &str)>)> = Context::ALL
        .iter()
        .map(|&context| {
            let mut rows: Vec<(String, &str)> = Vec::new();
            for binding in BINDINGS.iter().filter(|b| b.context == context) {
                let keys = keymap::keys_label(binding);
                let description = (binding.description)(keys_text);
                match rows.last_mut() {
                    Some((all, said)) if *said == description => {
                        all.push(' ');
                        all.push_str(&keys);
                    }
                    _ => rows.push((keys, description)),
                }
            }
            (context, rows)
        })
        .collect();
    // The key column is as wide as its longest entry (plus a gap), so a long
    // key list never runs into its description.
    let keys_width = sections
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|(keys, _)| width(keys) + 2))
        .max()
        .unwrap_or(0)
        .max(KEYS_WIDTH);
    let mut lines: Vec<Line> = Vec::new();
    for (context, rows) in sections {
        lines.push(Line::styled(context.title(app.text()), styles.label()));
        for (keys, description) in rows {
            let pad = keys_width - width(&keys);
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys}{}", " ".repeat(pad)), styles.title()),
                Span::styled(description, styles.base()),
            ]));
        }
        lines.push(Line::default());
    }
    for part in wrap(app.text().help_typing, inner.width as usize) {
        lines.push(Line::styled(part, styles.dim()));
    }
    about(app, inner.width as usize, &mut lines);

    let scroll = scroll.min(lines.len().saturating_sub(inner.height as usize));
    for (row, line) in lines
        .iter()
        .skip(scroll)
        .take(inner.height as usize)
        .enumerate()
    {
        put_line(buf, inner, inner.y + row as u16, line);
    }
}

/// "About this directory", after the keys: what the event is and, above
/// all, the caveats the data states about itself (what is illustrative,
/// what is missing), so nobody takes a demo plan for the real one.
fn about(app: &App, width: usize, lines: &mut Vec<Line<'static>>) {
    let styles = &app.styles;
    let t = app.text();
    let event = &app.directory.event;
    lines.push(Line::default());
    lines.push(Line::styled(t.about_title, styles.label()));
    let mut say = |text: String, style| {
        for part in wrap(&for_display(&text), width.saturating_sub(2)) {
            lines.push(Line::styled(format!("  {part}"), style));
        }
    };
    let title = match &event.edition {
        Some(edition) => format!("{} · {edition}", event.name),
        None => event.name.to_string(),
    };
    say(title, styles.title());
    if let Some(date) = &event.date {
        say(format!("{}{}{date}", t.about_date, t.colon), styles.base());
    }
    if let Some(note) = &event.date_note {
        say(note.to_string(), styles.dim());
    }
    let place: Vec<&str> = [event.venue.as_deref(), event.city.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !place.is_empty() {
        say(
            format!("{}{}{}", t.about_venue, t.colon, place.join(", ")),
            styles.base(),
        );
    }
    for text in event.description.iter().chain(&event.notes) {
        say(text.to_string(), styles.base());
    }
    if let Some(venue) = app.directory.venue.as_ref().and_then(|v| v.note.as_ref()) {
        say(venue.to_string(), styles.base());
    }
    for source in &event.sources {
        let url = source.url.as_deref().unwrap_or("");
        say(
            format!("{}{}{} {url}", t.about_sources, t.colon, source.title),
            styles.dim(),
        );
    }
}
