//! Snapshots of the main screens, drawn on a test backend from the fixture
//! `tests/fixtures/valid/tui-sample.json`. Regenerate with
//! `INSTA_UPDATE=always cargo test --test tui_snapshots` and read the diff.

use maillage::directory::{self, Directory};
use maillage::tui::{Action, App, Options, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

fn sample() -> Directory {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/valid/tui-sample.json"
    ))
    .expect("fixture present");
    directory::parse(&text).expect("fixture valid")
}

fn app(width: u16, height: u16, no_color: bool) -> App {
    App::new(
        sample(),
        Options {
            no_color,
            width,
            height,
        },
    )
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::TypeChar(c));
    }
}

fn draw(app: &App) -> Buffer {
    let (width, height) = app_size(app);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view(app, frame)).unwrap();
    terminal.backend().buffer().clone()
}

fn app_size(app: &App) -> (u16, u16) {
    // The app's idea of the size is what the test set in Options or Resize.
    app.size()
}

/// The buffer as text, one line per row, trailing blanks trimmed.
fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            let row: String = (0..area.width).map(|x| buffer[(x, y)].symbol()).collect();
            row.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn main_screen_wide() {
    insta::assert_snapshot!(text(&draw(&app(120, 40, false))));
}

#[test]
fn main_screen_narrow() {
    insta::assert_snapshot!(text(&draw(&app(60, 20, false))));
}

#[test]
fn query_typed_without_accents() {
    let mut app = app(120, 40, false);
    type_text(&mut app, "croix");
    insta::assert_snapshot!(text(&draw(&app)));
}

#[test]
fn organisation_detail() {
    let mut app = app(120, 40, false);
    app.update(Action::NextTab);
    type_text(&mut app, "Wunn");
    app.update(Action::Open);
    insta::assert_snapshot!(text(&draw(&app)));
}

#[test]
fn followed_link_narrow() {
    let mut app = app(60, 20, false);
    // B2, by position rather than by search, so the snapshot does not
    // depend on what else a search for "B2" finds.
    for _ in 0..4 {
        app.update(Action::MoveDown);
    }
    app.update(Action::Open);
    app.update(Action::MoveDown);
    app.update(Action::Open);
    insta::assert_snapshot!(text(&draw(&app)));
}

#[test]
fn help_overlay() {
    let mut app = app(120, 40, false);
    app.update(Action::ToggleHelp);
    insta::assert_snapshot!(text(&draw(&app)));
}

#[test]
fn theme_picker_with_a_theme_ticked() {
    let mut app = app(120, 40, false);
    app.update(Action::OpenThemePicker);
    app.update(Action::MoveDown);
    app.update(Action::ToggleTheme);
    insta::assert_snapshot!(text(&draw(&app)));
}

#[test]
fn too_small() {
    insta::assert_snapshot!(text(&draw(&app(39, 11, false))));
}

#[test]
fn no_color_uses_no_colour_and_reverses_the_selection() {
    let mut app = app(120, 40, true);
    type_text(&mut app, "croix");
    app.update(Action::MoveDown);
    let buffer = draw(&app);
    for cell in buffer.content() {
        assert_eq!(cell.fg, Color::Reset, "fg colour on {:?}", cell.symbol());
        assert_eq!(cell.bg, Color::Reset, "bg colour on {:?}", cell.symbol());
    }
    // The selected row (second result, list row 2 of the list's inside)
    // is reversed from edge to edge, and no other list row is.
    let list_row = |y: u16| (1..50).all(|x| buffer[(x, y)].modifier.contains(Modifier::REVERSED));
    assert!(list_row(5), "selected row reversed");
    assert!(!list_row(4), "first row not reversed");
    insta::assert_snapshot!(text(&buffer));
}

#[test]
fn colours_are_used_when_no_color_is_off() {
    let buffer = draw(&app(120, 40, false));
    assert!(buffer.content().iter().any(|c| c.bg != Color::Reset));
}

#[test]
fn help_lists_every_binding_of_the_keymap() {
    use maillage::tui::keymap::{BINDINGS, keys_label};
    let mut app = app(120, 80, false);
    app.update(Action::ToggleHelp);
    let screen = text(&draw(&app));
    for binding in BINDINGS {
        assert!(
            screen.contains(binding.description),
            "{}",
            binding.description
        );
        for key in binding.keys {
            let label = maillage::tui::keymap::key_label(key);
            assert!(
                screen.contains(&label),
                "{label} of {}",
                keys_label(binding)
            );
        }
    }
}

#[test]
fn highlighted_cells_are_exactly_the_matched_characters() {
    use maillage::search::catalog::{Catalog, STAND_NUMBER, STAND_ORGS, STAND_TITLE};
    let mut app = app(120, 40, true);
    type_text(&mut app, "croix");
    let buffer = draw(&app);
    let directory = sample();
    let catalog = Catalog::new(&directory);
    let a1 = directory
        .stands
        .iter()
        .position(|s| s.number == "A1")
        .unwrap();
    let record = catalog.stands.record(a1);
    let mut expected = String::new();
    for field in [STAND_NUMBER, STAND_ORGS, STAND_TITLE] {
        let chars: Vec<char> = record.fields[field].text.chars().collect();
        for p in catalog.stands.positions(a1, field, "croix") {
            expected.push(chars[p]);
        }
    }
    // Row 4 is the first list row (A1, the best match).
    let underlined: String = (0..55)
        .map(|x| &buffer[(x, 4)])
        .filter(|c| c.modifier.contains(Modifier::BOLD | Modifier::UNDERLINED))
        .map(|c| c.symbol())
        .collect();
    assert!(text(&buffer).lines().nth(4).unwrap().contains("A1"));
    assert_eq!(underlined, expected);
}
