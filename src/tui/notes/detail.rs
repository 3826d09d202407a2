//! What a detail pane says about a note, and the "your notes" section of a
//! stand's, an organisation's or a person's detail. Plain data, like `tui::detail`.

use crate::directory::Directory;
use crate::notes::across::{SameOrganisation, event_label};
use crate::notes::{Note, NoteVersion, NotesBook, Scope, format_date};
use crate::sanitize::{for_display, for_display_with};
use crate::search::fold::fold_text;

use super::Notes;
use crate::i18n::Ui;
use crate::tui::detail::{Item, Target};

fn clean(text: &str) -> String {
    for_display(text).into_owned()
}

/// The items of the detail of note `index`.
pub fn note(t: &Ui, directory: &Directory, notes: &Notes, index: usize) -> Vec<Item> {
    let Some(note) = notes.note(index) else {
        return Vec::new();
    };
    let mut items = vec![Item::Title(clean(&note.name))];
    let mut field = |label: &'static str, value: Option<&str>| {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            items.push(Item::Field(label, clean(v)));
        }
    };
    field(
        t.note_organisation,
        note.organisation.as_ref().map(|o| o.name.as_str()),
    );
    field(t.note_role, note.role.as_deref());
    field(t.note_email, note.email.as_deref());
    field(t.note_phone, note.phone.as_deref());
    field(t.note_stand, note.stand.as_deref());
    field(
        t.note_event,
        Some(event_label(directory, &note.event, t.note_no_event)),
    );
    field(t.note_tags, Some(&note.tags.join(", ")));
    items.push(Item::Field(t.note_follow_up, t.follow_up(&note.follow_up)));
    if let Some(days) = note.follow_up.days_overdue(notes.today()) {
        items.push(Item::Warning((t.overdue_by)(days)));
    }
    // The day as the reader writes it, then the time and the zone.
    let local = |time: jiff::Timestamp| {
        let local = time.to_zoned_datetime(notes.time_zone.clone());
        let day = format_date(local.date(), t.lang);
        format!("{day} {}", local.strftime("%H:%M %Z"))
    };
    items.push(Item::Field(t.note_created, local(note.created)));
    items.push(Item::Field(t.note_updated, local(note.updated)));
    if !note.text.is_empty() {
        items.push(Item::Blank);
        items.push(Item::Text(for_display_with(&note.text, true).into_owned()));
    }
    if let Some(latest) = note.earlier.first() {
        items.push(Item::Section(t.note_earlier));
        let count = note.earlier.len();
        items.push(Item::Warning((t.earlier_versions)(
            count,
            &local(latest.updated),
        )));
        for version in &note.earlier {
            items.push(Item::Field(t.note_version, local(version.updated)));
            items.extend(differences(t, version, note));
        }
    }
    let current = notes.book().is_some_and(|b| b.is_current(note));
    let links = directory_links(t, directory, note, current);
    if !links.is_empty() {
        items.push(Item::Section(t.note_in_directory));
        items.extend(links);
    }
    items
}

