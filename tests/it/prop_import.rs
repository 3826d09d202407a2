//! Property tests: `maillage import` never panics on any CSV or spreadsheet,
//! whatever it imports is a valid directory, and no row is lost: every row
//! read is a stand or refused (rows read = stands + refused). Inputs: random
//! bytes, random tables (as CSV, and as xlsx and ods read against the same
//! table as CSV), the import fixtures mutated (cells replaced by huge numbers,
//! hostile text, quotes, separators; rows cut) and every example file in
//! `data/examples/`. Case counts: tests/it/common/prop.rs.

use std::path::Path;

use maillage::directory;
use maillage::import::{Format, Imported, Options, Place, Refused, import_csv, import_sheet};
use proptest::prelude::*;

use crate::common::fixtures::fixture;
use crate::common::prop as prop_settings;
use crate::common::sheets;

fn options() -> Options {
    Options {
        event_name: "Salon des propriétés".into(),
        lang: maillage::i18n::Lang::En,
        plan: None,
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

/// The counting rule on any import's result: a success makes a stand of
/// every row read; a failure reads no row (a problem with the file or its
/// header) or refuses at least one, and the others are stands.
fn counted(result: &Result<Imported, Refused>) -> Result<(), TestCaseError> {
    match result {
        Ok(imported) => prop_assert_eq!(imported.directory.stands.len(), imported.rows_read),
        Err(refused) => {
            prop_assert_eq!(refused.rows_read, refused.stands + refused.rows_refused);
            prop_assert!(
                refused.rows_read == 0 || refused.rows_refused >= 1,
                "{:?}",
                refused
            );
        }
    }
    Ok(())
}

/// A table as a sheet reads as the same table as CSV: the same directory,
/// or the same problems on the same rows (a sheet's row is a line of the
/// CSV file written from it, as long as no cell spans lines), the same counts.
fn same_as_csv(table: &[Vec<String>]) -> Result<(), TestCaseError> {
    let mut csv = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    for row in table {
        csv.write_record(row).unwrap();
    }
    let from_csv = import_csv(&csv.into_inner().unwrap(), &options());
    counted(&from_csv)?;
    let one_line = table.iter().flatten().all(|cell| !cell.contains('\n'));
    for (format, bytes) in [
        (Format::Xlsx, sheets::xlsx(&[("Feuil1", table.to_vec())])),
        (Format::Ods, sheets::ods(&[("Feuil1", table.to_vec())])),
    ] {
        let from_sheet = import_sheet(&bytes, format, None, &options());
        counted(&from_sheet)?;
        match (&from_csv, &from_sheet) {
            (Ok(a), Ok(b)) => prop_assert_eq!(&a.directory, &b.directory, "{:?}", format),
            (Err(a), Err(b)) => {
                prop_assert_eq!(
                    (a.rows_read, a.stands, a.rows_refused),
                    (b.rows_read, b.stands, b.rows_refused),
                    "{:?}: {:?}\n{:?}",
                    format,
                    a.problems,
                    b.problems
                );
                // Kinds name lines too (`already used on line 2`): compared
                // when the CSV file's lines are the sheet's rows.
                if one_line {
                    let kinds = |r: &Refused| -> Vec<_> {
                        r.problems
                            .iter()
                            .map(|d| (d.kind.clone(), d.place.line()))
                            .collect()
                    };
                    prop_assert_eq!(kinds(a), kinds(b), "{:?}", format);
                } else {
                    prop_assert_eq!(a.problems.len(), b.problems.len(), "{:?}", format);
                }
                for d in &b.problems {
                    let in_sheet =
                        matches!(&d.place, Place::Cell { sheet, .. } if &**sheet == "Feuil1");
                    prop_assert!(in_sheet, "{:?}", d);
                }
            }
            (a, b) => prop_assert!(
                false,
                "{:?}: CSV {:?}\nsheet {:?}",
                format,
                a.as_ref().err(),
                b.as_ref().err()
            ),
        }
    }
    Ok(())
}

/// Every example file imports, and its rows all become stands (the CSV
/// files' rows counted by the csv crate too).
#[test]
fn every_example_file_keeps_every_row() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples");
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(&examples).unwrap() {
        let path = entry.unwrap().path();
        // The `.txt` files are plans drawn for `--plan`, not sheets; the
        // conferences' schedules have their tests (import_schedule.rs).
        if path.extension().is_some_and(|e| e == "txt") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        if maillage::import::schedule::detect(&path, &bytes).is_some() {
            continue;
        }
        let result = maillage::import::import_file(&path, &bytes, None, &options());
        let imported = result
            .as_ref()
            .unwrap_or_else(|r| panic!("{path:?}: {:?}", r.problems));
        assert_eq!(
            imported.directory.stands.len(),
            imported.rows_read,
            "{path:?}"
        );
        if path.extension().is_some_and(|e| e == "csv") {
            assert_eq!(
                Some(imported.rows_read),
                rows_with_a_cell(&bytes),
                "{path:?}"
            );
        }
        seen.push(path.file_name().unwrap().to_string_lossy().into_owned());
    }
    seen.sort();
    assert_eq!(
        seen,
        [
            "exhibitors.csv",
            "exposants.csv",
            "exposants.ods",
            "exposants.xlsx"
        ],
        "an example file without its check here"
    );
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

proptest! {
    // Each case writes an xlsx and an ods file: fewer cases.
    #![proptest_config(prop_settings::config(64))]

    #[test]
    fn random_tables_read_the_same_as_sheets_and_as_csv(
        header in prop::sample::select(vec![
            vec!["Stand Number", "Organization", "Description", "Themes", "People"],
            vec!["Numéro", "Organisation", "Salle", "X", "Y", "Largeur", "Hauteur", "Accès"],
            vec!["Stand", "", "Organisation", "Site web"],
            vec!["a", "b", "c"],
        ]),
        rows in prop::collection::vec(
            prop::collection::vec(prop::sample::select(SHEET_CELLS.to_vec()), 1..9), 0..10),
    ) {
        let width = header.len();
        let mut table = vec![header.iter().map(|h| h.to_string()).collect::<Vec<_>>()];
        // A sheet is as wide as its widest row: rows no wider than the
        // header, as a CSV row wider than it is refused for its quotes.
        table.extend(rows.into_iter().map(|row| {
            row.into_iter().take(width).map(str::to_string).collect::<Vec<_>>()
        }));
        same_as_csv(&table)?;
    }
}

/// Cells a sheet can hold as typed (no control characters, which xlsx
/// cannot store): numbers, blanks, spreadsheet errors, names, positions.
const SHEET_CELLS: &[&str] = &[
    "",
    " ",
    "0",
    "-1",
    "12",
    "1.5",
    "4294967296",
    "1e9",
    "#REF!",
    "\"",
    "a,b;c",
    "multi\nline",
    "Hall A",
    "nord",
    "up",
    "A1",
    "A2",
    "Ü\u{301}🦀",
    "Anne (chef",
    "www.example.lu",
    "info@example.lu",
];

proptest! {
    #![proptest_config(prop_settings::config(128))]

    /// A damaged spreadsheet is problems, never a panic: the example files
    /// with bytes changed or cut, read as the format they claim.
    #[test]
    fn damaged_spreadsheets_never_panic(
        ods in any::<bool>(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
        cut in prop::option::of(0.0..1.0f64),
    ) {
        let name = if ods { "exposants.ods" } else { "exposants.xlsx" };
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples").join(name);
        let mut bytes = std::fs::read(&path).unwrap();
        for (at, byte) in edits {
            let at = at.index(bytes.len());
            bytes[at] = byte;
        }
        if let Some(fraction) = cut {
            bytes.truncate((bytes.len() as f64 * fraction) as usize);
        }
        let result = maillage::import::import_file(&path, &bytes, None, &options());
        counted(&result)?;
    }
}
