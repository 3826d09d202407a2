//! The tabs: which there are, and the tab bar's part of `App::update`
//! (switching, a click on a title) and the titles it shows with their
//! counts. `view/header.rs` draws the bar. Adding a tab means adding a
//! variant here and answering the `match`es the compiler then points to.

use crate::i18n::Ui;
use crate::search::catalog::Kind;
use crate::tui::app::App;
use crate::tui::layout::TabBar;
use crate::tui::wrap::width;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    Stands,
    Organisations,
    /// The people of the directory: whom to meet, their organisation and stand.
    People,
    /// The talks of the programme, by day and time.
    Programme,
    /// Your notes on the people you met.
    Notes,
    /// The hall drawn, with the route to the selected stand.
    Plan,
    /// "Ma visite": the starred stands as a walking tour.
    Visit,
}

impl Tab {
    /// In the order they are shown and cycled with Tab.
    pub const ALL: &[Tab] = &[
        Tab::Stands,
        Tab::Organisations,
        Tab::People,
        Tab::Programme,
        Tab::Plan,
        Tab::Visit,
        Tab::Notes,
    ];

    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|&t| t == self).unwrap_or(0)
    }

    pub fn title(self, t: &Ui) -> &'static str {
        match self {
            Tab::Stands => t.tab_stands,
            Tab::Organisations => t.tab_organisations,
            Tab::People => t.tab_people,
            Tab::Programme => t.tab_programme,
            Tab::Notes => t.tab_notes,
            Tab::Plan => t.tab_plan,
            Tab::Visit => t.tab_visit,
        }
    }

    /// Whether the tab is a search results list (the Plan and "Ma visite"
    /// tabs are not: letters are commands there, not search text).
    pub fn has_list(self) -> bool {
        !matches!(self, Tab::Plan | Tab::Visit)
    }

    /// The kind of record the tab lists from the directory, if any.
    pub fn kind(self) -> Option<Kind> {
        match self {
            Tab::Stands => Some(Kind::Stand),
            Tab::Organisations => Some(Kind::Organisation),
            Tab::People => Some(Kind::Person),
            Tab::Programme => Some(Kind::Talk),
            Tab::Notes | Tab::Plan | Tab::Visit => None,
        }
    }

    pub fn next(self) -> Tab {
        Tab::ALL[(self.index() + 1) % Tab::ALL.len()]
    }

    pub fn prev(self) -> Tab {
        Tab::ALL[(self.index() + Tab::ALL.len() - 1) % Tab::ALL.len()]
    }
}

impl App {
    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// Opens `tab`, the list with the keyboard.
    pub(crate) fn switch_tab(&mut self, tab: Tab) {
        self.carry_detail_stand();
        self.focus_list();
        self.tab = tab;
        self.catch_up_list(self.shown_list());
        self.want_looser_query();
        self.keep_selection_visible();
    }

    /// A click on a tab's title opens it, and one on a mark of tabs scrolled
    /// out of view opens the nearest of them. Whether the click was on one.
    pub(crate) fn click_tab(&mut self, column: u16, row: u16) -> bool {
        let Some(areas) = self.areas() else {
            return false;
        };
        let titles = self.tab_titles(areas.tabs.width);
        let bar = TabBar::layout(&titles, self.tab.index(), areas.tabs);
        match bar.tab_at(column, row) {
            Some(i) => {
                self.switch_tab(Tab::ALL[i]);
                true
            }
            None => false,
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
            self.match_count(tab),
            self.total(tab)
        )
    }

    /// The titles of every tab for a tab bar `available` cells wide: with
    /// their counts (`Stands 7/17`) when they fit, else the matches only
    /// (`Stands 7`), else the names alone; if even those do not fit, the
    /// bar scrolls (see [`TabBar`]). The view and the mouse use the same titles.
    pub fn tab_titles(&self, available: u16) -> Vec<String> {
        let fits = |titles: &[String]| {
            let cells: usize = titles.iter().map(|t| width(t) + 3).sum();
            cells.saturating_sub(1) <= available as usize
        };
        let full: Vec<String> = Tab::ALL.iter().map(|&t| self.tab_title(t)).collect();
        if fits(&full) {
            return full;
        }
        let short: Vec<String> = Tab::ALL
            .iter()
            .map(|&t| match t.has_list() {
                true => format!("{} {}", t.title(self.text), self.match_count(t)),
                false => t.title(self.text).to_string(),
            })
            .collect();
        if fits(&short) {
            return short;
        }
        Tab::ALL
            .iter()
            .map(|&t| t.title(self.text).to_string())
            .collect()
    }
}
