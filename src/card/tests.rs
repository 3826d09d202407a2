use super::qr::{Ink, QrMatrix, read_half_blocks};
use super::*;
use crate::store::{Document, parse};

fn at(seconds: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_800_000_000 + seconds).unwrap()
}

fn set(file: &mut CardFile, changes: &[(CardField, &str)], now: jiff::Timestamp) {
    let changes: Vec<(CardField, String)> =
        changes.iter().map(|(f, v)| (*f, v.to_string())).collect();
    file.set(&changes, now).expect("a valid card");
}

fn ada() -> CardFile {
    let mut file = CardFile::default();
    set(
        &mut file,
        &[
            (CardField::Name, "Ada Lovelace"),
            (CardField::Organisation, "Analytical Engines, Ltd; London"),
            (CardField::Role, "Programmer\nfirst"),
            (CardField::Email, "ada@example.org"),
            (CardField::Phone, "+352 621 000 000"),
            (CardField::Website, "example.org/ada"),
        ],
        at(0),
    );
    file
}

#[test]
fn a_card_needs_a_name_and_keeps_its_uid_through_edits() {
    let mut file = CardFile::default();
    let only_org = [(CardField::Organisation, "ACME".to_string())];
    assert_eq!(file.set(&only_org, at(0)), Err(CardError::NoName));
    assert_eq!(file, CardFile::default(), "nothing changed");
    let mut file = ada();
    let uid = file.card.as_ref().unwrap().uid.clone();
    assert!(uuid::Uuid::parse_str(&uid).is_ok(), "{uid}");
    set(
        &mut file,
        &[(CardField::Role, ""), (CardField::Phone, "  ")],
        at(5),
    );
    let card = file.card.as_ref().unwrap();
    assert_eq!(card.uid, uid);
    assert_eq!((card.role.as_deref(), card.phone.as_deref()), (None, None));
    assert_eq!(card.get(CardField::Email), Some("ada@example.org"));
    let clear_name = [(CardField::Name, " ".to_string())];
    assert_eq!(file.set(&clear_name, at(6)), Err(CardError::NoName));
}

#[test]
fn fields_are_kept_on_one_trimmed_line() {
    let file = ada();
    assert_eq!(
        file.card.unwrap().role.as_deref(),
        Some("Programmer first"),
        "a line break typed or pasted is a space"
    );
}

#[test]
fn the_vcard_is_escaped_with_crlf_and_a_stable_uid() {
    let file = ada();
    let card = file.card.as_ref().unwrap();
    let text = vcard::to_vcard(card);
    assert_eq!(text, vcard::to_vcard(card), "the same card, the same bytes");
    assert!(text.ends_with("END:VCARD\r\n"), "{text:?}");
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "only CRLF: {text:?}"
    );
    let lines: Vec<&str> = text.split("\r\n").collect();
    let expected_uid = format!("UID:urn:uuid:{}", card.uid);
    for line in [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:Ada Lovelace",
        "N:Lovelace;Ada;;;",
        "ORG:Analytical Engines\\, Ltd\\; London",
        "TITLE:Programmer first",
        "EMAIL:ada@example.org",
        "TEL:+352 621 000 000",
        "URL:https://example.org/ada",
        expected_uid.as_str(),
    ] {
        assert!(lines.contains(&line), "{line} in {text}");
    }
    // What an address book reads.
    let cards = vcard4::parse(&text).expect("a valid vCard");
    assert_eq!(cards.len(), 1);
    assert_eq!(cards[0].formatted_name[0].value, "Ada Lovelace");
}

#[test]
fn a_card_too_long_for_a_qr_code_is_refused() {
    let mut file = ada();
    let before = file.clone();
    let long = [(CardField::Role, "x".repeat(3000))];
    assert_eq!(file.set(&long, at(9)), Err(CardError::TooLong));
    assert_eq!(file, before);
}

#[test]
fn the_later_change_wins_and_the_clock_never_goes_back() {
    let mut ours = ada();
    let mut theirs = ours.clone();
    set(&mut theirs, &[(CardField::Role, "Countess")], at(20));
    set(&mut ours, &[(CardField::Role, "Analyst")], at(10));
    let merged = CardFile::merge(ours.clone(), theirs.clone());
    assert_eq!(merged.card.unwrap().role.as_deref(), Some("Countess"));
    assert_eq!(CardFile::merge(theirs.clone(), ours), theirs);
    // A change made with the clock set back still comes after.
    let before = theirs.changed.unwrap();
    assert!(theirs.clear(at(-100)));
    assert!(theirs.changed.unwrap() > before);
    assert!(!theirs.clear(at(-100)), "nothing left to clear");
}

#[test]
fn the_file_round_trips_and_refuses_other_formats() {
    let file = ada();
    let text = serde_json::to_string_pretty(&file).unwrap();
    assert!(text.contains("\"format\": \"maillage-card\""), "{text}");
    assert_eq!(parse::<CardFile>(text.as_bytes()), Ok(file));
    let plan = r#"{"format": "maillage-plan", "version": 1}"#;
    assert!(parse::<CardFile>(plan.as_bytes()).is_err());
}

#[test]
fn half_blocks_hold_two_modules_per_character_inside_a_quiet_zone() {
    let code = QrMatrix::encode("hello").unwrap();
    assert_eq!(code.width(), 21, "version 1");
    let lines = code.half_blocks(Ink::Dark);
    assert_eq!(lines.len(), (21 + 8usize).div_ceil(2));
    assert!(lines.iter().all(|l| l.chars().count() == 29));
    // Quiet zone: the first two lines are blank; line 2 holds rows 4 and 5,
    // the finder pattern's top edge (7 dark modules) over its dark sides.
    assert!(lines[..2].iter().all(|l| l.trim().is_empty()));
    assert_eq!(
        &lines[2].chars().skip(4).take(7).collect::<String>(),
        "█▀▀▀▀▀█"
    );
    // Light ink is the exact opposite, the quiet zone drawn.
    let light = code.half_blocks(Ink::Light);
    assert_eq!(light[0], "█".repeat(29));
    // Read back, both give the code's modules.
    for ink in [Ink::Dark, Ink::Light] {
        let modules = read_half_blocks(&code.half_blocks(ink), ink);
        for (y, row) in modules.iter().take(29).enumerate() {
            for (x, &dark) in row.iter().enumerate() {
                assert_eq!(
                    dark,
                    code.is_dark(x as isize - 4, y as isize - 4),
                    "{ink:?} at ({x}, {y})"
                );
            }
        }
    }
}

#[test]
fn the_terminal_says_whether_its_background_is_light() {
    assert_eq!(Ink::for_plain_terminal(None), Ink::Light);
    assert_eq!(Ink::for_plain_terminal(Some("15;0")), Ink::Light);
    assert_eq!(Ink::for_plain_terminal(Some("0;15")), Ink::Dark);
    assert_eq!(Ink::for_plain_terminal(Some("0;default;7")), Ink::Dark);
    assert_eq!(Ink::for_plain_terminal(Some("12;8")), Ink::Light);
    assert_eq!(Ink::for_plain_terminal(Some("garbage")), Ink::Light);
    assert_eq!(Ink::Dark.inverted(), Ink::Light);
}
