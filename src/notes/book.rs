//! [`NotesBook`]: one notebook across events, seen from one event, as the
//! TUI and the CLI use it: this event's notes by default, every event's on
//! request ([`Scope`]), and what earlier events said about an organisation.

use std::fmt;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp, Unit};

use super::draft::{DraftError, NoteDraft, Warning};
use super::model::{FollowUp, Note, NotesFile};
use crate::i18n::{Lang, t};
use crate::search::{Engine, Field, Record, Tier};
use crate::store::{Store, StoreError};

/// Field layout of the search records built by [`NotesBook::search_records`].
pub const FIELD_NAME: usize = 0;
pub const FIELD_ORGANISATION: usize = 1;
pub const FIELD_ROLE: usize = 2;
pub const FIELD_TAGS: usize = 3;
pub const FIELD_TEXT: usize = 4;
pub const FIELD_STAND: usize = 5;
/// The note's event id (empty for a note tied to no event).
pub const FIELD_EVENT: usize = 6;

/// The name of the notes file in the configuration folder.
pub const FILE_NAME: &str = "notes.json";

/// Which events' notes a list shows. A note tied to no event (its `event`
/// is empty) is in every event's.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Scope {
    /// The book's event (the loaded directory's).
    #[default]
    Current,
    /// The event with this id.
    Event(String),
    /// Every event.
    All,
}

/// Whether `note` belongs to event `event`: taken there, or tied to none.
pub fn belongs_to(note: &Note, event: &str) -> bool {
    belongs_to_event(&note.event, event)
}

/// Whether a note of event `note_event` belongs to event `event`.
pub fn belongs_to_event(note_event: &str, event: &str) -> bool {
    note_event == event || note_event.is_empty()
}

/// The notes of one event, kept in a [`Store`] that holds every event's notes.
/// Every change is saved at once; a failed save changes nothing.
#[derive(Debug)]
pub struct NotesBook {
    store: Store<NotesFile>,
    event: String,
    /// Today, when pinned (tests); the clock's date otherwise.
    today: Option<Date>,
}

/// What a successful add returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Added {
    pub id: String,
    pub warnings: Vec<Warning>,
}

/// Why a change to the notes was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteError {
    /// The draft was refused (e.g. an empty name).
    Draft(DraftError),
    /// The notes file is unusable (read-only) or could not be written.
    Store(StoreError),
    /// No note with this id (another instance may have deleted it).
    NotFound(String),
}

impl NoteError {
    /// The message in `lang` (`Display` gives the English one).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            NoteError::Draft(e) => e.message(lang),
            NoteError::Store(e) => e.render(lang),
            NoteError::NotFound(id) => (t(lang).notes.not_found)(id),
        }
    }
}

impl fmt::Display for NoteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for NoteError {}

impl From<StoreError> for NoteError {
    fn from(e: StoreError) -> Self {
        NoteError::Store(e)
    }
}

impl NotesBook {
    /// Opens the notes file at `path` for the event `event` (a directory's
    /// `event.id`). Never fails: see [`NotesBook::problem`].
    pub fn open(path: impl Into<PathBuf>, event: &str) -> Self {
        NotesBook {
            store: Store::open(path),
            event: event.to_string(),
            today: None,
        }
    }

    /// Opens `notes.json` in the configuration folder `config_dir`.
    pub fn open_in(config_dir: &Path, event: &str) -> Self {
        Self::open(config_dir.join(FILE_NAME), event)
    }

    pub fn path(&self) -> &Path {
        self.store.path()
    }

    pub fn event(&self) -> &str {
        &self.event
    }

    /// Why the notes file cannot be used, while it cannot (show it; the book
    /// is read-only until [`NotesBook::set_aside`]).
    pub fn problem(&self) -> Option<&StoreError> {
        self.store.problem()
    }

    pub fn is_read_only(&self) -> bool {
        self.store.is_read_only()
    }

    /// What was done with sync tools' conflict copies of the notes file
    /// since the last call (merged, or unreadable and set aside).
    pub fn take_conflicts(&mut self) -> crate::store::ConflictReport {
        self.store.take_conflicts()
    }

    /// The whole file: every event's notes and the tombstones.
    pub fn file(&self) -> &NotesFile {
        self.store.document()
    }

