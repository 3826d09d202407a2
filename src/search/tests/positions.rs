//! Highlight positions: chars of the original text, multi-byte safe.

use super::records;
use crate::search::Tier;

fn chars_at(text: &str, positions: &[usize]) -> String {
    let chars: Vec<char> = text.chars().collect();
    positions.iter().map(|&p| chars[p]).collect()
}

#[test]
fn positions_map_back_to_multi_byte_original_chars() {
    let engine = records(&[(&[(Tier::Key, "Wunnéngshëllef")], "w")]);
    let positions = engine.positions(0, 0, "shell");
    assert_eq!(positions, [7, 8, 9, 10, 11]);
    assert_eq!(chars_at("Wunnéngshëllef", &positions), "shëll");
    let fuzzy = engine.positions(0, 0, "wunengshelef");
    let count = "Wunnéngshëllef".chars().count();
    assert!(fuzzy.iter().all(|&p| p < count));
    assert_eq!(fuzzy.len(), 12);
    assert!(fuzzy.windows(2).all(|w| w[0] < w[1]));
    assert!(
        fuzzy.contains(&4) && fuzzy.contains(&9),
        "é and ë highlighted"
    );
}

#[test]
fn positions_cover_every_word_and_expanded_letters() {
    let engine = records(&[(&[(Tier::Key, "Päerd's Atelier – Straße")], "p")]);
    let text = "Päerd's Atelier – Straße";
    let positions = engine.positions(0, 0, "strasse paerd");
    assert_eq!(chars_at(text, &positions), "PäerdStraße");
    let count = text.chars().count();
    assert!(positions.iter().all(|&p| p < count));
}

#[test]
fn positions_include_combining_marks_after_a_letter() {
    let text = "Me\u{301}decins";
    let engine = records(&[(&[(Tier::Key, text)], "m")]);
    assert_eq!(engine.positions(0, 0, "med"), [0, 1, 2, 3]);
}

#[test]
fn positions_are_empty_for_unknown_records_fields_or_no_match() {
    let engine = records(&[(
        &[(Tier::Key, "Croix-Rouge"), (Tier::Name, "Red Cross")],
        "c",
    )]);
    assert!(engine.positions(5, 0, "croix").is_empty());
    assert!(engine.positions(0, 9, "croix").is_empty());
    assert!(engine.positions(0, 1, "croix").is_empty());
    assert!(engine.positions(0, 0, "").is_empty());
    assert_eq!(engine.positions(0, 1, "croix red"), [0, 1, 2]);
}

#[test]
fn positions_highlight_the_occurrence_the_ranking_used() {
    let engine = records(&[
        (&[(Tier::Key, "Insolidaire solidarité")], "a"),
        (&[(Tier::Key, "La rougeole rouge")], "b"),
    ]);
    // Word start beats the earlier inside-a-word occurrence.
    assert_eq!(engine.positions(0, 0, "solid"), [12, 13, 14, 15, 16]);
    // A whole word beats an earlier word start.
    assert_eq!(engine.positions(1, 0, "rouge"), [12, 13, 14, 15, 16]);
}
