//! The table every import reads: a header row and data rows of fields, each
//! field knowing where it starts. A CSV file's fields know their line and
//! column in the text; a sheet's (`sheet.rs`) their row and column numbers.
//! Both go through [`Table::from_rows`], so headers, checks and messages are
//! one code path.
//!
//! The `csv` crate does the parsing (quotes, doubled quotes, separators and
//! newlines inside quoted fields). It only reports where a *record* starts, so
//! a small quote-aware scan finds where each *field* starts: errors can then
//! point at the exact cell, `FILE:LINE:COLUMN`, as an editor expects.

use super::Diagnostic;
use super::messages::ImportProblem;
use crate::text_position::{LineIndex, line_column};

/// One cell of the table: its text and where it starts (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub value: String,
    pub line: usize,
    pub column: usize,
}

/// One line of the spreadsheet (a record; it may span several text lines).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Line where the record starts.
    pub line: usize,
    pub fields: Vec<Field>,
}

/// The file as a header row and data rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The CSV separator; `None` for a sheet, whose cells need none.
    pub separator: Option<char>,
    pub header: Row,
    pub rows: Vec<Row>,
}

impl Table {
    /// The first row with a cell is the header, the rows after it the data.
    /// Rows whose cells are all empty (`;;;;` left by a spreadsheet, a blank
    /// line, an empty row of a sheet) are no rows. `None` when no row has a cell.
    pub fn from_rows(
        rows: impl IntoIterator<Item = Row>,
        separator: Option<char>,
    ) -> Option<Table> {
        let mut rows = rows
            .into_iter()
            .filter(|row| row.fields.iter().any(|f| !f.value.is_empty()));
        Some(Table {
            separator,
            header: rows.next()?,
            rows: rows.collect(),
        })
    }
}

/// A cell's text as the importer reads it: without the blanks around it,
/// and with Windows line breaks inside it as plain ones.
pub fn cell_value(raw: &str) -> String {
    raw.trim().replace("\r\n", "\n")
}

/// Decodes `bytes` as UTF-8 (a leading BOM is dropped). Anything else, most
/// often Windows-1252 from an older spreadsheet, is refused with the line and
/// column of the first byte that is not UTF-8.
pub fn decode(bytes: &[u8]) -> Result<&str, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let (line, column) = line_column(bytes, at);
        Diagnostic::new(line, column, ImportProblem::NotUtf8(bytes[at]))
    })
}

/// The separator of the file, read from its header line: the most frequent
/// of `;` (French and Luxembourgish spreadsheets), `,` and tab outside quotes.
/// A header with none of them is one column; the comma is then as good as any.
pub fn detect_separator(text: &str) -> char {
    let mut counts = [(';', 0usize), (',', 0), ('\t', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            _ if !quoted => {
                if let Some(entry) = counts.iter_mut().find(|(sep, _)| *sep == c) {
                    entry.1 += 1;
                }
            }
            _ => {}
        }
    }
    // On a tie the order above decides: `;` first, as a French header with
    // one `;` and one `,` inside a name is far likelier than the reverse.
    let best = counts
        .iter()
        .fold(counts[0], |best, &c| if c.1 > best.1 { c } else { best });
    if best.1 == 0 { ',' } else { best.0 }
}

/// Splits `text` (already decoded) into a table (see [`Table::from_rows`]).
pub fn read(text: &str) -> Result<Option<Table>, Diagnostic> {
    let separator = detect_separator(text);
    // The csv reader takes an unclosed quote to run to the end of the file,
    // silently swallowing every row after it: refused where it opens.
    if let Some(at) = unclosed_quote(text, separator) {
        let (line, column) = line_column(text.as_bytes(), at);
        return Err(Diagnostic::new(line, column, ImportProblem::UnclosedQuote));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator as u8)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let lines = LineIndex::new(text.as_bytes());
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let (line, column) = match e.position() {
                    Some(p) => lines.line_column(p.byte() as usize),
                    None => (1, 1),
                };
                let kind = ImportProblem::NotCsv(e.to_string());
                return Err(Diagnostic::new(line, column, kind));
            }
        }
        let start = record.position().map_or(0, |p| p.byte() as usize);
        // After a `\r\n`, the reader may say the record starts at its `\n`.
        let start =
            start + text[start..].len() - text[start..].trim_start_matches(['\r', '\n']).len();
        let starts = field_starts(text, start, separator);
        let fields: Vec<Field> = record
            .iter()
            .enumerate()
            .map(|(i, value)| {
                let raw = starts.get(i).copied().unwrap_or(start);
                // Point at the value, not at the blanks the value is trimmed of.
                let at =
                    raw + text[raw..].len() - text[raw..].trim_start_matches([' ', '\t']).len();
                let (line, column) = lines.line_column(at);
                Field {
                    value: cell_value(value),
                    line,
                    column,
                }
            })
            .collect();
        let (line, _) = lines.line_column(start);
        rows.push(Row { line, fields });
    }
    Ok(Table::from_rows(rows, Some(separator)))
}

