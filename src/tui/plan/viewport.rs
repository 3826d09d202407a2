//! Which part of a hall is on screen and how big a cell is drawn.
//!
//! A cell is about twice as wide as high on screen (terminal characters are
//! tall), so "fit" gives a cell up to 2 characters across and 1 row down,
//! shrinking either as the window requires. Zoom multiplies both; pan moves
//! the view by whole cells. Scales are fractional: the hall fills the window
//! instead of snapping to a whole number of characters per cell.
//!
//! Zoomed out, a character stands for several cells and shows the one at its
//! centre, so a wall one cell thick could fall between two samples. The
//! hall's first and last rows and columns never do: the character that holds
//! their centre shows them, so the walls all round stay drawn at any size.

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
    /// The hall's size in cells.
    pub hall_w: u32,
    pub hall_h: u32,
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
            hall_w: hall_w.max(1),
            hall_h: hall_h.max(1),
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

    /// The pan that shows, at `zoom`, the spot `at` (in cells, fractional)
    /// at screen column `c`, row `r` of `area`, as near as the hall's edges
    /// allow: zooming about the mouse pointer.
    pub fn pan_keeping(
        area: Rect,
        hall_w: u32,
        hall_h: u32,
        zoom: i32,
        at: (f64, f64),
        (c, r): (u16, u16),
    ) -> (i32, i32) {
        let centred = Viewport::new(area, hall_w, hall_h, zoom, (0, 0));
        let (view_w, view_h) = (
            f64::from(area.width.max(1)) / centred.sx,
            f64::from(area.height.max(1)) / centred.sy,
        );
        // The origin that puts `at` there, as a move from the centred view.
        let pan = |spot: f64, p: u16, scale: f64, view: f64, size: u32| {
            let origin = spot - (f64::from(p) + 0.5) / scale;
            (origin - (f64::from(size.max(1)) - view) / 2.0).round() as i32
        };
        let wanted = (
            pan(at.0, c, centred.sx, view_w, hall_w),
            pan(at.1, r, centred.sy, view_h, hall_h),
        );
        Viewport::clamp_pan(area, hall_w, hall_h, zoom, wanted)
    }

    /// The spot (in cells, fractional) at the centre of screen column `c`,
    /// row `r` of the area.
    pub fn spot_at(&self, c: u16, r: u16) -> (f64, f64) {
        (
            (f64::from(c) + 0.5) / self.sx + self.ox,
            (f64::from(r) + 0.5) / self.sy + self.oy,
        )
    }

    /// The cell drawn at screen column `c`, row `r` of the area (may be
    /// outside the hall).
    pub fn cell_at(&self, c: u16, r: u16) -> (i64, i64) {
        (self.x_axis().sample(c), self.y_axis().sample(r))
    }

    /// The columns `[start, end)` cells `x..x + w` cover (may be off screen):
    /// those whose sample ([`Viewport::cell_at`]) is one of them, at least one.
    pub fn cols(&self, x: u32, w: u32) -> (i64, i64) {
        self.x_axis().span(x, w)
    }

    /// The rows `[start, end)` cells `y..y + h` cover (may be off screen).
    pub fn rows(&self, y: u32, h: u32) -> (i64, i64) {
        self.y_axis().span(y, h)
    }

    /// The screen column and row that stand for a cell (may be off screen).
    pub fn position(&self, x: u32, y: u32) -> (i64, i64) {
        (self.x_axis().position(x), self.y_axis().position(y))
    }

    /// The one screen position that stands for a cell, if on screen.
    pub fn point(&self, x: u32, y: u32) -> Option<(u16, u16)> {
        let (c, r) = self.position(x, y);
        let on = c >= 0 && r >= 0 && c < i64::from(self.width) && r < i64::from(self.height);
        on.then_some((c as u16, r as u16))
    }

    fn x_axis(&self) -> Axis {
        Axis {
            scale: self.sx,
            origin: self.ox,
            cells: self.hall_w,
        }
    }

    fn y_axis(&self) -> Axis {
        Axis {
            scale: self.sy,
            origin: self.oy,
            cells: self.hall_h,
        }
    }
}

/// One direction of the mapping: screen positions to cells and back.
struct Axis {
    /// Screen positions per cell.
    scale: f64,
    /// The cell coordinate at the area's first position.
    origin: f64,
    /// The hall's cells along this axis.
    cells: u32,
}

impl Axis {
    /// The position holding the centre of `cell`, before the edges are kept.
    fn centre_of(&self, cell: u32) -> i64 {
        ((f64::from(cell) + 0.5 - self.origin) * self.scale).floor() as i64
    }

    /// The positions that show the hall's first and last cell.
    fn edges(&self) -> (i64, i64) {
        (self.centre_of(0), self.centre_of(self.cells - 1))
    }

    /// The cell shown at position `p`: the one at its centre, except that
    /// the hall's edges are shown where their own centre falls.
    fn sample(&self, p: u16) -> i64 {
        let (first, last) = self.edges();
        let p64 = i64::from(p);
        if first != last {
            if p64 == first {
                return 0;
            }
            if p64 == last {
                return i64::from(self.cells) - 1;
            }
        }
        ((f64::from(p) + 0.5) / self.scale + self.origin).floor() as i64
    }

