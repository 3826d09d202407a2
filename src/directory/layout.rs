//! Checks of the venue layout: halls, walls, landmarks, entrances and
//! connections, and where each stand stands. Navigation relies on all of it:
//! a stand in a wall, or one nobody can reach, must be caught here.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::locate::{Step, json_path};
use super::occupancy::{Occupancy, Occupant};
use super::report::{
    IndexOf, Report, blank, check_id, check_unique, index_of, label, quoted, stand_label,
};
use super::{Directory, Hall, Rect, Side, StandLocation};

/// The largest width or height of a hall, in cells: beyond it a "hall" is
/// surely a mistake (a misplaced digit), and plans and routes would be slow.
pub const MAX_HALL_CELLS: u32 = 10_000;

/// The cell a visitor stands on to talk at a stand: in front of the middle
/// of its approach side. May lie outside the hall (negative, or too far),
/// which validation reports.
pub fn approach_cell(location: &StandLocation) -> (i64, i64) {
    let (x, y) = (i64::from(location.x), i64::from(location.y));
    let (w, h) = (i64::from(location.w), i64::from(location.h));
    match location.approach {
        Side::North => (x + w / 2, y - 1),
        Side::South => (x + w / 2, y + h),
        Side::West => (x - 1, y + h / 2),
        Side::East => (x + w, y + h / 2),
    }
}

/// What covers the cells of one (well-sized) hall.
struct Grids {
    obstacles: Occupancy,
    stands: Occupancy,
}

/// Where a point lies, when it is not free floor of its hall.
enum Trouble {
    Outside,
    Covered(Occupant),
}

pub fn check(d: &Directory, report: &mut Report) {
    let Some(venue) = &d.venue else {
        for (i, stand) in d.stands.iter().enumerate() {
            if stand.location.is_some() {
                let which = stand_label(i, &stand.number);
                report.add_at_key(
                    json_path!["stands", i, "location"],
                    format!("{which} has a location but the directory has no venue"),
                );
            }
        }
        return;
    };
    if venue.halls.is_empty() {
        report.add(json_path!["venue", "halls"], "the venue has no hall");
    }
    let (hall_ids, sized) = check_halls(&venue.halls, report);

    let mut stands_in = vec![Vec::new(); venue.halls.len()];
    for (i, stand) in d.stands.iter().enumerate() {
        let Some(location) = &stand.location else {
            continue;
        };
        match hall_ids.get(location.hall.as_str()) {
            Some(&h) => stands_in[h].push(i),
            None => report.add(
                json_path!["stands", i, "location", "hall"],
                format!(
                    "{} is in unknown hall {}",
                    stand_label(i, &stand.number),
                    quoted(&location.hall)
                ),
            ),
        }
    }

    let mut places = HashMap::new();
    let mut main_entrance: Option<Vec<Step>> = None;
    let mut grids = Vec::with_capacity(venue.halls.len());
    for (h, hall) in venue.halls.iter().enumerate() {
        let obstacles = check_obstacles(h, hall, sized[h], &mut places, report);
        let hall_grids = sized[h].then(|| {
            let stands = place_stands(d, h, hall, &stands_in[h], &obstacles, report);
            Grids { obstacles, stands }
        });
        if let Some(g) = &hall_grids {
            check_approaches(d, h, hall, &stands_in[h], g, report);
        }
        for (e, entrance) in hall.entrances.iter().enumerate() {
            let at = json_path!["venue", "halls", h, "entrances", e];
            let who = label("entrance", e, &entrance.id);
            check_place(&mut places, &entrance.id, at.clone(), report);
            if blank(&entrance.name) {
                report.add(with(&at, "name"), format!("{who} has an empty name"));
            }
            if entrance.main {
                match &main_entrance {
                    Some(first) => report.add_see(
                        with(&at, "main"),
                        format!("{who} is a second main entrance; there can be only one"),
                        first.clone(),
                        "the first is at ",
                    ),
                    None => main_entrance = Some(with(&at, "main")),
                }
            }
            if let Some(g) = &hall_grids {
                let (x, y) = (entrance.x, entrance.y);
                let place = format!("{who} at x {x}, y {y} is");
                report_point(d, h, hall, g, x, y, &place, at, report);
            }
        }
        grids.push(hall_grids);
    }

    for (c, connection) in venue.connections.iter().enumerate() {
        let at = json_path!["venue", "connections", c];
        let who = label("connection", c, &connection.id);
        check_place(&mut places, &connection.id, at.clone(), report);
        if blank(&connection.name) {
            report.add(with(&at, "name"), format!("{who} has an empty name"));
        }
        if let Some(length) = connection.length_m
            && !(length >= 0.0 && length.is_finite())
        {
            report.add(
                with(&at, "length_m"),
                format!("{who} has length_m {length} (it must be 0 or more)"),
            );
        }
        for (end, verb) in [(&connection.from, "from"), (&connection.to, "to")] {
            let words = if verb == "from" { "starts" } else { "ends" };
            let end_at = with(&at, verb);
            let Some(&h) = hall_ids.get(end.hall.as_str()) else {
                report.add(
                    with(&end_at, "hall"),
                    format!("{who} {words} in unknown hall {}", quoted(&end.hall)),
                );
                continue;
            };
            if let Some(g) = &grids[h] {
                let place = format!("{who} {words} at x {}, y {},", end.x, end.y);
                report_point(
                    d,
                    h,
                    &venue.halls[h],
                    g,
                    end.x,
                    end.y,
                    &place,
                    end_at,
                    report,
                );
            }
        }
    }
}

