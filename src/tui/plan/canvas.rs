//! A hall drawn as characters, each with a role the view turns into a style.
//! Pure: from the grid, a viewport and what to mark, to a grid of characters,
//! so it is tested without a terminal.

use std::collections::HashSet;

use unicode_width::UnicodeWidthChar;

use super::viewport::Viewport;
use crate::directory::{LandmarkKind, Rect};
use crate::venue::{Cell, CellKind, VenueGrid};

/// What a character of the plan shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Empty,
    Wall,
    Stand(StandLook),
    Landmark,
    Entrance,
    /// A door, stairs or lift to another hall.
    Link,
    Route,
    Tour,
    Here,
}

/// How a stand is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StandLook {
    Plain,
    /// Matches the current search.
    Matched,
    Selected,
    /// Visited: dimmed.
    Visited,
}

/// What to mark on the plan.
#[derive(Debug, Default)]
pub struct Marks<'a> {
    pub selected: Option<&'a str>,
    pub matched: HashSet<&'a str>,
    pub starred: HashSet<&'a str>,
    pub visited: HashSet<&'a str>,
    pub route: &'a [Cell],
    pub tour: &'a [Cell],
    pub here: Option<Cell>,
}

pub const WALL: char = '█';
pub const LANDMARK: char = '░';
pub const ENTRANCE: char = '⌂';
pub const LINK: char = '⇅';
pub const ROUTE: char = '•';
pub const TOUR: char = '·';
pub const HERE: char = '●';
pub const STAR: char = '★';
pub const TICK: char = '✓';

/// The symbol standing for a landmark too small for its name.
pub fn landmark_symbol(kind: LandmarkKind) -> char {
    match kind {
        LandmarkKind::Tribune => 'T',
        LandmarkKind::WelcomeDesk => 'i',
        LandmarkKind::Bar => 'B',
        LandmarkKind::Toilets => 'W',
        LandmarkKind::Exit => 'X',
        LandmarkKind::Cloakroom => 'V',
        LandmarkKind::Other => '?',
    }
}

/// The drawn plan: `rows[r][c]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Canvas {
    pub rows: Vec<Vec<(char, Role)>>,
}

impl Canvas {
    fn new(width: u16, height: u16) -> Canvas {
        Canvas {
            rows: vec![vec![(' ', Role::Empty); width as usize]; height as usize],
        }
    }

    fn put(&mut self, c: i64, r: i64, ch: char, role: Role) {
        if c < 0 || r < 0 {
            return;
        }
        if let Some(cell) = self
            .rows
            .get_mut(r as usize)
            .and_then(|row| row.get_mut(c as usize))
        {
            // One column per character, whatever the data holds.
            let ch = if ch.width() == Some(1) { ch } else { '?' };
            *cell = (ch, role);
        }
    }

    /// `text` centred in the visible part of columns `[a, b)` of row `r`,
    /// cut to fit: a box cut by the edge of the view still shows its name.
    fn label(&mut self, a: i64, b: i64, r: i64, text: &str, role: Role) {
        let width = self.rows.first().map_or(0, |row| row.len() as i64);
        let (a, b) = (a.max(0), b.min(width));
        let chars: Vec<char> = text.chars().take((b - a).max(0) as usize).collect();
        let start = a + ((b - a) - chars.len() as i64) / 2;
        for (i, ch) in chars.into_iter().enumerate() {
            self.put(start + i as i64, r, ch, role);
        }
    }

    /// The rows as plain text, for tests.
    pub fn text(&self) -> Vec<String> {
        self.rows
            .iter()
            .map(|row| row.iter().map(|(ch, _)| *ch).collect())
            .collect()
    }
}

