//! Notes in `App::update`: the note actions, the form, confirmations, and
//! keeping lists and details on the same notes when the notebook changes.

use ratatui::crossterm::event::KeyEvent;

use super::super::detail::{self, Item, Target};
use super::super::notes::form::{Choice, FormField, KeyOutcome, NoteForm};
use super::super::notes::{Confirm, Effect, Notes};
use super::super::tab::Tab;
use super::{App, Focus, ListView};
use crate::notes::{NoteDraft, OrganisationRef};

/// How many organisations the form's picker offers at once.
const PICKER_CHOICES: usize = 5;

impl App {
    pub fn notes(&self) -> &Notes {
        &self.notes
    }

    /// Shows note times in `zone` rather than the system's (tests pin it,
    /// so snapshots do not depend on the machine's time zone).
    pub fn set_time_zone(&mut self, zone: jiff::tz::TimeZone) {
        self.notes.time_zone = zone;
    }

    pub fn form(&self) -> Option<&NoteForm> {
        self.form.as_ref()
    }

    /// The question being asked, if any.
    pub fn confirmation(&self) -> Option<&Confirm> {
        self.confirm.as_ref()
    }

    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// Whether the notes list shows only open follow-ups.
    pub fn follow_up_only(&self) -> bool {
        self.notes.follow_up_only
    }

    /// The work `update` asked of the run loop, handed over once.
    pub fn take_effect(&mut self) -> Option<Effect> {
        self.effect.take()
    }

    /// The items of the detail of `target`.
    pub(crate) fn document(&self, target: Target) -> Vec<Item> {
        detail::document(self.text, &self.directory, &self.notes, target)
    }

    /// The note shown (selected in the Notes list, or in the detail).
    fn shown_note(&self) -> Option<usize> {
        match self.shown_target()? {
            Target::Note(i) => Some(i),
            _ => None,
        }
    }

    pub(super) fn say(&mut self, message: impl Into<String>) {
        self.message = Some(message.into());
    }

    /// Whether notes can be changed; says why not otherwise.
    fn writable(&mut self) -> bool {
        match self.notes.refusal(self.text) {
            Some(why) => {
                self.say(why);
                false
            }
            None => true,
        }
    }

    pub(super) fn tick(&mut self) {
        let Some(book) = self.notes.book.as_mut() else {
            return;
        };
        if book.reload_if_changed() {
            self.notes_changed();
        }
    }

    /// After the notebook changed (a save here, or another instance's):
    /// rebuilds the engine and keeps the Notes selection and the details on
    /// the same notes, by id.
    fn notes_changed(&mut self) {
        let old_ids = self.notes.ids.clone();
        let list = self.list(Tab::Notes);
        let selected = list
            .hits
            .get(list.selected)
            .and_then(|h| old_ids.get(h.record).cloned());
        self.notes.rebuild();
        let remap = |target: Target, notes: &Notes| match target {
            Target::Note(i) => old_ids
                .get(i)
                .and_then(|id| notes.index_of(id))
                .map(Target::Note),
            other => Some(other),
        };
        self.back = std::mem::take(&mut self.back)
            .into_iter()
            .filter_map(|mut d| {
                d.target = remap(d.target, &self.notes)?;
                Some(d)
            })
            .collect();
        if let Some(mut d) = self.detail {
            match remap(d.target, &self.notes) {
                Some(target) => {
                    d.target = target;
                    self.detail = Some(d);
                    self.keep_link_visible();
                }
                None => self.go_back(),
            }
        }
        self.refresh_notes_list(selected.as_deref());
    }

    /// Recomputes the Notes list only, selecting note `keep` if it is there.
    fn refresh_notes_list(&mut self, keep: Option<&str>) {
        let hits = self.hits(Tab::Notes);
        let selected = keep
            .and_then(|id| self.notes.index_of(id))
            .and_then(|record| hits.iter().position(|h| h.record == record))
            .unwrap_or(0);
        self.lists[Tab::Notes.index()] = ListView {
            hits,
            selected,
            offset: 0,
        };
        self.keep_selection_visible();
    }

    pub(super) fn new_note(&mut self) {
        if !self.writable() {
            return;
        }
        let draft = self.prefill();
        self.form = Some(NoteForm::new(&draft, None, self.styles, self.text));
    }

    /// A new note about what is shown: a stand gives its first organisation
    /// and its number, an organisation itself, a note its organisation and stand.
    fn prefill(&self) -> NoteDraft {
        let linked = |index: usize| {
            let o = &self.directory.organisations[index];
            Some(OrganisationRef {
                id: Some(o.id.to_string()),
                name: o.display_name().to_string(),
            })
        };
        let mut draft = NoteDraft::default();
        match self.shown_target() {
            Some(Target::Stand(i)) => {
                let stand = &self.directory.stands[i];
                draft.stand = stand.number.to_string();
                draft.organisation = self
                    .directory
                    .organisations_of_stand(i)
                    .next()
                    .and_then(linked);
            }
            Some(Target::Organisation(i)) => draft.organisation = linked(i),
            Some(Target::Note(i)) => {
                if let Some(note) = self.notes.note(i) {
                    draft.organisation = note.organisation.clone();
                    draft.stand = note.stand.clone().unwrap_or_default();
                }
            }
            None => {}
        }
        draft
    }

