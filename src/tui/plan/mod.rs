//! The visitor's plan in the TUI: stars, visits and "you are here" (saved in
//! `plan.json` at every change), the route to the selected stand, the tour,
//! and how the Plan tab is zoomed and panned.
//!
//! - the state (here) changes in [`update`], through [`PlanAction`]s;
//! - [`viewport`]: screen ↔ cell mapping; [`canvas`]: the hall as characters;
//!   [`layout`]: the map and its panel; [`panel`]: what the panel says;
//!   `mouse`: a click selects a stand, the wheel zooms;
//! - [`detail`]: what the plan adds to a stand's detail ("How to get there");
//! - `draw`: the Plan tab.

pub mod canvas;
pub mod detail;
mod draw;
pub mod layout;
mod mouse;
pub mod panel;
#[cfg(test)]
mod tests;
pub mod update;
pub mod viewport;

pub(crate) use draw::draw;

use std::path::Path;

use crate::directory::Directory;
use crate::i18n::Lang;
use crate::store::Store;
use crate::venue::plan::{self, EventPlan, PlanFile};
use crate::venue::tour::Tour;
use crate::venue::{Cell, PathTree, Place, Route, RouteError, VenueGrid, directions};

/// Everything the Plan and "Ma visite" tabs can be asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanAction {
    /// Move the view by whole cells.
    Pan {
        dx: i8,
        dy: i8,
    },
    ZoomIn,
    ZoomOut,
    /// Back to "the whole hall fits".
    ZoomFit,
    NextHall,
    PrevHall,
    /// Draw the whole tour on the plan, or not.
    ToggleTour,
    ToggleStar,
    ToggleVisited,
    /// "I am at this stand."
    SetHere,
    /// "You are here" back to the main entrance.
    ResetHere,
    /// The next / previous stand matching the search (the Stands list's selection).
    NextStand,
    PrevStand,
    /// Move the cursor of "Ma visite".
    VisitMove(i8),
    VisitFirst,
    VisitLast,
    /// Show the chosen stand on the Plan tab.
    ShowOnPlan,
}

/// A route to the selected stand, with its words.
#[derive(Debug, Clone, PartialEq)]
pub struct Routed {
    pub route: Route,
    pub directions: String,
    /// Length and walking time; none when you are at the stand.
    pub summary: Option<String>,
}

impl Routed {
    /// `route` with its directions and summary in `lang`.
    pub(crate) fn new(grid: &VenueGrid, route: Route, lang: Lang) -> Routed {
        Routed {
            directions: directions::render(&directions::steps(grid, &route), lang),
            summary: directions::render_summary(&route, lang),
            route,
        }
    }
}

/// What the route and the tour were computed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CacheKey {
    pub here: Option<String>,
    pub selected: Option<String>,
    pub starred: Vec<String>,
    pub visited: Vec<String>,
}

/// Derived from the plan and the selection; recomputed in `update`, never while drawing.
#[derive(Debug, Default)]
pub(crate) struct Cache {
    pub key: Option<CacheKey>,
    pub route: Option<Result<Routed, RouteError>>,
    pub tour: Option<Result<Tour, RouteError>>,
    /// Every cell of the tour's walk, leg after leg, for drawing it.
    pub tour_path: Vec<Cell>,
    /// Shortest-path trees from the last positions ("you are here", `None`
    /// for the main entrance), most recent first: a route to the selected
    /// stand is a walk back along one, so moving the selection (at every
    /// keystroke of a search) never searches the venue again.
    pub trees: Vec<(Option<String>, Result<PathTree, RouteError>)>,
}

/// Trees kept: the main entrance and one stand, so going back and forth
/// between them ("I am here", then `e`) builds no tree again. Each costs
/// 2 bytes per cell (1 MB on the 50 000-stand fair).
const TREES_KEPT: usize = 2;

impl Cache {
    /// The tree from `here`, built now unless kept. The one Dijkstra over
    /// the venue is paid on the first route from a position (at `App::new`
    /// for the main entrance), never again while the selection moves.
    pub(crate) fn tree(
        &mut self,
        grid: &VenueGrid,
        here: Option<&str>,
    ) -> &Result<PathTree, RouteError> {
        match self.trees.iter().position(|(at, _)| at.as_deref() == here) {
            Some(i) => {
                let kept = self.trees.remove(i);
                self.trees.insert(0, kept);
            }
            None => {
                let tree = PathTree::build(grid, &Place::here(here));
                self.trees.truncate(TREES_KEPT - 1);
                self.trees.insert(0, (here.map(str::to_string), tree));
            }
        }
        &self.trees[0].1
    }

