//! The note form's part of `App::update`: typing into it (and the
//! organisation picker following what is typed), saving, cancelling, and
//! the external editor, which the run loop opens for it.

use ratatui::crossterm::event::KeyEvent;

use super::{Choice, FormField, KeyOutcome, NoteForm};
use crate::tui::app::{App, Focus};
use crate::tui::confirm::Confirm;
use crate::tui::notes::Effect;
use crate::tui::tab::Tab;
use crate::tui::undo::Inverse;

/// How many organisations the form's picker offers at once.
const PICKER_CHOICES: usize = 5;

impl App {
    pub fn form(&self) -> Option<&NoteForm> {
        self.form.as_ref()
    }

    /// The work `update` asked of the run loop, handed over once.
    pub fn take_effect(&mut self) -> Option<Effect> {
        self.effect.take()
    }

    /// Quit, but ask first if the form holds changes.
    /// Quits, first asking whether to lose a form's changes; Ctrl-C while
    /// that question is asked is a yes.
    pub(crate) fn quit_asking(&mut self) {
        let asked = self.confirm == Some(Confirm::QuitWithForm);
        if !asked && self.form.as_ref().is_some_and(NoteForm::is_changed) {
            self.confirm = Some(Confirm::QuitWithForm);
        } else {
            self.quit = true;
        }
    }

    pub(crate) fn with_form(&mut self, change: impl FnOnce(&mut NoteForm)) {
        if let Some(form) = self.form.as_mut() {
            change(form);
        }
    }

    pub(crate) fn save_form(&mut self) {
        let (Some(form), Some(book)) = (self.form.as_mut(), self.notes.book.as_mut()) else {
            return;
        };
        let draft = match form.draft() {
            Ok(draft) => draft,
            Err(why) => {
                form.error = Some(why);
                return;
            }
        };
        let saved = match &form.editing {
            None => book.add(&draft).map(|added| {
                let undo = Inverse::NoteAdded {
                    id: added.id.clone(),
                };
                (added.id, added.warnings, Some(undo))
            }),
            Some(id) => {
                let before = book.note(id).cloned().map(Box::new);
                book.edit(id, &draft).map(|w| {
                    let undo = before.map(|before| Inverse::NoteReplaced { before });
                    (id.to_string(), w, undo)
                })
            }
        };
        match saved {
            Ok((id, warnings, undo)) => {
                self.form = None;
                let warnings: Vec<String> =
                    warnings.iter().map(|w| w.message(self.text.lang)).collect();
                let said = if warnings.is_empty() {
                    self.text.note_saved.to_string()
                } else {
                    self.text.saved_with_warnings(&warnings)
                };
                match undo {
                    Some(undo) => self.changed(undo, said),
                    None => self.say(said),
                }
                self.notes_changed();
                if self.tab == Tab::Notes && self.focus == Focus::List {
                    self.refresh_notes_list(Some(&id));
                }
            }
            Err(e) => form.error = Some(e.message(self.text.lang)),
        }
    }

    pub(crate) fn cancel_form(&mut self) {
        match &self.form {
            Some(form) if form.is_changed() => self.confirm = Some(Confirm::DiscardForm),
            _ => self.form = None,
        }
    }

    pub(crate) fn open_editor(&mut self) {
        let Some(form) = &self.form else { return };
        let dir = self
            .notes
            .book()
            .and_then(|b| b.path().parent())
            .map(|p| p.to_path_buf());
        // A text file ends with a newline, as editors expect (and add: one
        // final newline is taken off again when the editor returns).
        self.effect = Some(Effect::EditText {
            text: format!("{}\n", form.value(FormField::Text)),
            dir,
        });
    }

    pub(crate) fn editor_returned(&mut self, result: Result<String, String>) {
        let Some(form) = self.form.as_mut() else {
            return;
        };
        match result {
            Ok(text) => form.set_text(&text),
            Err(why) => form.error = Some((self.text.editor_failed)(&why)),
        }
    }

    pub(crate) fn form_key(&mut self, key: KeyEvent) {
        let Some(form) = self.form.as_mut() else {
            return;
        };
        form.error = None;
        if form.key(key) != KeyOutcome::OrganisationEdited {
            return;
        }
        // The picker offers the directory's organisations the same search finds.
        let typed = form.value(FormField::Organisation);
        let choices = if typed.trim().is_empty() {
            Vec::new()
        } else {
            self.catalog
                .organisations
                .search(&typed)
                .into_iter()
                .take(PICKER_CHOICES)
                .map(|hit| {
                    let o = &self.directory.organisations[hit.record()];
                    Choice {
                        id: o.id.to_string(),
                        name: o.display_name().to_string(),
                    }
                })
                .collect()
        };
        if let Some(form) = self.form.as_mut() {
            form.set_choices(choices);
        }
    }
}
