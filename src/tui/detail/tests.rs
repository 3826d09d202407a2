//! `update` for the detail: opening, following links and coming back, the
//! link cursor.

use crate::tui::action::Action;
use crate::tui::app::Focus;
use crate::tui::detail::Target;
use crate::tui::tab::Tab;
use crate::tui::testing::{app, app_sized, org_index, stand_index, stand_numbers, type_text};

#[test]
fn enter_focuses_the_detail_and_esc_returns_to_the_list() {
    let mut app = app();
    app.update(Action::MoveDown);
    let selected = app.list(Tab::Stands).hits[1].record;
    app.update(Action::Open);
    assert_eq!(app.focus(), Focus::Detail);
    assert_eq!(app.shown_target(), Some(Target::Stand(selected)));
    app.update(Action::Back);
    assert_eq!(app.focus(), Focus::List);
    assert_eq!(app.detail(), None);
    assert_eq!(
        app.list(Tab::Stands).selected,
        1,
        "the list keeps its place"
    );
}

#[test]
fn following_links_pushes_a_back_stack_that_esc_unwinds() {
    let mut app = app();
    type_text(&mut app, "A1");
    assert_eq!(stand_numbers(&app).first().map(String::as_str), Some("A1"));
    app.update(Action::Open);
    let a1 = Target::Stand(stand_index(&app, "A1"));
    assert_eq!(app.shown_target(), Some(a1));
    // The stand's only link is its organisation.
    app.update(Action::Open);
    let croix_rouge = Target::Organisation(org_index(&app, "croix-rouge"));
    assert_eq!(app.shown_target(), Some(croix_rouge));
    assert_eq!(app.back_depth(), 1);
    // The organisation links to its stands A1 and B3; follow B3.
    app.update(Action::MoveDown);
    app.update(Action::Open);
    assert_eq!(
        app.shown_target(),
        Some(Target::Stand(stand_index(&app, "B3")))
    );
    assert_eq!(app.back_depth(), 2);
    app.update(Action::Back);
    assert_eq!(app.shown_target(), Some(croix_rouge));
    assert_eq!(
        app.detail().map(|d| d.link),
        Some(1),
        "back restores the chosen link"
    );
    app.update(Action::Back);
    assert_eq!(app.shown_target(), Some(a1));
    app.update(Action::Back);
    assert_eq!(app.focus(), Focus::List);
}

#[test]
fn link_cursor_and_list_selection_stay_in_range() {
    let mut app = app();
    app.update(Action::NextTab);
    type_text(&mut app, "croix");
    app.update(Action::Open);
    for _ in 0..10 {
        app.update(Action::MoveDown);
    }
    assert_eq!(
        app.detail().map(|d| d.link),
        Some(2),
        "two stands and one person, three links"
    );
    app.update(Action::Home);
    assert_eq!(app.detail().map(|d| d.link), Some(0));

    let mut app = app_sized(60, 20);
    app.update(Action::End);
    let list = app.list(Tab::Stands);
    assert_eq!(list.selected, 6);
    assert!(list.offset > 0, "the last row is scrolled into view");
    app.update(Action::MoveDown);
    assert_eq!(app.list(Tab::Stands).selected, 6);
    app.update(Action::PageUp);
    app.update(Action::MoveUp);
    assert_eq!(app.list(Tab::Stands).selected, 0);
    assert_eq!(app.list(Tab::Stands).offset, 0);
}
