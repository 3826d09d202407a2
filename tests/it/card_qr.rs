//! Your card's QR code read back by a QR decoder (rqrr): from the matrix,
//! and from its drawing in half blocks with either ink, so what the
//! terminal shows is proven to scan, not only the matrix.

use maillage::card::qr::{Ink, QUIET_ZONE, QrMatrix, read_half_blocks};
use maillage::card::{CardFile, vcard};

use crate::common::qr::{ada_card_json, decode, modules_of};

fn ada_vcard() -> String {
    let file: CardFile = serde_json::from_str(&ada_card_json()).unwrap();
    vcard::to_vcard(file.card.as_ref().unwrap())
}

#[test]
fn the_matrix_decodes_to_the_vcard() {
    let text = ada_vcard();
    let code = QrMatrix::encode(&text).unwrap();
    assert_eq!(decode(&modules_of(&code, QUIET_ZONE)), text);
}

#[test]
fn the_half_block_drawing_decodes_to_the_vcard_with_either_ink() {
    let text = ada_vcard();
    let code = QrMatrix::encode(&text).unwrap();
    for ink in [Ink::Dark, Ink::Light] {
        let lines = code.half_blocks(ink);
        let mut modules = read_half_blocks(&lines, ink);
        // The last line's bottom half is below the quiet zone: not part of the code.
        modules.truncate(code.text_width());
        assert_eq!(modules, modules_of(&code, QUIET_ZONE), "{ink:?}");
        assert_eq!(decode(&modules), text, "{ink:?}");
    }
}

#[test]
fn accents_and_long_cards_survive_the_round_trip() {
    let mut file = CardFile::default();
    let changes = [
        (
            maillage::card::CardField::Name,
            "Zoé Müller-Würth".to_string(),
        ),
        (
            maillage::card::CardField::Role,
            "Éducatrice, « terrain »; nuit".repeat(4),
        ),
    ];
    file.set(&changes, jiff::Timestamp::now()).unwrap();
    let text = vcard::to_vcard(file.card.as_ref().unwrap());
    let code = QrMatrix::encode(&text).unwrap();
    let lines = code.half_blocks(Ink::Dark);
    assert_eq!(decode(&read_half_blocks(&lines, Ink::Dark)), text);
}
