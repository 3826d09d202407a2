//! The programme's words in English.

use crate::i18n::ProgrammeTexts;

pub(super) const PROGRAMME: ProgrammeTexts = ProgrammeTexts {
    // — The programme itself and `maillage programme`.

    // — The Programme tab and a talk's detail.
    tab_now: "Now",
    tab_next: "Next",
    time_unknown: "time unknown",
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
    at_stand: "stand ",
    day_header,
    day_short,
    duration,
    talk_starred,
    reminder,
    // — The day plan (Ma visite, `maillage plan`).
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

fn day_header(date: jiff::civil::Date) -> String {
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
