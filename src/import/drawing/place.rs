//! Where visitors can walk in a drawn plan: every hall reachable, every
//! stand facing floor an entrance leads to (its approach side chosen when
//! not marked); then the spreadsheet's stands put where they are drawn.

use std::collections::{HashMap, VecDeque};

use super::grid::Mark;
use super::{Drawing, PlanDiagnostic, PlanProblem as P};
use crate::directory::{
    Connection, Entrance, Hall, Landmark, Point, Rect, Side, Stand, StandLocation, Venue,
    approach_cell,
};
use crate::i18n::ImportTexts;
use crate::import::ids::IdAllocator;
use crate::import::messages::ImportProblem;
use crate::import::rows::Entry;
use crate::import::{Diagnostic, Place};

/// Sides tried, in order, when the drawing marks none: of equally wide
/// aisles, the south one first, as a plan is read from the entrance.
const SIDES: [Side; 4] = [Side::South, Side::North, Side::East, Side::West];

/// A cell of a hall: hall index, x, y.
type Spot = (usize, u32, u32);

/// Free and reached cells of each hall.
struct Floor {
    width: u32,
    height: u32,
    blocked: Vec<bool>,
    reached: Vec<bool>,
}

impl Floor {
    fn index(&self, x: i64, y: i64) -> Option<usize> {
        (x >= 0 && y >= 0 && x < i64::from(self.width) && y < i64::from(self.height))
            .then(|| (y * i64::from(self.width) + x) as usize)
    }
}

