//! The TUI's state and the one place it changes: [`App::update`].
//!
//! Search results are recomputed here when the query or the theme filter
//! changes, never while drawing; the view only reads them.

mod build;
mod contexts;
mod movement;
mod navigation;
mod notes;
pub(crate) mod plan;
mod results;
#[cfg(test)]
mod results_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_lang;
#[cfg(test)]
mod tests_notes;

use std::sync::Arc;

use crate::directory::Directory;
use crate::lang::Lang;
use crate::search::Hit;
use crate::search::catalog::Catalog;

use super::action::Action;
use super::detail::Target;
use super::layout::{self, Areas};
use super::notes::form::NoteForm;
use super::notes::{Confirm, Effect, Notes};
use super::plan::PlanState;
use super::style::Styles;
use super::tab::Tab;
use super::text::Text;

/// What `App::new` needs besides the directory; the binary reads them from
/// the environment and the terminal, tests set them directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// No colours at all (`NO_COLOR`).
    pub no_color: bool,
    pub width: u16,
    pub height: u16,
    /// The language of the interface (`--lang`, else the locale).
    pub lang: Lang,
}

/// Which pane has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The list; printable keys go to the search.
    List,
    /// The detail pane; arrows choose a link, Enter follows it.
    Detail,
}

/// A window drawn over the screen, taking the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Popup {
    Help { scroll: usize },
    Themes { cursor: usize },
}

/// One list's results and position.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListView {
    pub hits: Vec<Hit>,
    pub selected: usize,
    /// First visible row.
    pub offset: usize,
}

/// The detail that has focus, with its selected link and scroll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetailView {
    pub target: Target,
    pub link: usize,
    pub scroll: usize,
}

pub struct App {
    pub(crate) directory: Arc<Directory>,
    pub(crate) catalog: Arc<Catalog>,
    pub(crate) styles: Styles,
    /// The strings of the interface, in the language chosen at start.
    pub(crate) text: &'static Text,
    pub(crate) query: String,
    pub(crate) tab: Tab,
    /// One per [`Tab::ALL`], same order.
    pub(crate) lists: Vec<ListView>,
    pub(crate) focus: Focus,
    /// Set while the detail has focus.
    pub(crate) detail: Option<DetailView>,
    /// Details left by following links, most recent last.
    pub(crate) back: Vec<DetailView>,
    /// Every theme of the directory, sorted, and which are ticked.
    pub(crate) themes: Vec<String>,
    pub(crate) ticked: Vec<bool>,
    pub(crate) popup: Option<Popup>,
    pub(crate) notes: Notes,
    /// The note form, while open (it takes the keyboard).
    pub(crate) form: Option<NoteForm>,
    /// A yes/no question, while asked (it takes the keyboard first).
    pub(crate) confirm: Option<Confirm>,
    /// Work for the run loop (the external editor), taken by it.
    pub(crate) effect: Option<Effect>,
    /// One line for the user about what just happened, until the next key.
    pub(crate) message: Option<String>,
    pub(crate) quit: bool,
    /// Kept between keystrokes so a search at fair scale fits in a frame.
    pub(crate) searches: results::Searches,
    pub(crate) width: u16,
    pub(crate) height: u16,
    pub(crate) plan: PlanState,
}

