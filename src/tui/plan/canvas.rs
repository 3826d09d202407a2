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

    /// Puts `ch` unless a stand is drawn there: a route or the tour squeezed
    /// into a small view goes round the numbers, never over them.
    fn put_around_stands(&mut self, c: i64, r: i64, ch: char, role: Role) {
        let under = usize::try_from(r)
            .ok()
            .zip(usize::try_from(c).ok())
            .and_then(|(r, c)| self.rows.get(r)?.get(c));
        if !matches!(under, Some((_, Role::Stand(_)))) {
            self.put(c, r, ch, role);
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
    let shared = shared_prefix(grid.stands_in(hall).map(|stand| grid.number(stand)));
    for stand in grid.stands_in(hall) {
        let number = grid.number(stand);
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
        let marks_end = label.len();
        label.push_str(&crate::sanitize::for_display(number));
        // The same without what every number of the hall starts with.
        let mut short = label[..marks_end].to_string();
        match number.get(shared..) {
            Some(rest) if !rest.is_empty() => short.push_str(&crate::sanitize::for_display(rest)),
            _ => short.push_str(&label[marks_end..]),
        }
        let labels = Labels {
            whole: &label,
            short: &short,
            number: &label[marks_end..],
            number_short: &short[marks_end..],
        };
        paint_stand(&mut canvas, view, &stand.rect, &labels, Role::Stand(look));
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

/// The stand drawn at column `c`, row `r` of `view` (hall `hall`), for a
/// mouse click: the boxes [`paint`] draws, the last drawn on top.
pub fn stand_at<'g>(
    grid: &'g VenueGrid,
    hall: usize,
    view: &Viewport,
    c: u16,
    r: u16,
) -> Option<&'g str> {
    let (c, r) = (i64::from(c), i64::from(r));
    grid.stands_in(hall)
        .filter(|stand| {
            let (a, b) = view.cols(stand.rect.x, stand.rect.w);
            let (top, bottom) = view.rows(stand.rect.y, stand.rect.h);
            (a..b).contains(&c) && (top..bottom).contains(&r)
        })
        .last()
        .map(|stand| grid.number(stand))
}

/// A walk from cell `a` to its neighbour `b`, drawn without gaps between
/// their two screen points (a door to another hall draws nothing).
fn line(canvas: &mut Canvas, view: &Viewport, hall: usize, a: Cell, b: Cell, ch: char, role: Role) {
    if a.hall != hall || b.hall != hall || a.x.abs_diff(b.x) + a.y.abs_diff(b.y) != 1 {
        return;
    }
    let ((c0, r0), (c1, r1)) = (view.position(a.x, a.y), view.position(b.x, b.y));
    for c in c0.min(c1)..=c0.max(c1) {
        for r in r0.min(r1)..=r0.max(r1) {
            if r >= 0 && c >= 0 && r < i64::from(view.height) && c < i64::from(view.width) {
                canvas.put_around_stands(c, r, ch, role);
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

/// How many bytes every stand number of a hall starts with (`1` for
/// `1A-001` … `1Z-250`), on a char boundary; none for a hall of one stand.
fn shared_prefix<'a>(mut numbers: impl Iterator<Item = &'a str>) -> usize {
    let Some(first) = numbers.next() else {
        return 0;
    };
    let mut shared = first;
    let mut others = 0;
    for number in numbers {
        others += 1;
        let common = shared
            .char_indices()
            .zip(number.chars())
            .find(|&((_, a), b)| a != b)
            .map_or(shared.len().min(number.len()), |((at, _), _)| at);
        // A char boundary: where the chars differ, or where the shorter ended.
        shared = &shared[..common];
    }
    if others == 0 { 0 } else { shared.len() }
}

/// The longest start of `label` of at most `room` chars that ends before a
/// separator (`B` of `B-001` in 2 to 4 columns, not `B-` or `B-0`); the
/// whole label when it fits, or when no such start does (it is then cut).
fn cut_at_separator(label: &str, room: usize) -> &str {
    if label.chars().count() <= room {
        return label;
    }
    let mut cut = label;
    // A separator at char `count` ends a start of `count` chars.
    for (count, (at, c)) in label.char_indices().enumerate().take(room + 1) {
        if count > 0 && !c.is_alphanumeric() {
            cut = &label[..at];
        }
    }
    cut
}

/// The labels a stand can be drawn with, longest first.
struct Labels<'a> {
    /// Its marks (★, ✓) and whole number.
    whole: &'a str,
    /// Its marks and its number without what every number of the hall
    /// starts with (the plan's title names the hall): what tells it from
    /// its neighbours.
    short: &'a str,
    /// The same two without the marks.
    number: &'a str,
    number_short: &'a str,
}

impl Labels<'_> {
    /// The longest label that fits in `room` characters. The marks give way
    /// before the number is cut (a starred stand keeps its number on a small
    /// screen); when no number fits whole, the short one is cut, marks and all.
    fn fitting(&self, room: i64) -> &str {
        let fits = |label: &str| label.chars().count() as i64 <= room;
        [self.whole, self.short, self.number, self.number_short]
            .into_iter()
            .find(|label| fits(label))
            .unwrap_or_else(|| cut_at_separator(self.short, room.max(0) as usize))
    }
}

/// A box with the number in its top edge (or inside, when it is 3 rows or
/// more); a bracketed number when the box is a single row. The label is the
/// longest of `labels` that fits.
fn paint_stand(canvas: &mut Canvas, view: &Viewport, rect: &Rect, labels: &Labels, role: Role) {
    let (a, b) = view.cols(rect.x, rect.w);
    let (top, bottom) = view.rows(rect.y, rect.h);
    let (w, h) = (b - a, bottom - top);
    let whole = labels.whole;
    let fitting = |room: i64| labels.fitting(room);
    if w < 3 || h < 2 {
        for r in top..bottom {
            for c in a..b {
                canvas.put(c, r, ' ', role);
            }
        }
        if w >= whole.chars().count() as i64 + 2 {
            canvas.put(a, top, '[', role);
            canvas.put(b - 1, top, ']', role);
            canvas.label(a + 1, b - 1, top, whole, role);
        } else {
            canvas.label(a, b, top, fitting(w), role);
        }
        return;
    }
    let inner = w - 2;
    let label = fitting(inner);
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
    let padded = if (label.chars().count() as i64) + 2 <= inner {
        format!(" {label} ")
    } else {
        label.to_string()
    };
    canvas.label(a + 1, b - 1, row, &padded, role);
}

#[cfg(test)]
#[path = "canvas_tests.rs"]
mod tests;
