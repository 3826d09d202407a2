//! Moving between the tabs, the list and the detail: part of `App::update`.

use super::super::detail;
use super::super::tab::Tab;
use super::{App, DetailView, Focus};

impl App {
    pub(super) fn focus_list(&mut self) {
        self.focus = Focus::List;
        self.detail = None;
        self.back.clear();
    }

    pub(super) fn switch_tab(&mut self, tab: Tab) {
        self.carry_detail_stand();
        self.focus_list();
        self.tab = tab;
        self.catch_up_list(self.shown_list());
        self.keep_selection_visible();
    }

    /// Enter: open the selected row's detail, or follow the selected link.
    pub(super) fn open(&mut self) {
        match self.detail {
            None => {
                if let Some(target) = self.selected_target() {
                    self.focus = Focus::Detail;
                    self.detail = Some(DetailView {
                        target,
                        link: 0,
                        scroll: 0,
                    });
                }
            }
            Some(current) => {
                let items = self.detail_items(current.target);
                if let Some(&target) = detail::links(&items).get(current.link) {
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
    pub(super) fn go_back(&mut self) {
        match self.back.pop() {
            Some(previous) => {
                self.detail = Some(previous);
                self.keep_link_visible();
            }
            None => self.focus_list(),
        }
    }
}
