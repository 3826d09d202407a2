//! Each hall's drawing read character by character: stand boxes first,
//! then walls, floor and the legend's letters; then doors, stairs and
//! lifts paired across halls. Characters become cells at the scale.

use std::collections::HashMap;

use super::MAX_HALL_CELLS;
use super::legend::{RawHall, Sections, What};
use super::{
    At, Drawing, DrawnConnection, DrawnEntrance, DrawnHall, DrawnLandmark, DrawnStand,
    PlanDiagnostic, PlanProblem as P,
};
use crate::directory::{Rect, Side};

/// What the organiser marked as a stand's approach side: the side and where
/// the `*` is.
pub(super) type Mark = Option<(Side, At)>;

/// Characters of one hall's drawing, with their places in the file.
struct Chars {
    /// The drawing's lines: line number and characters.
    rows: Vec<(usize, Vec<char>)>,
    /// The leftmost column drawn (0-based): cell x 0.
    left: usize,
    /// Columns from `left` to the rightmost drawn.
    width: usize,
}

impl Chars {
    fn new(hall: &RawHall) -> Option<Chars> {
        let first = hall.lines.iter().position(|(_, l)| !l.trim().is_empty())?;
        let rows: Vec<(usize, Vec<char>)> = hall.lines[first..]
            .iter()
            .map(|(n, l)| (*n, l.trim_end().chars().collect()))
            .collect();
        let left = rows
            .iter()
            .filter_map(|(_, r)| r.iter().position(|c| *c != ' '))
            .min()?;
        let right = rows.iter().map(|(_, r)| r.len()).max()?;
        Some(Chars {
            rows,
            left,
            width: right - left,
        })
    }

    fn get(&self, r: usize, c: usize) -> char {
        self.rows
            .get(r)
            .and_then(|(_, row)| row.get(c))
            .copied()
            .unwrap_or(' ')
    }

    fn at(&self, r: usize, c: usize) -> At {
        At {
            line: self.rows[r].0,
            column: c + 1,
        }
    }
}

/// A stand's box as traced.
struct Traced {
    number: String,
    at: At,
    /// Rows and columns of its corners, inclusive.
    top: usize,
    bottom: usize,
    left: usize,
    right: usize,
    mark: Mark,
}

fn diagnostic(at: At, problem: P) -> PlanDiagnostic {
    PlanDiagnostic::new(at.line, at.column, problem)
}

/// Characters that may make a box's top or bottom edge: anything but space,
/// corners, sides and walls.
fn edge_char(c: char) -> bool {
    !matches!(c, ' ' | '+' | '|' | '#')
}

/// Where the number of a box is: the words in its inside and on its edges.
fn numbers_in(chars: &Chars, t: &Traced) -> Vec<(String, At)> {
    let mut words = Vec::new();
    for r in t.top..=t.bottom {
        let (from, to) = (t.left + 1, t.right);
        let mut c = from;
        while c < to {
            let is_word = |ch: char| !matches!(ch, ' ' | '-' | '*' | '|' | '+');
            if is_word(chars.get(r, c)) {
                let start = c;
                let mut word = String::new();
                // A number may hold hyphens (`H3-104`), not start or end with one.
                while c < to && (is_word(chars.get(r, c)) || chars.get(r, c) == '-') {
                    word.push(chars.get(r, c));
                    c += 1;
                }
                let word = word.trim_end_matches('-').to_string();
                words.push((word, chars.at(r, start)));
            } else {
                c += 1;
            }
        }
    }
    words
}

/// The number on a box's top edge from its corner, if any: to name a box
/// whose outline is broken.
fn top_word(chars: &Chars, top: usize, left: usize) -> String {
    let mut c = left + 1;
    let mut word = String::new();
    while edge_char(chars.get(top, c)) {
        word.push(chars.get(top, c));
        c += 1;
    }
    word.trim_matches(['-', '*']).to_string()
}

