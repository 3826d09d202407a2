//! The detail's part of `App::update`: which detail has the keyboard, the
//! links it follows and the details it goes back through, its scrolling, and
//! a click on its text.

use super::{Item, Line, Target, lay_out, link_lines, links};
use crate::tui::app::{App, Focus, clamp_move};
use crate::tui::layout::hit;

/// The detail that has focus, with its selected link and scroll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetailView {
    pub target: Target,
    pub link: usize,
    pub scroll: usize,
}

impl App {
    /// The detail that has focus, if any.
    pub fn detail(&self) -> Option<DetailView> {
        self.detail
    }

    /// How many details "back" returns through before reaching the list.
    pub fn back_depth(&self) -> usize {
        self.back.len()
    }

    /// The detail shown: the focused one, or a preview of the selected row.
    pub fn shown_target(&self) -> Option<Target> {
        match self.detail {
            Some(d) => Some(d.target),
            None => self.selected_target(),
        }
    }

    /// The items of the detail of `target`, as the directory and the notes
    /// tell it.
    pub(crate) fn document(&self, target: Target) -> Vec<Item> {
        super::document(self.text, &self.directory, &self.notes, target)
    }

    /// What the detail pane shows for `target`: the directory's detail, then,
    /// for a stand, its place in the visit and how to get there.
    pub fn detail_items(&self, target: Target) -> Vec<Item> {
        let mut items = self.document(target);
        if let Target::Stand(i) = target
            && let Some(stand) = self.directory.stands.get(i)
        {
            // Before the organisations: on site, the way there is what matters.
            let at = items
                .iter()
                .position(|item| matches!(item, Item::Section(_)))
                .unwrap_or(items.len());
            items.splice(at..at, self.how_to_get_there(&stand.number));
        }
        items
    }

    /// Enter: open the selected row's detail, or follow the selected link.
    pub(crate) fn open(&mut self) {
        match self.detail {
            None => {
                if let Some(target) = self.selected_target() {
                    self.focus = Focus::Detail;
                    self.detail = Some(DetailView {
                        target,
                        link: 0,
                        scroll: 0,
                    });
                } else {
                    // An empty list offering a looser query: search it.
                    self.take_looser_query();
                }
            }
            Some(current) => {
                let items = self.detail_items(current.target);
                if let Some(&target) = links(&items).get(current.link) {
                    self.back.push(current);
                    self.detail = Some(DetailView {
                        target,
                        link: 0,
                        scroll: 0,
                    });
                }
            }
        }
    }

    /// Esc in the detail: the previous detail, or the list.
    pub(crate) fn go_back(&mut self) {
        match self.back.pop() {
            Some(previous) => {
                self.detail = Some(previous);
                self.keep_link_visible();
            }
            None => self.focus_list(),
        }
    }

    /// Moves the selected link by `delta`; with no link, scrolls the text.
    pub(crate) fn move_link(&mut self, mut d: DetailView, delta: isize) {
        let items = self.detail_items(d.target);
        let count = links(&items).len();
        if count == 0 {
            // Nothing to choose: arrows scroll the text instead.
            self.scroll_detail(delta.clamp(-10_000, 10_000));
            return;
        }
        d.link = clamp_move(d.link, delta, count);
        self.detail = Some(d);
        self.keep_link_visible();
    }

    /// PgUp/PgDn in the detail: a page of text.
    pub(crate) fn page_detail(&mut self, direction: isize) {
        let Some(areas) = self.areas() else { return };
        let height = areas.detail_text().height.max(1) as isize;
        self.scroll_detail(direction * height);
    }

    pub(crate) fn scroll_detail(&mut self, delta: isize) {
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
            lay_out(&items, text.width as usize),
            text.height.max(1) as usize,
        )
    }

    /// Scrolls the focused detail so its selected link is on screen.
    pub(crate) fn keep_link_visible(&mut self) {
        let Some(mut d) = self.detail else { return };
        let (lines, height) = self.detail_lines(d);
        if let Some((first, last)) = link_lines(&lines, d.link) {
            if first < d.scroll {
                d.scroll = first;
            } else if last >= d.scroll + height {
                d.scroll = (last + 1 - height).min(first);
            }
        }
        d.scroll = d.scroll.min(lines.len().saturating_sub(height));
        self.detail = Some(d);
    }

    /// A click on the detail's text: opens the previewed detail, selects the
    /// link clicked, and follows it when it was already selected.
    pub(crate) fn click_detail(&mut self, column: u16, row: u16) {
        let Some(text) = self.areas().map(|a| a.detail_text()) else {
            return;
        };
        if !hit(text, column, row) {
            return;
        }
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
