//! Contacts into notes: `maillage notes import FILE.vcf`.
//!
//! Each card read by [`super::vcf`] becomes a note of the loaded event:
//! FN → name (else N's given and family names), N → given and family names
//! (kept only where they differ from the guess [`split_name`] makes of the
//! name, so an exported card comes back as the same note), ORG →
//! organisation (linked to the directory when its name matches one
//! exactly, case and accents aside), TITLE (else ROLE) → role, the
//! preferred EMAIL and TEL, NOTE → text, CATEGORIES → tags,
//! X-MAILLAGE-STAND → stand, UID → the note's id (`urn:uuid:` taken off).
//!
//! A card whose UID is a note's id updates that note: what the card says
//! replaces the note's name, names, organisation, role, e-mail, phone, tags
//! and stand; what the card leaves out is kept; the note's text and
//! follow-up are kept (the card's NOTE fills an empty text only).

use jiff::Timestamp;

use super::model::{Note, NoteVersion, NotesFile, OrganisationRef};
use super::names::split_name;
use super::vcf::Card;

/// How the notes changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    pub added: usize,
    pub updated: usize,
    /// Cards that said nothing new about their note.
    pub unchanged: usize,
}

/// Applies `cards` to `file` as notes of `event`, at `now`. `link` finds the
/// directory organisation a name stands for.
pub fn apply_cards(
    file: &mut NotesFile,
    cards: &[Card],
    event: &str,
    now: Timestamp,
    link: &dyn Fn(&str) -> Option<OrganisationRef>,
) -> Imported {
    let mut imported = Imported::default();
    for card in cards {
        let Some(name) = card.name() else { continue };
        let id = card.uid.as_deref().map(note_id);
        match id.and_then(|id| file.notes.iter_mut().find(|n| n.id == id)) {
            Some(note) => {
                let before = note.clone();
                update(note, card, &name, link);
                if *note == before {
                    imported.unchanged += 1;
                } else {
                    // What the card replaced stays as an earlier version of
                    // the note: an import never loses what was typed.
                    note.earlier.push(NoteVersion::of(&before));
                    note.updated = now.max(before.updated + jiff::SignedDuration::from_millis(1));
                    note.tidy();
                    imported.updated += 1;
                }
            }
            None => {
                let mut note = Note::new(
                    id.map_or_else(|| uuid::Uuid::now_v7().to_string(), str::to_string),
                    event,
                    now,
                );
                update(&mut note, card, &name, link);
                if let Some(text) = &card.note {
                    note.text = text.trim_end().to_string();
                }
                file.notes.push(note);
                imported.added += 1;
            }
        }
    }
    imported
}

/// The note id a card's UID stands for: a `urn:uuid:` is the bare UUID, as
/// maillage's own export writes it.
fn note_id(uid: &str) -> &str {
    let uid = uid.trim();
    uid.get(..9)
        .filter(|p| p.eq_ignore_ascii_case("urn:uuid:"))
        .map_or(uid, |_| &uid[9..])
}

