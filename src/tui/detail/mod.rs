//! The detail pane: what it says about a stand, an organisation or a person, as plain
//! data (here); which detail has the keyboard, its links and scrolling
//! ([`update`]); and its drawing (`draw`).
//!
//! The app and the view both read the data: the app to know the links (to
//! move between them, follow them, keep the selected one on screen), the
//! view to draw it. Text is sanitized here, once, before anything can draw it.

mod draw;
#[cfg(test)]
mod tests;
pub mod update;

pub(crate) use draw::draw;
pub use update::DetailView;

use crate::directory::Directory;
use crate::i18n::Ui;
use crate::sanitize::{for_display, for_display_with};
use crate::tui::notes::{self, Notes};
use crate::tui::programme;
use crate::tui::wrap::{width, wrap};

/// Something a detail pane can show, by index into the directory (or, for
/// a note, into the notes list: the notes engine's record).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Stand(usize),
    Organisation(usize),
    Person(usize),
    Note(usize),
    /// A talk of the programme.
    Talk(usize),
}

/// One block of a detail, before it is wrapped to a width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Title(String),
    /// A label and its value on the same line.
    Field(&'static str, String),
    /// A label alone, heading the items below it.
    Section(&'static str),
    /// Free text, wrapped, newlines kept.
    Text(String),
    /// A caveat the reader should see (an illustrative layout).
    Warning(String),
    Link(String, Target),
    Blank,
}

/// How a piece of a laid-out line is meant to look; the view picks the style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Title,
    Label,
    Value,
    Warning,
    /// The n-th link of the detail.
    Link(usize),
}

/// One screen line of a detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub pieces: Vec<(String, Look)>,
    pub link: Option<usize>,
}

/// Width of the label column when there is room for one.
const LABEL_WIDTH: usize = 15;
/// Below this width, labels go on their own line.
const NARROW: usize = 36;

/// The items of the detail of `target`; stands, organisations and people
/// end with your notes about them.
pub fn document(t: &Ui, directory: &Directory, notes: &Notes, target: Target) -> Vec<Item> {
    let book = notes.book();
    match target {
        Target::Stand(i) => directory.stands.get(i).map(|_| {
            let mut items = stand(t, directory, i);
            items.extend(programme::detail::section(t, directory, target));
            items.extend(notes::detail::section(
                t,
                directory,
                notes,
                notes::detail::at_stand(book, directory, i),
            ));
            items
        }),
        Target::Organisation(i) => directory.organisations.get(i).map(|_| {
            let mut items = organisation(t, directory, i);
            items.extend(programme::detail::section(t, directory, target));
            items.extend(notes::detail::section(
                t,
                directory,
                notes,
                notes::detail::about_organisation(book, directory, i),
            ));
            items
        }),
        Target::Person(i) => directory.people.get(i).map(|_| {
            let mut items = person(t, directory, i);
            items.extend(programme::detail::section(t, directory, target));
            items.extend(notes::detail::section(
                t,
                directory,
                notes,
                notes::detail::about_person(book, directory, i),
            ));
            items
        }),
        Target::Note(i) => Some(notes::detail::note(t, directory, notes, i)),
        Target::Talk(i) => Some(programme::detail::talk(t, directory, i)),
    }
    .unwrap_or_default()
}

fn clean(text: &str) -> String {
    for_display(text).into_owned()
}

fn stand(t: &Ui, directory: &Directory, index: usize) -> Vec<Item> {
    let stand = &directory.stands[index];
    let mut items = vec![Item::Title(format!("{} {}", t.stand, clean(&stand.number)))];
    let venue = directory.venue.as_ref();
    match (&stand.location, venue) {
        (Some(location), Some(venue)) => {
            let hall = venue.halls.iter().find(|h| h.id == location.hall);
            let name = hall.map_or(location.hall.as_str(), |h| h.name.as_str());
            items.push(Item::Field(t.location, clean(name)));
            if venue.illustrative {
                items.push(Item::Warning(format!("({})", t.illustrative)));
            }
        }
        _ => items.push(Item::Field(t.location, t.not_on_plan.to_string())),
    }
    if stand.illustrative {
        items.push(Item::Warning(format!("({})", t.illustrative_stand)));
    }
    if let Some(title) = stand.title.as_deref().filter(|t| !t.is_empty()) {
        items.push(Item::Field(t.title, clean(title)));
    }
    let themes: Vec<&str> = directory.stand_themes(index).collect();
    if !themes.is_empty() {
        items.push(Item::Field(t.themes, clean(&themes.join(", "))));
    }
    items.push(Item::Section(t.organisations));
    for o in directory.organisations_of_stand(index) {
        let name = clean(directory.organisations[o].display_name());
        items.push(Item::Link(name, Target::Organisation(o)));
    }
    push_people(t, directory, &mut items, directory.people_at_stand(index));
    items
}

