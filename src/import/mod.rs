//! Turning an organiser's spreadsheet (CSV) into a directory.
//!
//! One row per stand. The columns, in French or English (see `columns.rs` and
//! `data/README.md`): stand number and organisation (required), short name,
//! description, title, themes and people (lists separated by `;`), website,
//! and optionally the stand's position in the plan (`hall`, `x`, `y`, `w`,
//! `h`, `approach`). Without positions the stands are laid out in an
//! illustrative grid. Every problem is reported with its line and column.
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
mod table;

use std::fmt;

use crate::directory::{self, Directory, Event};
use crate::i18n::Lang;
use messages::{IgnoreReason, ImportNote, ImportProblem};

pub use ids::{fold, kebab};

/// A problem or a warning at a 1-based line and column of the CSV file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub line: usize,
    pub column: usize,
    /// `kind` in English, kept as a plain string for tests and scripts.
    pub message: String,
    pub kind: ImportProblem,
}

impl Diagnostic {
    pub fn new(line: usize, column: usize, kind: ImportProblem) -> Diagnostic {
        Diagnostic {
            line,
            column,
            message: kind.text(Lang::En),
            kind,
        }
    }

    /// `LINE:COLUMN: message` in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        format!("{}:{}: {}", self.line, self.column, self.kind.text(lang))
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
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

/// Imports a CSV file's bytes. On failure, every problem found, in file order.
pub fn import_csv(bytes: &[u8], options: &Options) -> Result<Imported, Vec<Diagnostic>> {
    let texts = &crate::i18n::t(options.lang).import;
    let text = table::decode(bytes).map_err(|d| vec![d])?;
    let table = table::read(text)
        .map_err(|d| vec![d])?
        .ok_or_else(|| vec![Diagnostic::new(1, 1, ImportProblem::EmptyFile)])?;
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
        // The sheet's problems first, then the drawn plan's.
        errors.sort_by_key(|d| (d.kind.in_plan(), d.line, d.column));
        errors.dedup();
        return Err(errors);
    }
    warnings.sort_by_key(|d| (d.line, d.column));

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

#[cfg(test)]
mod tests;
