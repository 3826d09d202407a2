//! From a raw schedule to the directory's programme: each event checked,
//! timed and placed; rooms, speakers and the event itself.

use std::collections::{HashMap, HashSet};

use jiff::ZonedDateTime as Zoned;
use jiff::tz::TimeZone;

use super::raw::{RawEvent, RawSchedule, Spanned};
use super::text::{self, EventDate};
use super::{ScheduleImported, ScheduleOptions, ScheduleProblem as S};
use crate::directory::{self, Directory, Event, Person, Room, Speaker, Talk, TalkPlace};
use crate::i18n::t;
use crate::import::{Diagnostic, Refused, fold, kebab};

/// The conference's time zone, as far as it is known.
enum Zone {
    /// None named: every time must carry its offset.
    Absent,
    /// Named, and maillage does not know it (said once, at its place).
    Unknown,
    Known(TimeZone),
}

/// An event that can be a talk, before ids and places are given.
struct Timed<'r> {
    event: &'r RawEvent,
    title: String,
    start: Zoned,
    end: Option<Zoned>,
}

pub fn build(
    raw: RawSchedule,
    into: Option<Directory>,
    options: &ScheduleOptions,
) -> Result<ScheduleImported, Refused> {
    let mut errors = Vec::new();
    let zone = match raw.time_zone.as_ref().filter(|z| !z.value.is_empty()) {
        None => Zone::Absent,
        Some(z) => match TimeZone::get(&z.value) {
            Ok(tz) => Zone::Known(tz),
            Err(_) => {
                let kind = S::UnknownTimeZone(z.value.clone());
                errors.push(Diagnostic::new(z.line, z.column, kind.into()));
                Zone::Unknown
            }
        },
    };
    if raw.events.is_empty() {
        errors.push(Diagnostic::new(raw.line, raw.column, S::NoEvents.into()));
    }
    let mut timed = Vec::with_capacity(raw.events.len());
    let mut refused = 0;
    for event in &raw.events {
        match check(event, &zone, &mut errors) {
            Some(t) => timed.push(t),
            None => refused += 1,
        }
    }
    let overlapping = overlaps(&timed, &mut errors);
    refused += overlapping;
    let kept = timed.len() - overlapping;
    if !errors.is_empty() {
        errors.sort_by(|a, b| a.place.cmp(&b.place));
        errors.dedup();
        return Err(Refused {
            problems: errors,
            rows_read: raw.events.len(),
            stands: kept,
            rows_refused: refused,
        });
    }
    // In time order; events at the same time in the schedule's order.
    timed.sort_by_key(|t| t.start.timestamp());
    Ok(assemble(&raw, timed, into, options))
}

/// The event's title and times, or its problems (`None`).
fn check<'r>(event: &'r RawEvent, zone: &Zone, errors: &mut Vec<Diagnostic>) -> Option<Timed<'r>> {
    let before = errors.len();
    let mut fail =
        |at: (usize, usize), kind: S| errors.push(Diagnostic::new(at.0, at.1, kind.into()));
    let event_at = (event.line, event.column);
    let at = |s: &Spanned| (s.line, s.column);
    let title = match &event.title {
        Some(t) if !t.value.is_empty() => Some(text::one_line(&t.value)),
        Some(t) => {
            fail(at(t), S::MissingTitle);
            None
        }
        None => {
            fail(event_at, S::MissingTitle);
            None
        }
    };
    let date = event.date.as_ref().filter(|d| !d.value.is_empty());
    let start_clock = event.start.as_ref().filter(|s| !s.value.is_empty());
    let start = match (date, start_clock) {
        (Some(d), _) => match text::event_date(&d.value) {
            Some(EventDate::Offset(time)) => Some(text::at_offset(time)),
            Some(EventDate::Civil(civil)) => in_zone(civil, zone, at(d), &mut fail),
            None => {
                fail(at(d), S::BadDate(d.value.clone()));
                None
            }
        },
        (None, Some(s)) => match (text::clock(&s.value), event.day_date.as_deref()) {
            (None, _) => {
                fail(at(s), S::BadStart(s.value.clone()));
                None
            }
            (Some(clock), Some(day)) => match text::date(day) {
                Some(day) => {
                    let zoned = in_zone(day.to_datetime(clock), zone, at(s), &mut fail);
                    // frab lists a talk after midnight under the day before.
                    let day_start = event.day_start.as_deref().and_then(text::instant);
                    match (zoned, day_start) {
                        (Some(z), Some(first)) if z.timestamp() < first => {
                            z.checked_add(jiff::Span::new().days(1)).ok()
                        }
                        (z, _) => z,
                    }
                }
                None => {
                    fail(event_at, S::NoTime);
                    None
                }
            },
            (Some(_), None) => {
                fail(event_at, S::NoTime);
                None
            }
        },
        (None, None) => {
            fail(event_at, S::NoTime);
            None
        }
    };
    let end = match event.duration.as_ref().filter(|d| !d.value.is_empty()) {
        None => Some(None),
        Some(d) => match text::duration(&d.value) {
            None => {
                fail(at(d), S::BadDuration(d.value.clone()));
                None
            }
            // A zero duration says nothing about the end.
            Some(length) if length.is_zero() => Some(None),
            Some(length) => Some(start.as_ref().and_then(|s| s.checked_add(length).ok())),
        },
    };
    let ok = errors.len() == before;
    match (title, start, end) {
        (Some(title), Some(start), Some(end)) if ok => Some(Timed {
            event,
            title,
            start,
            end,
        }),
        _ => None,
    }
}

