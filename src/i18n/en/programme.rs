//! The programme's words in English.

use crate::i18n::{Lang, ProgrammeTexts};
use crate::venue::day::DayNote;

pub(super) const PROGRAMME: ProgrammeTexts = ProgrammeTexts {
    // — The programme itself and `maillage programme`.
    time_unknown: "Time unknown",
    no_talks: "The programme has no talks.",
    no_starred_talks: "No talk is starred.",
    now_heading: "Now",
    nothing_now: "Nothing on now.",
    next_heading: "Next",
    nothing_next: "Nothing after.",
    stand_prefix: "stand ",
    speakers_label: "Speakers: ",
    day_heading,
    now_at: |at| format!("At {at}"),
    unknown_day: |day, days| {
        if days.is_empty() {
            format!("no day {day}: no talk of the programme has a known time")
        } else {
            format!(
                "no day {day} in the programme (its days: {})",
                days.join(", ")
            )
        }
    },
    bad_at: |at| {
        format!("--at {at:?}: not a time with its offset (write e.g. 2022-11-17T09:30:00+01:00)")
    },
    ics_left_out: |n| match n {
        1 => "1 talk of unknown time left out of the calendar".to_string(),
        n => format!("{n} talks of unknown time left out of the calendar"),
    },
    // — The Programme tab and a talk's detail.
    talk: "Talk",
    time: "Time",
    place: "Place",
    speakers: "Speakers",
    organisations: "Organisations",
    themes: "Themes",
    language: "Language",
    about: "About",
    sources: "Sources",
    illustrative_flag: "(illustrative)",
    illustrative_talk: "Illustrative: this talk is made up for a demo.",
    talks_section: "Talks",
    no_route: "No route to this place yet.",
    day_short,
    duration,
    talk_starred,
    reminder,
    // — The day plan (Ma visite, `maillage plan`).
    day_talk: "Talk",
    day_unknown_time: "Time unknown: not planned",
    day_over: "Already over",
    day_plan_heading: |time, from| format!("Plan for the day, from {time}, {from}"),
    day_stand_minutes: |minutes| format!("Assumed: {minutes} min at each stand."),
    day_walk: |distance, time| format!("+{distance}, {time} on foot"),
    day_end_assumed: |minutes| format!("end not given: {minutes} min assumed"),
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

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn weekday(date: jiff::civil::Date) -> &'static str {
    WEEKDAYS[date.weekday().to_monday_zero_offset() as usize]
}

fn day_heading(date: jiff::civil::Date) -> String {
    let month = MONTHS[date.month() as usize - 1];
    format!("{} {} {month} {}", weekday(date), date.day(), date.year())
}

fn day_short(date: jiff::civil::Date) -> String {
    format!("{} {}", &weekday(date)[..3], date.day())
}

fn duration(minutes: i64) -> String {
    format!("{minutes} minutes")
}

fn talk_starred(title: &str, on: bool) -> String {
    if on {
        format!("★ Talk starred: {title}.")
    } else {
        format!("Talk unstarred: {title}.")
    }
}

fn reminder(minutes: i64, title: &str, place: &str) -> String {
    match place.is_empty() {
        true => format!("In {minutes} min: {title}"),
        false => format!("In {minutes} min: {title} — {place}"),
    }
}
