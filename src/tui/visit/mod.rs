//! "Ma visite": the starred stands as a walking tour from where you are,
//! then the visited ones and those that cannot be walked to. Its rows and
//! cursor (its part of `App::update`) are here, its drawing in `draw`; the
//! tour itself is kept up to date with the plan (see `plan/update.rs`).

mod draw;

pub(crate) use draw::draw;

use crate::tui::app::{App, clamp_move};

impl App {
    /// The rows of "Ma visite": the tour's stops, then the visited stands,
    /// then those that cannot be walked to.
    pub fn visit_rows(&self) -> Vec<VisitRow> {
        let Some(Ok(tour)) = self.plan_tour() else {
            return Vec::new();
        };
        let stops = tour.stops.iter().map(|s| VisitRow {
            stand: s.stand.clone(),
            state: VisitState::ToSee { leg_m: s.leg_m },
        });
        let visited = tour.visited.iter().map(|s| VisitRow {
            stand: s.clone(),
            state: VisitState::Visited,
        });
        let skipped = tour.skipped.iter().map(|(s, e)| VisitRow {
            stand: s.clone(),
            state: VisitState::Unreachable(e.message(self.plan.lang)),
        });
        stops.chain(visited).chain(skipped).collect()
    }

    /// Moves the cursor of "Ma visite" by `delta` rows (±isize::MAX: to the end).
    pub(crate) fn move_visit_cursor(&mut self, delta: isize) {
        let count = self.visit_rows().len();
        self.plan.cursor = clamp_move(self.plan.cursor, delta, count);
    }

    /// The one-character mark of a stand in the Stands list: visited,
    /// starred, or a blank.
    pub fn visit_marker(&self, number: &str) -> &'static str {
        let event = self.plan.event_plan();
        if event.is_visited(number) {
            "✓"
        } else if event.is_starred(number) {
            "★"
        } else {
            " "
        }
    }
}

/// One row of "Ma visite".
#[derive(Debug, Clone, PartialEq)]
pub struct VisitRow {
    pub stand: String,
    pub state: VisitState,
}

#[derive(Debug, Clone, PartialEq)]
pub enum VisitState {
    /// Still to see; the walk from the previous stop.
    ToSee {
        leg_m: f64,
    },
    Visited,
    /// Cannot be walked to, and why.
    Unreachable(String),
}
