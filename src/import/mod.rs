//! Turning an organiser's spreadsheet (xlsx, ods, xls or CSV) into a directory.
//!
//! One row per stand. The columns, in French or English (see `columns.rs` and
//! `data/README.md`): stand number and organisation (required), short name,
//! description, title, themes and people (lists separated by `;`), website,
//! and optionally the stand's position in the plan (`hall`, `x`, `y`, `w`,
//! `h`, `approach`). Without positions the stands are laid out in an
//! illustrative grid. Every problem is reported where it is: a CSV file's
//! line and column, a sheet's cell (`Feuil1!C12`).
//!
//! A sheet (`sheet.rs`) and a CSV file (`table.rs`) both become a [`table::Table`];
//! from there on, one code path reads the headers and the rows.
//!
//! Pure: bytes in, a directory (or problems) out; the CLI does the files.

mod assemble;
mod buckets;
mod columns;
pub mod drawing;
mod ids;
mod layout;
pub mod messages;
mod position;
mod rows;
pub mod schedule;
mod sheet;
mod table;

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use crate::directory::{self, Directory, Event};
use crate::i18n::Lang;
use messages::{IgnoreReason, ImportNote, ImportProblem};

pub use ids::{fold, kebab};
pub use sheet::{Format, column_letters};

/// Where a problem is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    /// The file as a whole (it cannot be read, or has no such sheet).
    File,
    /// A 1-based line and column of a text (CSV) file.
    Text { line: usize, column: usize },
    /// A cell of a sheet: its 1-based row and column, shown as a
    /// spreadsheet shows them (`Feuil1!C12`).
    Cell {
        sheet: Arc<str>,
        row: u32,
        column: u32,
    },
    /// A 1-based line and column of the plan drawn as text (`--plan`): in
    /// another file, on no row of the sheet.
    Plan { line: usize, column: usize },
}

impl Place {
    /// The line (a sheet's row) the place is on, if any.
    pub fn line(&self) -> Option<usize> {
        match self {
            Place::File => None,
            Place::Text { line, .. } => Some(*line),
            Place::Cell { row, .. } => Some(*row as usize),
            Place::Plan { .. } => None,
        }
    }
}

impl fmt::Display for Place {
    /// `LINE:COLUMN`, `Sheet!C12` (`'My sheet'!C12` when the name needs
    /// quotes, as in a formula), or nothing for the whole file.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::File => Ok(()),
            Place::Text { line, column } | Place::Plan { line, column } => {
                write!(f, "{line}:{column}")
            }
            Place::Cell { sheet, row, column } => {
                let column = column_letters(*column as usize);
                write!(f, "{}!{column}{row}", sheet::quoted_name(sheet))
            }
        }
    }
}

/// A problem or a warning at a place in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub place: Place,
    /// `kind` in English, kept as a plain string for tests and scripts.
    pub message: String,
    pub kind: ImportProblem,
}

impl Diagnostic {
    /// A problem at a 1-based line and column of the table (a sheet's row
    /// and column until [`Diagnostic::in_sheet`] names the sheet).
    pub fn new(line: usize, column: usize, kind: ImportProblem) -> Diagnostic {
        Diagnostic::at(Place::Text { line, column }, kind)
    }

    pub fn at(place: Place, kind: ImportProblem) -> Diagnostic {
        Diagnostic {
            place,
            message: kind.text(Lang::En),
            kind,
        }
    }

    /// The same problem placed in a cell of `sheet`: the table of a sheet
    /// counts rows as lines.
    fn in_sheet(self, sheet: &Arc<str>) -> Diagnostic {
        // A sheet has at most 1048576 rows and 16384 columns.
        let number = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let place = match self.place {
            Place::Text { line, column } => Place::Cell {
                sheet: Arc::clone(sheet),
                row: number(line),
                column: number(column),
            },
            other => other,
        };
        Diagnostic { place, ..self }
    }

    /// The problem as the CLI prints it, in `lang`, for the file shown as
    /// `file`: `FILE:LINE:COLUMN: message` (as editors read it),
    /// `FILE: Sheet!C12: message`, or `FILE: message`.
    pub fn render_in(&self, file: &str, lang: Lang) -> String {
        let text = self.kind.text(lang);
        match &self.place {
            Place::File => format!("{file}: {text}"),
            Place::Text { .. } | Place::Plan { .. } => format!("{file}:{}: {text}", self.place),
            Place::Cell { .. } => format!("{file}: {}: {text}", self.place),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.place {
            Place::File => write!(f, "{}", self.message),
            _ => write!(f, "{}: {}", self.place, self.message),
        }
    }
}

/// A failed import: nothing is written. Every data row read is either a
/// stand or refused: `rows_read == stands + rows_refused`.
#[derive(Debug, Clone)]
pub struct Refused {
    /// Every problem found, in file order.
    pub problems: Vec<Diagnostic>,
    /// Data rows read; 0 when the file could not be read as a table with
    /// the columns it needs.
    pub rows_read: usize,
    /// Rows that would have been stands.
    pub stands: usize,
    /// Rows with at least one problem.
    pub rows_refused: usize,
}

impl Refused {
    /// Problems found before any row is read (the file, its header).
    fn before_rows(problems: Vec<Diagnostic>) -> Refused {
        Refused {
            problems,
            rows_read: 0,
            stands: 0,
            rows_refused: 0,
        }
    }

