use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::super::action::Action;
use super::super::detail::Target;
use super::super::tab::Tab;
use super::super::view::view;
use super::{App, Focus, Options, Popup};
use crate::directory::{self, Directory};
use crate::i18n::Lang;

const SAMPLE: &str = include_str!("../../../tests/fixtures/valid/tui-sample.json");

fn sample() -> Directory {
    directory::parse(SAMPLE).expect("the TUI fixture is valid")
}

fn app_sized(width: u16, height: u16) -> App {
    App::new(
        sample(),
        Options {
            no_color: false,
            width,
            height,
            lang: Lang::En,
        },
    )
}

fn app() -> App {
    app_sized(120, 40)
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::TypeChar(c));
    }
}

fn stand_numbers(app: &App) -> Vec<String> {
    app.list(Tab::Stands)
        .hits
        .iter()
        .map(|h| app.directory.stands[h.record].number.to_string())
        .collect()
}

fn org_ids(app: &App) -> Vec<String> {
    app.list(Tab::Organisations)
        .hits
        .iter()
        .map(|h| app.directory.organisations[h.record].id.to_string())
        .collect()
}

fn stand_index(app: &App, number: &str) -> usize {
    app.directory
        .stands
        .iter()
        .position(|s| s.number == number)
        .unwrap()
}

fn org_index(app: &App, id: &str) -> usize {
    app.directory
        .organisations
        .iter()
        .position(|o| o.id == id)
        .unwrap()
}

#[test]
fn typing_filters_every_list_and_backspace_widens_again() {
    let mut app = app();
    assert_eq!(app.list(Tab::Stands).hits.len(), 7);
    type_text(&mut app, "croix");
    let stands = stand_numbers(&app);
    assert!(stands.contains(&"A1".to_string()) && stands.contains(&"B3".to_string()));
    assert!(!stands.contains(&"A2".to_string()), "{stands:?}");
    assert!(org_ids(&app).contains(&"croix-rouge".to_string()));
    assert!(!org_ids(&app).contains(&"medecins-du-monde".to_string()));
    assert_eq!(
        app.tab_title(Tab::Stands),
        format!("Stands {}/7", stands.len())
    );
    for _ in 0..5 {
        app.update(Action::Backspace);
    }
    assert_eq!(app.query(), "");
    assert_eq!(app.list(Tab::Stands).hits.len(), 7);
}

#[test]
fn ctrl_w_deletes_the_last_word_and_esc_clears_the_search() {
    let mut app = app();
    type_text(&mut app, "croix rouge  ");
    app.update(Action::DeleteWord);
    assert_eq!(app.query(), "croix ");
    // A space of more than one byte (found by tests/prop_render.rs).
    type_text(&mut app, "rouge\u{3000}x");
    app.update(Action::DeleteWord);
    assert_eq!(app.query(), "croix rouge\u{3000}");
    app.update(Action::ClearSearch);
    assert_eq!(app.query(), "");
    assert_eq!(app.list(Tab::Organisations).hits.len(), 6);
}

#[test]
fn tab_and_shift_tab_cycle_through_the_lists() {
    let mut app = app();
    assert_eq!(app.tab(), Tab::Stands);
    app.update(Action::NextTab);
    assert_eq!(app.tab(), Tab::Organisations);
    // Through the other tabs and round to the first.
    for _ in 1..Tab::ALL.len() {
        app.update(Action::NextTab);
    }
    assert_eq!(app.tab(), Tab::Stands);
    app.update(Action::PrevTab);
    assert_eq!(Some(&app.tab()), Tab::ALL.last());
}

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
        Some(1),
        "two stands, two links"
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

#[test]
fn movement_in_an_empty_list_does_nothing_and_enter_opens_nothing() {
    let mut app = app();
    type_text(&mut app, "zzzzqqq");
    assert!(app.list(Tab::Stands).hits.is_empty());
    app.update(Action::MoveDown);
    app.update(Action::End);
    app.update(Action::Open);
    assert_eq!(app.focus(), Focus::List);
    assert_eq!(app.shown_target(), None);
}

