//! The plan's part of `App::update`: stars, visits, "you are here", zoom
//! and pan, and the route and tour kept up to date. "Ma visite" moves its
//! own cursor (see `visit/`).

use super::layout::PlanAreas;
use super::viewport::{Viewport, ZOOM_MAX, ZOOM_MIN};
use super::{Cache, CacheKey, PlanAction, PlanState, Routed, panel};
use crate::tui::app::{App, Focus, clamp_move};
use crate::tui::confirm::Confirm;
use crate::tui::detail::Target;
use crate::tui::keymap::Context;
use crate::tui::tab::Tab;
use crate::tui::undo::Inverse;
use crate::venue::plan::EventPlan;
use crate::venue::tour::{Tour, plan_tour};
use crate::venue::{Place, RouteError, route};

impl App {
    /// Keeps the plan in `plan.json` in `config_dir`, saved at every change.
    pub fn open_plan_store(&mut self, config_dir: &std::path::Path) {
        self.plan.open_store(config_dir);
        self.refresh_plan();
    }

    /// Speaks `lang` from now on: the interface, directions and messages.
    pub fn set_lang(&mut self, lang: crate::i18n::Lang) {
        self.text = &crate::i18n::t(lang).ui;
        self.plan.lang = lang;
        // The words change, not the ways: the trees are kept.
        self.plan.cache = Cache {
            trees: std::mem::take(&mut self.plan.cache.trees),
            ..Cache::default()
        };
        self.refresh_plan();
    }

    pub fn plan(&self) -> &PlanState {
        &self.plan
    }

    pub(crate) fn plan_update(&mut self, action: PlanAction) {
        match action {
            PlanAction::Pan { dx, dy } => {
                let step = self.pan_step();
                let pan = (
                    self.plan.pan.0 + i32::from(dx) * step.0,
                    self.plan.pan.1 + i32::from(dy) * step.1,
                );
                self.plan.pan = self.clamped_pan(self.plan.zoom, pan);
            }
            PlanAction::ZoomIn | PlanAction::ZoomOut => {
                let delta = if action == PlanAction::ZoomIn { 1 } else { -1 };
                let zoom = (self.plan.zoom + delta).clamp(ZOOM_MIN, ZOOM_MAX);
                self.plan.zoom = zoom;
                self.plan.pan = self.clamped_pan(zoom, self.plan.pan);
            }
            PlanAction::ZoomFit => {
                self.plan.zoom = 0;
                self.plan.pan = (0, 0);
            }
            PlanAction::NextHall | PlanAction::PrevHall => {
                let count = self.plan.grid.as_ref().map_or(0, |g| g.halls().len());
                if count > 0 {
                    let step = if action == PlanAction::NextHall {
                        1
                    } else {
                        count - 1
                    };
                    self.plan.hall = (self.plan.hall + step) % count;
                    self.plan.pan = (0, 0);
                }
            }
            PlanAction::ToggleTour => self.plan.show_tour = !self.plan.show_tour,
            // On a talk, the stand's key stars the talk.
            PlanAction::ToggleStar if self.toggle_talk_star() => {}
            PlanAction::ToggleStar => self.with_acting_stand(|app, stand| {
                let was = app.plan.event_plan().is_starred(&stand);
                let said = (app.text.starred_now)(&stand, !was);
                let undo = Inverse::Star {
                    stand: stand.clone(),
                    was,
                };
                let change = move |plan: &mut EventPlan, now| plan.set_starred(&stand, !was, now);
                (change, undo, said)
            }),
            PlanAction::ToggleVisited => {
                self.with_acting_stand(|app, stand| {
                    let plan = app.plan.event_plan();
                    let was = plan.is_visited(&stand);
                    let undo = Inverse::Visited {
                        stand: stand.clone(),
                        was,
                        here: plan.position().map(str::to_string),
                    };
                    let said = (app.text.visited_now)(&stand, !was);
                    let change = move |plan: &mut EventPlan, now| {
                        plan.set_visited(&stand, !was, now);
                        // Ticked off means the visitor is there: the next
                        // leg of the tour starts from it.
                        if !was {
                            plan.set_position(Some(&stand), now);
                        }
                    };
                    (change, undo, said)
                });
                let plan = self.plan.event_plan();
                let starred = plan.starred();
                if !starred.is_empty() && starred.iter().all(|s| plan.is_visited(s)) {
                    self.say(self.text.tour_complete);
                }
            }
            PlanAction::SetHere => self.with_acting_stand(|app, stand| {
                let was = app.plan.event_plan().position().map(str::to_string);
                let said = (app.text.here_now)(Some(&stand));
                let undo = Inverse::Here { was };
                let change = move |plan: &mut EventPlan, now| plan.set_position(Some(&stand), now);
                (change, undo, said)
            }),
            PlanAction::ResetHere => {
                let was = self.plan.event_plan().position().map(str::to_string);
                if self.plan.change(|plan, now| plan.set_position(None, now)) {
                    self.plan.message = None;
                    self.changed(Inverse::Here { was }, (self.text.here_now)(None));
                }
            }
            PlanAction::NextStand | PlanAction::PrevStand => {
                let delta = if action == PlanAction::NextStand {
                    1
                } else {
                    -1
                };
                let list = &mut self.lists[Tab::Stands.index()];
                list.selected = clamp_move(list.selected, delta, list.hits.len());
                self.keep_selection_visible();
            }
            PlanAction::VisitMove(delta) => self.move_visit_cursor(delta.into()),
            PlanAction::VisitFirst => self.move_visit_cursor(isize::MIN),
            PlanAction::VisitLast => self.move_visit_cursor(isize::MAX),
            PlanAction::ShowOnPlan if self.show_talk_on_plan() => {}
            PlanAction::ShowOnPlan => {
                if let Some(stand) = self.acting_stand() {
                    self.select_stand(&stand);
                }
                self.switch_tab(Tab::Plan);
            }
        }
    }

