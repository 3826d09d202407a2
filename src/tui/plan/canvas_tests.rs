//! Tests of the plan's canvas: stand boxes, labels cut to fit, marks, routes.

use super::*;
use crate::directory;
use crate::venue::Place;
use ratatui::layout::Rect as Area;

fn default_grid() -> VenueGrid {
    VenueGrid::build(&directory::default_directory()).unwrap()
}

#[test]
fn the_default_hall_at_100_by_30_shows_every_stand_number_whole() {
    let grid = default_grid();
    let view = Viewport::new(Area::new(0, 0, 68, 24), 40, 24, 0, (0, 0));
    let canvas = paint(&grid, 0, &view, &Marks::default());
    let text = canvas.text().join("\n");
    for stand in grid.stands() {
        assert!(
            text.contains(&format!(" {} ", grid.number(stand))),
            "{}\n{text}",
            grid.number(stand)
        );
    }
    // The walls all round, with the gap of the main entrance at the bottom.
    assert!(canvas.text()[0].chars().all(|c| c == WALL));
    assert!(canvas.text()[23].contains(ENTRANCE), "{text}");
}

#[test]
fn marks_give_stands_their_look_and_labels_their_star() {
    let grid = default_grid();
    let view = Viewport::new(Area::new(0, 0, 68, 24), 40, 24, 0, (0, 0));
    let marks = Marks {
        selected: Some("B4"),
        matched: ["B5"].into_iter().collect(),
        starred: ["C2"].into_iter().collect(),
        visited: ["A1"].into_iter().collect(),
        ..Marks::default()
    };
    let canvas = paint(&grid, 0, &view, &marks);
    let look_of = |label: &str| {
        canvas.rows.iter().find_map(|row| {
            let line: String = row.iter().map(|(c, _)| *c).collect();
            let at = line.find(label)?;
            Some(row[line[..at].chars().count()].1)
        })
    };
    assert_eq!(look_of("B4"), Some(Role::Stand(StandLook::Selected)));
    assert_eq!(look_of("B5"), Some(Role::Stand(StandLook::Matched)));
    assert_eq!(look_of("B6"), Some(Role::Stand(StandLook::Plain)));
    assert_eq!(look_of("★C2"), Some(Role::Stand(StandLook::Plain)));
    assert_eq!(look_of("✓A1"), Some(Role::Stand(StandLook::Visited)));
}

/// A fair's hall fitted to a small view: each stand a column or two,
/// too narrow for `1B-007`. The boxes show their row (`B`), not the
/// hall's digit all the stands share, nor a dangling `-`.
#[test]
fn numbers_cut_to_fit_leave_out_what_the_whole_hall_shares() {
    let grid = VenueGrid::build(&crate::generate::generate(2_000, 5)).unwrap();
    let hall = &grid.halls()[0];
    let view = Viewport::new(Area::new(0, 0, 60, 20), hall.width, hall.height, 0, (0, 0));
    let canvas = paint(&grid, 0, &view, &Marks::default());
    let labels: String = canvas
        .rows
        .iter()
        .flatten()
        .filter(|(_, role)| matches!(role, Role::Stand(_)))
        .map(|(c, _)| *c)
        .filter(|c| *c != ' ')
        .collect();
    let text = canvas.text().join("\n");
    let rows: std::collections::BTreeSet<char> = labels.chars().collect();
    assert!(rows.len() >= 5, "{rows:?}\n{text}");
    assert!(
        labels.chars().all(|c| c.is_ascii_uppercase()),
        "{labels}\n{text}"
    );
    // Zoomed in, with room for whole numbers: nothing is left out.
    let zoomed = Viewport::new(Area::new(0, 0, 120, 40), hall.width, hall.height, 8, (0, 0));
    let text = paint(&grid, 0, &zoomed, &Marks::default())
        .text()
        .join("\n");
    let whole = grid
        .stands_in(0)
        .filter(|stand| text.contains(grid.number(stand)))
        .count();
    assert!(whole >= 10, "{whole}\n{text}");
}

#[test]
fn the_shared_start_of_numbers_is_cut_on_a_char_boundary() {
    let shared = |numbers: &[&str]| shared_prefix(numbers.iter().copied());
    assert_eq!(shared(&["1A-001", "1A-002", "1B-001"]), 1);
    assert_eq!(shared(&["É1", "É2"]), "É".len());
    assert_eq!(shared(&["É1", "Ê1"]), 0);
    assert_eq!(shared(&["A1", "A1-b"]), 2);
    // A hall of one stand keeps its whole number.
    assert_eq!(shared(&["A1"]), 0);
    assert_eq!(shared(&[]), 0);
    assert_eq!(cut_at_separator("B-001", 1), "B");
    assert_eq!(cut_at_separator("B-001", 4), "B");
    assert_eq!(cut_at_separator("B-001", 5), "B-001");
    assert_eq!(cut_at_separator("★B-001", 3), "★B");
    assert_eq!(cut_at_separator("AB12", 2), "AB12");
}