/// Refuses each event that starts before an earlier one in its room ends
/// (the programme's checks would refuse the directory, pointing at the
/// JSON it was written to rather than at the schedule); how many.
fn overlaps(timed: &[Timed], errors: &mut Vec<Diagnostic>) -> usize {
    let mut by_room: HashMap<String, Vec<&Timed>> = HashMap::new();
    for t in timed.iter().filter(|t| t.end.is_some()) {
        if let Some(room) = t.event.room.as_deref() {
            by_room.entry(fold(room)).or_default().push(t);
        }
    }
    let mut refused = 0;
    for talks in by_room.values_mut() {
        talks.sort_by_key(|t| (t.start.timestamp(), t.event.line, t.event.column));
        // The talk that ends last among those seen so far.
        let mut latest: Option<&Timed> = None;
        for &t in talks.iter() {
            let end = |t: &Timed| t.end.as_ref().map(Zoned::timestamp);
            if let Some(first) = latest
                && Some(t.start.timestamp()) < end(first)
            {
                let kind = S::Overlaps {
                    room: text::one_line(t.event.room.as_deref().unwrap_or_default()),
                    other: first.title.clone(),
                    other_line: first.event.line,
                };
                errors.push(Diagnostic::new(t.event.line, t.event.column, kind.into()));
                refused += 1;
            }
            if latest.is_none_or(|l| end(t) > end(l)) {
                latest = Some(t);
            }
        }
    }
    refused
}

/// A clock time placed in the conference's zone; `None` when there is none
/// (said at `place`) or it is unknown (said at the zone).
fn in_zone(
    civil: jiff::civil::DateTime,
    zone: &Zone,
    place: (usize, usize),
    fail: &mut impl FnMut((usize, usize), S),
) -> Option<Zoned> {
    match zone {
        Zone::Known(tz) => civil.to_zoned_datetime(tz.clone()).ok(),
        Zone::Unknown => None,
        Zone::Absent => {
            fail(place, S::NoTimeZone);
            None
        }
    }
}

/// Hands out ids unique among those already used: `talk`, `talk-2`…
#[derive(Default)]
struct Ids(HashSet<String>);

impl Ids {
    fn seeded<'a>(ids: impl Iterator<Item = &'a str>) -> Ids {
        Ids(ids.map(str::to_string).collect())
    }

    fn allocate(&mut self, stem: &str) -> String {
        let mut candidate = stem.to_string();
        let mut n = 2;
        while self.0.contains(&candidate) {
            candidate = format!("{stem}-{n}");
            n += 1;
        }
        self.0.insert(candidate.clone());
        candidate
    }
}