    /// The date follow-ups are overdue against: the pinned one, else the
    /// clock's (in the system's time zone).
    pub fn today(&self) -> Date {
        self.today.unwrap_or_else(super::date::today)
    }

    /// Pins today's date (tests, so what is overdue does not move).
    pub fn set_today(&mut self, today: Date) {
        self.today = Some(today);
    }

    /// This event's notes (and those tied to no event): overdue follow-ups
    /// first (the most overdue first), then by name (as a French reader
    /// sorts), then id (creation order).
    pub fn notes(&self) -> Vec<&Note> {
        self.notes_in(&Scope::Current)
    }

    /// The notes of `scope`, in [`NotesBook::notes`] order; for every event,
    /// this event's first, then the other events' (by event id, the latest
    /// edition first when ids end with a year), each in that order.
    pub fn notes_in(&self, scope: &Scope) -> Vec<&Note> {
        let today = self.today();
        let mut notes: Vec<&Note> = self
            .file()
            .notes
            .iter()
            .filter(|n| match scope {
                Scope::Current => belongs_to(n, &self.event),
                Scope::Event(event) => belongs_to(n, event),
                Scope::All => true,
            })
            .collect();
        notes.sort_by_cached_key(|n| self.sort_key(n, today));
        notes
    }

    /// Whether `note` is one of this event's (or tied to none).
    pub fn is_current(&self, note: &Note) -> bool {
        belongs_to(note, &self.event)
    }

    pub fn note(&self, id: &str) -> Option<&Note> {
        self.file().notes.iter().find(|n| n.id == id)
    }

    /// Open follow-ups of this event: dated ones first, soonest first, then
    /// undated ones by name.
    pub fn follow_ups(&self) -> Vec<&Note> {
        self.follow_ups_in(&Scope::Current)
    }

    /// Open follow-ups of `scope`, in [`NotesBook::follow_ups`] order.
    pub fn follow_ups_in(&self, scope: &Scope) -> Vec<&Note> {
        let mut notes: Vec<&Note> = self
            .notes_in(scope)
            .into_iter()
            .filter(|n| n.follow_up.is_open())
            .collect();
        notes.sort_by_key(|n| (n.follow_up.date().is_none(), n.follow_up.date()));
        notes
    }

    /// This event's notes about the directory organisation `organisation_id`.
    pub fn about_organisation(&self, organisation_id: &str) -> Vec<&Note> {
        self.notes()
            .into_iter()
            .filter(|n| {
                n.organisation
                    .as_ref()
                    .is_some_and(|o| o.id.as_deref() == Some(organisation_id))
            })
            .collect()
    }

    /// The notes of every event about an organisation, which `same` tells
    /// (see [`super::across::SameOrganisation`]): this event's first.
    pub fn about_organisation_everywhere(
        &self,
        same: &super::across::SameOrganisation,
    ) -> Vec<&Note> {
        self.notes_in(&Scope::All)
            .into_iter()
            .filter(|n| n.organisation.as_ref().is_some_and(|o| same.is(o)))
            .collect()
    }

    /// This event's notes taken at stand `number`.
    pub fn at_stand(&self, number: &str) -> Vec<&Note> {
        self.notes()
            .into_iter()
            .filter(|n| n.stand.as_deref() == Some(number))
            .collect()
    }

    /// One search record per note, in [`NotesBook::notes`] order (record `i`
    /// is `notes()[i]`); fields as `FIELD_*` say.
    pub fn search_records(&self) -> Vec<Record> {
        self.search_records_in(&Scope::Current)
    }

    /// One search record per note of `scope`, in [`NotesBook::notes_in`]
    /// order.
    pub fn search_records_in(&self, scope: &Scope) -> Vec<Record> {
        let today = self.today();
        self.notes_in(scope)
            .into_iter()
            .map(|note| search_record(note, self.sort_key(note, today)))
            .collect()
    }

    /// A search engine over [`NotesBook::search_records`].
    pub fn search_engine(&self) -> Engine {
        Engine::new(self.search_records())
    }

    /// Ties note `id` to event `event`, or to none (`None`: it then shows
    /// in every event), and saves.
    pub fn move_to_event(&mut self, id: &str, event: Option<&str>) -> Result<(), NoteError> {
        let event = event.unwrap_or("").to_string();
        self.change(id, |note| note.event = event)
    }

