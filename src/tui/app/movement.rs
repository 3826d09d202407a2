//! Moving around: which feature an arrow, a page, a wheel turn or a click
//! goes to. Each feature moves its own selection (see `list/`, `detail/`,
//! `help/`, `themes/`); this only decides whose it is.

use super::{App, Popup};
use crate::tui::layout::hit;

/// Lines the mouse wheel scrolls a detail or the help by.
const WHEEL_LINES: isize = 3;

impl App {
    /// Moves whatever has the keyboard by `delta` rows (±isize::MAX: to the end).
    pub(super) fn move_by(&mut self, delta: isize) {
        match self.popup {
            Some(Popup::Help { scroll }) => self.scroll_help(scroll, delta),
            Some(Popup::Themes { cursor }) => self.move_theme_cursor(cursor, delta),
            Some(Popup::Card) => {}
            None => match self.detail {
                Some(d) => self.move_link(d, delta),
                None => self.move_selection(delta),
            },
        }
    }

    /// PgUp/PgDn: a list page, or a detail page of text.
    pub(super) fn page(&mut self, direction: isize) {
        let Some(areas) = self.areas() else { return };
        match (self.popup, self.detail) {
            (None, Some(_)) => self.page_detail(direction),
            _ => {
                let height = areas.list_rows().height.max(1) as isize;
                self.move_by(direction * height);
            }
        }
    }

    pub(super) fn mouse_scroll(&mut self, down: bool, column: u16, row: u16) {
        let sign = if down { 1 } else { -1 };
        let Some(areas) = self.areas() else { return };
        match self.popup {
            Some(Popup::Help { .. }) => self.move_by(sign * WHEEL_LINES),
            Some(Popup::Themes { .. }) => self.move_by(sign),
            Some(Popup::Card) => {}
            None if self.detail.is_some() && hit(areas.detail, column, row) => {
                self.scroll_detail(sign * WHEEL_LINES)
            }
            None if self.plan_tab_focused() => self.wheel_plan(down, column, row),
            None if hit(areas.list, column, row) => {
                self.focus_list();
                self.move_by(sign);
            }
            None => {}
        }
    }

    /// A click selects a tab, a row, a link of the detail, or a stand on the plan.
    pub(super) fn mouse_click(&mut self, column: u16, row: u16) {
        if self.areas().is_none() || self.popup.is_some() {
            return;
        }
        if self.click_tab(column, row) {
            return;
        }
        if self.plan_tab_focused() {
            // No list rows there; on the plan, a click selects a stand.
            return self.click_plan(column, row);
        }
        if self.click_list(column, row) {
            return;
        }
        self.click_detail(column, row);
    }
}