    /// The position that stands for `cell`: where its centre falls, moved
    /// off a position that shows an edge when `cell` is not that edge.
    fn position(&self, cell: u32) -> i64 {
        let p = self.centre_of(cell);
        let (first, last) = self.edges();
        if first == last {
            p
        } else if p == first && cell != 0 {
            p + 1
        } else if p == last && cell != self.cells - 1 {
            p - 1
        } else {
            p
        }
    }

    /// Positions whose sample lies in `[start, start + len)`: the same
    /// rounding as [`Axis::sample`], so boxes and samples agree. At least
    /// one position, so the smallest box is still drawn.
    fn span(&self, start: u32, len: u32) -> (i64, i64) {
        let edge = |cell: f64| ((cell - self.origin) * self.scale - 0.5).ceil() as i64;
        let end = f64::from(start) + f64::from(len);
        let (mut a, mut b) = (edge(f64::from(start)), edge(end));
        let (first, last) = self.edges();
        if first != last {
            let holds = |cell: u32| start <= cell && f64::from(cell) < end;
            // An edge's position belongs to the box that holds the edge.
            if holds(0) {
                a = a.min(first);
                b = b.max(first + 1);
            } else if a == first {
                a += 1;
            }
            if holds(self.cells - 1) {
                a = a.min(last);
                b = b.max(last + 1);
            } else if b - 1 == last {
                b -= 1;
            }
            // A box too small for a position of its own is drawn beside an
            // edge it does not hold, not over it.
            if b <= a {
                if a >= last && !holds(self.cells - 1) {
                    a = last - 1;
                } else if a <= first && !holds(0) {
                    a = first + 1;
                }
            }
        }
        (a, b.max(a + 1))
    }
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
    fn the_halls_edges_are_shown_at_every_size_and_zoom_that_has_them_in_view() {
        for (w, h) in [(58, 8), (78, 12), (38, 2), (20, 5), (68, 24), (200, 60)] {
            for zoom in ZOOM_MIN..=ZOOM_MAX {
                let v = Viewport::new(Rect::new(0, 0, w, h), 40, 24, zoom, (0, 0));
                let cols: Vec<i64> = (0..w).map(|c| v.cell_at(c, 0).0).collect();
                let rows: Vec<i64> = (0..h).map(|r| v.cell_at(0, r).1).collect();
                let in_view = |cells: &[i64], edge: i64| {
                    cells.first().is_some_and(|&c| c <= edge)
                        && cells.last().is_some_and(|&c| c >= edge)
                };
                for (cells, last) in [(&cols, 39), (&rows, 23)] {
                    for edge in [0, last] {
                        if in_view(cells, edge) {
                            assert!(
                                cells.contains(&edge),
                                "{w}×{h} zoom {zoom}: {edge} in {cells:?}"
                            );
                        }
                    }
                }
                // The cell just inside an edge has a position of its own.
                let (c, r) = v.position(1, 1);
                assert!(c > v.position(0, 0).0 || v.sx >= 1.0, "{w}×{h} zoom {zoom}");
                assert!(r > v.position(0, 0).1 || v.sy >= 1.0, "{w}×{h} zoom {zoom}");
            }
        }
    }

    #[test]
    fn boxes_inside_the_hall_keep_off_its_edges() {
        // 60 × 20: each row of characters is three rows of cells.
        let v = Viewport::new(Rect::new(0, 0, 58, 8), 40, 24, 0, (0, 0));
        let (top, bottom) = v.rows(1, 3);
        assert!(top >= 1 && bottom > top, "{top}..{bottom}");
        let (top, bottom) = v.rows(20, 3);
        assert!(bottom <= 7 && bottom > top, "{top}..{bottom}");
        // A box that holds an edge holds its position.
        assert_eq!(v.rows(0, 1), (0, 1));
        assert_eq!(v.rows(23, 1).1, 8);
    }

    #[test]
    fn zooming_about_a_spot_keeps_it_under_the_pointer_when_the_hall_allows() {
        let area = Rect::new(0, 0, 68, 24);
        let (w, h) = (40, 24);
        let mut zoom = 0;
        let mut pan = (0, 0);
        // The pointer on stand A1's corner, near the top left: zoom in four times.
        let pointer = (14, 7);
        let spot = Viewport::new(area, w, h, zoom, pan).spot_at(pointer.0, pointer.1);
        for _ in 0..4 {
            zoom += 1;
            pan = Viewport::pan_keeping(area, w, h, zoom, spot, pointer);
            let v = Viewport::new(area, w, h, zoom, pan);
            let now = v.spot_at(pointer.0, pointer.1);
            // Within a cell: the pan moves by whole cells.
            assert!(
                (now.0 - spot.0).abs() <= 1.0 && (now.1 - spot.1).abs() <= 1.0,
                "zoom {zoom}: {spot:?} became {now:?}"
            );
        }
        // Near a corner the view stops at the hall's edge instead.
        let corner = Viewport::pan_keeping(area, w, h, 4, (0.0, 0.0), (60, 20));
        assert_eq!(corner, Viewport::clamp_pan(area, w, h, 4, (-100, -100)));
        // Zoomed out to "fits", there is nothing to move.
        assert_eq!(Viewport::pan_keeping(area, w, h, 0, spot, pointer), (0, 0));
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
