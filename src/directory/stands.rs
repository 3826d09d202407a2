//! Checks of stands: their own fields, and the organisations they name.
//!
//! Two passes, not one, so they can run on two cores: the fields need only
//! the stand, the organisations need the index of organisation ids.

use super::Directory;
use super::locate::json_path;
use super::messages::{Field, ProblemKind as K};
use super::report::{Report, Seen, blank, check_unique, seen_with_room, stand_label};

/// Numbers (present, trimmed, unique), titles and themes; returns the index
/// of each stand number.
pub fn check_stand_fields<'d>(d: &'d Directory, report: &mut Report) -> Seen<'d> {
    let mut numbers = seen_with_room(d.stands.len());
    for (i, stand) in d.stands.iter().enumerate() {
        let which = || stand_label(i, &stand.number);
        let at = |field: &'static str| json_path!["stands", i, field];
        if blank(&stand.number) {
            report.add(at("number"), K::EmptyStandNumber);
        } else {
            if stand.number.trim() != stand.number {
                report.add(at("number"), K::NumberSpaces(stand.number.to_string()));
            }
            let number_at = |k: usize| json_path!["stands", k, "number"];
            check_unique(&mut numbers, &stand.number, i, report, number_at, || {
                K::DuplicateStandNumber(which())
            });
        }
        if stand.organisations.is_empty() {
            report.add(at("organisations"), K::NoOrganisation(which()));
        }
        if stand.title.as_deref().is_some_and(blank) {
            report.add(at("title"), K::EmptyField(which(), Field::Title));
        }
        for (k, theme) in stand.themes.iter().enumerate() {
            if blank(theme) {
                let at = json_path!["stands", i, "themes", k];
                report.add(at, K::EmptyTheme(which()));
            }
        }
    }
    numbers
}

/// Each organisation a stand names is known, and named once.
pub fn check_stand_organisations(d: &Directory, organisations: &Seen<'_>, report: &mut Report) {
    for (i, stand) in d.stands.iter().enumerate() {
        let which = || stand_label(i, &stand.number);
        for (k, id) in stand.organisations.iter().enumerate() {
            let at = || json_path!["stands", i, "organisations", k];
            if !organisations.contains_key(id) {
                report.add(at(), K::UnknownOrganisation(which(), id.to_string()));
            } else if stand.organisations.iter().take(k).any(|other| other == id) {
                report.add(at(), K::OrganisationTwice(which(), id.to_string()));
            }
        }
    }
}
