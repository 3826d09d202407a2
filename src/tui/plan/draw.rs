//! The Plan tab: the hall drawn to fit, the route to the selected stand, and
//! a panel with where you are, the directions in words and a legend.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::canvas::{self, Marks, Role, StandLook};
use super::layout::PlanAreas;
use super::panel;
use super::viewport::Viewport;
use crate::directory::LandmarkKind;
use crate::sanitize::for_display;
use crate::tui::app::App;
use crate::tui::layout::Areas;
use crate::tui::style::Styles;
use crate::tui::tab::Tab;
use crate::tui::view::put_line;
use crate::tui::wrap::{width, wrap};
use crate::venue::{Cell, Place, VenueGrid};

pub(crate) fn draw(app: &App, buf: &mut Buffer, areas: &Areas) {
    let styles = &app.styles;
    let parts = PlanAreas::compute(areas, |width| panel::lines(app, width).len());
    let grid = match &app.plan().grid {
        Ok(grid) if !grid.halls().is_empty() => grid,
        Ok(_) => return no_plan(app, buf, parts.map, app.text().no_venue),
        Err(e) => return no_plan(app, buf, parts.map, &e.message(app.plan().lang)),
    };
    let hall_index = app.plan().hall.min(grid.halls().len() - 1);
    let hall = grid.hall(hall_index);
    let title = (app.text().plan_title)(&for_display(&hall.name), hall_index, grid.halls().len());
    let mut block = Block::bordered()
        .border_style(styles.border_focused())
        .title(Line::styled(format!(" {title} "), styles.title()));
    // On the map's own border: one line, and the map loses no room for it.
    // Where it does not fit, its words before the colon ("Illustrative plan").
    if app.directory.layout_is_illustrative() {
        let notice = crate::i18n::t(app.plan().lang).venue.illustrative_plan;
        let shown = if width(notice) + 4 <= parts.map.width as usize {
            notice
        } else {
            notice.split(':').next().unwrap_or(notice).trim_end()
        };
        block = block.title_bottom(Line::styled(format!(" {shown} "), styles.warning()));
    }
    block.render(parts.map, buf);

    let inner = parts.map_inner();
    let view = Viewport::new(
        inner,
        hall.width,
        hall.height,
        app.plan().zoom,
        app.plan().pan,
    );
    let event = app.plan().event_plan();
    let starred = event.starred();
    let visited = event.visited();
    let selected = app.plan_stand();
    let matched = matching_stands(app);
    let route_cells: &[Cell] = match app.plan_route() {
        Some(Ok(r)) => &r.route.path,
        _ => &[],
    };
    let marks = Marks {
        selected: selected.as_deref(),
        matched: matched.iter().map(String::as_str).collect(),
        starred: starred.iter().map(String::as_str).collect(),
        visited: visited.iter().map(String::as_str).collect(),
        route: route_cells,
        tour: if app.plan().show_tour {
            &app.plan().cache.tour_path
        } else {
            &[]
        },
        here: grid
            .resolve(&Place::here(event.position()))
            .ok()
            .map(|(cell, _)| cell),
    };
    let drawn = canvas::paint(grid, hall_index, &view, &marks);
    for (r, row) in drawn.rows.iter().enumerate() {
        for (c, (ch, role)) in row.iter().enumerate() {
            let (x, y) = (inner.x + c as u16, inner.y + r as u16);
            if let Some(cell) = buf.cell_mut((x, y)) {
                cell.set_char(*ch).set_style(role_style(styles, *role));
            }
        }
    }
    panel(app, buf, &parts, grid, hall_index);
}

/// The stands matching the search, when there is one (none are marked otherwise).
fn matching_stands(app: &App) -> Vec<String> {
    if app.query().is_empty() && app.active_themes().is_empty() {
        return Vec::new();
    }
    app.list(Tab::Stands)
        .hits
        .iter()
        .filter_map(|h| app.directory.stands.get(h.record()))
        .map(|s| s.number.to_string())
        .collect()
}

fn role_style(styles: &Styles, role: Role) -> Style {
    match role {
        Role::Empty => styles.base(),
        Role::Wall => styles.plan_wall(),
        Role::Landmark => styles.plan_landmark(),
        Role::Stand(StandLook::Plain) => styles.plan_stand(),
        Role::Stand(StandLook::Matched) => styles.plan_stand_matched(),
        Role::Stand(StandLook::Selected) => styles.plan_stand_selected(),
        Role::Stand(StandLook::Visited) => styles.visited(),
        Role::Entrance | Role::Link => styles.plan_entrance(),
        Role::Route => styles.plan_route(),
        Role::Tour => styles.plan_tour(),
        Role::Here => styles.plan_here(),
    }
}