    /// Makes a change to the stand the keys act on, or says there is none.
    /// `prepare` gives, for the stand, the change to save, how to undo it
    /// and what to say once saved.
    fn with_acting_stand<F>(&mut self, prepare: impl FnOnce(&App, String) -> (F, Inverse, String))
    where
        F: FnOnce(&mut EventPlan, u64),
    {
        let Some(stand) = self.acting_stand() else {
            self.plan.message = Some(self.text.plan_no_stand.to_string());
            return self.say(self.text.plan_no_stand);
        };
        let (change, undo, said) = prepare(self, stand);
        if self.plan.change(change) {
            self.plan.message = None;
            self.changed(undo, said);
        } else if let Some(why) = self.plan.message.clone() {
            self.say(why);
        }
    }

    /// The stand `s`, `v` and "I am here" act on: the focused detail's, the
    /// cursor's in "Ma visite", the selected organisation's or person's
    /// first stand, else the selected stand.
    pub(crate) fn acting_stand(&self) -> Option<String> {
        let number = |i: usize| self.directory.stands.get(i).map(|s| s.number.to_string());
        match (self.detail, self.tab) {
            (Some(d), _) => self.stand_of(d.target),
            (None, Tab::Visit) => self
                .visit_rows()
                .get(self.plan.cursor)
                .filter(|r| !r.is_talk())
                .map(|r| r.stand.clone()),
            (None, Tab::Organisations) => {
                let list = self.list(Tab::Organisations);
                let hit = list.hits.get(list.selected)?;
                self.stand_of(Target::Organisation(hit.record()))
            }
            (None, Tab::People) => self.stand_of(self.selected_target()?),
            (None, _) => {
                let list = self.list(Tab::Stands);
                number(list.hits.get(list.selected)?.record())
            }
        }
    }

    fn stand_of(&self, target: Target) -> Option<String> {
        match target {
            Target::Stand(i) => self.directory.stands.get(i).map(|s| s.number.to_string()),
            Target::Organisation(i) => {
                let stand = self.directory.stands_of(i).next()?;
                Some(self.directory.stands[stand].number.to_string())
            }
            Target::Person(i) => {
                let stand = *self.directory.stands_to_find(i).first()?;
                Some(self.directory.stands[stand].number.to_string())
            }
            // A note leads to the stand where you met, when it is one of the
            // directory's (another event's stand numbers are another plan's).
            Target::Talk(i) => {
                let talk = crate::search::catalog::talks(&self.directory).get(i)?;
                match &talk.place {
                    Some(crate::directory::TalkPlace::Stand(number)) => Some(number.to_string()),
                    _ => None,
                }
            }
            Target::Note(i) => {
                let note = self.notes.note(i)?;
                if !self.notes.book()?.is_current(note) {
                    return None;
                }
                let stand = note.stand.clone()?;
                let position = self.directory.stand_index(&stand)?;
                Some(self.directory.stands[position].number.to_string())
            }
        }
    }

