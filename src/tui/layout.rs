//! Where each part of the screen goes, computed from the terminal size alone.
//! The app uses it to keep the selection visible and to hit-test mouse clicks,
//! the view to draw: both see the same rectangles.

use ratatui::layout::{Margin, Position, Rect};

use super::wrap::width;

/// Below this size the app only says it is too small.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// From this width on, the list and the detail sit side by side.
pub const SIDE_BY_SIDE_WIDTH: u16 = 100;

/// The parts of the main screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    /// Event name and active theme filter.
    pub header: Rect,
    /// What is wrong with the notes file, when something is (else no rows).
    pub banner: Rect,
    pub tabs: Rect,
    pub search: Rect,
    /// The list, border included.
    pub list: Rect,
    /// The detail, border included.
    pub detail: Rect,
    pub hints: Rect,
}

impl Areas {
    /// The screen split for a `width` × `height` terminal, or `None` when it is too small.
    pub fn compute(width: u16, height: u16) -> Option<Areas> {
        Areas::compute_with_banner(width, height, 0)
    }

    /// The screen split with `banner` rows under the header for a warning;
    /// the banner shrinks rather than push the lists below the minimum.
    pub fn compute_with_banner(width: u16, height: u16, banner: u16) -> Option<Areas> {
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            return None;
        }
        let banner = banner.min(height - MIN_HEIGHT);
        let row = |y: u16| Rect::new(0, y, width, 1);
        let main = Rect::new(0, 3 + banner, width, height - 4 - banner);
        let (list, detail) = if width >= SIDE_BY_SIDE_WIDTH {
            // In u32: `width * 9` overflows u16 on a (very) wide terminal.
            let list_width = (u32::from(width) * 9 / 20) as u16;
            (
                Rect::new(0, main.y, list_width, main.height),
                Rect::new(list_width, main.y, width - list_width, main.height),
            )
        } else {
            let list_height = main.height.div_ceil(2);
            (
                Rect::new(0, main.y, width, list_height),
                Rect::new(0, main.y + list_height, width, main.height - list_height),
            )
        };
        Some(Areas {
            header: row(0),
            banner: Rect::new(0, 1, width, banner),
            tabs: row(1 + banner),
            search: row(2 + banner),
            list,
            detail,
            hints: row(height - 1),
        })
    }

    /// The rows of the list, inside its border.
    pub fn list_rows(&self) -> Rect {
        self.list.inner(Margin::new(1, 1))
    }

    /// The text of the detail, inside its border and a one-cell margin.
    pub fn detail_text(&self) -> Rect {
        self.detail.inner(Margin::new(2, 1))
    }
}

/// The cells of each tab title, left to right, clipped to `area`.
/// Titles are drawn with a space either side and one cell between tabs.
pub fn tab_rects(titles: &[String], area: Rect) -> Vec<Rect> {
    let mut x = area.x;
    titles
        .iter()
        .map(|title| {
            let w = (width(title) as u16).saturating_add(2);
            let rect = Rect::new(x, area.y, w, 1).intersection(area);
            x = x.saturating_add(w).saturating_add(1);
            rect
        })
        .collect()
}

/// Whether the cell at `column`, `row` is inside `rect`.
pub fn hit(rect: Rect, column: u16, row: u16) -> bool {
    rect.contains(Position::new(column, row))
}