/// Traces the box whose top-left corner is at (`top`, `left`); marks its
/// characters in `owner`. `Err` when the outline breaks, or crosses another box.
fn trace(
    chars: &Chars,
    top: usize,
    left: usize,
    owner: &[Vec<Option<usize>>],
    boxes: &[Traced],
) -> Result<Traced, PlanDiagnostic> {
    let start = chars.at(top, left);
    let unclosed = |r: usize, c: usize| {
        let at = if r < chars.rows.len() {
            chars.at(r, c)
        } else {
            // Past the last line: point at the box's column on the last one.
            let last = chars.rows.len() - 1;
            chars.at(last, c)
        };
        // An outline broken by another outline: two boxes drawn across each other.
        if r < chars.rows.len() && matches!(chars.get(r, c), '-' | '|' | '+' | '*') {
            let stand = top_word(chars, top, left);
            let kind = P::Overlap {
                stand,
                other: String::new(),
                line: start.line,
            };
            return diagnostic(at, kind);
        }
        diagnostic(
            at,
            P::UnclosedBox {
                line: start.line,
                column: start.column,
            },
        )
    };
    let mut right = left + 1;
    while edge_char(chars.get(top, right)) {
        right += 1;
    }
    if chars.get(top, right) != '+' {
        return Err(unclosed(top, right));
    }
    let side = |c: char| matches!(c, '|' | '*');
    let mut bottom = top + 1;
    while bottom < chars.rows.len() && side(chars.get(bottom, left)) {
        bottom += 1;
    }
    if chars.get(bottom, left) != '+' {
        return Err(unclosed(bottom, left));
    }
    for r in top + 1..bottom {
        if !side(chars.get(r, right)) {
            return Err(unclosed(r, right));
        }
    }
    if chars.get(bottom, right) != '+' {
        return Err(unclosed(bottom, right));
    }
    for c in left + 1..right {
        if !edge_char(chars.get(bottom, c)) {
            return Err(unclosed(bottom, c));
        }
    }
    let mut traced = Traced {
        number: String::new(),
        at: start,
        top,
        bottom,
        left,
        right,
        mark: None,
    };
    let words = numbers_in(chars, &traced);
    let named = |i: usize| words.get(i).map_or_else(String::new, |w| w.0.clone());
    // Crossing another box (traced first), or holding one.
    for (r, owners) in owner.iter().enumerate().take(bottom + 1).skip(top) {
        for c in left..=right {
            if let Some(other) = owners[c - chars.left] {
                let (other, line) = boxes.get(other).map_or((String::new(), start.line), |o| {
                    (o.number.clone(), o.at.line)
                });
                let stand = named(0);
                return Err(diagnostic(start, P::Overlap { stand, other, line }));
            }
            let inside = r > top && r < bottom && c > left && c < right;
            if inside && matches!(chars.get(r, c), '+' | '|') {
                let (stand, other) = (named(0), named(1));
                let line = start.line;
                return Err(diagnostic(
                    chars.at(r, c),
                    P::Overlap { stand, other, line },
                ));
            }
        }
    }
    // The approach marks, `*` on the outline.
    let mut marks = Vec::new();
    for c in left + 1..right {
        for (r, side) in [(top, Side::North), (bottom, Side::South)] {
            if chars.get(r, c) == '*' {
                marks.push((side, chars.at(r, c)));
            }
        }
    }
    for r in top + 1..bottom {
        for (c, side) in [(left, Side::West), (right, Side::East)] {
            if chars.get(r, c) == '*' {
                marks.push((side, chars.at(r, c)));
            }
        }
    }
    if let Some(other) = marks.iter().find(|(s, _)| *s != marks[0].0) {
        return Err(diagnostic(other.1, P::TwoApproaches));
    }
    traced.mark = marks.first().copied();
    match words.as_slice() {
        [] => return Err(diagnostic(start, P::NoNumber)),
        [(number, at)] => {
            traced.number = number.clone();
            traced.at = *at;
        }
        [(first, _), (second, at), ..] => {
            let kind = P::TwoNumbers {
                first: first.clone(),
                second: second.clone(),
            };
            return Err(diagnostic(*at, kind));
        }
    }
    Ok(traced)
}

/// One letter's run of cells, as drawn.
struct Component {
    letter: char,
    at: At,
    /// Rows and columns (relative to `Chars::left`), inclusive.
    top: usize,
    bottom: usize,
    left: usize,
    right: usize,
}

