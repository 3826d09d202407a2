//! The programme's words in English.

use crate::i18n::ProgrammeTexts;

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

    // — The day plan (Ma visite, `maillage plan`).
};

fn day_heading(date: jiff::civil::Date) -> String {
    const DAYS: [&str; 7] = [
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
    let weekday = DAYS[usize::from(date.weekday().to_monday_zero_offset() as u8)];
    let month = MONTHS[usize::from(date.month() as u8) - 1];
    format!("{weekday} {} {month} {}", date.day(), date.year())
}
