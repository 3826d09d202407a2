//! A generated programme: talks in rooms over three days, beside the
//! generated fair, for the keystroke benchmark at 1,000 talks.

use super::Rng;
use super::names::{FIRST, LAST, PLACES, THEMES, WORDS};
use crate::directory::*;

/// Rooms of the programme, each in a hall of the fair.
const ROOMS: usize = 20;
/// Half-hour slots a day, from 09:00.
const SLOTS: usize = 18;

/// Adds a programme of `count` talks to `directory` (a generated one):
/// rooms, three or more days, speakers among its people, all flagged
/// illustrative. Talks in one room never overlap.
pub fn add_programme(directory: &mut Directory, count: usize, seed: u64) {
    let mut rng = Rng(seed ^ 0x7A1C);
    let halls: Vec<Text> = directory
        .venue
        .iter()
        .flat_map(|v| v.halls.iter().map(|h| h.id.clone()))
        .collect();
    let rooms: Vec<Room> = (0..ROOMS)
        .map(|r| Room {
            id: format!("salle-{}", r + 1).into(),
            name: format!("Salle {} {}", r + 1, rng.pick(PLACES)).into(),
            hall: halls.get(r % halls.len().max(1)).cloned(),
        })
        .collect();
    let talks = (0..count)
        .map(|i| {
            let day = i / (ROOMS * SLOTS);
            let room = (i / SLOTS) % ROOMS;
            let slot = i % SLOTS;
            let at = |minutes: usize| {
                let minutes = 9 * 60 + minutes;
                format!(
                    "2026-03-{:02}T{:02}:{:02}:00+01:00",
                    10 + day,
                    minutes / 60,
                    minutes % 60
                )
            };
            let mut speakers = Vec::new();
            for _ in 0..1 + rng.below(2) {
                speakers.push(match directory.people.len() {
                    0 => Speaker {
                        name: Some(format!("{} {}", rng.pick(FIRST), rng.pick(LAST)).into()),
                        person: None,
                    },
                    people => Speaker {
                        name: None,
                        person: Some(directory.people[rng.below(people)].id.clone()),
                    },
                });
            }
            Talk {
                id: format!("talk-{i}").into(),
                title: format!(
                    "{} et {} : {}",
                    rng.pick(WORDS),
                    rng.pick(THEMES),
                    rng.pick(PLACES)
                )
                .into(),
                start: Some(at(slot * 30).into()),
                end: Some(at(slot * 30 + 25).into()),
                time_note: None,
                place: Some(TalkPlace::Room(rooms[room].id.clone())),
                speakers,
                organisations: Vec::new(),
                themes: vec![rng.pick(THEMES).into()],
                description: None,
                language: Some("fr".into()),
                sources: Vec::new(),
                illustrative: true,
            }
        })
        .collect();
    directory.programme = Some(Programme {
        note: Some("Programme inventé par generate_directory.".into()),
        rooms,
        talks,
    });
    directory.links = Default::default();
}
