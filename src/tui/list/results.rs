//! Search results per list: the query and the theme filter applied. The
//! list's part of `App::update`: `refresh_results` runs whenever either changes.
//!
//! At trade-fair scale (50,000 stands) this runs within a frame because:
//! - the directory's lists each have a [`LiveSearch`]: a typed letter
//!   searches only the previous hits; on the list on screen a deleted one
//!   goes back to results already computed (a list not on screen keeps
//!   only its last results: memory counts more for it);
//! - the theme filter reads the theme indices the directory's links hold
//!   for each stand and organisation, not the themes' texts;
//! - the lists' buffers are reused from one keystroke to the next.
//!
//! - at fair scale only the list on screen is searched at the keystroke;
//!   the others (tens of thousands of records too) are searched once the
//!   frame is drawn and no key is waiting (`Action::CatchUp`, one list at a
//!   time), or when their tab is opened. Their tabs show `…` for a count
//!   meanwhile. A keystroke reaches the screen in a fraction of the time,
//!   and typing fast never waits for a list nobody is looking at.
//! - a person's themes are their organisation's: the filter reads its indices.
//!
//! The notes list is small and its engine is rebuilt when another instance
//! saves, so it is simply searched in full.

use std::sync::Arc;

use super::ListView;
use crate::directory::Directory;
use crate::search::catalog::Catalog;
use crate::search::{Engine, Hit, LiveSearch};
use crate::tui::app::App;
use crate::tui::tab::Tab;
use crate::tui::wrap::width;

/// What the lists keep between keystrokes to answer the next one fast.
#[derive(Debug, Default)]
pub(crate) struct Searches {
    /// One per [`Tab::ALL`], same order; only the directory's lists use theirs.
    live: Vec<LiveSearch>,
    /// Display width of the widest stand number, for aligning the list's
    /// columns: measured once, when the app is built ([`Searches::new`]).
    number_width: usize,
    /// Per tab: its list was not searched for the current query and themes.
    stale: Vec<bool>,
    /// A list not on screen with at least this many records is searched
    /// after the frame rather than at the keystroke (`None`: the default).
    pub(crate) defer_from: Option<usize>,
    /// How many hits of the list on screen a keystroke must get right before
    /// the frame (`None`: [`KEPT`]).
    pub(crate) kept: Option<usize>,
    /// For a query of several words that the list on screen finds nothing
    /// for: the looser query to offer, once looked for (after the frame,
    /// being several searches).
    looser: Looser,
}

/// The looser query offered when the list on screen finds nothing.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
enum Looser {
    /// Nothing to offer: the list has results, or the query one word.
    #[default]
    None,
    /// To look for after the frame, for this tab.
    Pending(Tab),
    /// Looked for: what a looser query finds (`None`: nothing).
    Found(Option<(String, usize)>),
}

/// From this many records, a list not on screen is searched after the frame:
/// below it, searching it costs less than a millisecond.
const DEFER_FROM: usize = 20_000;

/// The hits of the list on screen that a keystroke's frame must get right:
/// more than any screen shows, with room to scroll before the rest arrives.
const KEPT: usize = 200;

impl App {
    /// Number of items a tab holds in all, whatever the search.
    pub fn total(&self, tab: Tab) -> usize {
        match tab {
            Tab::Stands | Tab::Plan | Tab::Visit => self.directory.stands.len(),
            Tab::Organisations => self.directory.organisations.len(),
            Tab::People => self.directory.people.len(),
            Tab::Programme => crate::search::catalog::talks(&self.directory).len(),
            Tab::Notes => self.notes.len(),
        }
    }

    /// How many items of `tab` match, or `…` while it is still to be searched.
    pub(crate) fn match_count(&self, tab: Tab) -> String {
        let directory_list = tab != Tab::Notes;
        let partial = self
            .searches
            .live
            .get(tab.index())
            .is_some_and(|l| l.is_partial());
        if self.searches.stale.get(tab.index()) == Some(&true)
            || partial
            || directory_list && self.is_indexing()
        {
            "…".to_string()
        } else {
            self.list(tab).hits.len().to_string()
        }
    }