    /// This event's notes first, then the other events' (the later id
    /// first); within each, [`sort_key`].
    fn sort_key(&self, note: &Note, today: Date) -> String {
        if self.is_current(note) {
            format!("0{}", sort_key(note, today))
        } else {
            // Each char of the id inverted, so that a later id sorts first.
            let event: String = note
                .event
                .chars()
                .map(|c| char::from_u32(0x10FFFF - c as u32).unwrap_or(c))
                .collect();
            format!("1{event}\u{0}{}", sort_key(note, today))
        }
    }

    /// Adds a note for this event and saves it.
    pub fn add(&mut self, draft: &NoteDraft) -> Result<Added, NoteError> {
        let warnings = draft.check().map_err(NoteError::Draft)?;
        let now = now();
        let mut note = Note::new(uuid::Uuid::now_v7().to_string(), self.event.clone(), now);
        draft.apply_to(&mut note);
        let id = note.id.clone();
        self.store.save(|file| file.notes.push(note))?;
        Ok(Added { id, warnings })
    }

    /// Replaces the fields of note `id` with the draft's, and saves.
    pub fn edit(&mut self, id: &str, draft: &NoteDraft) -> Result<Vec<Warning>, NoteError> {
        let warnings = draft.check().map_err(NoteError::Draft)?;
        // The draft was made from the note as this instance last saw it. If
        // another one changed it since, that change is kept as an earlier
        // version rather than silently overwritten.
        let seen = self.note(id).map(|n| n.updated);
        self.change(id, |note| {
            let before = super::model::NoteVersion::of(note);
            draft.apply_to(note);
            if seen != Some(before.updated) {
                note.earlier.push(before);
            }
        })?;
        Ok(warnings)
    }

    /// Moves note `id` to the next follow-up state (none → to do → done →
    /// none), saves, and returns the new state.
    pub fn cycle_follow_up(&mut self, id: &str) -> Result<FollowUp, NoteError> {
        self.change(id, |note| {
            note.follow_up = note.follow_up.cycled();
            note.follow_up
        })
    }

    /// Sets the follow-up of note `id` (e.g. a to-do with a date), and saves.
    pub fn set_follow_up(&mut self, id: &str, follow_up: FollowUp) -> Result<(), NoteError> {
        self.change(id, |note| note.follow_up = follow_up)
    }

    /// Deletes note `id`, leaving a tombstone so the deletion merges too.
    pub fn delete(&mut self, id: &str) -> Result<(), NoteError> {
        let found = self.store.save(|file| {
            let index = file.notes.iter().position(|n| n.id == id)?;
            let note = file.notes.remove(index);
            file.tombstones.push(super::model::Tombstone {
                id: note.id,
                deleted: now_after(note.updated),
            });
            Some(())
        })?;
        found.ok_or_else(|| NoteError::NotFound(id.to_string()))
    }

    /// Puts `note` back as it was (undoing a deletion or an edit), and
    /// saves. It is stamped as updated now, after any deletion of it, so it
    /// wins over the tombstone and over the copy it replaces, here and in
    /// every merge. The copy it replaces is dropped (it is what is undone),
    /// not kept as an earlier version; the earlier versions of both are.
    /// The note may be of any event: an earlier event's note changed, moved
    /// or deleted from the list of every event's notes comes back too.
    pub fn restore(&mut self, note: &Note) -> Result<(), NoteError> {
        self.store.save(|file| {
            let deleted = file
                .tombstones
                .iter()
                .filter(|t| t.id == note.id)
                .map(|t| t.deleted);
            let current = file
                .notes
                .iter()
                .filter(|n| n.id == note.id)
                .map(|n| n.updated);
            let latest = deleted.chain(current).fold(note.updated, Timestamp::max);
            let mut restored = note.clone();
            restored.updated = now_after(latest);
            match file.notes.iter_mut().find(|n| n.id == note.id) {
                Some(kept) => {
                    restored.edited_from.push(kept.updated);
                    restored.earlier.extend(kept.earlier.iter().cloned());
                    restored.tidy();
                    *kept = restored;
                }
                None => file.notes.push(restored),
            }
        })?;
        Ok(())
    }

