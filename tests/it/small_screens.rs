//! The screens at the small sizes people use (80 × 24, a split 60 × 20, and
//! the 40 × 12 minimum), in English and in French, on the default directory:
//! the list, the plan and the banners. Regenerate with
//! `INSTA_UPDATE=always cargo test --test it small_screens::` and read them.

use maillage::directory;
use maillage::i18n::Lang;
use maillage::notes::NotesBook;
use maillage::tui::plan::PlanAction as P;
use maillage::tui::{Action, App, Tab};

use crate::common::draw::{app_on, draw, options, select, text};

const SIZES: [(u16, u16); 3] = [(80, 24), (60, 20), (40, 12)];
const LANGS: [(Lang, &str); 2] = [(Lang::En, "en"), (Lang::Fr, "fr")];

/// A notes folder whose file cannot be read, given by a relative path (the
/// tests run in the package's folder) so the banner reads the same everywhere.
/// Opening it never writes.
const BROKEN_NOTES: &str = "tests/fixtures/notes-broken";

fn app(lang: Lang, width: u16, height: u16) -> App {
    app_on(directory::default_directory(), lang, width, height, false)
}

fn rows(screen: &str) -> Vec<&str> {
    screen.lines().collect()
}

/// The tab bar (second row) shows the active tab's name whole, whatever the
/// width: six tabs do not fit in 40 columns, so the bar scrolls.
#[test]
fn every_tab_stays_reachable_and_the_active_one_in_view() {
    for (lang, _) in LANGS {
        for (width, height) in SIZES {
            let mut app = app(lang, width, height);
            for _ in 0..Tab::ALL.len() {
                let screen = text(&draw(&app));
                let bar = rows(&screen)[1];
                let name = app.tab().title(app.text());
                assert!(
                    bar.contains(&format!(" {name}")),
                    "{width}×{height}: {name:?} not in {bar:?}"
                );
                assert!(bar.chars().count() <= usize::from(width));
                app.update(Action::NextTab);
            }
            assert_eq!(app.tab(), Tab::Stands, "round the tabs and back");
        }
    }
}

#[test]
fn the_list_at_small_sizes() {
    for (lang, code) in LANGS {
        for (width, height) in SIZES {
            let screen = text(&draw(&app(lang, width, height)));
            assert!(screen.contains("A1"), "{screen}");
            insta::assert_snapshot!(format!("list_{width}x{height}_{code}"), screen);
        }
    }
}

/// Three stands starred, the route to C3: the four walls at 80 × 24, the
/// starred numbers whole at 60 × 20.
#[test]
fn the_plan_at_small_sizes() {
    for (lang, code) in LANGS {
        for (width, height) in SIZES {
            let mut app = app(lang, width, height);
            for stand in ["A1", "B4", "C3"] {
                select(&mut app, stand);
                app.update(Action::Plan(P::ToggleStar));
            }
            app.update(Action::Plan(P::ShowOnPlan));
            let screen = text(&draw(&app));
            let map: Vec<&str> = rows(&screen)[4..]
                .iter()
                .take_while(|l| !l.starts_with('└'))
                .copied()
                .collect();
            if width >= 60 {
                for stand in ["★A1", "★B4", "★C3"] {
                    assert!(screen.contains(stand), "{stand}:\n{screen}");
                }
                let walls = |row: &str| row.chars().filter(|&c| c == '█').count();
                assert!(walls(map[0]) > 20, "top wall:\n{screen}");
                assert!(walls(map[map.len() - 1]) > 20, "bottom wall:\n{screen}");
                for row in &map[1..map.len() - 1] {
                    let inner: String = row.chars().skip(1).collect();
                    let sides = inner.trim().chars().next().zip(inner.trim().chars().last());
                    assert!(
                        sides.is_some_and(|(l, r)| l != ' ' && r != ' '),
                        "side walls on {row:?}:\n{screen}"
                    );
                }
            }
            insta::assert_snapshot!(format!("plan_{width}x{height}_{code}"), screen);
        }
    }
}

/// The unreadable-notes banner wraps: every word of it is on screen, none
/// cut at the edge; at 40 × 12 it keeps its first rows, the last ending in `…`.
#[test]
fn the_notes_banner_wraps_at_small_sizes() {
    for (lang, code) in LANGS {
        for (width, height) in SIZES {
            let directory = directory::default_directory();
            let book = NotesBook::open_in(BROKEN_NOTES.as_ref(), &directory.event.id);
            let problem = book
                .problem()
                .expect("the fixture is unreadable")
                .render(lang);
            let app = App::with_notes(directory, options(lang, width, height, false), Some(book));
            let hint = app.text().banner_hint;
            let screen = text(&draw(&app));
            let banner: Vec<&str> = rows(&screen)[1..]
                .iter()
                .take_while(|l| !l.contains("Stands"))
                .copied()
                .collect();
            let shown = banner
                .iter()
                .map(|l| l.trim_start_matches([' ', '⚠']))
                .collect::<Vec<_>>()
                .join(" ");
            if height > 12 {
                let words = format!("{problem} {hint}");
                let words: Vec<&str> = words.split_whitespace().collect();
                let shown: Vec<&str> = shown.split_whitespace().collect();
                // Words longer than a row (the path) are cut across rows.
                let rejoined = shown.concat();
                assert_eq!(rejoined, words.concat(), "{width}×{height}:\n{screen}");
            } else {
                assert!(banner.len() >= 2, "{screen}");
                assert!(banner.last().unwrap().ends_with('…'), "{screen}");
            }
            insta::assert_snapshot!(format!("banner_{width}x{height}_{code}"), screen);
        }
    }
}

/// A message longer than the hint row wraps upwards instead of being cut
/// (the French one at both sizes, the English one at 40 columns).
#[test]
fn a_long_message_wraps_at_small_sizes() {
    for (lang, code) in LANGS {
        for (width, height) in [(60, 20), (40, 12)] {
            let mut app = app(lang, width, height);
            select(&mut app, "A1");
            app.update(Action::Plan(P::ToggleStar));
            app.update(Action::Plan(P::ToggleVisited));
            let message = app.message().expect("the tour is complete").to_string();
            let screen = text(&draw(&app));
            let bottom: Vec<&str> = rows(&screen).into_iter().rev().take(3).collect();
            let shown: Vec<&str> = bottom
                .iter()
                .rev()
                .flat_map(|l| l.split_whitespace())
                .collect();
            let words: Vec<&str> = message.split_whitespace().collect();
            assert!(
                shown.ends_with(&words),
                "{width}×{height}: {message:?}\n{screen}"
            );
            insta::assert_snapshot!(format!("message_{width}x{height}_{code}"), screen);
        }
    }
}