fn organisation(t: &Ui, directory: &Directory, index: usize) -> Vec<Item> {
    let org = &directory.organisations[index];
    let mut items = vec![Item::Title(clean(org.display_name()))];
    if org.name != org.display_name() {
        items.push(Item::Field(t.official_name, clean(&org.name)));
    }
    if !org.aliases().is_empty() {
        items.push(Item::Field(
            t.also_known_as,
            clean(&org.aliases().join(", ")),
        ));
    }
    if let Some(kind) = org.kind.as_deref().filter(|k| !k.is_empty()) {
        items.push(Item::Field(t.kind, clean(kind)));
    }
    let themes: Vec<&str> = directory.organisation_themes(index).collect();
    if !themes.is_empty() {
        items.push(Item::Field(t.themes, clean(&themes.join(", "))));
    }
    if let Some(site) = org.website().filter(|w| !w.is_empty()) {
        items.push(Item::Field(t.website, clean(site)));
    }
    if let Some(description) = org.description.as_deref().filter(|d| !d.is_empty()) {
        items.push(Item::Blank);
        items.push(Item::Text(for_display_with(description, true).into_owned()));
    }
    if let Some(p) = directory.parent_of(index) {
        items.push(Item::Section(t.part_of));
        let name = clean(directory.organisations[p].display_name());
        items.push(Item::Link(name, Target::Organisation(p)));
    }
    items.push(Item::Section(t.stands));
    let mut any = false;
    for i in directory.stands_of(index) {
        any = true;
        items.push(Item::Link(stand_label(directory, i), Target::Stand(i)));
    }
    if !any {
        items.push(Item::Text(t.none.to_string()));
    }
    let people = directory.people_of(index).collect();
    push_people(t, directory, &mut items, people);
    items
}

/// A person: role, themes (their organisation's), organisation, the stands
/// where to find them, and where the directory names them. What the
/// directory does not say is said to be missing, never made up: a stand
/// found through their organisation is labelled so.
fn person(t: &Ui, directory: &Directory, index: usize) -> Vec<Item> {
    let person = &directory.people[index];
    let mut items = vec![Item::Title(clean(&person.name))];
    if person.illustrative {
        items.push(Item::Warning(format!("({})", t.illustrative_person)));
    }
    let role = person.role.as_deref().filter(|r| !r.is_empty());
    items.push(Item::Field(
        t.role,
        role.map_or_else(|| t.not_given.to_string(), clean),
    ));
    let organisation = directory.organisation_of_person(index);
    if let Some(o) = organisation {
        let themes: Vec<&str> = directory.organisation_themes(o).collect();
        if !themes.is_empty() {
            items.push(Item::Field(t.themes, clean(&themes.join(", "))));
        }
    }
    items.push(Item::Section(t.organisation));
    match organisation {
        Some(o) => {
            let name = clean(directory.organisations[o].display_name());
            items.push(Item::Link(name, Target::Organisation(o)));
        }
        None => items.push(Item::Text(t.not_given.to_string())),
    }
    let stands = directory.stands_to_find(index);
    items.push(Item::Section(match directory.stand_of_person(index) {
        Some(_) => t.stand,
        None => t.stands_of_organisation,
    }));
    if stands.is_empty() {
        items.push(Item::Text(t.not_given.to_string()));
    }
    for &stand in &stands {
        items.push(Item::Link(
            stand_label(directory, stand),
            Target::Stand(stand),
        ));
    }
    if directory.layout_is_illustrative() && !stands.is_empty() {
        items.push(Item::Warning(format!("({})", t.illustrative)));
    }
    if stands.iter().any(|&s| directory.stands[s].illustrative) {
        items.push(Item::Warning(format!("({})", t.illustrative_stand)));
    }
    if !person.sources().is_empty() {
        items.push(Item::Section(t.about_sources));
        items.extend(person.sources().iter().map(|s| Item::Text(clean(&s.title))));
    }
    items
}

