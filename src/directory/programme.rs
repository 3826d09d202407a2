//! The event's programme: talks at the tribune, in a hall, a room or at a
//! stand, as plain data beside the stands.
//!
//! A talk's time is written with its offset (RFC 3339,
//! `2022-11-17T09:30:00+01:00`), so "now" and "next" are the same instant on
//! every laptop, and a talk is shown at the event's own clock time. A talk
//! whose time no source gives has no `start`: it is listed as "time unknown",
//! never given a made-up hour.

use jiff::Timestamp;
use jiff::fmt::temporal::{Pieces, PiecesOffset};
use jiff::tz::Offset;
use serde::{Deserialize, Serialize};

use super::model::{Source, Text};

/// The programme: the talks, and the rooms that are places without a plan
/// (a schedule imported from a conference has rooms, not halls).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// What a reader must know about the programme as a whole (what is
    /// missing, where it comes from).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Places talks happen that are not on the venue's plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rooms: Vec<Room>,
    #[serde(default)]
    pub talks: Vec<Talk>,
}

/// A room of the programme: a place with a name and no geometry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Room {
    /// Stable identifier, referenced by talks (`{"room": "janson"}`).
    pub id: Text,
    pub name: Text,
    /// The hall the room is in, when the plan has it; routes then lead to
    /// that hall.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hall: Option<Text>,
}

/// One talk, session or round table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Talk {
    /// Stable identifier (`[a-z0-9-]+`), used to star the talk.
    pub id: Text,
    pub title: Text,
    /// When it starts, RFC 3339 with its offset. Absent: the time is unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Text>,
    /// When it ends, same form; needs a `start`. Absent: the end is unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Text>,
    /// What is known or not about the time, in words ("heure non publiée").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_note: Option<Text>,
    /// Where it happens, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<TalkPlace>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<Speaker>,
    /// Ids of the organisations the talk is about or given for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisations: Vec<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The language it is given in (`fr`, `lb`, `de`, `en`…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// True when anything about the talk is made up for a demo.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub illustrative: bool,
}

/// Where a talk happens: one of the venue's places, named by kind so an id
/// can never be read as the wrong kind of place.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum TalkPlace {
    /// A landmark of a hall, by id (the tribune).
    Landmark(Text),
    /// A whole hall, by id.
    Hall(Text),
    /// A room of the programme, by id.
    Room(Text),
    /// A stand, by number.
    Stand(Text),
}

/// Someone who speaks: a person of the directory, or only a name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    /// The speaker's name as the programme gives it. Needed when there is no
    /// `person`; with one, the person's name is shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// Id of the person in the directory's `people`, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Text>,
}

/// A talk's time, read from its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TalkTime {
    /// The instant, for "now", "next" and ordering.
    pub at: Timestamp,
    /// The offset it was written with: the event's clock, for display.
    pub offset: Offset,
}

impl TalkTime {
    /// Reads an RFC 3339 time with its offset (`2022-11-17T09:30:00+01:00`,
    /// `…Z`). A time without an offset is refused: it would mean a different
    /// instant on each laptop.
    pub fn parse(text: &str) -> Option<TalkTime> {
        let at: Timestamp = text.parse().ok()?;
        // A Timestamp forgets the offset it was written with; the pieces keep it.
        let offset = match Pieces::parse(text).ok()?.offset()? {
            PiecesOffset::Numeric(numeric) => numeric.offset(),
            PiecesOffset::Zulu => Offset::UTC,
            _ => return None,
        };
        Some(TalkTime { at, offset })
    }

    /// The time on the event's clock.
    pub fn civil(&self) -> jiff::civil::DateTime {
        self.offset.to_datetime(self.at)
    }
}

impl Talk {
    /// When it starts, if that is known and well written.
    pub fn start_time(&self) -> Option<TalkTime> {
        self.start.as_deref().and_then(TalkTime::parse)
    }

    /// When it ends, if that is known and well written.
    pub fn end_time(&self) -> Option<TalkTime> {
        self.end.as_deref().and_then(TalkTime::parse)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_keeps_its_offset_for_display() {
        let time = TalkTime::parse("2022-11-17T09:30:00+01:00").unwrap();
        assert_eq!(time.civil().to_string(), "2022-11-17T09:30:00");
        assert_eq!(time.at.to_string(), "2022-11-17T08:30:00Z");
        let utc = TalkTime::parse("2022-11-17T08:30:00Z").unwrap();
        assert_eq!(utc.at, time.at);
        assert_eq!(utc.civil().to_string(), "2022-11-17T08:30:00");
    }

    #[test]
    fn a_time_without_offset_or_badly_written_is_refused() {
        assert_eq!(TalkTime::parse("2022-11-17T09:30:00"), None);
        assert_eq!(TalkTime::parse("17/11/2022 9h30"), None);
        assert_eq!(TalkTime::parse("2022-11-31T09:30:00+01:00"), None);
    }

    #[test]
    fn a_place_names_its_kind() {
        let place: TalkPlace = serde_json::from_str(r#"{"landmark": "tribune"}"#).unwrap();
        assert_eq!(place, TalkPlace::Landmark("tribune".into()));
        assert!(serde_json::from_str::<TalkPlace>(r#"{"tribune": "x"}"#).is_err());
    }
}