/// Reads every hall; doors, stairs and lifts are paired across halls.
/// Stands' approach sides are [`Side::South`] until `place::check` chooses
/// them; `Mark`s say which the organiser marked.
pub(super) fn read(sections: &Sections, errors: &mut Vec<PlanDiagnostic>) -> (Drawing, Vec<Mark>) {
    let (sx, sy) = (sections.cells_per_char, sections.cells_per_line);
    let mut drawing = Drawing {
        metres_per_cell: sections.metres_per_cell,
        halls: Vec::new(),
        connections: Vec::new(),
        stands: Vec::new(),
    };
    let mut marks = Vec::new();
    let mut first_drawn: HashMap<String, At> = HashMap::new();
    // Each connection letter's ends: hall, cell and place.
    let mut ends: HashMap<char, Vec<(usize, u32, u32, At)>> = HashMap::new();
    let mut main_at: Option<At> = None;
    for (h, raw) in sections.halls.iter().enumerate() {
        let mut hall = DrawnHall {
            name: raw.name.clone(),
            level: raw.level,
            at: raw.at,
            width: 0,
            height: 0,
            walls: Vec::new(),
            entrances: Vec::new(),
            landmarks: Vec::new(),
        };
        let Some(chars) = Chars::new(raw) else {
            errors.push(diagnostic(raw.at, P::EmptyHall(raw.name.clone())));
            drawing.halls.push(hall);
            continue;
        };
        let (width, height) = (
            chars.width as u64 * u64::from(sx),
            chars.rows.len() as u64 * u64::from(sy),
        );
        if width.max(height) > u64::from(MAX_HALL_CELLS) {
            let kind = P::HallTooLarge {
                hall: raw.name.clone(),
                cells: width.max(height),
                max: MAX_HALL_CELLS,
            };
            errors.push(diagnostic(raw.at, kind));
            drawing.halls.push(hall);
            continue;
        }
        (hall.width, hall.height) = (width as u32, height as u32);
        let cell_rect = |top: usize, bottom: usize, left: usize, right: usize| Rect {
            x: (left - chars.left) as u32 * sx,
            y: top as u32 * sy,
            w: (right - left + 1) as u32 * sx,
            h: (bottom - top + 1) as u32 * sy,
        };

        // Boxes.
        let mut owner: Vec<Vec<Option<usize>>> = vec![vec![None; chars.width]; chars.rows.len()];
        let mut boxes: Vec<Traced> = Vec::new();
        // After a broken box, its other pieces are no news.
        let mut box_failed = false;
        for r in 0..chars.rows.len() {
            for c in chars.left..chars.left + chars.width {
                if chars.get(r, c) != '+' || owner[r][c - chars.left].is_some() {
                    continue;
                }
                match trace(&chars, r, c, &owner, &boxes) {
                    Ok(traced) => {
                        for row in &mut owner[traced.top..=traced.bottom] {
                            for cell in
                                &mut row[traced.left - chars.left..=traced.right - chars.left]
                            {
                                *cell = Some(boxes.len());
                            }
                        }
                        boxes.push(traced);
                    }
                    Err(d) => {
                        // The first broken box of a hall: its other corners,
                        // edges and number would only repeat it.
                        if !box_failed {
                            errors.push(d);
                        }
                        box_failed = true;
                        // Reported once: the corner is no stray outline.
                        owner[r][c - chars.left] = Some(usize::MAX);
                    }
                }
            }
        }
        for traced in &boxes {
            let key = traced.number.to_lowercase();
            if let Some(first) = first_drawn.get(&key) {
                let kind = P::DrawnTwice {
                    stand: traced.number.clone(),
                    line: first.line,
                };
                errors.push(diagnostic(traced.at, kind));
                continue;
            }
            first_drawn.insert(key, traced.at);
            drawing.stands.push(DrawnStand {
                number: traced.number.clone(),
                hall: h,
                rect: cell_rect(traced.top, traced.bottom, traced.left, traced.right),
                approach: Side::South,
                at: traced.at,
            });
            marks.push(traced.mark);
        }

        // Everything else, character by character.
        let mut seen = vec![vec![false; chars.width]; chars.rows.len()];
        let mut components = Vec::new();
        for r in 0..chars.rows.len() {
            let mut wall_start = None;
            for c in chars.left..=chars.left + chars.width {
                let ch = chars.get(r, c);
                let free = c < chars.left + chars.width && owner[r][c - chars.left].is_none();
                let is_wall = free && ch == '#';
                match (is_wall, wall_start) {
                    (true, None) => wall_start = Some(c),
                    (false, Some(start)) => {
                        hall.walls.push(cell_rect(r, r, start, c - 1));
                        wall_start = None;
                    }
                    _ => {}
                }
                if !free || seen[r][c - chars.left] {
                    continue;
                }
                match ch {
                    ' ' | '.' | '#' => {}
                    '+' | '-' | '|' | '*' if box_failed => {}
                    '+' | '-' | '|' | '*' => {
                        errors.push(diagnostic(chars.at(r, c), P::StrayOutline(ch)))
                    }
                    ch if ch.is_alphanumeric() => {
                        let comp = component(&chars, r, c, &owner, &mut seen, errors);
                        if !box_failed || sections.legend.contains_key(&comp.letter) {
                            components.push(comp);
                        }
                    }
                    ch => errors.push(diagnostic(chars.at(r, c), P::UnknownCharacter(ch))),
                }
            }
        }
        merge_walls(&mut hall.walls);

        for comp in components {
            let Some(entry) = sections.legend.get(&comp.letter) else {
                errors.push(diagnostic(comp.at, P::UnknownLetter(comp.letter)));
                continue;
            };
            let rect = cell_rect(
                comp.top,
                comp.bottom,
                comp.left + chars.left,
                comp.right + chars.left,
            );
            match entry.what {
                What::MainEntrance | What::Entrance => {
                    let main = entry.what == What::MainEntrance;
                    if main {
                        if let Some(first) = main_at {
                            let kind = P::SecondMainEntrance { line: first.line };
                            errors.push(diagnostic(comp.at, kind));
                            continue;
                        }
                        main_at = Some(comp.at);
                    }
                    hall.entrances.push(DrawnEntrance {
                        name: entry.name.clone(),
                        main,
                        x: rect.x,
                        y: rect.y,
                    });
                }
                What::Connection(_) => {
                    ends.entry(comp.letter)
                        .or_default()
                        .push((h, rect.x, rect.y, comp.at));
                }
                What::Landmark(kind) => hall.landmarks.push(DrawnLandmark {
                    name: entry.name.clone().unwrap_or_default(),
                    kind,
                    rect,
                    walkable: entry.walkable,
                }),
            }
        }
        drawing.halls.push(hall);
    }

    let mut letters: Vec<char> = ends.keys().copied().collect();
    letters.sort_unstable();
    for letter in letters {
        let entry = &sections.legend[&letter];
        let name = entry.name.clone().unwrap_or_default();
        let found = &ends[&letter];
        match found.as_slice() {
            [(_, _, _, at)] => {
                errors.push(diagnostic(*at, P::ConnectionOnce { name: name.clone() }))
            }
            [a, b] if a.0 != b.0 => {
                let What::Connection(kind) = entry.what else {
                    continue;
                };
                drawing.connections.push(DrawnConnection {
                    name,
                    kind,
                    from: (a.0, a.1, a.2),
                    to: (b.0, b.1, b.2),
                });
            }
            [first, rest @ ..] => {
                let extra = rest
                    .iter()
                    .find(|e| e.0 == first.0)
                    .or(rest.get(1))
                    .unwrap_or(first);
                errors.push(diagnostic(
                    extra.3,
                    P::ConnectionTooMany { name: name.clone() },
                ));
            }
            [] => {}
        }
    }
    (drawing, marks)
}

