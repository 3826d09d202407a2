//! The day plan's words (the third section of `ProgrammeTexts`): every
//! string and every note in both languages, differently.

use super::*;
use crate::venue::day::DayNote;

#[test]
fn the_day_plan_reads_differently_in_french_and_english() {
    let (en, fr) = (&t(Lang::En).programme, &t(Lang::Fr).programme);
    for (a, b) in [
        (en.day_talk, fr.day_talk),
        (en.day_unknown_time, fr.day_unknown_time),
        (en.day_over, fr.day_over),
    ] {
        assert!(!a.is_empty() && !b.is_empty());
        assert_ne!(a, b);
    }
    let p = |l: Lang| &t(l).programme;
    assert_translated(&[("09:00", "from here")], |(a, b), l| {
        (p(l).day_plan_heading)(a, b)
    });
    assert_translated(&[10], |&m, l| (p(l).day_stand_minutes)(m));
    assert_translated(&[30], |&m, l| (p(l).day_end_assumed)(m));
    assert_translated(&[("40 m", "1 min")], |(a, b), l| (p(l).day_walk)(a, b));
    let talk = || "Ouverture".to_string();
    let notes = [
        DayNote::Late { minutes: 2 },
        DayNote::MovedAfter { talk: talk() },
        DayNote::MovedToEnd { talk: talk() },
        DayNote::NoPlace,
        DayNote::Unreachable(crate::venue::RouteError::UnknownHall { hall: "h".into() }),
    ];
    assert_translated(&notes, |n, l| (p(l).day_note)(n));
}
