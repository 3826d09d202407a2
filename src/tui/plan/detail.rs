//! What the plan adds to a stand's detail: its ★ and ✓ marks and "How to
//! get there" from where you are.

use super::Routed;
use crate::tui::app::App;
use crate::tui::detail::Item;
use crate::venue::{Place, route};

impl App {
    /// What the plan adds to a stand's detail: its marks (starred,
    /// visited), then how to get there from "you are here".
    pub(crate) fn how_to_get_there(&self, number: &str) -> Vec<Item> {
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
                items.extend(r.summary.clone().map(Item::Text));
            }
            Err(e) => items.push(Item::Warning(e.message(lang))),
        }
        if let Some(message) = &self.plan.message {
            items.push(Item::Warning(message.clone()));
        }
        items
    }
}
