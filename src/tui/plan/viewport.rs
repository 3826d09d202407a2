//! Which part of a hall is on screen and how big a cell is drawn.
//!
//! A cell is about twice as wide as high on screen (terminal characters are
//! tall), so "fit" gives a cell up to 2 characters across and 1 row down,
//! shrinking either as the window requires. Zoom multiplies both; pan moves
//! the view by whole cells. Scales are fractional: the hall fills the window
//! instead of snapping to a whole number of characters per cell.

use ratatui::layout::Rect;

/// Zoom steps, each 1.25 times the previous. 0 is "fit the window".
pub const ZOOM_MIN: i32 = -4;
pub const ZOOM_MAX: i32 = 8;
const ZOOM_STEP: f64 = 1.25;

/// Screen ↔ cell mapping for one drawing of a hall.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    /// Screen columns per cell.
    pub sx: f64,
    /// Screen rows per cell.
    pub sy: f64,
    /// The cell coordinates at the top-left corner of the area (fractional,
    /// negative when the hall is centred in a larger area).
    pub ox: f64,
    pub oy: f64,
    pub width: u16,
    pub height: u16,
}

impl Viewport {
    /// The view of a `hall_w` × `hall_h` hall in `area`, at `zoom`, moved by
    /// `pan` cells (clamped, see [`Viewport::clamp_pan`]).
    pub fn new(area: Rect, hall_w: u32, hall_h: u32, zoom: i32, pan: (i32, i32)) -> Viewport {
        let (w, h) = (f64::from(area.width.max(1)), f64::from(area.height.max(1)));
        let (cw, ch) = (f64::from(hall_w.max(1)), f64::from(hall_h.max(1)));
        // Fit: as large as possible, a cell at most 2:1 across and never
        // taller than wide.
        let sx = (w / cw).min(2.0 * h / ch);
        let sy = (h / ch).min(w / cw);
        let factor = ZOOM_STEP.powi(zoom.clamp(ZOOM_MIN, ZOOM_MAX));
        let (sx, sy) = (sx * factor, sy * factor);
        let (view_w, view_h) = (w / sx, h / sy);
        let (px, py) = clamp_pan_for(view_w, view_h, cw, ch, pan);
        Viewport {
            sx,
            sy,
            ox: origin(view_w, cw, px),
            oy: origin(view_h, ch, py),
            width: area.width,
            height: area.height,
        }
    }

    /// `pan` limited so the view never leaves the hall (no limit needed, and
    /// none applied, on an axis where the whole hall is in view: it stays centred).
    pub fn clamp_pan(
        area: Rect,
        hall_w: u32,
        hall_h: u32,
        zoom: i32,
        pan: (i32, i32),
    ) -> (i32, i32) {
        let v = Viewport::new(area, hall_w, hall_h, zoom, (0, 0));
        let (view_w, view_h) = (
            f64::from(area.width.max(1)) / v.sx,
            f64::from(area.height.max(1)) / v.sy,
        );
        clamp_pan_for(
            view_w,
            view_h,
            f64::from(hall_w.max(1)),
            f64::from(hall_h.max(1)),
            pan,
        )
    }

    /// The cell drawn at screen column `c`, row `r` of the area (may be
    /// outside the hall).
    pub fn cell_at(&self, c: u16, r: u16) -> (i64, i64) {
        (
            ((f64::from(c) + 0.5) / self.sx + self.ox).floor() as i64,
            ((f64::from(r) + 0.5) / self.sy + self.oy).floor() as i64,
        )
    }

    /// The columns `[start, end)` cells `x..x + w` cover (may be off screen).
    pub fn cols(&self, x: u32, w: u32) -> (i64, i64) {
        span(x, w, self.ox, self.sx)
    }

    /// The rows `[start, end)` cells `y..y + h` cover (may be off screen).
    pub fn rows(&self, y: u32, h: u32) -> (i64, i64) {
        span(y, h, self.oy, self.sy)
    }

    /// The one screen position that stands for a cell (its centre), if on screen.
    pub fn point(&self, x: u32, y: u32) -> Option<(u16, u16)> {
        let c = ((f64::from(x) + 0.5 - self.ox) * self.sx).floor();
        let r = ((f64::from(y) + 0.5 - self.oy) * self.sy).floor();
        let on = c >= 0.0 && r >= 0.0 && c < f64::from(self.width) && r < f64::from(self.height);
        on.then_some((c as u16, r as u16))
    }
}

/// Screen positions `p` with `(p + 0.5) / scale + origin` in `[start, start + len)`:
/// the same rounding as [`Viewport::cell_at`], so boxes and samples agree.
fn span(start: u32, len: u32, origin: f64, scale: f64) -> (i64, i64) {
    let edge = |cell: f64| ((cell - origin) * scale - 0.5).ceil() as i64;
    let a = edge(f64::from(start));
    let b = edge(f64::from(start) + f64::from(len));
    (a, b.max(a + 1))
}

/// The first cell in view: centred, moved by `pan`, never past the hall's edges.
fn origin(view: f64, size: f64, pan: i32) -> f64 {
    let centred = (size - view) / 2.0;
    if view >= size {
        centred
    } else {
        (centred + f64::from(pan)).clamp(0.0, size - view)
    }
}

fn clamp_pan_for(view_w: f64, view_h: f64, cw: f64, ch: f64, pan: (i32, i32)) -> (i32, i32) {
    let limit = |view: f64, size: f64| (((size - view) / 2.0).max(0.0)).ceil() as i32;
    let (lx, ly) = (limit(view_w, cw), limit(view_h, ch));
    (pan.0.clamp(-lx, lx), pan.1.clamp(-ly, ly))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_hall_fits_a_100_by_30_window_at_almost_two_columns_per_cell() {
        let v = Viewport::new(Rect::new(0, 0, 68, 24), 40, 24, 0, (0, 0));
        assert!(
            (v.sx - 1.7).abs() < 1e-9 && (v.sy - 1.0).abs() < 1e-9,
            "{v:?}"
        );
        // Every cell of the hall is on screen: corners map to corners.
        assert_eq!(v.cell_at(0, 0), (0, 0));
        assert_eq!(v.cell_at(67, 23), (39, 23));
    }

    #[test]
    fn boxes_and_samples_agree() {
        let v = Viewport::new(Rect::new(0, 0, 68, 24), 40, 24, 0, (0, 0));
        let (a, b) = v.cols(5, 4);
        for c in a..b {
            let (x, _) = v.cell_at(c as u16, 0);
            assert!((5..9).contains(&x), "column {c} samples cell {x}");
        }
        assert_eq!(v.cell_at((a - 1) as u16, 0).0, 4);
        assert_eq!(v.cell_at(b as u16, 0).0, 9);
    }

    #[test]
    fn pan_is_clamped_to_the_hall_and_ignored_when_it_all_fits() {
        let area = Rect::new(0, 0, 68, 24);
        assert_eq!(Viewport::clamp_pan(area, 40, 24, 0, (5, -3)), (0, 0));
        let zoomed = Viewport::clamp_pan(area, 40, 24, 4, (100, -100));
        assert!(zoomed.0 > 0 && zoomed.0 < 100 && zoomed.1 < 0, "{zoomed:?}");
        let v = Viewport::new(area, 40, 24, 4, (100, -100));
        assert_eq!(
            v.cell_at(67, 0).0,
            39,
            "the right edge of the hall at the right"
        );
        assert_eq!(v.cell_at(0, 0).1, 0, "the top of the hall at the top");
    }
}
