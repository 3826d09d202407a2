//! Where things stand in a hall: stands placed without overlap, each one
//! approachable, and entrances and connection ends on free floor.

use super::layout::approach_of;
use super::locate::{Step, json_path};
use super::messages::{
    Compass, Dimension, HallExtent, Item, Place, ProblemKind as K, SeeLabel, Subject,
};
use super::occupancy::{Occupancy, Occupant};
use super::report::{Report, label, stand_label, with};
use super::{Directory, Hall, Rect, Side};

/// What covers the cells of one (well-sized) hall.
pub struct Grids {
    pub obstacles: Occupancy,
    pub stands: Occupancy,
}

/// A stand with a location in a known hall: its index in the directory's
/// list, and where it stands.
#[derive(Clone, Copy)]
pub struct Placed {
    pub index: usize,
    pub rect: Rect,
    pub approach: Side,
}

/// Where a point lies, when it is not free floor of its hall.
enum Trouble {
    Outside,
    Covered(Occupant),
}

/// Checks each stand's rectangle and files it; reports overlaps with
/// obstacles and with other stands.
pub fn place_stands(
    d: &Directory,
    h: usize,
    hall: &Hall,
    stands: &[Placed],
    obstacles: &Occupancy,
    report: &mut Report,
) -> Occupancy {
    let mut fitted = Vec::with_capacity(stands.len());
    for &Placed { index: i, rect, .. } in stands {
        let which = || stand_label(i, &d.stands[i].number);
        let at = || json_path!["stands", i, "location"];
        if check_rect(rect, which, hall, true, at, report) {
            fitted.push((rect, Occupant::Stand(i)));
        }
    }
    let grid = Occupancy::new(&fitted);
    for (rect, occupant) in fitted {
        let Occupant::Stand(i) = occupant else {
            continue;
        };
        // Each overlapping pair is reported once, at the later stand.
        let earlier = |other| matches!(other, Occupant::Stand(j) if j < i);
        let on_obstacle = obstacles.first_overlap(rect, |_| true);
        for found in [on_obstacle, grid.first_overlap(rect, earlier)]
            .into_iter()
            .flatten()
        {
            let which = stand_label(i, &d.stands[i].number);
            report.add_see(
                json_path!["stands", i, "location"],
                K::Overlaps(which, occupant_name(d, hall, found)),
                occupant_path(h, found),
                SeeLabel::Line,
            );
        }
    }
    grid
}

/// The cell in front of each stand's approach side must be walkable floor.
pub fn check_approaches(
    d: &Directory,
    h: usize,
    hall: &Hall,
    stands: &[Placed],
    g: &Grids,
    report: &mut Report,
) {
    for &Placed {
        index: i,
        rect,
        approach,
    } in stands
    {
        if !rect.fits_in(hall.width, hall.height) {
            continue; // already reported
        }
        let (x, y) = approach_of(rect, approach);
        let side = match approach {
            Side::North => Compass::North,
            Side::South => Compass::South,
            Side::East => Compass::East,
            Side::West => Compass::West,
        };
        // Built only for a problem: this runs for every stand.
        let stand = || stand_label(i, &d.stands[i].number);
        let at = || json_path!["stands", i, "location", "approach"];
        let inside = |v: i64, size: u32| (0..i64::from(size)).contains(&v);
        if !(inside(x, hall.width) && inside(y, hall.height)) {
            let (stand, hall) = (stand(), hall_extent(hall));
            let kind = K::ApproachOutside {
                stand,
                side,
                x,
                y,
                hall,
            };
            report.add(at(), kind);
        } else if let Some(found) = covering(g, x as u32, y as u32) {
            let (stand, by) = (stand(), occupant_name(d, hall, found));
            let kind = K::ApproachBlocked {
                stand,
                side,
                x,
                y,
                by,
            };
            report.add_see(at(), kind, occupant_path(h, found), SeeLabel::Line);
        }
    }
}

/// Reports a point (entrance, end of a connection) outside its hall or on
/// something nobody walks through.
pub fn report_point(
    d: &Directory,
    h: usize,
    hall: &Hall,
    g: &Grids,
    place: Place,
    at: Vec<Step>,
    report: &mut Report,
) {
    let (x, y) = match place {
        Place::Entrance { x, y, .. } | Place::ConnectionEnd { x, y, .. } => (x, y),
    };
    let trouble = if x >= hall.width || y >= hall.height {
        Some(Trouble::Outside)
    } else {
        covering(g, x, y).map(Trouble::Covered)
    };
    match trouble {
        Some(Trouble::Outside) => report.add(at, K::PointOutside(place, hall_extent(hall))),
        Some(Trouble::Covered(found)) => {
            let name = occupant_name(d, hall, found);
            let kind = K::PointCovered(place, name);
            report.add_see(at, kind, occupant_path(h, found), SeeLabel::Line);
        }
        None => {}
    }
}

fn covering(g: &Grids, x: u32, y: u32) -> Option<Occupant> {
    g.obstacles.at(x, y).or_else(|| g.stands.at(x, y))
}

/// Checks a rectangle has a size and lies in its hall (when the hall's own
/// size is usable). True when it can be placed on the hall's grid.
pub fn check_rect(
    rect: Rect,
    what: impl Fn() -> Subject,
    hall: &Hall,
    sized: bool,
    at: impl Fn() -> Vec<Step>,
    report: &mut Report,
) -> bool {
    if rect.w == 0 {
        report.add(with(&at(), "w"), K::ZeroSize(what(), Dimension::Width));
        return false;
    }
    if rect.h == 0 {
        report.add(with(&at(), "h"), K::ZeroSize(what(), Dimension::Height));
        return false;
    }
    if !sized {
        return false;
    }
    if !rect.fits_in(hall.width, hall.height) {
        let cells = |start: u32, len: u32| match u64::from(start) + u64::from(len) - 1 {
            last if last == u64::from(start) => format!("{start}"),
            last => format!("{start}-{last}"),
        };
        let (xs, ys) = (cells(rect.x, rect.w), cells(rect.y, rect.h));
        let (what, hall) = (what(), hall_extent(hall));
        report.add(at(), K::ExtendsOutside { what, xs, ys, hall });
        return false;
    }
    true
}

fn hall_extent(hall: &Hall) -> HallExtent {
    HallExtent {
        id: hall.id.to_string(),
        last_x: hall.width.saturating_sub(1),
        last_y: hall.height.saturating_sub(1),
    }
}

fn occupant_name(d: &Directory, hall: &Hall, occupant: Occupant) -> Subject {
    match occupant {
        Occupant::Stand(i) => stand_label(i, &d.stands[i].number),
        Occupant::Wall(_) => Subject::AWall,
        Occupant::Landmark(k) => label(Item::Landmark, k, &hall.landmarks[k].id),
    }
}

fn occupant_path(h: usize, occupant: Occupant) -> Vec<Step> {
    match occupant {
        Occupant::Stand(i) => json_path!["stands", i, "location"],
        Occupant::Wall(k) => json_path!["venue", "halls", h, "walls", k],
        Occupant::Landmark(k) => json_path!["venue", "halls", h, "landmarks", k],
    }
}
