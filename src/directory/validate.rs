//! Checks JSON alone cannot express: the format tag, ids, names, references
//! between organisations, stands and people, and (in `layout`) the venue's
//! geometry. Every problem is reported at the offending value, and all of
//! them are reported, not only the first.
//!
//! Ids are filed in hash maps while checking, overlaps are found through
//! a spatial index (`occupancy`), positions are located only for problems
//! found, and the directory is checked in two halves on two cores.

use serde_json::Value;

use super::locate::json_path;
use super::messages::{Field, Item, ProblemKind as K};
use super::people::{check_people, check_people_at_stands};
use super::report::{Report, Seen, blank, check_id, check_unique, label, seen_with_room};
use super::stands::{check_stand_fields, check_stand_organisations};
use super::validate_programme::check_programme;
use super::{Directory, FORMAT, FORMAT_VERSION, Finding};
use crate::json_error::JsonError;

/// Every problem in a directory serde has already read.
pub fn validate(directory: &Directory, text: &str) -> Vec<Finding> {
    let mut report = Report::default();
    check_header(directory, &mut report);
    if !report.is_empty() {
        // Not a directory, or one of another version: anything more would be noise.
        return report.finish(text);
    }
    // Two halves that need nothing from each other, on two cores. The
    // halves check different values, so no two of their problems share a
    // place in the file, and problems end sorted by place: which half runs
    // first changes nothing.
    let ((at_stands, organisations), (venue_report, numbers)) = rayon::join(
        || check_contents(directory, &mut report),
        || check_stands_and_venue(directory),
    );
    report.append(venue_report);
    check_people_at_stands(directory, &at_stands, &numbers, &mut report);
    check_programme(directory, &organisations, &numbers, &mut report);
    report.finish(text)
}

/// The event, organisations, the organisations of each stand, and people.
/// Returns the people who name a stand, to check once stand numbers are
/// known, and the index of organisation ids (the programme's check reads it).
fn check_contents<'d>(d: &'d Directory, report: &mut Report) -> (Vec<usize>, Seen<'d>) {
    check_event(d, report);
    let organisations = check_organisations(d, report);
    check_stand_organisations(d, &organisations, report);
    let at_stands = check_people(d, &organisations, report);
    (at_stands, organisations)
}

/// The stands' own fields and the venue, with their own report; and the
/// index of each stand number.
fn check_stands_and_venue(d: &Directory) -> (Report, Seen<'_>) {
    let mut report = Report::default();
    let numbers = check_stand_fields(d, &mut report);
    super::layout::check(d, &mut report);
    (report, numbers)
}

/// The problem to report when serde cannot read `text` into a directory.
/// A file of another kind (a notes file, any other JSON) or of another
/// version is named as such rather than by its first unexpected field.
pub fn unreadable(text: &str, error: &serde_json::Error) -> Vec<Finding> {
    if let Some(problems) = foreign_file(text) {
        return problems;
    }
    let error = JsonError::read::<Directory>(text.as_bytes(), error);
    vec![Finding::at(
        error.line,
        error.column,
        K::Json(error.problem),
    )]
}

fn foreign_file(text: &str) -> Option<Vec<Finding>> {
    // Any JSON value but an object (an array, a number…), however deep.
    let start = text.len() - text.trim_start().len();
    if !matches!(text.as_bytes().get(start), None | Some(b'{')) {
        let (line, column) = crate::text_position::line_column(text.as_bytes(), start);
        return Some(vec![Finding::at(line, column, K::NotAJsonObject)]);
    }
    let value: Value = serde_json::from_str(text).ok()?;
    let mut report = Report::default();
    match value.get("format") {
        Some(Value::String(format)) if format == FORMAT => match value.get("version") {
            Some(version) if version.as_u64() != Some(u64::from(FORMAT_VERSION)) => {
                let version = version.to_string();
                report.add(json_path!["version"], K::UnsupportedVersion { version });
            }
            _ => return None,
        },
        Some(other) => {
            let format = other.to_string();
            report.add(json_path!["format"], K::NotADirectory { format })
        }
        None => report.add(Vec::new(), K::NoFormat),
    }
    Some(report.finish(text))
}

fn check_header(d: &Directory, report: &mut Report) {
    if d.format != FORMAT {
        let format = format!("{:?}", d.format);
        report.add(json_path!["format"], K::NotADirectory { format });
    } else if d.version != FORMAT_VERSION {
        let version = d.version.to_string();
        report.add(json_path!["version"], K::UnsupportedVersion { version });
    }
}

