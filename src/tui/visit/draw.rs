//! "Ma visite": the starred stands in walking order from where you are, each
//! with the walk from the previous stop, the total, and the visited ones
//! ticked and dimmed.

use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::VisitState;
use crate::sanitize::for_display;
use crate::tui::app::App;
use crate::tui::layout::Areas;
use crate::tui::plan::canvas::{STAR, TICK};
use crate::tui::view::put_line;
use crate::tui::wrap::{width, wrap};
use crate::venue::directions::{format_distance, format_duration};

pub(crate) fn draw(app: &App, buf: &mut Buffer, areas: &Areas) {
    let styles = &app.styles;
    let area = areas.list.union(areas.detail);
    let block = Block::bordered()
        .border_style(styles.border_focused())
        .title(Line::styled(
            format!(" {} ", app.text().visit_title),
            styles.title(),
        ));
    let inner = block.inner(area);
    block.render(area, buf);
    let lang = app.plan().lang;
    let mut lines: Vec<Line> = Vec::new();
    let here = match app.plan().event_plan().position() {
        Some(stand) => format!("{} {}", app.text().stand, for_display(stand)),
        None => app.text().main_entrance.to_string(),
    };
    lines.push(Line::styled(
        format!("{}{}{here}", app.text().visit_from, app.text().colon),
        styles.label(),
    ));
    let tour = match app.plan_tour() {
        Some(Ok(tour)) => Some(tour),
        Some(Err(e)) => {
            lines.push(Line::styled(e.message(lang), styles.warning()));
            None
        }
        None => None,
    };
    let rows = app.visit_rows();
    if rows.is_empty() && tour.is_some() {
        for part in wrap(app.text().visit_empty, inner.width as usize) {
            lines.push(Line::styled(part, styles.dim()));
        }
    }
    let number_width = rows.iter().map(|r| width(&r.stand)).max().unwrap_or(0);
    let first_row = lines.len();
    let mut stop = 0;
    for (i, row) in rows.iter().enumerate() {
        let selected = i == app.plan().cursor;
        let (mark, tail, base) = match &row.state {
            VisitState::ToSee { leg_m } => {
                stop += 1;
                (
                    format!("{stop:>2}. {STAR}"),
                    format!("+{}", format_distance(*leg_m, lang)),
                    styles.base(),
                )
            }
            VisitState::Visited => (
                format!("    {TICK}"),
                app.text().visit_done.to_string(),
                styles.visited(),
            ),
            VisitState::Unreachable(why) => ("    !".to_string(), why.clone(), styles.warning()),
        };
        let base = if selected { styles.selected() } else { base };
        let number = for_display(&row.stand);
        let pad = " ".repeat(number_width.saturating_sub(width(&number)) + 2);
        let name = stand_name(app, &row.stand);
        let line = Line::from(vec![
            Span::styled(format!("{mark} {number}{pad}"), base),
            Span::styled(format!("{tail:>8}  "), base),
            Span::styled(name, base),
        ]);
        lines.push(line);
    }
    if let Some(tour) = tour
        && !tour.stops.is_empty()
    {
        lines.push(Line::default());
        let seconds = crate::venue::route::walking_seconds(tour.total_m);
        let total = format!(
            "{}{}{} ({})",
            app.text().visit_total,
            app.text().colon,
            format_distance(tour.total_m, lang),
            format_duration(seconds, lang)
        );
        lines.push(Line::styled(total, styles.title()));
    }
    if let Some(message) = &app.plan().message {
        lines.push(Line::styled(message.clone(), styles.warning()));
    }
    // Keep the cursor's row on screen.
    let height = inner.height as usize;
    let cursor_line = first_row + app.plan().cursor;
    let skip = (cursor_line + 1).saturating_sub(height);
    for (i, line) in lines.iter().skip(skip).take(height).enumerate() {
        if skip + i == cursor_line && !rows.is_empty() {
            buf.set_style(
                ratatui::layout::Rect {
                    y: inner.y + i as u16,
                    height: 1,
                    ..inner
                },
                styles.selected(),
            );
        }
        put_line(buf, inner, inner.y + i as u16, line);
    }
}

/// The names of the organisations on a stand, for its row.
fn stand_name(app: &App, number: &str) -> String {
    let Some(position) = app.directory.stand_index(number) else {
        return String::new();
    };
    let names: Vec<&str> = app
        .directory
        .organisations_of_stand(position)
        .map(|o| app.directory.organisations[o].display_name())
        .collect();
    for_display(&names.join(", ")).into_owned()
}