    /// Work left for after the frame: a list not yet searched, or a looser
    /// query to look for.
    pub fn has_pending_work(&self) -> bool {
        DIRECTORY_LISTS
            .into_iter()
            .any(|tab| self.is_left_for_later(tab))
            || matches!(self.searches.looser, Looser::Pending(_))
    }

    /// The looser query offered for a list that finds nothing, with how
    /// many it finds.
    pub(crate) fn looser_query(&self) -> Option<(&str, usize)> {
        match &self.searches.looser {
            Looser::Found(Some((query, found))) => Some((query.as_str(), *found)),
            _ => None,
        }
    }

    /// Enter on an empty list: searches the looser query offered, if any.
    /// Whether there was one.
    pub(crate) fn take_looser_query(&mut self) -> bool {
        let Some((looser, _)) = self.looser_query() else {
            return false;
        };
        self.query = looser.to_string();
        self.refresh_results();
        true
    }

    /// Decides whether the list on screen needs a looser query: it finds
    /// nothing for a query of several words, with no theme ticked (the
    /// themes, not the words, may be what leaves it empty).
    pub(crate) fn want_looser_query(&mut self) {
        if self.tab.kind().is_none() {
            // The notes, the Plan and "Ma visite" show no directory list.
            self.searches.looser = Looser::None;
            return;
        }
        let shown = self.shown_list();
        let empty = self.lists[shown.index()].hits.is_empty();
        let words = self.query.split_whitespace().count();
        let filtered = self.ticked.iter().any(|&on| on);
        self.searches.looser = if empty && words > 1 && !filtered && !self.is_indexing() {
            Looser::Pending(shown)
        } else {
            Looser::None
        };
    }

    /// Looks for the looser query wanted, if any.
    fn find_looser_query(&mut self) {
        if let Looser::Pending(tab) = self.searches.looser {
            let engine = directory_engine(&self.catalog, tab);
            let found = crate::search::looser_query(&self.query, |q| engine.search(q).len());
            self.searches.looser = Looser::Found(found);
        }
    }

    /// The directory list on screen: the Plan and "Ma visite" tabs show the
    /// Stands list's selection.
    pub(crate) fn shown_list(&self) -> Tab {
        match self.tab {
            Tab::Organisations | Tab::People | Tab::Programme => self.tab,
            _ => Tab::Stands,
        }
    }

    /// Searches one list left for after the frame (the one on screen
    /// first), or, with none left, looks for a looser query if the list on
    /// screen found nothing. One at a time: the run loop looks for keys
    /// between them, so a key waits for one list's search at most.
    pub(crate) fn catch_up(&mut self) {
        let shown = self.shown_list();
        let left = std::iter::once(shown)
            .chain(DIRECTORY_LISTS)
            .find(|&tab| self.is_left_for_later(tab));
        match left {
            Some(tab) => {
                self.catch_up_list(tab);
                self.finish_list(tab);
            }
            None => self.find_looser_query(),
        }
    }

    /// Whether `tab`'s list waits for [`App::catch_up`]: not searched for
    /// the current query, or its search left records for later.
    fn is_left_for_later(&self, tab: Tab) -> bool {
        let searches = &self.searches;
        searches.stale.get(tab.index()) == Some(&true)
            || searches
                .live
                .get(tab.index())
                .is_some_and(LiveSearch::is_partial)
    }

    /// Searches `tab`'s list if it was left for later.
    pub(crate) fn catch_up_list(&mut self, tab: Tab) {
        if self.searches.stale.get(tab.index()) == Some(&true) {
            self.search_list(tab);
            self.keep_selection_visible();
        }
    }

    /// Runs the search and the theme filter for every list. Selections go
    /// back to the top: the best match is what the user wants to see.
    pub(crate) fn refresh_results(&mut self) {
        let shown = self.shown_list();
        let defer_from = self.searches.defer_from.unwrap_or(DEFER_FROM);
        for tab in DIRECTORY_LISTS {
            if tab != shown && directory_engine(&self.catalog, tab).len() >= defer_from {
                self.searches.stale.resize(Tab::ALL.len(), false);
                self.searches.stale[tab.index()] = true;
            } else {
                self.search_list(tab);
            }
        }
        self.lists[Tab::Notes.index()] = ListView {
            hits: self.hits(Tab::Notes).into(),
            selected: 0,
            offset: 0,
        };
        self.want_looser_query();
    }

