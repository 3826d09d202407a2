//! The search and its lists: typing, deleting, moving in them; kept up to
//! date incrementally (live search, theme index), they always equal a full
//! search filtered the plain way.

use crate::i18n::Lang;
use crate::search::Hit;
use crate::tui::action::Action;
use crate::tui::app::{App, Focus, Options, Popup};
use crate::tui::tab::Tab;
use crate::tui::testing::{app, catch_up, org_ids, stand_numbers, theme_position, type_text};

/// What a list must hold: a full search, filtered with the directory's own
/// (slow, obviously right) theme look-ups.
fn expected(app: &App, tab: Tab) -> Vec<Hit> {
    let active: Vec<String> = app.active_themes().into_iter().map(String::from).collect();
    app.engine(tab)
        .search(app.query())
        .into_iter()
        .filter(|hit| active.is_empty() || app.has_any_theme(tab, hit.record(), &active))
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
        for tab in [Tab::Stands, Tab::Organisations, Tab::People, Tab::Notes] {
            assert_eq!(*app.list(tab).hits, expected(app, tab), "{step} {tab:?}");
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
    for available in [80u16, 90] {
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
        app.tab_titles(90)[0],
        "Stands 30",
        "matches only at 90 columns"
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
    assert_eq!(*app.list(Tab::Stands).hits, expected(&app, Tab::Stands));
    assert!(app.has_pending_work());
    assert!(app.tab_title(Tab::Organisations).contains("…/"));
    assert!(!app.tab_title(Tab::Stands).contains('…'));
    // One list at a time: the run loop looks for keys between them.
    app.update(Action::CatchUp);
    assert!(app.has_pending_work());
    catch_up(&mut app);
    assert!(!app.has_pending_work());
    assert_eq!(
        *app.list(Tab::Organisations).hits,
        expected(&app, Tab::Organisations)
    );
    assert!(!app.tab_title(Tab::Organisations).contains('…'));

    // Typing again leaves it behind again; opening its tab searches it.
    app.update(Action::TypeChar('s'));
    assert!(app.has_pending_work());
    app.update(Action::NextTab);
    assert_eq!(app.tab, Tab::Organisations);
    assert_eq!(
        *app.list(Tab::Organisations).hits,
        expected(&app, Tab::Organisations)
    );
    // Now the Stands list is the one left for after the frame.
    app.update(Action::Backspace);
    assert!(app.tab_title(Tab::Stands).contains('…'));
    assert_eq!(
        *app.list(Tab::Organisations).hits,
        expected(&app, Tab::Organisations)
    );
    catch_up(&mut app);
    assert_eq!(*app.list(Tab::Stands).hits, expected(&app, Tab::Stands));
}

/// At the letter that gives a word its first typo, the stands it reaches
/// only with typos are found after the frame: the first hits on screen are
/// already right, the count shows `…` meanwhile, and once caught up the list
/// is the full search's, with the selection kept.
#[test]
fn records_reached_by_typos_are_added_after_the_frame() {
    let options = Options {
        no_color: true,
        width: 120,
        height: 40,
        lang: Lang::En,
    };
    let mut app = App::new(crate::generate::generate(300, 5), options);
    app.searches.kept = Some(3);
    for c in "sant".chars() {
        app.update(Action::TypeChar(c));
        // Stands reached only fuzzily may wait too: caught up here.
        catch_up(&mut app);
    }
    assert!(!app.has_pending_work());
    app.update(Action::TypeChar('e'));
    let full = expected(&app, Tab::Stands);
    let first = app.list(Tab::Stands).hits.clone();
    assert!(app.has_pending_work());
    assert!(
        first.len() < full.len(),
        "the typo matches are left for later"
    );
    assert_eq!(first[..3], full[..3]);
    assert!(app.tab_title(Tab::Stands).contains("…/"));
    app.update(Action::MoveDown);
    let selected = first[1].record();
    catch_up(&mut app);
    assert!(!app.has_pending_work());
    assert_eq!(*app.list(Tab::Stands).hits, full);
    let list = app.list(Tab::Stands);
    assert_eq!(list.hits[list.selected].record(), selected);
    assert!(!app.tab_title(Tab::Stands).contains('…'));
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
    // A space of more than one byte (found by tests/it/prop_render.rs).
    type_text(&mut app, "rouge\u{3000}x");
    app.update(Action::DeleteWord);
    assert_eq!(app.query(), "croix rouge\u{3000}");
    app.update(Action::ClearSearch);
    assert_eq!(app.query(), "");
    assert_eq!(app.list(Tab::Organisations).hits.len(), 6);
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
fn typing_in_the_detail_starts_a_new_search_in_the_list() {
    let mut app = app();
    app.update(Action::Open);
    app.update(Action::TypeChar('w'));
    assert_eq!(app.focus(), Focus::List);
    assert_eq!(app.query(), "w");
}

/// The app on screen builds its index on a worker thread: meanwhile the
/// lists say how far it is and typing is kept; once it is handed over, the
/// lists are what an app built with its index shows for the same query.
#[test]
fn typing_while_the_index_is_built_is_kept_and_searched_when_it_is_ready() {
    use std::sync::Arc;
    use std::sync::atomic::AtomicUsize;

    use crate::tui::testing::{options, sample};
    use crate::tui::view::view;

    let directory = Arc::new(sample());
    let indexed = Arc::new(AtomicUsize::new(0));
    let options = options(120, 40, true, Lang::En);
    let mut app = App::indexing(
        Arc::clone(&directory),
        Arc::clone(&indexed),
        options,
        None,
        None,
    );
    assert!(app.is_indexing());
    type_text(&mut app, "croix");
    assert_eq!(app.query(), "croix");
    assert!(app.list(Tab::Stands).hits.is_empty());
    assert_eq!(app.tab_title(Tab::Stands), "Stands …/7");
    let screen = |app: &App| {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
        terminal.draw(|frame| view(app, frame)).unwrap();
        format!("{:?}", terminal.backend().buffer())
    };
    assert!(screen(&app).contains("indexing… 0/"), "{}", screen(&app));
    // Nothing on the first frames waits for the references to be resolved:
    // the worker resolves them, with the index.
    assert_eq!(format!("{:?}", directory.links), "Links(not built)");

    let catalog = crate::tui::list::indexing::spawn(Arc::clone(&directory), Arc::clone(&indexed))
        .recv()
        .expect("the index is built");
    let records = crate::search::catalog::Catalog::records(&directory);
    assert_eq!(indexed.load(std::sync::atomic::Ordering::Relaxed), records);
    app.update(Action::Indexed(Arc::new(catalog)));
    assert_eq!(format!("{:?}", directory.links), "Links(built)");
    assert!(!app.is_indexing());
    assert!(!screen(&app).contains("indexing"));

    let mut built = App::new(sample(), options);
    type_text(&mut built, "croix");
    for tab in [Tab::Stands, Tab::Organisations, Tab::People] {
        assert_eq!(app.list(tab).hits, built.list(tab).hits, "{tab:?}");
    }
    assert!(stand_numbers(&app).contains(&"A1".to_string()));
}

/// The names in the People list, in order.
fn people_names(app: &App) -> Vec<String> {
    app.list(Tab::People)
        .hits
        .iter()
        .map(|h| app.directory.people[h.record()].name.to_string())
        .collect()
}

/// The People tab sits beside Stands and Organisations, lists every person
/// with a count, and is searched like them: by name, role or organisation,
/// accents aside, and filtered by their organisation's themes.
#[test]
fn the_people_tab_lists_and_searches_the_directory_people() {
    let mut app = app();
    app.update(Action::NextTab);
    app.update(Action::NextTab);
    assert_eq!(app.tab(), Tab::People);
    assert_eq!(people_names(&app), ["Anne Exemple", "Luc Fictif"]);
    assert_eq!(app.tab_title(Tab::People), "People 2/2");
    type_text(&mut app, "luc");
    assert_eq!(people_names(&app), ["Luc Fictif"]);
    assert_eq!(app.tab_title(Tab::People), "People 1/2");
    app.update(Action::ClearSearch);
    // By organisation (Anne is of the Croix-Rouge) and by role, accents aside.
    type_text(&mut app, "croix rouge");
    assert_eq!(people_names(&app), ["Anne Exemple"]);
    app.update(Action::ClearSearch);
    type_text(&mut app, "charge de projet");
    assert_eq!(people_names(&app), ["Luc Fictif"]);
    app.update(Action::ClearSearch);
    // Themes: `logement` is the Wunnengshellef's, Luc's organisation.
    let cursor = theme_position(&app, "logement");
    app.popup = Some(Popup::Themes { cursor });
    app.update(Action::ToggleTheme);
    assert_eq!(people_names(&app), ["Luc Fictif"]);
    assert_eq!(*app.list(Tab::People).hits, expected(&app, Tab::People));
}

/// The People list draws name, role and organisation, the matched letters
/// highlighted.
#[test]
fn people_rows_show_role_and_organisation_with_the_matches_highlighted() {
    use ratatui::style::Modifier;

    let mut app = app();
    app.update(Action::NextTab);
    app.update(Action::NextTab);
    type_text(&mut app, "anne");
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    terminal
        .draw(|frame| crate::tui::view::view(&app, frame))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let row: String = (0..54).map(|x| buffer[(x, 4)].symbol()).collect();
    assert!(
        row.contains("Anne Exemple — coordinatrice (fictive) · Croix-Roug"),
        "{row:?}"
    );
    let lit: String = (0..54)
        .map(|x| &buffer[(x, 4)])
        .filter(|c| c.modifier.contains(Modifier::UNDERLINED))
        .map(|c| c.symbol())
        .collect();
    assert_eq!(lit, "Anne");
}

/// A query of several words that finds nothing: once the frame is drawn,
/// the list offers the looser query that finds something, and Enter
/// searches it.
#[test]
fn an_empty_list_offers_a_looser_query_and_enter_searches_it() {
    let mut app = app();
    type_text(&mut app, "croix zzqx");
    assert!(app.current_list().hits.is_empty());
    assert_eq!(app.looser_query(), None, "not looked for at the keystroke");
    assert!(app.has_pending_work());
    catch_up(&mut app);
    let (looser, found) = app.looser_query().expect("an offer");
    assert_eq!(
        (looser, found),
        ("croix", app.engine(Tab::Stands).search("croix").len())
    );
    app.update(Action::Open);
    assert_eq!(app.query(), "croix");
    assert!(!app.current_list().hits.is_empty());
    assert_eq!(app.looser_query(), None, "found: nothing to offer");
    // One word finds nothing: there is nothing to leave out.
    app.update(Action::ClearSearch);
    type_text(&mut app, "zzqxw");
    catch_up(&mut app);
    assert_eq!(app.looser_query(), None);
}
