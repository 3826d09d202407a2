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
    /// the banner shrinks rather than leave the list and the detail less
    /// than one row each (inside their borders).
    pub fn compute_with_banner(width: u16, height: u16, banner: u16) -> Option<Areas> {
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            return None;
        }
        let banner = banner.min(height - MIN_HEIGHT + 2);
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

/// Drawn where tabs are scrolled out of the tab bar, on the side they are.
pub const MORE_BEFORE: &str = "‹";
pub const MORE_AFTER: &str = "›";

/// The tab bar laid out in its row: where each title goes, and the marks
/// that say tabs are hidden on either side. When the titles do not all fit
/// (six tabs on a 40-column screen), the bar scrolls so the active tab is
/// always whole in view, with as many of its neighbours as fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TabBar {
    /// Per tab, where its title is drawn (with a space either side), or
    /// `None` while it is scrolled out of view.
    pub titles: Vec<Option<Rect>>,
    /// The mark on the left, and the tab just out of view there.
    pub before: Option<(Rect, usize)>,
    /// The mark on the right, and the tab just out of view there.
    pub after: Option<(Rect, usize)>,
}

impl TabBar {
    /// `titles` laid out in `area` (one row), tab `active` in view.
    pub fn layout(titles: &[String], active: usize, area: Rect) -> TabBar {
        let n = titles.len();
        let mut bar = TabBar {
            titles: vec![None; n],
            before: None,
            after: None,
        };
        if n == 0 {
            return bar;
        }
        let active = active.min(n - 1);
        // Titles are drawn with a space either side and one cell between
        // tabs; a mark takes its cell and one blank.
        let widths: Vec<u32> = titles.iter().map(|t| width(t) as u32 + 2).collect();
        let cells = |first: usize, last: usize| {
            let tabs: u32 = widths[first..=last].iter().sum::<u32>() + (last - first) as u32;
            let marks = 2 * (u32::from(first > 0) + u32::from(last + 1 < n));
            tabs + marks
        };
        let room = u32::from(area.width);
        // From the first tab if the active one fits so, else with as few
        // tabs hidden before it as needed; then as many after as fit.
        let mut first = 0;
        while first < active && cells(first, active) > room {
            first += 1;
        }
        let mut last = active;
        while last + 1 < n && cells(first, last + 1) <= room {
            last += 1;
        }
        while first > 0 && cells(first - 1, last) <= room {
            first -= 1;
        }
        let mut x = area.x;
        if first > 0 {
            bar.before = Some((Rect::new(x, area.y, 1, 1).intersection(area), first - 1));
            x = x.saturating_add(2);
        }
        for (i, w) in widths.iter().enumerate().take(last + 1).skip(first) {
            let w = u16::try_from(*w).unwrap_or(u16::MAX);
            bar.titles[i] = Some(Rect::new(x, area.y, w, 1).intersection(area));
            x = x.saturating_add(w).saturating_add(1);
        }
        if last + 1 < n {
            let right = area.right().saturating_sub(1).max(area.x);
            bar.after = Some((Rect::new(right, area.y, 1, 1).intersection(area), last + 1));
        }
        bar
    }

    /// The tab a click at `column`, `row` opens: a title's, or the one
    /// just out of view behind a mark.
    pub fn tab_at(&self, column: u16, row: u16) -> Option<usize> {
        let on_title = self
            .titles
            .iter()
            .position(|r| r.is_some_and(|r| hit(r, column, row)));
        let on_mark = [self.before, self.after]
            .into_iter()
            .flatten()
            .find(|(r, _)| hit(*r, column, row))
            .map(|(_, tab)| tab);
        on_title.or(on_mark)
    }
}

/// Whether the cell at `column`, `row` is inside `rect`.
pub fn hit(rect: Rect, column: u16, row: u16) -> bool {
    rect.contains(Position::new(column, row))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The six tabs, in English and in French.
    fn titles(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    const EN: [&str; 6] = [
        "Stands",
        "Organisations",
        "People",
        "Plan",
        "My visit",
        "Notes",
    ];
    const FR: [&str; 6] = [
        "Stands",
        "Organisations",
        "Personnes",
        "Plan",
        "Ma visite",
        "Notes",
    ];

    #[test]
    fn six_tabs_scroll_so_the_active_one_is_always_whole_in_view() {
        for names in [EN, FR] {
            let titles = titles(&names);
            for width in [40u16, 45, 60, 80] {
                let area = Rect::new(0, 1, width, 1);
                for active in 0..titles.len() {
                    let bar = TabBar::layout(&titles, active, area);
                    let rect = bar.titles[active].expect("the active tab is shown");
                    assert_eq!(
                        usize::from(rect.width),
                        width_of(&titles[active]) + 2,
                        "{width}: {names:?} active {active}: whole"
                    );
                    // Titles and marks, left to right, never overlap nor leave the row.
                    let mut spans: Vec<Rect> = bar.titles.iter().flatten().copied().collect();
                    spans.extend(bar.before.map(|(r, _)| r));
                    spans.extend(bar.after.map(|(r, _)| r));
                    spans.sort_by_key(|r| r.x);
                    for pair in spans.windows(2) {
                        assert!(pair[0].right() < pair[1].x, "{width} {active}: {spans:?}");
                    }
                    assert!(spans.iter().all(|r| r.right() <= width && !r.is_empty()));
                    // A mark wherever tabs are hidden, pointing at the nearest.
                    let shown: Vec<usize> = (0..titles.len())
                        .filter(|&i| bar.titles[i].is_some())
                        .collect();
                    let (first, last) = (shown[0], *shown.last().unwrap());
                    assert_eq!(shown, (first..=last).collect::<Vec<_>>(), "in one run");
                    assert_eq!(bar.before.map(|(_, t)| t), first.checked_sub(1));
                    assert_eq!(
                        bar.after.map(|(_, t)| t),
                        (last + 1 < titles.len()).then_some(last + 1)
                    );
                }
            }
            // Wide enough: everything shown from the left, no marks.
            let bar = TabBar::layout(&titles, 5, Rect::new(0, 1, 80, 1));
            assert!(
                bar.titles.iter().all(Option::is_some)
                    && bar.before.is_none()
                    && bar.after.is_none()
            );
        }
    }

    #[test]
    fn a_click_on_a_mark_opens_the_tab_behind_it() {
        let titles = titles(&FR);
        let area = Rect::new(0, 1, 40, 1);
        let bar = TabBar::layout(&titles, 3, area);
        let (before, hidden) = bar.before.expect("tabs hidden on the left at 40 columns");
        assert_eq!(bar.tab_at(before.x, 1), Some(hidden));
        let plan = bar.titles[3].unwrap();
        assert_eq!(bar.tab_at(plan.x + 1, 1), Some(3));
        assert_eq!(bar.tab_at(plan.x + 1, 2), None, "another row");
        // From the first tab, the right mark leads on until every tab was shown.
        let mut active = 0;
        let mut seen = Vec::new();
        loop {
            let bar = TabBar::layout(&titles, active, area);
            seen.extend((0..6).filter(|&i| bar.titles[i].is_some()));
            let Some((mark, next)) = bar.after else { break };
            active = bar.tab_at(mark.x, 1).unwrap();
            assert_eq!(active, next);
        }
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen, (0..6).collect::<Vec<_>>());
    }

    fn width_of(s: &str) -> usize {
        width(s)
    }
}
