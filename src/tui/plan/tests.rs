//! `update` for stars, visits, "you are here", zoom and pan, on the default
//! directory (one 40 × 24 hall), with the plan kept in memory or in a store.

use super::PlanAction as P;
use super::viewport::ZOOM_MAX;
use crate::directory;
use crate::i18n::Lang;
use crate::tui::action::Action;
use crate::tui::app::{App, Focus, Options};
use crate::tui::detail::Target;
use crate::tui::keymap::{self, Context};
use crate::tui::tab::Tab;
use crate::tui::testing::type_text;
use crate::tui::visit::VisitState;

fn app() -> App {
    let mut app = App::new(
        directory::default_directory(),
        Options {
            no_color: false,
            width: 100,
            height: 30,
            lang: Lang::En,
        },
    );
    app.set_lang(Lang::En);
    app
}

fn select(app: &mut App, stand: &str) {
    app.update(Action::ClearSearch);
    type_text(app, stand);
    assert_eq!(app.plan_stand().as_deref(), Some(stand));
}

/// Ticking a stand off puts the visitor there (the next leg starts from
/// it), and the last starred stand ticked off says the tour is complete.
#[test]
fn a_stand_ticked_off_is_where_you_are_and_the_last_one_ends_the_tour() {
    let mut app = app();
    for stand in ["C3", "A6"] {
        select(&mut app, stand);
        app.update(Action::Plan(P::ToggleStar));
    }
    select(&mut app, "C3");
    app.update(Action::Plan(P::ToggleVisited));
    assert_eq!(app.plan().event_plan().position(), Some("C3"));
    assert_eq!(
        app.message(),
        Some("✓ Stand C3 visited; you are here now."),
        "A6 is still to visit"
    );
    let rows = app.visit_rows();
    assert_eq!(rows[0].stand, "A6", "the tour goes on from C3");

    // Unticking does not move the visitor.
    app.update(Action::Plan(P::ToggleVisited));
    assert!(!app.plan().event_plan().is_visited("C3"));
    assert_eq!(app.plan().event_plan().position(), Some("C3"));
    app.update(Action::Plan(P::ToggleVisited));

    select(&mut app, "A6");
    app.update(Action::Plan(P::ToggleVisited));
    assert_eq!(app.plan().event_plan().position(), Some("A6"));
    assert_eq!(app.message(), Some(app.text().tour_complete));
}

/// At the selected stand, its detail says you are there, with no 0 m
/// distance.
#[test]
fn at_the_selected_stand_no_zero_metre_route_is_shown() {
    let mut app = app();
    select(&mut app, "B4");
    app.update(Action::Plan(P::SetHere));
    let routed = app.plan_route().unwrap().as_ref().unwrap();
    assert_eq!(routed.summary, None);
    assert_eq!(routed.directions, "You are at stand B4.");
}

#[test]
fn s_and_v_toggle_the_selected_stand_and_the_tour_follows() {
    let mut app = app();
    select(&mut app, "C3");
    app.update(Action::Plan(P::ToggleStar));
    select(&mut app, "A6");
    app.update(Action::Plan(P::ToggleStar));
    let mut starred = app.plan().event_plan().starred();
    starred.sort();
    assert_eq!(starred, ["A6", "C3"]);
    let stops: Vec<String> = app.visit_rows().iter().map(|r| r.stand.clone()).collect();
    assert_eq!(stops.len(), 2, "{stops:?}");

    app.update(Action::Plan(P::ToggleVisited));
    assert!(app.plan().event_plan().is_visited("A6"));
    let rows = app.visit_rows();
    assert_eq!(rows[0].stand, "C3");
    assert_eq!(rows[1].stand, "A6");
    assert_eq!(rows[1].state, VisitState::Visited);

    // Starring again unstars.
    app.update(Action::Plan(P::ToggleStar));
    assert_eq!(app.plan().event_plan().starred(), ["C3"]);
}

#[test]
fn in_the_detail_the_detail_stand_is_the_one_acted_on() {
    let mut app = app();
    select(&mut app, "B2");
    app.update(Action::Open);
    assert_eq!(app.focus(), Focus::Detail);
    app.update(Action::Plan(P::ToggleStar));
    assert!(app.plan().event_plan().is_starred("B2"));
}

