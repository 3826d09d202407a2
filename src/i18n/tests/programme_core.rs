//! The programme's messages (its first section: `maillage programme`) in
//! both languages.

use super::*;

#[test]
fn the_programme_messages_read_differently_in_french_and_english() {
    let date = jiff::civil::date(2022, 11, 17);
    let days = ["2022-11-17".to_string()];
    assert_all_translated(&[
        ("day_heading", &|l| (t(l).programme.day_heading)(date)),
        ("now_at", &|l| (t(l).programme.now_at)("17/11 10:20")),
        ("unknown_day", &|l| (t(l).programme.unknown_day)("3", &days)),
        ("unknown_day none", &|l| {
            (t(l).programme.unknown_day)("3", &[])
        }),
        ("bad_at", &|l| (t(l).programme.bad_at)("9h")),
        ("ics_left_out 1", &|l| (t(l).programme.ics_left_out)(1)),
        ("ics_left_out 2", &|l| (t(l).programme.ics_left_out)(2)),
    ]);
}

#[test]
fn days_are_named_as_each_language_writes_them() {
    let first = jiff::civil::date(2022, 11, 1);
    assert_eq!(
        (t(Lang::En).programme.day_heading)(first),
        "Tuesday 1 November 2022"
    );
    assert_eq!(
        (t(Lang::Fr).programme.day_heading)(first),
        "mardi 1er novembre 2022"
    );
    let sunday = jiff::civil::date(2023, 8, 20);
    assert_eq!(
        (t(Lang::Fr).programme.day_heading)(sunday),
        "dimanche 20 août 2023"
    );
}
