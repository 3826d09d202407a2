//! The help overlay: every key binding of the table that handles the keys,
//! by context, then what the directory says about itself. Its part of
//! `App::update` (open, close, scroll) is here, its drawing in `draw`.

mod draw;

pub(crate) use draw::draw;

use crate::tui::app::{App, Popup};
use crate::tui::keymap::{BINDINGS, Context};

impl App {
    /// Opens the help (over the theme picker too), or closes it.
    pub(crate) fn toggle_help(&mut self) {
        self.popup = match self.popup {
            Some(Popup::Help { .. }) => None,
            _ => Some(Popup::Help { scroll: 0 }),
        }
    }

    /// Scrolls the help from `scroll` by `delta` lines.
    pub(crate) fn scroll_help(&mut self, scroll: usize, delta: isize) {
        // The help has fewer lines than this (one per binding and a few per
        // section): an upper bound, the view clamps exactly.
        let most = BINDINGS.len() + 3 * Context::ALL.len();
        let scroll = scroll
            .saturating_add_signed(delta.clamp(-10_000, 10_000))
            .min(most);
        self.popup = Some(Popup::Help { scroll });
    }
}
