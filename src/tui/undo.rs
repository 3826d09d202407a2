//! Undo: every change the user makes to what is saved (stars, visits, "you
//! are here", notes) is remembered as the operation that reverses it, with
//! the words that announced it. Ctrl-Z takes the last one back, everywhere
//! but in the note form and a question (no bare letter: undoing changes what
//! is saved); the status line says what was undone.
//!
//! The stack holds inverse operations, not snapshots: a step is a few
//! strings, or the one note a deletion or an edit replaced.

use std::collections::VecDeque;

use crate::notes::Note;
use crate::tui::app::App;

/// How many changes can be undone, the oldest forgotten first.
pub const UNDO_DEPTH: usize = 50;

/// What puts a change back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inverse {
    /// The stand's star as it was.
    Star { stand: String, was: bool },
    /// The stand's "visited" mark and "you are here" as they were (ticking
    /// a stand visited also moves "you are here" to it).
    Visited {
        stand: String,
        was: bool,
        here: Option<String>,
    },
    /// "You are here" as it was (`None`: the main entrance).
    Here { was: Option<String> },
    /// The talk's star as it was (by talk id).
    TalkStar { talk: String, was: bool },
    /// A note was added: delete it.
    NoteAdded { id: String },
    /// A note was edited, deleted or its follow-up changed: put it back.
    NoteReplaced { before: Box<Note> },
}

impl Inverse {
    fn is_about_notes(&self) -> bool {
        matches!(
            self,
            Inverse::NoteAdded { .. } | Inverse::NoteReplaced { .. }
        )
    }
}

/// One change that can be undone: its inverse and how it was announced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub inverse: Inverse,
    /// The words of the change ("Stand B4 starred."), for "Undone: …".
    pub said: String,
}

/// The last changes, most recent last, at most [`UNDO_DEPTH`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UndoStack {
    steps: VecDeque<Step>,
}

impl UndoStack {
    /// Remembers a change; the oldest is forgotten beyond [`UNDO_DEPTH`].
    pub fn push(&mut self, inverse: Inverse, said: impl Into<String>) {
        if self.steps.len() == UNDO_DEPTH {
            self.steps.pop_front();
        }
        self.steps.push_back(Step {
            inverse,
            said: said.into(),
        });
    }

    /// The last change, taken off the stack.
    pub fn pop(&mut self) -> Option<Step> {
        self.steps.pop_back()
    }

    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// Forgets the changes to notes (their file was set aside: they are
    /// about notes that are no longer there).
    pub fn forget_notes(&mut self) {
        self.steps.retain(|s| !s.inverse.is_about_notes());
    }
}

impl App {
    /// Says `message` and remembers how to undo the change it announces.
    pub(crate) fn changed(&mut self, inverse: Inverse, message: String) {
        self.undo.push(inverse, message.clone());
        self.say(message);
    }

    /// Ctrl-Z: reverses the last change and says so.
    pub(crate) fn undo(&mut self) {
        let Some(step) = self.undo.pop() else {
            return self.say(self.text.nothing_to_undo);
        };
        let done = match step.inverse {
            Inverse::Star { stand, was } => self
                .plan
                .change(|plan, now| plan.set_starred(&stand, was, now)),
            Inverse::Visited { stand, was, here } => self.plan.change(|plan, now| {
                plan.set_visited(&stand, was, now);
                plan.set_position(here.as_deref(), now);
            }),
            Inverse::Here { was } => self
                .plan
                .change(|plan, now| plan.set_position(was.as_deref(), now)),
            Inverse::TalkStar { talk, was } => self
                .plan
                .change(|plan, now| plan.set_talk_starred(&talk, was, now)),
            Inverse::NoteAdded { id } => self.undo_note(|book| book.delete(&id)),
            Inverse::NoteReplaced { before } => self.undo_note(|book| book.restore(&before)),
        };
        if done {
            self.say((self.text.undone)(&step.said));
        } else if let Some(why) = self.plan.message.clone() {
            self.say(why);
        }
    }