/// Draws hall `hall` of `grid` through `view`, with `marks`.
pub fn paint(grid: &VenueGrid, hall: usize, view: &Viewport, marks: &Marks) -> Canvas {
    let mut canvas = Canvas::new(view.width, view.height);
    let Some(h) = grid.halls().get(hall) else {
        return canvas;
    };
    for r in 0..view.height {
        for c in 0..view.width {
            let (x, y) = view.cell_at(c, r);
            if x < 0 || y < 0 {
                continue;
            }
            let kind = h.kind(x as u32, y as u32);
            let (ch, role) = match kind {
                Some(CellKind::Wall) => (WALL, Role::Wall),
                Some(CellKind::Landmark) => (LANDMARK, Role::Landmark),
                _ => (' ', Role::Empty),
            };
            canvas.put(i64::from(c), i64::from(r), ch, role);
        }
    }
    for landmark in grid.landmarks.iter().filter(|l| l.hall == hall) {
        paint_landmark(
            &mut canvas,
            view,
            &landmark.rect,
            &landmark.name,
            landmark.kind,
        );
    }
    for stand in grid.stands_in(hall) {
        let number = stand.number.as_str();
        let look = if marks.selected == Some(number) {
            StandLook::Selected
        } else if marks.visited.contains(number) {
            StandLook::Visited
        } else if marks.matched.contains(number) {
            StandLook::Matched
        } else {
            StandLook::Plain
        };
        let mut label = String::new();
        if marks.starred.contains(number) {
            label.push(STAR);
        }
        if marks.visited.contains(number) {
            label.push(TICK);
        }
        label.push_str(&crate::sanitize::for_display(number));
        paint_stand(&mut canvas, view, &stand.rect, &label, Role::Stand(look));
    }
    for pair in marks.tour.windows(2) {
        line(&mut canvas, view, hall, pair[0], pair[1], TOUR, Role::Tour);
    }
    for pair in marks.route.windows(2) {
        line(
            &mut canvas,
            view,
            hall,
            pair[0],
            pair[1],
            ROUTE,
            Role::Route,
        );
    }
    let mut dot = |cell: &Cell, ch: char, role: Role| {
        if cell.hall == hall
            && let Some((c, r)) = view.point(cell.x, cell.y)
        {
            canvas.put(i64::from(c), i64::from(r), ch, role);
        }
    };
    for entrance in &grid.entrances {
        dot(&entrance.cell, ENTRANCE, Role::Entrance);
    }
    for link in &grid.links {
        for node in [link.a, link.b] {
            dot(&grid.cell(node), LINK, Role::Link);
        }
    }
    if let Some(here) = &marks.here {
        dot(here, HERE, Role::Here);
    }
    canvas
}

/// A walk from cell `a` to its neighbour `b`, drawn without gaps between
/// their two screen points (a door to another hall draws nothing).
fn line(canvas: &mut Canvas, view: &Viewport, hall: usize, a: Cell, b: Cell, ch: char, role: Role) {
    if a.hall != hall || b.hall != hall || a.x.abs_diff(b.x) + a.y.abs_diff(b.y) != 1 {
        return;
    }
    let centre = |cell: Cell| {
        (
            ((f64::from(cell.x) + 0.5 - view.ox) * view.sx).floor() as i64,
            ((f64::from(cell.y) + 0.5 - view.oy) * view.sy).floor() as i64,
        )
    };
    let ((c0, r0), (c1, r1)) = (centre(a), centre(b));
    for c in c0.min(c1)..=c0.max(c1) {
        for r in r0.min(r1)..=r0.max(r1) {
            if r >= 0 && c >= 0 && r < i64::from(view.height) && c < i64::from(view.width) {
                canvas.put(c, r, ch, role);
            }
        }
    }
}

fn paint_landmark(
    canvas: &mut Canvas,
    view: &Viewport,
    rect: &Rect,
    name: &str,
    kind: LandmarkKind,
) {
    let (a, b) = view.cols(rect.x, rect.w);
    let (top, bottom) = view.rows(rect.y, rect.h);
    for r in top..bottom {
        for c in a..b {
            canvas.put(c, r, LANDMARK, Role::Landmark);
        }
    }
    let name = crate::sanitize::for_display(name);
    let room = (b - a) as usize;
    // The whole name, else its first word ("Tribune (interventions)"), else a symbol.
    let first_word = name.split_whitespace().next().unwrap_or("");
    let label = if name.chars().count() <= room {
        name.to_string()
    } else if first_word.chars().count() >= 2 && first_word.chars().count() <= room {
        first_word.to_string()
    } else {
        landmark_symbol(kind).to_string()
    };
    canvas.label(a, b, top + (bottom - top - 1) / 2, &label, Role::Landmark);
}

