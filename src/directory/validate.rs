//! Checks JSON alone cannot express: the format tag, ids, names, references
//! between organisations, stands and people, and (in `layout`) the venue's
//! geometry. Every problem is reported at the offending value, and all of
//! them are reported, not only the first.
//!
//! Lookups go through hash maps and overlap checks through a spatial index,
//! so validating a 50,000-stand directory stays a matter of milliseconds.

use serde_json::Value;

use super::locate::{self, json_path};
use super::report::{
    IndexOf, Report, blank, check_id, check_unique, index_of, label, number_label, quoted,
    stand_label,
};
use super::serde_errors;
use super::{Directory, FORMAT, FORMAT_VERSION, Problem};

/// Every problem in a directory serde has already read.
pub fn validate(directory: &Directory, text: &str) -> Vec<Problem> {
    let mut report = Report::default();
    check_header(directory, &mut report);
    if !report.is_empty() {
        // Not a directory, or one of another version: anything more would be noise.
        return report.finish(text);
    }
    check_event(directory, &mut report);
    let organisations = check_organisations(directory, &mut report);
    let stands = check_stands(directory, &organisations, &mut report);
    check_people(directory, &organisations, &stands, &mut report);
    super::layout::check(directory, &mut report);
    report.finish(text)
}

/// The problem to report when serde cannot read `text` into a directory.
/// A file of another kind (a notes file, any other JSON) or of another
/// version is named as such rather than by its first unexpected field.
pub fn unreadable(text: &str, error: &serde_json::Error) -> Vec<Problem> {
    if let Some(problems) = foreign_file(text) {
        return problems;
    }
    let (line, column) = serde_errors::serde_error_position(text, error);
    vec![Problem {
        line,
        column,
        message: serde_errors::describe_serde_error(error),
    }]
}

fn foreign_file(text: &str) -> Option<Vec<Problem>> {
    // Any JSON value but an object (an array, a number…), however deep.
    let start = text.len() - text.trim_start().len();
    if !matches!(text.as_bytes().get(start), None | Some(b'{')) {
        let (line, column) = locate::line_column(text.as_bytes(), start);
        let message = "not a maillage directory file (it is not a JSON object)".to_string();
        return Some(vec![Problem {
            line,
            column,
            message,
        }]);
    }
    let value: Value = serde_json::from_str(text).ok()?;
    let mut report = Report::default();
    match value.get("format") {
        Some(Value::String(format)) if format == FORMAT => match value.get("version") {
            Some(version) if version.as_u64() != Some(u64::from(FORMAT_VERSION)) => {
                report.add(
                    json_path!["version"],
                    unsupported_version(&version.to_string()),
                );
            }
            _ => return None,
        },
        Some(other) => report.add(json_path!["format"], not_a_directory(&other.to_string())),
        None => report.add(
            Vec::new(),
            format!("not a maillage directory file (it has no \"format\": \"{FORMAT}\")"),
        ),
    }
    Some(report.finish(text))
}

fn not_a_directory(format: &str) -> String {
    format!("not a maillage directory file (its format is {format}, expected \"{FORMAT}\")")
}

fn unsupported_version(version: &str) -> String {
    format!(
        "unsupported directory version {version} (this version of maillage reads version {FORMAT_VERSION})"
    )
}

fn check_header(d: &Directory, report: &mut Report) {
    if d.format != FORMAT {
        report.add(json_path!["format"], not_a_directory(&quoted(&d.format)));
    } else if d.version != FORMAT_VERSION {
        report.add(
            json_path!["version"],
            unsupported_version(&d.version.to_string()),
        );
    }
}

