//! From stand entries to organisations, stands and people: rows naming the
//! same organisation (same name once folded) become one organisation with
//! several stands; people are listed once per organisation.

use std::collections::HashMap;

use crate::directory::{Organisation, Person, PersonMore, Stand, Text};

use super::Diagnostic;
use super::columns::Column;
use super::ids::{IdAllocator, fold};
use super::messages::ImportProblem as P;
use super::rows::Entry;
use super::table::Field;

pub struct Assembled {
    pub organisations: Vec<Organisation>,
    pub stands: Vec<Stand>,
    pub people: Vec<Person>,
}

/// Assembles the entries. Duplicate stand numbers are errors; a later row
/// that contradicts an earlier one about the same organisation is a warning
/// (the first value is kept).
pub fn assemble(
    entries: &[Entry],
    errors: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) -> Assembled {
    let mut org_ids = IdAllocator::default();
    let mut person_ids = IdAllocator::default();
    let mut organisations: Vec<Organisation> = Vec::new();
    // Per organisation: the line each of its fields was first given on.
    let mut first_lines: Vec<HashMap<Column, usize>> = Vec::new();
    let mut org_by_name: HashMap<String, usize> = HashMap::new();
    let mut stand_lines: HashMap<String, usize> = HashMap::new();
    let mut stands = Vec::new();
    let mut people: Vec<Person> = Vec::new();
    let mut person_by_key: HashMap<(usize, String), usize> = HashMap::new();
    // A theme is spelt as first met (`Santé` and `santé` are one theme).
    let mut theme_spelling: HashMap<String, Text> = HashMap::new();

    for entry in entries {
        let number = entry.stand.value.clone();
        if let Some(line) = stand_lines.get(&number.to_lowercase()) {
            let line = *line;
            errors.push(at(&entry.stand, P::StandNumberUsed { number, line }));
            continue;
        }
        stand_lines.insert(number.to_lowercase(), entry.line);

        let name = &entry.organisation.value;
        let org = *org_by_name.entry(fold(name)).or_insert_with(|| {
            organisations.push(Organisation {
                id: org_ids.allocate(name, "organisation").into(),
                name: name.into(),
                short_name: None,
                kind: None,
                description: None,
                themes: Default::default(),
                more: None,
            });
            first_lines.push(HashMap::new());
            organisations.len() - 1
        });
        let o = &mut organisations[org];
        let lines = &mut first_lines[org];
        merge(
            &mut o.short_name,
            &entry.short_name,
            Column::ShortName,
            &o.name,
            lines,
            warnings,
        );
        merge(
            &mut o.description,
            &entry.description,
            Column::Description,
            &o.name,
            lines,
            warnings,
        );
        let name = o.name.clone();
        o.edit_more(|more| {
            let website = &mut more.website;
            merge(
                website,
                &entry.website,
                Column::Website,
                &name,
                lines,
                warnings,
            );
        });
        // A row's themes are its stand's: the organisation shows those of
        // all its stands (`Directory::organisation_themes`), and a stand
        // keeps its own rather than its neighbours'.
        let mut themes: Vec<Text> = Vec::new();
        for theme in &entry.themes {
            let spelt = theme_spelling
                .entry(fold(theme))
                .or_insert_with(|| theme.into())
                .clone();
            if !themes.contains(&spelt) {
                themes.push(spelt);
            }
        }

        for p in &entry.people {
            match person_by_key.get(&(org, fold(&p.name))) {
                Some(&i) => {
                    let known: &mut Person = &mut people[i];
                    // Listed at several stands of the organisation: at none in particular.
                    if known.stand() != Some(&number) {
                        known.edit_more(|more| more.stand = None);
                    }
                    if known.role.is_none() {
                        known.role = p.role.as_deref().map(Text::from);
                    }
                }
                None => {
                    person_by_key.insert((org, fold(&p.name)), people.len());
                    people.push(Person {
                        id: person_ids.allocate(&p.name, "person").into(),
                        name: p.name.as_str().into(),
                        role: p.role.as_deref().map(Text::from),
                        organisation: Some(o.id.clone()),
                        illustrative: false,
                        more: PersonMore {
                            stand: Some(number.as_str().into()),
                            ..PersonMore::default()
                        }
                        .boxed(),
                    });
                }
            }
        }

        stands.push(Stand {
            number: number.into(),
            organisations: vec![o.id.clone()].into(),
            title: entry.title.as_deref().map(Text::from),
            themes: themes.into(),
            location: None,
            illustrative: false,
        });
    }
    Assembled {
        organisations,
        stands,
        people,
    }
}

/// Keeps the first value given for an organisation's field; warns when a
/// later row gives another one.
fn merge(
    slot: &mut Option<Text>,
    value: &Option<Field>,
    what: Column,
    organisation: &str,
    first_lines: &mut HashMap<Column, usize>,
    warnings: &mut Vec<Diagnostic>,
) {
    let Some(field) = value else { return };
    match slot {
        None => {
            *slot = Some(field.value.as_str().into());
            first_lines.insert(what, field.line);
        }
        Some(kept) if kept.trim() != field.value.trim() => {
            let kind = P::OrganisationConflict {
                organisation: organisation.to_string(),
                field: what,
                line: first_lines.get(&what).copied().unwrap_or_default(),
            };
            warnings.push(at(field, kind));
        }
        Some(_) => {}
    }
}

fn at(field: &Field, kind: P) -> Diagnostic {
    Diagnostic::new(field.line, field.column, kind)
}