/// Where a quote opens a field and is never closed (the byte of the quote),
/// with the reader's rules: a `"` opening a field quotes it up to the next
/// `"` not doubled; a `"` elsewhere in a field is an ordinary character.
fn unclosed_quote(text: &str, separator: char) -> Option<usize> {
    let mut chars = text.char_indices().peekable();
    let mut at_field_start = true;
    let mut opened: Option<usize> = None;
    while let Some((i, c)) = chars.next() {
        if opened.is_some() {
            if c == '"' {
                if chars.peek().is_some_and(|&(_, next)| next == '"') {
                    chars.next();
                } else {
                    opened = None;
                }
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                opened = Some(i);
                at_field_start = false;
            }
            '\n' | '\r' => at_field_start = true,
            c if c == separator => at_field_start = true,
            // Blanks before a quote: the reader still sees a quoted field
            // only when the quote comes first, so a blank ends the field's start.
            _ => at_field_start = false,
        }
    }
    opened
}

/// Byte offsets where the fields of the record starting at `start` begin.
/// Mirrors the CSV rules the reader applies: a field opening with `"` runs to
/// its closing quote (`""` is a quote inside it), anything else to the next
/// separator or end of line.
fn field_starts(text: &str, start: usize, separator: char) -> Vec<usize> {
    let mut starts = vec![start];
    let mut chars = text[start..]
        .char_indices()
        .map(|(i, c)| (start + i, c))
        .peekable();
    let mut at_field_start = true;
    let mut quoted = false;
    while let Some((i, c)) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek().is_some_and(|&(_, next)| next == '"') {
                    chars.next();
                } else {
                    quoted = false;
                }
            }
            continue;
        }
        match c {
            '"' if at_field_start => quoted = true,
            '\n' | '\r' => break,
            c if c == separator => {
                starts.push(i + c.len_utf8());
                at_field_start = true;
                continue;
            }
            _ => {}
        }
        at_field_start = false;
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Place;

    fn cells(row: &Row) -> Vec<(&str, usize, usize)> {
        row.fields
            .iter()
            .map(|f| (f.value.as_str(), f.line, f.column))
            .collect()
    }

    #[test]
    fn separator_is_read_from_the_header_outside_quotes() {
        assert_eq!(detect_separator("Stand;Organisation;Thèmes\n1,2,3,4"), ';');
        assert_eq!(detect_separator("stand,organisation,\"a;b;c\"\n"), ',');
        assert_eq!(detect_separator("stand\torganisation\n"), '\t');
        assert_eq!(detect_separator("stand\n"), ',');
    }

    #[test]
    fn fields_know_their_line_and_column_across_quoted_newlines() {
        let text = "a;b;c\n1;\"x;\ny\";été\n\n;;\n2;\"q\"\"r\";z\n";
        let table = read(text).unwrap().unwrap();
        assert_eq!(table.separator, Some(';'));
        assert_eq!(
            cells(&table.header),
            vec![("a", 1, 1), ("b", 1, 3), ("c", 1, 5)]
        );
        assert_eq!(table.rows.len(), 2, "the blank line and `;;` are dropped");
        assert_eq!(
            cells(&table.rows[0]),
            vec![("1", 2, 1), ("x;\ny", 2, 3), ("été", 3, 4)]
        );
        assert_eq!(table.rows[1].line, 6);
        assert_eq!(
            cells(&table.rows[1]),
            vec![("2", 6, 1), ("q\"r", 6, 3), ("z", 6, 10)]
        );
    }

    #[test]
    fn an_unclosed_quote_is_refused_where_it_opens() {
        let text = "stand;organisation\nA1;\"Foyer;social\nA2;Caritas\nA3;Croix\n";
        let err = read(text).unwrap_err();
        assert_eq!(err.place, Place::Text { line: 2, column: 4 });
        assert!(err.message.contains("never closed"), "{}", err.message);
        // Closed quotes, doubled quotes and a quote inside a word are fine.
        let fine = "stand;organisation\nA1;\"Foyer;\"\"social\"\"\"\nA2;Café \"Le Lien\"\n";
        let table = read(fine).unwrap().unwrap();
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0].fields[1].value, "Foyer;\"social\"");
    }

    #[test]
    fn windows_and_old_mac_line_ends_give_the_same_positions() {
        let lf = "stand;organisation\nA1;Caritas\nA2;\"Croix\nRouge\"\nA3;  Solina\n";
        let positions = |text: &str| -> Vec<(String, usize, usize)> {
            let table = read(text).unwrap().unwrap();
            table
                .rows
                .iter()
                .flat_map(|r| r.fields.iter())
                .map(|f| {
                    (
                        f.value.replace("\r\n", "\n").replace('\r', "\n"),
                        f.line,
                        f.column,
                    )
                })
                .collect()
        };
        let expected = positions(lf);
        assert_eq!(expected[4], ("A3".to_string(), 5, 1));
        assert_eq!(expected[5], ("Solina".to_string(), 5, 6));
        assert_eq!(positions(&lf.replace('\n', "\r\n")), expected, "CRLF");
        assert_eq!(positions(&lf.replace('\n', "\r")), expected, "CR");
    }

    #[test]
    fn decode_drops_the_bom_and_locates_a_latin1_byte() {
        assert_eq!(decode(b"\xEF\xBB\xBFstand").unwrap(), "stand");
        let err = decode(b"stand;nom\n12;Soci\xE9t\xE9\n").unwrap_err();
        assert_eq!(err.place, Place::Text { line: 2, column: 8 });
        assert!(
            err.message.contains("save it as \"CSV UTF-8\""),
            "{}",
            err.message
        );
        assert!(err.message.contains("0xE9"), "{}", err.message);
    }
}
