//! The TUI's state, composed of the features' states, and the one place it
//! changes: [`App::update`], which hands each action to the feature it is
//! for. Each feature's part of `update` lives in its folder (`list/`,
//! `detail/`, `notes/`, `plan/`…), next to its drawing.
//!
//! Search results are recomputed in `update` when the query or the theme
//! filter changes, never while drawing; the view only reads them.

mod build;
mod contexts;
mod movement;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_lang;

use std::sync::Arc;

use crate::directory::Directory;
use crate::i18n::Lang;
use crate::i18n::Ui;
use crate::search::catalog::Catalog;
use crate::tui::action::Action;
use crate::tui::card::CardState;
use crate::tui::confirm::Confirm;
use crate::tui::detail::DetailView;
use crate::tui::layout::Areas;
use crate::tui::list::{Indexing, ListView, Searches};
use crate::tui::notes::form::NoteForm;
use crate::tui::notes::{Effect, Notes};
use crate::tui::plan::PlanState;
use crate::tui::style::Styles;
use crate::tui::tab::Tab;
use crate::tui::undo::UndoStack;

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
    Help {
        scroll: usize,
    },
    Themes {
        cursor: usize,
    },
    /// Your card as a QR code (and its form).
    Card,
}

pub struct App {
    pub(crate) directory: Arc<Directory>,
    /// Empty while the index is built on a worker thread (`indexing`).
    pub(crate) catalog: Arc<Catalog>,
    /// Set while the search index is being built.
    pub(crate) indexing: Option<Indexing>,
    pub(crate) styles: Styles,
    /// The strings of the interface, in the language chosen at start.
    pub(crate) text: &'static Ui,
    pub(crate) query: String,
    pub(crate) tab: Tab,
    /// One per [`Tab::ALL`], same order.
    pub(crate) lists: Vec<ListView>,
    pub(crate) focus: Focus,
    /// Set while the detail has focus.
    pub(crate) detail: Option<DetailView>,
    /// Details left by following links, most recent last.
    pub(crate) back: Vec<DetailView>,
    /// Which of the directory's themes (`Directory::themes`) are ticked:
    /// sized at the first tick, so that the app's state asks nothing of the
    /// directory's links before its first frame.
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
    /// How to take back the last changes to stars, visits, position and notes.
    pub(crate) undo: UndoStack,
    /// Kept between keystrokes so a search at fair scale fits in a frame.
    pub(crate) searches: Searches,
    pub(crate) width: u16,
    pub(crate) height: u16,
    pub(crate) plan: PlanState,
    /// Your card, its QR code and form.
    pub(crate) card: CardState,
    /// The Programme tab's clock and reminders.
    pub(crate) programme: crate::tui::programme::ProgrammeState,
}

impl App {
    /// The strings of the interface, in the app's language.
    pub fn text(&self) -> &'static Ui {
        self.text
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The terminal size the state was laid out for: (width, height).
    pub fn size(&self) -> (u16, u16) {
        (self.width, self.height)
    }

    pub fn focus(&self) -> Focus {
        self.focus
    }

    pub fn popup(&self) -> Option<Popup> {
        self.popup
    }

    /// One line for the user about what just happened, if anything.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    pub(crate) fn say(&mut self, message: impl Into<String>) {
        self.message = Some(message.into());
    }

    pub(crate) fn areas(&self) -> Option<Areas> {
        Areas::compute_with_banner(self.width, self.height, self.banner_rows())
    }

    /// Rows of the banner under the header while the notes file is
    /// unreadable: what is wrong and what to do, wrapped to the screen.
    pub fn banner_rows(&self) -> u16 {
        let lines = crate::tui::view::banner::lines(self, self.width).len();
        u16::try_from(lines).unwrap_or(u16::MAX)
    }

    /// Applies one action. The only method that changes the state.
    pub fn update(&mut self, action: Action) {
        if !matches!(
            action,
            Action::Tick | Action::CatchUp | Action::Indexed(_) | Action::Resize { .. }
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
            Action::ToggleHelp => self.toggle_help(),
            Action::OpenThemePicker => self.toggle_theme_picker(),
            Action::CloseThemePicker => self.popup = None,
            Action::ToggleTheme => self.toggle_theme(),
            Action::ClearThemes => self.clear_themes(),
            Action::TypeChar(c) => self.type_char(c),
            Action::Backspace => self.backspace(),
            Action::DeleteWord => self.delete_word(),
            Action::ClearSearch => self.clear_search(),
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
            Action::Tick => {
                self.tick();
                self.remind();
            }
            Action::CatchUp => self.catch_up(),
            Action::Indexed(catalog) => self.indexed(catalog),
            Action::NewNote => self.new_note(),
            Action::EditNote => self.edit_note(),
            Action::DeleteNote => self.ask_delete(),
            Action::CycleFollowUp => self.cycle_follow_up(),
            Action::RestoreEarlierVersion => self.restore_earlier_version(),
            Action::ToggleFollowUpFilter => self.toggle_follow_up_filter(),
            Action::ToggleAllEvents => self.toggle_all_events(),
            Action::MoveNoteEvent => self.move_note_event(),
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
            Action::Undo => self.undo(),
            Action::FocusSearch => self.focus_search(),
            Action::NotACommand => self.say(self.text.letters_are_commands),
            Action::Card(action) => self.card_update(action),
        }
        self.refresh_plan();
    }
}

/// `value` moved by `delta`, kept within `0..len` (0 when empty).
pub(crate) fn clamp_move(value: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    value.saturating_add_signed(delta).min(len - 1)
}
