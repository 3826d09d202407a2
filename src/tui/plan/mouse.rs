//! The mouse on the Plan tab: a click on a stand selects it (the panel, the
//! route and the Stands list follow, as with `n`/`p`); the wheel zooms, about
//! the pointer when it is on the map and the hall leaves room to move.

use super::PlanAction;
use super::canvas;
use super::viewport::{Viewport, ZOOM_MAX, ZOOM_MIN};
use crate::tui::app::App;
use crate::tui::layout::hit;
use crate::tui::tab::Tab;

impl App {
    /// A click on the Plan tab's map: the stand under it, if any, is
    /// selected. Elsewhere it does nothing.
    pub(crate) fn click_plan(&mut self, column: u16, row: u16) {
        if self.tab != Tab::Plan {
            return;
        }
        let Some(number) = self.plan_stand_at(column, row) else {
            return;
        };
        self.select_stand(&number);
    }

    /// The stand drawn at a screen cell of the Plan tab, if any.
    pub fn plan_stand_at(&self, column: u16, row: u16) -> Option<String> {
        let (area, w, h) = self.map_geometry()?;
        if !hit(area, column, row) {
            return None;
        }
        let grid = self.plan.grid.as_ref().ok()?;
        let view = Viewport::new(area, w, h, self.plan.zoom, self.plan.pan);
        let (c, r) = (column - area.x, row - area.y);
        canvas::stand_at(grid, self.plan.hall, &view, c, r).map(str::to_string)
    }

    /// The wheel on the Plan tab: up zooms in, down out. On the map, the
    /// spot under the pointer stays under it as far as the hall's edges
    /// allow; elsewhere the view keeps its centre, as with `+` and `-`.
    pub(crate) fn wheel_plan(&mut self, down: bool, column: u16, row: u16) {
        if self.tab != Tab::Plan {
            return;
        }
        let about_pointer = self
            .map_geometry()
            .filter(|(area, _, _)| hit(*area, column, row));
        let Some((area, w, h)) = about_pointer else {
            let action = if down {
                PlanAction::ZoomOut
            } else {
                PlanAction::ZoomIn
            };
            return self.plan_update(action);
        };
        let zoom = (self.plan.zoom + if down { -1 } else { 1 }).clamp(ZOOM_MIN, ZOOM_MAX);
        if zoom == self.plan.zoom {
            return;
        }
        let pointer = (column - area.x, row - area.y);
        let before = Viewport::new(area, w, h, self.plan.zoom, self.plan.pan);
        let spot = before.spot_at(pointer.0, pointer.1);
        self.plan.zoom = zoom;
        self.plan.pan = Viewport::pan_keeping(area, w, h, zoom, spot, pointer);
    }
}

#[cfg(test)]
#[path = "mouse_tests.rs"]
mod tests;
