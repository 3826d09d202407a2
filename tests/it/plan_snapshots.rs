//! Snapshots of the Plan and "Ma visite" tabs on the default directory (one
//! 40 × 24 hall), in English. Regenerate with
//! `INSTA_UPDATE=always cargo test --test it plan_snapshots::` and read the diff.

use maillage::directory;
use maillage::i18n::Lang;
use maillage::tui::plan::PlanAction as P;
use maillage::tui::{Action, App};
use ratatui::style::{Color, Modifier};

use crate::common::draw::{app_on, draw, select, text, type_text};
use crate::common::fixtures::load_fixture;

/// The app on the default directory, in English.
fn app(width: u16, height: u16, no_color: bool) -> App {
    app_on(
        directory::default_directory(),
        Lang::En,
        width,
        height,
        no_color,
    )
}

/// The plan with the route from the main entrance to B4.
fn plan_with_route(width: u16, height: u16) -> String {
    let mut app = app(width, height, false);
    select(&mut app, "B4");
    app.update(Action::Plan(P::ShowOnPlan));
    text(&draw(&app))
}

#[test]
fn plan_100x30_with_a_route() {
    let screen = plan_with_route(100, 30);
    // Every stand number of the hall is on screen, whole.
    for number in ["A1", "A6", "B1", "B4", "B6", "C1", "C3"] {
        assert!(screen.contains(number), "{number} missing:\n{screen}");
    }
    assert!(screen.contains("Route to stand B4"), "{screen}");
    assert!(screen.contains('•'), "route drawn:\n{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn plan_160x48_with_a_route() {
    let screen = plan_with_route(160, 48);
    assert!(screen.contains("B4") && screen.contains('•'), "{screen}");
    insta::assert_snapshot!(screen);
}

/// Under 90 columns the panel sits under the map; it grows so that the
/// directions are shown whole, however narrow the screen.
#[test]
fn plan_60x20_shows_the_whole_directions() {
    let screen = plan_with_route(60, 20);
    let mut app = app(60, 20, false);
    select(&mut app, "B4");
    let directions = match app.plan_route() {
        Some(Ok(routed)) => routed.directions.clone(),
        other => panic!("a route to B4: {other:?}"),
    };
    // Every word of the directions, in order, on the panel's lines.
    let panel: Vec<&str> = screen
        .lines()
        .skip_while(|l| !l.contains("Route to stand B4"))
        .skip(1)
        .collect();
    let shown = panel
        .iter()
        .map(|l| l.trim_matches(|c| c == '│' || c == ' '))
        .collect::<Vec<_>>()
        .join(" ");
    let words: Vec<&str> = directions.split_whitespace().collect();
    assert!(
        shown.contains(&words.join(" ")),
        "directions cut:\n{directions}\n---\n{screen}"
    );
    assert!(
        words.len() > 15,
        "a route long enough to wrap: {directions}"
    );
    insta::assert_snapshot!(screen);
}

#[test]
fn plan_zoomed_in_and_panned() {
    let mut app = app(100, 30, false);
    select(&mut app, "A6");
    app.update(Action::Plan(P::ShowOnPlan));
    for _ in 0..3 {
        app.update(Action::Plan(P::ZoomIn));
    }
    app.update(Action::Plan(P::Pan { dx: 5, dy: -5 }));
    let screen = text(&draw(&app));
    assert!(screen.contains("A6") && !screen.contains("C1"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn the_selected_stand_is_lit_and_other_matches_marked() {
    let mut app = app(100, 30, true);
    type_text(&mut app, "logement");
    let numbers = |app: &App| -> Vec<String> {
        let directory = directory::default_directory();
        app.current_list()
            .hits
            .iter()
            .map(|h| directory.stands[h.record()].number.to_string())
            .collect()
    };
    let matched = numbers(&app);
    assert!(matched.len() > 1 && matched.len() < 15, "{matched:?}");
    app.update(Action::Plan(P::ShowOnPlan));
    let selected = app.plan_stand().unwrap();
    assert_eq!(selected, matched[0]);
    let buffer = draw(&app);
    let screen = text(&buffer);
    // Only the map's columns: the panel names the stand too.
    let find = |number: &str| {
        let label = format!(" {number} ");
        screen.lines().enumerate().find_map(|(y, line)| {
            let map: String = line.chars().take(69).collect();
            map.find(&label)
                .map(|i| (map[..i].chars().count() as u16 + 1, y as u16))
        })
    };
    let (x, y) = find(&selected).unwrap();
    assert!(
        buffer[(x, y)].modifier.contains(Modifier::REVERSED),
        "selected is reversed"
    );
    let (x, y) = find(&matched[1]).unwrap();
    let cell = &buffer[(x, y)];
    assert!(!cell.modifier.contains(Modifier::REVERSED));
    assert!(
        cell.modifier.contains(Modifier::UNDERLINED),
        "a match is marked"
    );
    let unmatched = ["A1", "A2", "B1", "C1", "C3"]
        .into_iter()
        .find(|n| !matched.iter().any(|m| m == n))
        .unwrap();
    let (x, y) = find(unmatched).unwrap();
    assert!(buffer[(x, y)].modifier.is_empty(), "a non-match is plain");
    for cell in buffer.content() {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "NO_COLOR");
    }
}

#[test]
fn ma_visite_lists_the_tour_with_legs_total_and_visited_stands() {
    let mut app = app(100, 30, false);
    for stand in ["C3", "A6", "B2", "A1"] {
        select(&mut app, stand);
        app.update(Action::Plan(P::ToggleStar));
    }
    app.update(Action::Plan(P::ToggleVisited)); // A1
    app.update(Action::ClearSearch);
    while app.tab() != maillage::tui::Tab::Visit {
        app.update(Action::NextTab);
    }
    let buffer = draw(&app);
    let screen = text(&buffer);
    assert!(screen.contains("Total walk:"), "{screen}");
    let a1 = screen.lines().position(|l| l.contains("✓ A1")).unwrap();
    let dimmed = (1..20).any(|x| buffer[(x, a1 as u16)].fg == Color::DarkGray);
    assert!(dimmed, "the visited stand is dimmed");
    insta::assert_snapshot!(screen);
}

#[test]
fn an_unreachable_stand_says_so_and_the_plan_is_still_drawn() {
    let directory = load_fixture("venue/unreachable.json");
    let mut app = app_on(directory, Lang::En, 100, 30, false);
    for stand in ["X1", "R1", "N1"] {
        app.update(Action::ClearSearch);
        type_text(&mut app, stand);
        app.update(Action::Plan(P::ShowOnPlan));
        let screen = text(&draw(&app));
        assert!(screen.contains("Route to stand"), "{screen}");
        assert!(screen.contains(stand), "{screen}");
        if let Some(Err(e)) = app.plan_route() {
            assert!(screen.contains(&e.message(Lang::En)[..20]), "{screen}");
        }
    }
}

#[test]
fn several_halls_one_at_a_time_named_in_the_title() {
    let directory = load_fixture("venue/two-halls.json");
    let mut app = app_on(directory, Lang::En, 100, 30, false);
    type_text(&mut app, "G1");
    app.update(Action::Plan(P::ShowOnPlan));
    let ground = text(&draw(&app));
    assert!(ground.contains("Plan — Rez-de-chaussée (1/2"), "{ground}");
    assert!(ground.contains("G1") && ground.contains('⇅'), "{ground}");
    app.update(Action::Plan(P::NextHall));
    let upstairs = text(&draw(&app));
    assert!(upstairs.contains("Plan — Étage (2/2"), "{upstairs}");
    let map: String = upstairs
        .lines()
        .filter(|l| l.starts_with('│'))
        .map(|l| l.chars().take(69).collect::<String>())
        .collect();
    assert!(map.contains("E1") && !map.contains("G1"), "{upstairs}");
    // Selecting a stand upstairs shows its hall, the route through the stairs.
    app.update(Action::Plan(P::PrevHall));
    app.update(Action::ClearSearch);
    type_text(&mut app, "E2");
    let screen = text(&draw(&app));
    assert!(screen.contains("Plan — Étage"), "{screen}");
    assert!(
        screen.contains("Escalier nord"),
        "directions name the stairs:\n{screen}"
    );
}

#[test]
fn t_draws_the_whole_tour() {
    let mut app = app(100, 30, false);
    for stand in ["C1", "A6"] {
        select(&mut app, stand);
        app.update(Action::Plan(P::ToggleStar));
    }
    app.update(Action::Plan(P::ShowOnPlan));
    let without = text(&draw(&app));
    app.update(Action::Plan(P::ToggleTour));
    let with = text(&draw(&app));
    let dots = |s: &str| s.matches('·').count();
    assert!(dots(&with) > dots(&without) + 20, "tour drawn:\n{with}");
    assert!(with.contains("tour shown"), "{with}");
}

// The same tabs in French (`Options::lang`): labels, legend and directions.

#[test]
fn plan_100x30_with_a_route_fr() {
    let mut app = app(100, 30, false);
    app.set_lang(Lang::Fr);
    select(&mut app, "B4");
    app.update(Action::Plan(P::ShowOnPlan));
    let screen = text(&draw(&app));
    assert!(screen.contains("Itinéraire vers le stand"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn ma_visite_fr() {
    let mut app = app(100, 30, false);
    app.set_lang(Lang::Fr);
    for stand in ["C3", "A6"] {
        select(&mut app, stand);
        app.update(Action::Plan(P::ToggleStar));
    }
    app.update(Action::ClearSearch);
    while app.tab() != maillage::tui::Tab::Visit {
        app.update(Action::NextTab);
    }
    let screen = text(&draw(&app));
    assert!(screen.contains("Marche totale"), "{screen}");
    insta::assert_snapshot!(screen);
}

/// The plan says on its border that it is illustrative when the venue is
/// flagged (the default directory), in the app's language, and says nothing
/// of the kind on a surveyed layout.
#[test]
fn an_illustrative_venue_is_said_on_the_plan() {
    for (lang, notice) in [
        (
            Lang::En,
            "Illustrative plan: made-up layout and stand numbers",
        ),
        (
            Lang::Fr,
            "Plan illustratif\u{a0}: disposition et numéros inventés",
        ),
    ] {
        let mut app = app_on(directory::default_directory(), lang, 100, 30, true);
        app.update(Action::Plan(P::ShowOnPlan));
        let screen = text(&draw(&app));
        assert!(screen.contains(notice), "{screen}");
    }
    let surveyed = load_fixture("venue/two-halls.json");
    assert!(!surveyed.layout_is_illustrative());
    let mut app = app_on(surveyed, Lang::En, 100, 30, true);
    app.update(Action::Plan(P::ShowOnPlan));
    let screen = text(&draw(&app));
    assert!(screen.contains("Plan"), "the plan is drawn:\n{screen}");
    assert!(!screen.contains("Illustrative"), "{screen}");
}
