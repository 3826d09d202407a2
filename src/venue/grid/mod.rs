//! The venue as flat grids of cells, built once per directory.
//!
//! Every hall becomes one `Vec<u8>` of [`CellKind`]s; all halls share one
//! numbering of cells ("nodes": hall offset + y × width + x) so searches use
//! plain vectors indexed by node, and doors, stairs and lifts are a handful of
//! extra edges between two nodes. Building touches each cell a constant number
//! of times and allocates per hall, stand and landmark, never per cell.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::distances::Portals;
use super::{Cell, Endpoint, Place, RouteError};
use crate::directory::{ConnectionKind, LandmarkKind, Rect, Side};

/// Search costs are integers: one unit is 0.1 mm, so a 1 m cell costs 10 000
/// and a u32 still holds 400 km of walking.
pub const UNITS_PER_METRE: f64 = 10_000.0;

/// What a cell holds. Only `Free` cells can be walked on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CellKind {
    Free = 0,
    Wall = 1,
    Stand = 2,
    /// A landmark nobody walks through (a welcome desk, a tribune).
    Landmark = 3,
}

/// One hall's grid.
#[derive(Debug, Clone)]
pub struct HallGrid {
    pub id: String,
    pub name: String,
    pub level: i32,
    pub width: u32,
    pub height: u32,
    pub metres_per_cell: f64,
    /// Node number of cell (0, 0).
    offset: u32,
    /// Cost of one step, in search units.
    pub(crate) step_cost: u32,
    cells: Vec<u8>,
}

impl HallGrid {
    pub fn kind(&self, x: u32, y: u32) -> Option<CellKind> {
        if x >= self.width || y >= self.height {
            return None;
        }
        Some(match self.cells[(y * self.width + x) as usize] {
            0 => CellKind::Free,
            1 => CellKind::Wall,
            2 => CellKind::Stand,
            _ => CellKind::Landmark,
        })
    }

    /// Whether `node` is one of this hall's cells.
    #[inline]
    pub(crate) fn contains(&self, node: u32) -> bool {
        node >= self.offset && node - self.offset < self.width * self.height
    }

    /// `node`'s index among this hall's cells (`y × width + x`).
    #[inline]
    pub(crate) fn local(&self, node: u32) -> u32 {
        node - self.offset
    }

    /// Whether the cell at index `local` (see [`HallGrid::local`]) can be walked on.
    #[inline]
    pub(crate) fn is_free_local(&self, local: u32) -> bool {
        self.cells[local as usize] == CellKind::Free as u8
    }

    fn fill(&mut self, rect: Rect, kind: CellKind) {
        let x_end = rect.x.saturating_add(rect.w).min(self.width);
        let y_end = rect.y.saturating_add(rect.h).min(self.height);
        for y in rect.y.min(y_end)..y_end {
            let row = (y * self.width) as usize;
            self.cells[row + rect.x.min(x_end) as usize..row + x_end as usize].fill(kind as u8);
        }
    }
}

/// A stand placed on the grid.
#[derive(Debug, Clone)]
pub struct StandSpot {
    /// Where its number lies in the grid's `numbers` ([`VenueGrid::number`]):
    /// a fair's numbers in one string, not a 24-byte copy in every spot.
    number: [u32; 2],
    /// Its hall's index ([`StandSpot::hall`]), in 4 bytes: a fair has one
    /// spot per stand.
    hall: u32,
    pub rect: Rect,
    pub approach: Side,
    /// [`StandSpot::target`]'s x and y in the stand's hall: 12 bytes where
    /// an `Option<Cell>` takes 24 (a fair has one spot per stand).
    front: Option<[u32; 2]>,
}

impl StandSpot {
    /// The index of its hall.
    pub fn hall(&self) -> usize {
        self.hall as usize
    }

    /// The free cell in front of the approach side, where a visitor stands;
    /// `None` when every cell along that side is blocked.
    pub fn target(&self) -> Option<Cell> {
        self.front.map(|[x, y]| Cell {
            hall: self.hall(),
            x,
            y,
        })
    }
}

