//! `maillage import` of spreadsheets (xlsx, ods, xls): the real binary on
//! files made by `common::sheets`, read as the CSV files are (same
//! directory, same checks), with problems placed in a sheet's cell.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::common::cli::{Run, maillage, stderr, stdout};
use crate::common::sheets::{self, Sheet, csv_rows, ods, rows, xlsx};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples")
}

/// `maillage import ARGS` run in `dir`, so messages name the file as given.
fn import_in(dir: &Path, args: &[&str]) -> Output {
    maillage().arg("import").args(args).current_dir(dir).run()
}

/// Writes `bytes` as `dir/name`.
fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

/// The example CSV files' cells, in a sheet named as Excel and LibreOffice
/// name a French workbook's first sheet.
fn example_sheets(csv: &str) -> [(&'static str, Vec<u8>); 2] {
    let rows = csv_rows(&examples().join(csv));
    [
        ("xlsx", xlsx(&[("Feuil1", rows.clone())])),
        ("ods", ods(&[("Feuille1", rows)])),
    ]
}

#[test]
fn spreadsheets_import_to_the_same_directory_as_their_csv() {
    let dir = tempfile::tempdir().unwrap();
    // exhibitors.csv has numbers (stand 1, x 2…), written as numbers: 1, not 1.0.
    for csv in ["exposants.csv", "exhibitors.csv"] {
        std::fs::copy(examples().join(csv), dir.path().join(csv)).unwrap();
        let from_csv = import_in(dir.path(), &[csv]);
        assert_eq!(from_csv.status.code(), Some(0), "{}", stderr(&from_csv));
        let stem = csv.trim_end_matches(".csv");
        for (extension, bytes) in example_sheets(csv) {
            let name = format!("{stem}.{extension}");
            write(dir.path(), &name, &bytes);
            let out = import_in(dir.path(), &[&name]);
            assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
            assert_eq!(stdout(&out), stdout(&from_csv), "{name}");
            assert_eq!(
                stderr(&out).replace(&name, csv),
                stderr(&from_csv),
                "{name}: the same notes"
            );
        }
    }
}

/// The copies in `data/examples/` are written by `write_example_spreadsheets`
/// and must not drift from the CSV file they are made of.
#[test]
fn the_committed_example_spreadsheets_match_the_csv() {
    let from_csv = import_in(&examples(), &["exposants.csv"]);
    assert_eq!(from_csv.status.code(), Some(0), "{}", stderr(&from_csv));
    for name in ["exposants.xlsx", "exposants.ods"] {
        let out = import_in(&examples(), &[name]);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        assert_eq!(
            stdout(&out),
            stdout(&from_csv),
            "{name} differs from exposants.csv: regenerate it with \
             cargo test --test it import_sheets::write_example_spreadsheets -- --ignored"
        );
    }
}

/// Writes `data/examples/exposants.{xlsx,ods}` from `exposants.csv`.
#[test]
#[ignore = "writes data/examples/exposants.xlsx and .ods; run it with --ignored to regenerate them"]
fn write_example_spreadsheets() {
    for (extension, bytes) in example_sheets("exposants.csv") {
        write(&examples(), &format!("exposants.{extension}"), &bytes);
    }
}

/// Two rows of four with a problem: the messages name the sheet and the
/// cell, then count the rows.
fn sheet_with_problems() -> Sheet<'static> {
    (
        "Feuil1",
        rows(&[
            &["Stand", "Thèmes", "Organisation", "Site web"],
            &["A1", "santé", "Caritas", ""],
            &["A2", "", "", ""],
            &["A3", "", "Croix-Rouge", "voir brochure"],
            &["A4", "", "Solina", "#REF!"],
            &["", "", "", ""],
            &["A5", "", "Co-labor", ""],
        ]),
    )
}