/// Checks ids, names and sizes of the halls. Returns the index of each hall
/// id, and for each hall whether its size is usable for geometry checks.
fn check_halls<'d>(halls: &'d [Hall], report: &mut Report) -> (IndexOf<'d>, Vec<bool>) {
    let mut ids = index_of(halls.len());
    let mut sized = Vec::with_capacity(halls.len());
    for (h, hall) in halls.iter().enumerate() {
        let at = json_path!["venue", "halls", h];
        let who = label("hall", h, &hall.id);
        if check_id(report, || with(&at, "id"), "hall", &hall.id) {
            let id_at = |k: usize| json_path!["venue", "halls", k, "id"];
            check_unique(&mut ids, &hall.id, h, report, id_at, || {
                format!("duplicate hall id {}", quoted(&hall.id))
            });
        }
        if blank(&hall.name) {
            report.add(with(&at, "name"), format!("{who} has an empty name"));
        }
        let mut usable = true;
        for (field, cells) in [("width", hall.width), ("height", hall.height)] {
            if cells == 0 || cells > MAX_HALL_CELLS {
                report.add(
                    with(&at, field),
                    format!("{who} has {field} {cells} (it must be 1 to {MAX_HALL_CELLS} cells)"),
                );
                usable = false;
            }
        }
        let metres = hall.metres_per_cell;
        if !(metres > 0.0 && metres.is_finite()) {
            report.add(
                with(&at, "metres_per_cell"),
                format!("{who} has metres_per_cell {metres} (it must be a positive number)"),
            );
        }
        sized.push(usable);
    }
    (ids, sized)
}

/// Checks walls and landmarks; returns the index of what nobody walks through.
fn check_obstacles<'d>(
    h: usize,
    hall: &'d Hall,
    sized: bool,
    places: &mut HashMap<&'d str, Vec<Step>>,
    report: &mut Report,
) -> Occupancy {
    let mut obstacles = Vec::new();
    for (k, wall) in hall.walls.iter().enumerate() {
        let at = json_path!["venue", "halls", h, "walls", k];
        let what = format!("wall {}", k + 1);
        if check_rect(*wall, || what.clone(), hall, sized, || at.clone(), report) {
            obstacles.push((*wall, Occupant::Wall(k)));
        }
    }
    for (k, landmark) in hall.landmarks.iter().enumerate() {
        let at = json_path!["venue", "halls", h, "landmarks", k];
        let who = label("landmark", k, &landmark.id);
        check_place(places, &landmark.id, at.clone(), report);
        if blank(&landmark.name) {
            report.add(with(&at, "name"), format!("{who} has an empty name"));
        }
        if check_rect(
            landmark.rect(),
            || who.clone(),
            hall,
            sized,
            || at.clone(),
            report,
        ) && !landmark.walkable
        {
            obstacles.push((landmark.rect(), Occupant::Landmark(k)));
        }
    }
    Occupancy::new(&obstacles)
}

/// Checks each stand's rectangle and files it; reports overlaps with
/// obstacles and with other stands.
fn place_stands(
    d: &Directory,
    h: usize,
    hall: &Hall,
    stands: &[usize],
    obstacles: &Occupancy,
    report: &mut Report,
) -> Occupancy {
    let mut fitted = Vec::with_capacity(stands.len());
    for &i in stands {
        let Some(location) = &d.stands[i].location else {
            continue;
        };
        let which = || stand_label(i, &d.stands[i].number);
        let at = || json_path!["stands", i, "location"];
        if check_rect(location.rect(), which, hall, true, at, report) {
            fitted.push((location.rect(), Occupant::Stand(i)));
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
                format!("{which} overlaps {}", occupant_name(d, hall, found)),
                occupant_path(h, found),
                "",
            );
        }
    }
    grid
}

