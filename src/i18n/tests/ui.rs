//! The TUI's `fn` fields and helpers.

use std::path::Path;

use super::*;
use crate::notes::FollowUp;

#[test]
fn the_filled_in_strings_are_translated_too() {
    let ui = |lang| &t(lang).ui;
    let samples: [Sample; 16] = [
        ("too_small", &|l| (ui(l).too_small)(30, 10, 40, 12)),
        ("indexing", &|l| (ui(l).indexing)(12_000, 117_500)),
        ("follow_todo_by", &|l| (ui(l).follow_todo_by)("2026-12-01")),
        ("names_placeholder", &|l| (ui(l).names_placeholder)("Jean")),
        ("names_placeholder_empty", &|l| {
            (ui(l).names_placeholder)("")
        }),
        ("follow_up_now", &|l| (ui(l).follow_up_now)("x")),
        ("note_moved", &|l| (ui(l).note_moved)(Some("x"))),
        ("note_moved(None)", &|l| (ui(l).note_moved)(None)),
        ("overdue_by(1)", &|l| (ui(l).overdue_by)(1)),
        ("overdue_by(3)", &|l| (ui(l).overdue_by)(3)),
        ("set_aside_done", &|l| {
            (ui(l).set_aside_done)(Some(Path::new("n.bak")))
        }),
        ("set_aside_done(None)", &|l| (ui(l).set_aside_done)(None)),
        ("plan_set_aside_done", &|l| {
            (ui(l).plan_set_aside_done)(Some(Path::new("p.bak")))
        }),
        ("confirm_delete", &|l| (ui(l).confirm_delete)("Ana")),
        ("editor_failed", &|l| (ui(l).editor_failed)("why")),
        ("plan_title", &|l| (ui(l).plan_title)("Hall", 0, 2)),
    ];
    assert_all_translated(&samples);
    assert!((ui(Lang::Fr).too_small)(30, 10, 40, 12).contains("40×12"));
}

#[test]
fn indexing_progress_groups_digits_as_each_language_writes_them() {
    assert_eq!(
        (t(Lang::En).ui.indexing)(12_000, 117_500),
        "indexing… 12,000/117,500"
    );
    assert_eq!(
        (t(Lang::Fr).ui.indexing)(0, 1_000_000),
        "indexation… 0/1\u{202f}000\u{202f}000"
    );
    assert_eq!((t(Lang::En).ui.indexing)(7, 999), "indexing… 7/999");
}

#[test]
fn follow_ups_read_in_each_language() {
    let date = "2026-12-01".parse().unwrap();
    let todo = FollowUp::Todo { date: Some(date) };
    assert_eq!(
        t(Lang::Fr).ui.follow_up(&todo),
        "à faire avant le 01/12/2026"
    );
    assert_eq!(t(Lang::En).ui.follow_up(&todo), "to do by 1 Dec 2026");
}
