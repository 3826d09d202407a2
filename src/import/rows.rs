//! Reading one spreadsheet row into a stand entry, checking each cell.
//! Every problem is collected (not just the first) with its line and column.

use crate::directory::Side;

use super::Diagnostic;
use super::columns::{Column, ColumnMap};
use super::table::{Field, Row};

/// What one row says: a stand, the organisation holding it, and its people.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub line: usize,
    pub stand: Field,
    pub organisation: Field,
    pub short_name: Option<Field>,
    pub description: Option<Field>,
    pub title: Option<String>,
    pub themes: Vec<String>,
    pub website: Option<Field>,
    pub people: Vec<PersonEntry>,
    pub position: Option<Position>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonEntry {
    pub name: String,
    pub role: Option<String>,
}

/// A stand's place as the sheet gives it, in cells of the hall plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub hall: Option<String>,
    pub x: u32,
    pub y: u32,
    pub w: u32,
    pub h: u32,
    pub approach: Side,
    /// The `x` cell, where position problems are reported.
    pub at: Field,
}

/// Stand size when the sheet gives `x` and `y` but no `w` or `h`.
pub const DEFAULT_SIZE: u32 = 2;
/// Side a stand is reached from when the sheet has no `approach` column.
pub const DEFAULT_APPROACH: Side = Side::South;

/// Reads `row`; problems go to `errors`, the entry is returned when the row
/// is usable.
pub fn read_row(row: &Row, map: &ColumnMap, errors: &mut Vec<Diagnostic>) -> Option<Entry> {
    let errors_before = errors.len();
    let cell = |column: Column| -> Option<Field> {
        let index = map.index(column)?;
        Some(row.fields.get(index).cloned().unwrap_or_else(|| {
            // A short row: the cell is empty; point after the last one.
            let last = row.fields.last();
            Field {
                value: String::new(),
                line: last.map_or(row.line, |f| f.line),
                column: last.map_or(1, |f| f.column + f.value.chars().count() + 1),
            }
        }))
    };
    let non_empty = |column: Column| cell(column).filter(|f| !f.value.is_empty());
    // A name, number or title is one line: a line break typed inside the cell
    // (Alt+Enter) is a space. Descriptions keep theirs.
    let one_line = |column: Column| {
        non_empty(column).map(|f| Field {
            value: single_line(&f.value),
            ..f
        })
    };
    for f in &row.fields {
        if let Some(c) = f
            .value
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            errors.push(at(
                f,
                format!("control character U+{:04X} in the cell", u32::from(c)),
            ));
        }
    }

    if let Some(extra) = row
        .fields
        .iter()
        .skip(map.width)
        .find(|f| !f.value.is_empty())
    {
        errors.push(at(extra, format!(
            "this row has more cells than the header ({} > {}): a cell that contains the separator must be in double quotes",
            row.fields.len(),
            map.width
        )));
    }
    let stand = required(cell(Column::Stand), "stand number", errors).map(|f| Field {
        value: single_line(&f.value),
        ..f
    });
    let organisation =
        required(cell(Column::Organisation), "organisation", errors).map(|f| Field {
            value: single_line(&f.value),
            ..f
        });
    let website = non_empty(Column::Website).and_then(|f| match website(&f.value) {
        Ok(url) => Some(Field { value: url, ..f }),
        Err(message) => {
            errors.push(at(&f, message));
            None
        }
    });
    let people = non_empty(Column::People).map_or_else(Vec::new, |f| people(&f, errors));
    let themes = non_empty(Column::Themes).map_or_else(Vec::new, |f| split_list(&f.value));
    let position = position(map, &cell, errors);

    if errors.len() > errors_before {
        return None;
    }
    Some(Entry {
        line: row.line,
        stand: stand?,
        organisation: organisation?,
        short_name: one_line(Column::ShortName),
        description: non_empty(Column::Description),
        title: one_line(Column::Title).map(|f| f.value),
        themes,
        website,
        people,
        position,
    })
}

fn at(field: &Field, message: impl Into<String>) -> Diagnostic {
    Diagnostic {
        line: field.line,
        column: field.column,
        message: message.into(),
    }
}

fn required(field: Option<Field>, what: &str, errors: &mut Vec<Diagnostic>) -> Option<Field> {
    let field = field?;
    if field.value.is_empty() {
        errors.push(at(&field, format!("missing {what}")));
        return None;
    }
    Some(field)
}