    /// The tree from `here` if one is kept (for code that cannot build one).
    pub(crate) fn kept_tree(&self, here: Option<&str>) -> Option<&Result<PathTree, RouteError>> {
        self.trees
            .iter()
            .find(|(at, _)| at.as_deref() == here)
            .map(|(_, tree)| tree)
    }
}

pub struct PlanState {
    pub(crate) grid: Result<VenueGrid, RouteError>,
    /// `None`: no configuration folder (or a test): the plan lives in `memory`.
    pub(crate) store: Option<Store<PlanFile>>,
    pub(crate) memory: PlanFile,
    pub(crate) event: String,
    pub(crate) lang: Lang,
    pub(crate) hall: usize,
    pub(crate) zoom: i32,
    pub(crate) pan: (i32, i32),
    pub(crate) show_tour: bool,
    /// The selected row of "Ma visite".
    pub(crate) cursor: usize,
    /// The last thing to tell the user (a save that failed, a stand not on the plan).
    pub(crate) message: Option<String>,
    pub(crate) cache: Cache,
    /// "Ma visite"'s day plan, and the clock it is planned by.
    pub(crate) day: crate::tui::visit::DayCache,
}

impl PlanState {
    pub fn new(directory: &Directory, lang: Lang) -> PlanState {
        PlanState {
            grid: VenueGrid::build(directory),
            store: None,
            memory: PlanFile::default(),
            event: directory.event.id.to_string(),
            lang,
            hall: 0,
            zoom: 0,
            pan: (0, 0),
            show_tour: false,
            cursor: 0,
            message: None,
            cache: Cache::default(),
            day: Default::default(),
        }
    }

    /// Keeps the plan in `plan.json` in `config_dir` from now on.
    pub fn open_store(&mut self, config_dir: &Path) {
        let store = Store::open(config_dir.join(plan::FILE_NAME));
        self.message = store.problem().map(|p| problem_message(p, self.lang));
        self.store = Some(store);
    }

    /// Builds the shortest-path tree from the user's position now, so that
    /// the first route drawn needs no search of the venue.
    pub(crate) fn prepare_tree(&mut self) {
        if let Ok(grid) = &self.grid {
            let plan = self.event_plan();
            self.cache.tree(grid, plan.position());
        }
    }

    /// This event's stars, visits and position.
    pub fn event_plan(&self) -> EventPlan {
        match &self.store {
            Some(store) => store.document().event(&self.event),
            None => self.memory.event(&self.event),
        }
    }

    /// The last thing to tell the user: an unreadable `plan.json`, a failed save.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// Whether changes are refused because `plan.json` cannot be read.
    pub fn is_read_only(&self) -> bool {
        self.store.as_ref().is_some_and(Store::is_read_only)
    }

    /// Applies a change to this event's plan and saves it at once. On failure
    /// nothing changes and `message` says why.
    pub(crate) fn change(&mut self, change: impl FnOnce(&mut EventPlan, u64)) -> bool {
        let now = now_ms();
        let event = self.event.clone();
        match &mut self.store {
            None => {
                change(self.memory.event_mut(&event), now);
                true
            }
            Some(store) => match store.save(|doc| change(doc.event_mut(&event), now)) {
                Ok(()) => true,
                Err(e) => {
                    self.message = Some(match store.problem() {
                        Some(problem) => problem_message(problem, self.lang),
                        None => e.to_string(),
                    });
                    false
                }
            },
        }
    }

    /// Renames an unreadable `plan.json` aside (never deleted) and starts
    /// afresh; returns what to tell the user.
    pub(crate) fn set_aside(&mut self) -> String {
        let text = &crate::i18n::t(self.lang).ui;
        let Some(store) = self.store.as_mut().filter(|s| s.is_read_only()) else {
            return text.plan_file_fine.to_string();
        };
        match store.set_aside() {
            Ok(moved) => {
                self.message = None;
                (text.plan_set_aside_done)(moved.as_deref())
            }
            Err(e) => e.render(self.lang),
        }
    }

    /// Picks up changes another maillage made to `plan.json` (a cheap check).
    pub(crate) fn reload(&mut self) {
        if let Some(store) = &mut self.store
            && store.reload_if_changed()
        {
            self.message = store.problem().map(|p| problem_message(p, self.lang));
        }
    }
}

/// What to say about an unreadable `plan.json`.
pub fn problem_message(problem: &crate::store::StoreError, lang: Lang) -> String {
    let problem = problem.render(lang);
    format!("{problem} — {}", &crate::i18n::t(lang).ui.plan_read_only)
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}
