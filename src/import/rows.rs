//! Reading one spreadsheet row into a stand entry, checking each cell.
//! Every problem is collected (not just the first) with its line and column.

use super::columns::{Column, ColumnMap};
use super::messages::ImportProblem as P;
use super::position::{Position, position};
use super::table::{Field, Row};
use super::{Diagnostic, Place};

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
            errors.push(at(f, P::ControlCharacter(c)));
        }
        if is_spreadsheet_error(&f.value) {
            errors.push(at(f, P::CellError(f.value.clone())));
        }
    }

    if let Some(extra) = row
        .fields
        .iter()
        .skip(map.width)
        .find(|f| !f.value.is_empty())
    {
        let (cells, width) = (row.fields.len(), map.width);
        errors.push(at(extra, P::MoreCellsThanHeader { cells, width }));
    }
    let stand = required(cell(Column::Stand), Column::Stand, errors).map(|f| Field {
        value: single_line(&f.value),
        ..f
    });
    let organisation =
        required(cell(Column::Organisation), Column::Organisation, errors).map(|f| Field {
            value: single_line(&f.value),
            ..f
        });
    let website = non_empty(Column::Website).and_then(|f| match website(&f.value) {
        Ok(url) => Some(Field { value: url, ..f }),
        Err(problem) => {
            errors.push(at(&f, problem));
            None
        }
    });
    let people = non_empty(Column::People).map_or_else(Vec::new, |f| people(&f, errors));
    let themes = non_empty(Column::Themes).map_or_else(Vec::new, |f| split_list(&f.value));
    let position = position(map, &cell, errors);

    if errors.len() > errors_before {
        // A cell showing an error is that problem, not also a bad value.
        let found = errors.split_off(errors_before);
        let shown: Vec<&Place> = (found.iter())
            .filter(|d| matches!(d.kind, P::CellError(_)))
            .map(|d| &d.place)
            .collect();
        let kept: Vec<Diagnostic> = (found.iter())
            .filter(|d| matches!(d.kind, P::CellError(_)) || !shown.contains(&&d.place))
            .cloned()
            .collect();
        errors.extend(kept);
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

/// What a spreadsheet shows in a cell whose formula fails, in a sheet or
/// saved into a CSV file: `#REF!`, `#N/A`, LibreOffice's `Err:502`.
fn is_spreadsheet_error(value: &str) -> bool {
    const ERRORS: &[&str] = &[
        "#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#DATA!", "#SPILL!",
        "#CALC!",
    ];
    ERRORS.contains(&value)
        || value
            .strip_prefix("Err:")
            .is_some_and(|code| code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit()))
}

pub(super) fn at(field: &Field, kind: P) -> Diagnostic {
    Diagnostic::new(field.line, field.column, kind)
}

fn required(field: Option<Field>, what: Column, errors: &mut Vec<Diagnostic>) -> Option<Field> {
    let field = field?;
    if field.value.is_empty() {
        errors.push(at(&field, P::Missing(what)));
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
pub(super) fn single_line(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `Name (role); Name; Name (role)`.
fn people(field: &Field, errors: &mut Vec<Diagnostic>) -> Vec<PersonEntry> {
    let mut found = Vec::new();
    for item in split_list(&field.value) {
        match read_person(&item) {
            Ok(p) => found.push(p),
            Err(problem) => errors.push(at(field, problem)),
        }
    }
    found
}

/// [`read_person`] with its problem in English, as tests read it.
#[cfg(test)]
fn person(item: &str) -> Result<PersonEntry, String> {
    read_person(item).map_err(|p| p.text(crate::i18n::Lang::En))
}

fn read_person(item: &str) -> Result<PersonEntry, P> {
    // A "contacts" column often holds e-mail addresses; they are not people.
    if item.contains('@') {
        return Err(P::EmailNotPerson(item.to_string()));
    }
    let Some(open) = item.find('(') else {
        if item.contains(')') {
            return Err(P::UnreadablePerson(item.to_string()));
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
        _ => Err(P::UnreadablePerson(item.to_string())),
    }
}

/// A website as written, given `https://` when it has no scheme
/// (`www.example.lu`), so that it can be opened.
fn website(value: &str) -> Result<String, P> {
    if value.chars().any(char::is_whitespace) {
        return Err(P::WebsiteWithSpaces(value.to_string()));
    }
    let lower = value.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return Ok(value.to_string());
    }
    if value.contains('@') {
        return Err(P::WebsiteIsEmail(value.to_string()));
    }
    if value.contains("://") || !value.contains('.') {
        return Err(P::WebsiteNotAddress(value.to_string()));
    }
    Ok(format!("https://{value}"))
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
    fn spreadsheet_errors_are_recognised() {
        for error in ["#REF!", "#N/A", "#DIV/0!", "Err:502"] {
            assert!(is_spreadsheet_error(error), "{error}");
        }
        for value in ["#1", "N/A", "Err:5020", "REF!", "#ref"] {
            assert!(!is_spreadsheet_error(value), "{value}");
        }
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
}