/// The cell in front of each stand's approach side must be walkable floor.
fn check_approaches(
    d: &Directory,
    h: usize,
    hall: &Hall,
    stands: &[usize],
    g: &Grids,
    report: &mut Report,
) {
    for &i in stands {
        let Some(location) = &d.stands[i].location else {
            continue;
        };
        if !location.rect().fits_in(hall.width, hall.height) {
            continue; // already reported
        }
        let (x, y) = approach_cell(location);
        let start = || {
            let side = match location.approach {
                Side::North => "north",
                Side::South => "south",
                Side::East => "east",
                Side::West => "west",
            };
            let which = stand_label(i, &d.stands[i].number);
            format!(
                "{which} cannot be approached from the {side}: the cell in front of it (x {x}, y {y}) is"
            )
        };
        let at = || json_path!["stands", i, "location", "approach"];
        let inside = |v: i64, size: u32| (0..i64::from(size)).contains(&v);
        if !(inside(x, hall.width) && inside(y, hall.height)) {
            report.add(at(), format!("{} outside {}", start(), hall_extent(hall)));
        } else if let Some(found) = covering(g, x as u32, y as u32) {
            let name = occupant_name(d, hall, found);
            report.add_see(
                at(),
                format!("{} {name}", start()),
                occupant_path(h, found),
                "",
            );
        }
    }
}

/// Reports a point (entrance, end of a connection) outside its hall or on
/// something nobody walks through. `place` reads "entrance "e" at x 1, y 2 is".
#[allow(clippy::too_many_arguments)]
fn report_point(
    d: &Directory,
    h: usize,
    hall: &Hall,
    g: &Grids,
    x: u32,
    y: u32,
    place: &str,
    at: Vec<Step>,
    report: &mut Report,
) {
    let trouble = if x >= hall.width || y >= hall.height {
        Some(Trouble::Outside)
    } else {
        covering(g, x, y).map(Trouble::Covered)
    };
    match trouble {
        Some(Trouble::Outside) => report.add(at, format!("{place} outside {}", hall_extent(hall))),
        Some(Trouble::Covered(found)) => {
            let name = occupant_name(d, hall, found);
            report.add_see(
                at,
                format!("{place} inside {name}"),
                occupant_path(h, found),
                "",
            );
        }
        None => {}
    }
}

fn covering(g: &Grids, x: u32, y: u32) -> Option<Occupant> {
    g.obstacles.at(x, y).or_else(|| g.stands.at(x, y))
}

/// Checks a rectangle has a size and lies in its hall (when the hall's own
/// size is usable). True when it can be placed on the hall's grid.
fn check_rect(
    rect: Rect,
    what: impl Fn() -> String,
    hall: &Hall,
    sized: bool,
    at: impl Fn() -> Vec<Step>,
    report: &mut Report,
) -> bool {
    if rect.w == 0 {
        report.add(with(&at(), "w"), format!("{} has zero width", what()));
        return false;
    }
    if rect.h == 0 {
        report.add(with(&at(), "h"), format!("{} has zero height", what()));
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
        let what = what();
        report.add(
            at(),
            format!(
                "{what} at x {xs}, y {ys} extends outside {}",
                hall_extent(hall)
            ),
        );
        return false;
    }
    true
}

/// Landmarks, entrances and connections share one id space: "you are here"
/// and directions name them by id.
fn check_place<'d>(
    places: &mut HashMap<&'d str, Vec<Step>>,
    id: &'d str,
    at: Vec<Step>,
    report: &mut Report,
) {
    let what = match at.get(3) {
        Some(Step::Key(list)) => list.trim_end_matches('s'),
        _ => "connection",
    };
    if !check_id(report, || with(&at, "id"), what, id) {
        return;
    }
    match places.entry(id) {
        Entry::Occupied(first) => report.add_duplicate(
            with(&at, "id"),
            with(first.get(), "id"),
            format!(
                "duplicate id {}: landmarks, entrances and connections need distinct ids",
                quoted(id)
            ),
        ),
        Entry::Vacant(slot) => {
            slot.insert(at);
        }
    }
}

fn hall_extent(hall: &Hall) -> String {
    format!(
        "hall {} (x 0-{}, y 0-{})",
        quoted(&hall.id),
        hall.width.saturating_sub(1),
        hall.height.saturating_sub(1)
    )
}

fn occupant_name(d: &Directory, hall: &Hall, occupant: Occupant) -> String {
    match occupant {
        Occupant::Stand(i) => stand_label(i, &d.stands[i].number),
        Occupant::Wall(_) => "a wall".into(),
        Occupant::Landmark(k) => label("landmark", k, &hall.landmarks[k].id),
    }
}

fn occupant_path(h: usize, occupant: Occupant) -> Vec<Step> {
    match occupant {
        Occupant::Stand(i) => json_path!["stands", i, "location"],
        Occupant::Wall(k) => json_path!["venue", "halls", h, "walls", k],
        Occupant::Landmark(k) => json_path!["venue", "halls", h, "landmarks", k],
    }
}

/// `at` extended by one key.
fn with(at: &[Step], key: &'static str) -> Vec<Step> {
    let mut path = at.to_vec();
    path.push(Step::from(key));
    path
}
