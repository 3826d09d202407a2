//! The notes' part of `App::update`: the note actions (new, edit, delete,
//! follow-ups, the unreadable file set aside), and keeping lists and details
//! on the same notes when the notebook changes. The form's part is in
//! `form/update.rs`.

use super::Notes;
use super::form::{Choice, NoteForm, PersonChoice};
use crate::notes::{NoteDraft, OrganisationRef};
use crate::sanitize::for_display;
use crate::tui::app::App;
use crate::tui::confirm::Confirm;
use crate::tui::detail::Target;
use crate::tui::list::ListView;
use crate::tui::tab::Tab;
use crate::tui::undo::Inverse;

impl App {
    pub fn notes(&self) -> &Notes {
        &self.notes
    }

    /// Shows note times in `zone` rather than the system's (tests pin it,
    /// so snapshots do not depend on the machine's time zone).
    pub fn set_time_zone(&mut self, zone: jiff::tz::TimeZone) {
        self.notes.time_zone = zone;
    }

    /// Takes `today` as the date follow-ups are overdue against, rather
    /// than the clock's (tests pin it, so snapshots do not move).
    pub fn set_today(&mut self, today: jiff::civil::Date) {
        if let Some(book) = self.notes.book.as_mut() {
            book.set_today(today);
        }
        self.notes_changed();
    }

    /// Whether the notes list shows only open follow-ups.
    pub fn follow_up_only(&self) -> bool {
        self.notes.follow_up_only
    }

    /// The note shown (selected in the Notes list, or in the detail).
    fn shown_note(&self) -> Option<usize> {
        match self.shown_target()? {
            Target::Note(i) => Some(i),
            _ => None,
        }
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

    pub(crate) fn tick(&mut self) {
        let Some(book) = self.notes.book.as_mut() else {
            return;
        };
        if book.reload_if_changed() {
            self.notes_changed();
        }
        self.announce_conflicts();
    }

    /// After the notebook changed (a save here, or another instance's):
    /// rebuilds the engine and keeps the Notes selection and the details on
    /// the same notes, by id.
    pub(crate) fn notes_changed(&mut self) {
        let old_ids = self.notes.ids.clone();
        let list = self.list(Tab::Notes);
        let selected = list
            .hits
            .get(list.selected)
            .and_then(|h| old_ids.get(h.record()).cloned());
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
    pub(crate) fn refresh_notes_list(&mut self, keep: Option<&str>) {
        let hits = self.hits(Tab::Notes);
        let selected = keep
            .and_then(|id| self.notes.index_of(id))
            .and_then(|record| hits.iter().position(|h| h.record() == record))
            .unwrap_or(0);
        self.lists[Tab::Notes.index()] = ListView {
            hits: hits.into(),
            selected,
            offset: 0,
        };
        self.keep_selection_visible();
    }

    pub(crate) fn new_note(&mut self) {
        if !self.writable() {
            return;
        }
        let draft = self.prefill();
        let mut form = NoteForm::new(&draft, None, self.styles, self.text);
        form.suggest_people(self.people_to_suggest());
        self.form = Some(form);
    }

    /// The people a new note's name suggests: those to meet at the stand
    /// shown, or those of the organisation shown.
    fn people_to_suggest(&self) -> Vec<PersonChoice> {
        let directory = &self.directory;
        let people = match self.shown_target() {
            Some(Target::Stand(i)) => directory.people_at_stand(i),
            Some(Target::Organisation(i)) => directory.people_of(i).collect(),
            _ => Vec::new(),
        };
        people
            .into_iter()
            .map(|p| {
                let person = &directory.people[p];
                PersonChoice {
                    name: person.name.to_string(),
                    role: person.role.as_deref().unwrap_or_default().to_string(),
                    organisation: directory.organisation_of_person(p).map(|o| {
                        let o = &directory.organisations[o];
                        Choice {
                            id: o.id.to_string(),
                            name: o.display_name().to_string(),
                        }
                    }),
                    stand: self.only_stand(directory.stands_to_find(p)),
                }
            })
            .collect()
    }

    /// The number of the one stand of `stands`; empty when there are none
    /// or several (a note names the stand where you met, never a guess).
    fn only_stand(&self, stands: Vec<usize>) -> String {
        match stands[..] {
            [stand] => self.directory.stands[stand].number.to_string(),
            _ => String::new(),
        }
    }

    /// A new note about what is shown: a stand gives its first organisation
    /// and its number, an organisation itself and its stand if it has only
    /// one, a person their name, role, organisation and stand (if one), a
    /// note its organisation and stand.
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
            Some(Target::Organisation(i)) => {
                draft.organisation = linked(i);
                draft.stand = self.only_stand(self.directory.stands_of(i).collect());
            }
            Some(Target::Person(i)) => {
                let person = &self.directory.people[i];
                draft.name = person.name.to_string();
                draft.role = person.role.as_deref().unwrap_or_default().to_string();
                draft.organisation = self.directory.organisation_of_person(i).and_then(linked);
                draft.stand = self.only_stand(self.directory.stands_to_find(i));
            }
            Some(Target::Note(i)) => {
                if let Some(note) = self.notes.note(i) {
                    draft.organisation = note.organisation.clone();
                    draft.stand = note.stand.clone().unwrap_or_default();
                }
            }
            // A note about a talk starts blank: it is about people met.
            Some(Target::Talk(_)) | None => {}
        }
        draft
    }