#[test]
fn i_am_here_moves_the_start_of_the_route_and_e_goes_back_to_the_entrance() {
    let mut app = app();
    select(&mut app, "B4");
    let from_entrance = app.plan_route().unwrap().as_ref().unwrap().route.length_m;
    app.update(Action::Plan(P::SetHere));
    assert_eq!(app.plan().event_plan().position(), Some("B4"));
    let here = app.plan_route().unwrap().as_ref().unwrap();
    assert_eq!(here.route.length_m, 0.0, "already at B4");
    select(&mut app, "A1");
    let from_b4 = app.plan_route().unwrap().as_ref().unwrap();
    assert!(
        from_b4.directions.contains("stand B4"),
        "{}",
        from_b4.directions
    );
    app.update(Action::Plan(P::ResetHere));
    assert_eq!(app.plan().event_plan().position(), None);
    select(&mut app, "B4");
    let again = app.plan_route().unwrap().as_ref().unwrap();
    assert_eq!(again.route.length_m, from_entrance);
}

#[test]
fn the_route_comes_with_directions_and_a_summary() {
    let mut app = app();
    select(&mut app, "B4");
    let routed = app.plan_route().unwrap().as_ref().unwrap();
    assert!(
        routed.directions.starts_with("From the main entrance"),
        "{}",
        routed.directions
    );
    let summary = routed.summary.as_deref().unwrap();
    assert!(summary.contains(" m, about "), "{summary}");
    app.set_lang(Lang::Fr);
    let routed = app.plan_route().unwrap().as_ref().unwrap();
    assert!(
        routed.directions.starts_with("Depuis l'entrée"),
        "{}",
        routed.directions
    );
}

#[test]
fn zoom_is_bounded_and_zero_fits_again() {
    let mut app = app();
    app.update(Action::Plan(P::ZoomOut));
    assert_eq!(app.plan().zoom, -1);
    for _ in 0..50 {
        app.update(Action::Plan(P::ZoomIn));
    }
    assert_eq!(app.plan().zoom, ZOOM_MAX);
    app.update(Action::Plan(P::ZoomFit));
    assert_eq!((app.plan().zoom, app.plan().pan), (0, (0, 0)));
}

#[test]
fn pan_does_nothing_when_the_hall_fits_and_stops_at_its_edges_when_zoomed() {
    let mut app = app();
    app.update(Action::Plan(P::Pan { dx: 1, dy: 0 }));
    assert_eq!(app.plan().pan, (0, 0), "the whole hall is in view");
    for _ in 0..3 {
        app.update(Action::Plan(P::ZoomIn));
    }
    app.update(Action::Plan(P::Pan { dx: 1, dy: 1 }));
    let once = app.plan().pan;
    assert!(once.0 > 0 && once.1 > 0, "{once:?}");
    for _ in 0..100 {
        app.update(Action::Plan(P::Pan { dx: 1, dy: 0 }));
    }
    let far = app.plan().pan;
    assert!(far.0 > once.0 && far.0 < 40, "clamped: {far:?}");
    app.update(Action::Plan(P::Pan { dx: -1, dy: 0 }));
    assert!(app.plan().pan.0 < far.0, "panning back works at once");
}

