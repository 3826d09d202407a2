//! Reads frab/Pentabarf's `schedule.xml`:
//! `<schedule><conference>…</conference><day date=…><room name=…><event id=…>`
//! (the c3voc schema, as frab and pretalx write it).

use roxmltree::{Document, Node, ParsingOptions};

use super::ScheduleProblem as S;
use super::raw::{RawEvent, RawPerson, RawSchedule, Spanned, non_blank};
use crate::import::Diagnostic;

pub fn read(text: &str) -> Result<RawSchedule, Diagnostic> {
    // No DTD (the default): schedules have none, and entities defined in
    // one could blow a small file up.
    let doc = Document::parse_with_options(text, ParsingOptions::default()).map_err(|e| {
        let pos = e.pos();
        let message = e.to_string();
        let message = message
            .strip_suffix(&format!(" at {pos}"))
            .unwrap_or(&message)
            .to_string();
        Diagnostic::new(
            pos.row as usize,
            pos.col as usize,
            S::NotXml(message).into(),
        )
    })?;
    let root = doc.root_element();
    let (line, column) = place(&doc, root);
    if !root.has_tag_name("schedule") {
        return Err(Diagnostic::new(line, column, S::NotSchedule.into()));
    }
    let mut schedule = RawSchedule {
        line,
        column,
        ..RawSchedule::default()
    };
    if let Some(conference) = child(root, "conference") {
        let value = |name| text_of(conference, name);
        schedule.title = value("title");
        schedule.acronym = value("acronym");
        schedule.start = value("start");
        schedule.time_zone = spanned(&doc, conference, "time_zone_name");
        // Newer exports list the rooms in the conference.
        if let Some(rooms) = child(conference, "rooms") {
            for room in elements(rooms, "room") {
                add_room(&mut schedule.rooms, room.attribute("name"));
            }
        }
    }
    for day in elements(root, "day") {
        let day_date = day.attribute("date").and_then(non_blank);
        let day_start = day.attribute("start").and_then(non_blank);
        for room in elements(day, "room") {
            let room_name = room.attribute("name").and_then(non_blank);
            add_room(&mut schedule.rooms, room_name.as_deref());
            for event in elements(room, "event") {
                let mut raw = read_event(&doc, event);
                raw.day_date.clone_from(&day_date);
                raw.day_start.clone_from(&day_start);
                if raw.room.is_none() {
                    raw.room.clone_from(&room_name);
                }
                add_room(&mut schedule.rooms, raw.room.as_deref());
                schedule.events.push(raw);
            }
        }
    }
    Ok(schedule)
}

fn read_event(doc: &Document, event: Node) -> RawEvent {
    let (line, column) = place(doc, event);
    let value = |name| text_of(event, name);
    let persons = child(event, "persons")
        .map(|persons| {
            elements(persons, "person")
                .filter_map(|p| non_blank(&all_text(p)))
                .map(|name| RawPerson { name })
                .collect()
        })
        .unwrap_or_default();
    RawEvent {
        line,
        column,
        id: event.attribute("id").and_then(non_blank),
        slug: value("slug"),
        date: spanned(doc, event, "date"),
        start: spanned(doc, event, "start"),
        duration: spanned(doc, event, "duration"),
        day_date: None,
        day_start: None,
        room: value("room"),
        title: spanned(doc, event, "title"),
        subtitle: value("subtitle"),
        track: value("track"),
        language: value("language"),
        abstract_: value("abstract"),
        description: value("description"),
        persons,
    }
}

fn add_room(rooms: &mut Vec<String>, name: Option<&str>) {
    if let Some(name) = name.and_then(non_blank)
        && !rooms.contains(&name)
    {
        rooms.push(name);
    }
}

/// The element's children named `name`.
fn elements<'a, 'input>(
    node: Node<'a, 'input>,
    name: &'static str,
) -> impl Iterator<Item = Node<'a, 'input>> {
    node.children().filter(move |n| n.has_tag_name(name))
}

fn child<'a, 'input>(node: Node<'a, 'input>, name: &'static str) -> Option<Node<'a, 'input>> {
    elements(node, name).next()
}

/// All the text inside an element (CDATA and nested markup included).
fn all_text(node: Node) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

/// The trimmed text of the child `name`, unless blank.
fn text_of(node: Node, name: &'static str) -> Option<String> {
    child(node, name).and_then(|c| non_blank(&all_text(c)))
}

/// The child `name`'s trimmed text (possibly empty) and where the child is.
fn spanned(doc: &Document, node: Node, name: &'static str) -> Option<Spanned> {
    let c = child(node, name)?;
    let (line, column) = place(doc, c);
    Some(Spanned {
        value: all_text(c).trim().to_string(),
        line,
        column,
    })
}

fn place(doc: &Document, node: Node) -> (usize, usize) {
    let pos = doc.text_pos_at(node.range().start);
    (pos.row as usize, pos.col as usize)
}