impl App {
    /// The strings of the interface, in the app's language.
    pub fn text(&self) -> &'static Text {
        self.text
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The terminal size the state was laid out for: (width, height).
    pub fn size(&self) -> (u16, u16) {
        (self.width, self.height)
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn tab(&self) -> Tab {
        self.tab
    }

    pub fn focus(&self) -> Focus {
        self.focus
    }

    pub fn popup(&self) -> Option<Popup> {
        self.popup
    }

    /// The detail that has focus, if any.
    pub fn detail(&self) -> Option<DetailView> {
        self.detail
    }

    /// How many details "back" returns through before reaching the list.
    pub fn back_depth(&self) -> usize {
        self.back.len()
    }

    pub fn list(&self, tab: Tab) -> &ListView {
        &self.lists[tab.index()]
    }

    /// The current tab's list; the Stands list for the Plan and "Ma visite"
    /// tabs, whose selection they show.
    pub fn current_list(&self) -> &ListView {
        self.list(if self.tab.has_list() {
            self.tab
        } else {
            Tab::Stands
        })
    }

    /// The themes that are ticked in the filter.
    pub fn active_themes(&self) -> Vec<&str> {
        self.themes
            .iter()
            .zip(&self.ticked)
            .filter(|(_, on)| **on)
            .map(|(t, _)| t.as_str())
            .collect()
    }

    /// The detail shown: the focused one, or a preview of the selected row.
    pub fn shown_target(&self) -> Option<Target> {
        match self.detail {
            Some(d) => Some(d.target),
            None => self.selected_target(),
        }
    }

    fn selected_target(&self) -> Option<Target> {
        let list = self.current_list();
        let hit = list.hits.get(list.selected)?;
        Some(target_of(self.tab, hit.record))
    }

    pub(crate) fn areas(&self) -> Option<Areas> {
        Areas::compute_with_banner(self.width, self.height, self.banner_rows())
    }

    /// Rows of the banner under the header: two while the notes file is unreadable.
    pub fn banner_rows(&self) -> u16 {
        if self.notes.problem(self.text).is_some() {
            2
        } else {
            0
        }
    }

    /// Applies one action. The only method that changes the state.
    pub fn update(&mut self, action: Action) {
        if !matches!(
            action,
            Action::Tick | Action::CatchUp | Action::Resize { .. }
        ) {
            self.message = None;
        }
        let modal = self.form.is_some() || self.confirm.is_some();
        if modal
            && matches!(
                action,
                Action::MouseClick { .. } | Action::MouseScroll { .. }
            )
        {
            return; // The list under a form or a question stays as it is.
        }
        match action {
            Action::Quit => self.quit_asking(),
            Action::Resize { width, height } => {
                self.width = width;
                self.height = height;
                self.keep_selection_visible();
                self.keep_link_visible();
            }
            Action::ToggleHelp => {
                self.popup = match self.popup {
                    Some(Popup::Help { .. }) => None,
                    _ => Some(Popup::Help { scroll: 0 }),
                }
            }
            Action::OpenThemePicker => {
                self.popup = match self.popup {
                    Some(Popup::Themes { .. }) => None,
                    _ => Some(Popup::Themes { cursor: 0 }),
                }
            }
            Action::CloseThemePicker => self.popup = None,
            Action::ToggleTheme => {
                if let Some(Popup::Themes { cursor }) = self.popup
                    && let Some(on) = self.ticked.get_mut(cursor)
                {
                    *on = !*on;
                    self.refresh_results();
                }
            }
            Action::ClearThemes => {
                self.ticked.iter_mut().for_each(|on| *on = false);
                self.refresh_results();
            }
            Action::TypeChar(c) => {
                self.focus_list();
                self.query.push(c);
                self.refresh_results();
            }
            Action::Backspace => {
                if self.query.pop().is_some() {
                    self.refresh_results();
                }
            }
            Action::DeleteWord => {
                let kept = self.query.trim_end().len();
                // After the last space, whatever its width in bytes (a
                // no-break or ideographic space is more than one).
                let start = self.query[..kept]
                    .char_indices()
                    .rfind(|(_, c)| c.is_whitespace())
                    .map_or(0, |(i, c)| i + c.len_utf8());
                self.query.truncate(start);
                self.refresh_results();
            }
            Action::ClearSearch => {
                if !self.query.is_empty() {
                    self.query.clear();
                    self.refresh_results();
                }
            }
            Action::NextTab => self.switch_tab(self.tab.next()),
            Action::PrevTab => self.switch_tab(self.tab.prev()),
            Action::Open => self.open(),
            Action::Back => self.go_back(),
            Action::MoveUp => self.move_by(-1),
            Action::MoveDown => self.move_by(1),
            Action::PageUp => self.page(-1),
            Action::PageDown => self.page(1),
            Action::Home => self.move_by(isize::MIN),
            Action::End => self.move_by(isize::MAX),
            Action::MouseScroll { down, column, row } => self.mouse_scroll(down, column, row),
            Action::MouseClick { column, row } => self.mouse_click(column, row),
            Action::Tick => self.tick(),
            Action::CatchUp => self.catch_up(),
            Action::NewNote => self.new_note(),
            Action::EditNote => self.edit_note(),
            Action::DeleteNote => self.ask_delete(),
            Action::CycleFollowUp => self.cycle_follow_up(),
            Action::ToggleFollowUpFilter => self.toggle_follow_up_filter(),
            Action::SetAsideNotes => self.ask_set_aside(),
            Action::SetAsidePlan => self.ask_set_aside_plan(),
            Action::ConfirmYes => self.answer(true),
            Action::ConfirmNo => self.answer(false),
            Action::FormNextField => self.with_form(NoteForm::next_field),
            Action::FormPrevField => self.with_form(NoteForm::prev_field),
            Action::FormSave => self.save_form(),
            Action::FormCancel => self.cancel_form(),
            Action::FormOpenEditor => self.open_editor(),
            Action::FormKey(key) => self.form_key(key),
            Action::EditorReturned(result) => self.editor_returned(result),
            Action::Plan(action) => self.plan_update(action),
        }
        self.refresh_plan();
    }
}

/// What a row of a tab's list opens.
pub(crate) fn target_of(tab: Tab, record: usize) -> Target {
    match tab {
        Tab::Stands | Tab::Plan | Tab::Visit => Target::Stand(record),
        Tab::Organisations => Target::Organisation(record),
        Tab::Notes => Target::Note(record),
    }
}

/// `value` moved by `delta`, kept within `0..len` (0 when empty).
pub(crate) fn clamp_move(value: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    value.saturating_add_signed(delta).min(len - 1)
}

pub(crate) use layout::hit;
