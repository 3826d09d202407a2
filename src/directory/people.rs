//! Checks of people: their own fields, their organisation, and the stand
//! where they can be found.

use super::Directory;
use super::locate::json_path;
use super::messages::{Field, Item, ProblemKind as K};
use super::report::{Report, Seen, blank, check_id, check_unique, label, seen_with_room};

/// Ids, names, roles and organisations. Returns the people who name a
/// stand, in order: stand numbers may be indexed on another core meanwhile
/// (see [`check_people_at_stands`]).
pub fn check_people(d: &Directory, organisations: &Seen<'_>, report: &mut Report) -> Vec<usize> {
    let mut ids = seen_with_room(d.people.len());
    let mut at_stands = Vec::new();
    for (i, person) in d.people.iter().enumerate() {
        let who = || label(Item::Person, i, &person.id);
        let at = |field: &'static str| json_path!["people", i, field];
        if check_id(report, || at("id"), Item::Person, &person.id) {
            let id_at = |k: usize| json_path!["people", k, "id"];
            check_unique(&mut ids, &person.id, i, report, id_at, || {
                K::DuplicateId(Item::Person, person.id.to_string())
            });
        }
        if blank(&person.name) {
            report.add(at("name"), K::EmptyField(who(), Field::Name));
        }
        if person.role.as_deref().is_some_and(blank) {
            report.add(at("role"), K::EmptyField(who(), Field::Role));
        }
        if let Some(org) = &person.organisation
            && !organisations.contains_key(org.as_str())
        {
            let kind = K::WorksForUnknownOrganisation(who(), org.to_string());
            report.add(at("organisation"), kind);
        }
        if person.stand().is_some() {
            at_stands.push(i);
        }
    }
    at_stands
}

/// The stand each of `people` names exists.
pub fn check_people_at_stands(
    d: &Directory,
    people: &[usize],
    stands: &Seen<'_>,
    report: &mut Report,
) {
    for &i in people {
        let person = &d.people[i];
        if let Some(stand) = person.stand()
            && !stands.contains_key(stand)
        {
            let who = label(Item::Person, i, &person.id);
            let at = json_path!["people", i, "stand"];
            report.add(at, K::AtUnknownStand(who, stand.to_string()));
        }
    }
}
