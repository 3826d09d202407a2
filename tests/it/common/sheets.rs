//! Spreadsheet files made by code, for the import tests and for the
//! examples in `data/examples/`: an xlsx with rust_xlsxwriter, an ods as the
//! smallest OpenDocument a reader accepts (a zip of `mimetype`, the manifest
//! and `content.xml`). A cell that reads as a number is written as one, as
//! a spreadsheet does when it is typed in (`12` is the number 12).

use std::io::Write;
use std::path::Path;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook};

/// A sheet: its name and its rows of cells.
pub type Sheet<'a> = (&'a str, Vec<Vec<String>>);

/// The rows of a CSV file, as the csv crate reads them.
pub fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let header = text.lines().next().unwrap_or_default();
    let separator = if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    };
    csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// Rows from string slices.
pub fn rows(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|row| row.iter().map(|c| c.to_string()).collect())
        .collect()
}

/// The number a typed cell is, if it is one: digits with a sign or a
/// decimal point, at most 15 digits (what a spreadsheet keeps exactly).
fn as_number(cell: &str) -> Option<f64> {
    let digits = cell.trim_start_matches('-');
    let plain = !digits.is_empty()
        && digits.len() <= 15
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && digits.bytes().next().is_some_and(|b| b.is_ascii_digit());
    plain.then(|| cell.parse().ok()).flatten()
}

/// An xlsx workbook holding `sheets`, in order. The same sheets give the
/// same bytes (a fixed creation date), so the committed examples only
/// change when their CSV does.
pub fn xlsx(sheets: &[Sheet]) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let created = ExcelDateTime::from_ymd(2026, 1, 1).expect("a date");
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
    for (name, rows) in sheets {
        let sheet = workbook.add_worksheet();
        sheet.set_name(*name).expect("a valid sheet name");
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match as_number(cell) {
                    Some(n) => sheet.write_number(r, c, n).map(|_| ()),
                    None if cell.is_empty() => Ok(()),
                    None => sheet.write_string(r, c, cell).map(|_| ()),
                }
                .expect("a cell in the sheet's bounds");
            }
        }
    }
    workbook.save_to_buffer().expect("an xlsx file")
}

/// An ods spreadsheet holding `sheets`, in order.
pub fn ods(sheets: &[Sheet]) -> Vec<u8> {
    let mut content = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8"?>"#,
        r#"<office:document-content"#,
        r#" xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0""#,
        r#" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0""#,
        r#" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">"#,
        "<office:body><office:spreadsheet>"
    ));
    for (name, rows) in sheets {
        content.push_str(&format!(r#"<table:table table:name="{}">"#, xml(name)));
        for row in rows {
            content.push_str("<table:table-row>");
            for cell in row {
                let paragraphs: String = cell
                    .split('\n')
                    .map(|line| format!("<text:p>{}</text:p>", xml(line)))
                    .collect();
                match as_number(cell) {
                    Some(n) => content.push_str(&format!(
                        r#"<table:table-cell office:value-type="float" office:value="{n}">{paragraphs}</table:table-cell>"#
                    )),
                    None if cell.is_empty() => content.push_str("<table:table-cell/>"),
                    None => content.push_str(&format!(
                        r#"<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>"#
                    )),
                }
            }
            content.push_str("</table:table-row>");
        }
        content.push_str("</table:table>");
    }
    content.push_str("</office:spreadsheet></office:body></office:document-content>");

    let manifest = concat!(
        r#"<?xml version="1.0" encoding="UTF-8"?>"#,
        r#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">"#,
        r#"<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>"#,
        r#"<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>"#,
        "</manifest:manifest>"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    // Stored, not compressed: `mimetype` must be, and the files stay small.
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("META-INF/manifest.xml", manifest),
        ("content.xml", &content),
    ] {
        zip.start_file(name, stored).expect("a zip member");
        zip.write_all(bytes.as_bytes()).expect("written in memory");
    }
    zip.finish().expect("an ods file").into_inner()
}

fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
