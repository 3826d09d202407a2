//! Where a talk of the programme happens, as a place routes lead to.

use crate::directory::{Directory, TalkPlace};

use super::Place;

/// The place a route to a talk leads to: its stand, or none yet when the
/// talk is at a landmark, in a hall or in a room.
// TODO(day plan): landmarks, halls and rooms' halls as route endpoints.
pub fn talk_place(_directory: &Directory, place: &TalkPlace) -> Option<Place> {
    match place {
        TalkPlace::Stand(number) => Some(Place::Stand(number.to_string())),
        TalkPlace::Landmark(_) | TalkPlace::Hall(_) | TalkPlace::Room(_) => None,
    }
}
