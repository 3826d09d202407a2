//! Checks of the venue layout: halls, walls, landmarks, entrances and
//! connections, and where each stand stands. Navigation relies on all of it:
//! a stand in a wall, or one nobody can reach, must be caught here.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::locate::{Step, json_path};
use super::messages::{Dimension, Field, Item, Place, ProblemKind as K, SeeLabel, Subject};
use super::occupancy::{Occupancy, Occupant};
use super::placement::{Grids, Placed, check_approaches, check_rect, place_stands, report_point};
use super::report::{
    Report, Seen, blank, check_id, check_unique, label, seen_with_room, stand_label, with,
};
use super::{Connection, Directory, Hall, Point, Rect, Side, StandLocation};

/// The largest width or height of a hall, in cells: beyond it a "hall" is
/// surely a mistake (a misplaced digit), and plans and routes would be slow.
pub const MAX_HALL_CELLS: u32 = 10_000;

/// The cell a visitor stands on to talk at a stand: in front of the middle
/// of its approach side. May lie outside the hall (negative, or too far),
/// which validation reports.
pub fn approach_cell(location: &StandLocation) -> (i64, i64) {
    approach_of(location.rect(), location.approach)
}

/// [`approach_cell`] of a stand's rectangle and side.
pub(super) fn approach_of(rect: Rect, approach: Side) -> (i64, i64) {
    let (x, y) = (i64::from(rect.x), i64::from(rect.y));
    let (w, h) = (i64::from(rect.w), i64::from(rect.h));
    match approach {
        Side::North => (x + w / 2, y - 1),
        Side::South => (x + w / 2, y + h),
        Side::West => (x - 1, y + h / 2),
        Side::East => (x + w, y + h / 2),
    }
}

pub fn check(d: &Directory, report: &mut Report) {
    let Some(venue) = &d.venue else {
        for (i, stand) in d.stands.iter().enumerate() {
            if stand.location.is_some() {
                let which = stand_label(i, &stand.number);
                let at = json_path!["stands", i, "location"];
                report.add_at_key(at, K::LocationWithoutVenue(which));
            }
        }
        return;
    };
    if venue.halls.is_empty() {
        report.add(json_path!["venue", "halls"], K::NoHall);
    }
    let (hall_ids, sized) = check_halls(&venue.halls, report);

    // What placement needs of each stand, copied once: the later checks
    // then read these compact lists, not 50,000 whole stands again.
    let mut stands_in: Vec<Vec<Placed>> = vec![Vec::new(); venue.halls.len()];
    for (i, stand) in d.stands.iter().enumerate() {
        let Some(location) = &stand.location else {
            continue;
        };
        match hall_ids.get(location.hall.as_str()).copied() {
            Some(h) => stands_in[h].push(Placed {
                index: i,
                rect: location.rect(),
                approach: location.approach,
            }),
            None => report.add(
                json_path!["stands", i, "location", "hall"],
                K::InUnknownHall(stand_label(i, &stand.number), location.hall.to_string()),
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
        let grids_here = hall_grids.as_ref();
        check_entrances(
            d,
            h,
            hall,
            grids_here,
            &mut places,
            &mut main_entrance,
            report,
        );
        grids.push(hall_grids);
    }

    check_connections(d, &hall_ids, &grids, &mut places, report);
    check_halls_reachable(&venue.halls, &venue.connections, report);
}

/// Every hall can be walked into: it has an entrance, or a chain of doors,
/// stairs and lifts joins it to a hall that has one. (Routes from the
/// entrance come in by the nearest entrance that leads to the place.)
fn check_halls_reachable(halls: &[Hall], connections: &[Connection], report: &mut Report) {
    // A hall id may be used twice (reported above): a connection then joins all of them.
    let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
    for (h, hall) in halls.iter().enumerate() {
        by_id.entry(hall.id.as_str()).or_default().push(h);
    }
    let mut joined: Vec<Vec<usize>> = vec![Vec::new(); halls.len()];
    for c in connections {
        let ends = |p: &Point| by_id.get(p.hall.as_str()).map_or(&[][..], Vec::as_slice);
        for &a in ends(&c.from) {
            for &b in ends(&c.to) {
                joined[a].push(b);
                joined[b].push(a);
            }
        }
    }
    let mut reached: Vec<bool> = halls.iter().map(|h| !h.entrances.is_empty()).collect();
    let mut to_visit: Vec<usize> = (0..halls.len()).filter(|&h| reached[h]).collect();
    while let Some(h) = to_visit.pop() {
        for &next in &joined[h] {
            if !reached[next] {
                reached[next] = true;
                to_visit.push(next);
            }
        }
    }
    for (h, hall) in halls.iter().enumerate().filter(|&(h, _)| !reached[h]) {
        let who = label(Item::Hall, h, &hall.id);
        report.add(
            json_path!["venue", "halls", h, "id"],
            K::HallUnreachable(who),
        );
    }
}

/// Entrances: ids, names, at most one main entrance in the whole venue, and
/// each on free floor of its hall.
fn check_entrances<'d>(
    d: &Directory,
    h: usize,
    hall: &'d Hall,
    grids: Option<&Grids>,
    places: &mut HashMap<&'d str, Vec<Step>>,
    main_entrance: &mut Option<Vec<Step>>,
    report: &mut Report,
) {
    for (e, entrance) in hall.entrances.iter().enumerate() {
        let at = json_path!["venue", "halls", h, "entrances", e];
        let who = label(Item::Entrance, e, &entrance.id);
        check_place(places, &entrance.id, at.clone(), report);
        if blank(&entrance.name) {
            report.add(with(&at, "name"), K::EmptyField(who.clone(), Field::Name));
        }
        if entrance.main {
            match main_entrance {
                Some(first) => report.add_see(
                    with(&at, "main"),
                    K::SecondMainEntrance(who.clone()),
                    first.clone(),
                    SeeLabel::TheFirstIsAt,
                ),
                None => *main_entrance = Some(with(&at, "main")),
            }
        }
        if let Some(g) = grids {
            let (x, y) = (entrance.x, entrance.y);
            let place = Place::Entrance { who, x, y };
            report_point(d, h, hall, g, place, at, report);
        }
    }
}

/// Connections: ids, names, a sensible length, and both ends on free floor
/// of known halls.
fn check_connections<'d>(
    d: &'d Directory,
    hall_ids: &Seen<'_>,
    grids: &[Option<Grids>],
    places: &mut HashMap<&'d str, Vec<Step>>,
    report: &mut Report,
) {
    let Some(venue) = &d.venue else { return };
    for (c, connection) in venue.connections.iter().enumerate() {
        let at = json_path!["venue", "connections", c];
        let who = label(Item::Connection, c, &connection.id);
        check_place(places, &connection.id, at.clone(), report);
        if blank(&connection.name) {
            report.add(with(&at, "name"), K::EmptyField(who.clone(), Field::Name));
        }
        if let Some(length) = connection.length_m
            && !(length >= 0.0 && length.is_finite())
        {
            report.add(with(&at, "length_m"), K::BadLength(who.clone(), length));
        }
        for (end, key) in [(&connection.from, "from"), (&connection.to, "to")] {
            let start = key == "from";
            let end_at = with(&at, key);
            let Some(&h) = hall_ids.get(end.hall.as_str()) else {
                let (who, hall) = (who.clone(), end.hall.to_string());
                let kind = K::EndInUnknownHall { who, start, hall };
                report.add(with(&end_at, "hall"), kind);
                continue;
            };
            if let Some(g) = &grids[h] {
                let place = Place::ConnectionEnd {
                    who: who.clone(),
                    start,
                    x: end.x,
                    y: end.y,
                };
                report_point(d, h, &venue.halls[h], g, place, end_at, report);
            }
        }
    }
}

