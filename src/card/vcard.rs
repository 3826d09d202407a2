//! Your card as vCard 4.0 text (RFC 6350): the text the QR code holds and
//! `maillage card --vcard` prints. Written with the notes export's escaping
//! and folding (CRLF line ends, lines folded at 75 octets), so both exports
//! follow the same rules.
//!
//! Only what a phone needs is written, since every byte makes the QR code
//! denser: no REV (the UID already tells a phone it is the same card).

use super::Card;
use crate::notes::export::vcard::{escape, fold_into};
use crate::notes::split_name;

/// The card's vCard, lines ended by CRLF.
pub fn to_vcard(card: &Card) -> String {
    let mut lines = vec!["BEGIN:VCARD".to_string(), "VERSION:4.0".to_string()];
    let mut add = |name: &str, value: String| lines.push(format!("{name}:{value}"));
    add("FN", escape(&card.name));
    // The same guess as for a note (particles start the family name).
    let name = split_name(&card.name);
    add(
        "N",
        format!("{};{};;;", escape(&name.family), escape(&name.given)),
    );
    let optional = [
        ("ORG", &card.organisation),
        ("TITLE", &card.role),
        ("EMAIL", &card.email),
        ("TEL", &card.phone),
    ];
    for (name, value) in optional {
        if let Some(value) = value {
            add(name, escape(value));
        }
    }
    if let Some(website) = &card.website {
        add("URL", uri(website));
    }
    let uid = match uuid::Uuid::parse_str(&card.uid) {
        Ok(uuid) => format!("urn:uuid:{}", uuid.hyphenated()),
        Err(_) => escape(&card.uid),
    };
    add("UID", uid);
    lines.push("END:VCARD".to_string());
    let mut out = String::new();
    for line in lines {
        fold_into(&mut out, &line);
    }
    out
}

/// A website as a URI (URL is not a text value: no escaping), with
/// `https://` in front when it has no scheme, so a phone opens it.
fn uri(website: &str) -> String {
    let clean: String = website
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect();
    if clean.contains("://") || clean.starts_with("mailto:") {
        clean
    } else {
        format!("https://{clean}")
    }
}