    /// The stand shown lit on the plan and routed to: the focused detail's
    /// stand, else the Stands list's selection.
    pub fn plan_stand(&self) -> Option<String> {
        if let Some(d) = self.detail
            && let Target::Stand(i) = d.target
        {
            return self.directory.stands.get(i).map(|s| s.number.to_string());
        }
        let list = self.list(Tab::Stands);
        let hit = list.hits.get(list.selected)?;
        self.directory
            .stands
            .get(hit.record())
            .map(|s| s.number.to_string())
    }

    /// Selects `number` in the Stands list, clearing the search if it hides it.
    pub(crate) fn select_stand(&mut self, number: &str) {
        let Some(index) = self.directory.stand_index(number) else {
            return;
        };
        let find = |app: &App| {
            app.list(Tab::Stands)
                .hits
                .iter()
                .position(|h| h.record() == index)
        };
        let row = match find(self) {
            Some(row) => Some(row),
            None => {
                self.query.clear();
                self.ticked.iter_mut().for_each(|on| *on = false);
                self.refresh_results();
                find(self)
            }
        };
        if let Some(row) = row {
            self.lists[Tab::Stands.index()].selected = row;
            self.keep_selection_visible();
        }
    }

    /// Before leaving a stand's detail for another tab: that stand becomes
    /// the selected one, so the plan shows what was being read.
    pub(crate) fn carry_detail_stand(&mut self) {
        if let Some(d) = self.detail
            && let Target::Stand(i) = d.target
            && let Some(row) = self
                .list(Tab::Stands)
                .hits
                .iter()
                .position(|h| h.record() == i)
        {
            self.lists[Tab::Stands.index()].selected = row;
        }
    }

    /// F9 with an unreadable plan file: asks before setting it aside.
    pub(crate) fn ask_set_aside_plan(&mut self) {
        if !self.plan.is_read_only() {
            return self.say(self.text.plan_file_fine);
        }
        self.confirm = Some(Confirm::SetAsidePlan);
    }

    /// Sets the unreadable plan file aside (the user said yes).
    pub(crate) fn set_aside_plan(&mut self) {
        let said = self.plan.set_aside();
        self.say(said);
        self.refresh_plan();
    }

    /// Recomputes the route and the tour when what they depend on changed.
    /// Called after every action, so both stay cheap when only the selection
    /// moved: the route is a walk back along the tree from "you are here",
    /// and the tour, which does not depend on the selection, is kept.
    pub(crate) fn refresh_plan(&mut self) {
        self.plan.reload();
        if self.refresh_day_plan() {
            self.clamp_visit_cursor();
        }
        let event = self.plan.event_plan();
        let key = CacheKey {
            here: event.position().map(str::to_string),
            selected: self.plan_stand(),
            starred: event.starred(),
            visited: event.visited(),
        };
        let previous = self.plan.cache.key.take();
        if previous.as_ref() == Some(&key) {
            self.plan.cache.key = previous;
            return;
        }
        let selection_moved = previous.as_ref().map(|k| &k.selected) != Some(&key.selected);
        let tour_stale = previous.as_ref().is_none_or(|k| {
            (&k.here, &k.starred, &k.visited) != (&key.here, &key.starred, &key.visited)
        });
        let lang = self.plan.lang;
        let here = Place::here(key.here.as_deref());
        let cache = &mut self.plan.cache;
        match &self.plan.grid {
            Err(e) => {
                cache.route = key.selected.as_ref().map(|_| Err(e.clone()));
                cache.tour = Some(Err(e.clone()));
                cache.tour_path = Vec::new();
            }
            Ok(grid) => {
                cache.route = key.selected.as_ref().map(|stand| {
                    let tree = cache.tree(grid, key.here.as_deref()).as_ref();
                    tree.map_err(Clone::clone)
                        .and_then(|tree| tree.route_to(grid, &Place::Stand(stand.clone())))
                        .map(|route| Routed::new(grid, route, lang))
                });
                if tour_stale {
                    let tour = plan_tour(grid, &here, &key.starred, &key.visited);
                    cache.tour_path = match &tour {
                        Ok(tour) => {
                            let tree = cache.kept_tree(key.here.as_deref());
                            tour_path(grid, &here, tree.and_then(|t| t.as_ref().ok()), tour)
                        }
                        Err(_) => Vec::new(),
                    };
                    cache.tour = Some(tour);
                }
                // Show the hall the selected stand is in.
                if selection_moved
                    && let Some(spot) = key.selected.as_deref().and_then(|s| grid.stand(s))
                    && spot.hall() != self.plan.hall
                {
                    self.plan.hall = spot.hall();
                    self.plan.pan = (0, 0);
                }
            }
        }
        self.plan.cache.key = Some(key);
        self.clamp_visit_cursor();
    }