/// A box with the number in its top edge (or inside, when it is 3 rows or
/// more); a bracketed number when the box is a single row.
fn paint_stand(canvas: &mut Canvas, view: &Viewport, rect: &Rect, label: &str, role: Role) {
    let (a, b) = view.cols(rect.x, rect.w);
    let (top, bottom) = view.rows(rect.y, rect.h);
    let (w, h) = (b - a, bottom - top);
    if w < 3 || h < 2 {
        for r in top..bottom {
            for c in a..b {
                canvas.put(c, r, ' ', role);
            }
        }
        if w >= label.chars().count() as i64 + 2 {
            canvas.put(a, top, '[', role);
            canvas.put(b - 1, top, ']', role);
            canvas.label(a + 1, b - 1, top, label, role);
        } else {
            canvas.label(a, b, top, label, role);
        }
        return;
    }
    for r in top..bottom {
        for c in a..b {
            let ch = match (r == top, r == bottom - 1, c == a, c == b - 1) {
                (true, _, true, _) => '┌',
                (true, _, _, true) => '┐',
                (_, true, true, _) => '└',
                (_, true, _, true) => '┘',
                (true, _, _, _) | (_, true, _, _) => '─',
                (_, _, true, _) | (_, _, _, true) => '│',
                _ => ' ',
            };
            canvas.put(c, r, ch, role);
        }
    }
    let row = if h >= 3 { top + (h - 1) / 2 } else { top };
    let inner = w - 2;
    let padded = if (label.chars().count() as i64) + 2 <= inner {
        format!(" {label} ")
    } else {
        label.to_string()
    };
    canvas.label(a + 1, b - 1, row, &padded, role);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory;
    use crate::venue::Place;
    use ratatui::layout::Rect as Area;

    fn default_grid() -> VenueGrid {
        VenueGrid::build(&directory::default_directory()).unwrap()
    }

    #[test]
    fn the_default_hall_at_100_by_30_shows_every_stand_number_whole() {
        let grid = default_grid();
        let view = Viewport::new(Area::new(0, 0, 68, 24), 40, 24, 0, (0, 0));
        let canvas = paint(&grid, 0, &view, &Marks::default());
        let text = canvas.text().join("\n");
        for stand in grid.stands() {
            assert!(
                text.contains(&format!(" {} ", stand.number)),
                "{}\n{text}",
                stand.number
            );
        }
        // The walls all round, with the gap of the main entrance at the bottom.
        assert!(canvas.text()[0].chars().all(|c| c == WALL));
        assert!(canvas.text()[23].contains(ENTRANCE), "{text}");
    }

    #[test]
    fn marks_give_stands_their_look_and_labels_their_star() {
        let grid = default_grid();
        let view = Viewport::new(Area::new(0, 0, 68, 24), 40, 24, 0, (0, 0));
        let marks = Marks {
            selected: Some("B4"),
            matched: ["B5"].into_iter().collect(),
            starred: ["C2"].into_iter().collect(),
            visited: ["A1"].into_iter().collect(),
            ..Marks::default()
        };
        let canvas = paint(&grid, 0, &view, &marks);
        let look_of = |label: &str| {
            canvas.rows.iter().find_map(|row| {
                let line: String = row.iter().map(|(c, _)| *c).collect();
                let at = line.find(label)?;
                Some(row[line[..at].chars().count()].1)
            })
        };
        assert_eq!(look_of("B4"), Some(Role::Stand(StandLook::Selected)));
        assert_eq!(look_of("B5"), Some(Role::Stand(StandLook::Matched)));
        assert_eq!(look_of("B6"), Some(Role::Stand(StandLook::Plain)));
        assert_eq!(look_of("★C2"), Some(Role::Stand(StandLook::Plain)));
        assert_eq!(look_of("✓A1"), Some(Role::Stand(StandLook::Visited)));
    }

    #[test]
    fn a_route_is_drawn_without_gaps_and_stops_at_the_stand() {
        let grid = default_grid();
        let view = Viewport::new(Area::new(0, 0, 68, 24), 40, 24, 0, (0, 0));
        let here = Place::MainEntrance;
        let route = crate::venue::route(&grid, &here, &Place::Stand("C3".into())).unwrap();
        let marks = Marks {
            route: &route.path,
            ..Marks::default()
        };
        let canvas = paint(&grid, 0, &view, &marks);
        let routed: usize = canvas
            .rows
            .iter()
            .flatten()
            .filter(|(_, role)| *role == Role::Route)
            .count();
        // At least one character per cell walked (columns are 1.7 wide).
        assert!(
            routed >= route.path.len() - 1,
            "{routed} for {}",
            route.path.len()
        );
    }
}
