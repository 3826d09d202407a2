//! Which column of the spreadsheet holds what, from its header, in French or
//! English, whatever the case, accents or punctuation (`N°`, `Numéro`,
//! `numero`, `Stand number` all name the stand number).

use super::Diagnostic;
use super::ids::fold;
use super::messages::{IgnoreReason, ImportProblem};
use super::table::Row;

/// A kind of column the importer understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Stand,
    Organisation,
    ShortName,
    Description,
    Title,
    Themes,
    Website,
    People,
    Hall,
    X,
    Y,
    Width,
    Height,
    Approach,
}

/// Accepted headers, already folded (see [`fold`]).
const HEADERS: &[(Column, &[&str])] = &[
    (
        Column::Stand,
        &[
            "stand",
            "numero",
            "n",
            "no",
            "nr",
            "num",
            "number",
            "stand number",
            "stand no",
            "numero de stand",
            "numero du stand",
            "n de stand",
            "n du stand",
            "no de stand",
            "n stand",
            "stand n",
            "stand numero",
        ],
    ),
    (
        Column::Organisation,
        &[
            "organisation",
            "organization",
            "exposant",
            "exhibitor",
            "organisme",
            "structure",
            "company",
            "societe",
            "entreprise",
            "nom de l organisation",
            "organisation name",
            "organization name",
            "nom de l exposant",
            "exhibitor name",
        ],
    ),
    (
        Column::ShortName,
        &[
            "nom court",
            "short name",
            "sigle",
            "acronyme",
            "acronym",
            "abreviation",
            "abbreviation",
        ],
    ),
    (
        Column::Description,
        &[
            "description",
            "presentation",
            "about",
            "activite",
            "activites",
        ],
    ),
    (
        Column::Title,
        &[
            "titre",
            "title",
            "titre du stand",
            "stand title",
            "projet",
            "project",
        ],
    ),
    (
        Column::Themes,
        &[
            "themes",
            "theme",
            "thematiques",
            "thematique",
            "topics",
            "topic",
            "tags",
            "mots cles",
            "keywords",
        ],
    ),
    (
        Column::Website,
        &[
            "site web",
            "site",
            "site internet",
            "website",
            "web site",
            "web",
            "url",
            "internet",
        ],
    ),
    (
        Column::People,
        &[
            "personnes",
            "personne",
            "contacts",
            "contact",
            "people",
            "persons",
            "person",
            "interlocuteurs",
            "representants",
            "representatives",
            "staff",
        ],
    ),
    (Column::Hall, &["hall", "halle", "salle", "room"]),
    (Column::X, &["x"]),
    (Column::Y, &["y"]),
    (Column::Width, &["w", "largeur", "width", "l"]),
    (
        Column::Height,
        &["h", "hauteur", "height", "profondeur", "depth", "p"],
    ),
    (
        Column::Approach,
        &[
            "approach",
            "acces",
            "cote",
            "cote d acces",
            "side",
            "access",
            "entree",
            "facing",
            "ouverture",
            "face",
        ],
    ),
];

impl Column {
    fn from_header(header: &str) -> Option<Column> {
        let folded = fold(header);
        HEADERS
            .iter()
            .find(|(_, names)| names.contains(&folded.as_str()))
            .map(|(column, _)| *column)
    }
}

/// Where each understood column is, and the headers that were not understood.
#[derive(Debug, Clone, Default)]
pub struct ColumnMap {
    /// Number of cells in the header row.
    pub width: usize,
    found: Vec<(Column, usize)>,
    /// Headers left out, with their 1-based column number in the sheet and
    /// the text column where they start (for the warning).
    pub ignored: Vec<Ignored>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    pub header: String,
    pub line: usize,
    pub column: usize,
    pub reason: IgnoreReason,
}

impl ColumnMap {
    /// Reads the header row; errors when the stand number or the
    /// organisation column is missing.
    pub fn from_header(header: &Row) -> Result<ColumnMap, Vec<Diagnostic>> {
        let mut map = ColumnMap {
            width: header.fields.len(),
            ..ColumnMap::default()
        };
        for (index, field) in header.fields.iter().enumerate() {
            let ignore = |reason| Ignored {
                header: field.value.clone(),
                line: field.line,
                column: field.column,
                reason,
            };
            match Column::from_header(&field.value) {
                None if field.value.is_empty() => {}
                None => map.ignored.push(ignore(IgnoreReason::Unknown)),
                Some(column) if map.index(column).is_some() => {
                    map.ignored.push(ignore(IgnoreReason::Repeated))
                }
                Some(column) => map.found.push((column, index)),
            }
        }
        let missing: Vec<Diagnostic> = [Column::Stand, Column::Organisation]
            .into_iter()
            .filter(|c| map.index(*c).is_none())
            .map(|c| Diagnostic::new(header.line, 1, ImportProblem::NoColumn(c)))
            .collect();
        if missing.is_empty() {
            Ok(map)
        } else {
            Err(missing)
        }
    }

    /// The index of `column` in a row, when the sheet has it.
    pub fn index(&self, column: Column) -> Option<usize> {
        self.found
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, i)| *i)
    }

    pub fn has(&self, column: Column) -> bool {
        self.index(column).is_some()
    }

    /// Leaves out the position columns (hall, x, y, w, h, approach), with
    /// a warning each: the drawn plan (`--plan`) says where the stands are.
    pub fn ignore_positions(&mut self, header: &Row) {
        let position = [
            Column::Hall,
            Column::X,
            Column::Y,
            Column::Width,
            Column::Height,
            Column::Approach,
        ];
        let (left_out, kept) = self.found.iter().partition(|(c, _)| position.contains(c));
        self.found = kept;
        for (_, index) in left_out {
            let field = &header.fields[index];
            self.ignored.push(Ignored {
                header: field.value.clone(),
                line: field.line,
                column: field.column,
                reason: IgnoreReason::PlanGiven,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::table::Field;

    fn header(names: &[&str]) -> Row {
        Row {
            line: 1,
            fields: names
                .iter()
                .enumerate()
                .map(|(i, n)| Field {
                    value: n.to_string(),
                    line: 1,
                    column: 1 + 10 * i,
                })
                .collect(),
        }
    }

    #[test]
    fn french_and_english_headers_are_recognised() {
        let map = ColumnMap::from_header(&header(&[
            "N°",
            "Exposant",
            "Nom court",
            "Thèmes",
            "Site Web",
            "Personnes",
            "Téléphone",
        ]))
        .unwrap();
        assert_eq!(map.index(Column::Stand), Some(0));
        assert_eq!(map.index(Column::Organisation), Some(1));
        assert_eq!(map.index(Column::ShortName), Some(2));
        assert_eq!(map.index(Column::Themes), Some(3));
        assert_eq!(map.index(Column::Website), Some(4));
        assert_eq!(map.index(Column::People), Some(5));
        assert_eq!(map.ignored.len(), 1);
        assert_eq!(map.ignored[0].header, "Téléphone");
        assert_eq!(map.ignored[0].column, 61);

        let map =
            ColumnMap::from_header(&header(&["Stand Number", "ORGANIZATION", "Website"])).unwrap();
        assert_eq!(map.index(Column::Website), Some(2));
    }

    #[test]
    fn missing_required_columns_are_all_reported() {
        let errors = ColumnMap::from_header(&header(&["Thèmes", "Description"])).unwrap_err();
        assert_eq!(errors.len(), 2);
        assert!(errors[0].message.starts_with("no stand number column"));
        assert!(errors[1].message.starts_with("no organisation column"));
    }
}
