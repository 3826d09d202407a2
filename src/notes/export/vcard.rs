//! vCard 4.0 export (RFC 6350), one card per note.
//!
//! - Lines end with CRLF and are folded at 75 octets (a CRLF and a space
//!   start each continuation), never inside a UTF-8 sequence.
//! - Text values escape `\`, `,`, `;` and line breaks (`\n`); other control
//!   characters, which vCard does not allow, are dropped (tabs are kept).
//! - The note's text goes in NOTE, its tags in CATEGORIES, the stand in the
//!   extension property X-MAILLAGE-STAND.

use super::in_export_order;
use crate::notes::Note;

/// The longest line allowed, in octets, without its CRLF.
const MAX_LINE: usize = 75;

pub fn to_vcard(notes: &[&Note]) -> String {
    let mut out = String::new();
    for note in in_export_order(notes) {
        for line in card_lines(note) {
            fold_into(&mut out, &line);
        }
    }
    out
}

/// The unfolded content lines of one card.
fn card_lines(note: &Note) -> Vec<String> {
    let mut lines = vec!["BEGIN:VCARD".to_string(), "VERSION:4.0".to_string()];
    let mut add = |name: &str, value: String| lines.push(format!("{name}:{value}"));
    add("FN", escape(&note.name));
    let (family, given) = split_name(&note.name);
    add("N", format!("{};{};;;", escape(family), escape(given)));
    if let Some(org) = &note.organisation
        && !org.name.trim().is_empty()
    {
        add("ORG", escape(&org.name));
    }
    if let Some(role) = &note.role {
        add("TITLE", escape(role));
    }
    if let Some(email) = &note.email {
        add("EMAIL", escape(email));
    }
    if let Some(phone) = &note.phone {
        add("TEL", escape(phone));
    }
    if !note.text.is_empty() {
        add("NOTE", escape(&note.text));
    }
    if !note.tags.is_empty() {
        let tags: Vec<String> = note.tags.iter().map(|t| escape(t)).collect();
        add("CATEGORIES", tags.join(","));
    }
    if let Some(stand) = &note.stand {
        add("X-MAILLAGE-STAND", escape(stand));
    }
    add("REV", note.updated.strftime("%Y%m%dT%H%M%SZ").to_string());
    let uid = match uuid::Uuid::parse_str(&note.id) {
        Ok(uuid) => format!("urn:uuid:{}", uuid.hyphenated()),
        Err(_) => escape(&note.id),
    };
    add("UID", uid);
    lines.push("END:VCARD".to_string());
    lines
}

/// Family name and given names, for N: the last word is taken as the family
/// name. A guess (names vary too much for a rule), but address books need N,
/// and FN keeps the name exactly as typed.
pub(crate) fn split_name(name: &str) -> (&str, &str) {
    let name = name.trim();
    match name.rsplit_once(char::is_whitespace) {
        Some((given, family)) => (family, given.trim_end()),
        None => (name, ""),
    }
}

/// Escapes a text value (RFC 6350 section 3.4) and drops control characters.
pub fn escape(value: &str) -> String {
    let value = value.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded to 75 octets per physical line, each ended
/// by CRLF; continuation lines start with one space, which counts.
pub fn fold_into(out: &mut String, line: &str) {
    let mut limit = MAX_LINE;
    let mut rest = line;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        // Keep an escape (`\n`, `\,`...) on one line: RFC 6350 allows the
        // split, but some readers unescape before they unfold.
        let backslashes = rest[..cut]
            .bytes()
            .rev()
            .take_while(|&b| b == b'\\')
            .count();
        if backslashes % 2 == 1 {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = MAX_LINE - 1;
    }
}