/// The run of `letter` cells from (`r`, `c`), by side neighbours; it must
/// fill its bounding box.
fn component(
    chars: &Chars,
    r: usize,
    c: usize,
    owner: &[Vec<Option<usize>>],
    seen: &mut [Vec<bool>],
    errors: &mut Vec<PlanDiagnostic>,
) -> Component {
    let letter = chars.get(r, c);
    let (x0, w) = (chars.left, chars.width);
    let mut comp = Component {
        letter,
        at: chars.at(r, c),
        top: r,
        bottom: r,
        left: c - x0,
        right: c - x0,
    };
    let mut stack = vec![(r, c - x0)];
    seen[r][c - x0] = true;
    let mut count = 0usize;
    while let Some((r, c)) = stack.pop() {
        count += 1;
        comp.top = comp.top.min(r);
        comp.bottom = comp.bottom.max(r);
        comp.left = comp.left.min(c);
        comp.right = comp.right.max(c);
        let mut next = Vec::with_capacity(4);
        if r > 0 {
            next.push((r - 1, c));
        }
        if r + 1 < chars.rows.len() {
            next.push((r + 1, c));
        }
        if c > 0 {
            next.push((r, c - 1));
        }
        if c + 1 < w {
            next.push((r, c + 1));
        }
        for (nr, nc) in next {
            if !seen[nr][nc] && owner[nr][nc].is_none() && chars.get(nr, nc + x0) == letter {
                seen[nr][nc] = true;
                stack.push((nr, nc));
            }
        }
    }
    let area = (comp.bottom - comp.top + 1) * (comp.right - comp.left + 1);
    if area != count {
        errors.push(diagnostic(comp.at, P::NotRectangle(letter)));
    }
    comp
}

/// Joins walls of the same columns on consecutive rows into one rectangle.
fn merge_walls(walls: &mut Vec<Rect>) {
    let mut merged: Vec<Rect> = Vec::with_capacity(walls.len());
    // Index in `merged` of the wall ending just above, by (x, w).
    let mut open: HashMap<(u32, u32), usize> = HashMap::new();
    for wall in walls.drain(..) {
        match open.get(&(wall.x, wall.w)) {
            Some(&i) if merged[i].y + merged[i].h == wall.y => merged[i].h += wall.h,
            _ => {
                open.insert((wall.x, wall.w), merged.len());
                merged.push(wall);
            }
        }
    }
    *walls = merged;
}