    /// Searches one directory list for the query and the themes ticked;
    /// its selection goes back to the top. The list on screen, with no theme
    /// ticked, may leave for after the frame the records that could only
    /// rank below its first [`KEPT`] hits (`LiveSearch::update_first`).
    fn search_list(&mut self, tab: Tab) {
        let shown = self.shown_list();
        let searches = &mut self.searches;
        let kept = searches.kept.unwrap_or(KEPT);
        searches
            .live
            .resize_with(Tab::ALL.len(), LiveSearch::default);
        searches.stale.resize(Tab::ALL.len(), false);
        searches.stale[tab.index()] = false;
        let filter = self.ticked.iter().any(|&on| on);
        let kept = match tab == shown && !filter {
            true => kept,
            false => usize::MAX,
        };
        let engine = directory_engine(&self.catalog, tab);
        // The hits shown are shared with the search: let go of them first,
        // so that what the search drops is freed before it allocates.
        self.lists[tab.index()].hits = Arc::default();
        let live = &mut searches.live[tab.index()];
        live.update_first(engine, &self.query, kept);
        // A list not on screen is searched after the frame: what its earlier
        // queries found is not worth the memory (deleting a letter searches
        // it anew, after the frame too).
        if tab != shown {
            live.forget_earlier();
        }
        self.fill_list(tab);
        let list = &mut self.lists[tab.index()];
        list.selected = 0;
        list.offset = 0;
    }

    /// Completes a list whose search left records for after the frame,
    /// keeping the selected record selected.
    fn finish_list(&mut self, tab: Tab) {
        let Some(live) = self.searches.live.get_mut(tab.index()) else {
            return;
        };
        if !live.is_partial() {
            return;
        }
        let list = &mut self.lists[tab.index()];
        let selected = list.hits.get(list.selected).map(|h| h.record());
        // Let go of the partial hits shown, so the search completes them in
        // place rather than in a copy.
        list.hits = Arc::default();
        live.finish(directory_engine(&self.catalog, tab));
        self.fill_list(tab);
        let list = &mut self.lists[tab.index()];
        if let Some(at) = selected.and_then(|r| list.hits.iter().position(|h| h.record() == r)) {
            list.selected = at;
        }
        self.keep_selection_visible();
    }

    /// The list's hits: its search's, through the themes ticked.
    fn fill_list(&mut self, tab: Tab) {
        if tab == Tab::Programme {
            return self.fill_programme();
        }
        let live = &self.searches.live[tab.index()];
        let list = &mut self.lists[tab.index()];
        let directory = &self.directory;
        let ticked = &self.ticked;
        let theme_ids = |record| match tab {
            Tab::Organisations => directory.organisation_theme_ids(record),
            // A person has the themes of their organisation.
            Tab::People => directory
                .organisation_of_person(record)
                .map_or(&[][..], |o| directory.organisation_theme_ids(o)),
            _ => directory.stand_theme_ids(record),
        };
        list.hits = match ticked.iter().any(|&on| on) {
            false => live.shared_hits(),
            true => Arc::new(
                live.hits()
                    .iter()
                    .filter(|hit| theme_ids(hit.record()).iter().any(|&t| ticked[t as usize]))
                    .copied()
                    .collect(),
            ),
        };
    }

    /// The Programme's hits: its search's, through the themes ticked (a
    /// talk's own, by name: they are not the directory's); with an empty
    /// query, "now" and "next" first during the event.
    fn fill_programme(&mut self) {
        let tab = Tab::Programme;
        let live = &self.searches.live[tab.index()];
        let filter = self.ticked.iter().any(|&on| on);
        let mut hits = match filter {
            false => live.shared_hits(),
            true => {
                let active: Vec<String> =
                    self.active_themes().into_iter().map(String::from).collect();
                Arc::new(
                    live.hits()
                        .iter()
                        .filter(|hit| self.has_any_theme(tab, hit.record(), &active))
                        .copied()
                        .collect(),
                )
            }
        };
        if self.query.trim().is_empty() {
            hits = Arc::new(crate::tui::programme::arrange(
                &self.directory,
                &hits,
                self.now(),
            ));
        }
        self.lists[tab.index()].hits = hits;
    }

