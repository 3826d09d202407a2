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

use super::model::{Directory, Source, Text};

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

impl Programme {
    /// The positions of the talks `keep` accepts, in the order to list
    /// them: by start, then as written; talks whose time is unknown (or
    /// badly written) last, as written.
    pub fn in_time_order(&self, keep: impl Fn(usize) -> bool) -> Vec<usize> {
        let mut order: Vec<(Option<Timestamp>, usize)> = (0..self.talks.len())
            .filter(|&i| keep(i))
            .map(|i| (self.talks[i].start_time().map(|t| t.at), i))
            .collect();
        // `None` sorts first: put the timed ones first.
        order.sort_by_key(|&(at, i)| (at.is_none(), at, i));
        order.into_iter().map(|(_, i)| i).collect()
    }

    /// When talk `talk` is over, for "now": its `end`; without one, the
    /// start of the next talk at its place on the same day, else the end
    /// of its day on the event's clock. `None` when its start is unknown.
    pub fn running_until(&self, talk: usize) -> Option<Timestamp> {
        let this = self.talks.get(talk)?;
        let start = this.start_time()?;
        if let Some(end) = this.end_time() {
            return Some(end.at);
        }
        let day = start.civil().date();
        let end_of_day = day.tomorrow().ok().and_then(|d| {
            start
                .offset
                .to_timestamp(d.to_datetime(jiff::civil::Time::midnight()))
                .ok()
        });
        let next_here = self
            .talks
            .iter()
            .filter(|t| t.place.is_some() && t.place == this.place)
            .filter_map(|t| t.start_time())
            .filter(|t| t.at > start.at && t.civil().date() == day)
            .map(|t| t.at)
            .min();
        next_here.or(end_of_day)
    }

    /// What is on at `at` and what starts next, among the talks `keep`
    /// accepts: talks running at `at` (see [`Programme::running_until`]),
    /// and the talks that start soonest after it (all that start at that
    /// same instant), each in time order.
    pub fn now_and_next(&self, at: Timestamp, keep: impl Fn(usize) -> bool) -> NowAndNext {
        let mut now = Vec::new();
        let mut next: Vec<usize> = Vec::new();
        let mut soonest: Option<Timestamp> = None;
        for i in self.in_time_order(keep) {
            let Some(start) = self.talks[i].start_time() else {
                continue;
            };
            if start.at <= at {
                if self.running_until(i).is_some_and(|until| at < until) {
                    now.push(i);
                }
            } else if soonest.is_none_or(|s| start.at == s) {
                soonest = Some(start.at);
                next.push(i);
            }
        }
        NowAndNext { now, next }
    }
}

/// What [`Programme::now_and_next`] finds: positions in `talks`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NowAndNext {
    pub now: Vec<usize>,
    pub next: Vec<usize>,
}

impl Directory {
    /// The name of a talk's place as the directory gives it: the
    /// landmark's, the hall's or the room's name, or a stand's number.
    /// `None` for a place the directory does not have.
    pub fn talk_place_name<'a>(&'a self, place: &'a TalkPlace) -> Option<&'a str> {
        let halls = || self.venue.iter().flat_map(|v| v.halls.iter());
        let name = match place {
            TalkPlace::Landmark(id) => halls()
                .flat_map(|h| h.landmarks.iter())
                .find(|l| l.id == *id)
                .map(|l| &l.name),
            TalkPlace::Hall(id) => halls().find(|h| h.id == *id).map(|h| &h.name),
            TalkPlace::Room(id) => self
                .programme
                .as_ref()?
                .rooms
                .iter()
                .find(|r| r.id == *id)
                .map(|r| &r.name),
            TalkPlace::Stand(number) => self.stand_index(number).map(|_| number),
        };
        name.map(|n| n.as_str())
    }

    /// The name of speaker `speaker` of talk `talk`: their person's, else
    /// the name the programme gives.
    pub fn speaker_name(&self, talk: usize, speaker: usize) -> Option<&str> {
        if let Some(person) = self.speaker_person(talk, speaker) {
            return Some(self.people[person].name.as_str());
        }
        let talk = self.programme.as_ref()?.talks.get(talk)?;
        talk.speakers.get(speaker)?.name.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn talk(id: &str, start: Option<&str>, end: Option<&str>, place: Option<&str>) -> Talk {
        Talk {
            id: id.into(),
            title: id.into(),
            start: start.map(Into::into),
            end: end.map(Into::into),
            time_note: None,
            place: place.map(|p| TalkPlace::Room(p.into())),
            speakers: Vec::new(),
            organisations: Vec::new(),
            themes: Vec::new(),
            description: None,
            language: None,
            sources: Vec::new(),
            illustrative: false,
        }
    }

    fn day() -> Programme {
        let t = |h: &str| Some(format!("2022-11-17T{h}:00+01:00"));
        let talks = vec![
            talk("unknown", None, None, Some("a")),
            talk(
                "late",
                t("14:00").as_deref(),
                t("15:00").as_deref(),
                Some("a"),
            ),
            talk("open", t("09:00").as_deref(), None, Some("a")),
            talk(
                "morning",
                t("10:00").as_deref(),
                t("11:00").as_deref(),
                Some("a"),
            ),
            talk(
                "parallel",
                t("10:00").as_deref(),
                t("10:30").as_deref(),
                Some("b"),
            ),
            talk("lone", t("09:30").as_deref(), None, Some("c")),
        ];
        Programme {
            note: None,
            rooms: Vec::new(),
            talks,
        }
    }

    fn at(clock: &str) -> Timestamp {
        format!("2022-11-17T{clock}:00+01:00").parse().unwrap()
    }

    fn ids(p: &Programme, list: &[usize]) -> Vec<String> {
        list.iter().map(|&i| p.talks[i].id.to_string()).collect()
    }

    #[test]
    fn talks_are_ordered_by_start_with_unknown_times_last() {
        let p = day();
        let order = p.in_time_order(|_| true);
        assert_eq!(
            ids(&p, &order),
            ["open", "lone", "morning", "parallel", "late", "unknown"]
        );
        assert_eq!(ids(&p, &p.in_time_order(|i| i < 2)), ["late", "unknown"]);
    }

    #[test]
    fn a_talk_without_end_runs_until_the_next_at_its_place_or_the_end_of_its_day() {
        let p = day();
        assert_eq!(p.running_until(2), Some(at("10:00")));
        let midnight: Timestamp = "2022-11-18T00:00:00+01:00".parse().unwrap();
        assert_eq!(p.running_until(5), Some(midnight));
        assert_eq!(p.running_until(3), Some(at("11:00")));
        assert_eq!(p.running_until(0), None);
    }

    #[test]
    fn now_is_what_runs_and_next_what_starts_soonest() {
        let p = day();
        let found = p.now_and_next(at("09:45"), |_| true);
        assert_eq!(ids(&p, &found.now), ["open", "lone"]);
        assert_eq!(ids(&p, &found.next), ["morning", "parallel"]);
        let found = p.now_and_next(at("10:30"), |_| true);
        // "parallel" ends at 10:30: over.
        assert_eq!(ids(&p, &found.now), ["lone", "morning"]);
        assert_eq!(ids(&p, &found.next), ["late"]);
        let found = p.now_and_next(at("08:00"), |i| i != 2);
        assert_eq!(ids(&p, &found.now), [] as [&str; 0]);
        assert_eq!(ids(&p, &found.next), ["lone"]);
    }

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
