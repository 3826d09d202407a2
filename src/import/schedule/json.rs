//! Reads the JSON form of the schedule (`schedule.json`, the c3voc schema):
//! `{"schedule": {"conference": {"title", "time_zone_name", "rooms": […],
//! "days": [{"date", "day_start", "rooms": {"Room": [event…]}}]}}}`.
//!
//! serde_json forgets where values are; the events' places are found
//! afterwards in one pass over the text (`directory::locate`).

use std::borrow::Cow;

use serde_json::{Map, Value};

use super::ScheduleProblem as S;
use super::raw::{RawEvent, RawPerson, RawSchedule, Spanned, non_blank};
use crate::directory::locate::{Step, Target, locate_all};
use crate::import::Diagnostic;
use crate::json_error::JsonError;

/// The fields of an event located in the text, in this order, after the
/// event itself.
const LOCATED: [&str; 4] = ["title", "date", "start", "duration"];

/// An event as listed: its path in the text, its day, itself, its room.
type Listed<'a> = (
    Vec<Step>,
    &'a Map<String, Value>,
    &'a Map<String, Value>,
    &'a str,
);

pub fn read(text: &str) -> Result<RawSchedule, Diagnostic> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let error = JsonError::read::<Value>(text.as_bytes(), &e);
        Diagnostic::new(error.line, error.column, S::Json(error.problem).into())
    })?;
    let Some(schedule) = value.get("schedule").and_then(Value::as_object) else {
        let (line, column) = locate_all(text, &[(Vec::new(), Target::Value)])[0];
        return Err(Diagnostic::new(line, column, S::NotSchedule.into()));
    };
    let empty = Map::new();
    let conference = schedule
        .get("conference")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let key = |k: &'static str| Step::Key(Cow::Borrowed(k));
    let conference_path = vec![key("schedule"), key("conference")];

    // Every event, by its path, then every place wanted, found at once.
    let mut events: Vec<Listed> = Vec::new();
    let mut rooms: Vec<String> = Vec::new();
    if let Some(listed) = conference.get("rooms").and_then(Value::as_array) {
        for room in listed {
            add_room(&mut rooms, room.get("name").and_then(Value::as_str));
        }
    }
    let days = conference.get("days").and_then(Value::as_array);
    for (d, day) in days.into_iter().flatten().enumerate() {
        let Some(day) = day.as_object() else { continue };
        let Some(day_rooms) = day.get("rooms").and_then(Value::as_object) else {
            continue;
        };
        for (room, list) in day_rooms {
            add_room(&mut rooms, Some(room));
            for (i, event) in list.as_array().into_iter().flatten().enumerate() {
                let Some(event) = event.as_object() else {
                    continue;
                };
                let mut path = conference_path.clone();
                path.extend([key("days"), Step::Index(d), key("rooms")]);
                path.extend([Step::Key(Cow::Owned(room.clone())), Step::Index(i)]);
                events.push((path, day, event, room));
            }
        }
    }
    let mut requests: Vec<(Vec<Step>, Target)> = vec![
        (Vec::new(), Target::Value),
        (
            [conference_path.clone(), vec![key("time_zone_name")]].concat(),
            Target::Value,
        ),
    ];
    for (path, ..) in &events {
        requests.push((path.clone(), Target::Value));
        for field in LOCATED {
            requests.push(([path.clone(), vec![key(field)]].concat(), Target::Value));
        }
    }
    let places = locate_all(text, &requests);

    let text_of = |map: &Map<String, Value>, k: &str| map.get(k).and_then(as_text);
    let spanned = |map: &Map<String, Value>, k: &str, (line, column): (usize, usize)| {
        map.get(k).map(|v| Spanned {
            value: as_text(v).unwrap_or_default(),
            line,
            column,
        })
    };
    let mut raw = RawSchedule {
        line: places[0].0,
        column: places[0].1,
        title: text_of(conference, "title"),
        acronym: text_of(conference, "acronym"),
        start: text_of(conference, "start"),
        time_zone: spanned(conference, "time_zone_name", places[1]),
        rooms,
        events: Vec::with_capacity(events.len()),
    };
    for (n, (_, day, event, room)) in events.into_iter().enumerate() {
        let at = |k: usize| places[2 + n * (LOCATED.len() + 1) + k];
        let (line, column) = at(0);
        let persons = event
            .get("persons")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|p| {
                let name = ["public_name", "name", "full_public_name"]
                    .iter()
                    .find_map(|k| p.get(*k).and_then(as_text))
                    // A bare name, as some exports write it.
                    .or_else(|| as_text(p))?;
                Some(RawPerson { name })
            })
            .collect();
        raw.events.push(RawEvent {
            line,
            column,
            id: text_of(event, "id").or_else(|| text_of(event, "code")),
            slug: text_of(event, "slug"),
            title: spanned(event, "title", at(1)),
            date: spanned(event, "date", at(2)),
            start: spanned(event, "start", at(3)),
            duration: spanned(event, "duration", at(4)),
            day_date: text_of(day, "date"),
            day_start: text_of(day, "day_start"),
            room: text_of(event, "room").or_else(|| non_blank(room)),
            subtitle: text_of(event, "subtitle"),
            track: text_of(event, "track"),
            language: text_of(event, "language"),
            abstract_: text_of(event, "abstract"),
            description: text_of(event, "description"),
            persons,
        });
    }
    Ok(raw)
}

/// A string or a number as trimmed text, unless blank.
fn as_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => non_blank(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn add_room(rooms: &mut Vec<String>, name: Option<&str>) {
    if let Some(name) = name.and_then(non_blank)
        && !rooms.contains(&name)
    {
        rooms.push(name);
    }
}
