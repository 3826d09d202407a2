//! The Programme tab's words (the second section of `ProgrammeTexts`).

use super::*;

#[test]
fn the_programme_tabs_words_are_in_both_languages() {
    let (en, fr) = (&t(Lang::En).programme, &t(Lang::Fr).programme);
    let named = |table: &ProgrammeTexts| {
        table
            .strings()
            .into_iter()
            .map(|(field, text)| (format!("programme.{field}"), text))
            .collect::<Vec<_>>()
    };
    let problems = problems(&named(en), &named(fr));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let date = jiff::civil::date(2022, 11, 17);
    assert_all_translated(&[
        ("day_short", &|l| (t(l).programme.day_short)(date)),
        ("duration", &|l| (t(l).programme.duration)(45)),
        ("talk_starred", &|l| {
            (t(l).programme.talk_starred)("X", true)
        }),
        ("talk_unstarred", &|l| {
            (t(l).programme.talk_starred)("X", false)
        }),
        ("reminder", &|l| {
            (t(l).programme.reminder)(8, "X", "Tribune")
        }),
        ("reminder_nowhere", &|l| {
            (t(l).programme.reminder)(8, "X", "")
        }),
    ]);
    assert_eq!((en.day_short)(date), "Thu 17");
    assert_eq!((fr.day_short)(date), "jeu. 17");
    assert_eq!((fr.reminder)(8, "X", "Tribune"), "Dans 8 min : X — Tribune");
}