/// Checks that every hall can be walked into and that every stand faces
/// floor an entrance leads to; sets each stand's approach side (the marked
/// one, else the one facing the widest aisle).
pub(super) fn check(drawing: &mut Drawing, marks: &[Mark], errors: &mut Vec<PlanDiagnostic>) {
    let halls = &drawing.halls;
    // Halls first: an entrance, or a chain of doors to a hall with one.
    let mut joined: Vec<Vec<usize>> = vec![Vec::new(); halls.len()];
    for c in &drawing.connections {
        joined[c.from.0].push(c.to.0);
        joined[c.to.0].push(c.from.0);
    }
    let mut hall_reached: Vec<bool> = halls.iter().map(|h| !h.entrances.is_empty()).collect();
    let mut queue: Vec<usize> = (0..halls.len()).filter(|&h| hall_reached[h]).collect();
    while let Some(h) = queue.pop() {
        for &next in &joined[h] {
            if !hall_reached[next] {
                hall_reached[next] = true;
                queue.push(next);
            }
        }
    }
    for (hall, _) in halls.iter().zip(&hall_reached).filter(|(_, r)| !**r) {
        let kind = P::HallUnreachable {
            hall: hall.name.clone(),
        };
        errors.push(PlanDiagnostic::new(hall.at.line, hall.at.column, kind));
    }

    // Then cells: a walk from every entrance, through doors.
    let mut floors: Vec<Floor> = halls
        .iter()
        .map(|h| {
            let size = (h.width * h.height) as usize;
            let mut floor = Floor {
                width: h.width,
                height: h.height,
                blocked: vec![false; size],
                reached: vec![false; size],
            };
            let obstacles = h.landmarks.iter().filter(|l| !l.walkable).map(|l| l.rect);
            for rect in h.walls.iter().copied().chain(obstacles) {
                block(&mut floor, rect);
            }
            floor
        })
        .collect();
    for stand in &drawing.stands {
        block(&mut floors[stand.hall], stand.rect);
    }
    let mut doors: HashMap<Spot, Vec<Spot>> = HashMap::new();
    for c in &drawing.connections {
        doors.entry(c.from).or_default().push(c.to);
        doors.entry(c.to).or_default().push(c.from);
    }
    let mut queue: VecDeque<(usize, u32, u32)> = halls
        .iter()
        .enumerate()
        .flat_map(|(h, hall)| hall.entrances.iter().map(move |e| (h, e.x, e.y)))
        .collect();
    for &(h, x, y) in &queue {
        let floor = &mut floors[h];
        if let Some(i) = floor.index(i64::from(x), i64::from(y)) {
            floor.reached[i] = true;
        }
    }
    while let Some((h, x, y)) = queue.pop_front() {
        let (x, y) = (i64::from(x), i64::from(y));
        let mut next: Vec<(usize, u32, u32)> = doors
            .get(&(h, x as u32, y as u32))
            .cloned()
            .unwrap_or_default();
        for (dx, dy) in [(0, -1), (1, 0), (0, 1), (-1, 0)] {
            if floors[h].index(x + dx, y + dy).is_some() {
                next.push((h, (x + dx) as u32, (y + dy) as u32));
            }
        }
        for (nh, nx, ny) in next {
            let floor = &mut floors[nh];
            let Some(i) = floor.index(i64::from(nx), i64::from(ny)) else {
                continue;
            };
            if !floor.blocked[i] && !floor.reached[i] {
                floor.reached[i] = true;
                queue.push_back((nh, nx, ny));
            }
        }
    }

    for (stand, mark) in drawing.stands.iter_mut().zip(marks) {
        let floor = &floors[stand.hall];
        let front = |side: Side| {
            let location = StandLocation {
                hall: "".into(),
                x: stand.rect.x,
                y: stand.rect.y,
                w: stand.rect.w,
                h: stand.rect.h,
                approach: side,
            };
            approach_cell(&location)
        };
        match mark {
            Some((side, at)) => {
                let (x, y) = front(*side);
                let (stand_name, side) = (stand.number.clone(), *side);
                let problem = match floor.index(x, y) {
                    None => Some(P::ApproachOutside {
                        stand: stand_name,
                        side,
                    }),
                    Some(i) if floor.blocked[i] => Some(P::ApproachBlocked {
                        stand: stand_name,
                        side,
                    }),
                    Some(i) if !floor.reached[i] => Some(P::ApproachUnreachable {
                        stand: stand_name,
                        side,
                    }),
                    Some(_) => None,
                };
                match problem {
                    Some(p) => errors.push(PlanDiagnostic::new(at.line, at.column, p)),
                    None => stand.approach = side,
                }
            }
            None => {
                // The side facing the widest aisle an entrance leads to.
                let best = SIDES
                    .iter()
                    .filter_map(|&side| {
                        let (x, y) = front(side);
                        let i = floor.index(x, y)?;
                        floor.reached[i].then(|| (side, aisle_depth(floor, x, y, side)))
                    })
                    .fold(
                        None,
                        |best: Option<(Side, u32)>, (side, depth)| match best {
                            Some((_, d)) if d >= depth => best,
                            _ => Some((side, depth)),
                        },
                    );
                match best {
                    Some((side, _)) => stand.approach = side,
                    None => errors.push(PlanDiagnostic::new(
                        stand.at.line,
                        stand.at.column,
                        P::StandUnreachable {
                            stand: stand.number.clone(),
                        },
                    )),
                }
            }
        }
    }
}

fn block(floor: &mut Floor, rect: Rect) {
    for y in rect.y..(rect.y + rect.h).min(floor.height) {
        for x in rect.x..(rect.x + rect.w).min(floor.width) {
            floor.blocked[(y * floor.width + x) as usize] = true;
        }
    }
}

/// Free cells straight out from (`x`, `y`), away from the stand.
fn aisle_depth(floor: &Floor, x: i64, y: i64, side: Side) -> u32 {
    let (dx, dy) = match side {
        Side::North => (0, -1),
        Side::South => (0, 1),
        Side::East => (1, 0),
        Side::West => (-1, 0),
    };
    let mut depth = 0;
    let (mut x, mut y) = (x, y);
    while let Some(i) = floor.index(x, y) {
        if floor.blocked[i] {
            break;
        }
        depth += 1;
        (x, y) = (x + dx, y + dy);
    }
    depth
}

