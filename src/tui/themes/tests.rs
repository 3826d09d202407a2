//! The theme filter through its picker.

use crate::tui::action::Action;
use crate::tui::testing::{app, org_ids, stand_numbers, theme_position, type_text};

#[test]
fn theme_filter_keeps_items_having_any_ticked_theme() {
    let mut app = app();
    app.update(Action::OpenThemePicker);
    for _ in 0..theme_position(&app, "logement") {
        app.update(Action::MoveDown);
    }
    app.update(Action::ToggleTheme);
    assert_eq!(app.active_themes(), ["logement"]);
    assert_eq!(stand_numbers(&app), ["A3"]);
    assert_eq!(org_ids(&app), ["wunnengshellef"]);
    // A second theme widens the lists (any of them), it does not narrow them.
    app.update(Action::Home);
    for _ in 0..theme_position(&app, "seniors") {
        app.update(Action::MoveDown);
    }
    app.update(Action::ToggleTheme);
    assert_eq!(stand_numbers(&app), ["A3", "B2", "C1"]);
    app.update(Action::CloseThemePicker);
    assert_eq!(app.popup(), None);
    // The filter and the search combine.
    type_text(&mut app, "B2");
    assert_eq!(stand_numbers(&app), ["B2"]);
    app.update(Action::ClearThemes);
    assert!(app.active_themes().is_empty());
}
