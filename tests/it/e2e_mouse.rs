//! End-to-end: the mouse on the plan in a real pseudo-terminal. A click on
//! a stand drawn on the map selects it (the route and its words follow);
//! the wheel zooms.

use crate::common::pty::{Launch, Session};

/// The Plan tab's map is the left part of the screen at 100 columns.
const MAP_COLUMNS: u16 = 69;

#[test]
fn a_click_on_a_stand_on_the_plan_selects_it_and_the_route_follows() {
    let mut app = Session::start(Launch {
        cols: 100,
        rows: 30,
        ..Launch::default()
    });
    app.wait_for("Assises sociales");
    app.send("\t\t\t\t"); // Stands → Organisations → People → Programme → Plan.
    let screen = app.wait_for("Route to stand A1");
    assert!(!screen.contains("Route to stand C3"), "{screen}");
    let (column, row) = app
        .find_on_screen(" C3 ", MAP_COLUMNS)
        .expect("C3 drawn on the map");
    app.click(column + 1, row);
    let screen = app.wait_for("Route to stand C3");
    assert!(
        screen.contains("stand C3 is on"),
        "the directions follow:\n{screen}"
    );
    // A click on the aisle from the west exit (`X`) changes nothing.
    let (column, row) = app
        .find_on_screen("X░", MAP_COLUMNS)
        .expect("the west exit");
    app.click(column + 20, row);
    let screen = app.wait_settled();
    assert!(screen.contains("Route to stand C3"), "{screen}");
    // The wheel over C3 zooms in, keeping it in view; C1 leaves the screen.
    let (column, row) = app.find_on_screen(" C3 ", MAP_COLUMNS).unwrap();
    for _ in 0..6 {
        app.wheel(true, column + 1, row);
    }
    let screen = app.wait_until("the plan zoomed in on C3", |screen| {
        let map: String = screen
            .lines()
            .map(|l| l.chars().take(MAP_COLUMNS as usize).collect::<String>())
            .collect();
        map.contains("C3") && !map.contains("A1")
    });
    assert!(screen.contains("Route to stand C3"), "{screen}");
    // Stands tab: the click selected C3 there too.
    app.send("\t\t\t"); // Plan → My visit → Notes → Stands.
    app.wait_until("the Stands list with C3 selected", |s| {
        s.contains("Stand C3") && s.contains("Search:")
    });
    app.quit();
}