fn no_plan(app: &App, buf: &mut Buffer, area: Rect, message: &str) {
    let block = Block::bordered().border_style(app.styles.border());
    let inner = block.inner(area);
    block.render(area, buf);
    for (i, part) in wrap(message, inner.width as usize).iter().enumerate() {
        let line = Line::styled(part.as_str(), app.styles.warning());
        put_line(buf, inner, inner.y + i as u16, &line);
    }
}

/// Where you are, the route and its words, any message, then the legend.
fn panel(app: &App, buf: &mut Buffer, parts: &PlanAreas, grid: &VenueGrid, hall: usize) {
    let styles = &app.styles;
    let block = Block::bordered().border_style(styles.border());
    block.render(parts.panel, buf);
    let inner = parts.panel_inner();
    let max = inner.width as usize;
    let mut lines: Vec<Line> = panel::lines(app, max)
        .into_iter()
        .map(|(kind, line)| {
            let style = match kind {
                panel::Kind::Label => styles.label(),
                panel::Kind::Title => styles.title(),
                panel::Kind::Body => styles.base(),
                panel::Kind::Warning => styles.warning(),
                panel::Kind::Dim => styles.dim(),
                panel::Kind::Tour => styles.plan_tour(),
            };
            Line::styled(line, style)
        })
        .collect();
    let legend = legend(app, grid, hall, max);
    // The legend goes at the bottom when there is room, else right after.
    let free = (inner.height as usize).saturating_sub(lines.len());
    let needed = legend.len() + 1;
    let pad = free.saturating_sub(needed);
    if free >= needed {
        lines.extend(std::iter::repeat_n(Line::default(), pad + 1));
    } else {
        lines.push(Line::default());
    }
    lines.extend(legend);
    for (i, line) in lines.iter().take(inner.height as usize).enumerate() {
        put_line(buf, inner, inner.y + i as u16, line);
    }
}

/// One line per symbol in use, two symbols per line when the panel is wide.
fn legend(app: &App, grid: &VenueGrid, hall: usize, max: usize) -> Vec<Line<'static>> {
    let styles = &app.styles;
    let mut entries: Vec<(String, Style, String)> = vec![
        (
            "[A1]".into(),
            styles.plan_stand(),
            app.text().legend_stand.to_string(),
        ),
        (
            "[A1]".into(),
            styles.plan_stand_selected(),
            app.text().legend_selected.to_string(),
        ),
        (
            "[A1]".into(),
            styles.plan_stand_matched(),
            app.text().legend_matched.to_string(),
        ),
        (
            canvas::STAR.into(),
            styles.plan_stand(),
            app.text().legend_star.to_string(),
        ),
        (
            canvas::TICK.into(),
            styles.visited(),
            app.text().legend_tick.to_string(),
        ),
        (
            canvas::HERE.into(),
            styles.plan_here(),
            app.text().legend_here.to_string(),
        ),
        (
            canvas::ROUTE.into(),
            styles.plan_route(),
            app.text().legend_route.to_string(),
        ),
        (
            canvas::ENTRANCE.into(),
            styles.plan_entrance(),
            app.text().legend_entrance.to_string(),
        ),
        (
            canvas::WALL.into(),
            styles.plan_wall(),
            app.text().legend_wall.to_string(),
        ),
    ];
    if app.plan().show_tour {
        let tour = (
            canvas::TOUR.into(),
            styles.plan_tour(),
            app.text().legend_tour.to_string(),
        );
        entries.push(tour);
    }
    if !grid.links.is_empty() {
        entries.push((
            canvas::LINK.into(),
            styles.plan_entrance(),
            app.text().legend_link.to_string(),
        ));
    }
    let mut kinds: Vec<LandmarkKind> = Vec::new();
    for l in grid.landmarks.iter().filter(|l| l.hall == hall) {
        if !kinds.contains(&l.kind) {
            kinds.push(l.kind);
        }
    }
    for kind in kinds {
        let name = grid
            .landmarks
            .iter()
            .find(|l| l.kind == kind && l.hall == hall)
            .map_or(String::new(), |l| for_display(&l.name).into_owned());
        let symbol = canvas::landmark_symbol(kind).to_string();
        entries.push((symbol, styles.plan_landmark(), name));
    }
    // As many entries on a line as fit.
    let max = max.max(1);
    let mut lines = vec![Line::styled(app.text().legend, styles.label())];
    let mut row: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for (symbol, style, label) in entries {
        let entry = width(&symbol) + 1 + width(&label) + 2;
        if used > 0 && used + entry > max {
            lines.push(Line::from(std::mem::take(&mut row)));
            used = 0;
        }
        used += entry;
        row.push(Span::styled(symbol, style));
        row.push(Span::raw(format!(" {label}  ")));
    }
    if !row.is_empty() {
        lines.push(Line::from(row));
    }
    lines
}
