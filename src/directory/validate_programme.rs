//! Checks of the programme: rooms and talks, their ids, times, places,
//! speakers and organisations, and talks that overlap at one place.
//!
//! Runs once the organisations and stand numbers are filed (it reads their
//! indexes); people are looked up only for the speakers who name one.

use std::collections::{HashMap, HashSet};

use jiff::Timestamp;

use super::Directory;
use super::locate::{Step, json_path};
use super::messages::{Field, Item, ProblemKind as K, SeeLabel, TalkPlaceKind, TalkTimeField};
use super::programme::{Programme, TalkPlace, TalkTime};
use super::report::{Report, Seen, blank, check_id, check_unique, label, seen_with_room};

/// Every problem of the programme, if the directory has one.
pub fn check_programme(
    d: &Directory,
    organisations: &Seen<'_>,
    stands: &Seen<'_>,
    report: &mut Report,
) {
    let Some(programme) = &d.programme else {
        return;
    };
    let halls: HashSet<&str> = d
        .venue
        .iter()
        .flat_map(|v| v.halls.iter())
        .map(|h| h.id.as_str())
        .collect();
    let rooms = check_rooms(programme, &halls, report);
    let landmarks: HashSet<&str> = d
        .venue
        .iter()
        .flat_map(|v| v.halls.iter())
        .flat_map(|h| h.landmarks.iter())
        .map(|l| l.id.as_str())
        .collect();
    let people = speaker_people(d, programme);
    let mut ids = seen_with_room(programme.talks.len());
    // Talks with a good start and end, by place, for the overlaps.
    let mut timed: HashMap<&TalkPlace, Vec<(Timestamp, Timestamp, usize)>> = HashMap::new();
    for (i, talk) in programme.talks.iter().enumerate() {
        let who = || label(Item::Talk, i, &talk.id);
        let at = |field: &'static str| json_path!["programme", "talks", i, field];
        if check_id(report, || at("id"), Item::Talk, &talk.id) {
            let id_at = |k: usize| json_path!["programme", "talks", k, "id"];
            check_unique(&mut ids, &talk.id, i, report, id_at, || {
                K::DuplicateId(Item::Talk, talk.id.to_string())
            });
        }
        if blank(&talk.title) {
            report.add(at("title"), K::EmptyField(who(), Field::Title));
        }
        let mut time = |field: TalkTimeField, key: &'static str, text: Option<&str>| {
            let text = text?;
            let parsed = TalkTime::parse(text);
            if parsed.is_none() {
                report.add(at(key), K::BadTalkTime(who(), field, text.to_string()));
            }
            parsed
        };
        let start = time(TalkTimeField::Start, "start", talk.start.as_deref());
        let end = time(TalkTimeField::End, "end", talk.end.as_deref());
        if talk.end.is_some() && talk.start.is_none() {
            report.add(at("end"), K::EndWithoutStart(who()));
        }
        if let (Some(start), Some(end)) = (start, end) {
            if end.at <= start.at {
                report.add(at("end"), K::EndNotAfterStart(who()));
            } else if let Some(place) = &talk.place {
                timed.entry(place).or_default().push((start.at, end.at, i));
            }
        }
        if let Some(place) = &talk.place {
            let (kind, id, known) = match place {
                TalkPlace::Landmark(id) => {
                    (TalkPlaceKind::Landmark, id, landmarks.contains(id.as_str()))
                }
                TalkPlace::Hall(id) => (TalkPlaceKind::Hall, id, halls.contains(id.as_str())),
                TalkPlace::Room(id) => (TalkPlaceKind::Room, id, rooms.contains_key(id.as_str())),
                TalkPlace::Stand(number) => (
                    TalkPlaceKind::Stand,
                    number,
                    stands.contains_key(number.as_str()),
                ),
            };
            if !known {
                let key = match kind {
                    TalkPlaceKind::Landmark => "landmark",
                    TalkPlaceKind::Hall => "hall",
                    TalkPlaceKind::Room => "room",
                    TalkPlaceKind::Stand => "stand",
                };
                let path = json_path!["programme", "talks", i, "place", key];
                report.add(path, K::UnknownTalkPlace(who(), kind, id.to_string()));
            }
        }
        for (k, speaker) in talk.speakers.iter().enumerate() {
            let speaker_at = || json_path!["programme", "talks", i, "speakers", k];
            match &speaker.person {
                Some(person) if !people.contains(person.as_str()) => {
                    let mut path = speaker_at();
                    path.push(Step::from("person"));
                    report.add(path, K::UnknownSpeaker(who(), person.to_string()));
                }
                Some(_) => {}
                None if speaker.name.as_deref().is_none_or(blank) => {
                    report.add(speaker_at(), K::SpeakerWithoutName(who()));
                }
                None => {}
            }
        }
        for (k, org) in talk.organisations.iter().enumerate() {
            if !organisations.contains_key(org.as_str()) {
                let path = json_path!["programme", "talks", i, "organisations", k];
                report.add(path, K::TalkUnknownOrganisation(who(), org.to_string()));
            }
        }
        for (k, theme) in talk.themes.iter().enumerate() {
            if blank(theme) {
                let path = json_path!["programme", "talks", i, "themes", k];
                report.add(path, K::EmptyTheme(who()));
            }
        }
    }
    check_overlaps(programme, timed, report);
}