#[test]
fn theme_filter_keeps_items_having_any_ticked_theme() {
    let mut app = app();
    app.update(Action::OpenThemePicker);
    let logement = app.themes.iter().position(|t| t == "logement").unwrap();
    for _ in 0..logement {
        app.update(Action::MoveDown);
    }
    app.update(Action::ToggleTheme);
    assert_eq!(app.active_themes(), ["logement"]);
    assert_eq!(stand_numbers(&app), ["A3"]);
    assert_eq!(org_ids(&app), ["wunnengshellef"]);
    // A second theme widens the lists (any of them), it does not narrow them.
    let seniors = app.themes.iter().position(|t| t == "seniors").unwrap();
    app.update(Action::Home);
    for _ in 0..seniors {
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

#[test]
fn typing_in_the_detail_starts_a_new_search_in_the_list() {
    let mut app = app();
    app.update(Action::Open);
    app.update(Action::TypeChar('w'));
    assert_eq!(app.focus(), Focus::List);
    assert_eq!(app.query(), "w");
}

#[test]
fn help_toggles_and_replaces_the_theme_picker() {
    let mut app = app();
    app.update(Action::OpenThemePicker);
    app.update(Action::ToggleHelp);
    assert_eq!(app.popup(), Some(Popup::Help { scroll: 0 }));
    app.update(Action::ToggleHelp);
    assert_eq!(app.popup(), None);
}

#[test]
fn quit_sets_the_flag() {
    let mut app = app();
    assert!(!app.should_quit());
    app.update(Action::Quit);
    assert!(app.should_quit());
}

#[test]
fn clicks_select_tabs_and_rows() {
    let mut app = app();
    let areas = app.areas().unwrap();
    // "Stands 7/7" is drawn as " Stands 7/7 " from column 0, then one blank.
    let organisations_x = " Stands 7/7 ".len() as u16 + 2;
    app.update(Action::MouseClick {
        column: organisations_x,
        row: areas.tabs.y,
    });
    assert_eq!(app.tab(), Tab::Organisations);
    let rows = areas.list_rows();
    app.update(Action::MouseClick {
        column: rows.x + 2,
        row: rows.y + 2,
    });
    assert_eq!(app.list(Tab::Organisations).selected, 2);
    app.update(Action::MouseScroll {
        down: true,
        column: rows.x,
        row: rows.y,
    });
    assert_eq!(app.list(Tab::Organisations).selected, 3);
    // A click below the last row selects nothing new.
    app.update(Action::MouseClick {
        column: rows.x,
        row: rows.bottom() - 1,
    });
    assert_eq!(app.list(Tab::Organisations).selected, 3);
    assert_eq!(app.focus(), Focus::List);
    // A second click on the selected row opens it.
    app.update(Action::MouseClick {
        column: rows.x + 2,
        row: rows.y + 3,
    });
    assert_eq!(app.focus(), Focus::Detail);
    let record = app.list(Tab::Organisations).hits[3].record;
    assert_eq!(app.shown_target(), Some(Target::Organisation(record)));
}

#[test]
fn no_size_from_1x1_to_130x45_panics() {
    let mut states = vec![app()];
    let mut typed = app();
    type_text(&mut typed, "croix");
    typed.update(Action::Open);
    typed.update(Action::Open);
    states.push(typed);
    let mut help = app();
    help.update(Action::ToggleHelp);
    states.push(help);
    let mut picker = app();
    picker.update(Action::OpenThemePicker);
    picker.update(Action::End);
    states.push(picker);
    for app in &mut states {
        for width in 1..=130 {
            for height in 1..=45 {
                app.update(Action::Resize { width, height });
                let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
                terminal.draw(|frame| view(app, frame)).unwrap();
            }
        }
    }
}

#[test]
fn keys_reach_update_through_the_contexts_of_the_state() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    let mut app = app();
    let action = super::super::keymap::action_for_key(&q, &app.contexts()).unwrap();
    app.update(action);
    assert_eq!(app.query(), "q", "in the list, q is a letter of the search");
    app.update(Action::ClearSearch);
    app.update(Action::Open);
    let action = super::super::keymap::action_for_key(&q, &app.contexts()).unwrap();
    app.update(action);
    assert!(app.should_quit(), "in the detail, q quits");
}

#[test]
fn huge_terminals_do_not_overflow_the_layout() {
    for (width, height) in [(8000, 12), (40, 3000), (u16::MAX, 1), (1, u16::MAX)] {
        let mut app = app_sized(width, height);
        app.update(Action::End);
        app.update(Action::Open);
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|frame| view(&app, frame)).unwrap();
    }
}
