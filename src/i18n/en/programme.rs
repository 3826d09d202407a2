//! The programme's words in English.

use crate::i18n::{Lang, ProgrammeTexts};
use crate::venue::day::DayNote;

pub(super) const PROGRAMME: ProgrammeTexts = ProgrammeTexts {
    // — The programme itself and `maillage programme`.

    // — The Programme tab and a talk's detail.

    // — The day plan (Ma visite, `maillage plan`).
    day_talk: "Talk",
    day_unknown_time: "Time unknown: not planned",
    day_over: "Already over",
    day_heading: |time, from| format!("Plan for the day, from {time}, {from}"),
    day_stand_minutes: |minutes| format!("Assumed: {minutes} min at each stand."),
    day_walk: |distance, time| format!("+{distance}, {time} on foot"),
    day_end_assumed: |minutes| format!("end not given: {minutes} min assumed"),
    day_bad_time: |text| {
        format!("--at {text}: not a time with its offset (RFC 3339, 2022-11-17T09:30:00+01:00)")
    },
    day_note: |note| match note {
        DayNote::Late { minutes } => format!("late: you get there {minutes} min after it starts"),
        DayNote::MovedAfter { talk } => {
            format!("does not fit before \u{201c}{talk}\u{201d}: seen after it")
        }
        DayNote::MovedToEnd { talk } => {
            format!("does not fit before \u{201c}{talk}\u{201d}: seen at the end")
        }
        DayNote::NoPlace => "place not given: no walk counted".into(),
        DayNote::Unreachable(e) => format!("{} No walk counted.", e.message(Lang::En)),
    },
};