    /// Applies an undo to the notes; says why when it cannot be.
    fn undo_note(
        &mut self,
        change: impl FnOnce(&mut crate::notes::NotesBook) -> Result<(), crate::notes::NoteError>,
    ) -> bool {
        if let Some(why) = self.notes.refusal(self.text) {
            self.say(why);
            return false;
        }
        let Some(book) = self.notes.book.as_mut() else {
            return false;
        };
        let result = change(book);
        self.notes_changed();
        match result {
            Ok(()) => true,
            Err(e) => {
                self.say(e.message(self.text.lang));
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn here(n: usize) -> Inverse {
        Inverse::Here {
            was: Some(format!("S{n}")),
        }
    }

    #[test]
    fn the_last_change_comes_off_first() {
        let mut stack = UndoStack::default();
        assert_eq!(stack.pop(), None);
        stack.push(here(1), "one");
        stack.push(here(2), "two");
        assert_eq!(stack.pop().map(|s| s.said), Some("two".to_string()));
        assert_eq!(stack.pop().map(|s| s.inverse), Some(here(1)));
        assert!(stack.is_empty());
    }

    #[test]
    fn only_the_last_changes_are_kept() {
        let mut stack = UndoStack::default();
        for n in 0..UNDO_DEPTH + 7 {
            stack.push(here(n), n.to_string());
        }
        assert_eq!(stack.len(), UNDO_DEPTH);
        let mut undone = Vec::new();
        while let Some(step) = stack.pop() {
            undone.push(step.said);
        }
        assert_eq!(undone.first().map(String::as_str), Some("56"));
        assert_eq!(
            undone.last().map(String::as_str),
            Some("7"),
            "0 to 6 forgotten"
        );
    }

    #[test]
    fn setting_the_notes_file_aside_forgets_only_note_changes() {
        let mut stack = UndoStack::default();
        stack.push(here(1), "here");
        stack.push(Inverse::NoteAdded { id: "n".into() }, "added");
        stack.push(
            Inverse::Star {
                stand: "A1".into(),
                was: false,
            },
            "star",
        );
        stack.forget_notes();
        assert_eq!(stack.pop().map(|s| s.said), Some("star".to_string()));
        assert_eq!(stack.pop().map(|s| s.said), Some("here".to_string()));
        assert!(stack.is_empty());
    }

    use crate::i18n::Lang;
    use crate::notes::NoteDraft;
    use crate::tui::action::Action;
    use crate::tui::plan::PlanAction as P;
    use crate::tui::tab::Tab;
    use crate::tui::testing::{app_with_notes, stand_numbers};

    #[test]
    fn stars_visits_and_position_are_undone_one_by_one_and_said() {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app_with_notes(dir.path(), Lang::En);
        app.update(Action::Undo);
        assert_eq!(app.message(), Some("Nothing to undo."));
        let stand = stand_numbers(&app)[0].clone();
        app.update(Action::Plan(P::ToggleStar));
        app.update(Action::Plan(P::ToggleVisited));
        let plan = app.plan().event_plan();
        assert!(plan.is_starred(&stand) && plan.is_visited(&stand));
        assert_eq!(plan.position(), Some(stand.as_str()));

        app.update(Action::Undo);
        let plan = app.plan().event_plan();
        assert!(!plan.is_visited(&stand), "the visit is undone…");
        assert_eq!(plan.position(), None, "…and where you were with it");
        assert!(plan.is_starred(&stand));
        let said = format!("Undone: ✓ Stand {stand} visited; you are here now.");
        assert_eq!(app.message(), Some(said.as_str()));

        app.update(Action::Plan(P::SetHere));
        app.update(Action::Plan(P::ResetHere));
        app.update(Action::Undo);
        assert_eq!(app.plan().event_plan().position(), Some(stand.as_str()));
        app.update(Action::Undo);
        assert_eq!(app.plan().event_plan().position(), None);
        app.update(Action::Undo);
        assert!(!app.plan().event_plan().is_starred(&stand));
        app.update(Action::Undo);
        assert_eq!(app.message(), Some("Nothing to undo."));
    }

    #[test]
    fn a_deleted_note_comes_back_on_disk_and_an_added_one_goes() {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app_with_notes(dir.path(), Lang::En);
        let draft = NoteDraft {
            name: "Ada".into(),
            text: "Met at the fair".into(),
            ..NoteDraft::default()
        };
        let id = app.notes.book.as_mut().unwrap().add(&draft).unwrap().id;
        app.notes_changed();
        app.switch_tab(Tab::Notes);
        app.update(Action::DeleteNote);
        app.update(Action::ConfirmYes);
        let event = app.directory.event.id.to_string();
        let on_disk = || crate::notes::NotesBook::open_in(dir.path(), &event);
        assert!(on_disk().note(&id).is_none(), "deleted");
        assert_eq!(app.message(), Some("Note deleted. Ctrl-Z brings it back."));
        app.update(Action::Undo);
        assert_eq!(app.message(), Some("Undone: Note deleted."));
        let back = on_disk();
        let note = back.note(&id).expect("back on disk");
        assert_eq!(note.text, "Met at the fair");
        assert_eq!(app.notes().len(), 1, "and in the list");

        // The follow-up changed, then undone.
        app.update(Action::CycleFollowUp);
        assert!(app.notes().note(0).unwrap().follow_up.is_open());
        app.update(Action::Undo);
        assert!(app.notes().note(0).unwrap().follow_up.is_none());

        // A note added with the form is taken away again.
        app.update(Action::NewNote);
        crate::tui::testing::type_in_form(&mut app, "Bob");
        app.update(Action::FormSave);
        assert_eq!(app.notes().len(), 2);
        app.update(Action::Undo);
        assert_eq!(app.notes().len(), 1);
        assert_eq!(on_disk().notes().len(), 1);
    }
}