#[derive(Debug, Clone)]
pub struct EntranceSpot {
    pub id: String,
    pub name: String,
    pub main: bool,
    pub cell: Cell,
}

impl EntranceSpot {
    /// How routes name this entrance.
    pub fn endpoint(&self) -> Endpoint {
        Endpoint::Entrance {
            id: self.id.clone(),
            name: self.name.clone(),
            main: self.main,
        }
    }
}

#[derive(Debug, Clone)]
pub struct LandmarkSpot {
    pub id: String,
    pub name: String,
    pub kind: LandmarkKind,
    pub hall: usize,
    pub rect: Rect,
}

/// A door, stairway or lift: an edge between two nodes, both ways.
#[derive(Debug, Clone)]
pub struct Link {
    pub name: String,
    pub kind: ConnectionKind,
    pub a: u32,
    pub b: u32,
    pub length_m: f64,
    pub(crate) cost: u32,
}

/// The walkable model of a venue.
#[derive(Debug, Clone)]
pub struct VenueGrid {
    halls: Vec<HallGrid>,
    /// The stands on the plan, in directory order.
    stands: Vec<StandSpot>,
    /// Their numbers, one after the other (see [`VenueGrid::number`]).
    numbers: String,
    /// Indices into `stands`, sorted by number: a route looks stands up a
    /// few times, at every move of the selection; a scan of 50 000 numbers
    /// costs about 0.15 ms each time, a binary search nothing.
    stands_by_number: Vec<u32>,
    /// Indices into `stands` per hall, in directory order: naming a turn or
    /// drawing a hall looks at one hall's stands, not the whole fair's.
    stands_by_hall: Vec<Vec<u32>>,
    /// Numbers of the stands not on the plan (no location, unknown hall).
    unplaced: Vec<String>,
    pub entrances: Vec<EntranceSpot>,
    pub landmarks: Vec<LandmarkSpot>,
    pub links: Vec<Link>,
    /// Link indices by node; few nodes have any.
    links_at: HashMap<u32, Vec<usize>>,
    /// One bit per node: does any link start there? Checked on every step
    /// of a search, so it must be cheaper than a hash lookup.
    link_bits: Vec<u64>,
    node_count: u32,
    /// The hall of the first node of each block of `1 << HALL_BLOCK_BITS`
    /// nodes: a node's hall is a look-up and a step or two forward, where
    /// a binary search over the halls cost the path tree a third of its
    /// time (every step of every search asks).
    hall_at_block: Vec<u32>,
    /// The links' ends as a graph, for distances between many places;
    /// built on the first such question (the first frame has none).
    portals: OnceLock<Portals>,
}

/// Nodes per block of [`VenueGrid::hall_at_block`], as a power of two.
const HALL_BLOCK_BITS: u32 = 10;

impl VenueGrid {
    pub fn halls(&self) -> &[HallGrid] {
        &self.halls
    }

    pub fn hall(&self, index: usize) -> &HallGrid {
        &self.halls[index]
    }

    pub fn hall_index(&self, id: &str) -> Option<usize> {
        self.halls.iter().position(|h| h.id == id)
    }

    /// What the cell holds; `None` outside the halls.
    pub fn kind(&self, cell: Cell) -> Option<CellKind> {
        self.halls.get(cell.hall)?.kind(cell.x, cell.y)
    }

    /// The number of a stand on the plan.
    pub fn number(&self, spot: &StandSpot) -> &str {
        let [start, end] = spot.number;
        &self.numbers[start as usize..end as usize]
    }

    /// The placed stand with this number, if it is on the plan.
    pub fn stand(&self, number: &str) -> Option<&StandSpot> {
        let number_of = |i: &u32| self.number(&self.stands[*i as usize]);
        let first = self
            .stands_by_number
            .partition_point(|i| number_of(i) < number);
        let i = self.stands_by_number.get(first)?;
        (number_of(i) == number).then(|| &self.stands[*i as usize])
    }

