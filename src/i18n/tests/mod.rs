//! The guarantees of the tables. Every plain string exists in both
//! languages and none is left in English in the French table (below); and,
//! domain by domain, every `fn` and every variant of a message enum is worded
//! in both languages, differently (one file per domain).

mod card;
mod cli;
mod day_plan;
mod directory;
mod import;
mod json;
mod notes;
mod programme_core;
mod programme_tab;
mod store;
mod ui;
mod venue;

use std::fmt::Debug;

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
    "stand",
    "stand ",
    "zoom",
    "Date",
    "Sources",
    "Programme",
];

/// Every plain string of a language, named `table.field`.
fn all_strings(texts: &Texts) -> Vec<(String, &'static str)> {
    let tables = [
        ("ui", texts.ui.strings()),
        ("keys", texts.ui.keys.strings()),
        ("cli", texts.cli.strings()),
        ("directory", texts.directory.strings()),
        ("import", texts.import.strings()),
        ("json", texts.json.strings()),
        ("store", texts.store.strings()),
        ("notes", texts.notes.strings()),
        ("venue", texts.venue.strings()),
        ("card", texts.card.strings()),
        ("programme", texts.programme.strings()),
    ];
    let mut all = Vec::new();
    for (table, strings) in tables {
        all.extend(
            strings
                .into_iter()
                .map(|(field, text)| (format!("{table}.{field}"), text)),
        );
    }
    all
}

/// What is wrong between two languages' strings, one line each.
fn problems(en: &[(String, &str)], fr: &[(String, &str)]) -> Vec<String> {
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
    let problems = problems(&all_strings(t(Lang::En)), &all_strings(t(Lang::Fr)));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_catches_a_missing_or_untranslated_string() {
    let named = |v: [(&str, &'static str); 3]| v.map(|(n, s)| (n.to_string(), s));
    let en = named([("a", "Search: "), ("b", "quit"), ("c", "Stands")]);
    let fr = named([("a", "Search: "), ("b", ""), ("c", "Stands")]);
    assert_eq!(
        problems(&en, &fr),
        [
            "a: French is the English \"Search: \"",
            "b: empty in one language only"
        ]
    );
}

/// Checks that each sample is worded in both languages, differently.
fn assert_translated<T: Debug>(samples: &[T], text: impl Fn(&T, Lang) -> String) {
    for sample in samples {
        let (en, fr) = (text(sample, Lang::En), text(sample, Lang::Fr));
        assert!(
            !en.trim().is_empty() && !fr.trim().is_empty(),
            "{sample:?} is empty in one language"
        );
        assert_ne!(en, fr, "{sample:?} is not translated");
    }
}

/// [`assert_translated`] for `fn` fields, each named for failures.
type Sample<'a> = (&'a str, &'a dyn Fn(Lang) -> String);

fn assert_all_translated(samples: &[Sample]) {
    let names: Vec<&str> = samples.iter().map(|(name, _)| *name).collect();
    assert_translated(&names, |name, lang| {
        let (_, text) = samples.iter().find(|(n, _)| n == name).unwrap();
        text(lang)
    });
}

#[test]
fn each_language_has_its_table() {
    for lang in [Lang::En, Lang::Fr] {
        assert_eq!(t(lang).lang, lang);
        assert_eq!(t(lang).ui.lang, lang);
        assert_eq!(t(lang).cli.lang, lang);
    }
    assert_eq!(t(Lang::Fr).ui.search_prompt, "Rechercher : ");
    assert_eq!(t(Lang::En).ui.search_prompt, "Search: ");
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

#[test]
fn the_first_set_variable_decides() {
    assert_eq!(
        Lang::from_locale(s("fr_LU.UTF-8"), s("en_GB"), None),
        Lang::Fr
    );
    assert_eq!(Lang::from_locale(s("en_US"), None, s("fr_FR")), Lang::En);
    assert_eq!(Lang::from_locale(s(""), s("fr_BE"), s("en")), Lang::Fr);
    assert_eq!(Lang::from_locale(None, None, s("fr")), Lang::Fr);
}

#[test]
fn english_when_nothing_says_french() {
    assert_eq!(Lang::from_locale(None, None, None), Lang::En);
    assert_eq!(Lang::from_locale(None, None, s("C.UTF-8")), Lang::En);
    assert_eq!(Lang::from_locale(None, None, s("de_LU")), Lang::En);
}

#[test]
fn text_from_a_file_cannot_act_on_the_terminal() {
    assert_eq!(escaped("a\u{1b}[2Jb\n"), "a\\u{1b}[2Jb\\n");
    assert_eq!(character("\t"), "`\\t`");
}