#[test]
fn a_route_is_drawn_without_gaps_and_stops_at_the_stand() {
    let grid = default_grid();
    let view = Viewport::new(Area::new(0, 0, 68, 24), 40, 24, 0, (0, 0));
    let here = Place::MainEntrance;
    let route = crate::venue::route(&grid, &here, &Place::Stand("C3".into())).unwrap();
    let marks = Marks {
        route: &route.path,
        ..Marks::default()
    };
    let canvas = paint(&grid, 0, &view, &marks);
    let routed: usize = canvas
        .rows
        .iter()
        .flatten()
        .filter(|(_, role)| *role == Role::Route)
        .count();
    // At least one character per cell walked (columns are 1.7 wide).
    assert!(
        routed >= route.path.len() - 1,
        "{routed} for {}",
        route.path.len()
    );
}

/// The map of the Plan tab at 80 × 24 and 60 × 20: the hall is drawn
/// smaller than one character per cell.
#[test]
fn small_views_keep_the_four_walls_and_the_numbers_of_starred_stands() {
    let grid = default_grid();
    let all: Vec<&str> = grid.stands().map(|s| grid.number(s)).collect();
    for (w, h) in [(78, 12), (58, 8)] {
        let view = Viewport::new(Area::new(0, 0, w, h), 40, 24, 0, (0, 0));
        let marks = Marks {
            starred: all.iter().copied().collect(),
            ..Marks::default()
        };
        let canvas = paint(&grid, 0, &view, &marks);
        let text = canvas.text();
        let shown = text.join("\n");
        let hall: Vec<usize> = text[0]
            .chars()
            .enumerate()
            .filter(|(_, c)| *c == WALL)
            .map(|(i, _)| i)
            .collect();
        let (left, right) = (hall[0], *hall.last().unwrap());
        assert!(right - left > usize::from(w) / 3, "top wall:\n{shown}");
        let walls = |row: &str| row.chars().filter(|c| *c == WALL).count();
        assert!(
            walls(&text[h as usize - 1]) > (right - left) / 2,
            "bottom wall:\n{shown}"
        );
        for row in &text[1..h as usize - 1] {
            let chars: Vec<char> = row.chars().collect();
            let edge =
                |c: char| matches!(c, WALL | ENTRANCE | LANDMARK | LINK) || c.is_alphabetic();
            assert!(
                edge(chars[left]) && edge(chars[right]),
                "side walls:\n{shown}"
            );
        }
        assert!(
            text.iter()
                .filter(|r| r.chars().nth(left) == Some(WALL))
                .count()
                >= usize::from(h) - 2
        );
        for number in &all {
            assert!(
                shown.contains(number),
                "{w}×{h}: starred {number} lost its number:\n{shown}"
            );
        }
    }
}

#[test]
fn marks_give_way_before_the_number_is_cut() {
    let labels = Labels {
        whole: "★✓A12",
        short: "★✓A12",
        number: "A12",
        number_short: "A12",
    };
    assert_eq!(labels.fitting(5), "★✓A12");
    assert_eq!(labels.fitting(4), "A12");
    assert_eq!(labels.fitting(3), "A12");
    let fair = Labels {
        whole: "★1B-007",
        short: "★B-007",
        number: "1B-007",
        number_short: "B-007",
    };
    assert_eq!(fair.fitting(6), "★B-007");
    assert_eq!(fair.fitting(5), "B-007");
    assert_eq!(
        fair.fitting(3),
        "★B",
        "no number fits whole: cut, marks and all"
    );
}

#[test]
fn a_route_squeezed_into_a_small_view_goes_round_the_numbers() {
    let grid = default_grid();
    let view = Viewport::new(Area::new(0, 0, 58, 8), 40, 24, 0, (0, 0));
    let route =
        crate::venue::route(&grid, &Place::MainEntrance, &Place::Stand("C3".into())).unwrap();
    let marks = Marks {
        route: &route.path,
        starred: ["C3"].into_iter().collect(),
        ..Marks::default()
    };
    let text = paint(&grid, 0, &view, &marks).text().join("\n");
    assert!(text.contains("★C3") && text.contains(ROUTE), "{text}");
}
