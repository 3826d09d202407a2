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
use crate::notes::{Note, NotesBook, Scope};
use crate::search::Engine;

/// The notebook, seen from the directory's event, and its search engine.
/// The engine holds every event's notes (a detail links to an earlier
/// event's note too); the Notes list shows this event's unless
/// `all_events`.
pub struct Notes {
    /// `None` when there is no configuration folder to keep notes in.
    pub(crate) book: Option<NotesBook>,
    /// Over `book.search_records_in(&Scope::All)`: record `i` is `ids[i]`.
    pub(crate) engine: Engine,
    pub(crate) ids: Vec<String>,
    /// Record `i` is one of this event's notes (or tied to none).
    pub(crate) current: Vec<bool>,
    /// The Notes list shows every event's notes, each with its event.
    pub(crate) all_events: bool,
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
            current: Vec::new(),
            all_events: false,
            follow_up_only: false,
            time_zone: jiff::tz::TimeZone::system(),
        };
        notes.rebuild();
        notes
    }

    /// Rebuilds the engine and the ids after the book changed.
    pub(crate) fn rebuild(&mut self) {
        let Some(book) = &self.book else { return };
        self.engine = Engine::new(book.search_records_in(&Scope::All));
        let notes = book.notes_in(&Scope::All);
        self.ids = notes.iter().map(|n| n.id.clone()).collect();
        self.current = notes.iter().map(|n| book.is_current(n)).collect();
    }

    /// What the Notes list shows: this event's notes, or every event's.
    pub fn scope(&self) -> Scope {
        if self.all_events {
            Scope::All
        } else {
            Scope::Current
        }
    }

    /// Whether record `index` is in the Notes list's scope.
    pub fn in_scope(&self, index: usize) -> bool {
        self.all_events || self.current.get(index).copied().unwrap_or(false)
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

    /// How many notes the Notes list holds in its scope, whatever the search.
    pub fn len(&self) -> usize {
        if self.all_events {
            self.ids.len()
        } else {
            self.current.iter().filter(|&&c| c).count()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
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
