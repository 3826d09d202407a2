use std::path::Path;

use super::*;

/// French strings that are rightly the English ones unchanged.
const SAME_IN_BOTH: &[&str] = &[
    "maillage",
    "Stands",
    "Stand",
    "Organisations",
    "Organisation",
    "Notes",
    "Confirmation",
    "Plan",
    "plan",
    "Ma visite",
    "stand",
    "zoom",
    "Date",
    "Sources",
];

/// Every plain string of a table, key descriptions included.
fn all(text: &Text) -> Vec<(&'static str, &'static str)> {
    let mut all = text.strings();
    all.extend(text.keys.strings());
    all
}

/// What is wrong between two tables' strings, one line each.
fn problems(en: &[(&str, &str)], fr: &[(&str, &str)]) -> Vec<String> {
    let mut problems = Vec::new();
    if en.len() != fr.len() {
        problems.push(format!(
            "{} strings in English, {} in French",
            en.len(),
            fr.len()
        ));
    }
    for ((name, en), (_, fr)) in en.iter().zip(fr) {
        if en.trim().is_empty() != fr.trim().is_empty() {
            problems.push(format!("{name}: empty in one language only"));
        }
        if en == fr && !SAME_IN_BOTH.contains(en) {
            problems.push(format!("{name}: French is the English {en:?}"));
        }
    }
    problems
}

#[test]
fn every_string_exists_in_both_languages() {
    let problems = problems(&all(&EN), &all(&FR));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_catches_a_missing_or_untranslated_string() {
    let en = [("a", "Search: "), ("b", "quit"), ("c", "Stands")];
    let fr = [("a", "Search: "), ("b", ""), ("c", "Stands")];
    assert_eq!(
        problems(&en, &fr),
        [
            "a: French is the English \"Search: \"",
            "b: empty in one language only"
        ]
    );
}

#[test]
fn the_filled_in_strings_are_translated_too() {
    let pairs = [
        (
            (EN.too_small)(30, 10, 40, 12),
            (FR.too_small)(30, 10, 40, 12),
        ),
        (
            (EN.follow_todo_by)("2026-12-01"),
            (FR.follow_todo_by)("2026-12-01"),
        ),
        ((EN.follow_up_now)("x"), (FR.follow_up_now)("x")),
        (
            (EN.set_aside_done)(Some(Path::new("n.bak"))),
            (FR.set_aside_done)(Some(Path::new("n.bak"))),
        ),
        ((EN.set_aside_done)(None), (FR.set_aside_done)(None)),
        ((EN.confirm_delete)("Ana"), (FR.confirm_delete)("Ana")),
        ((EN.editor_failed)("why"), (FR.editor_failed)("why")),
        ((EN.plan_title)("Hall", 0, 2), (FR.plan_title)("Hall", 0, 2)),
    ];
    for (en, fr) in pairs {
        assert!(!en.is_empty() && !fr.is_empty());
        assert_ne!(en, fr);
    }
    assert!((FR.too_small)(30, 10, 40, 12).contains("40×12"));
}

#[test]
fn the_language_picks_its_table() {
    assert_eq!(t(Lang::Fr).search_prompt, "Rechercher : ");
    assert_eq!(t(Lang::En).search_prompt, "Search: ");
    let date = "2026-12-01".parse().unwrap();
    let todo = FollowUp::Todo { date: Some(date) };
    assert_eq!(FR.follow_up(&todo), "à faire avant le 2026-12-01");
    assert_eq!(EN.follow_up(&todo), "to do by 2026-12-01");
}
