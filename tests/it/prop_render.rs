//! Every screen renders at every size from 1×1 to 300×100 without panicking,
//! and no cell ever holds a control character (from hostile data or not).
//!
//! Exhaustive over a coarse grid of sizes (each screen built at that size,
//! and each screen resized through every size), plus proptest samples of
//! any size with random action sequences. Case counts: tests/it/common/prop.rs.

use maillage::directory::{self, Directory};
use maillage::i18n::Lang;
use maillage::tui::plan::PlanAction as P;
use maillage::tui::{Action, App};
use proptest::prelude::*;

use crate::common::draw::{app_on, draw};
use crate::common::fixtures::load_fixture;
use crate::common::prop as prop_settings;

const WIDTHS: &[u16] = &[
    1, 2, 3, 4, 5, 7, 10, 13, 16, 20, 25, 30, 35, 40, 50, 60, 70, 79, 80, 81, 100, 120, 150, 200,
    250, 299, 300,
];
const HEIGHTS: &[u16] = &[
    1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 23, 24, 25, 30, 40, 50, 60, 80, 99, 100,
];

fn directories() -> Vec<(&'static str, Directory)> {
    vec![
        ("tui-sample", load_fixture("valid/tui-sample.json")),
        ("hostile", load_fixture("hostile/hostile.json")),
        ("no-venue", load_fixture("valid/no-venue.json")),
        ("default", directory::default_directory()),
    ]
}

/// The screens, as the keys that lead to them from the start.
fn screens() -> Vec<(&'static str, Vec<Action>)> {
    use Action::*;
    vec![
        ("list", vec![]),
        ("list, second tab", vec![NextTab]),
        ("list, searched", "rouge".chars().map(TypeChar).collect()),
        (
            "list, nothing found",
            "zzqxw".chars().map(TypeChar).collect(),
        ),
        ("list, scrolled to the end", vec![End, PageDown]),
        ("detail", vec![Open]),
        (
            "detail, link followed",
            vec![MoveDown, Open, MoveDown, Open],
        ),
        (
            "detail, scrolled",
            vec![NextTab, End, Open, PageDown, PageDown],
        ),
        ("help", vec![ToggleHelp]),
        ("help, scrolled", vec![ToggleHelp, PageDown, PageDown, End]),
        ("theme picker", vec![OpenThemePicker]),
        (
            "theme picker, ticked",
            vec![OpenThemePicker, MoveDown, ToggleTheme, End, ToggleTheme],
        ),
        (
            "themes ticked, list",
            vec![OpenThemePicker, ToggleTheme, CloseThemePicker],
        ),
        ("people tab", vec![NextTab, NextTab]),
        ("person detail", vec![NextTab, NextTab, End, Open, End]),
        ("notes tab", vec![PrevTab]),
        ("note form (no notes folder)", vec![NewNote]),
        ("plan with a route", vec![MoveDown, Plan(P::ShowOnPlan)]),
        (
            "plan zoomed, panned, tour drawn",
            vec![
                Plan(P::ToggleStar),
                MoveDown,
                Plan(P::ToggleStar),
                Plan(P::ShowOnPlan),
                Plan(P::ZoomIn),
                Plan(P::ZoomIn),
                Plan(P::Pan { dx: 3, dy: -2 }),
                Plan(P::ToggleTour),
            ],
        ),
        (
            "ma visite",
            vec![
                Plan(P::ToggleStar),
                MoveDown,
                Plan(P::ToggleStar),
                PrevTab,
                PrevTab,
            ],
        ),
    ]
}

fn app(directory: Directory, width: u16, height: u16) -> App {
    app_on(directory, Lang::En, width, height, false)
}

/// Draws `app` at its size; panics if a cell holds a control character or
/// an invisible bidi/zero-width one.
fn draw_clean(app: &App, context: &str) {
    let (width, height) = app.size();
    let buffer = draw(app);
    for cell in buffer.content() {
        let bad = cell.symbol().chars().find(|&c| {
            c.is_control() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}')
        });
        assert!(
            bad.is_none(),
            "{context} at {width}×{height}: cell holds U+{:04X}",
            bad.unwrap() as u32
        );
    }
}

#[test]
fn every_screen_built_at_every_grid_size_renders() {
    let sample = load_fixture("valid/tui-sample.json");
    let hostile = load_fixture("hostile/hostile.json");
    let mut frames = 0;
    for (screen, actions) in screens() {
        for &width in WIDTHS {
            for &height in HEIGHTS {
                for (name, directory) in [("tui-sample", &sample), ("hostile", &hostile)] {
                    let mut app = app(directory.clone(), width, height);
                    for action in &actions {
                        app.update(action.clone());
                    }
                    draw_clean(&app, &format!("{screen} on {name}"));
                    frames += 1;
                }
            }
        }
    }
    println!("{frames} frames drawn");
}

#[test]
fn every_screen_resized_through_every_grid_size_renders() {
    let mut frames = 0;
    for (name, directory) in directories() {
        for (screen, actions) in screens() {
            let mut app = app(directory.clone(), 120, 40);
            for action in &actions {
                app.update(action.clone());
            }
            // Shrink and grow through the grid, as a window being resized.
            for &width in WIDTHS.iter().chain(WIDTHS.iter().rev()) {
                for &height in HEIGHTS {
                    app.update(Action::Resize { width, height });
                    draw_clean(&app, &format!("{screen} on {name}, resized"));
                    frames += 1;
                }
            }
        }
    }
    println!("{frames} frames drawn");
}

fn action() -> impl Strategy<Value = Action> {
    use Action::*;
    let plain = prop::sample::select(vec![
        Backspace,
        DeleteWord,
        ClearSearch,
        MoveUp,
        MoveDown,
        PageUp,
        PageDown,
        Home,
        End,
        NextTab,
        PrevTab,
        Open,
        Back,
        ToggleHelp,
        OpenThemePicker,
        CloseThemePicker,
        ToggleTheme,
        ClearThemes,
    ]);
    prop_oneof![
        4 => plain,
        2 => prop::sample::select(vec!['a', 'e', 'r', 'o', ' ', 'é', '\u{301}', '🦀', '\u{1b}', '\u{202e}'])
            .prop_map(TypeChar),
        1 => any::<char>().prop_map(TypeChar),
        1 => (1..=300u16, 1..=100u16).prop_map(|(width, height)| Resize { width, height }),
        1 => (any::<bool>(), 0..320u16, 0..110u16)
            .prop_map(|(down, column, row)| MouseScroll { down, column, row }),
        1 => (0..320u16, 0..110u16).prop_map(|(column, row)| MouseClick { column, row }),
    ]
}

thread_local! {
    static DIRECTORIES: Vec<(&'static str, Directory)> = directories();
}

proptest! {
    #![proptest_config(prop_settings::config(500))]

    #[test]
    fn any_size_and_any_actions_render(
        which in 0..4usize,
        width in 1..=300u16,
        height in 1..=100u16,
        actions in prop::collection::vec(action(), 0..25),
    ) {
        let (name, directory) = DIRECTORIES.with(|d| d[which].clone());
        let mut app = app(directory, width, height);
        for (i, action) in actions.iter().enumerate() {
            app.update(action.clone());
            if i % 5 == 4 {
                draw_clean(&app, &format!("{name} after {:?}", &actions[..=i]));
            }
        }
        draw_clean(&app, &format!("{name} after {actions:?}"));
    }
}