/// Items of a list cell: separated by `;` or by line breaks (a cell typed
/// with Alt+Enter), trimmed, empty ones dropped.
fn split_list(value: &str) -> Vec<String> {
    value
        .split([';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(single_line)
        .collect()
}

/// Runs of white space, line breaks included, as one space.
fn single_line(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `Name (role); Name; Name (role)`.
fn people(field: &Field, errors: &mut Vec<Diagnostic>) -> Vec<PersonEntry> {
    let mut found = Vec::new();
    for item in split_list(&field.value) {
        match person(&item) {
            Ok(p) => found.push(p),
            Err(message) => errors.push(at(field, message)),
        }
    }
    found
}

fn person(item: &str) -> Result<PersonEntry, String> {
    // A "contacts" column often holds e-mail addresses; they are not people.
    if item.contains('@') {
        return Err(format!(
            "\"{item}\" looks like an e-mail address, not a person (expected \"Name (role)\")"
        ));
    }
    let Some(open) = item.find('(') else {
        if item.contains(')') {
            return Err(format!(
                "cannot read person \"{item}\": expected \"Name (role)\""
            ));
        }
        return Ok(PersonEntry {
            name: item.to_string(),
            role: None,
        });
    };
    let inner = item[open + 1..].strip_suffix(')');
    let name = item[..open].trim();
    match inner {
        Some(role) if !name.is_empty() && !role.contains(['(', ')']) => Ok(PersonEntry {
            name: name.to_string(),
            role: Some(role.trim().to_string()).filter(|r| !r.is_empty()),
        }),
        _ => Err(format!(
            "cannot read person \"{item}\": expected \"Name (role)\""
        )),
    }
}

/// A website as written, given `https://` when it has no scheme
/// (`www.example.lu`), so that it can be opened.
fn website(value: &str) -> Result<String, String> {
    if value.chars().any(char::is_whitespace) {
        return Err(format!(
            "website \"{value}\" is not a web address (it contains spaces)"
        ));
    }
    let lower = value.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return Ok(value.to_string());
    }
    if value.contains('@') {
        return Err(format!(
            "website \"{value}\" looks like an e-mail address, not a web address"
        ));
    }
    if value.contains("://") || !value.contains('.') {
        return Err(format!(
            "website \"{value}\" is not a web address (expected https://…)"
        ));
    }
    Ok(format!("https://{value}"))
}

/// The position cells, when the sheet has `x`/`y` columns and the row fills them.
fn position(
    map: &ColumnMap,
    cell: &dyn Fn(Column) -> Option<Field>,
    errors: &mut Vec<Diagnostic>,
) -> Option<Position> {
    if !map.has(Column::X) && !map.has(Column::Y) {
        return None;
    }
    let cells = [
        Column::X,
        Column::Y,
        Column::Width,
        Column::Height,
        Column::Approach,
    ]
    .map(cell);
    if cells.iter().flatten().all(|f| f.value.is_empty()) {
        return None;
    }
    let errors_before = errors.len();
    let mut number = |column: Column, index: usize, default: Option<u32>| -> u32 {
        match &cells[index] {
            Some(f) if !f.value.is_empty() => match f.value.parse::<u32>() {
                Ok(0) if matches!(column, Column::Width | Column::Height) => {
                    errors.push(at(f, format!("{} must be at least 1 cell", column.label())));
                    0
                }
                Ok(n) if n <= MAX_COORDINATE => n,
                _ => {
                    errors.push(at(f, format!(
                        "{} must be a whole number of cells from 0 to {MAX_COORDINATE}, got \"{}\"",
                        column.label(),
                        f.value
                    )));
                    0
                }
            },
            _ => default.unwrap_or_else(|| {
                let other = cells[..2].iter().flatten().find(|f| !f.value.is_empty());
                if let Some(f) = cells[index].as_ref().or(other) {
                    errors.push(at(
                        f,
                        format!("missing {} (the position needs x and y)", column.label()),
                    ));
                }
                0
            }),
        }
    };
    let x = number(Column::X, 0, None);
    let y = number(Column::Y, 1, None);
    let w = number(Column::Width, 2, Some(DEFAULT_SIZE));
    let h = number(Column::Height, 3, Some(DEFAULT_SIZE));
    let approach = match &cells[4] {
        Some(f) if !f.value.is_empty() => side(&f.value).unwrap_or_else(|| {
            errors.push(at(f, format!(
                "approach must be north, south, east or west (nord, sud, est, ouest), got \"{}\"",
                f.value
            )));
            DEFAULT_APPROACH
        }),
        _ => DEFAULT_APPROACH,
    };
    if errors.len() > errors_before {
        return None;
    }
    Some(Position {
        hall: cell(Column::Hall)
            .map(|f| single_line(&f.value))
            .filter(|v| !v.is_empty()),
        x,
        y,
        w,
        h,
        approach,
        at: cells[0].clone().or(cells[1].clone())?,
    })
}

/// Largest coordinate or size accepted: a hall of 10 km at a metre a cell.
pub const MAX_COORDINATE: u32 = 10_000;

fn side(value: &str) -> Option<Side> {
    match super::ids::fold(value).as_str() {
        "north" | "nord" | "n" => Some(Side::North),
        "south" | "sud" | "s" => Some(Side::South),
        "east" | "est" | "e" => Some(Side::East),
        "west" | "ouest" | "w" | "o" => Some(Side::West),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_reads_name_and_role() {
        assert_eq!(
            person("Marie Schmit (directrice adjointe)").unwrap(),
            PersonEntry {
                name: "Marie Schmit".into(),
                role: Some("directrice adjointe".into())
            }
        );
        assert_eq!(person("Tom Weber").unwrap().role, None);
        assert_eq!(person("Tom Weber ()").unwrap().role, None);
        assert!(person("Tom Weber (chef").is_err());
        assert!(person("(chef)").is_err());
        assert!(person("Tom) Weber").is_err());
        assert!(
            person("info@example.lu")
                .unwrap_err()
                .contains("e-mail address")
        );
    }

    #[test]
    fn lists_split_on_semicolons_and_line_breaks() {
        assert_eq!(
            split_list(" santé ; logement;\nemploi ;; "),
            vec!["santé", "logement", "emploi"]
        );
    }

    #[test]
    fn websites_get_a_scheme_and_bad_ones_are_refused() {
        assert_eq!(
            website("www.croix-rouge.lu").unwrap(),
            "https://www.croix-rouge.lu"
        );
        assert_eq!(
            website("HTTP://example.lu/a").unwrap(),
            "HTTP://example.lu/a"
        );
        assert!(website("info@example.lu").is_err());
        assert!(website("voir brochure").is_err());
        assert!(website("ftp://example.lu").is_err());
    }

    #[test]
    fn sides_in_french_and_english() {
        assert_eq!(side("Nord"), Some(Side::North));
        assert_eq!(side("ouest"), Some(Side::West));
        assert_eq!(side("East"), Some(Side::East));
        assert_eq!(side("up"), None);
    }
}