/// Checks ids, names and sizes of the halls. Returns the index of each hall
/// id, and for each hall whether its size is usable for geometry checks.
fn check_halls<'d>(halls: &'d [Hall], report: &mut Report) -> (Seen<'d>, Vec<bool>) {
    let mut ids = seen_with_room(halls.len());
    let mut sized = Vec::with_capacity(halls.len());
    for (h, hall) in halls.iter().enumerate() {
        let at = json_path!["venue", "halls", h];
        let who = label(Item::Hall, h, &hall.id);
        if check_id(report, || with(&at, "id"), Item::Hall, &hall.id) {
            let id_at = |k: usize| json_path!["venue", "halls", k, "id"];
            check_unique(&mut ids, &hall.id, h, report, id_at, || {
                K::DuplicateId(Item::Hall, hall.id.to_string())
            });
        }
        if blank(&hall.name) {
            report.add(with(&at, "name"), K::EmptyField(who.clone(), Field::Name));
        }
        let mut usable = true;
        let sizes = [
            ("width", Dimension::Width, hall.width),
            ("height", Dimension::Height, hall.height),
        ];
        for (field, dimension, cells) in sizes {
            if cells == 0 || cells > MAX_HALL_CELLS {
                let kind = K::BadHallSize(who.clone(), dimension, cells);
                report.add(with(&at, field), kind);
                usable = false;
            }
        }
        let metres = hall.metres_per_cell;
        if !(metres > 0.0 && metres.is_finite()) {
            let kind = K::BadMetresPerCell(who, metres);
            report.add(with(&at, "metres_per_cell"), kind);
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
        let what = || Subject::Wall(k);
        if check_rect(*wall, what, hall, sized, || at.clone(), report) {
            obstacles.push((*wall, Occupant::Wall(k)));
        }
    }
    for (k, landmark) in hall.landmarks.iter().enumerate() {
        let at = json_path!["venue", "halls", h, "landmarks", k];
        let who = label(Item::Landmark, k, &landmark.id);
        check_place(places, &landmark.id, at.clone(), report);
        if blank(&landmark.name) {
            report.add(with(&at, "name"), K::EmptyField(who.clone(), Field::Name));
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

/// Landmarks, entrances and connections share one id space: "you are here"
/// and directions name them by id.
fn check_place<'d>(
    places: &mut HashMap<&'d str, Vec<Step>>,
    id: &'d str,
    at: Vec<Step>,
    report: &mut Report,
) {
    let what = match at.get(3) {
        Some(Step::Key(list)) if list == "landmarks" => Item::Landmark,
        Some(Step::Key(list)) if list == "entrances" => Item::Entrance,
        _ => Item::Connection,
    };
    if !check_id(report, || with(&at, "id"), what, id) {
        return;
    }
    match places.entry(id) {
        Entry::Occupied(first) => report.add_duplicate(
            with(&at, "id"),
            with(first.get(), "id"),
            K::DuplicatePlaceId(id.to_string()),
        ),
        Entry::Vacant(slot) => {
            slot.insert(at);
        }
    }
}
