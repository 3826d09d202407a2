//! Where the stands go in the hall plan.
//!
//! With positions in the sheet, halls are sized to hold them. Without, the
//! stands are laid out in an illustrative grid, like a small trade fair: double
//! rows of stands back to back, 2-cell aisles between the rows, a cross aisle
//! every ten stands, walls all round and a main entrance, so that the plan and
//! the routes work before the organiser knows the real layout.

use std::collections::HashMap;

use crate::directory::{Entrance, Hall, Rect, Side, StandLocation, Venue};
use crate::i18n::ImportTexts;
use crate::search::fold::collation_key;

use super::Diagnostic;
use super::buckets::Buckets;
use super::ids::IdAllocator;
use super::messages::ImportProblem as P;
use super::position::Position;

const STAND_W: u32 = 3;
const STAND_H: u32 = 2;
/// Stands side by side before a cross aisle.
const PER_GROUP: u32 = 10;
const AISLE: u32 = 2;
/// Cells from one double row to the next: two rows of stands and an aisle.
const BLOCK_H: u32 = 2 * STAND_H + AISLE;
const GRID_HALL_ID: &str = "hall";
/// The longest row the grid makes to keep a prefix together (longer ones
/// wrap); a square hall's side when that is longer.
const MAX_PER_ROW: u32 = 30;
/// The largest hall the directory validator accepts, in cells.
const MAX_HALL_CELLS: u32 = 10_000;

/// An illustrative grid for the stands numbered `numbers`: their locations
/// (in the order of `numbers`), the venue, and the number of aisles along
/// the rows (for the message).
///
/// The grid follows the numbering: stands are placed in natural order
/// (`A2` before `A10`), and the stands sharing a prefix (the row letters of
/// `A1`…`A8`, the `1B-` of `1B-007`) fill a row together, a new prefix
/// starting a new row unless it fits in what is left of the current one.
pub fn grid(numbers: &[&str], texts: &ImportTexts) -> (Venue, Vec<StandLocation>, u32) {
    let count = numbers.len().max(1) as u32;
    let mut order: Vec<usize> = (0..numbers.len()).collect();
    order.sort_by_cached_key(|&i| collation_key(numbers[i]));
    let prefix =
        |i: usize| collation_key(numbers[i].trim_end_matches(|c: char| c.is_ascii_digit()));
    // Runs of stands sharing a prefix, in order.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for &i in &order {
        match groups.last_mut() {
            Some(group) if prefix(group[0]) == prefix(i) => group.push(i),
            _ => groups.push(vec![i]),
        }
    }
    // About as many stands per row as rows, so the hall is roughly square,
    // but room for a whole prefix when it is not too long.
    let square = (f64::from(count).sqrt().ceil() as u32).max(1);
    let longest = groups.iter().map(Vec::len).max().unwrap_or(1) as u32;
    let per_row = longest.clamp(square, square.max(MAX_PER_ROW));
    // Row and place in the row of each stand, by index in `numbers`.
    let mut slots = vec![(0u32, 0u32); numbers.len()];
    let (mut row, mut column) = (0u32, 0u32);
    for group in &groups {
        if column > 0 && column + group.len() as u32 > per_row {
            (row, column) = (row + 1, 0);
        }
        for &i in group {
            if column == per_row {
                (row, column) = (row + 1, 0);
            }
            slots[i] = (row, column);
            column += 1;
        }
    }
    let rows = row + 1;
    let blocks = rows.div_ceil(2);
    let column_x = |c: u32| {
        1 + AISLE + (c / PER_GROUP) * (PER_GROUP * STAND_W + AISLE) + (c % PER_GROUP) * STAND_W
    };
    let width = column_x(per_row - 1) + STAND_W + AISLE + 1;
    // A last double row with only its north half filled needs no room for the other half.
    let last_has_south_row = rows % 2 == 0;
    let height = 1 + AISLE + blocks * BLOCK_H + 1 - if last_has_south_row { 0 } else { STAND_H };

    let locations = slots
        .iter()
        .map(|&(row, column)| {
            let block = row / 2;
            let facing_north = row % 2 == 0;
            let y = 1 + AISLE + block * BLOCK_H + if facing_north { 0 } else { STAND_H };
            StandLocation {
                hall: GRID_HALL_ID.into(),
                x: column_x(column),
                y,
                w: STAND_W,
                h: STAND_H,
                approach: if facing_north {
                    Side::North
                } else {
                    Side::South
                },
            }
        })
        .collect();

    // The entrance is a gap in the south wall, opening on the west aisle.
    let entrance_x = 1;
    let walls = vec![
        rect(0, 0, width, 1),
        rect(0, 1, 1, height - 2),
        rect(width - 1, 1, 1, height - 2),
        rect(0, height - 1, entrance_x, 1),
        rect(entrance_x + 1, height - 1, width - entrance_x - 1, 1),
    ];
    let aisles = blocks + 1;
    let hall = Hall {
        id: GRID_HALL_ID.into(),
        name: texts.hall.into(),
        level: 0,
        width,
        height,
        metres_per_cell: 1.0,
        walls,
        entrances: vec![main_entrance(entrance_x, height - 1, texts)],
        landmarks: Vec::new(),
    };
    let venue = Venue {
        illustrative: true,
        note: Some((texts.grid_note)(aisles).into()),
        halls: vec![hall],
        connections: Vec::new(),
    };
    (venue, locations, aisles)
}