/// What an earlier version says where it differs from the note now, one
/// field per difference (an emptied field shows as "—"; lines of text are
/// joined with " ⏎ ").
fn differences(t: &Ui, version: &NoteVersion, note: &Note) -> Vec<Item> {
    type Read = fn(&Ui, &NoteVersion) -> String;
    let fields: [(&'static str, Read); 11] = [
        (t.note_name, |_, v| v.name.clone()),
        (t.field_given, |_, v| {
            v.given_name.clone().unwrap_or_default()
        }),
        (t.field_family, |_, v| {
            v.family_name.clone().unwrap_or_default()
        }),
        (t.note_organisation, |_, v| {
            v.organisation
                .as_ref()
                .map(|o| o.name.clone())
                .unwrap_or_default()
        }),
        (t.note_role, |_, v| v.role.clone().unwrap_or_default()),
        (t.note_email, |_, v| v.email.clone().unwrap_or_default()),
        (t.note_phone, |_, v| v.phone.clone().unwrap_or_default()),
        (t.note_stand, |_, v| v.stand.clone().unwrap_or_default()),
        (t.note_tags, |_, v| v.tags.join(", ")),
        (t.note_follow_up, |t, v| t.follow_up(&v.follow_up)),
        (t.field_text, |_, v| v.text.clone()),
    ];
    let current = NoteVersion::of(note);
    fields
        .into_iter()
        .filter_map(|(label, read)| {
            let then = read(t, version);
            (then != read(t, &current)).then(|| {
                let shown = match then.trim() {
                    "" => "—".to_string(),
                    then => then.replace('\n', " ⏎ "),
                };
                Item::Field(label, clean(&shown))
            })
        })
        .collect()
}

/// Links to the organisation and the stand of a note, when the directory
/// has them: the organisation matched across directories (by id, else by
/// its names), the stand only for this event's notes (another edition's
/// stand numbers are another plan's).
fn directory_links(t: &Ui, directory: &Directory, note: &Note, current: bool) -> Vec<Item> {
    let mut links = Vec::new();
    let org = note.organisation.as_ref().and_then(|o| {
        let by_id =
            o.id.as_deref()
                .and_then(|id| directory.organisation_index(id));
        by_id.or_else(|| {
            (0..directory.organisations.len())
                .find(|&i| SameOrganisation::new(directory, i).is_some_and(|same| same.is(o)))
        })
    });
    if let Some(o) = org {
        let name = clean(directory.organisations[o].display_name());
        links.push(Item::Link(name, Target::Organisation(o)));
    }
    let stand = note
        .stand
        .as_deref()
        .filter(|_| current)
        .and_then(|number| directory.stand_index(number));
    if let Some(s) = stand {
        let label = format!("{} {}", t.stand, clean(&directory.stands[s].number));
        links.push(Item::Link(label, Target::Stand(s)));
    }
    links
}

/// "Your notes" about a stand or an organisation: one link per note; a
/// note of another event says which first (`2022 · Élise Dupont, …`).
pub fn section(t: &Ui, directory: &Directory, notes: &Notes, about: Vec<&Note>) -> Vec<Item> {
    let book = notes.book();
    let links: Vec<Item> = about
        .into_iter()
        .filter_map(|n| {
            let index = notes.index_of(&n.id)?;
            let mut text = line(t, n, notes.today());
            if book.is_some_and(|b| !b.is_current(n)) {
                let event = event_label(directory, &n.event, t.note_no_event);
                text = format!("{} · {text}", clean(event));
            }
            Some(Item::Link(text, Target::Note(index)))
        })
        .collect();
    if links.is_empty() {
        return links;
    }
    let mut items = vec![Item::Section(t.your_notes)];
    items.extend(links);
    items
}

/// `Name, role (to do by 1 Dec 2026)`, `… (to do by 1 Dec 2026, overdue)`.
/// (The event, when another, is put before by [`section`].)
fn line(t: &Ui, note: &Note, today: jiff::civil::Date) -> String {
    let mut line = clean(&note.name);
    if let Some(role) = note.role.as_deref().filter(|r| !r.is_empty()) {
        line.push_str(", ");
        line.push_str(&clean(role));
    }
    if !note.follow_up.is_none() {
        let mut follow_up = t.follow_up(&note.follow_up);
        if note.follow_up.is_overdue(today) {
            follow_up.push_str(", ");
            follow_up.push_str(crate::i18n::t(t.lang).notes.overdue);
        }
        line.push_str(&format!(" ({follow_up})"));
    }
    line
}

/// The notes of every event about organisation `index` of the directory
/// (matched across directories: see [`crate::notes::across`]), this
/// event's first.
pub fn about_organisation<'a>(
    book: Option<&'a NotesBook>,
    directory: &Directory,
    index: usize,
) -> Vec<&'a Note> {
    let (Some(book), Some(same)) = (book, SameOrganisation::new(directory, index)) else {
        return Vec::new();
    };
    book.about_organisation_everywhere(&same)
}

/// The notes of every event about person `person` of the directory: those
/// with their name (case, accents and punctuation aside) and no other
/// organisation than theirs (matched across directories), this event's first.
pub fn about_person<'a>(
    book: Option<&'a NotesBook>,
    directory: &Directory,
    person: usize,
) -> Vec<&'a Note> {
    let (Some(book), Some(who)) = (book, directory.people.get(person)) else {
        return Vec::new();
    };
    let name = fold_text(&who.name);
    let same = directory
        .organisation_of_person(person)
        .and_then(|o| SameOrganisation::new(directory, o));
    book.notes_in(&Scope::All)
        .into_iter()
        .filter(|n| fold_text(&n.name) == name)
        .filter(|n| match (&n.organisation, &same) {
            // Unlinked (typed) organisations are not held against the name.
            (Some(o), Some(same)) => o.id.is_none() || same.is(o),
            (Some(o), None) => o.id.is_none(),
            (None, _) => true,
        })
        .collect()
}

/// The notes about stand `index`: this event's taken at its number, then
/// every event's about its organisations (stand numbers change from one
/// edition to the next; organisations come back).
pub fn at_stand<'a>(
    book: Option<&'a NotesBook>,
    directory: &Directory,
    index: usize,
) -> Vec<&'a Note> {
    let (Some(book), Some(stand)) = (book, directory.stands.get(index)) else {
        return Vec::new();
    };
    let mut notes = book.at_stand(&stand.number);
    for organisation in directory.organisations_of_stand(index) {
        for note in about_organisation(Some(book), directory, organisation) {
            if !notes.iter().any(|n| n.id == note.id) {
                notes.push(note);
            }
        }
    }
    notes
}
