//! `maillage card` end to end: set, show (the printed code decoded back),
//! `--vcard`, clear, the hint without a card, and card.json kept private.

use maillage::card::qr::{Ink, read_half_blocks};

use crate::common::cli::{Run, config_dir, maillage_in, stderr, stdout};
use crate::common::qr::decode;

/// The QR code lines at the top of `maillage card`'s output: up to the
/// first empty line.
fn code_lines(out: &str) -> Vec<String> {
    out.lines()
        .take_while(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn without_a_card_it_says_how_to_set_one_and_fails() {
    let dir = config_dir();
    let out = maillage_in(dir.path()).arg("card").run();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("maillage card set --name"), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(stdout(&out).is_empty());
    assert!(
        !dir.path().join("card.json").exists(),
        "reading never writes"
    );
}

#[test]
fn set_show_vcard_and_clear() {
    let dir = config_dir();
    let set = maillage_in(dir.path())
        .args([
            "card",
            "set",
            "--name",
            "Ada Lovelace",
            "--org",
            "Engines; Ltd",
        ])
        .args(["--email", "ada@example.org", "--website", "example.org"])
        .run_ok();
    assert_eq!(stderr(&set).trim(), "Card saved.");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("card.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "card.json is private");
    }

    let vcard = stdout(&maillage_in(dir.path()).args(["card", "--vcard"]).run_ok());
    assert!(
        vcard.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Lovelace\r\n"),
        "{vcard:?}"
    );
    assert!(vcard.contains("ORG:Engines\\; Ltd\r\n"), "{vcard:?}");
    assert!(vcard.contains("URL:https://example.org\r\n"), "{vcard:?}");
    let uid = vcard
        .lines()
        .find(|l| l.starts_with("UID:urn:uuid:"))
        .unwrap()
        .to_string();

    // Piped: no colour; no COLORFGBG: drawn for a dark background.
    let shown = stdout(
        &maillage_in(dir.path())
            .arg("card")
            .env_remove("COLORFGBG")
            .run_ok(),
    );
    assert!(!shown.contains('\x1b'), "no escape codes in a pipe");
    let lines = code_lines(&shown);
    assert_eq!(
        lines[0].chars().filter(|&c| c == '█').count(),
        lines[0].chars().count(),
        "the quiet zone drawn light"
    );
    assert_eq!(decode(&read_half_blocks(&lines, Ink::Light)), vcard);
    assert!(
        shown.contains("\nName: Ada Lovelace\nOrganisation: Engines; Ltd\n"),
        "{shown}"
    );

    // A light terminal says so; --invert swaps back.
    let light = stdout(
        &maillage_in(dir.path())
            .arg("card")
            .env("COLORFGBG", "0;15")
            .run_ok(),
    );
    assert_eq!(
        decode(&read_half_blocks(&code_lines(&light), Ink::Dark)),
        vcard
    );
    let inverted = stdout(
        &maillage_in(dir.path())
            .args(["card", "--invert"])
            .env("COLORFGBG", "0;15")
            .run_ok(),
    );
    assert_eq!(code_lines(&inverted), lines);

    // Editing keeps the UID; clearing a field removes it.
    maillage_in(dir.path())
        .args(["card", "set", "--role", "Analyst", "--clear", "website"])
        .run_ok();
    let vcard = stdout(&maillage_in(dir.path()).args(["card", "--vcard"]).run_ok());
    assert!(vcard.contains(&uid), "{vcard}");
    assert!(
        vcard.contains("TITLE:Analyst\r\n") && !vcard.contains("URL:"),
        "{vcard}"
    );

    let cleared = maillage_in(dir.path()).args(["card", "clear"]).run_ok();
    assert_eq!(stderr(&cleared).trim(), "Card cleared.");
    assert_eq!(
        maillage_in(dir.path()).arg("card").run().status.code(),
        Some(1)
    );
}

#[test]
fn a_card_needs_a_name_and_speaks_french() {
    let dir = config_dir();
    let out = maillage_in(dir.path())
        .args(["card", "set", "--org", "ACME"])
        .env("LANG", "fr_FR.UTF-8")
        .run();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out).trim(),
        "maillage: votre carte doit porter un nom"
    );
    assert!(!dir.path().join("card.json").exists());
    maillage_in(dir.path())
        .args(["card", "set", "--name", "Zoé", "--phone", "+352 1"])
        .run_ok();
    let shown = stdout(
        &maillage_in(dir.path())
            .arg("card")
            .env("LANG", "fr_FR.UTF-8")
            .run_ok(),
    );
    assert!(
        shown.contains("Nom\u{a0}: Zoé\nTéléphone\u{a0}: +352 1\n"),
        "{shown}"
    );
    // Nothing to set is a usage error.
    let out = maillage_in(dir.path()).args(["card", "set"]).run();
    assert_eq!(out.status.code(), Some(2));
}