#[test]
fn a_refused_row_is_placed_in_its_cell_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "liste.xlsx", &xlsx(&[sheet_with_problems()]));
    let out = import_in(dir.path(), &["liste.xlsx"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        stderr(&out),
        "liste.xlsx: Feuil1!C3: missing organisation\n\
         liste.xlsx: Feuil1!D4: website \"voir brochure\" is not a web address (it contains spaces)\n\
         liste.xlsx: Feuil1!D5: the cell shows the error #REF!: correct its formula or type its value\n\
         liste.xlsx: 5 rows read: 2 stands, 3 rows refused; nothing written\n"
    );

    let out = import_in(dir.path(), &["--lang", "fr", "liste.xlsx"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "liste.xlsx: Feuil1!C3: il manque l'organisation\n\
         liste.xlsx: Feuil1!D4: le site web « voir brochure » n'est pas une adresse web (il contient des espaces)\n\
         liste.xlsx: Feuil1!D5: la cellule affiche l'erreur #REF! : corrigez sa formule ou tapez sa valeur\n\
         liste.xlsx : 5 lignes lues : 2 stands, 3 lignes refusées ; rien n'a été écrit\n"
    );
}

#[test]
fn an_ods_problem_names_its_sheet_quoted_when_it_has_a_space() {
    let dir = tempfile::tempdir().unwrap();
    let (_, cells) = sheet_with_problems();
    write(dir.path(), "liste.ods", &ods(&[("Liste 2026", cells)]));
    let out = import_in(dir.path(), &["liste.ods"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.starts_with("liste.ods: 'Liste 2026'!C3: missing organisation\n"),
        "{err}"
    );
    assert!(err.ends_with("liste.ods: 5 rows read: 2 stands, 3 rows refused; nothing written\n"));
}

#[test]
fn sheet_picks_a_sheet_by_name_and_an_unknown_one_lists_them() {
    let dir = tempfile::tempdir().unwrap();
    let good = (
        "Exposants",
        rows(&[&["N°", "Exposant"], &["12", "Caritas"], &["7", "Solina"]]),
    );
    write(
        dir.path(),
        "salon.xlsx",
        &xlsx(&[sheet_with_problems(), good.clone()]),
    );
    write(
        dir.path(),
        "salon.ods",
        &ods(&[sheet_with_problems(), good]),
    );
    for file in ["salon.xlsx", "salon.ods"] {
        // The first sheet is read by default, and it has problems.
        assert_eq!(import_in(dir.path(), &[file]).status.code(), Some(1));
        for name in ["Exposants", "exposants"] {
            let out = import_in(dir.path(), &[file, "--sheet", name]);
            assert_eq!(out.status.code(), Some(0), "{file}: {}", stderr(&out));
            let directory = maillage::directory::parse(&stdout(&out)).unwrap();
            let numbers: Vec<&str> = directory.stands.iter().map(|s| s.number.as_str()).collect();
            assert_eq!(numbers, ["12", "7"], "numbers as typed, not 12.0");
        }
    }

    let out = import_in(dir.path(), &["salon.xlsx", "--sheet", "Feuil3"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "salon.xlsx: no sheet \"Feuil3\" in this file; its sheets: \"Feuil1\", \"Exposants\"\n"
    );
    let out = import_in(
        dir.path(),
        &["--lang", "fr", "salon.ods", "--sheet", "Feuil3"],
    );
    assert_eq!(
        stderr(&out),
        "salon.ods: pas de feuille « Feuil3 » dans ce fichier ; ses feuilles : « Feuil1 », « Exposants »\n"
    );

    let out = import_in(&examples(), &["exposants.csv", "--sheet", "Feuil1"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("exposants.csv: --sheet Feuil1 is for spreadsheets"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_damaged_or_misnamed_file_is_one_line_and_no_panic() {
    let dir = tempfile::tempdir().unwrap();
    let whole = xlsx(&[sheet_with_problems()]);
    write(dir.path(), "cut.xlsx", &whole[..whole.len() / 2]);
    let whole = ods(&[sheet_with_problems()]);
    write(dir.path(), "cut.ods", &whole[..whole.len() / 2]);
    write(
        dir.path(),
        "old.xls",
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 and nothing else",
    );
    write(
        dir.path(),
        "garbage.xlsx",
        b"\x00\x9F\x92\x96 not a spreadsheet",
    );
    for (file, start) in [
        ("cut.xlsx", "cut.xlsx: cannot read this file as xlsx: "),
        ("cut.ods", "cut.ods: cannot read this file as ods: "),
        ("old.xls", "old.xls: cannot read this file as xls: "),
        (
            "garbage.xlsx",
            "garbage.xlsx: this file is named .xlsx but is not a spreadsheet",
        ),
    ] {
        let out = import_in(dir.path(), &[file]);
        assert_eq!(out.status.code(), Some(1), "{file}");
        let err = stderr(&out);
        assert!(err.starts_with(start), "{file}: {err}");
        assert_eq!(err.lines().count(), 1, "{file}: {err}");
    }
}

#[test]
fn an_empty_sheet_and_a_note_beside_the_table() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "vide.xlsx", &xlsx(&[("Feuil1", Vec::new())]));
    let out = import_in(dir.path(), &["vide.xlsx"]);
    assert_eq!(
        stderr(&out),
        "vide.xlsx: Feuil1!A1: the sheet is empty: expected a header row (stand, organisation, …)\n"
    );

    // A note typed beside the table, under no header: a warning, the row is a stand.
    let cells = rows(&[
        &["Stand", "Organisation"],
        &["A1", "Caritas"],
        &["A2", "Solina", "", "à rappeler"],
    ]);
    write(dir.path(), "note.xlsx", &xlsx(&[("Feuil1", cells)]));
    let out = import_in(dir.path(), &["note.xlsx"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with(
            "note.xlsx: Feuil1!D3: warning: this column has no header, so its cells are ignored"
        ),
        "{}",
        stderr(&out)
    );
    let directory = maillage::directory::parse(&stdout(&out)).unwrap();
    assert_eq!(directory.stands.len(), 2);
}

/// The writer of `common::sheets` types numbers as numbers, so the tests
/// above read numbers where they mean to (stand 12, read as `12`).
#[test]
fn the_sheet_writer_writes_numbers_as_numbers() {
    use calamine::{Data, Reader};
    let cells = rows(&[&["Stand", "x"], &["12", "1.5"], &["A1", "-3"]]);
    let expected = [
        Data::String("Stand".into()),
        Data::String("x".into()),
        Data::Float(12.0),
        Data::Float(1.5),
        Data::String("A1".into()),
        Data::Float(-3.0),
    ];
    let read = |mut sheets: calamine::Sheets<_>| -> Vec<Data> {
        let range = sheets.worksheet_range("S").unwrap();
        range.cells().map(|(_, _, d)| d.clone()).collect()
    };
    let bytes = sheets::xlsx(&[("S", cells.clone())]);
    let xlsx = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(read(calamine::Sheets::Xlsx(xlsx)), expected);
    let bytes = sheets::ods(&[("S", cells)]);
    let ods = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(read(calamine::Sheets::Ods(ods)), expected);
}