fn check_event(d: &Directory, report: &mut Report) {
    let event = &d.event;
    check_id(report, || json_path!["event", "id"], "event", &event.id);
    if blank(&event.name) {
        report.add(json_path!["event", "name"], "empty event name");
    }
    if let Some(date) = &event.date
        && !valid_date(date)
    {
        report.add(
            json_path!["event", "date"],
            format!(
                "invalid event date {} (use YYYY, YYYY-MM or YYYY-MM-DD)",
                quoted(date)
            ),
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
fn check_organisations<'d>(d: &'d Directory, report: &mut Report) -> IndexOf<'d> {
    let mut ids = index_of(d.organisations.len());
    for (i, org) in d.organisations.iter().enumerate() {
        let who = || label("organisation", i, &org.id);
        let at = |field: &'static str| json_path!["organisations", i, field];
        if check_id(report, || at("id"), "organisation", &org.id) {
            let id_at = |k: usize| json_path!["organisations", k, "id"];
            check_unique(&mut ids, &org.id, i, report, id_at, || {
                format!("duplicate organisation id {}", quoted(&org.id))
            });
        }
        if blank(&org.name) {
            report.add(at("name"), format!("{} has an empty name", who()));
        }
        if org.short_name.as_deref().is_some_and(blank) {
            report.add(
                at("short_name"),
                format!("{} has an empty short_name", who()),
            );
        }
        for (k, alias) in org.aliases.iter().enumerate() {
            if blank(alias) {
                let at = json_path!["organisations", i, "aliases", k];
                report.add(at, format!("empty alias in {}", who()));
            }
        }
        for (k, theme) in org.themes.iter().enumerate() {
            if blank(theme) {
                let at = json_path!["organisations", i, "themes", k];
                report.add(at, format!("empty theme in {}", who()));
            }
        }
    }
    for (i, org) in d.organisations.iter().enumerate() {
        if let Some(parent) = &org.parent
            && !ids.contains_key(parent.as_str())
        {
            let who = label("organisation", i, &org.id);
            report.add(
                json_path!["organisations", i, "parent"],
                format!(
                    "{who} has an unknown parent organisation {}",
                    quoted(parent)
                ),
            );
        }
    }
    check_parent_cycles(d, &ids, report);
    ids
}

/// An organisation may not be its own ancestor. Each chain of parents is
/// followed once (linear time); a cycle is reported once, at its first member.
fn check_parent_cycles(d: &Directory, ids: &IndexOf<'_>, report: &mut Report) {
    #[derive(Clone, Copy, PartialEq)]
    enum Seen {
        No,
        OnChain,
        Done,
    }
    let orgs = &d.organisations;
    let mut seen = vec![Seen::No; orgs.len()];
    for start in 0..orgs.len() {
        let mut chain = Vec::new();
        let mut current = Some(start);
        while let Some(i) = current {
            match seen[i] {
                Seen::Done => break,
                Seen::OnChain => {
                    let from = chain.iter().position(|&c| c == i).unwrap_or(0);
                    let cycle = &chain[from..];
                    let first = cycle.iter().copied().min().unwrap_or(i);
                    let from_first = cycle.iter().position(|&c| c == first).unwrap_or(0);
                    let mut names: Vec<&str> = cycle[from_first..]
                        .iter()
                        .chain(&cycle[..from_first])
                        .map(|&c| orgs[c].id.as_str())
                        .collect();
                    names.push(&orgs[first].id);
                    report.add(
                        json_path!["organisations", first, "parent"],
                        format!(
                            "{} is its own ancestor ({})",
                            label("organisation", first, &orgs[first].id),
                            names.join(" → ")
                        ),
                    );
                    break;
                }
                Seen::No => {
                    seen[i] = Seen::OnChain;
                    chain.push(i);
                    current = orgs[i].parent.as_deref().and_then(|p| ids.get(p).copied());
                }
            }
        }
        for i in chain {
            seen[i] = Seen::Done;
        }
    }
}

/// Checks stands and their organisations; returns the index of each number.
fn check_stands<'d>(
    d: &'d Directory,
    organisations: &IndexOf<'_>,
    report: &mut Report,
) -> IndexOf<'d> {
    let mut numbers = index_of(d.stands.len());
    for (i, stand) in d.stands.iter().enumerate() {
        let which = || stand_label(i, &stand.number);
        let at = |field: &'static str| json_path!["stands", i, field];
        if blank(&stand.number) {
            report.add(at("number"), "empty stand number");
        } else {
            if stand.number.trim() != stand.number {
                let number = quoted(&stand.number);
                report.add(
                    at("number"),
                    format!("stand number {number} has spaces at its start or end"),
                );
            }
            let number_at = |k: usize| json_path!["stands", k, "number"];
            check_unique(&mut numbers, &stand.number, i, report, number_at, || {
                format!("duplicate stand number {}", number_label(i, &stand.number))
            });
        }
        if stand.organisations.is_empty() {
            report.add(
                at("organisations"),
                format!("{} has no organisation (it needs at least one)", which()),
            );
        }
        for (k, id) in stand.organisations.iter().enumerate() {
            let at = || json_path!["stands", i, "organisations", k];
            if !organisations.contains_key(id.as_str()) {
                let message = format!("{} belongs to unknown organisation {}", which(), quoted(id));
                report.add(at(), message);
            } else if stand.organisations[..k].contains(id) {
                report.add(
                    at(),
                    format!("{} lists organisation {} twice", which(), quoted(id)),
                );
            }
        }
        if stand.title.as_deref().is_some_and(blank) {
            report.add(at("title"), format!("{} has an empty title", which()));
        }
        for (k, theme) in stand.themes.iter().enumerate() {
            if blank(theme) {
                let at = json_path!["stands", i, "themes", k];
                report.add(at, format!("empty theme in {}", which()));
            }
        }
    }
    numbers
}

fn check_people(
    d: &Directory,
    organisations: &IndexOf<'_>,
    stands: &IndexOf<'_>,
    report: &mut Report,
) {
    let mut ids = index_of(d.people.len());
    for (i, person) in d.people.iter().enumerate() {
        let who = || label("person", i, &person.id);
        let at = |field: &'static str| json_path!["people", i, field];
        if check_id(report, || at("id"), "person", &person.id) {
            let id_at = |k: usize| json_path!["people", k, "id"];
            check_unique(&mut ids, &person.id, i, report, id_at, || {
                format!("duplicate person id {}", quoted(&person.id))
            });
        }
        if blank(&person.name) {
            report.add(at("name"), format!("{} has an empty name", who()));
        }
        if person.role.as_deref().is_some_and(blank) {
            report.add(at("role"), format!("{} has an empty role", who()));
        }
        if let Some(org) = &person.organisation
            && !organisations.contains_key(org.as_str())
        {
            let message = format!("{} works for unknown organisation {}", who(), quoted(org));
            report.add(at("organisation"), message);
        }
        if let Some(stand) = &person.stand
            && !stands.contains_key(stand.as_str())
        {
            report.add(
                at("stand"),
                format!("{} is at unknown stand {}", who(), quoted(stand)),
            );
        }
    }
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
