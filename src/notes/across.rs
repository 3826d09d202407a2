//! One notebook across events: which organisation of the loaded directory a
//! note taken with another edition's directory is about, and how an event
//! is named when the notes file only knows its id.
//!
//! Directories of two editions may give one organisation the same id or
//! another one. A note's organisation is the directory's organisation `O`
//! when its id is `O`'s; failing that (no id, or an id this directory does
//! not know), when its name, folded, is one of `O`'s names folded
//! (official, short, other spellings): "CARITAS  Secours" is Caritas
//! Secours.

use crate::directory::Directory;
use crate::search::fold::fold_text;

use super::model::OrganisationRef;

/// Tells whether a note's organisation is one organisation of the loaded
/// directory.
#[derive(Debug, Clone)]
pub struct SameOrganisation<'a> {
    directory: &'a Directory,
    id: String,
    /// Its names folded, none empty.
    names: Vec<String>,
}

impl<'a> SameOrganisation<'a> {
    /// For organisation `index` of `directory`; `None` if there is none.
    pub fn new(directory: &'a Directory, index: usize) -> Option<Self> {
        let organisation = directory.organisations.get(index)?;
        let names = std::iter::once(organisation.name.as_str())
            .chain(organisation.short_name.as_deref())
            .chain(organisation.aliases())
            .map(fold_text)
            .filter(|name| !name.is_empty())
            .collect();
        Some(SameOrganisation {
            directory,
            id: organisation.id.to_string(),
            names,
        })
    }

    /// Whether `organisation` (a note's) is this one.
    pub fn is(&self, organisation: &OrganisationRef) -> bool {
        match organisation.id.as_deref() {
            Some(id) if id == self.id => return true,
            // Another organisation of this directory: not this one, whatever
            // its name says.
            Some(id) if self.directory.organisation_index(id).is_some() => return false,
            _ => {}
        }
        let name = fold_text(&organisation.name);
        !name.is_empty() && self.names.contains(&name)
    }
}

/// How to name event `event` for a reader: the loaded directory's name when
/// it is its event, the id otherwise (the notes file only keeps ids);
/// `no_event` for a note tied to none.
pub fn event_label<'a>(directory: &'a Directory, event: &'a str, no_event: &'a str) -> &'a str {
    if event.is_empty() {
        no_event
    } else if event == directory.event.id.as_str() {
        &directory.event.name
    } else {
        event
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Directory {
        crate::directory::parse(include_str!("../../tests/fixtures/valid/tui-sample.json"))
            .expect("the TUI fixture is valid")
    }

    fn org(id: Option<&str>, name: &str) -> OrganisationRef {
        OrganisationRef {
            id: id.map(String::from),
            name: name.to_string(),
        }
    }

    #[test]
    fn an_organisation_is_matched_by_id_then_by_any_of_its_names_folded() {
        let directory = sample();
        let index = directory.organisation_index("croix-rouge").unwrap();
        let same = SameOrganisation::new(&directory, index).unwrap();
        assert!(same.is(&org(Some("croix-rouge"), "anything")), "by id");
        // Another edition's id, or none: the names decide.
        assert!(same.is(&org(
            Some("croix-rouge-2022"),
            "Croix-Rouge luxembourgeoise"
        )));
        assert!(same.is(&org(None, "CROIX ROUGE")), "an alias, folded");
        assert!(same.is(&org(None, "red  cross")), "another alias");
        assert!(same.is(&org(None, "croix-rouge")), "the short name");
        assert!(!same.is(&org(None, "Croix")), "not a part of a name");
        assert!(!same.is(&org(None, " - ")), "nothing left once folded");
        // An id of another organisation of this directory wins over a name.
        assert!(!same.is(&org(Some("stemm"), "Croix-Rouge")));
        assert!(SameOrganisation::new(&directory, 99).is_none());
    }

    #[test]
    fn an_event_is_named_when_it_is_the_directorys_and_by_id_otherwise() {
        let directory = sample();
        assert_eq!(
            event_label(&directory, "tui-sample", "every event"),
            "Assises sociales (exemple)"
        );
        assert_eq!(event_label(&directory, "assises-2022", "x"), "assises-2022");
        assert_eq!(event_label(&directory, "", "every event"), "every event");
    }
}
