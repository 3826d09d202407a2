//! The programme's words ([`ProgrammeTexts`]): its validation, `maillage
//! programme`, the Programme tab and the day plan; they are in
//! `en/programme.rs` and `fr/programme.rs`.

use super::text_table;

text_table! {
    /// The programme's messages and labels in one language.
    pub struct ProgrammeTexts {
        strings {
            // — The programme itself and `maillage programme`.
            /// The heading of the talks whose time is unknown.
            time_unknown,
            /// `maillage programme` on a directory without talks.
            no_talks,
            /// `maillage programme --starred` when no talk is starred.
            no_starred_talks,
            /// `--now`: the talks on now, and the heading when none is.
            now_heading, nothing_now,
            /// `--now`: the talks starting next, and the heading when none does.
            next_heading, nothing_next,
            /// Before a stand's number as a talk's place (`stand A3`).
            stand_prefix,
            /// Before the speakers in a calendar event's description.
            speakers_label,

            // — The Programme tab and a talk's detail.
            /// Labels of a talk's detail.
            talk, time, place, speakers, organisations, themes, language, about, sources,
            /// After an illustrative talk's row.
            illustrative_flag,
            /// At the top of an illustrative talk's detail.
            illustrative_talk,
            /// The section of a person's, organisation's or stand's detail.
            talks_section,
            /// The route to a talk's place is not known.
            no_route,

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
            /// A day's heading: `Thursday 17 November 2022`.
            day_heading: fn(jiff::civil::Date) -> String,
            /// `--now`'s heading line: the clock it was read at (date and time written).
            now_at: fn(&str) -> String,
            /// `--day D` names no day of the programme: D, then the days it has.
            unknown_day: fn(&str, &[String]) -> String,
            /// `--at TIME` is not RFC 3339 with an offset.
            bad_at: fn(&str) -> String,
            /// `--format ics`: how many talks of unknown time were left out.
            ics_left_out: fn(usize) -> String,

            // — The Programme tab and a talk's detail.
            /// A day before a time, in search results: `Thu 17`.
            day_short: fn(jiff::civil::Date) -> String,
            /// A talk's length in minutes.
            duration: fn(i64) -> String,
            /// A talk starred (true) or unstarred, given its title.
            talk_starred: fn(&str, bool) -> String,
            /// The reminder: minutes left, title, place (maybe empty).
            reminder: fn(i64, &str, &str) -> String,

            // — The day plan (Ma visite, `maillage plan`).
            /// `Plan for the day, from 09:00, from the main entrance`, given
            /// the time and the start (`venue.start`).
            day_plan_heading: fn(&str, &str) -> String,
            /// `Assumed: 10 min at each stand.`
            day_stand_minutes: fn(u32) -> String,
            /// `+40 m, 1 min on foot`, given the distance and the time.
            day_walk: fn(&str, &str) -> String,
            /// `end not given: 30 min assumed`.
            day_end_assumed: fn(u32) -> String,
            /// A warning or a note on a stop: `late by 2 min`.
            day_note: fn(&crate::venue::day::DayNote) -> String,
        }
    }
}
