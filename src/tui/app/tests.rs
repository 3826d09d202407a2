//! `update` across the features: tabs, popups, quitting, the mouse, keys
//! through the contexts of the state, and drawing at every size. Each
//! feature's own behaviour is tested in its folder.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::{Focus, Popup};
use crate::tui::action::Action;
use crate::tui::detail::Target;
use crate::tui::keymap;
use crate::tui::tab::Tab;
use crate::tui::testing::{app, app_sized, type_text};
use crate::tui::view::view;

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
    let record = app.list(Tab::Organisations).hits[3].record();
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
    let action = keymap::action_for_key(&q, &app.contexts()).unwrap();
    app.update(action);
    assert_eq!(app.query(), "q", "in the list, q is a letter of the search");
    app.update(Action::ClearSearch);
    app.update(Action::Open);
    let action = keymap::action_for_key(&q, &app.contexts()).unwrap();
    app.update(action);
    assert!(!app.should_quit(), "in the detail, q does not quit");
    assert_eq!(app.focus(), Focus::List, "it goes back to the search");
    assert_eq!(app.query(), "q", "typed");
    app.update(Action::ClearSearch);
    app.switch_tab(Tab::Visit);
    let action = keymap::action_for_key(&q, &app.contexts()).unwrap();
    app.update(action);
    assert!(app.should_quit(), "in My visit, q quits");
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
