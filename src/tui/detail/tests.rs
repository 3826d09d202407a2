//! `update` for the detail: opening, following links and coming back, the
//! link cursor.

use crate::tui::action::Action;
use crate::tui::app::Focus;
use crate::tui::detail::{Item, Target, links};
use crate::tui::tab::Tab;
use crate::tui::testing::{app, app_sized, org_index, stand_index, stand_numbers, type_text};

#[test]
fn enter_focuses_the_detail_and_esc_returns_to_the_list() {
    let mut app = app();
    app.update(Action::MoveDown);
    let selected = app.list(Tab::Stands).hits[1].record();
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

/// The detail's items of `target`, as the app shows them.
fn items(app: &crate::tui::app::App, target: Target) -> Vec<Item> {
    app.detail_items(target)
}

fn person_index(app: &crate::tui::app::App, id: &str) -> usize {
    app.directory
        .people
        .iter()
        .position(|p| p.id == id)
        .unwrap()
}

/// A person's detail: role, their organisation's themes, the organisation
/// and the stand they name as links, the layout said to be illustrative.
#[test]
fn a_person_detail_links_their_organisation_and_stand() {
    let app = app();
    let anne = person_index(&app, "anne-exemple");
    let items = items(&app, Target::Person(anne));
    let t = app.text();
    assert_eq!(items[0], Item::Title("Anne Exemple".into()));
    assert!(items.contains(&Item::Field(t.role, "coordinatrice (fictive)".into())));
    // The organisation's own themes, then its stands' (B3: aide alimentaire).
    assert!(items.contains(&Item::Field(
        t.themes,
        "santé, aide sociale, aide alimentaire".into()
    )));
    let croix_rouge = Target::Organisation(org_index(&app, "croix-rouge"));
    let a1 = Target::Stand(stand_index(&app, "A1"));
    assert_eq!(links(&items), [croix_rouge, a1]);
    assert!(items.contains(&Item::Section(t.stand)));
    assert!(items.contains(&Item::Warning(format!("({})", t.illustrative))));
}

/// Someone who names no stand: their organisation's stands are offered,
/// labelled as such, never as theirs.
#[test]
fn a_person_without_a_stand_shows_their_organisation_stands_as_such() {
    let mut app = app();
    let luc = person_index(&app, "luc-fictif");
    let items = items(&app, Target::Person(luc));
    let t = app.text();
    assert!(items.contains(&Item::Section(t.stands_of_organisation)));
    assert!(!items.contains(&Item::Section(t.stand)));
    let a3 = Target::Stand(stand_index(&app, "A3"));
    assert_eq!(links(&items).last(), Some(&a3));

    // With no organisation and no stand, both are said to be missing.
    let directory = std::sync::Arc::make_mut(&mut app.directory);
    directory.people[luc].organisation = None;
    directory.link();
    let items = self::items(&app, Target::Person(luc));
    assert!(links(&items).is_empty(), "{items:?}");
    let missing = items
        .iter()
        .filter(|i| **i == Item::Text(t.not_given.to_string()))
        .count();
    assert_eq!(missing, 2, "{items:?}");
}

/// From the People list, Enter opens the person; their organisation's link
/// opens the organisation, whose people link back; Esc unwinds.
#[test]
fn people_are_reached_from_the_people_tab_and_from_stands() {
    let mut app = app();
    app.update(Action::NextTab);
    app.update(Action::NextTab);
    assert_eq!(app.tab(), Tab::People);
    type_text(&mut app, "anne");
    app.update(Action::Open);
    let anne = Target::Person(person_index(&app, "anne-exemple"));
    assert_eq!(app.shown_target(), Some(anne));
    app.update(Action::Open); // The first link: the organisation.
    let croix_rouge = Target::Organisation(org_index(&app, "croix-rouge"));
    assert_eq!(app.shown_target(), Some(croix_rouge));
    app.update(Action::End); // Its last link: Anne again.
    app.update(Action::Open);
    assert_eq!(app.shown_target(), Some(anne));
    assert_eq!(app.back_depth(), 2);

    // Stand A1's detail links to the people to meet there.
    let items = items(&app, Target::Stand(stand_index(&app, "A1")));
    assert!(links(&items).contains(&anne), "{items:?}");
}

/// A stand or person flagged illustrative in the data says so in its
/// detail; one not flagged does not.
#[test]
fn a_flagged_stand_or_person_says_it_is_made_up() {
    let mut app = app();
    let a1 = stand_index(&app, "A1");
    let anne = person_index(&app, "anne-exemple");
    let t = app.text();
    let stand_warning = Item::Warning(format!("({})", t.illustrative_stand));
    let person_warning = Item::Warning(format!("({})", t.illustrative_person));
    assert!(!items(&app, Target::Stand(a1)).contains(&stand_warning));
    assert!(!items(&app, Target::Person(anne)).contains(&person_warning));
    let directory = std::sync::Arc::make_mut(&mut app.directory);
    directory.stands[a1].illustrative = true;
    directory.people[anne].illustrative = true;
    assert!(items(&app, Target::Stand(a1)).contains(&stand_warning));
    let anne_items = items(&app, Target::Person(anne));
    assert!(anne_items.contains(&person_warning));
    // Anne's stand is A1: her detail says it is supposed too.
    assert!(anne_items.contains(&stand_warning));
}
