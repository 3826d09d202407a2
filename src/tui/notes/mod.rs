//! The notes side of the TUI: the notebook and its search engine (here),
//! their part of `App::update` ([`update`]: new, edit, delete, follow-ups,
//! the unreadable file, live reload), the Notes list's rows ([`list`]), what
//! a note's detail says ([`detail`]), the note form ([`form`]) and the
//! external editor ([`editor`]).

pub mod detail;
pub mod editor;
pub mod form;
pub mod list;
#[cfg(test)]
mod tests;
pub mod update;

use std::path::PathBuf;

use crate::i18n::Ui;
use crate::notes::{Note, NotesBook};
use crate::search::Engine;

/// The notebook of the directory's event, and its search engine.
pub struct Notes {
    /// `None` when there is no configuration folder to keep notes in.
    pub(crate) book: Option<NotesBook>,
    /// Over `book.search_records()`: record `i` is `ids[i]`.
    pub(crate) engine: Engine,
    pub(crate) ids: Vec<String>,
    /// The Notes list shows only open follow-ups, soonest first.
    pub(crate) follow_up_only: bool,
    /// Where note times are shown: the system's time zone (tests pin it).
    pub(crate) time_zone: jiff::tz::TimeZone,
}

impl Notes {
    pub fn new(book: Option<NotesBook>) -> Self {
        let mut notes = Notes {
            book,
            engine: Engine::default(),
            ids: Vec::new(),
            follow_up_only: false,
            time_zone: jiff::tz::TimeZone::system(),
        };
        notes.rebuild();
        notes
    }

    /// Rebuilds the engine and the ids after the book changed.
    pub(crate) fn rebuild(&mut self) {
        let Some(book) = &self.book else { return };
        self.engine = book.search_engine();
        self.ids = book.notes().iter().map(|n| n.id.clone()).collect();
    }

    pub fn book(&self) -> Option<&NotesBook> {
        self.book.as_ref()
    }

    /// Note `index` of the list (the engine's record `index`).
    pub fn note(&self, index: usize) -> Option<&Note> {
        let id = self.ids.get(index)?;
        self.book.as_ref()?.note(id)
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.ids.iter().position(|i| i == id)
    }

    /// The date follow-ups are overdue against (the book's; the clock's
    /// when there is no book).
    pub fn today(&self) -> jiff::civil::Date {
        self.book
            .as_ref()
            .map_or_else(crate::notes::date::today, NotesBook::today)
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Why notes cannot be changed now, as a message for the user.
    pub fn refusal(&self, t: &Ui) -> Option<&'static str> {
        match &self.book {
            None => Some(t.notes_unavailable),
            Some(book) if book.is_read_only() => Some(t.notes_read_only),
            Some(_) => None,
        }
    }

    /// The full message about an unreadable notes file, while there is one.
    pub fn problem(&self, t: &Ui) -> Option<String> {
        let book = self.book.as_ref()?;
        if !book.is_read_only() {
            return None;
        }
        book.problem()
            .map(|p| crate::notes::problem_message(p, t.lang))
    }
}

/// Something `update` asks the run loop to do outside the state, because
/// it needs the terminal (the run loop answers with an action).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Open `text` in the user's editor; answer with `Action::EditorReturned`.
    EditText {
        text: String,
        /// Where to put the temporary file (the notes folder), if it exists.
        dir: Option<PathBuf>,
    },
}
