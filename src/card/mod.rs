//! Your card: your own contact details, to hand over at the event as a QR
//! code a phone camera reads (a vCard), drawn in the terminal.
//!
//! - [`CardFile`]: `card.json` in the configuration folder, beside the notes,
//!   kept by [`crate::store::Store`] (atomic write, 0600, locked, merged with
//!   another instance's copy: the later change wins);
//! - [`vcard`]: the card as vCard 4.0 text (RFC 6350), the text the QR code holds;
//! - [`qr`]: the QR code of that text, and its drawing in half blocks.
//!
//! Nothing here touches the network: the card leaves the machine only
//! through the screen.

pub mod qr;
pub mod vcard;

use serde::{Deserialize, Serialize};

/// The format tag a card file carries.
pub const FORMAT: &str = "maillage-card";
/// The version of the card format this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;
/// The name of the card file in the configuration folder, beside the notes.
pub const FILE_NAME: &str = "card.json";

/// `card.json`: the card, if one was entered, and when it last changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardFile {
    pub format: String,
    pub version: u32,
    /// When the card was last set or cleared; `None` for a file never written.
    #[serde(default)]
    pub changed: Option<jiff::Timestamp>,
    #[serde(default)]
    pub card: Option<Card>,
}

/// Your contact details. Only the name is required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// A UUID made when the card is first entered and kept through every
    /// edit, so a phone that reads the card twice updates one contact.
    pub uid: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// One item of a card, in the order the form and the text show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CardField {
    Name,
    Organisation,
    Role,
    Email,
    Phone,
    Website,
}

impl CardField {
    pub const ALL: [CardField; 6] = [
        CardField::Name,
        CardField::Organisation,
        CardField::Role,
        CardField::Email,
        CardField::Phone,
        CardField::Website,
    ];

    /// The field's name on the command line (`--clear org`).
    pub fn key(self) -> &'static str {
        match self {
            CardField::Name => "name",
            CardField::Organisation => "org",
            CardField::Role => "role",
            CardField::Email => "email",
            CardField::Phone => "phone",
            CardField::Website => "website",
        }
    }

    /// The field's label in `lang`.
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        let t = &crate::i18n::t(lang).card;
        match self {
            CardField::Name => t.name,
            CardField::Organisation => t.organisation,
            CardField::Role => t.role,
            CardField::Email => t.email,
            CardField::Phone => t.phone,
            CardField::Website => t.website,
        }
    }
}

/// Why a card cannot be saved as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardError {
    /// Every card has a name.
    NoName,
    /// The vCard is too long for any QR code (about 2,300 bytes).
    TooLong,
}

impl CardError {
    pub fn message(self, lang: crate::i18n::Lang) -> &'static str {
        let t = &crate::i18n::t(lang).card;
        match self {
            CardError::NoName => t.no_name,
            CardError::TooLong => t.too_long,
        }
    }
}

impl Default for CardFile {
    fn default() -> Self {
        CardFile {
            format: FORMAT.to_string(),
            version: FORMAT_VERSION,
            changed: None,
            card: None,
        }
    }
}

impl CardFile {
    /// Sets the fields of `changes` (an empty value clears the field) on the
    /// card, making one if there is none. The result must have a name and fit
    /// in a QR code; otherwise nothing changes. `now` is the time of the
    /// change (kept after the previous one even if the clock went back).
    pub fn set(
        &mut self,
        changes: &[(CardField, String)],
        now: jiff::Timestamp,
    ) -> Result<&Card, CardError> {
        let mut card = self.card.clone().unwrap_or_else(|| Card {
            uid: uuid::Uuid::now_v7().hyphenated().to_string(),
            name: String::new(),
            organisation: None,
            role: None,
            email: None,
            phone: None,
            website: None,
        });
        for (field, value) in changes {
            card.set(*field, value);
        }
        if card.name.is_empty() {
            return Err(CardError::NoName);
        }
        qr::QrMatrix::encode(&vcard::to_vcard(&card))?;
        self.card = Some(card);
        self.touch(now);
        Ok(self.card.as_ref().expect("just set"))
    }

    /// Whether [`CardFile::set`] would accept `changes`, changing nothing:
    /// checked before a save, so a refused card never touches the file.
    pub fn check(&self, changes: &[(CardField, String)]) -> Result<(), CardError> {
        self.clone()
            .set(changes, jiff::Timestamp::now())
            .map(|_| ())
    }

    /// Removes the card. Returns whether there was one.
    pub fn clear(&mut self, now: jiff::Timestamp) -> bool {
        let had = self.card.take().is_some();
        self.touch(now);
        had
    }

    fn touch(&mut self, now: jiff::Timestamp) {
        let after = self
            .changed
            .and_then(|c| c.checked_add(jiff::SignedDuration::from_millis(1)).ok());
        self.changed = Some(match after {
            Some(after) if after > now => after,
            _ => now,
        });
    }
}

impl Card {
    /// The field's value, `None` when not given.
    pub fn get(&self, field: CardField) -> Option<&str> {
        match field {
            CardField::Name => Some(self.name.as_str()).filter(|n| !n.is_empty()),
            CardField::Organisation => self.organisation.as_deref(),
            CardField::Role => self.role.as_deref(),
            CardField::Email => self.email.as_deref(),
            CardField::Phone => self.phone.as_deref(),
            CardField::Website => self.website.as_deref(),
        }
    }

    /// Sets a field to `value` on one line, trimmed; empty clears it.
    pub fn set(&mut self, field: CardField, value: &str) {
        let line: String = value
            .split(['\r', '\n'])
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let value = Some(line).filter(|v| !v.is_empty());
        match field {
            CardField::Name => self.name = value.unwrap_or_default(),
            CardField::Organisation => self.organisation = value,
            CardField::Role => self.role = value,
            CardField::Email => self.email = value,
            CardField::Phone => self.phone = value,
            CardField::Website => self.website = value,
        }
    }
}

/// Kept by [`crate::store::Store`] like the notes and the plan: atomic,
/// private, locked, never overwriting a file it cannot read. Two copies
/// merge whole: the card changed last wins (it is one person's card; a
/// field-by-field mix of two versions would be neither).
impl crate::store::Document for CardFile {
    const FORMAT: &'static str = FORMAT;
    const VERSION: u64 = FORMAT_VERSION as u64;
    const WHAT: &'static str = "card";

    fn merge(ours: Self, theirs: Self) -> Self {
        if theirs.changed > ours.changed {
            theirs
        } else {
            ours
        }
    }

    fn set_version(&mut self) {
        self.version = FORMAT_VERSION;
    }
}

#[cfg(test)]
mod tests;
