//! A sheet of a spreadsheet file (xlsx, xlsm, xlsb, ods, xls) as a
//! [`Table`], with calamine: each cell's text as the spreadsheet shows it,
//! at its row and column numbers (`C12` is row 12, column 3), so that the
//! rest of the import is the CSV one and problems point at the cell.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, SheetType, SheetVisible, Sheets};

use super::messages::ImportProblem as P;
use super::table::{Field, Row, Table, cell_value};
use super::{Diagnostic, Place};

/// What kind of file an import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    /// Excel 2007 and later, with or without macros (`.xlsx`, `.xlsm`).
    Xlsx,
    /// Excel's binary workbook (`.xlsb`).
    Xlsb,
    /// Excel 97–2003 (`.xls`).
    Xls,
    /// LibreOffice, OpenOffice (`.ods`).
    Ods,
}

/// An OLE compound document: Excel 97–2003 files.
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
/// A zip archive (`PK\3\4`; `PK\5\6` when it is empty): xlsx, xlsb, ods.
const ZIP_MAGIC: [&[u8]; 2] = [b"PK\x03\x04", b"PK\x05\x06"];
/// An OpenDocument file starts with an uncompressed `mimetype` member
/// holding its type, right after the first local header (30 bytes).
const ODS_MIMETYPE: &[u8] = b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet";

impl Format {
    /// What `bytes` are: their first bytes decide (an OLE document is xls;
    /// a zip archive is ods, xlsb or xlsx, by what it holds), then `name`'s
    /// extension when the archive does not say. Anything else is CSV text,
    /// unless the name says spreadsheet and the bytes are not text: then
    /// the file is damaged or not what its name says.
    pub fn detect(name: &Path, bytes: &[u8]) -> Result<Format, Diagnostic> {
        let extension = name
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        let by_name = match extension.as_deref() {
            Some("xlsx" | "xlsm") => Some(Format::Xlsx),
            Some("xlsb") => Some(Format::Xlsb),
            Some("xls") => Some(Format::Xls),
            Some("ods") => Some(Format::Ods),
            _ => None,
        };
        if bytes.starts_with(OLE_MAGIC) {
            return Ok(Format::Xls);
        }
        if ZIP_MAGIC.iter().any(|m| bytes.starts_with(m)) {
            let holds = |member: &[u8]| memchr::memmem::find(bytes, member).is_some();
            return Ok(
                if bytes.get(30..).is_some_and(|b| b.starts_with(ODS_MIMETYPE)) {
                    Format::Ods
                } else if holds(b"xl/workbook.bin") {
                    Format::Xlsb
                } else if holds(b"[Content_Types].xml") {
                    Format::Xlsx
                } else {
                    by_name
                        .filter(|f| *f != Format::Xls)
                        .unwrap_or(Format::Xlsx)
                },
            );
        }
        match by_name {
            // A CSV file saved under a spreadsheet's name is still read.
            Some(format) if simdutf8::basic::from_utf8(bytes).is_err() => {
                Err(Diagnostic::at(Place::File, P::NotSpreadsheet(format)))
            }
            _ => Ok(Format::Csv),
        }
    }

    /// As the extension names it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::Xlsb => "xlsb",
            Format::Xls => "xls",
            Format::Ods => "ods",
        }
    }
}

/// The sheet named `wanted` (or the first one shown) of the spreadsheet in
/// `bytes`, as a table: its name, and `None` when it has no cell. The
/// positions of its fields are the cells' row and column numbers.
pub fn read(
    bytes: &[u8],
    format: Format,
    wanted: Option<&str>,
) -> Result<(String, Option<Table>), Diagnostic> {
    let unreadable =
        |reason: String| Diagnostic::at(Place::File, P::UnreadableSpreadsheet { format, reason });
    let cursor = Cursor::new(bytes);
    let mut workbook = match format {
        Format::Xlsx => calamine::open_workbook_from_rs(cursor)
            .map(Sheets::Xlsx)
            .map_err(|e| e.to_string()),
        Format::Xlsb => calamine::open_workbook_from_rs(cursor)
            .map(Sheets::Xlsb)
            .map_err(|e| e.to_string()),
        Format::Xls => calamine::open_workbook_from_rs(cursor)
            .map(Sheets::Xls)
            .map_err(|e| e.to_string()),
        Format::Ods => calamine::open_workbook_from_rs(cursor)
            .map(Sheets::Ods)
            .map_err(|e| e.to_string()),
        Format::Csv => Err("a CSV file is no workbook".to_string()),
    }
    .map_err(unreadable)?;
    let sheets: Vec<&calamine::Sheet> = workbook
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .collect();
    let name = match wanted {
        Some(wanted) => pick(&sheets, wanted).ok_or_else(|| {
            let names = sheets.iter().map(|s| s.name.clone()).collect();
            Diagnostic::at(
                Place::File,
                P::UnknownSheet {
                    name: wanted.to_string(),
                    sheets: names,
                },
            )
        })?,
        // The first sheet the organiser sees, not a hidden one.
        None => sheets
            .iter()
            .find(|s| s.visible == SheetVisible::Visible)
            .or(sheets.first())
            .map(|s| s.name.clone())
            .ok_or_else(|| Diagnostic::at(Place::File, P::NoSheet))?,
    };
    let range = workbook
        .worksheet_range(&name)
        .map_err(|e| unreadable(e.to_string()))?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let rows = range.rows().enumerate().map(|(i, cells)| {
        let line = top as usize + i + 1;
        let fields = cells
            .iter()
            .enumerate()
            .map(|(j, cell)| Field {
                value: cell_value(&text(cell)),
                line,
                column: left as usize + j + 1,
            })
            .collect();
        Row { line, fields }
    });
    let table = Table::from_rows(rows, None);
    Ok((name, table))
}

