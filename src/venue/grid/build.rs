//! Building the grids from a directory: walls, landmarks, doorways, stands,
//! and the cell in front of each stand.

use std::collections::HashMap;

use super::{
    CellKind, EntranceSpot, HallGrid, LandmarkSpot, Link, StandSpot, UNITS_PER_METRE, VenueGrid,
};
use crate::directory::{Directory, Rect, Side};
use crate::venue::{Cell, RouteError};

/// The most cells all halls together may have: 3 000 × 3 000, i.e. a
/// square kilometre at 1/3 m cells. A route search then needs at most
/// about 180 MB (four headings per cell).
pub const MAX_CELLS: u64 = 9_000_000;

impl VenueGrid {
    /// Builds the grids of `directory`'s venue. Malformed parts (a stand in
    /// an unknown hall, a door off the grid) are skipped, not fatal: the
    /// directory's validation reports them.
    pub fn build(directory: &Directory) -> Result<VenueGrid, RouteError> {
        let venue = directory.venue.as_ref().ok_or(RouteError::NoVenue)?;
        // Checked before allocating anything: a typo in a width must give a
        // message, not exhaust memory.
        let total: u64 = venue
            .halls
            .iter()
            .map(|h| u64::from(h.width) * u64::from(h.height))
            .sum();
        if total > MAX_CELLS {
            return Err(RouteError::TooLarge { cells: total });
        }
        let mut halls = Vec::with_capacity(venue.halls.len());
        let mut offset: u64 = 0;
        for hall in &venue.halls {
            let cells = hall.width as u64 * hall.height as u64;
            let mpc = if hall.metres_per_cell.is_finite() && hall.metres_per_cell > 0.0 {
                hall.metres_per_cell
            } else {
                1.0
            };
            halls.push(HallGrid {
                id: hall.id.to_string(),
                name: hall.name.to_string(),
                level: hall.level,
                width: hall.width,
                height: hall.height,
                metres_per_cell: mpc,
                offset: u32::try_from(offset).unwrap_or(u32::MAX),
                step_cost: to_units(mpc),
                cells: vec![CellKind::Free as u8; cells as usize],
            });
            offset += cells;
        }
        let node_count = offset as u32; // at most MAX_CELLS
        let mut grid = VenueGrid {
            halls,
            stands: Vec::new(),
            numbers: String::new(),
            stands_by_number: Vec::new(),
            stands_by_hall: Vec::new(),
            unplaced: Vec::new(),
            entrances: Vec::new(),
            landmarks: Vec::new(),
            links: Vec::new(),
            links_at: HashMap::new(),
            link_bits: vec![0; (node_count as usize).div_ceil(64)],
            node_count,
            hall_at_block: Vec::new(),
            portals: Default::default(),
        };
        grid.index_halls();

        for (h, hall) in venue.halls.iter().enumerate() {
            for wall in &hall.walls {
                grid.halls[h].fill(*wall, CellKind::Wall);
            }
            for landmark in &hall.landmarks {
                if !landmark.walkable {
                    grid.halls[h].fill(landmark.rect(), CellKind::Landmark);
                }
                grid.landmarks.push(LandmarkSpot {
                    id: landmark.id.to_string(),
                    name: landmark.name.to_string(),
                    kind: landmark.kind,
                    hall: h,
                    rect: landmark.rect(),
                });
            }
        }
        // Entrances and connection ends are doorways: they may sit in a wall
        // drawn around the hall, so they are carved free. Stands come after,
        // so a stand drawn over a doorway still blocks it.
        for (h, hall) in venue.halls.iter().enumerate() {
            for e in &hall.entrances {
                let cell = Cell {
                    hall: h,
                    x: e.x,
                    y: e.y,
                };
                if grid.node(cell).is_some() {
                    grid.halls[h].fill(
                        Rect {
                            x: e.x,
                            y: e.y,
                            w: 1,
                            h: 1,
                        },
                        CellKind::Free,
                    );
                    grid.entrances.push(EntranceSpot {
                        id: e.id.to_string(),
                        name: e.name.to_string(),
                        main: e.main,
                        cell,
                    });
                }
            }
        }
        for c in &venue.connections {
            let (Some(a), Some(b)) = (grid.point_cell(&c.from), grid.point_cell(&c.to)) else {
                continue;
            };
            for end in [a, b] {
                grid.halls[end.hall].fill(
                    Rect {
                        x: end.x,
                        y: end.y,
                        w: 1,
                        h: 1,
                    },
                    CellKind::Free,
                );
            }
            let length_m = match c.length_m {
                Some(m) if m.is_finite() && m >= 0.0 => m,
                _ => grid.halls[a.hall].metres_per_cell,
            };
            let (Some(na), Some(nb)) = (grid.node(a), grid.node(b)) else {
                continue;
            };
            let index = grid.links.len();
            grid.links.push(Link {
                name: c.name.to_string(),
                kind: c.kind,
                a: na,
                b: nb,
                length_m,
                cost: to_units(length_m),
            });
            grid.links_at.entry(na).or_default().push(index);
            grid.links_at.entry(nb).or_default().push(index);
            for n in [na, nb] {
                grid.link_bits[n as usize / 64] |= 1 << (n % 64);
            }
        }

        for s in &directory.stands {
            let placed = s
                .location
                .as_ref()
                .and_then(|loc| Some((loc, grid.hall_index(&loc.hall)?)));
            let Some((loc, hall)) = placed else {
                grid.unplaced.push(s.number.to_string());
                continue;
            };
            grid.halls[hall].fill(loc.rect(), CellKind::Stand);
            let start = grid.numbers.len();
            grid.numbers.push_str(&s.number);
            let number = [start, grid.numbers.len()].map(|at| at as u32);
            grid.stands.push(StandSpot {
                number,
                hall: hall as u32,
                rect: loc.rect(),
                approach: loc.approach,
                front: None,
            });
        }
        // Targets only once every stand is drawn: a neighbour may block one.
        for i in 0..grid.stands.len() {
            let front = grid.front_cell(&grid.stands[i]);
            grid.stands[i].front = front.map(|cell| [cell.x, cell.y]);
        }
        let mut by_number: Vec<u32> = (0..grid.stands.len() as u32).collect();
        // Stable: of two stands with one number, the first in the directory
        // comes first, as a scan in directory order would find it.
        let number_of = |i: u32| grid.number(&grid.stands[i as usize]);
        by_number.sort_by(|&a, &b| number_of(a).cmp(number_of(b)));
        grid.stands_by_number = by_number;
        grid.stands_by_hall = vec![Vec::new(); grid.halls.len()];
        for (i, spot) in grid.stands.iter().enumerate() {
            grid.stands_by_hall[spot.hall()].push(i as u32);
        }
        Ok(grid)
    }

