//! The mouse on the plan, on the default directory (one 40 × 24 hall of 15
//! stands): clicks on the numbers drawn select them, at several sizes and
//! zooms; the wheel zooms about the pointer.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::super::PlanAction as P;
use crate::directory;
use crate::i18n::Lang;
use crate::tui::action::Action;
use crate::tui::app::{App, Options};
use crate::tui::tab::Tab;
use crate::tui::view;

const NUMBERS: [&str; 15] = [
    "A1", "A2", "A3", "A4", "A5", "A6", "B1", "B2", "B3", "B4", "B5", "B6", "C1", "C2", "C3",
];

fn plan_app(width: u16, height: u16) -> App {
    let options = Options {
        no_color: true,
        width,
        height,
        lang: Lang::En,
    };
    let mut app = App::new(directory::default_directory(), options);
    app.update(Action::Plan(P::ShowOnPlan));
    assert_eq!(app.tab(), Tab::Plan);
    app
}

/// The screen as drawn, one string per row.
fn screen(app: &App) -> Vec<String> {
    let (width, height) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view(app, frame)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| (0..width).map(|x| buffer[(x, y)].symbol()).collect())
        .collect()
}

/// Where `number` is drawn on the map (its first character), if it is,
/// once and not glued to a letter or digit of another label.
fn drawn_at(app: &App, number: &str) -> Option<(u16, u16)> {
    let (area, _, _) = app.map_geometry().unwrap();
    let rows = screen(app);
    let mut found = Vec::new();
    for y in area.y..area.bottom() {
        let row: Vec<char> = rows[y as usize].chars().collect();
        let map: String = row[area.x as usize..area.right() as usize].iter().collect();
        for (i, _) in map.match_indices(number) {
            let x = map[..i].chars().count();
            let after = map[i + number.len()..].chars().next();
            if !after.is_some_and(|c| c.is_ascii_digit()) {
                found.push((area.x + x as u16, y));
            }
        }
    }
    (found.len() == 1).then(|| found[0])
}

#[test]
fn a_click_on_a_number_drawn_selects_that_stand_at_several_sizes_and_zooms() {
    for (width, height, zoom) in [
        (100, 30, 0),
        (80, 24, 0),
        (60, 20, 0),
        (100, 30, -2),
        (100, 30, 3),
        (160, 48, 6),
    ] {
        let mut app = plan_app(width, height);
        for _ in 0..zoom.max(0) {
            app.update(Action::Plan(P::ZoomIn));
        }
        for _ in zoom..0 {
            app.update(Action::Plan(P::ZoomOut));
        }
        let mut clicked = 0;
        for number in NUMBERS {
            let Some((column, row)) = drawn_at(&app, number) else {
                continue;
            };
            app.update(Action::MouseClick { column, row });
            assert_eq!(
                app.plan_stand().as_deref(),
                Some(number),
                "{width}×{height} zoom {zoom}: click at {column},{row}\n{}",
                screen(&app).join("\n")
            );
            assert_eq!(app.tab(), Tab::Plan);
            // The panel follows: the route is to the stand clicked.
            let panel = screen(&app).join("\n");
            assert!(
                panel.contains(&format!("Route to stand {number}")),
                "{panel}"
            );
            clicked += 1;
        }
        let expected = if zoom > 2 { 2 } else { 12 };
        assert!(
            clicked >= expected,
            "{width}×{height} zoom {zoom}: only {clicked} numbers to click\n{}",
            screen(&app).join("\n")
        );
    }
}

#[test]
fn a_click_on_a_stand_hidden_by_the_search_clears_the_search() {
    let mut app = App::new(
        directory::default_directory(),
        Options {
            no_color: true,
            width: 100,
            height: 30,
            lang: Lang::En,
        },
    );
    for c in "B4".chars() {
        app.update(Action::TypeChar(c));
    }
    app.update(Action::Plan(P::ShowOnPlan));
    assert_eq!(app.plan_stand().as_deref(), Some("B4"));
    let (column, row) = drawn_at(&app, "C1").unwrap();
    app.update(Action::MouseClick { column, row });
    assert_eq!(app.plan_stand().as_deref(), Some("C1"));
    assert_eq!(app.query(), "", "the search that hid C1 is cleared");
}

#[test]
fn clicks_off_the_stands_change_nothing() {
    let mut app = plan_app(100, 30);
    let before = app.plan_stand();
    let (area, _, _) = app.map_geometry().unwrap();
    let rows = screen(&app);
    // Every cell of the screen that is not part of a stand's box on the map.
    for y in 0..30u16 {
        for x in 0..100u16 {
            if app.plan_stand_at(x, y).is_some() {
                continue;
            }
            let is_tab_bar = y == 1;
            if is_tab_bar {
                continue; // A click there opens a tab (tested elsewhere).
            }
            app.update(Action::MouseClick { column: x, row: y });
            assert_eq!(
                app.plan_stand(),
                before,
                "click at {x},{y}:\n{}",
                rows.join("\n")
            );
            assert_eq!(app.tab(), Tab::Plan);
            assert_eq!((app.plan().zoom, app.plan().pan), (0, (0, 0)));
        }
    }
    // And no stand is found outside the map.
    assert!(app.plan_stand_at(area.right() + 1, area.y + 1).is_none());
}

#[test]
fn the_wheel_zooms_about_the_pointer_and_elsewhere_about_the_centre() {
    let mut app = plan_app(100, 30);
    let (column, row) = drawn_at(&app, "A1").unwrap();
    for _ in 0..4 {
        app.update(Action::MouseScroll {
            down: false,
            column,
            row,
        });
    }
    assert_eq!(app.plan().zoom, 4);
    assert_eq!(
        app.plan_stand_at(column, row).as_deref(),
        Some("A1"),
        "A1 stays under the pointer:\n{}",
        screen(&app).join("\n")
    );
    for _ in 0..4 {
        app.update(Action::MouseScroll {
            down: true,
            column,
            row,
        });
    }
    assert_eq!((app.plan().zoom, app.plan().pan), (0, (0, 0)));
    // On the panel: about the centre, as `+` does.
    let (area, _, _) = app.map_geometry().unwrap();
    app.update(Action::MouseScroll {
        down: false,
        column: area.right() + 5,
        row: area.y + 3,
    });
    assert_eq!((app.plan().zoom, app.plan().pan), (1, (0, 0)));
    // "Ma visite" has no map: the wheel does nothing there.
    app.update(Action::NextTab);
    assert_eq!(app.tab(), Tab::Visit);
    app.update(Action::MouseScroll {
        down: false,
        column,
        row,
    });
    assert_eq!(app.plan().zoom, 1);
}