/// The sheet called `wanted`; failing that, the one sheet called so
/// whatever the case and the blanks around it.
fn pick(sheets: &[&calamine::Sheet], wanted: &str) -> Option<String> {
    if let Some(s) = sheets.iter().find(|s| s.name == wanted) {
        return Some(s.name.clone());
    }
    let folded = wanted.trim().to_lowercase();
    let mut close = sheets
        .iter()
        .filter(|s| s.name.trim().to_lowercase() == folded);
    match (close.next(), close.next()) {
        (Some(s), None) => Some(s.name.clone()),
        _ => None,
    }
}

/// A cell's text as a person reads it in the spreadsheet: numbers without a
/// useless `.0` (stand 12, not 12.0) and to the 15 digits a spreadsheet
/// keeps (0.3, not 0.30000000000000004); dates as `2026-03-14` (with the
/// time when there is one); an error as the spreadsheet shows it (`#REF!`),
/// which the row check then refuses.
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(x) => number(*x),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(d) if d.is_duration() => duration(d.as_f64()),
        Data::DateTime(d) => {
            let (year, month, day, hour, minute, second, _) = d.to_ymd_hms_milli();
            let time = clock(hour, minute, second);
            if d.as_f64() < 1.0 {
                time
            } else if (hour, minute, second) == (0, 0, 0) {
                format!("{year:04}-{month:02}-{day:02}")
            } else {
                format!("{year:04}-{month:02}-{day:02} {time}")
            }
        }
        // `2026-03-14T10:30:00` as the xlsx dates above read.
        Data::DateTimeIso(s) => s.replacen('T', " ", 1),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

/// `12`, `1.5`, `0.3`, `-4`, `1e300`: what a spreadsheet's general format shows.
pub fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        return format!("{}", x as i64);
    }
    // 15 significant digits, as spreadsheets keep, then the shortest text
    // that reads back as that value.
    let rounded: f64 = format!("{x:.14e}").parse().unwrap_or(x);
    if rounded.abs() >= 1e15 || (rounded != 0.0 && rounded.abs() < 1e-9) {
        format!("{rounded:e}")
    } else {
        rounded.to_string()
    }
}

fn clock(hour: u8, minute: u8, second: u8) -> String {
    match second {
        0 => format!("{hour:02}:{minute:02}"),
        _ => format!("{hour:02}:{minute:02}:{second:02}"),
    }
}

/// A duration in days as hours and minutes (`26:30`), as `[h]:mm` shows it.
fn duration(days: f64) -> String {
    let seconds = (days * 86_400.0).round() as i64;
    let sign = if seconds < 0 { "-" } else { "" };
    let seconds = seconds.unsigned_abs();
    let (hours, minutes, second) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    match second {
        0 => format!("{sign}{hours}:{minutes:02}"),
        _ => format!("{sign}{hours}:{minutes:02}:{second:02}"),
    }
}