    /// The free cell in front of the stand's approach side: the middle one,
    /// else the nearest free one along that side.
    fn front_cell(&self, spot: &StandSpot) -> Option<Cell> {
        let r = spot.rect;
        // `start..start + len` runs along the side; `fixed` is the row or
        // column just outside it.
        let (start, len, fixed) = match spot.approach {
            Side::North => (r.x, r.w, r.y.checked_sub(1)?),
            Side::South => (r.x, r.w, r.y.checked_add(r.h)?),
            Side::West => (r.y, r.h, r.x.checked_sub(1)?),
            Side::East => (r.y, r.h, r.x.checked_add(r.w)?),
        };
        let middle = len.saturating_sub(1) / 2;
        // Middle first, then outwards, the nearer-to-start side first.
        let candidates = (0..len).flat_map(|d| [middle.checked_sub(d), middle.checked_add(d)]);
        candidates.flatten().filter(|&i| i < len).find_map(|i| {
            let along = start + i;
            let cell = match spot.approach {
                Side::North | Side::South => Cell {
                    hall: spot.hall(),
                    x: along,
                    y: fixed,
                },
                Side::West | Side::East => Cell {
                    hall: spot.hall(),
                    x: fixed,
                    y: along,
                },
            };
            (self.kind(cell) == Some(CellKind::Free)).then_some(cell)
        })
    }
}

fn to_units(metres: f64) -> u32 {
    (metres * UNITS_PER_METRE)
        .round()
        .clamp(1.0, u32::MAX as f64 / 4.0) as u32
}
