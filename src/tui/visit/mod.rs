//! "Ma visite": the starred stands as a walking tour from where you are,
//! then the visited ones and those that cannot be walked to; with starred
//! talks, the day plan (`venue::day`): the talks at their time and the
//! stands in the gaps. Its rows and cursor (its part of `App::update`) are
//! here, its drawing in `draw`; the tour itself is kept up to date with the
//! plan (see `plan/update.rs`), the day plan is computed here, in
//! `update`, when the stars, the position or the minute change; drawing
//! only reads it.

mod draw;

use jiff::Timestamp;

pub(crate) use draw::draw;

use crate::tui::app::{App, clamp_move};
use crate::venue::day::{self, DayInput, DayItem, DayPlan};
use crate::venue::{Place, RouteError};

/// The day plan "Ma visite" shows, kept until the stars, the position or
/// the minute change. It is planned by the app's clock ([`App::now`]), in
/// `update` ([`App::refresh_day_plan`]), never while drawing.
#[derive(Default)]
pub struct DayCache {
    plan: Option<(DayKey, Planned)>,
}

/// A day plan computed, or why it could not be.
type Planned = Result<DayPlan, RouteError>;

/// What the day plan is computed from.
#[derive(PartialEq)]
struct DayKey {
    here: Option<String>,
    starred: Vec<String>,
    visited: Vec<String>,
    talks: Vec<String>,
    /// "Now", to the minute.
    now: Timestamp,
}

/// `now` to the minute: the plan starts at a whole minute, and is computed
/// again once a minute at most.
fn to_the_minute(now: Timestamp) -> Timestamp {
    let now = now.as_second();
    Timestamp::from_second(now - now.rem_euclid(60)).unwrap_or(Timestamp::UNIX_EPOCH)
}

impl App {
    /// The day plan, when talks of the programme are starred; `None` when
    /// none is (Ma visite is then the tour).
    pub fn day_plan(&self) -> Option<&Planned> {
        self.plan.day.plan.as_ref().map(|(_, plan)| plan)
    }

    /// Plans the day again if the stars, the position or the minute
    /// changed since it was last planned. Returns whether the plan changed.
    pub(crate) fn refresh_day_plan(&mut self) -> bool {
        let event = self.plan.event_plan();
        let talk_ids = event.starred_talks();
        let talks = if talk_ids.is_empty() {
            Vec::new()
        } else {
            day::starred_talks(&self.directory, &talk_ids)
        };
        if talks.is_empty() {
            return self.plan.day.plan.take().is_some();
        }
        let key = DayKey {
            here: event.position().map(str::to_string),
            starred: event.starred(),
            visited: event.visited(),
            talks: talk_ids,
            now: to_the_minute(self.now()),
        };
        if self.plan.day.plan.as_ref().is_some_and(|(k, _)| *k == key) {
            return false;
        }
        let plan = match &self.plan.grid {
            Err(e) => Err(e.clone()),
            Ok(grid) => day::plan_day(
                grid,
                DayInput {
                    here: &Place::here(key.here.as_deref()),
                    now: key.now,
                    stands: &key.starred,
                    visited: &key.visited,
                    talks: &talks,
                    stand_minutes: day::DEFAULT_STAND_MINUTES,
                },
            ),
        };
        self.plan.day.plan = Some((key, plan));
        true
    }

    /// The rows of "Ma visite": the tour's stops (or the day plan's stands
    /// and talks), then the visited stands, then those that cannot be
    /// walked to.
    pub fn visit_rows(&self) -> Vec<VisitRow> {
        if let Some(plan) = self.day_plan() {
            let Ok(plan) = plan else {
                return Vec::new();
            };
            return day_rows(plan, self.plan.lang);
        }
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

/// The rows of the day plan: its stops, the visited stands, those out of reach.
fn day_rows(plan: &DayPlan, lang: crate::i18n::Lang) -> Vec<VisitRow> {
    let stops = plan.items.iter().map(|item| VisitRow {
        stand: match &item.stop {
            day::DayStop::Stand { number } => number.clone(),
            day::DayStop::Talk { .. } => String::new(),
        },
        state: VisitState::Day(item.clone()),
    });
    let visited = plan.visited.iter().map(|s| VisitRow {
        stand: s.clone(),
        state: VisitState::Visited,
    });
    let skipped = plan.skipped.iter().map(|(s, e)| VisitRow {
        stand: s.clone(),
        state: VisitState::Unreachable(e.message(lang)),
    });
    stops.chain(visited).chain(skipped).collect()
}

/// One row of "Ma visite".
#[derive(Debug, Clone, PartialEq)]
pub struct VisitRow {
    /// The stand's number; empty on a talk's row.
    pub stand: String,
    pub state: VisitState,
}

impl VisitRow {
    /// Whether the row is a talk of the day plan (no stand to act on).
    pub fn is_talk(&self) -> bool {
        matches!(&self.state, VisitState::Day(item) if item.is_talk())
    }
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
    /// A stop of the day plan: a stand or a talk, its times, the walk
    /// before it, its notes.
    Day(DayItem),
}
