//! The theme filter: the directory's themes, which are ticked, and the
//! picker that ticks them (its part of `App::update` here, its drawing in
//! `draw`). The lists filter by the theme indices the directory's links hold.

mod draw;
#[cfg(test)]
mod tests;

pub(crate) use draw::draw;

use crate::tui::app::{App, Popup, clamp_move};

impl App {
    /// The themes that are ticked in the filter.
    pub fn active_themes(&self) -> Vec<&str> {
        // With none ticked, the directory's themes are not asked for.
        let ticked = self.ticked.iter().enumerate().filter(|(_, on)| **on);
        let themes = ticked.filter_map(|(i, _)| self.directory.themes().get(i));
        themes.map(|t| t.as_str()).collect()
    }

    /// Opens the picker (over the help too), or closes it.
    pub(crate) fn toggle_theme_picker(&mut self) {
        self.popup = match self.popup {
            Some(Popup::Themes { .. }) => None,
            _ => Some(Popup::Themes { cursor: 0 }),
        }
    }

    /// Ticks or unticks the theme under the picker's cursor.
    pub(crate) fn toggle_theme(&mut self) {
        let count = self.directory.themes().len();
        self.ticked.resize(count, false);
        if let Some(Popup::Themes { cursor }) = self.popup
            && let Some(on) = self.ticked.get_mut(cursor)
        {
            *on = !*on;
            self.refresh_results();
        }
    }

    pub(crate) fn clear_themes(&mut self) {
        self.ticked.iter_mut().for_each(|on| *on = false);
        self.refresh_results();
    }

    /// Moves the picker's cursor from `cursor` by `delta`.
    pub(crate) fn move_theme_cursor(&mut self, cursor: usize, delta: isize) {
        let cursor = clamp_move(cursor, delta, self.directory.themes().len());
        self.popup = Some(Popup::Themes { cursor });
    }
}