/// A 1-based column number as a spreadsheet names it: 1 is `A`, 26 `Z`,
/// 27 `AA`, 16384 `XFD`.
pub fn column_letters(column: usize) -> String {
    let mut letters = Vec::new();
    let mut n = column;
    while n > 0 {
        let digit = (n - 1) % 26;
        letters.push(b'A' + digit as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

/// A sheet's name as a formula writes it before `!`: as is when it is one
/// word of letters, digits and `_` not starting with a digit (`Feuil1`,
/// `Données`), else in single quotes with its own quotes doubled
/// (`'Liste 2026'`).
pub fn quoted_name(name: &str) -> String {
    let plain = name.chars().all(|c| c.is_alphanumeric() || c == '_')
        && name.chars().next().is_some_and(|c| !c.is_ascii_digit());
    if plain {
        name.to_string()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{CellErrorType, ExcelDateTime, ExcelDateTimeType};

    #[test]
    fn columns_are_named_as_spreadsheets_name_them() {
        let names: Vec<String> = [1, 2, 26, 27, 28, 52, 53, 702, 703, 16_384]
            .into_iter()
            .map(column_letters)
            .collect();
        assert_eq!(
            names,
            ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"]
        );
    }

    #[test]
    fn places_name_the_sheet_and_the_cell() {
        let cell = |sheet: &str, row, column| {
            let sheet = sheet.into();
            Place::Cell { sheet, row, column }.to_string()
        };
        assert_eq!(cell("Feuil1", 12, 3), "Feuil1!C12");
        assert_eq!(cell("Données", 2, 27), "Données!AA2");
        assert_eq!(cell("Liste 2026", 1, 1), "'Liste 2026'!A1");
        assert_eq!(cell("L'annexe", 3, 2), "'L''annexe'!B3");
        assert_eq!(cell("2026", 3, 2), "'2026'!B3");
    }

    #[test]
    fn numbers_read_as_a_person_sees_them() {
        assert_eq!(number(12.0), "12");
        assert_eq!(number(-4.0), "-4");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(1.5), "1.5");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(number(352_123_456.0), "352123456");
        assert_eq!(number(1e300), "1e300");
        assert_eq!(number(1.5e-12), "1.5e-12");
        assert_eq!(text(&Data::Int(7)), "7");
        assert_eq!(text(&Data::Float(2.0)), "2");
    }

    #[test]
    fn dates_booleans_and_errors_read_as_shown() {
        let date = |value, kind| Data::DateTime(ExcelDateTime::new(value, kind, false));
        // 2026-03-14 is day 46095 since Excel's epoch.
        assert_eq!(
            text(&date(46_095.0, ExcelDateTimeType::DateTime)),
            "2026-03-14"
        );
        assert_eq!(
            text(&date(46_095.437_5, ExcelDateTimeType::DateTime)),
            "2026-03-14 10:30"
        );
        assert_eq!(text(&date(0.5, ExcelDateTimeType::DateTime)), "12:00");
        assert_eq!(
            text(&date(1.104_166_666_7, ExcelDateTimeType::TimeDelta)),
            "26:30"
        );
        assert_eq!(
            text(&Data::DateTimeIso("2026-03-14T10:30:00".into())),
            "2026-03-14 10:30:00"
        );
        assert_eq!(text(&Data::Bool(true)), "TRUE");
        assert_eq!(text(&Data::Error(CellErrorType::Ref)), "#REF!");
        assert_eq!(text(&Data::Empty), "");
    }

    #[test]
    fn the_bytes_decide_the_format_before_the_name() {
        let detect = |name: &str, bytes: &[u8]| Format::detect(Path::new(name), bytes);
        let zip_with = |member: &str| {
            let mut bytes = b"PK\x03\x04".to_vec();
            bytes.resize(30, 0);
            bytes.extend_from_slice(member.as_bytes());
            bytes
        };
        let ods = zip_with("mimetypeapplication/vnd.oasis.opendocument.spreadsheet");
        assert_eq!(
            detect("a.xlsx", &ods).unwrap(),
            Format::Ods,
            "an ods named xlsx"
        );
        assert_eq!(
            detect("a", &zip_with("[Content_Types].xml")).unwrap(),
            Format::Xlsx
        );
        assert_eq!(
            detect("a.ods", &zip_with("xl/workbook.bin")).unwrap(),
            Format::Xlsb
        );
        assert_eq!(detect("a.ods", &zip_with("other")).unwrap(), Format::Ods);
        assert_eq!(detect("a.csv", OLE_MAGIC).unwrap(), Format::Xls);
        assert_eq!(
            detect("a.csv", b"stand;organisation\n").unwrap(),
            Format::Csv
        );
        // Text named `.xls`, as some web sites export: read as CSV.
        assert_eq!(
            detect("a.xls", b"stand\torganisation\n").unwrap(),
            Format::Csv
        );
        let err = detect("a.xlsx", b"\x00\xFF\x00garbage").unwrap_err();
        assert_eq!(err.place, Place::File);
        assert_eq!(err.kind, P::NotSpreadsheet(Format::Xlsx));
    }

    #[test]
    fn a_damaged_file_is_one_error_not_a_panic() {
        for format in [Format::Xlsx, Format::Xlsb, Format::Xls, Format::Ods] {
            let mut bytes = if format == Format::Xls {
                OLE_MAGIC.to_vec()
            } else {
                b"PK\x03\x04".to_vec()
            };
            bytes.extend_from_slice(&[0x5A; 200]);
            let err = read(&bytes, format, None).unwrap_err();
            assert_eq!(err.place, Place::File, "{format:?}");
            assert!(
                matches!(&err.kind, P::UnreadableSpreadsheet { format: f, .. } if *f == format),
                "{format:?}: {err}"
            );
        }
    }
}