    /// Every stand on the plan.
    pub fn stands(&self) -> impl Iterator<Item = &StandSpot> {
        self.stands.iter()
    }

    /// The stands of hall `hall`, in directory order.
    pub fn stands_in(&self, hall: usize) -> impl Iterator<Item = &StandSpot> {
        self.stands_by_hall
            .get(hall)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&i| &self.stands[i as usize])
    }

    /// The entrance "you are here" starts from: the main one, else the first.
    pub fn main_entrance(&self) -> Option<&EntranceSpot> {
        self.entrances
            .iter()
            .find(|e| e.main)
            .or_else(|| self.entrances.first())
    }

    /// The entrances other than the main one, on walkable cells: where a
    /// route "from the entrance" comes in when the main entrance leads to
    /// no path (a hall with its own entrance and no door to the others).
    pub(crate) fn other_entrances(&self) -> Vec<&EntranceSpot> {
        let main = self.main_entrance().map(|e| e.cell);
        self.entrances
            .iter()
            .filter(|e| Some(e.cell) != main && self.kind(e.cell) == Some(CellKind::Free))
            .collect()
    }

    /// The entrance on `cell`, if one is.
    pub(crate) fn entrance_at(&self, cell: Cell) -> Option<&EntranceSpot> {
        self.entrances.iter().find(|e| e.cell == cell)
    }

    /// The walkable cell a place stands for, and how routes name it.
    pub fn resolve(&self, place: &Place) -> Result<(Cell, Endpoint), RouteError> {
        let entrance = |e: &EntranceSpot| (e.cell, e.endpoint());
        let (cell, endpoint) = match place {
            Place::MainEntrance => entrance(self.main_entrance().ok_or(RouteError::NoEntrance)?),
            Place::Entrance(id) => {
                entrance(self.entrances.iter().find(|e| &e.id == id).ok_or_else(|| {
                    RouteError::UnknownEntrance {
                        entrance: id.clone(),
                    }
                })?)
            }
            Place::Stand(number) => {
                let no_location = || RouteError::NoLocation {
                    stand: number.clone(),
                };
                let target = match self.stand(number) {
                    Some(spot) => spot.target(),
                    None if self.unplaced.contains(number) => return Err(no_location()),
                    None => {
                        return Err(RouteError::UnknownStand {
                            stand: number.clone(),
                        });
                    }
                };
                let endpoint = Endpoint::Stand {
                    number: number.clone(),
                };
                (target.ok_or_else(no_location)?, endpoint)
            }
            Place::Landmark(id) => self.landmark_cell(id)?,
            Place::Hall(id) => self.hall_cell(id)?,
            Place::Cell(cell) => {
                let hall = self
                    .halls
                    .get(cell.hall)
                    .ok_or(RouteError::NotWalkable { cell: *cell })?;
                let endpoint = Endpoint::Cell {
                    hall: hall.id.clone(),
                    x: cell.x,
                    y: cell.y,
                };
                (*cell, endpoint)
            }
        };
        if self.kind(cell) != Some(CellKind::Free) {
            return Err(RouteError::NotWalkable { cell });
        }
        Ok((cell, endpoint))
    }

    /// The links' ends as a graph (see [`Portals`]), built once.
    pub(crate) fn portals(&self) -> &Portals {
        self.portals.get_or_init(|| Portals::build(self))
    }

    pub(crate) fn node_count(&self) -> u32 {
        self.node_count
    }

    pub(crate) fn node(&self, cell: Cell) -> Option<u32> {
        let hall = self.halls.get(cell.hall)?;
        (cell.x < hall.width && cell.y < hall.height)
            .then(|| hall.offset + cell.y * hall.width + cell.x)
    }

    /// The hall `node` is in: the last one starting at or before it (halls
    /// are in offset order; one without cells starts where the next does).
    #[inline]
    fn hall_of(&self, node: u32) -> usize {
        let mut hall = self.hall_at_block[(node >> HALL_BLOCK_BITS) as usize] as usize;
        while self
            .halls
            .get(hall + 1)
            .is_some_and(|next| next.offset <= node)
        {
            hall += 1;
        }
        hall
    }

    /// Fills [`VenueGrid::hall_at_block`] once the halls are placed.
    fn index_halls(&mut self) {
        let blocks = self.node_count.div_ceil(1 << HALL_BLOCK_BITS).max(1);
        self.hall_at_block = (0..blocks)
            .map(|block| {
                let first = block << HALL_BLOCK_BITS;
                let hall = self.halls.partition_point(|h| h.offset <= first);
                hall.saturating_sub(1) as u32
            })
            .collect();
    }

    pub(crate) fn cell(&self, node: u32) -> Cell {
        let hall = self.hall_of(node);
        let h = &self.halls[hall];
        let local = node - h.offset;
        Cell {
            hall,
            x: local % h.width,
            y: local / h.width,
        }
    }

    /// The free neighbours of `node` in its hall, by heading (see
    /// `route::HEADINGS`), with the cost of the step. Works on the hall's
    /// flat cells directly: this is the innermost loop of every search.
    #[inline]
    pub(crate) fn neighbours(&self, node: u32) -> ([Option<(u32, Cell)>; 4], u32) {
        let hall = self.hall_of(node);
        let h = &self.halls[hall];
        let local = node - h.offset;
        let (x, y) = (local % h.width, local / h.width);
        let free = |l: u32| h.cells[l as usize] == CellKind::Free as u8;
        let at = |l: u32, x: u32, y: u32| Some((h.offset + l, Cell { hall, x, y }));
        let north = (y > 0 && free(local - h.width)).then(|| at(local - h.width, x, y - 1));
        let east = (x + 1 < h.width && free(local + 1)).then(|| at(local + 1, x + 1, y));
        let south =
            (y + 1 < h.height && free(local + h.width)).then(|| at(local + h.width, x, y + 1));
        let west = (x > 0 && free(local - 1)).then(|| at(local - 1, x - 1, y));
        (
            [
                north.flatten(),
                east.flatten(),
                south.flatten(),
                west.flatten(),
            ],
            h.step_cost,
        )
    }

    pub(crate) fn is_free_node(&self, node: u32) -> bool {
        self.kind(self.cell(node)) == Some(CellKind::Free)
    }

    pub(crate) fn links_at(&self, node: u32) -> &[usize] {
        let bit = self
            .link_bits
            .get(node as usize / 64)
            .map_or(0, |w| w >> (node % 64) & 1);
        if bit == 0 {
            return &[];
        }
        self.links_at.get(&node).map_or(&[], Vec::as_slice)
    }

    /// Where the links (doors, stairs) at `node` lead: each walkable node at
    /// their other end, with the link's cost. Every search over the grid
    /// (A*, the path tree, the distance matrix) steps through links so.
    pub(crate) fn across_links(&self, node: u32) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.links_at(node).iter().filter_map(move |&l| {
            let link = &self.links[l];
            let other = if link.a == node { link.b } else { link.a };
            self.is_free_node(other).then_some((other, link.cost))
        })
    }

    /// The link joining two nodes, if one does.
    pub fn link_between(&self, a: Cell, b: Cell) -> Option<&Link> {
        let (na, nb) = (self.node(a)?, self.node(b)?);
        self.links_at(na)
            .iter()
            .map(|&i| &self.links[i])
            .find(|l| (l.a == na && l.b == nb) || (l.a == nb && l.b == na))
    }

    fn point_cell(&self, p: &crate::directory::Point) -> Option<Cell> {
        let cell = Cell {
            hall: self.hall_index(&p.hall)?,
            x: p.x,
            y: p.y,
        };
        self.node(cell).map(|_| cell)
    }
}

mod build;
mod places;

pub use build::MAX_CELLS;

#[cfg(test)]
mod tests;