#[test]
fn the_plan_tab_takes_letters_as_commands_but_none_changes_the_plan() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut app = app();
    type_text(&mut app, "B4");
    app.update(Action::Plan(P::ShowOnPlan));
    assert_eq!(app.tab(), Tab::Plan);
    assert_eq!(app.query(), "B4");
    let contexts = app.contexts();
    assert_eq!(contexts[0], Context::Plan);
    let before = app.plan().event_plan();
    for c in "hotesse".chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        if let Some(action) = keymap::action_for_key(&key, &app.contexts()) {
            app.update(action);
        }
    }
    assert_eq!(app.plan().event_plan(), before, "nothing saved changed");
    assert_eq!((app.tab(), app.query()), (Tab::Plan, "B4"));
    assert_eq!(app.message(), Some(app.text().letters_are_commands));
    // Alt-s stars, and says so.
    let alt_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::ALT);
    let action = keymap::action_for_key(&alt_s, &contexts);
    assert_eq!(action, Some(Action::Plan(P::ToggleStar)));
    app.update(action.unwrap());
    assert!(app.plan().event_plan().is_starred("B4"));
    assert_eq!(app.message(), Some("★ Stand B4 starred (to visit)."));
    // `/` goes to the search of the Stands list, kept.
    let slash = KeyEvent::new(KeyCode::Char('/'), KeyModifiers::NONE);
    let action = keymap::action_for_key(&slash, &app.contexts()).unwrap();
    app.update(action);
    assert_eq!(
        (app.tab(), app.focus(), app.query()),
        (Tab::Stands, Focus::List, "B4")
    );
}

#[test]
fn show_on_plan_from_ma_visite_clears_a_search_that_hides_the_stand() {
    let mut app = app();
    select(&mut app, "C1");
    app.update(Action::Plan(P::ToggleStar));
    app.update(Action::ClearSearch);
    type_text(&mut app, "A1");
    for _ in 0..5 {
        app.update(Action::NextTab);
    }
    assert_eq!(app.tab(), Tab::Visit);
    app.update(Action::Plan(P::ShowOnPlan));
    assert_eq!(app.tab(), Tab::Plan);
    assert_eq!(app.plan_stand().as_deref(), Some("C1"));
    assert_eq!(app.query(), "");
}

#[test]
fn leaving_a_stand_detail_for_the_plan_keeps_that_stand() {
    let mut app = app();
    type_text(&mut app, "A");
    app.update(Action::MoveDown);
    let second = app.plan_stand().unwrap();
    app.update(Action::Open);
    app.update(Action::Plan(P::ShowOnPlan));
    assert_eq!(app.tab(), Tab::Plan);
    assert_eq!(app.plan_stand(), Some(second));
}

#[test]
fn the_detail_says_how_to_get_there() {
    let app = {
        let mut app = app();
        select(&mut app, "C2");
        app
    };
    let index = app
        .directory
        .stands
        .iter()
        .position(|s| s.number == "C2")
        .unwrap();
    let items = app.detail_items(Target::Stand(index));
    let text = format!("{items:?}");
    assert!(text.contains("How to get there"), "{text}");
    assert!(text.contains("From the main entrance"), "{text}");
}

#[test]
fn routes_walk_a_tree_built_once_per_position_as_short_as_the_astar() {
    use crate::venue::{Place, route};
    let mut app = app();
    let grid = app.plan().grid.as_ref().unwrap().clone();
    let from_here = |app: &App, here: &Place, stand: &str| {
        let routed = app.plan_route().unwrap().as_ref().unwrap();
        let astar = route(&grid, here, &Place::Stand(stand.into())).unwrap();
        assert_eq!(routed.route.length_m, astar.length_m, "to {stand}");
        assert_eq!(routed.route.path.last(), astar.path.last(), "to {stand}");
    };
    for stand in ["A1", "B4", "C3", "A6"] {
        select(&mut app, stand);
        from_here(&app, &Place::MainEntrance, stand);
    }
    let positions = |app: &App| -> Vec<Option<String>> {
        app.plan()
            .cache
            .trees
            .iter()
            .map(|(at, _)| at.clone())
            .collect()
    };
    assert_eq!(positions(&app), [None], "one tree, from the entrance");
    app.update(Action::Plan(P::SetHere));
    for stand in ["B2", "C3"] {
        select(&mut app, stand);
        from_here(&app, &Place::Stand("A6".into()), stand);
    }
    assert_eq!(positions(&app), [Some("A6".into()), None]);
    app.update(Action::Plan(P::ResetHere));
    select(&mut app, "B4");
    from_here(&app, &Place::MainEntrance, "B4");
    assert_eq!(positions(&app), [None, Some("A6".into())], "both kept");
    app.set_lang(Lang::Fr);
    assert_eq!(positions(&app).len(), 2, "a language is no new position");
}