/// Writes what `card` says into `note` (see the module).
fn update(
    note: &mut Note,
    card: &Card,
    name: &str,
    link: &dyn Fn(&str) -> Option<OrganisationRef>,
) {
    let clean = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    note.name = name.to_string();
    if card.given.is_some() || card.family.is_some() {
        let guess = split_name(name);
        let given = card.given.clone().unwrap_or_default();
        let family = card.family.clone().unwrap_or_default();
        let typed_apart = given != guess.given || family != guess.family;
        note.given_name = clean(&given).filter(|_| typed_apart);
        note.family_name = clean(&family).filter(|_| typed_apart);
    }
    if let Some(organisation) = card.organisation.as_deref().and_then(clean) {
        let same = note
            .organisation
            .as_ref()
            .is_some_and(|o| o.name == organisation);
        if !same {
            note.organisation = Some(link(&organisation).unwrap_or(OrganisationRef {
                id: None,
                name: organisation,
            }));
        }
    }
    if let Some(role) = card
        .title
        .as_deref()
        .or(card.role.as_deref())
        .and_then(clean)
    {
        note.role = Some(role);
    }
    if let Some(email) = card.emails.first().and_then(|e| clean(e)) {
        note.email = Some(email);
    }
    if let Some(phone) = card.phones.first().and_then(|p| clean(p)) {
        note.phone = Some(phone);
    }
    if !card.categories.is_empty() {
        let mut tags: Vec<String> = Vec::new();
        for tag in &card.categories {
            if !tags.contains(tag) {
                tags.push(tag.clone());
            }
        }
        note.tags = tags;
    }
    if let Some(stand) = card.stand.as_deref().and_then(clean) {
        note.stand = Some(stand);
    }
    if note.text.is_empty()
        && let Some(text) = &card.note
    {
        note.text = text.trim_end().to_string();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notes::FollowUp;
    use crate::notes::vcf::read_cards;

    fn at(time: &str) -> Timestamp {
        time.parse().unwrap()
    }

    #[test]
    fn cards_add_notes_and_update_the_note_of_their_uid() {
        let mut file = NotesFile::default();
        let no_link = |_: &str| None;
        let text = "BEGIN:VCARD\nVERSION:3.0\nFN:Jean de La Fontaine\nN:de La Fontaine;Jean;;;\n\
            ORG:Croix-Rouge\nEMAIL:jean@example.org\nUID:urn:uuid:01900000-0000-7000-8000-00000000000a\n\
            NOTE:Fables\nEND:VCARD\n";
        let (cards, _) = read_cards(text);
        let link = |name: &str| {
            (name == "Croix-Rouge").then(|| OrganisationRef {
                id: Some("croix-rouge".into()),
                name: name.into(),
            })
        };
        let first = apply_cards(&mut file, &cards, "ev", at("2026-01-01T00:00:00Z"), &link);
        assert_eq!(
            first,
            Imported {
                added: 1,
                updated: 0,
                unchanged: 0
            }
        );
        let note = &file.notes[0];
        assert_eq!(note.id, "01900000-0000-7000-8000-00000000000a");
        assert_eq!(note.event, "ev");
        assert_eq!(
            note.organisation.as_ref().unwrap().id.as_deref(),
            Some("croix-rouge")
        );
        // N is what the name gives anyway: not kept apart.
        assert_eq!(
            (note.given_name.as_deref(), note.family_name.as_deref()),
            (None, None)
        );
        assert_eq!(note.text, "Fables");

        // The same card again changes nothing.
        let again = apply_cards(
            &mut file,
            &cards,
            "ev",
            at("2026-01-02T00:00:00Z"),
            &no_link,
        );
        assert_eq!(
            again,
            Imported {
                added: 0,
                updated: 0,
                unchanged: 1
            }
        );
        assert_eq!(file.notes[0].updated, at("2026-01-01T00:00:00Z"));

        // A new e-mail and N apart from the name update it; text and follow-up stay.
        file.notes[0].follow_up = FollowUp::Todo { date: None };
        let text = text
            .replace("jean@example.org", "jdlf@example.org")
            .replace("N:de La Fontaine;Jean;;;", "N:La Fontaine;Jean;de;;")
            .replace("NOTE:Fables", "NOTE:Autre");
        let (cards, _) = read_cards(&text);
        let third = apply_cards(
            &mut file,
            &cards,
            "other",
            at("2026-01-03T00:00:00Z"),
            &no_link,
        );
        assert_eq!(
            third,
            Imported {
                added: 0,
                updated: 1,
                unchanged: 0
            }
        );
        let note = &file.notes[0];
        assert_eq!(note.email.as_deref(), Some("jdlf@example.org"));
        assert_eq!(note.given_name.as_deref(), Some("Jean de"));
        assert_eq!(note.family_name.as_deref(), Some("La Fontaine"));
        assert_eq!(note.text, "Fables");
        assert_eq!(note.follow_up, FollowUp::Todo { date: None });
        assert_eq!(note.event, "ev", "the note stays with its event");
        assert_eq!(note.updated, at("2026-01-03T00:00:00Z"));
        // What the card replaced is an earlier version of the note.
        assert_eq!(note.earlier.len(), 1);
        assert_eq!(note.earlier[0].email.as_deref(), Some("jean@example.org"));
        assert_eq!(note.earlier[0].updated, at("2026-01-01T00:00:00Z"));
        assert_eq!(
            note.organisation.as_ref().unwrap().id.as_deref(),
            Some("croix-rouge")
        );
    }
}
