//! The notes file as plain data, and how two copies of it merge.
//!
//! The format is documented in the README ("Notes").

use std::collections::HashMap;

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::store::Document;

/// The format tag of a notes file.
pub const FORMAT: &str = "maillage-notes";
/// The version of the notes format this build writes. Version 2 added the
/// given and family names and the earlier versions of a note; version 1
/// files are read as they are (those fields empty) and written back as 2.
pub const FORMAT_VERSION: u64 = 2;

/// One person met at an event, and what to remember about them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// Stable and unique across devices (a UUID v7: time-ordered, random).
    pub id: String,
    /// The `event.id` of the directory the note was taken with.
    pub event: String,
    /// The person's name; never empty.
    pub name: String,
    /// Given and family names, when typed apart from `name` (address books
    /// need them apart); otherwise [`Note::given_and_family`] splits `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<OrganisationRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The stand number where you met.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stand: Option<String>,
    /// Free text, several lines allowed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "FollowUp::is_none")]
    pub follow_up: FollowUp,
    pub created: Timestamp,
    /// Changed on every edit; the newer copy of a note wins a merge.
    pub updated: Timestamp,
    /// The `updated` of the versions this one was edited from (the last
    /// [`EDITED_FROM_KEPT`], oldest first): a copy of the note stamped with
    /// one of them is an older state of this one, not a change made
    /// elsewhere, and loses a merge without a trace.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub edited_from: Vec<Timestamp>,
    /// Versions of this note changed elsewhere (another device, another
    /// window) that lost a merge to this one, newest first, at most
    /// [`EARLIER_KEPT`]; shown in the note's detail and restorable.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<NoteVersion>,
}

/// How many earlier versions a note keeps (the newest).
pub const EARLIER_KEPT: usize = 10;
/// How many of the states a note was edited from it remembers.
pub const EDITED_FROM_KEPT: usize = 10;

/// A note's content at one time: what an earlier version keeps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteVersion {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<OrganisationRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stand: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "FollowUp::is_none")]
    pub follow_up: FollowUp,
    /// When this version was made.
    pub updated: Timestamp,
}

impl NoteVersion {
    /// The content of `note` now.
    pub fn of(note: &Note) -> NoteVersion {
        NoteVersion {
            name: note.name.clone(),
            given_name: note.given_name.clone(),
            family_name: note.family_name.clone(),
            organisation: note.organisation.clone(),
            role: note.role.clone(),
            email: note.email.clone(),
            phone: note.phone.clone(),
            stand: note.stand.clone(),
            text: note.text.clone(),
            tags: note.tags.clone(),
            follow_up: note.follow_up,
            updated: note.updated,
        }
    }

    /// Gives `note` this version's content (not its time: the caller stamps it).
    pub fn apply_to(&self, note: &mut Note) {
        note.name.clone_from(&self.name);
        note.given_name.clone_from(&self.given_name);
        note.family_name.clone_from(&self.family_name);
        note.organisation.clone_from(&self.organisation);
        note.role.clone_from(&self.role);
        note.email.clone_from(&self.email);
        note.phone.clone_from(&self.phone);
        note.stand.clone_from(&self.stand);
        note.text.clone_from(&self.text);
        note.tags.clone_from(&self.tags);
        note.follow_up = self.follow_up;
    }

    /// Whether both say the same, whenever they were made.
    pub fn same_content(&self, other: &NoteVersion) -> bool {
        NoteVersion {
            updated: other.updated,
            ..self.clone()
        } == *other
    }
}

impl Note {
    /// A note with only its id, event and times: every field else empty,
    /// for the caller to fill in.
    pub fn new(id: impl Into<String>, event: impl Into<String>, now: Timestamp) -> Note {
        Note {
            id: id.into(),
            event: event.into(),
            name: String::new(),
            given_name: None,
            family_name: None,
            organisation: None,
            role: None,
            email: None,
            phone: None,
            stand: None,
            text: String::new(),
            tags: Vec::new(),
            follow_up: FollowUp::None,
            created: now,
            updated: now,
            edited_from: Vec::new(),
            earlier: Vec::new(),
        }
    }

    /// Puts `edited_from` and `earlier` in their one canonical form, so that
    /// every merge order and every instance writes the same note: stamps
    /// sorted, unique, the last [`EDITED_FROM_KEPT`]; earlier versions
    /// without the current content, without states this one was edited
    /// from, one per content (its latest), newest first, at most
    /// [`EARLIER_KEPT`].
    pub fn tidy(&mut self) {
        self.edited_from.sort();
        self.edited_from.dedup();
        let extra = self.edited_from.len().saturating_sub(EDITED_FROM_KEPT);
        self.edited_from.drain(..extra);
        let current = NoteVersion::of(self);
        let mut versions = std::mem::take(&mut self.earlier);
        versions.retain(|v| !v.same_content(&current) && !self.edited_from.contains(&v.updated));
        // Newest first; for one time, a fixed order on the content.
        let text = |v: &NoteVersion| serde_json::to_string(v).unwrap_or_default();
        versions.sort_by_cached_key(|v| (std::cmp::Reverse(v.updated), text(v)));
        let mut kept: Vec<NoteVersion> = Vec::new();
        for version in versions {
            if !kept.iter().any(|k| k.same_content(&version)) {
                kept.push(version);
            }
        }
        kept.truncate(EARLIER_KEPT);
        self.earlier = kept;
    }
}

/// The organisation a note is about: linked to the directory when picked from
/// it (`id`), free text otherwise. `name` is kept either way so the note reads
/// well without the directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationRef {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub name: String,
}

