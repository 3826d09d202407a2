//! Search results per list: the query and the theme filter applied. Part of
//! `App::update`, which calls `refresh_results` whenever either changes.

use super::super::tab::Tab;
use super::{App, ListView};
use crate::search::Engine;

impl App {
    /// Number of items a tab holds in all, whatever the search.
    pub fn total(&self, tab: Tab) -> usize {
        match tab {
            Tab::Stands | Tab::Plan | Tab::Visit => self.directory.stands.len(),
            Tab::Organisations => self.directory.organisations.len(),
        }
    }

    /// A tab's title with its count of matches, e.g. `Stands 7/17`.
    pub fn tab_title(&self, tab: Tab) -> String {
        if !tab.has_list() {
            return tab.title().to_string();
        }
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
        let active: Vec<String> = self.active_themes().into_iter().map(String::from).collect();
        for &tab in Tab::ALL.iter().filter(|t| t.has_list()) {
            let hits = self
                .engine(tab)
                .search(&self.query)
                .into_iter()
                .filter(|hit| active.is_empty() || self.has_any_theme(tab, hit.record, &active))
                .collect();
            self.lists[tab.index()] = ListView {
                hits,
                selected: 0,
                offset: 0,
            };
        }
    }

    pub(crate) fn engine(&self, tab: Tab) -> &Engine {
        match tab {
            Tab::Stands | Tab::Plan | Tab::Visit => &self.catalog.stands,
            Tab::Organisations => &self.catalog.organisations,
        }
    }

    fn has_any_theme(&self, tab: Tab, record: usize, active: &[String]) -> bool {
        let themes: Vec<&str> = match tab {
            Tab::Stands | Tab::Plan | Tab::Visit => {
                self.directory.stand_themes(&self.directory.stands[record])
            }
            Tab::Organisations => self.directory.organisations[record]
                .themes
                .iter()
                .map(String::as_str)
                .collect(),
        };
        themes.iter().any(|t| active.iter().any(|a| a == t))
    }
}
