//! The lists the TUI can show. Adding a list (Notes, Plan, "Ma visite") means
//! adding a variant here and answering the `match`es the compiler then points to.

use crate::i18n::Ui as Text;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    Stands,
    Organisations,
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
        Tab::Plan,
        Tab::Visit,
        Tab::Notes,
    ];

    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|&t| t == self).unwrap_or(0)
    }

    pub fn title(self, t: &Text) -> &'static str {
        match self {
            Tab::Stands => t.tab_stands,
            Tab::Organisations => t.tab_organisations,
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

    pub fn next(self) -> Tab {
        Tab::ALL[(self.index() + 1) % Tab::ALL.len()]
    }

    pub fn prev(self) -> Tab {
        Tab::ALL[(self.index() + Tab::ALL.len() - 1) % Tab::ALL.len()]
    }
}
