//! Which keymap contexts are active: what has the keyboard decides which
//! bindings apply (see `keymap`).

use super::{App, Focus, Popup};
use crate::tui::keymap::Context;

impl App {
    /// Which keymap contexts are active, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        if self.confirm.is_some() {
            return vec![Context::Confirm];
        }
        if self.form.is_some() {
            return vec![Context::Form];
        }
        if self.popup == Some(Popup::Card) {
            return match self.card.form {
                Some(_) => vec![Context::CardForm],
                None => vec![Context::Card, Context::Global],
            };
        }
        let mut contexts = self.browse_contexts();
        if self.popup.is_none() {
            if self.notes.problem(self.text).is_some() {
                // First, so its hint (F9) is never crowded out of the hint bar.
                contexts.insert(0, Context::NotesBroken);
            } else if self.plan.is_read_only() {
                // F9 too: the notes file first, when both are unreadable.
                contexts.insert(0, Context::PlanBroken);
            }
        }
        contexts
    }

    fn browse_contexts(&self) -> Vec<Context> {
        match (self.popup, self.focus) {
            (Some(Popup::Help { .. }), _) => vec![Context::Help, Context::Global],
            (Some(Popup::Themes { .. }), _) => vec![Context::ThemePicker, Context::Global],
            (Some(Popup::Card), _) => vec![Context::Card, Context::Global],
            (None, Focus::Detail) if self.query.is_empty() => vec![
                Context::Detail,
                Context::ListIdle,
                Context::Browse,
                Context::Global,
            ],
            (None, Focus::Detail) => vec![Context::Detail, Context::Browse, Context::Global],
            (None, Focus::List) if !self.tab.has_list() => self.plan_contexts(),
            (None, Focus::List) if self.query.is_empty() => {
                vec![
                    Context::ListIdle,
                    Context::List,
                    Context::Browse,
                    Context::Global,
                ]
            }
            (None, Focus::List) => vec![Context::List, Context::Browse, Context::Global],
        }
    }
}
