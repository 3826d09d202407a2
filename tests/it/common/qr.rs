//! Reading a QR code back, as a phone camera would: modules (`true` dark)
//! painted as grey pixels, found and decoded by rqrr.

use maillage::card::CardFile;
use maillage::card::qr::QrMatrix;

/// Pixels per module: enough for rqrr to find the finder patterns.
const SCALE: usize = 4;

/// The text a QR code drawn as `modules` (rows, quiet zone included) holds;
/// panics if no code is found or it cannot be decoded.
pub fn decode(modules: &[Vec<bool>]) -> String {
    let height = modules.len();
    let width = modules.iter().map(Vec::len).max().unwrap_or(0);
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width * SCALE, height * SCALE, |x, y| {
            let dark = modules[y / SCALE].get(x / SCALE).copied().unwrap_or(false);
            if dark { 0 } else { 255 }
        });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the picture");
    let (_, text) = grids[0].decode().expect("a readable QR code");
    text
}

/// The modules of `code` with a quiet zone of `quiet` modules around.
pub fn modules_of(code: &QrMatrix, quiet: usize) -> Vec<Vec<bool>> {
    let side = code.width() + 2 * quiet;
    let q = quiet as isize;
    (0..side as isize)
        .map(|y| {
            (0..side as isize)
                .map(|x| code.is_dark(x - q, y - q))
                .collect()
        })
        .collect()
}

/// A card file holding Ada's card with a fixed UID, so what is drawn is the
/// same at every run.
pub fn ada_card_json() -> String {
    let card: CardFile = serde_json::from_str(
        r#"{
  "format": "maillage-card",
  "version": 1,
  "changed": "2026-11-20T10:00:00Z",
  "card": {
    "uid": "01936c4e-7a2b-7c3d-8e4f-5a6b7c8d9e0f",
    "name": "Ada Lovelace",
    "organisation": "Machines analytiques, Ltd; Londres",
    "role": "Programmeuse",
    "email": "ada@example.org",
    "phone": "+352 621 000 000",
    "website": "example.org/ada"
  }
}"#,
    )
    .expect("a valid card file");
    serde_json::to_string_pretty(&card).unwrap()
}