/// Whether something remains to be done about a contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case", deny_unknown_fields)]
pub enum FollowUp {
    #[default]
    None,
    /// To do, by `date` when there is one.
    Todo {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        date: Option<Date>,
    },
    Done,
}

impl FollowUp {
    pub fn is_none(&self) -> bool {
        matches!(self, FollowUp::None)
    }

    pub fn is_open(&self) -> bool {
        matches!(self, FollowUp::Todo { .. })
    }

    /// The next state for the one-key cycle: none → to do → done → none.
    pub fn cycled(self) -> FollowUp {
        match self {
            FollowUp::None => FollowUp::Todo { date: None },
            FollowUp::Todo { .. } => FollowUp::Done,
            FollowUp::Done => FollowUp::None,
        }
    }

    /// A short word for lists and exports: `none`, `todo`, `done`.
    pub fn label(&self) -> &'static str {
        match self {
            FollowUp::None => "none",
            FollowUp::Todo { .. } => "todo",
            FollowUp::Done => "done",
        }
    }

    pub fn date(&self) -> Option<Date> {
        match self {
            FollowUp::Todo { date } => *date,
            _ => None,
        }
    }

    /// Still to do and its date is past (due today is not late yet).
    pub fn is_overdue(&self, today: Date) -> bool {
        self.date().is_some_and(|date| date < today)
    }

    /// How many days late it is, when [overdue](FollowUp::is_overdue).
    pub fn days_overdue(&self, today: Date) -> Option<i32> {
        let date = self.date().filter(|_| self.is_overdue(today))?;
        Some((today - date).get_days())
    }
}

/// The memory of a deleted note, so that the deletion survives a merge with a
/// copy that still has the note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tombstone {
    pub id: String,
    pub deleted: Timestamp,
}

/// The whole notes file: the notes of every event, and the deletions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotesFile {
    pub format: String,
    pub version: u64,
    #[serde(default)]
    pub notes: Vec<Note>,
    #[serde(default)]
    pub tombstones: Vec<Tombstone>,
}

impl Default for NotesFile {
    fn default() -> Self {
        NotesFile {
            format: FORMAT.to_string(),
            version: FORMAT_VERSION,
            notes: Vec::new(),
            tombstones: Vec::new(),
        }
    }
}

impl Document for NotesFile {
    const FORMAT: &'static str = FORMAT;
    const VERSION: u64 = FORMAT_VERSION;
    const OLDEST_VERSION: u64 = 1;
    const WHAT: &'static str = "notes";

    fn set_version(&mut self) {
        self.version = FORMAT_VERSION;
    }

    /// Per note id, the copy with the newer `updated` wins, and the other is
    /// kept as an earlier version of it unless the winner was edited from it
    /// ([`merge_copies`]); a tombstone deletes
    /// every copy not updated after it; tombstones are all kept (the latest per
    /// id). The result does not depend on which side is `ours`.
    fn merge(ours: Self, theirs: Self) -> Self {
        let mut tombstones: HashMap<String, Timestamp> = HashMap::new();
        for t in ours.tombstones.into_iter().chain(theirs.tombstones) {
            let deleted = tombstones.entry(t.id).or_insert(t.deleted);
            *deleted = (*deleted).max(t.deleted);
        }
        let mut notes: HashMap<String, Note> = HashMap::new();
        for note in ours.notes.into_iter().chain(theirs.notes) {
            let merged = match notes.remove(&note.id) {
                Some(kept) => merge_copies(kept, note),
                None => note,
            };
            notes.insert(merged.id.clone(), merged);
        }
        let mut notes: Vec<Note> = notes
            .into_values()
            .map(|mut n| {
                // Also a note only one side has: every merge writes the
                // canonical form, so merging again changes nothing.
                n.tidy();
                n
            })
            .filter(|n| {
                tombstones
                    .get(&n.id)
                    .is_none_or(|&deleted| n.updated > deleted)
            })
            .collect();
        // Creation order, then id: a stable file that diffs well.
        notes.sort_by(|a, b| a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id)));
        let mut tombstones: Vec<Tombstone> = tombstones
            .into_iter()
            .map(|(id, deleted)| Tombstone { id, deleted })
            .collect();
        tombstones.sort_by(|a, b| a.deleted.cmp(&b.deleted).then_with(|| a.id.cmp(&b.id)));
        NotesFile {
            notes,
            tombstones,
            ..NotesFile::default()
        }
    }
}

/// Two copies of one note: the newer wins; the other becomes an earlier
/// version of it if it was changed elsewhere ([`Note::tidy`] drops it if the
/// winner was edited from it), and the earlier versions of both are kept.
/// Does not depend on the order of the two.
fn merge_copies(a: Note, b: Note) -> Note {
    let (mut winner, loser) = if wins_over(&b, &a) { (b, a) } else { (a, b) };
    // States either copy was edited from are older states of the note, both
    // sides' (so merging is the same in any order, and again).
    winner.edited_from.extend(loser.edited_from.iter().copied());
    winner.earlier.extend(loser.earlier.iter().cloned());
    winner.earlier.push(NoteVersion::of(&loser));
    // `merge` tidies every note once all copies are in.
    winner
}

/// Whether `candidate` should replace `kept` (two copies of one note): the
/// newer wins; on a tie, a fixed order on the content, so every instance picks
/// the same copy.
fn wins_over(candidate: &Note, kept: &Note) -> bool {
    match candidate.updated.cmp(&kept.updated) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => {
            let text = |n: &Note| serde_json::to_string(n).unwrap_or_default();
            text(candidate) > text(kept)
        }
    }
}
