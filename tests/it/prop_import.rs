//! Property tests: `maillage import` never panics on any CSV, and whatever
//! it imports is a valid directory. Inputs: random bytes, random tables, and
//! the import fixtures mutated (cells replaced by huge numbers, hostile text,
//! quotes, separators; rows cut). Case counts: tests/it/common/prop.rs.

use maillage::directory;
use maillage::import::{Options, Place, import_csv};
use proptest::prelude::*;

use crate::common::fixtures::fixture;
use crate::common::prop as prop_settings;

fn options() -> Options {
    Options {
        event_name: "Salon des propriétés".into(),
        lang: maillage::i18n::Lang::En,
    }
}

/// Imports `bytes`; an import must pass the directory checks, and lose no
/// row: every data row read is a stand (or the import fails with the rows'
/// problems), counted by the csv crate on its own as well.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    match import_csv(bytes, &options()) {
        Ok(imported) => {
            let json = serde_json::to_string_pretty(&imported.directory).unwrap();
            let parsed = directory::parse(&json);
            prop_assert!(parsed.is_ok(), "invalid import {:?}\n{}", parsed, json);
            prop_assert_eq!(imported.directory.stands.len(), imported.rows_read);
            if let Some(rows) = rows_with_a_cell(bytes) {
                prop_assert_eq!(
                    imported.rows_read,
                    rows,
                    "{}",
                    String::from_utf8_lossy(bytes)
                );
            }
        }
        Err(refused) => {
            prop_assert!(!refused.problems.is_empty());
            for d in &refused.problems {
                let place_is_text =
                    matches!(d.place, Place::Text { line, column } if line >= 1 && column >= 1);
                prop_assert!(place_is_text, "{:?}", d);
            }
            // The counting rule: every row read is a stand or refused.
            prop_assert_eq!(refused.rows_read, refused.stands + refused.rows_refused);
            if refused.rows_read > 0 {
                prop_assert!(refused.rows_refused >= 1, "{:?}", refused);
                if let Some(rows) = rows_with_a_cell(bytes) {
                    prop_assert_eq!(
                        refused.rows_read,
                        rows,
                        "{}",
                        String::from_utf8_lossy(bytes)
                    );
                }
            }
        }
    }
    Ok(())
}

/// Data rows with at least one non-blank cell, as the csv crate reads the
/// file with the separator the header uses most (`None` when the file is
/// not UTF-8 or has no header).
fn rows_with_a_cell(bytes: &[u8]) -> Option<usize> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).ok()?;
    let header = text.lines().next()?;
    let separator = [b';', b',', b'\t'].into_iter().max_by_key(|&s| {
        (
            header.bytes().filter(|&b| b == s).count(),
            s == b';',
            s == b',',
        )
    })?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let rows = reader
        .records()
        .filter_map(Result::ok)
        .filter(|r| r.iter().any(|cell| !cell.trim().is_empty()))
        .count();
    Some(rows.saturating_sub(1))
}

fn fixtures() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(fixture("import"))
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .collect();
    files.sort();
    files
}

const CELLS: &[&str] = &[
    "",
    " ",
    "0",
    "-1",
    "4294967295",
    "4294967296",
    "99999999999999999999",
    "1e9",
    "1.5",
    "\"",
    "\"\"",
    "\"a,b;c\"",
    "\"multi\nline\"",
    "\u{1b}[31mRouge\u{1b}]0;t\u{7}",
    "\u{9b}\u{202e}\u{200b}",
    "Hall A",
    "Annexe",
    "nord",
    "sud",
    "up",
    "A1",
    "Ü\u{301}🦀",
    ";",
    ",",
];

/// Replaces `n`-th cell-like piece (between separators) with a token.
fn replace_cell(text: &str, n: usize, token: &str) -> String {
    let pieces: Vec<&str> = text.split([',', ';', '\n']).collect();
    let n = n % pieces.len().max(1);
    let mut out = String::with_capacity(text.len() + token.len());
    let mut count = 0;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, ',' | ';' | '\n') {
            out.push_str(if count == n { token } else { &text[start..i] });
            out.push(c);
            count += 1;
            start = i + 1;
        }
    }
    out.push_str(if count == n { token } else { &text[start..] });
    out
}

proptest! {
    #![proptest_config(prop_settings::config(500))]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..1024)) {
        check(&bytes)?;
    }

    #[test]
    fn random_tables_never_panic(
        header in prop::sample::select(vec![
            "Stand Number,Organization,Description,Themes,People",
            "Numéro;Organisation;Salle;X;Y;Largeur;Hauteur;Accès",
            "Stand,Organisation,Hall,X,Y,W,H,Approach,Level",
            "a,b,c",
        ]),
        rows in prop::collection::vec(
            prop::collection::vec(prop::sample::select(CELLS.to_vec()), 1..10), 0..12),
    ) {
        let separator = if header.contains(';') { ";" } else { "," };
        let mut text = format!("{header}\n");
        for row in rows {
            text.push_str(&row.join(separator));
            text.push('\n');
        }
        check(text.as_bytes())?;
    }

    #[test]
    fn mutated_fixtures_never_panic(
        index in any::<prop::sample::Index>(),
        edits in prop::collection::vec((any::<usize>(), prop::sample::select(CELLS.to_vec())), 1..5),
        cut in prop::option::of(0.0..1.0f64),
    ) {
        let files = fixtures();
        let mut text = index.get(&files).clone();
        for (n, token) in edits {
            text = replace_cell(&text, n, token);
        }
        let mut bytes = text.into_bytes();
        if let Some(fraction) = cut {
            bytes.truncate((bytes.len() as f64 * fraction) as usize);
        }
        check(&bytes)?;
    }
}
