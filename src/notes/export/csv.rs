//! CSV export (RFC 4180): a header row, CRLF line ends, fields quoted when
//! they hold the separator, a quote or a line break. UTF-8.
//!
//! Made to be opened by a spreadsheet:
//! - the separator and the byte-order mark follow the reader's language
//!   ([`CsvOptions::for_lang`]): French and Luxembourgish spreadsheets
//!   expect `;` (the comma is their decimal mark) and Excel needs the BOM
//!   to read UTF-8; English ones expect `,` and no BOM;
//! - a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
//!   gets a leading `'`, as OWASP recommends against CSV injection: a
//!   spreadsheet would run it as a formula (`=HYPERLINK(…)`). Phone numbers
//!   too (`'+352 …`): a spreadsheet would read `+352 000 00 00` as a sum
//!   anyway, so the quote keeps them as typed.

use super::in_export_order;
use crate::i18n::Lang;
use crate::notes::Note;

/// The header row, in column order.
pub const COLUMNS: [&str; 17] = [
    "id",
    "event",
    "name",
    "given_name",
    "family_name",
    "organisation",
    "organisation_id",
    "role",
    "email",
    "phone",
    "stand",
    "tags",
    "follow_up",
    "follow_up_date",
    "text",
    "created",
    "updated",
];

/// How the CSV is written: the separator and whether a BOM starts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    /// `b','`, `b';'` or `b'\t'`.
    pub separator: u8,
    pub bom: bool,
}

impl CsvOptions {
    /// What a spreadsheet in `lang` opens right: `;` and a BOM in French,
    /// `,` and no BOM in English.
    pub fn for_lang(lang: Lang) -> CsvOptions {
        match lang {
            Lang::Fr => CsvOptions {
                separator: b';',
                bom: true,
            },
            Lang::En => CsvOptions {
                separator: b',',
                bom: false,
            },
        }
    }
}

/// The UTF-8 byte-order mark.
const BOM: &str = "\u{feff}";

pub fn to_csv(notes: &[&Note], options: CsvOptions) -> Result<String, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(options.separator)
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(COLUMNS)?;
    for note in in_export_order(notes) {
        let organisation = note.organisation.as_ref();
        let date = note.follow_up.date().map(|d| d.to_string());
        let names = note.given_and_family();
        let tags = note.tags.join(", ");
        let (created, updated) = (note.created.to_string(), note.updated.to_string());
        let cells = [
            note.id.as_str(),
            note.event.as_str(),
            note.name.as_str(),
            names.given.as_str(),
            names.family.as_str(),
            organisation.map_or("", |o| o.name.as_str()),
            organisation.and_then(|o| o.id.as_deref()).unwrap_or(""),
            note.role.as_deref().unwrap_or(""),
            note.email.as_deref().unwrap_or(""),
            note.phone.as_deref().unwrap_or(""),
            note.stand.as_deref().unwrap_or(""),
            tags.as_str(),
            note.follow_up.label(),
            date.as_deref().unwrap_or(""),
            note.text.as_str(),
            created.as_str(),
            updated.as_str(),
        ];
        writer.write_record(cells.iter().map(|cell| neutralised(cell).into_owned()))?;
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    // Only &str went in, so the bytes are UTF-8.
    let text = String::from_utf8_lossy(&bytes);
    Ok(if options.bom {
        format!("{BOM}{text}")
    } else {
        text.into_owned()
    })
}

/// `cell`, with a `'` before it if a spreadsheet would read it as a formula.
pub fn neutralised(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        for (cell, written) in [
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "'=HYPERLINK(\"http://x\",\"y\")",
            ),
            ("+352 000 00 00", "'+352 000 00 00"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcmd", "'\tcmd"),
            ("\rcmd", "'\rcmd"),
            ("Ada = Lovelace", "Ada = Lovelace"),
            (" =1", " =1"),
            ("", ""),
            ("'quoted", "'quoted"),
        ] {
            assert_eq!(neutralised(cell), written, "{cell:?}");
        }
    }
}