fn check_event(d: &Directory, report: &mut Report) {
    let event = &d.event;
    check_id(report, || json_path!["event", "id"], Item::Event, &event.id);
    if blank(&event.name) {
        report.add(json_path!["event", "name"], K::EmptyEventName);
    }
    if let Some(date) = &event.date
        && !valid_date(date)
    {
        report.add(
            json_path!["event", "date"],
            K::InvalidDate(date.to_string()),
        );
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a real month and day.
fn valid_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, digits: usize| {
        (s.len() == digits && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let Some(year) = parts.first().and_then(|y| number(y, 4)) else {
        return false;
    };
    let month = parts.get(1).map(|m| number(m, 2));
    let day = parts.get(2).map(|d| number(d, 2));
    match (parts.len(), month, day) {
        (1, _, _) => true,
        (2, Some(Some(m)), _) => (1..=12).contains(&m),
        (3, Some(Some(m)), Some(Some(d))) => {
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            let days = match m {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                1..=12 => 31,
                _ => 0,
            };
            (1..=days).contains(&d)
        }
        _ => false,
    }
}

/// Checks organisations; returns the index of each id. Paths and labels
/// are built only when a problem is found: this runs on every entry of
/// large directories.
fn check_organisations<'d>(d: &'d Directory, report: &mut Report) -> Seen<'d> {
    let mut ids = seen_with_room(d.organisations.len());
    // Few organisations have a parent: noting which spares the checks of
    // parents two more passes over every organisation.
    let mut with_parent = Vec::new();
    for (i, org) in d.organisations.iter().enumerate() {
        if org.parent().is_some() {
            with_parent.push(i);
        }
        let who = || label(Item::Organisation, i, &org.id);
        let at = |field: &'static str| json_path!["organisations", i, field];
        if check_id(report, || at("id"), Item::Organisation, &org.id) {
            let id_at = |k: usize| json_path!["organisations", k, "id"];
            check_unique(&mut ids, &org.id, i, report, id_at, || {
                K::DuplicateId(Item::Organisation, org.id.to_string())
            });
        }
        if blank(&org.name) {
            report.add(at("name"), K::EmptyField(who(), Field::Name));
        }
        if org.short_name.as_deref().is_some_and(blank) {
            report.add(at("short_name"), K::EmptyField(who(), Field::ShortName));
        }
        for (k, alias) in org.aliases().iter().enumerate() {
            if blank(alias) {
                let at = json_path!["organisations", i, "aliases", k];
                report.add(at, K::EmptyAlias(who()));
            }
        }
        for (k, theme) in org.themes.iter().enumerate() {
            if blank(theme) {
                let at = json_path!["organisations", i, "themes", k];
                report.add(at, K::EmptyTheme(who()));
            }
        }
    }
    for &i in &with_parent {
        let org = &d.organisations[i];
        if let Some(parent) = org.parent()
            && !ids.contains_key(parent)
        {
            let who = label(Item::Organisation, i, &org.id);
            let at = json_path!["organisations", i, "parent"];
            report.add(at, K::UnknownParent(who, parent.to_string()));
        }
    }
    check_parent_cycles(d, &with_parent, &ids, report);
    ids
}

/// An organisation may not be its own ancestor. Each chain of parents is
/// followed once (linear time); a cycle is reported once, at its first member.
/// `with_parent` lists, in order, the organisations that have a parent.
fn check_parent_cycles(d: &Directory, with_parent: &[usize], ids: &Seen<'_>, report: &mut Report) {
    #[derive(Clone, Copy, PartialEq)]
    enum Seen {
        No,
        OnChain,
        Done,
    }
    let orgs = &d.organisations;
    // An organisation without a parent ends every chain that reaches it.
    let mut seen = vec![Seen::Done; orgs.len()];
    for &i in with_parent {
        seen[i] = Seen::No;
    }
    // One buffer for every chain, not an allocation per organisation.
    let mut chain = Vec::new();
    for &start in with_parent {
        chain.clear();
        let mut current = Some(start);
        while let Some(i) = current {
            match seen[i] {
                Seen::Done => break,
                Seen::OnChain => {
                    let from = chain.iter().position(|&c| c == i).unwrap_or(0);
                    let cycle = &chain[from..];
                    let first = cycle.iter().copied().min().unwrap_or(i);
                    let from_first = cycle.iter().position(|&c| c == first).unwrap_or(0);
                    let mut names: Vec<String> = cycle[from_first..]
                        .iter()
                        .chain(&cycle[..from_first])
                        .map(|&c| orgs[c].id.to_string())
                        .collect();
                    names.push(orgs[first].id.to_string());
                    let who = label(Item::Organisation, first, &orgs[first].id);
                    let at = json_path!["organisations", first, "parent"];
                    report.add(at, K::OwnAncestor(who, names));
                    break;
                }
                Seen::No => {
                    seen[i] = Seen::OnChain;
                    chain.push(i);
                    current = orgs[i].parent().and_then(|p| ids.get(p).copied());
                }
            }
        }
        for &i in &chain {
            seen[i] = Seen::Done;
        }
    }
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
