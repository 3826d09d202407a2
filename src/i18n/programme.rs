//! The programme's words ([`ProgrammeTexts`]): its validation, `maillage
//! programme`, the Programme tab and the day plan; they are in
//! `en/programme.rs` and `fr/programme.rs`.

use super::text_table;

text_table! {
    /// The programme's messages and labels in one language.
    pub struct ProgrammeTexts {
        strings {
            // — The programme itself and `maillage programme`.

            // — The Programme tab and a talk's detail.

            // — The day plan (Ma visite, `maillage plan`).
            /// Before a talk's title in the plan: `Talk`.
            day_talk,
            /// Over the starred talks with no time: `Time unknown: not planned`.
            day_unknown_time,
            /// Over the starred talks already over.
            day_over,
        }
        others {
            // — The programme itself and `maillage programme`.

            // — The Programme tab and a talk's detail.

            // — The day plan (Ma visite, `maillage plan`).
            /// `Plan for the day, from 09:00, from the main entrance`, given
            /// the time and the start (`venue.start`).
            day_heading: fn(&str, &str) -> String,
            /// `Assumed: 10 min at each stand.`
            day_stand_minutes: fn(u32) -> String,
            /// `+40 m, 1 min on foot`, given the distance and the time.
            day_walk: fn(&str, &str) -> String,
            /// `end not given: 30 min assumed`.
            day_end_assumed: fn(u32) -> String,
            /// A warning or a note on a stop: `late by 2 min`.
            day_note: fn(&crate::venue::day::DayNote) -> String,
            /// `--at` given a time that is not RFC 3339 with an offset.
            day_bad_time: fn(&str) -> String,
        }
    }
}
