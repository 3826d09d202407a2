//! iCalendar export (RFC 5545): the follow-ups as to-dos (`VTODO`), for
//! Thunderbird, todoman or any task app.
//!
//! - Only the notes with a follow-up, to do or done, each one `VTODO`.
//! - `UID` is derived from the note's id, so importing again updates the
//!   same to-do instead of adding another.
//! - `DTSTAMP` and `LAST-MODIFIED` are the note's last change (RFC 5545
//!   allows it without a `METHOD`): the same notes give the same bytes.
//! - `SUMMARY` names the person and the organisation, in the reader's
//!   language; `DESCRIPTION` is the note's text; `CONTACT` the name, e-mail
//!   and phone; `DUE` a date (`VALUE=DATE`) when the follow-up has one;
//!   `CATEGORIES` the tags.
//! - `STATUS:NEEDS-ACTION`, or `COMPLETED` with `PERCENT-COMPLETE:100` for
//!   a done follow-up. No `COMPLETED` time: a note does not record when its
//!   follow-up was done.
//! - Text is escaped and lines folded as in vCard (the rules are the same):
//!   CRLF line ends, at most 75 octets a line, never inside a character.

use super::in_export_order;
use super::vcard::{escape, fold_into};
use crate::i18n::{Lang, t};
use crate::notes::{FollowUp, Note};

/// Identifies the program that wrote the calendar (required by RFC 5545).
const PRODID: &str = "-//maillage//notes follow-ups//EN";

pub fn to_ics(notes: &[&Note], lang: Lang) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        &format!("PRODID:{PRODID}"),
    ] {
        fold_into(&mut out, line);
    }
    for note in in_export_order(notes) {
        if note.follow_up.is_none() {
            continue;
        }
        for line in todo_lines(note, lang) {
            fold_into(&mut out, &line);
        }
    }
    fold_into(&mut out, "END:VCALENDAR");
    out
}

/// The UID of the to-do of note `id`: the same at every export.
pub fn todo_uid(id: &str) -> String {
    format!("follow-up-{id}@maillage")
}

/// The unfolded content lines of one to-do.
fn todo_lines(note: &Note, lang: Lang) -> Vec<String> {
    let stamp = |time: jiff::Timestamp| time.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut lines = vec!["BEGIN:VTODO".to_string()];
    let mut add = |name: &str, value: String| lines.push(format!("{name}:{value}"));
    add("UID", escape(&todo_uid(&note.id)));
    add("DTSTAMP", stamp(note.updated));
    add("CREATED", stamp(note.created));
    add("LAST-MODIFIED", stamp(note.updated));
    let organisation = note
        .organisation
        .as_ref()
        .map(|o| o.name.trim())
        .filter(|o| !o.is_empty());
    let summary = (t(lang).notes.ics_summary)(note.name.trim(), organisation);
    add("SUMMARY", escape(&summary));
    if !note.text.is_empty() {
        add("DESCRIPTION", escape(&note.text));
    }
    let contact: Vec<&str> = std::iter::once(note.name.as_str())
        .chain(note.email.as_deref())
        .chain(note.phone.as_deref())
        .collect();
    add("CONTACT", escape(&contact.join(", ")));
    if !note.tags.is_empty() {
        let tags: Vec<String> = note.tags.iter().map(|t| escape(t)).collect();
        add("CATEGORIES", tags.join(","));
    }
    match note.follow_up {
        FollowUp::Todo { date } => {
            if let Some(date) = date {
                add("DUE;VALUE=DATE", date.strftime("%Y%m%d").to_string());
            }
            add("STATUS", "NEEDS-ACTION".into());
        }
        FollowUp::Done => {
            add("STATUS", "COMPLETED".into());
            add("PERCENT-COMPLETE", "100".into());
        }
        FollowUp::None => {}
    }
    lines.push("END:VTODO".to_string());
    lines
}
