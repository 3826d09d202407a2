//! Your card's popup drawn on the test backend: snapshots in English and
//! French, the code read back from the screen's cells (black on white in
//! colour, the terminal's colours without) and decoded, the form when there
//! is no card, and the size needed on a screen too small.

use maillage::card::qr::{Ink, QrMatrix, read_half_blocks};
use maillage::card::{CardFile, vcard};
use maillage::directory;
use maillage::i18n::Lang;
use maillage::tui::card::CardAction;
use maillage::tui::{Action, App};
use ratatui::buffer::Buffer;
use ratatui::style::Color;

use crate::common::draw::{app_on, draw, text};
use crate::common::qr::{ada_card_json, decode};

/// The app with Ada's card (fixed UID) in a fresh config folder, the popup open.
fn app_with_card(lang: Lang, width: u16, height: u16, no_color: bool) -> (App, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("card.json"), ada_card_json()).unwrap();
    let mut app = app_on(
        directory::default_directory(),
        lang,
        width,
        height,
        no_color,
    );
    app.open_card_store(dir.path());
    app.update(Action::Card(CardAction::Toggle));
    (app, dir)
}

/// Characters per row of Ada's code drawn with its quiet zone.
fn code_width() -> usize {
    QrMatrix::encode(&ada_vcard()).unwrap().text_width()
}

fn ada_vcard() -> String {
    let file: CardFile = serde_json::from_str(&ada_card_json()).unwrap();
    vcard::to_vcard(file.card.as_ref().unwrap())
}

/// The rows of cells drawn black on white, as text: the code with its quiet
/// zone, found by its colours.
fn coloured_rows(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    let mut rows = Vec::new();
    for y in 0..area.height {
        let row: String = (0..area.width)
            .filter(|&x| {
                let cell = &buffer[(x, y)];
                cell.fg == Color::Black && cell.bg == Color::White
            })
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect();
        if !row.is_empty() {
            rows.push(row);
        }
    }
    rows
}

#[test]
fn in_colour_the_code_on_screen_is_black_on_white_and_decodes_to_the_vcard() {
    let (app, _dir) = app_with_card(Lang::En, 100, 45, false);
    let rows = coloured_rows(&draw(&app));
    let width = rows[0].chars().count();
    assert!(
        rows.iter().all(|r| r.chars().count() == width),
        "a square block of cells"
    );
    assert_eq!(rows.len(), width.div_ceil(2), "two modules per row");
    assert_eq!(decode(&read_half_blocks(&rows, Ink::Dark)), ada_vcard());
}

#[test]
fn without_colour_the_code_on_screen_decodes_with_the_plain_ink() {
    let (mut app, _dir) = app_with_card(Lang::En, 100, 45, true);
    for _ in 0..2 {
        let ink = app.card().plain_ink();
        let screen = text(&draw(&app));
        // The code's rows: the lines of the popup between its borders,
        // cut to the code's width (its first row is all quiet zone).
        let lines: Vec<&str> = screen.lines().collect();
        let top = lines.iter().position(|l| l.contains("Your card")).unwrap();
        let start = lines[top]
            .find('┌')
            .map(|b| lines[top][..b].chars().count() + 1)
            .unwrap();
        let width = code_width();
        let rows: Vec<String> = lines[top + 1..top + 1 + width.div_ceil(2)]
            .iter()
            .map(|l| l.chars().skip(start).take(width).collect())
            .collect();
        assert!(!screen.contains('\u{1b}'));
        assert_eq!(
            decode(&read_half_blocks(&rows, ink)),
            ada_vcard(),
            "{ink:?}"
        );
        // `i` swaps the ink; the code still decodes read the other way.
        app.update(Action::Card(CardAction::Invert));
    }
}

#[test]
fn the_popup_in_english_and_french() {
    for (lang, name) in [(Lang::En, "card_popup_en"), (Lang::Fr, "card_popup_fr")] {
        let (app, _dir) = app_with_card(lang, 100, 45, false);
        insta::assert_snapshot!(name, text(&draw(&app)));
    }
}

#[test]
fn without_a_card_the_form_opens_in_english_and_french() {
    for (lang, name) in [(Lang::En, "card_form_en"), (Lang::Fr, "card_form_fr")] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app_on(directory::default_directory(), lang, 100, 30, false);
        app.open_card_store(dir.path());
        app.update(Action::Card(CardAction::Toggle));
        insta::assert_snapshot!(name, text(&draw(&app)));
    }
}

#[test]
fn a_screen_too_small_for_the_code_says_the_size_it_needs() {
    let (app, _dir) = app_with_card(Lang::En, 80, 24, false);
    let screen = text(&draw(&app)).replace('│', " ");
    let words = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    // The code, its quiet zone and the name under it.
    let (width, height) = (code_width(), code_width().div_ceil(2) + 1);
    let needs = format!("too small for the code: it needs {width}×{height}, this one is");
    assert!(words.contains(&needs), "{screen}");
    assert!(words.contains("80×24."), "{screen}");
    assert!(coloured_rows(&draw(&app)).is_empty(), "no partial code");
}
