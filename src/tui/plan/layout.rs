//! Where the map and its side panel go in the Plan tab. The app uses it to
//! size zoom and pan steps, the view to draw: both see the same rectangles.

use ratatui::layout::{Margin, Rect};

use crate::tui::layout::Areas;

/// From this width on, the panel sits beside the map, else under it.
const SIDE_PANEL_WIDTH: u16 = 90;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanAreas {
    /// The map, border included.
    pub map: Rect,
    /// Route, directions and legend, border included.
    pub panel: Rect,
}

impl PlanAreas {
    /// The Plan tab's split of the screen's main part (the list and detail
    /// area). `text_lines` tells how many lines the panel's text takes at a
    /// given width (see `panel.rs`): under the map, the panel grows to show
    /// all of it, up to half the height, so directions are never cut on a
    /// narrow screen; the legend follows if there is room.
    pub fn compute(areas: &Areas, text_lines: impl FnOnce(usize) -> usize) -> PlanAreas {
        let main = areas.list.union(areas.detail);
        if main.width >= SIDE_PANEL_WIDTH {
            let panel_width = (main.width * 3 / 10).clamp(28, 48);
            let map_width = main.width - panel_width;
            PlanAreas {
                map: Rect {
                    width: map_width,
                    ..main
                },
                panel: Rect {
                    x: main.x + map_width,
                    width: panel_width,
                    ..main
                },
            }
        } else {
            let inner_width = usize::from(main.width.saturating_sub(2));
            let wanted = u16::try_from(text_lines(inner_width))
                .unwrap_or(u16::MAX)
                .saturating_add(2);
            let panel_height = (main.height / 3)
                .clamp(3, 9)
                .max(wanted.min(main.height / 2))
                .min(main.height);
            let map_height = main.height - panel_height;
            PlanAreas {
                map: Rect {
                    height: map_height,
                    ..main
                },
                panel: Rect {
                    y: main.y + map_height,
                    height: panel_height,
                    ..main
                },
            }
        }
    }

    /// Where the hall itself is drawn.
    pub fn map_inner(&self) -> Rect {
        self.map.inner(Margin::new(1, 1))
    }

    pub fn panel_inner(&self) -> Rect {
        self.panel.inner(Margin::new(1, 1))
    }
}
