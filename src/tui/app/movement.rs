//! Moving around: selection, links, scrolling, and the mouse. Part of
//! `App::update`; split out to keep files small.

use super::super::detail::{self, Line};
use super::super::keymap::{BINDINGS, Context};
use super::super::layout::tab_rects;
use super::super::tab::Tab;
use super::{App, DetailView, Popup, clamp_move, hit};

/// Lines the mouse wheel scrolls a detail or the help by.
const WHEEL_LINES: isize = 3;

impl App {
    /// Moves whatever has the keyboard by `delta` rows (±isize::MAX: to the end).
    pub(super) fn move_by(&mut self, delta: isize) {
        match self.popup {
            Some(Popup::Help { scroll }) => {
                // The help has fewer lines than this (one per binding and
                // a few per section): an upper bound, the view clamps exactly.
                let most = BINDINGS.len() + 3 * Context::ALL.len();
                let scroll = scroll
                    .saturating_add_signed(delta.clamp(-10_000, 10_000))
                    .min(most);
                self.popup = Some(Popup::Help { scroll });
            }
            Some(Popup::Themes { cursor }) => {
                let cursor = clamp_move(cursor, delta, self.themes.len());
                self.popup = Some(Popup::Themes { cursor });
            }
            None => match self.detail {
                Some(d) => self.move_link(d, delta),
                None => {
                    let list = &mut self.lists[self.tab.index()];
                    list.selected = clamp_move(list.selected, delta, list.hits.len());
                    self.keep_selection_visible();
                }
            },
        }
    }

    fn move_link(&mut self, mut d: DetailView, delta: isize) {
        let items = self.detail_items(d.target);
        let count = detail::links(&items).len();
        if count == 0 {
            // Nothing to choose: arrows scroll the text instead.
            self.scroll_detail(delta.clamp(-10_000, 10_000));
            return;
        }
        d.link = clamp_move(d.link, delta, count);
        self.detail = Some(d);
        self.keep_link_visible();
    }

    /// PgUp/PgDn: a list page, or a detail page of text.
    pub(super) fn page(&mut self, direction: isize) {
        let Some(areas) = self.areas() else { return };
        match (self.popup, self.detail) {
            (None, Some(_)) => {
                let height = areas.detail_text().height.max(1) as isize;
                self.scroll_detail(direction * height);
            }
            _ => {
                let height = areas.list_rows().height.max(1) as isize;
                self.move_by(direction * height);
            }
        }
    }

    fn scroll_detail(&mut self, delta: isize) {
        let Some(mut d) = self.detail else { return };
        let (lines, height) = self.detail_lines(d);
        let max = lines.len().saturating_sub(height);
        d.scroll = d.scroll.saturating_add_signed(delta).min(max);
        self.detail = Some(d);
    }

    /// The laid-out lines of a detail and the height they are shown in.
    fn detail_lines(&self, d: DetailView) -> (Vec<Line>, usize) {
        let Some(areas) = self.areas() else {
            return (Vec::new(), 1);
        };
        let text = areas.detail_text();
        let items = self.detail_items(d.target);
        (
            detail::lay_out(&items, text.width as usize),
            text.height.max(1) as usize,
        )
    }

    /// Scrolls the list so the selected row is on screen.
    pub(super) fn keep_selection_visible(&mut self) {
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

    /// Scrolls the focused detail so its selected link is on screen.
    pub(super) fn keep_link_visible(&mut self) {
        let Some(mut d) = self.detail else { return };
        let (lines, height) = self.detail_lines(d);
        if let Some((first, last)) = detail::link_lines(&lines, d.link) {
            if first < d.scroll {
                d.scroll = first;
            } else if last >= d.scroll + height {
                d.scroll = (last + 1 - height).min(first);
            }
        }
        d.scroll = d.scroll.min(lines.len().saturating_sub(height));
        self.detail = Some(d);
    }

    pub(super) fn mouse_scroll(&mut self, down: bool, column: u16, row: u16) {
        let sign = if down { 1 } else { -1 };
        let Some(areas) = self.areas() else { return };
        match self.popup {
            Some(Popup::Help { .. }) => self.move_by(sign * WHEEL_LINES),
            Some(Popup::Themes { .. }) => self.move_by(sign),
            None if self.detail.is_some() && hit(areas.detail, column, row) => {
                self.scroll_detail(sign * WHEEL_LINES)
            }
            None if self.plan_tab_focused() => {}
            None if hit(areas.list, column, row) => {
                self.focus_list();
                self.move_by(sign);
            }
            None => {}
        }
    }

    /// A click selects a tab, a row, or a link of the detail.
    pub(super) fn mouse_click(&mut self, column: u16, row: u16) {
        let Some(areas) = self.areas() else { return };
        if self.popup.is_some() {
            return;
        }
        let titles = self.tab_titles(areas.tabs.width);
        let clicked_tab = tab_rects(&titles, areas.tabs)
            .into_iter()
            .position(|r| hit(r, column, row));
        if let Some(i) = clicked_tab {
            self.switch_tab(Tab::ALL[i]);
            return;
        }
        let rows = areas.list_rows();
        if self.plan_tab_focused() {
            return; // The Plan and "Ma visite" tabs have no list rows to click.
        }
        if hit(rows, column, row) {
            let index = self.current_list().offset + (row - rows.y) as usize;
            if index < self.current_list().hits.len() {
                let again = self.detail.is_none() && self.current_list().selected == index;
                self.focus_list();
                self.lists[self.tab.index()].selected = index;
                if again {
                    self.open(); // A click on the selected row opens it.
                }
            }
            return;
        }
        let text = areas.detail_text();
        if hit(text, column, row) {
            let was_focused = self.detail.is_some();
            if !was_focused {
                self.open();
            }
            let Some(mut d) = self.detail else { return };
            let (lines, _) = self.detail_lines(d);
            let line = d.scroll + (row - text.y) as usize;
            if let Some(link) = lines.get(line).and_then(|l| l.link) {
                if was_focused && d.link == link {
                    self.open(); // A click on the selected link follows it.
                    return;
                }
                d.link = link;
                self.detail = Some(d);
            }
        }
    }
}
