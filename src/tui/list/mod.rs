//! The results lists (stands, organisations, people, and the notes' list, which the
//! notes feature fills and draws its rows for): the search line that filters
//! them, their results kept up to date at every keystroke, the selection and
//! its scrolling, and their drawing.
//!
//! - [`search`]: the query as typed, and the search line;
//! - `results`: the query and the theme filter applied, fast at fair scale;
//! - `draw`: the rows of the list on screen, matches highlighted;
//! - [`indexing`]: the search index built on a worker thread, and its
//!   progress shown in the lists meanwhile.

mod draw;
pub mod indexing;
mod results;
pub mod search;
#[cfg(test)]
mod tests;

pub(crate) use draw::draw;
pub(crate) use indexing::Indexing;
pub(crate) use results::Searches;

use std::sync::Arc;

use crate::search::Hit;
use crate::tui::app::{App, Focus, clamp_move};
use crate::tui::detail::Target;
use crate::tui::layout::hit;
use crate::tui::programme::draw::Row;
use crate::tui::tab::Tab;

/// One list's results and position.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListView {
    /// The search's own hits when no theme is ticked (shared, not copied).
    pub hits: Arc<Vec<Hit>>,
    pub selected: usize,
    /// First visible row.
    pub offset: usize,
}

/// What a row of a tab's list opens.
pub(crate) fn target_of(tab: Tab, record: usize) -> Target {
    match tab {
        Tab::Stands | Tab::Plan | Tab::Visit => Target::Stand(record),
        Tab::Organisations => Target::Organisation(record),
        Tab::People => Target::Person(record),
        Tab::Notes => Target::Note(record),
        Tab::Programme => Target::Talk(record),
    }
}

impl App {
    pub fn list(&self, tab: Tab) -> &ListView {
        &self.lists[tab.index()]
    }

    /// The current tab's list; the Stands list for the Plan and "Ma visite"
    /// tabs, whose selection they show.
    pub fn current_list(&self) -> &ListView {
        self.list(if self.tab.has_list() {
            self.tab
        } else {
            Tab::Stands
        })
    }

    /// What the selected row of the current list opens.
    pub(crate) fn selected_target(&self) -> Option<Target> {
        let list = self.current_list();
        let hit = list.hits.get(list.selected)?;
        Some(target_of(self.tab, hit.record()))
    }

    /// The keyboard back to the list, leaving any detail.
    pub(crate) fn focus_list(&mut self) {
        self.focus = Focus::List;
        self.detail = None;
        self.back.clear();
    }

    /// Moves the current list's selection by `delta` rows (±isize::MAX: to the end).
    pub(crate) fn move_selection(&mut self, delta: isize) {
        let list = &mut self.lists[self.tab.index()];
        list.selected = clamp_move(list.selected, delta, list.hits.len());
        self.keep_selection_visible();
    }

    /// Scrolls the list so the selected row is on screen.
    pub(crate) fn keep_selection_visible(&mut self) {
        let rows = self
            .areas()
            .map_or(1, |a| a.list_rows().height.max(1) as usize);
        for list in &mut self.lists {
            if list.selected < list.offset {
                list.offset = list.selected;
            } else if list.selected >= list.offset + rows {
                list.offset = list.selected + 1 - rows;
            }
            // No empty space under the last row while rows are hidden above.
            list.offset = list.offset.min(list.hits.len().saturating_sub(rows));
        }
    }

    /// A click on the list's rows selects one; on the selected row, opens
    /// it. Whether the click was on the rows.
    pub(crate) fn click_list(&mut self, column: u16, row: u16) -> bool {
        let Some(rows) = self.areas().map(|a| a.list_rows()) else {
            return false;
        };
        if !hit(rows, column, row) {
            return false;
        }
        let at = (row - rows.y) as usize;
        let index = match self.tab {
            // Headers take rows: the row says which talk it shows.
            Tab::Programme => match self.programme_rows(rows.height as usize).get(at) {
                Some(Row::Talk(index)) => *index,
                _ => return true,
            },
            _ => self.current_list().offset + at,
        };
        if index < self.current_list().hits.len() {
            let again = self.detail.is_none() && self.current_list().selected == index;
            self.focus_list();
            self.lists[self.tab.index()].selected = index;
            if again {
                self.open(); // A click on the selected row opens it.
            }
        }
        true
    }
}