/// Halls holding the stands where the sheet puts them. Each hall is the
/// smallest rectangle from (0, 0) that holds its stands plus an aisle on the
/// east and south; its entrance is on the south edge. Overlapping stands and
/// stands whose approach side is blocked or outside the hall are errors.
pub fn from_positions(
    placed: &[(&Position, &str)],
    texts: &ImportTexts,
) -> Result<(Venue, Vec<StandLocation>), Vec<Diagnostic>> {
    let positions: Vec<&Position> = placed.iter().map(|(p, _)| *p).collect();
    let stand_numbers: Vec<&str> = placed.iter().map(|(_, n)| *n).collect();
    let mut hall_ids = IdAllocator::default();
    let mut halls: Vec<Hall> = Vec::new();
    let mut hall_of_name: HashMap<String, usize> = HashMap::new();
    let mut locations = Vec::new();
    for p in &positions {
        let name = p.hall.clone().unwrap_or_else(|| texts.hall.into());
        let index = *hall_of_name
            .entry(super::ids::fold(&name))
            .or_insert_with(|| {
                halls.push(Hall {
                    id: hall_ids.allocate(&name, "hall").into(),
                    name: name.as_str().into(),
                    level: 0,
                    width: 0,
                    height: 0,
                    metres_per_cell: 1.0,
                    walls: Vec::new(),
                    entrances: Vec::new(),
                    landmarks: Vec::new(),
                });
                halls.len() - 1
            });
        let hall = &mut halls[index];
        hall.width = hall.width.max(p.x + p.w + AISLE);
        hall.height = hall.height.max(p.y + p.h + AISLE);
        locations.push(StandLocation {
            hall: hall.id.clone(),
            x: p.x,
            y: p.y,
            w: p.w,
            h: p.h,
            approach: p.approach,
        });
    }

    let mut errors = Vec::new();
    for (p, this) in placed {
        if p.x + p.w + AISLE > MAX_HALL_CELLS || p.y + p.h + AISLE > MAX_HALL_CELLS {
            let kind = P::BeyondLargestHall {
                stand: this.to_string(),
                reach: MAX_HALL_CELLS - AISLE,
                hall_max: MAX_HALL_CELLS,
            };
            errors.push(error(p, kind));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut filed = Buckets::default();
    for (i, ((p, loc), this)) in positions
        .iter()
        .zip(&locations)
        .zip(&stand_numbers)
        .enumerate()
    {
        if let Some(j) = filed.first_overlapping(&loc.hall, loc.rect()) {
            let (number, line) = (stand_numbers[j], positions[j].at.line);
            let (stand, other) = (this.to_string(), number.to_string());
            errors.push(error(p, P::Overlap { stand, other, line }));
        }
        debug_assert_eq!(i, filed.len());
        filed.insert(&loc.hall, loc.rect());
    }
    for (i, ((p, loc), this)) in positions
        .iter()
        .zip(&locations)
        .zip(&stand_numbers)
        .enumerate()
    {
        let (side, stand) = (loc.approach, this.to_string());
        match approach_cell(loc) {
            None => errors.push(error(p, P::EdgeOfPlan { side, stand })),
            Some((x, y)) => {
                if let Some(j) = filed.covering(&loc.hall, x, y, i) {
                    let (other, line) = (stand_numbers[j].to_string(), positions[j].at.line);
                    let kind = P::FacesStand {
                        side,
                        stand,
                        other,
                        line,
                    };
                    errors.push(error(p, kind));
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    for (i, hall) in halls.iter_mut().enumerate() {
        // The south edge is always free: the hall reaches an aisle below its last stand.
        let mut entrance = main_entrance(0, hall.height - 1, texts);
        if i > 0 {
            entrance.id = format!("entrance-{}", hall.id).into();
            entrance.name = (texts.hall_entrance)(&hall.name).into();
            entrance.main = false;
        }
        hall.entrances.push(entrance);
    }
    let venue = Venue {
        illustrative: false,
        note: Some(texts.positions_note.into()),
        halls,
        connections: Vec::new(),
    };
    Ok((venue, locations))
}

fn main_entrance(x: u32, y: u32, texts: &ImportTexts) -> Entrance {
    Entrance {
        id: "entrance".into(),
        name: texts.main_entrance.into(),
        x,
        y,
        main: true,
    }
}

fn rect(x: u32, y: u32, w: u32, h: u32) -> Rect {
    Rect { x, y, w, h }
}

fn error(p: &Position, kind: P) -> Diagnostic {
    Diagnostic::new(p.at.line, p.at.column, kind)
}

/// The cell in front of the stand's approach side, where a visitor stands.
fn approach_cell(loc: &StandLocation) -> Option<(u32, u32)> {
    // The same cell as the directory validator's: in front of the middle.
    let mid_x = loc.x + loc.w / 2;
    let mid_y = loc.y + loc.h / 2;
    match loc.approach {
        Side::North => Some((mid_x, loc.y.checked_sub(1)?)),
        Side::South => Some((mid_x, loc.y + loc.h)),
        Side::West => Some((loc.x.checked_sub(1)?, mid_y)),
        Side::East => Some((loc.x + loc.w, mid_y)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_stands_are_inside_the_hall_apart_and_face_an_aisle() {
        for count in [1, 2, 7, 20, 23, 150] {
            let numbers: Vec<String> = (0..count)
                .map(|i| format!("{}{}", ["A", "B", "C", "1B-"][i % 4], i / 4 + 1))
                .collect();
            let numbers: Vec<&str> = numbers.iter().map(String::as_str).collect();
            let (venue, locations, aisles) =
                grid(&numbers, &crate::i18n::t(crate::i18n::Lang::En).import);
            let hall = &venue.halls[0];
            assert_eq!(locations.len(), count);
            assert!(venue.illustrative);
            assert!(aisles >= 2);
            for (i, a) in locations.iter().enumerate() {
                assert!(
                    a.rect().fits_in(hall.width, hall.height),
                    "{count}: stand {i} outside"
                );
                assert!(
                    hall.walls.iter().all(|w| !w.overlaps(&a.rect())),
                    "{count}: stand {i} in a wall"
                );
                let (x, y) = approach_cell(a).unwrap();
                assert!(hall.walls.iter().all(|w| !w.contains(x, y)));
                for b in &locations[i + 1..] {
                    assert!(!a.rect().overlaps(&b.rect()), "{count}: stands overlap");
                    assert!(!b.rect().contains(x, y), "{count}: approach of {i} blocked");
                }
            }
            let entrance = &hall.entrances[0];
            assert!(entrance.main && entrance.y == hall.height - 1);
            assert!(
                hall.walls
                    .iter()
                    .all(|w| !w.contains(entrance.x, entrance.y))
            );
        }
    }

    /// Stands sharing a row letter share a row, in numeric order, whatever
    /// the order of the file: A8 does not sit next to B1.
    #[test]
    fn the_grid_follows_the_numbering() {
        let numbers = [
            "B2", "A10", "A1", "B1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "B3",
        ];
        let (_, locations, _) = grid(&numbers, &crate::i18n::t(crate::i18n::Lang::En).import);
        let at = |n: &str| &locations[numbers.iter().position(|&m| m == n).unwrap()];
        let row_of = |n: &str| (at(n).y, at(n).approach);
        for a in ["A2", "A3", "A9", "A10"] {
            assert_eq!(row_of(a), row_of("A1"), "{a} in A's row");
        }
        assert_eq!(row_of("B3"), row_of("B1"));
        assert_ne!(row_of("B1"), row_of("A1"), "B starts its own row");
        // In numeric order along the row.
        assert!(at("A2").x < at("A3").x && at("A9").x < at("A10").x);
        assert!(at("B1").x < at("B2").x);
    }
}
