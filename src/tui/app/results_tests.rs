//! The directory's lists, kept up to date incrementally (live search, theme
//! index), always equal a full search filtered the plain way.

use super::super::action::Action;
use super::super::tab::Tab;
use super::{App, Options, Popup};
use crate::i18n::Lang;
use crate::search::Hit;

/// What a list must hold: a full search, filtered with the directory's own
/// (slow, obviously right) theme look-ups.
fn expected(app: &App, tab: Tab) -> Vec<Hit> {
    let active: Vec<String> = app.active_themes().into_iter().map(String::from).collect();
    app.engine(tab)
        .search(app.query())
        .into_iter()
        .filter(|hit| active.is_empty() || app.has_any_theme(tab, hit.record, &active))
        .collect()
}

#[test]
fn lists_equal_a_full_search_through_typing_deleting_and_filtering() {
    let directory = crate::generate::generate(400, 3);
    let options = Options {
        no_color: true,
        width: 120,
        height: 40,
        lang: Lang::En,
    };
    let mut app = App::new(directory, options);
    let mut checked = 0;
    let mut check = |app: &App, step: &str| {
        for tab in [Tab::Stands, Tab::Organisations, Tab::Notes] {
            assert_eq!(app.list(tab).hits, expected(app, tab), "{step} {tab:?}");
        }
        checked += 1;
    };
    let script =
        "sante wiltz\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}xq\u{8}\u{8}\u{8}\u{8}\u{8}brsr\u{8}\u{8}e";
    for (round, theme) in [None, Some(2)].into_iter().enumerate() {
        if let Some(cursor) = theme {
            app.popup = Some(Popup::Themes { cursor });
            app.update(Action::ToggleTheme);
            assert!(!app.active_themes().is_empty());
        }
        for c in script.chars() {
            let action = match c {
                '\u{8}' => Action::Backspace,
                c => Action::TypeChar(c),
            };
            app.update(action);
            check(&app, &format!("round {round}, query {:?}", app.query()));
        }
        app.update(Action::DeleteWord);
        check(&app, "after Ctrl-W");
        app.update(Action::ClearSearch);
        check(&app, "after clearing");
    }
    assert!(checked > 40);
    assert!(
        !app.list(Tab::Stands).hits.is_empty() && app.list(Tab::Stands).hits.len() < 400,
        "the theme filter keeps some stands, not all"
    );
}

#[test]
fn tab_titles_shorten_so_every_tab_stays_on_a_narrow_screen() {
    let app = App::new(
        crate::generate::generate(30, 1),
        Options {
            no_color: true,
            width: 60,
            height: 20,
            lang: Lang::Fr,
        },
    );
    let cells = |titles: &[String]| titles.iter().map(|t| t.chars().count() + 3).sum::<usize>() - 1;
    let wide = app.tab_titles(200);
    assert_eq!(wide[0], "Stands 30/30", "counts in full when they fit");
    for available in [60u16, 70] {
        let titles = app.tab_titles(available);
        assert!(
            cells(&titles) <= available as usize,
            "{available}: {titles:?}"
        );
    }
    let names: Vec<String> = Tab::ALL
        .iter()
        .map(|&t| t.title(app.text).to_string())
        .collect();
    assert_eq!(
        app.tab_titles(40),
        names,
        "names alone when even short counts do not fit"
    );
    assert_eq!(
        app.tab_titles(60)[0],
        "Stands 30",
        "matches only at 60 columns"
    );
}

/// At fair scale the list not on screen is searched after the frame: its
/// tab shows `…` meanwhile, and once caught up (or opened) it holds exactly
/// what a full search gives.
#[test]
fn the_list_not_on_screen_is_searched_after_the_frame() {
    let options = Options {
        no_color: true,
        width: 120,
        height: 40,
        lang: Lang::En,
    };
    let mut app = App::new(crate::generate::generate(200, 5), options);
    app.searches.defer_from = Some(0);
    for c in "sante".chars() {
        app.update(Action::TypeChar(c));
    }
    assert_eq!(app.list(Tab::Stands).hits, expected(&app, Tab::Stands));
    assert!(app.has_pending_work());
    assert!(app.tab_title(Tab::Organisations).contains("…/"));
    assert!(!app.tab_title(Tab::Stands).contains('…'));
    app.update(Action::CatchUp);
    assert!(!app.has_pending_work());
    assert_eq!(
        app.list(Tab::Organisations).hits,
        expected(&app, Tab::Organisations)
    );
    assert!(!app.tab_title(Tab::Organisations).contains('…'));

    // Typing again leaves it behind again; opening its tab searches it.
    app.update(Action::TypeChar('s'));
    assert!(app.has_pending_work());
    app.update(Action::NextTab);
    assert_eq!(app.tab, Tab::Organisations);
    assert_eq!(
        app.list(Tab::Organisations).hits,
        expected(&app, Tab::Organisations)
    );
    // Now the Stands list is the one left for after the frame.
    app.update(Action::Backspace);
    assert!(app.tab_title(Tab::Stands).contains('…'));
    assert_eq!(
        app.list(Tab::Organisations).hits,
        expected(&app, Tab::Organisations)
    );
    app.update(Action::CatchUp);
    assert_eq!(app.list(Tab::Stands).hits, expected(&app, Tab::Stands));
}
