//! What the talk records read from the programme: the place's name, the
//! speakers' names, the order by time.
// merged later with the directory's look-ups (links.rs)

use crate::directory::{Directory, Speaker, Talk, TalkPlace};

/// The talks of the directory's programme (none without one).
pub fn talks(directory: &Directory) -> &[Talk] {
    directory.programme.as_ref().map_or(&[], |p| &p.talks)
}

/// The name of a talk's place: the landmark's, hall's or room's name, or
/// the stand's number; `None` when the directory does not know the place.
pub fn place_name<'d>(directory: &'d Directory, place: &'d TalkPlace) -> Option<&'d str> {
    let halls = directory.venue.iter().flat_map(|v| v.halls.iter());
    match place {
        TalkPlace::Landmark(id) => halls
            .flat_map(|h| h.landmarks.iter())
            .find(|l| l.id == *id)
            .map(|l| l.name.as_str()),
        TalkPlace::Hall(id) => halls
            .into_iter()
            .find(|h| h.id == *id)
            .map(|h| h.name.as_str()),
        TalkPlace::Room(id) => directory
            .programme
            .iter()
            .flat_map(|p| p.rooms.iter())
            .find(|r| r.id == *id)
            .map(|r| r.name.as_str()),
        TalkPlace::Stand(number) => Some(number.as_str()),
    }
}

/// The position of the person with id `id`.
pub fn person_index(directory: &Directory, id: &str) -> Option<usize> {
    directory.people.iter().position(|p| p.id == id)
}

/// The name a speaker is shown by: the linked person's (at `person`), else
/// the name the programme gives.
pub fn speaker_name<'d>(
    directory: &'d Directory,
    speaker: &'d Speaker,
    person: Option<usize>,
) -> &'d str {
    person
        .and_then(|p| directory.people.get(p))
        .map(|p| p.name.as_str())
        .or(speaker.name.as_deref())
        .unwrap_or("")
}

/// The sort key of a talk: its start instant (UTC, so text order is time
/// order), then `title`; talks whose time is unknown sort after all others.
pub fn sort_key_into(talk: &Talk, title: &str, key: &mut String) {
    use std::fmt::Write;
    key.clear();
    match talk.start_time() {
        Some(start) => {
            // Seconds from a fixed origin, zero-padded: text order is time order.
            let seconds = start.at.as_second().saturating_add(1 << 40);
            let _ = write!(key, "0{seconds:016}");
        }
        None => key.push('1'),
    }
    key.push_str(title);
}
