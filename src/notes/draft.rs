//! What the user types for a note, and its checks.

use std::fmt;

use super::model::{FollowUp, Note, OrganisationRef};
use crate::i18n::{Lang, t};

/// The fields a user fills in to add or edit a note (the form, or the CLI).
/// Text fields are trimmed on save; empty optional fields are dropped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoteDraft {
    pub name: String,
    /// Given and family names, when typed apart (empty: guessed from `name`).
    pub given_name: String,
    pub family_name: String,
    pub organisation: Option<OrganisationRef>,
    pub role: String,
    pub email: String,
    pub phone: String,
    pub stand: String,
    pub text: String,
    pub tags: Vec<String>,
    pub follow_up: FollowUp,
}

impl NoteDraft {
    /// The draft that edits `note` (the form opens with it).
    pub fn from_note(note: &Note) -> Self {
        NoteDraft {
            name: note.name.clone(),
            given_name: note.given_name.clone().unwrap_or_default(),
            family_name: note.family_name.clone().unwrap_or_default(),
            organisation: note.organisation.clone(),
            role: note.role.clone().unwrap_or_default(),
            email: note.email.clone().unwrap_or_default(),
            phone: note.phone.clone().unwrap_or_default(),
            stand: note.stand.clone().unwrap_or_default(),
            text: note.text.clone(),
            tags: note.tags.clone(),
            follow_up: note.follow_up,
        }
    }

    /// Checks the draft: an error refuses it, warnings are only shown.
    pub fn check(&self) -> Result<Vec<Warning>, DraftError> {
        if self.name.trim().is_empty() {
            return Err(DraftError::EmptyName);
        }
        let mut warnings = Vec::new();
        let email = self.email.trim();
        if !email.is_empty() && !looks_like_email(email) {
            warnings.push(Warning::MalformedEmail(email.to_string()));
        }
        Ok(warnings)
    }

    /// Writes the draft's fields into `note` (trimmed, empty ones dropped).
    pub(crate) fn apply_to(&self, note: &mut Note) {
        let optional = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        note.name = self.name.trim().to_string();
        note.given_name = optional(&self.given_name);
        note.family_name = optional(&self.family_name);
        note.organisation = self.organisation.as_ref().and_then(|o| {
            let name = o.name.trim().to_string();
            (!name.is_empty() || o.id.is_some()).then(|| OrganisationRef {
                id: o.id.clone(),
                name,
            })
        });
        note.role = optional(&self.role);
        note.email = optional(&self.email);
        note.phone = optional(&self.phone);
        note.stand = optional(&self.stand);
        // Keep inner line breaks and indentation; drop trailing blank lines.
        note.text = self.text.trim_end().to_string();
        let mut tags: Vec<String> = Vec::new();
        for tag in self.tags.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
            if !tags.iter().any(|t| t == tag) {
                tags.push(tag.to_string());
            }
        }
        note.tags = tags;
        note.follow_up = self.follow_up;
    }
}

/// A plausible e-mail address: `local@domain.tld`, no spaces, one `@`.
/// Deliberately loose: a warning, never a refusal.
pub fn looks_like_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && domain
            .split_once('.')
            .is_some_and(|(host, rest)| !host.is_empty() && !rest.is_empty())
        && !domain.ends_with('.')
        && !domain.contains("..")
}

/// Why a draft cannot be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftError {
    EmptyName,
}

impl DraftError {
    /// The message in `lang` (`Display` gives the English one).
    pub fn message(&self, lang: Lang) -> String {
        (t(lang).notes.draft_error)(self)
    }
}

impl fmt::Display for DraftError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DraftError {}

/// Something odd about a draft that is saved anyway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    MalformedEmail(String),
}

impl Warning {
    /// The message in `lang` (`Display` gives the English one).
    pub fn message(&self, lang: Lang) -> String {
        (t(lang).notes.warning)(self)
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}
