//! What a detail pane says about a note, and the "your notes" section of a
//! stand's or an organisation's detail. Plain data, like `tui::detail`.

use crate::directory::Directory;
use crate::notes::{Note, NotesBook};
use crate::sanitize::{for_display, for_display_with};

use super::super::detail::{Item, Target};
use super::super::text;
use super::Notes;

fn clean(text: &str) -> String {
    for_display(text).into_owned()
}

/// The items of the detail of note `index`.
pub fn note(directory: &Directory, notes: &Notes, index: usize) -> Vec<Item> {
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
        text::NOTE_ORGANISATION,
        note.organisation.as_ref().map(|o| o.name.as_str()),
    );
    field(text::NOTE_ROLE, note.role.as_deref());
    field(text::NOTE_EMAIL, note.email.as_deref());
    field(text::NOTE_PHONE, note.phone.as_deref());
    field(text::NOTE_STAND, note.stand.as_deref());
    field(text::NOTE_TAGS, Some(&note.tags.join(", ")));
    items.push(Item::Field(
        text::NOTE_FOLLOW_UP,
        text::follow_up(&note.follow_up),
    ));
    items.push(Item::Field(text::NOTE_CREATED, note.created.to_string()));
    items.push(Item::Field(text::NOTE_UPDATED, note.updated.to_string()));
    if !note.text.is_empty() {
        items.push(Item::Blank);
        items.push(Item::Text(for_display_with(&note.text, true).into_owned()));
    }
    let links = directory_links(directory, note);
    if !links.is_empty() {
        items.push(Item::Section(text::NOTE_IN_DIRECTORY));
        items.extend(links);
    }
    items
}

/// Links to the organisation and the stand of a note, when the directory has them.
fn directory_links(directory: &Directory, note: &Note) -> Vec<Item> {
    let mut links = Vec::new();
    let org = note
        .organisation
        .as_ref()
        .and_then(|o| o.id.as_deref())
        .and_then(|id| directory.organisations.iter().position(|o| o.id == id));
    if let Some(o) = org {
        let name = clean(directory.organisations[o].display_name());
        links.push(Item::Link(name, Target::Organisation(o)));
    }
    let stand = note
        .stand
        .as_deref()
        .and_then(|number| directory.stands.iter().position(|s| s.number == number));
    if let Some(s) = stand {
        let label = format!("{} {}", text::STAND, clean(&directory.stands[s].number));
        links.push(Item::Link(label, Target::Stand(s)));
    }
    links
}

/// "Your notes" about a stand or an organisation: one link per note.
pub fn section(notes: &Notes, about: Vec<&Note>) -> Vec<Item> {
    let links: Vec<Item> = about
        .into_iter()
        .filter_map(|n| {
            let index = notes.index_of(&n.id)?;
            Some(Item::Link(line(n), Target::Note(index)))
        })
        .collect();
    if links.is_empty() {
        return links;
    }
    let mut items = vec![Item::Section(text::YOUR_NOTES)];
    items.extend(links);
    items
}

/// `Name, role (to do by 2026-12-01)`.
fn line(note: &Note) -> String {
    let mut line = clean(&note.name);
    if let Some(role) = note.role.as_deref().filter(|r| !r.is_empty()) {
        line.push_str(", ");
        line.push_str(&clean(role));
    }
    if !note.follow_up.is_none() {
        line.push_str(&format!(" ({})", text::follow_up(&note.follow_up)));
    }
    line
}

/// The notes about organisation `id`, if notes are available.
pub fn about_organisation<'a>(book: Option<&'a NotesBook>, id: &str) -> Vec<&'a Note> {
    book.map(|b| b.about_organisation(id)).unwrap_or_default()
}

/// The notes taken at stand `number`, if notes are available.
pub fn at_stand<'a>(book: Option<&'a NotesBook>, number: &str) -> Vec<&'a Note> {
    book.map(|b| b.at_stand(number)).unwrap_or_default()
}