/// A stand as a link names it: `A1 · Accueil` (number and title).
fn stand_label(directory: &Directory, index: usize) -> String {
    let stand = &directory.stands[index];
    match stand.title.as_deref().filter(|t| !t.is_empty()) {
        Some(title) => format!("{} · {}", clean(&stand.number), clean(title)),
        None => clean(&stand.number),
    }
}

pub(crate) fn person_line(directory: &Directory, index: usize) -> String {
    let person = &directory.people[index];
    let mut line = clean(&person.name);
    if let Some(role) = person.role.as_deref().filter(|r| !r.is_empty()) {
        line.push_str(", ");
        line.push_str(&clean(role));
    }
    if let Some(o) = directory.organisation_of_person(index) {
        let org = &directory.organisations[o];
        line.push_str(&format!(" ({})", clean(org.display_name())));
    }
    line
}

/// The people of a stand or an organisation, each a link to their detail.
fn push_people(t: &Ui, directory: &Directory, items: &mut Vec<Item>, people: Vec<usize>) {
    if people.is_empty() {
        return;
    }
    items.push(Item::Section(t.people));
    items.extend(
        people
            .into_iter()
            .map(|p| Item::Link(person_line(directory, p), Target::Person(p))),
    );
}

/// The targets of the links of a detail, in order.
pub fn links(items: &[Item]) -> Vec<Target> {
    items
        .iter()
        .filter_map(|i| match i {
            Item::Link(_, target) => Some(*target),
            _ => None,
        })
        .collect()
}

/// Wraps the items to `max` cells wide.
pub fn lay_out(items: &[Item], max: usize) -> Vec<Line> {
    let max = max.max(1);
    let mut lines = Vec::new();
    let mut link = 0;
    let plain = |text: String, look: Look| Line {
        pieces: vec![(text, look)],
        link: None,
    };
    for item in items {
        match item {
            Item::Title(t) => lines.extend(wrap(t, max).into_iter().map(|l| plain(l, Look::Title))),
            Item::Section(label) => lines.push(plain(label.to_string(), Look::Label)),
            Item::Blank => lines.push(Line {
                pieces: Vec::new(),
                link: None,
            }),
            Item::Text(t) => lines.extend(indented(t, max, 2, Look::Value, None)),
            Item::Warning(t) => lines.extend(indented(t, max, 2, Look::Warning, None)),
            Item::Link(t, _) => {
                let text = format!("› {t}");
                lines.extend(indented(&text, max, 2, Look::Link(link), Some(link)));
                link += 1;
            }
            Item::Field(label, value) if max >= NARROW => {
                let body = wrap(value, max - LABEL_WIDTH);
                for (n, part) in body.into_iter().enumerate() {
                    let head = if n == 0 {
                        label.to_string()
                    } else {
                        String::new()
                    };
                    let pad = LABEL_WIDTH.saturating_sub(width(&head));
                    let head = format!("{head}{}", " ".repeat(pad));
                    lines.push(Line {
                        pieces: vec![(head, Look::Label), (part, Look::Value)],
                        link: None,
                    });
                }
            }
            Item::Field(label, value) => {
                lines.push(plain(label.to_string(), Look::Label));
                lines.extend(indented(value, max, 2, Look::Value, None));
            }
        }
    }
    lines
}

fn indented(text: &str, max: usize, indent: usize, look: Look, link: Option<usize>) -> Vec<Line> {
    let indent = if max > indent * 4 { indent } else { 0 };
    wrap(text, max - indent)
        .into_iter()
        .map(|l| Line {
            pieces: vec![(format!("{}{l}", " ".repeat(indent)), look)],
            link,
        })
        .collect()
}

/// The first and last line (inclusive) of link `n`.
pub fn link_lines(lines: &[Line], n: usize) -> Option<(usize, usize)> {
    let first = lines.iter().position(|l| l.link == Some(n))?;
    let last = lines.iter().rposition(|l| l.link == Some(n))?;
    Some((first, last))
}