fn assemble(
    raw: &RawSchedule,
    timed: Vec<Timed>,
    into: Option<Directory>,
    options: &ScheduleOptions,
) -> ScheduleImported {
    let texts = &t(options.lang).import;
    let mut directory = into.unwrap_or_else(|| new_directory(raw, &timed, options));
    let mut programme = directory.programme.take().unwrap_or_default();
    if programme.note.is_none() {
        programme.note = Some(texts.schedule_note.into());
    }

    // Rooms: a hall or landmark of the plan with the same name, a room of
    // the programme already there, or a new room.
    let mut places: HashMap<String, TalkPlace> = HashMap::new();
    if let Some(venue) = &directory.venue {
        for hall in &venue.halls {
            for landmark in &hall.landmarks {
                places
                    .entry(fold(&landmark.name))
                    .or_insert_with(|| TalkPlace::Landmark(landmark.id.clone()));
            }
        }
        // A hall's name wins over a landmark's.
        for hall in &venue.halls {
            places.insert(fold(&hall.name), TalkPlace::Hall(hall.id.clone()));
        }
    }
    for room in &programme.rooms {
        places
            .entry(fold(&room.name))
            .or_insert_with(|| TalkPlace::Room(room.id.clone()));
    }
    let mut room_ids = Ids::seeded(programme.rooms.iter().map(|r| r.id.as_str()));
    let mut rooms_added = 0;
    let mut place_of = |name: &str, rooms: &mut Vec<Room>| -> TalkPlace {
        let name = &text::one_line(name);
        places
            .entry(fold(name))
            .or_insert_with(|| {
                let id = room_ids.allocate(&kebab(name).unwrap_or_else(|| "room".into()));
                rooms.push(Room {
                    id: id.as_str().into(),
                    name: name.into(),
                    hall: None,
                });
                rooms_added += 1;
                TalkPlace::Room(id.into())
            })
            .clone()
    };
    for name in &raw.rooms {
        place_of(name, &mut programme.rooms);
    }

    // Speakers: a person of the directory with the same name, or a new one.
    let mut people: HashMap<String, String> = directory
        .people
        .iter()
        .map(|p| (fold(&p.name), p.id.to_string()))
        .collect();
    let mut person_ids = Ids::seeded(directory.people.iter().map(|p| p.id.as_str()));
    let mut speakers: HashSet<String> = HashSet::new();
    // Ids unique within this schedule; a talk whose id is already in the
    // directory is the same talk imported before, and this one replaces it:
    // importing a schedule again updates the programme rather than doubling it.
    let mut talk_ids = Ids::default();
    let mut talks_updated = 0;

    let talks_read = timed.len();
    for Timed {
        event,
        title,
        start,
        end,
    } in timed
    {
        let stem = event
            .slug
            .as_deref()
            .and_then(kebab)
            .or_else(|| {
                event
                    .id
                    .as_deref()
                    .and_then(kebab)
                    .map(|id| format!("event-{id}"))
            })
            .or_else(|| kebab(&title))
            .unwrap_or_else(|| "talk".into());
        let mut talk_speakers = Vec::new();
        for person in &event.persons {
            let name = text::one_line(&person.name);
            let key = fold(&name);
            let id = people.entry(key).or_insert_with(|| {
                let id = person_ids.allocate(&kebab(&name).unwrap_or_else(|| "person".into()));
                directory.people.push(Person {
                    id: id.as_str().into(),
                    name: name.as_str().into(),
                    role: None,
                    organisation: None,
                    illustrative: false,
                    more: None,
                });
                id
            });
            if !talk_speakers
                .iter()
                .any(|s: &Speaker| s.person.as_deref() == Some(id))
            {
                speakers.insert(id.clone());
                talk_speakers.push(Speaker {
                    name: None,
                    person: Some(id.as_str().into()),
                });
            }
        }
        let description = description(event);
        let talk = Talk {
            id: talk_ids.allocate(&stem).into(),
            title: title.into(),
            start: Some(text::write(&start).into()),
            end: end.as_ref().map(|e| text::write(e).into()),
            time_note: None,
            place: event
                .room
                .as_deref()
                .map(|r| place_of(r, &mut programme.rooms)),
            speakers: talk_speakers,
            organisations: Vec::new(),
            themes: event
                .track
                .iter()
                .map(|t| text::one_line(t).into())
                .collect(),
            description: (!description.is_empty()).then(|| description.into()),
            language: event.language.as_deref().map(|l| text::one_line(l).into()),
            sources: Vec::new(),
            illustrative: false,
        };
        match programme.talks.iter_mut().find(|t| t.id == talk.id) {
            Some(earlier) => {
                *earlier = talk;
                talks_updated += 1;
            }
            None => programme.talks.push(talk),
        }
    }
    directory.programme = Some(programme);
    directory.links = Default::default();
    ScheduleImported {
        directory,
        events_read: raw.events.len(),
        talks: talks_read,
        talks_updated,
        rooms: rooms_added,
        speakers: speakers.len(),
    }
}

/// The subtitle, the abstract and the description, as plain text, each
/// once, a blank line between them.
fn description(event: &RawEvent) -> String {
    let mut parts: Vec<String> = Vec::new();
    for part in [&event.subtitle, &event.abstract_, &event.description] {
        let part = part.as_deref().map(text::plain).unwrap_or_default();
        if !part.is_empty() && !parts.contains(&part) {
            parts.push(part);
        }
    }
    parts.join("\n\n")
}

/// A directory for the conference alone: its event, no stands.
fn new_directory(raw: &RawSchedule, timed: &[Timed], options: &ScheduleOptions) -> Directory {
    let name = options
        .event_name
        .as_deref()
        .and_then(super::raw::non_blank)
        .or_else(|| raw.title.clone())
        .or_else(|| raw.acronym.clone())
        .unwrap_or_else(|| "Event".into());
    let id = raw
        .acronym
        .as_deref()
        .and_then(kebab)
        .or_else(|| kebab(&name))
        .unwrap_or_else(|| "event".into());
    let first_talk = timed.iter().map(|t| t.start.date()).min();
    let date = raw
        .start
        .as_deref()
        .and_then(text::date)
        .or(first_talk)
        .map(|d| d.to_string().into());
    Directory {
        format: directory::FORMAT.into(),
        version: directory::FORMAT_VERSION,
        event: Event {
            id: id.into(),
            name: name.into(),
            edition: None,
            date,
            date_note: None,
            venue: None,
            city: None,
            description: None,
            sources: Vec::new(),
            notes: Vec::new(),
        },
        organisations: Vec::new(),
        stands: Vec::new(),
        people: Vec::new(),
        venue: None,
        programme: None,
        links: Default::default(),
    }
}