    /// The hits of one list by a full search: search, theme filter and, for
    /// the notes, the "to follow up" filter (open follow-ups only, soonest
    /// date first). The directory's lists get the same result faster through
    /// `refresh_results`; tests compare the two.
    pub(crate) fn hits(&self, tab: Tab) -> Vec<Hit> {
        let active: Vec<String> = self.active_themes().into_iter().map(String::from).collect();
        let hits: Vec<Hit> = self
            .engine(tab)
            .search(&self.query)
            .into_iter()
            .filter(|hit| active.is_empty() || self.has_any_theme(tab, hit.record(), &active))
            .collect();
        if tab != Tab::Notes {
            return hits;
        }
        // This event's notes, or every event's.
        let hits: Vec<Hit> = hits
            .into_iter()
            .filter(|hit| self.notes.in_scope(hit.record()))
            .collect();
        if !self.notes.follow_up_only {
            return hits;
        }
        let Some(book) = self.notes.book() else {
            return Vec::new();
        };
        book.follow_ups_in(&self.notes.scope())
            .iter()
            .filter_map(|note| {
                let record = self.notes.index_of(&note.id)?;
                hits.iter().find(|h| h.record() == record).copied()
            })
            .collect()
    }

    pub(crate) fn engine(&self, tab: Tab) -> &Engine {
        match tab {
            Tab::Notes => &self.notes.engine,
            tab => directory_engine(&self.catalog, tab),
        }
    }

    /// The plain, obviously right theme test, used for the notes and by
    /// the tests as the reference for the indexed one.
    pub(crate) fn has_any_theme(&self, tab: Tab, record: usize, active: &[String]) -> bool {
        let themes: Vec<&str> = match tab {
            Tab::Stands | Tab::Plan | Tab::Visit => self.directory.stand_themes(record).collect(),
            // Its own themes, then those of its stands.
            Tab::Organisations => {
                let directory = &self.directory;
                let own = directory.organisations[record].themes.iter();
                let of_stands = directory
                    .stands_of(record)
                    .flat_map(|s| directory.stands[s].themes.iter());
                own.chain(of_stands).collect()
            }
            Tab::People => self
                .directory
                .organisation_of_person(record)
                .map(|o| self.directory.organisation_themes(o).collect())
                .unwrap_or_default(),
            Tab::Programme => crate::search::catalog::talks(&self.directory)
                .get(record)
                .map(|t| t.themes.iter().map(|t| t.as_str()).collect())
                .unwrap_or_default(),
            // A note has the themes of the directory organisation it is about.
            Tab::Notes => self
                .notes
                .note(record)
                .and_then(|n| n.organisation.as_ref()?.id.as_deref())
                .and_then(|id| self.directory.organisation(id))
                .and_then(|o| self.directory.organisation_index(&o.id))
                .map(|o| self.directory.organisation_themes(o).collect())
                .unwrap_or_default(),
        };
        themes.iter().any(|t| active.iter().any(|a| a == t))
    }

    /// Display width of the widest stand number.
    pub(crate) fn stand_number_width(&self) -> usize {
        self.searches.number_width
    }
}

impl Searches {
    /// The searches of a new app on `directory`: nothing searched yet.
    pub(crate) fn new(directory: &Directory) -> Searches {
        let number_width = directory.stands.iter().map(|s| width(&s.number)).max();
        Searches {
            number_width: number_width.unwrap_or(0),
            ..Searches::default()
        }
    }
}

/// The lists of the directory's records, searched at every keystroke.
const DIRECTORY_LISTS: [Tab; 4] = [Tab::Stands, Tab::Organisations, Tab::People, Tab::Programme];

/// The engine behind a list of the directory (the plan tabs show stands).
fn directory_engine(catalog: &Catalog, tab: Tab) -> &Engine {
    match tab {
        Tab::Organisations => &catalog.organisations,
        Tab::People => &catalog.people,
        Tab::Programme => &catalog.talks,
        _ => &catalog.stands,
    }
}