/// Puts the spreadsheet's stands where the drawing has their numbers
/// (exactly, else ignoring case) and returns the venue. A number drawn that
/// the sheet lacks is an error in the drawing; a stand of the sheet not
/// drawn, an error at its row.
pub(in crate::import) fn place(
    drawing: &Drawing,
    entries: &[Entry],
    stands: &mut [Stand],
    texts: &ImportTexts,
    errors: &mut Vec<Diagnostic>,
) -> Option<Venue> {
    let mut drawn_exact: HashMap<&str, usize> = HashMap::new();
    let mut drawn_folded: HashMap<String, usize> = HashMap::new();
    for (i, d) in drawing.stands.iter().enumerate() {
        drawn_exact.insert(d.number.as_str(), i);
        drawn_folded.insert(d.number.to_lowercase(), i);
    }
    let mut used = vec![false; drawing.stands.len()];
    let mut drawn_of_stand = Vec::with_capacity(stands.len());
    let before = errors.len();
    for stand in stands.iter() {
        let number = stand.number.as_str();
        let found = drawn_exact
            .get(number)
            .or_else(|| drawn_folded.get(&number.to_lowercase()))
            .copied();
        match found {
            Some(i) => used[i] = true,
            None => {
                if let Some(entry) = entries.iter().find(|e| e.stand.value == number) {
                    let kind = ImportProblem::NotDrawn {
                        stand: number.to_string(),
                    };
                    errors.push(Diagnostic::new(entry.stand.line, entry.stand.column, kind));
                }
            }
        }
        drawn_of_stand.push(found);
    }
    for (d, _) in drawing.stands.iter().zip(&used).filter(|(_, u)| !**u) {
        let kind = ImportProblem::Plan(P::NotInSheet {
            stand: d.number.clone(),
        });
        let place = Place::Plan {
            line: d.at.line,
            column: d.at.column,
        };
        errors.push(Diagnostic::at(place, kind));
    }
    if errors.len() > before {
        return None;
    }

    let mut hall_ids = IdAllocator::default();
    let mut place_ids = IdAllocator::default();
    let mut halls: Vec<Hall> = drawing
        .halls
        .iter()
        .map(|h| Hall {
            id: hall_ids.allocate(&h.name, "hall").into(),
            name: h.name.as_str().into(),
            level: h.level,
            width: h.width,
            height: h.height,
            metres_per_cell: drawing.metres_per_cell,
            walls: h.walls.clone(),
            entrances: Vec::new(),
            landmarks: Vec::new(),
        })
        .collect();
    for (hall, drawn) in halls.iter_mut().zip(&drawing.halls) {
        for e in &drawn.entrances {
            let name = e.name.as_deref().unwrap_or(texts.main_entrance);
            hall.entrances.push(Entrance {
                id: place_ids.allocate(name, "entrance").into(),
                name: name.into(),
                x: e.x,
                y: e.y,
                main: e.main,
            });
        }
        for l in &drawn.landmarks {
            hall.landmarks.push(Landmark {
                id: place_ids.allocate(&l.name, "landmark").into(),
                name: l.name.as_str().into(),
                kind: l.kind,
                x: l.rect.x,
                y: l.rect.y,
                w: l.rect.w,
                h: l.rect.h,
                walkable: l.walkable,
            });
        }
    }
    let point = |(h, x, y): (usize, u32, u32)| Point {
        hall: halls[h].id.clone(),
        x,
        y,
    };
    let connections = drawing
        .connections
        .iter()
        .map(|c| Connection {
            id: place_ids.allocate(&c.name, "connection").into(),
            name: c.name.as_str().into(),
            kind: c.kind,
            from: point(c.from),
            to: point(c.to),
            length_m: None,
        })
        .collect();
    for (stand, drawn) in stands.iter_mut().zip(drawn_of_stand) {
        let d = &drawing.stands[drawn?];
        stand.location = Some(StandLocation {
            hall: halls[d.hall].id.clone(),
            x: d.rect.x,
            y: d.rect.y,
            w: d.rect.w,
            h: d.rect.h,
            approach: d.approach,
        });
    }
    Some(Venue {
        illustrative: false,
        note: Some(texts.plan_note.into()),
        halls,
        connections,
    })
}
