//! Where a talk of the programme happens, as a place routes lead to.

use crate::directory::{Directory, TalkPlace};

use super::Place;

/// The place a route to a talk leads to: its stand, its landmark or its
/// hall; for a room, the hall the room is in. `None` for a room the
/// programme does not place in a hall (or does not list): no route leads
/// there, the talk is shown without one.
pub fn talk_place(directory: &Directory, place: &TalkPlace) -> Option<Place> {
    match place {
        TalkPlace::Stand(number) => Some(Place::Stand(number.to_string())),
        TalkPlace::Landmark(id) => Some(Place::Landmark(id.to_string())),
        TalkPlace::Hall(id) => Some(Place::Hall(id.to_string())),
        TalkPlace::Room(id) => {
            let rooms = directory.programme.as_ref()?.rooms.iter();
            let hall = rooms
                .filter(|r| r.id == *id)
                .find_map(|r| r.hall.as_ref())?;
            Some(Place::Hall(hall.to_string()))
        }
    }
}
