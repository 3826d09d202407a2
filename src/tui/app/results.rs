//! Search results per list: the query and the theme filter applied. Part of
//! `App::update`, which calls `refresh_results` whenever either changes.

use super::super::tab::Tab;
use super::{App, ListView};
use crate::search::{Engine, Hit};

impl App {
    /// Number of items a tab holds in all, whatever the search.
    pub fn total(&self, tab: Tab) -> usize {
        match tab {
            Tab::Stands | Tab::Plan | Tab::Visit => self.directory.stands.len(),
            Tab::Organisations => self.directory.organisations.len(),
            Tab::Notes => self.notes.len(),
        }
    }

    /// A tab's title with its count of matches, e.g. `Stands 7/17`.
    pub fn tab_title(&self, tab: Tab) -> String {
        if !tab.has_list() {
            return tab.title(self.text).to_string();
        }
        format!(
            "{} {}/{}",
            tab.title(self.text),
            self.list(tab).hits.len(),
            self.total(tab)
        )
    }

    /// Runs the search and the theme filter for every list. Selections go
    /// back to the top: the best match is what the user wants to see.
    pub(super) fn refresh_results(&mut self) {
        for &tab in Tab::ALL.iter().filter(|t| t.has_list()) {
            self.lists[tab.index()] = ListView {
                hits: self.hits(tab),
                selected: 0,
                offset: 0,
            };
        }
    }

    /// The hits of one list: search, theme filter and, for the notes, the
    /// "to follow up" filter (open follow-ups only, soonest date first).
    pub(super) fn hits(&self, tab: Tab) -> Vec<Hit> {
        let active: Vec<String> = self.active_themes().into_iter().map(String::from).collect();
        let hits: Vec<Hit> = self
            .engine(tab)
            .search(&self.query)
            .into_iter()
            .filter(|hit| active.is_empty() || self.has_any_theme(tab, hit.record, &active))
            .collect();
        if tab != Tab::Notes || !self.notes.follow_up_only {
            return hits;
        }
        let Some(book) = self.notes.book() else {
            return Vec::new();
        };
        book.follow_ups()
            .iter()
            .filter_map(|note| {
                let record = self.notes.index_of(&note.id)?;
                hits.iter().find(|h| h.record == record).copied()
            })
            .collect()
    }

    pub(crate) fn engine(&self, tab: Tab) -> &Engine {
        match tab {
            Tab::Stands | Tab::Plan | Tab::Visit => &self.catalog.stands,
            Tab::Organisations => &self.catalog.organisations,
            Tab::Notes => &self.notes.engine,
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
            // A note has the themes of the directory organisation it is about.
            Tab::Notes => self
                .notes
                .note(record)
                .and_then(|n| n.organisation.as_ref()?.id.as_deref())
                .and_then(|id| self.directory.organisation(id))
                .map(|o| o.themes.iter().map(String::as_str).collect())
                .unwrap_or_default(),
        };
        themes.iter().any(|t| active.iter().any(|a| a == t))
    }
}
