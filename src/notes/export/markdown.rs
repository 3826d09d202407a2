//! Markdown export: one section per organisation (alphabetical, notes without
//! one last), and in each, open follow-ups first (soonest date first), then
//! the other notes by name. Text typed by the user is escaped so it cannot
//! turn into headings, links or HTML.

use std::fmt::Write;

use crate::i18n::{Lang, t};
use crate::notes::{FollowUp, Note, format_date};

/// The notes as a Markdown document whose words are in `lang`.
pub fn to_markdown(notes: &[&Note], lang: Lang) -> String {
    let words = &t(lang).notes;
    let mut groups: Vec<(Option<String>, Vec<&Note>)> = Vec::new();
    for note in super::in_export_order(notes) {
        let key = organisation_name(note);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, group)) => group.push(note),
            None => groups.push((key, vec![note])),
        }
    }
    groups.sort_by_cached_key(|(k, _)| {
        let key = k.as_deref().map(crate::search::fold::collation_key);
        (k.is_none(), key)
    });

    let mut out = format!("# {}\n", words.md_title);
    for (organisation, mut group) in groups {
        // Stable sort: notes stay by name within each follow-up rank.
        group.sort_by_key(|n| follow_up_rank(&n.follow_up));
        let heading = organisation
            .as_deref()
            .map_or(words.md_no_organisation.into(), inline);
        let _ = write!(out, "\n## {heading}\n");
        for note in group {
            write_note(&mut out, note, lang);
        }
    }
    out
}

fn organisation_name(note: &Note) -> Option<String> {
    note.organisation
        .as_ref()
        .map(|o| o.name.trim().to_string())
        .filter(|n| !n.is_empty())
}

/// Open follow-ups first, dated before undated, soonest first; then the rest.
fn follow_up_rank(follow_up: &FollowUp) -> (u8, Option<jiff::civil::Date>) {
    match follow_up {
        FollowUp::Todo { date: Some(d) } => (0, Some(*d)),
        FollowUp::Todo { date: None } => (1, None),
        _ => (2, None),
    }
}

fn write_note(out: &mut String, note: &Note, lang: Lang) {
    let words = &t(lang).notes;
    let _ = write!(out, "\n### {}", inline(&note.name));
    if let Some(role) = &note.role {
        let _ = write!(out, " — {}", inline(role));
    }
    out.push('\n');
    let mut items: Vec<(&str, String)> = Vec::new();
    let follow_up = match note.follow_up {
        FollowUp::Todo { date: Some(d) } => Some((words.md_todo_by)(&format_date(d, lang))),
        FollowUp::Todo { date: None } => Some(words.md_todo.to_string()),
        FollowUp::Done => Some(words.md_done.to_string()),
        FollowUp::None => None,
    };
    if let Some(follow_up) = follow_up {
        items.push((words.md_follow_up, follow_up));
    }
    for (label, value) in [
        (words.md_email, &note.email),
        (words.md_phone, &note.phone),
        (words.md_stand, &note.stand),
    ] {
        if let Some(value) = value {
            items.push((label, inline(value)));
        }
    }
    if !note.tags.is_empty() {
        let tags: Vec<String> = note.tags.iter().map(|t| inline(t)).collect();
        items.push((words.md_tags, tags.join(", ")));
    }
    if !items.is_empty() {
        out.push('\n');
        for (label, value) in items {
            let _ = writeln!(out, "- **{label}:** {value}");
        }
    }
    if !note.text.is_empty() {
        out.push('\n');
        for line in note.text.lines() {
            let line = escape(line.trim_end());
            if line.is_empty() {
                out.push_str(">\n");
            } else {
                let _ = writeln!(out, "> {line}");
            }
        }
    }
}

/// One-line text: line breaks become spaces, then Markdown is escaped.
fn inline(text: &str) -> String {
    let one_line: Vec<&str> = text.split_whitespace().collect();
    escape(&one_line.join(" "))
}

/// Backslash-escapes every character Markdown could read as markup, and
/// drops control characters.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}
