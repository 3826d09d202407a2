//! Search results per list: the query and the theme filter applied. Part of
//! `App::update`, which calls `refresh_results` whenever either changes.
//!
//! At trade-fair scale (50,000 stands) this runs within a frame because:
//! - each list has a [`LiveSearch`]: a typed letter searches only the
//!   previous hits, a deleted one goes back to results already computed;
//! - the theme filter reads theme indices computed once, not the
//!   directory's linear look-ups;
//! - the lists' buffers are reused from one keystroke to the next.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::super::tab::Tab;
use super::super::wrap::width;
use super::App;
use crate::directory::Directory;
use crate::search::catalog::Catalog;
use crate::search::{Engine, LiveSearch};

/// What the lists keep between keystrokes to answer the next one fast.
#[derive(Debug, Default)]
pub(crate) struct Searches {
    /// One per [`Tab::ALL`], same order.
    live: Vec<LiveSearch>,
    /// Built the first time a theme is ticked.
    themes: OnceLock<RecordThemes>,
    /// Widest stand number, for aligning the list's columns.
    number_width: OnceLock<usize>,
}

/// For each tab, the themes of each record, as indices into `App::themes`.
#[derive(Debug)]
struct RecordThemes {
    /// One per [`Tab::ALL`]: record `r`'s themes are
    /// `themes[starts[r]..starts[r + 1]]`.
    per_tab: Vec<(Vec<u32>, Vec<u32>)>,
}

impl RecordThemes {
    fn new(directory: &Directory, themes: &[String]) -> RecordThemes {
        let theme_index: HashMap<&str, u32> = themes
            .iter()
            .enumerate()
            .map(|(i, t)| (t.as_str(), i as u32))
            .collect();
        let org_index: HashMap<&str, usize> = directory
            .organisations
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), i))
            .collect();
        let per_tab = Tab::ALL
            .iter()
            .map(|tab| {
                let mut starts = vec![0];
                let mut indices = Vec::new();
                let count = match tab {
                    Tab::Stands => directory.stands.len(),
                    Tab::Organisations => directory.organisations.len(),
                };
                for record in 0..count {
                    let names: Box<dyn Iterator<Item = &String>> = match tab {
                        Tab::Stands => {
                            let stand = &directory.stands[record];
                            Box::new(stand.themes.iter().chain(
                                stand.organisations.iter().flat_map(|id| {
                                    org_index
                                        .get(id.as_str())
                                        .into_iter()
                                        .flat_map(|&o| directory.organisations[o].themes.iter())
                                }),
                            ))
                        }
                        Tab::Organisations => {
                            Box::new(directory.organisations[record].themes.iter())
                        }
                    };
                    indices.extend(names.filter_map(|t| theme_index.get(t.as_str()).copied()));
                    starts.push(indices.len() as u32);
                }
                (starts, indices)
            })
            .collect();
        RecordThemes { per_tab }
    }

    fn has_any(&self, tab: Tab, record: usize, active: &[bool]) -> bool {
        let (starts, indices) = &self.per_tab[tab.index()];
        indices[starts[record] as usize..starts[record + 1] as usize]
            .iter()
            .any(|&t| active[t as usize])
    }
}

impl App {
    /// Number of items a tab holds in all, whatever the search.
    pub fn total(&self, tab: Tab) -> usize {
        match tab {
            Tab::Stands => self.directory.stands.len(),
            Tab::Organisations => self.directory.organisations.len(),
        }
    }

    /// A tab's title with its count of matches, e.g. `Stands 7/17`.
    pub fn tab_title(&self, tab: Tab) -> String {
        format!(
            "{} {}/{}",
            tab.title(),
            self.list(tab).hits.len(),
            self.total(tab)
        )
    }

    /// Runs the search and the theme filter for every list. Selections go
    /// back to the top: the best match is what the user wants to see.
    pub(super) fn refresh_results(&mut self) {
        let searches = &mut self.searches;
        searches
            .live
            .resize_with(Tab::ALL.len(), LiveSearch::default);
        let filter = self.ticked.iter().any(|&on| on).then(|| {
            searches
                .themes
                .get_or_init(|| RecordThemes::new(&self.directory, &self.themes))
        });
        for &tab in Tab::ALL {
            let hits = searches.live[tab.index()].update(engine(&self.catalog, tab), &self.query);
            let list = &mut self.lists[tab.index()];
            list.hits.clear();
            match filter {
                None => list.hits.extend_from_slice(hits),
                Some(themes) => list.hits.extend(
                    hits.iter()
                        .filter(|hit| themes.has_any(tab, hit.record, &self.ticked)),
                ),
            }
            list.selected = 0;
            list.offset = 0;
        }
    }

    pub(crate) fn engine(&self, tab: Tab) -> &Engine {
        engine(&self.catalog, tab)
    }

    /// Display width of the widest stand number (computed once).
    pub(crate) fn stand_number_width(&self) -> usize {
        *self.searches.number_width.get_or_init(|| {
            self.directory
                .stands
                .iter()
                .map(|s| width(&s.number))
                .max()
                .unwrap_or(0)
        })
    }
}

fn engine(catalog: &Catalog, tab: Tab) -> &Engine {
    match tab {
        Tab::Stands => &catalog.stands,
        Tab::Organisations => &catalog.organisations,
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::action::Action;
    use super::super::{App, Options, Popup};
    use super::*;
    use crate::search::Hit;

    /// What the lists must hold: a full search, filtered with the
    /// directory's own (slow, obviously right) theme look-ups.
    fn expected(app: &App, tab: Tab) -> Vec<Hit> {
        let active = app.active_themes();
        app.engine(tab)
            .search(app.query())
            .into_iter()
            .filter(|hit| {
                active.is_empty() || {
                    let themes: Vec<&str> = match tab {
                        Tab::Stands => app
                            .directory
                            .stand_themes(&app.directory.stands[hit.record]),
                        Tab::Organisations => app.directory.organisations[hit.record]
                            .themes
                            .iter()
                            .map(String::as_str)
                            .collect(),
                    };
                    themes.iter().any(|t| active.contains(t))
                }
            })
            .collect()
    }

    #[test]
    fn lists_equal_a_full_search_through_typing_deleting_and_filtering() {
        let directory = crate::generate::generate(400, 3);
        let options = Options {
            no_color: true,
            width: 120,
            height: 40,
        };
        let mut app = App::new(directory, options);
        let mut checked = 0;
        let mut check = |app: &App, step: &str| {
            for &tab in Tab::ALL {
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
}