    pub(super) fn edit_note(&mut self) {
        if !self.writable() {
            return;
        }
        let note = self.shown_note().and_then(|i| self.notes.note(i));
        let Some(note) = note else {
            return self.say(self.text.no_note_shown);
        };
        let draft = NoteDraft::from_note(note);
        let id = note.id.clone();
        self.form = Some(NoteForm::new(&draft, Some(id), self.styles, self.text));
    }

    pub(super) fn ask_delete(&mut self) {
        if !self.writable() {
            return;
        }
        let note = self.shown_note().and_then(|i| self.notes.note(i));
        let Some(note) = note else {
            return self.say(self.text.no_note_shown);
        };
        self.confirm = Some(Confirm::DeleteNote {
            id: note.id.clone(),
            name: note.name.clone(),
        });
    }

    pub(super) fn cycle_follow_up(&mut self) {
        if !self.writable() {
            return;
        }
        let id = self
            .shown_note()
            .and_then(|i| self.notes.note(i))
            .map(|n| n.id.clone());
        let (Some(id), Some(book)) = (id, self.notes.book.as_mut()) else {
            return self.say(self.text.no_note_shown);
        };
        match book.cycle_follow_up(&id) {
            Ok(state) => self.say((self.text.follow_up_now)(&self.text.follow_up(&state))),
            Err(e) => self.say(e.message(self.text.lang)),
        }
        self.notes_changed();
    }

    pub(super) fn toggle_follow_up_filter(&mut self) {
        self.notes.follow_up_only = !self.notes.follow_up_only;
        if self.tab != Tab::Notes {
            self.switch_tab(Tab::Notes);
        }
        self.refresh_notes_list(None);
    }

    pub(super) fn ask_set_aside(&mut self) {
        if self.notes.problem(self.text).is_none() {
            return self.say(self.text.notes_file_fine);
        }
        self.confirm = Some(Confirm::SetAside);
    }

    /// The answer to the question asked.
    pub(super) fn answer(&mut self, yes: bool) {
        let Some(question) = self.confirm.take() else {
            return;
        };
        if !yes {
            return;
        }
        match question {
            Confirm::DeleteNote { id, .. } => {
                let Some(book) = self.notes.book.as_mut() else {
                    return;
                };
                match book.delete(&id) {
                    Ok(()) => self.say(self.text.note_deleted),
                    Err(e) => self.say(e.message(self.text.lang)),
                }
                self.notes_changed();
            }
            Confirm::DiscardForm => self.form = None,
            Confirm::QuitWithForm => self.quit = true,
            Confirm::SetAsidePlan => self.set_aside_plan(),
            Confirm::SetAside => {
                let Some(book) = self.notes.book.as_mut() else {
                    return;
                };
                match book.set_aside() {
                    Ok(moved) => self.say((self.text.set_aside_done)(moved.as_deref())),
                    Err(e) => self.say(e.to_string()),
                }
                self.notes_changed();
            }
        }
    }

    /// Quit, but ask first if the form holds changes.
    pub(super) fn quit_asking(&mut self) {
        if self.form.as_ref().is_some_and(NoteForm::is_changed) {
            self.confirm = Some(Confirm::QuitWithForm);
        } else {
            self.quit = true;
        }
    }

    pub(super) fn with_form(&mut self, change: impl FnOnce(&mut NoteForm)) {
        if let Some(form) = self.form.as_mut() {
            change(form);
        }
    }

    pub(super) fn save_form(&mut self) {
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
            None => book.add(&draft).map(|added| (added.id, added.warnings)),
            Some(id) => book.edit(id, &draft).map(|w| (id.to_string(), w)),
        };
        match saved {
            Ok((id, warnings)) => {
                self.form = None;
                let warnings: Vec<String> =
                    warnings.iter().map(|w| w.message(self.text.lang)).collect();
                self.say(if warnings.is_empty() {
                    self.text.note_saved.to_string()
                } else {
                    self.text.saved_with_warnings(&warnings)
                });
                self.notes_changed();
                if self.tab == Tab::Notes && self.focus == Focus::List {
                    self.refresh_notes_list(Some(&id));
                }
            }
            Err(e) => form.error = Some(e.message(self.text.lang)),
        }
    }

    pub(super) fn cancel_form(&mut self) {
        match &self.form {
            Some(form) if form.is_changed() => self.confirm = Some(Confirm::DiscardForm),
            _ => self.form = None,
        }
    }

    pub(super) fn open_editor(&mut self) {
        let Some(form) = &self.form else { return };
        let dir = self
            .notes
            .book()
            .and_then(|b| b.path().parent())
            .map(|p| p.to_path_buf());
        self.effect = Some(Effect::EditText {
            text: form.value(FormField::Text),
            dir,
        });
    }

    pub(super) fn editor_returned(&mut self, result: Result<String, String>) {
        let Some(form) = self.form.as_mut() else {
            return;
        };
        match result {
            Ok(text) => form.set_text(&text),
            Err(why) => form.error = Some((self.text.editor_failed)(&why)),
        }
    }

    pub(super) fn form_key(&mut self, key: KeyEvent) {
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
                    let o = &self.directory.organisations[hit.record];
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