    fn in_sheet(self, sheet: &Arc<str>) -> Refused {
        Refused {
            problems: self
                .problems
                .into_iter()
                .map(|d| d.in_sheet(sheet))
                .collect(),
            ..self
        }
    }
}

impl From<Diagnostic> for Refused {
    fn from(problem: Diagnostic) -> Refused {
        Refused::before_rows(vec![problem])
    }
}

impl From<Vec<Diagnostic>> for Refused {
    fn from(problems: Vec<Diagnostic>) -> Refused {
        Refused::before_rows(problems)
    }
}

/// What the caller decides rather than the file.
#[derive(Debug, Clone)]
pub struct Options {
    /// The event's name; its id is derived from it.
    pub event_name: String,
    /// The language of what the importer writes into the directory (hall
    /// and entrance names, the plan's note, the event's note).
    pub lang: Lang,
    /// The plan drawn as text (`--plan`): the stands go where it draws
    /// them, and the sheet's position columns are left out.
    pub plan: Option<drawing::Drawing>,
}

/// A successful import.
#[derive(Debug, Clone)]
pub struct Imported {
    pub directory: Directory,
    /// Things the organiser should know (ignored columns, contradicting rows).
    pub warnings: Vec<Diagnostic>,
    /// What the importer decided on its own, not tied to a place in the file.
    pub notes: Vec<ImportNote>,
    /// Data rows read (a row of empty cells is no row): each became a stand,
    /// or the import failed with the row's problems. Nothing is dropped.
    pub rows_read: usize,
}

/// Imports a file: a spreadsheet (xlsx, xlsm, xlsb, ods, xls: the first
/// sheet, or `sheet`) or CSV, as its bytes and then its name say (see
/// [`Format::detect`]).
pub fn import_file(
    name: &Path,
    bytes: &[u8],
    sheet: Option<&str>,
    options: &Options,
) -> Result<Imported, Refused> {
    match Format::detect(name, bytes)? {
        Format::Csv => match sheet {
            Some(sheet) => {
                let name = sheet.to_string();
                Err(Diagnostic::at(Place::File, ImportProblem::SheetOfCsv(name)).into())
            }
            None => import_csv(bytes, options),
        },
        format => import_sheet(bytes, format, sheet, options),
    }
}

/// Imports a CSV file's bytes.
pub fn import_csv(bytes: &[u8], options: &Options) -> Result<Imported, Refused> {
    let text = table::decode(bytes)?;
    let table =
        table::read(text)?.ok_or_else(|| Diagnostic::new(1, 1, ImportProblem::EmptyFile))?;
    import_table(&table, options)
}

/// Imports a sheet of a spreadsheet's bytes: `sheet`, or the first one.
/// Problems name the sheet and the cell. (`Format::Csv` is read as CSV.)
pub fn import_sheet(
    bytes: &[u8],
    format: Format,
    sheet: Option<&str>,
    options: &Options,
) -> Result<Imported, Refused> {
    if format == Format::Csv {
        return import_file(Path::new("sheet.csv"), bytes, sheet, options);
    }
    let (name, table) = sheet::read(bytes, format, sheet)?;
    let name: Arc<str> = name.into();
    let in_sheet = |d: Diagnostic| d.in_sheet(&name);
    let table = table.ok_or_else(|| in_sheet(Diagnostic::new(1, 1, ImportProblem::EmptySheet)))?;
    match import_table(&table, options) {
        Ok(imported) => Ok(Imported {
            warnings: imported.warnings.into_iter().map(in_sheet).collect(),
            ..imported
        }),
        Err(refused) => Err(refused.in_sheet(&name)),
    }
}

/// Reads the table's header and rows into a directory. On failure, every
/// problem found, in file order, and how many rows they refuse.
fn import_table(table: &table::Table, options: &Options) -> Result<Imported, Refused> {
    let texts = &crate::i18n::t(options.lang).import;
    let mut map = columns::ColumnMap::from_header(&table.header)?;
    if options.plan.is_some() {
        map.ignore_positions(&table.header);
    }

    let mut warnings: Vec<Diagnostic> = map
        .ignored
        .iter()
        .map(|i| {
            let (header, reason) = (i.header.clone(), i.reason);
            Diagnostic::new(
                i.line,
                i.column,
                ImportProblem::IgnoredColumn { header, reason },
            )
        })
        .collect();
    let positioned = map.has(columns::Column::X) || map.has(columns::Column::Y);
    if let Some(i) = map.index(columns::Column::Hall).filter(|_| !positioned) {
        let f = &table.header.fields[i];
        let header = f.value.clone();
        let reason = IgnoreReason::HallWithoutPosition;
        let kind = ImportProblem::IgnoredColumn { header, reason };
        warnings.push(Diagnostic::new(f.line, f.column, kind));
    }
    // A cell under no header is read into nothing: said at the first one of
    // its column (a sheet's note typed beside the table, an extra `;`).
    for (index, _) in (table.header.fields.iter().enumerate()).filter(|(_, h)| h.value.is_empty()) {
        let cells = table.rows.iter().filter_map(|row| row.fields.get(index));
        if let Some(f) = cells.into_iter().find(|f| !f.value.is_empty()) {
            let kind = ImportProblem::CellsWithoutHeader;
            warnings.push(Diagnostic::new(f.line, f.column, kind));
        }
    }

    let mut errors = Vec::new();
    let entries: Vec<rows::Entry> = table
        .rows
        .iter()
        .filter_map(|row| rows::read_row(row, &map, &mut errors))
        .collect();
    if table.rows.is_empty() {
        errors.push(Diagnostic::new(
            table.header.line,
            1,
            ImportProblem::NoStands,
        ));
    }
    let mut built = assemble::assemble(&entries, &mut errors, &mut warnings);

    let mut notes = Vec::new();
    let venue = if let Some(plan) = &options.plan {
        drawing::place(plan, &entries, &mut built.stands, texts, &mut errors)
    } else if positioned {
        for e in entries.iter().filter(|e| e.position.is_none()) {
            let stand = e.stand.value.clone();
            let kind = ImportProblem::NoPosition { stand };
            errors.push(Diagnostic::new(e.line, e.stand.column, kind));
        }
        // Checked even when other rows are wrong, so every problem shows at once.
        let placed: Vec<(&position::Position, &str)> = entries
            .iter()
            .filter_map(|e| Some((e.position.as_ref()?, e.stand.value.as_str())))
            .collect();
        match layout::from_positions(&placed, texts) {
            Ok((venue, locations)) if errors.is_empty() => {
                for (stand, location) in built.stands.iter_mut().zip(locations) {
                    stand.location = Some(location);
                }
                if venue.halls.len() > 1 {
                    notes.push(ImportNote::HallsWithoutDoors(venue.halls.len()));
                }
                Some(venue)
            }
            Ok(_) => None,
            Err(problems) => {
                errors.extend(problems);
                None
            }
        }
    } else {
        let numbers: Vec<&str> = built.stands.iter().map(|s| s.number.as_str()).collect();
        let (venue, locations, aisles) = layout::grid(&numbers, texts);
        for (stand, location) in built.stands.iter_mut().zip(locations) {
            stand.location = Some(location);
        }
        notes.push(ImportNote::Grid { aisles });
        Some(venue)
    };

    if !errors.is_empty() {
        // The sheet's problems first (a sheet's places sort before the
        // drawn plan's), each in file order.
        errors.sort_by(|a, b| a.place.cmp(&b.place));
        errors.dedup();
        let refused = refused_rows(&table.rows, &errors);
        let stands = entries
            .iter()
            .filter(|e| !refused.contains(&e.line))
            .count();
        return Err(Refused {
            problems: errors,
            rows_read: table.rows.len(),
            stands,
            rows_refused: refused.len(),
        });
    }
    warnings.sort_by(|a, b| a.place.cmp(&b.place));

    let event_name = options.event_name.trim();
    let directory = Directory {
        format: directory::FORMAT.into(),
        version: directory::FORMAT_VERSION,
        event: Event {
            id: kebab(event_name).unwrap_or_else(|| "event".into()).into(),
            name: if event_name.is_empty() {
                "Event".into()
            } else {
                event_name.into()
            },
            edition: None,
            date: None,
            date_note: None,
            venue: None,
            city: None,
            description: None,
            sources: Vec::new(),
            notes: vec![texts.imported_note.into()],
        },
        organisations: built.organisations,
        stands: built.stands,
        people: built.people,
        venue,
        programme: None,
        links: Default::default(),
    };
    // Every row read is a stand: a row that could not be one is an error
    // above, never a row left out.
    debug_assert_eq!(directory.stands.len(), table.rows.len());
    Ok(Imported {
        directory,
        warnings,
        notes,
        rows_read: table.rows.len(),
    })
}

/// The rows (by the line they start on) with at least one problem: a
/// problem belongs to the row whose lines it is on (a CSV row may span
/// lines; a sheet's row is one). Problems on the header are no row's.
fn refused_rows(rows: &[table::Row], problems: &[Diagnostic]) -> std::collections::BTreeSet<usize> {
    problems
        .iter()
        .filter_map(|p| p.place.line())
        .filter_map(|line| {
            let after = rows.partition_point(|r| r.line <= line);
            Some(rows[after.checked_sub(1)?].line)
        })
        .collect()
}

#[cfg(test)]
mod tests;