    /// Keeps the cursor of "Ma visite" on one of its rows.
    fn clamp_visit_cursor(&mut self) {
        let rows = self.visit_rows().len();
        self.plan.cursor = self.plan.cursor.min(rows.saturating_sub(1));
    }

    /// The route to the selected stand (none when nothing is selected).
    pub fn plan_route(&self) -> Option<&Result<Routed, RouteError>> {
        self.plan.cache.route.as_ref()
    }

    pub fn plan_tour(&self) -> Option<&Result<Tour, RouteError>> {
        self.plan.cache.tour.as_ref()
    }

    /// The pan step: a quarter of what is in view, at least one cell.
    fn pan_step(&self) -> (i32, i32) {
        let Some((area, w, h)) = self.map_geometry() else {
            return (1, 1);
        };
        let v = Viewport::new(area, w, h, self.plan.zoom, (0, 0));
        let cells =
            |screen: u16, scale: f64| ((f64::from(screen) / scale / 4.0).round() as i32).max(1);
        (cells(area.width, v.sx), cells(area.height, v.sy))
    }

    fn clamped_pan(&self, zoom: i32, pan: (i32, i32)) -> (i32, i32) {
        match self.map_geometry() {
            Some((area, w, h)) => Viewport::clamp_pan(area, w, h, zoom, pan),
            None => (0, 0),
        }
    }

    /// The map's drawing area and the current hall's size in cells.
    pub(crate) fn map_geometry(&self) -> Option<(ratatui::layout::Rect, u32, u32)> {
        let areas = self.areas()?;
        let grid = self.plan.grid.as_ref().ok()?;
        let hall = grid.halls().get(self.plan.hall)?;
        let map = PlanAreas::compute(&areas, |width| panel::lines(self, width).len()).map_inner();
        Some((map, hall.width, hall.height))
    }

    /// The keymap contexts of the Plan and "Ma visite" tabs.
    pub(crate) fn plan_contexts(&self) -> Vec<Context> {
        let own = if self.tab == Tab::Visit {
            Context::Visit
        } else {
            Context::Plan
        };
        vec![own, Context::Browse, Context::Global]
    }

    /// Whether the Plan or "Ma visite" tab has the keyboard.
    pub(crate) fn plan_tab_focused(&self) -> bool {
        !self.tab.has_list() && self.focus == Focus::List
    }
}

/// Every cell of the tour's walk from `here`, leg after leg; the first leg
/// along `tree` (from `here`) when there is one.
fn tour_path(
    grid: &crate::venue::VenueGrid,
    here: &Place,
    tree: Option<&crate::venue::PathTree>,
    tour: &Tour,
) -> Vec<crate::venue::Cell> {
    let mut from = here.clone();
    let mut cells = Vec::new();
    for (i, stop) in tour.stops.iter().enumerate() {
        let to = Place::Stand(stop.stand.clone());
        let leg = match tree.filter(|_| i == 0) {
            Some(tree) => tree.route_to(grid, &to),
            None => route(grid, &from, &to),
        };
        if let Ok(leg) = leg {
            cells.extend(leg.path);
        }
        from = to;
    }
    cells
}