/// Room ids, names and halls; returns the index of each room id.
fn check_rooms<'d>(
    programme: &'d Programme,
    halls: &HashSet<&str>,
    report: &mut Report,
) -> Seen<'d> {
    let mut ids = seen_with_room(programme.rooms.len());
    for (i, room) in programme.rooms.iter().enumerate() {
        let who = || label(Item::Room, i, &room.id);
        let at = |field: &'static str| json_path!["programme", "rooms", i, field];
        if check_id(report, || at("id"), Item::Room, &room.id) {
            let id_at = |k: usize| json_path!["programme", "rooms", k, "id"];
            check_unique(&mut ids, &room.id, i, report, id_at, || {
                K::DuplicateId(Item::Room, room.id.to_string())
            });
        }
        if blank(&room.name) {
            report.add(at("name"), K::EmptyField(who(), Field::Name));
        }
        if let Some(hall) = &room.hall
            && !halls.contains(hall.as_str())
        {
            report.add(at("hall"), K::InUnknownHall(who(), hall.to_string()));
        }
    }
    ids
}

/// The ids of the people speakers name that the directory has: one pass
/// over the people, only when a speaker names one.
fn speaker_people<'d>(d: &'d Directory, programme: &Programme) -> HashSet<&'d str> {
    let named: HashSet<&str> = programme
        .talks
        .iter()
        .flat_map(|t| t.speakers.iter())
        .filter_map(|s| s.person.as_deref())
        .collect();
    if named.is_empty() {
        return HashSet::new();
    }
    d.people
        .iter()
        .map(|p| p.id.as_str())
        .filter(|id| named.contains(id))
        .collect()
}

/// Two talks at one place whose times cross: the one that starts later (or,
/// starting together, comes later in the file) is reported, pointing to the
/// one it overlaps. Each place's talks are sorted once: O(n log n).
fn check_overlaps(
    programme: &Programme,
    timed: HashMap<&TalkPlace, Vec<(Timestamp, Timestamp, usize)>>,
    report: &mut Report,
) {
    let mut found = Vec::new();
    for (_, mut talks) in timed {
        talks.sort_unstable_by_key(|&(start, _, i)| (start, i));
        // The talk that ends last among those seen so far.
        let mut latest: Option<(Timestamp, usize)> = None;
        for (start, end, i) in talks {
            if let Some((until, first)) = latest
                && start < until
            {
                found.push((i, first));
            }
            if latest.is_none_or(|(until, _)| end > until) {
                latest = Some((end, i));
            }
        }
    }
    // Reported in file order, whatever order the places were met in.
    found.sort_unstable();
    let talks = &programme.talks;
    for (later, first) in found {
        let at = |i: usize| json_path!["programme", "talks", i, "start"];
        let kind = K::TalksOverlap(
            label(Item::Talk, later, &talks[later].id),
            label(Item::Talk, first, &talks[first].id),
        );
        report.add_see(at(later), kind, at(first), SeeLabel::Line);
    }
}

#[cfg(test)]
#[path = "validate_programme_tests.rs"]
mod tests;