    pub(crate) fn edit_note(&mut self) {
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

    pub(crate) fn ask_delete(&mut self) {
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

    pub(crate) fn cycle_follow_up(&mut self) {
        if !self.writable() {
            return;
        }
        let before = self.shown_note().and_then(|i| self.notes.note(i)).cloned();
        let (Some(before), Some(book)) = (before, self.notes.book.as_mut()) else {
            return self.say(self.text.no_note_shown);
        };
        match book.cycle_follow_up(&before.id) {
            Ok(state) => {
                let said = (self.text.follow_up_now)(&self.text.follow_up(&state));
                let before = Box::new(before);
                self.changed(Inverse::NoteReplaced { before }, said);
            }
            Err(e) => self.say(e.message(self.text.lang)),
        }
        self.notes_changed();
    }

    /// Alt-b: the shown note's latest earlier version becomes its content;
    /// the content it replaces is kept as an earlier version, and undo
    /// puts it back.
    pub(crate) fn restore_earlier_version(&mut self) {
        if !self.writable() {
            return;
        }
        let before = self.shown_note().and_then(|i| self.notes.note(i)).cloned();
        let (Some(before), Some(book)) = (before, self.notes.book.as_mut()) else {
            return self.say(self.text.no_note_shown);
        };
        let Some(version) = before.earlier.first().map(|v| v.updated) else {
            return self.say(self.text.no_earlier_version);
        };
        match book.restore_version(&before.id, version) {
            Ok(()) => {
                let said = (self.text.version_restored)(&for_display(&before.name));
                let before = Box::new(before);
                self.changed(Inverse::NoteReplaced { before }, said);
            }
            Err(e) => self.say(e.message(self.text.lang)),
        }
        self.notes_changed();
    }

    /// Says what was done with sync tools' conflict copies of the notes and
    /// plan files since the last time (merged, or unreadable and set aside).
    pub(crate) fn announce_conflicts(&mut self) {
        let lang = self.text.lang;
        let mut lines = Vec::new();
        if let Some(book) = self.notes.book.as_mut() {
            lines.extend(book.take_conflicts().lines(lang));
        }
        if let Some(store) = self.plan.store.as_mut() {
            lines.extend(store.take_conflicts().lines(lang));
        }
        if !lines.is_empty() {
            self.say(for_display(&lines.join(" ")).into_owned());
        }
    }

    pub(crate) fn toggle_follow_up_filter(&mut self) {
        self.notes.follow_up_only = !self.notes.follow_up_only;
        if self.tab != Tab::Notes {
            self.switch_tab(Tab::Notes);
        }
        self.refresh_notes_list(None);
    }

    /// Alt-a: the Notes list shows every event's notes, or this event's
    /// again; the selected note stays selected when it is still listed.
    pub(crate) fn toggle_all_events(&mut self) {
        let list = self.list(Tab::Notes);
        let selected = list
            .hits
            .get(list.selected)
            .and_then(|h| self.notes.ids.get(h.record()).cloned());
        self.notes.all_events = !self.notes.all_events;
        if self.tab != Tab::Notes {
            self.switch_tab(Tab::Notes);
        }
        self.refresh_notes_list(selected.as_deref());
    }

    /// Alt-m: the shown note of another event comes to this one; one of
    /// this event's is tied to none (shown in every event); one tied to
    /// none comes to this event. Undo puts it back.
    pub(crate) fn move_note_event(&mut self) {
        if !self.writable() {
            return;
        }
        let before = self.shown_note().and_then(|i| self.notes.note(i)).cloned();
        let (Some(before), Some(book)) = (before, self.notes.book.as_mut()) else {
            return self.say(self.text.no_note_shown);
        };
        let here = book.event().to_string();
        let to = (before.event != here).then_some(here.as_str());
        match book.move_to_event(&before.id, to) {
            Ok(()) => {
                let name = &self.directory.event.name;
                let said = (self.text.note_moved)(to.map(|_| for_display(name)).as_deref());
                let before = Box::new(before);
                self.changed(Inverse::NoteReplaced { before }, said);
            }
            Err(e) => self.say(e.message(self.text.lang)),
        }
        self.notes_changed();
    }

    pub(crate) fn ask_set_aside(&mut self) {
        if self.notes.problem(self.text).is_none() {
            return self.say(self.text.notes_file_fine);
        }
        self.confirm = Some(Confirm::SetAside);
    }

    /// Deletes note `id` (the user said yes).
    pub(crate) fn delete_note(&mut self, id: &str) {
        let Some(book) = self.notes.book.as_mut() else {
            return;
        };
        let before = book.note(id).cloned();
        match (book.delete(id), before) {
            (Ok(()), Some(before)) => {
                let before = Box::new(before);
                self.undo
                    .push(Inverse::NoteReplaced { before }, self.text.note_deleted);
                // Said with the way back, since it was asked first.
                self.say(format!(
                    "{} {}",
                    self.text.note_deleted, self.text.undo_hint
                ));
            }
            (Ok(()), None) => self.say(self.text.note_deleted),
            (Err(e), _) => self.say(e.message(self.text.lang)),
        }
        self.notes_changed();
    }

    /// Sets the unreadable notes file aside (the user said yes).
    pub(crate) fn set_aside_notes(&mut self) {
        let Some(book) = self.notes.book.as_mut() else {
            return;
        };
        match book.set_aside() {
            Ok(moved) => {
                self.undo.forget_notes();
                self.say((self.text.set_aside_done)(moved.as_deref()));
            }
            Err(e) => self.say(e.to_string()),
        }
        self.notes_changed();
    }
}
