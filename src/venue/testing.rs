//! Directories drawn as ASCII art, for the unit tests of the venue modules.
//!
//! One string per row, 1 m cells: `.` floor, `#` wall, `@` main entrance,
//! `*` a welcome desk (not walkable), an uppercase letter a stand numbered
//! `<letter>1` covering the bounding box of that letter's cells.

use crate::directory::{
    Connection, ConnectionKind, Directory, Entrance, Event, Hall, Landmark, LandmarkKind, Point,
    Rect, Side, Stand, StandLocation, Venue,
};

/// One hall "h" drawn by `rows`; `approaches` gives each stand letter's side.
pub fn directory_from_art(rows: &[&str], approaches: &[(char, Side)]) -> Directory {
    let mut directory = Directory {
        format: crate::directory::FORMAT.into(),
        version: crate::directory::FORMAT_VERSION,
        event: Event {
            id: "test".into(),
            name: "Test".into(),
            edition: None,
            date: None,
            date_note: None,
            venue: None,
            city: None,
            description: None,
            sources: vec![],
            notes: vec![],
        },
        organisations: vec![],
        stands: vec![],
        people: vec![],
        venue: Some(Venue {
            illustrative: true,
            note: None,
            halls: vec![hall_from_art("h", rows)],
            connections: vec![],
        }),
        programme: None,
        links: Default::default(),
    };
    for &(letter, approach) in approaches {
        let rect = bounding_box(rows, letter).expect("the letter is drawn");
        directory.stands.push(Stand {
            number: format!("{letter}1").into(),
            organisations: ["o"].into(),
            title: None,
            themes: Default::default(),
            illustrative: false,
            location: Some(StandLocation {
                hall: "h".into(),
                x: rect.x,
                y: rect.y,
                w: rect.w,
                h: rect.h,
                approach,
            }),
        });
    }
    directory
}

/// A hall drawn by `rows` (stands are not part of a hall: see above).
pub fn hall_from_art(id: &str, rows: &[&str]) -> Hall {
    let mut hall = Hall {
        id: id.into(),
        name: id.to_uppercase().into(),
        level: 0,
        width: rows[0].chars().count() as u32,
        height: rows.len() as u32,
        metres_per_cell: 1.0,
        walls: vec![],
        entrances: vec![],
        landmarks: vec![],
    };
    for (y, row) in rows.iter().enumerate() {
        for (x, c) in row.chars().enumerate() {
            let (x, y) = (x as u32, y as u32);
            match c {
                '#' => hall.walls.push(Rect { x, y, w: 1, h: 1 }),
                '@' => hall.entrances.push(Entrance {
                    id: format!("{id}-in").into(),
                    name: "Entrée".into(),
                    x,
                    y,
                    main: true,
                }),
                _ => {}
            }
        }
    }
    if let Some(r) = bounding_box(rows, '*') {
        hall.landmarks.push(Landmark {
            id: "desk".into(),
            name: "Accueil".into(),
            kind: LandmarkKind::WelcomeDesk,
            x: r.x,
            y: r.y,
            w: r.w,
            h: r.h,
            walkable: false,
        });
    }
    hall
}

/// One hall "h" with a wall, and a second hall "k" joined to it by two
/// short doors (0.2 m): the way through "k" is the shorter one between some
/// cells of "h", which an A* heuristic must not miss.
pub fn directory_with_a_shortcut() -> Directory {
    let mut directory = directory_from_art(
        &[
            ".........", //
            ".#######.",
            ".#.AA..#.",
            ".#.....#.",
            "...#.....",
        ],
        &[('A', Side::South)],
    );
    let venue = directory.venue.as_mut().expect("drawn with a venue");
    venue.halls.push(hall_from_art("k", &["..."]));
    let point = |hall: &str, x, y| Point {
        hall: hall.into(),
        x,
        y,
    };
    for (from, to) in [
        (point("h", 0, 0), point("k", 0, 0)),
        (point("k", 2, 0), point("h", 8, 0)),
    ] {
        venue.connections.push(Connection {
            id: "c".into(),
            name: "Passage".into(),
            kind: ConnectionKind::Door,
            from,
            to,
            length_m: Some(0.2),
        });
    }
    directory
}

fn bounding_box(rows: &[&str], letter: char) -> Option<Rect> {
    let cells: Vec<(u32, u32)> = rows
        .iter()
        .enumerate()
        .flat_map(|(y, row)| {
            row.chars()
                .enumerate()
                .filter(move |&(_, c)| c == letter)
                .map(move |(x, _)| (x as u32, y as u32))
        })
        .collect();
    let x0 = cells.iter().map(|c| c.0).min()?;
    let y0 = cells.iter().map(|c| c.1).min()?;
    let x1 = cells.iter().map(|c| c.0).max()?;
    let y1 = cells.iter().map(|c| c.1).max()?;
    Some(Rect {
        x: x0,
        y: y0,
        w: x1 - x0 + 1,
        h: y1 - y0 + 1,
    })
}
