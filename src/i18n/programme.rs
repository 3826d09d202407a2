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
            /// Section headers of the list with an empty query.
            tab_now, tab_next, time_unknown,
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
            /// A stand, a place of a talk, before its number.
            at_stand,

            // — The day plan (Ma visite, `maillage plan`).

        }
        others {
            // — The programme itself and `maillage programme`.

            // — The Programme tab and a talk's detail.
            /// A day's header: `Thursday 17 November 2022`.
            day_header: fn(jiff::civil::Date) -> String,
            /// A day before a time, in search results: `Thu 17`.
            day_short: fn(jiff::civil::Date) -> String,
            /// A talk's length in minutes.
            duration: fn(i64) -> String,
            /// A talk starred (true) or unstarred, given its title.
            talk_starred: fn(&str, bool) -> String,
            /// The reminder: minutes left, title, place (maybe empty).
            reminder: fn(i64, &str, &str) -> String,

            // — The day plan (Ma visite, `maillage plan`).

        }
    }
}