    /// Applies `change` to the whole notes file and saves it (an import).
    pub fn save_with<R>(
        &mut self,
        change: impl FnOnce(&mut NotesFile) -> R,
    ) -> Result<R, NoteError> {
        Ok(self.store.save(change)?)
    }

    /// Makes the earlier version of note `id` made at `version` (its
    /// `updated`) the note's content again, and saves. The content it
    /// replaces becomes an earlier version in turn: nothing is lost.
    pub fn restore_version(&mut self, id: &str, version: Timestamp) -> Result<(), NoteError> {
        let found = self.store.save(|file| {
            let note = file.notes.iter_mut().find(|n| n.id == id)?;
            let chosen = note.earlier.iter().find(|v| v.updated == version)?.clone();
            let replaced = super::model::NoteVersion::of(note);
            let replaced_at = replaced.updated;
            chosen.apply_to(note);
            note.earlier.push(replaced);
            // The restored version is this one now: a copy elsewhere still
            // holding it as an earlier version must not bring it back. (Not
            // when both were stamped in the same millisecond, on two devices:
            // the stamp would then also hide the content just replaced.)
            if chosen.updated != replaced_at {
                note.edited_from.push(chosen.updated);
            }
            note.updated = now_after(note.updated);
            note.tidy();
            Some(())
        })?;
        found.ok_or_else(|| NoteError::NotFound(id.to_string()))
    }

    /// Picks up changes another instance saved; true if anything changed.
    pub fn reload_if_changed(&mut self) -> bool {
        self.store.reload_if_changed()
    }

    /// Renames an unusable notes file aside (never deletes it) and starts with
    /// no notes. Ask the user first. Returns where the file went.
    pub fn set_aside(&mut self) -> Result<Option<PathBuf>, StoreError> {
        self.store.set_aside()
    }

    /// Applies `edit` to note `id`, stamps it as updated, and saves.
    fn change<R>(&mut self, id: &str, edit: impl FnOnce(&mut Note) -> R) -> Result<R, NoteError> {
        let result = self.store.save(|file| {
            let note = file.notes.iter_mut().find(|n| n.id == id)?;
            let previous = note.updated;
            let out = edit(note);
            // Unless the edit kept the previous state as an earlier version
            // (it was made from an older copy), it was made from that state.
            if !note.earlier.iter().any(|v| v.updated == previous) {
                note.edited_from.push(previous);
            }
            note.updated = now_after(note.updated);
            note.tidy();
            Some(out)
        })?;
        result.ok_or_else(|| NoteError::NotFound(id.to_string()))
    }
}

/// The current time, to the millisecond (enough, and easier to read).
fn now() -> Timestamp {
    Timestamp::now()
        .round(Unit::Millisecond)
        .unwrap_or_else(|_| Timestamp::now())
}

/// The current time, but strictly after `previous`, so a change always wins
/// over the copy it changes even if the clock went back.
fn now_after(previous: Timestamp) -> Timestamp {
    let next = previous
        .checked_add(SignedDuration::from_millis(1))
        .unwrap_or(previous);
    now().max(next)
}

fn search_record(note: &Note, sort_key: String) -> Record {
    let field = |tier, text: &str| Field {
        tier,
        text: text.to_string(),
    };
    let organisation = note.organisation.as_ref().map_or("", |o| o.name.as_str());
    Record {
        fields: vec![
            field(Tier::Key, &note.name),
            field(Tier::Name, organisation),
            field(Tier::Related, note.role.as_deref().unwrap_or("")),
            field(Tier::Related, &note.tags.join(" ")),
            field(Tier::Description, &note.text),
            field(Tier::Related, note.stand.as_deref().unwrap_or("")),
            field(Tier::Related, &note.event),
        ],
        sort_key,
    }
}

/// Overdue first, by date (ISO dates sort as text); then name (as a French
/// reader sorts), then id: UUID v7 ids sort in creation order. The search
/// engine lists equal hits in this order too.
fn sort_key(note: &Note, today: Date) -> String {
    let name = crate::search::fold::collation_key(&note.name);
    match note
        .follow_up
        .date()
        .filter(|_| note.follow_up.is_overdue(today))
    {
        Some(date) => format!("0{date}\u{0}{name}\u{0}{}", note.id),
        None => format!("1{name}\u{0}{}", note.id),
    }
}
