//! What the plan adds to the detail pane ("How to get there") and to the
//! lists (the rows of "Ma visite", the ★ and ✓ marks). Part of `app/plan.rs`.

use super::super::super::detail::{Item, Target};
use super::super::super::plan::Routed;
use super::super::App;
use crate::venue::{Place, route};

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

    /// What the detail pane shows for `target`: the directory's detail, then,
    /// for a stand, its place in the visit and how to get there.
    pub fn detail_items(&self, target: Target) -> Vec<Item> {
        let mut items = self.document(target);
        if let Target::Stand(i) = target
            && let Some(stand) = self.directory.stands.get(i)
        {
            // Before the organisations: on site, the way there is what matters.
            let at = items
                .iter()
                .position(|item| matches!(item, Item::Section(_)))
                .unwrap_or(items.len());
            items.splice(at..at, self.how_to_get_there(&stand.number));
        }
        items
    }

    fn how_to_get_there(&self, number: &str) -> Vec<Item> {
        let event = self.plan.event_plan();
        let mut items = Vec::new();
        let marks = match (event.is_starred(number), event.is_visited(number)) {
            (true, true) => Some(format!("{} · {}", self.text.starred, self.text.visited)),
            (true, false) => Some(self.text.starred.to_string()),
            (false, true) => Some(self.text.visited.to_string()),
            (false, false) => None,
        };
        if let Some(marks) = marks {
            items.push(Item::Field(self.text.my_visit, marks));
        }
        items.push(Item::Section(self.text.how_to_get_there));
        let lang = self.plan.lang;
        let cached = self.plan.cache.route.as_ref().filter(|_| {
            self.plan
                .cache
                .key
                .as_ref()
                .and_then(|k| k.selected.as_deref())
                == Some(number)
        });
        let computed;
        let routed = match (cached, &self.plan.grid) {
            (Some(r), _) => r,
            (None, Err(e)) => {
                computed = Err(e.clone());
                &computed
            }
            (None, Ok(grid)) => {
                // Another stand than the selected one: along the tree from
                // "you are here" when one is kept, else one A*.
                let to = Place::Stand(number.to_string());
                let route = match self.plan.cache.kept_tree(event.position()) {
                    Some(Ok(tree)) => tree.route_to(grid, &to),
                    Some(Err(e)) => Err(e.clone()),
                    None => route(grid, &Place::here(event.position()), &to),
                };
                computed = route.map(|route| Routed::new(grid, route, lang));
                &computed
            }
        };
        match routed {
            Ok(r) => {
                items.push(Item::Text(
                    crate::sanitize::for_display(&r.directions).into_owned(),
                ));
                items.push(Item::Text(r.summary.clone()));
            }
            Err(e) => items.push(Item::Warning(e.message(lang))),
        }
        if let Some(message) = &self.plan.message {
            items.push(Item::Warning(message.clone()));
        }
        items
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
