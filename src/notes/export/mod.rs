//! Exports of notes to other tools: address books (vCard, and a vdir folder
//! of cards for khard and vdirsyncer), task lists (iCalendar), spreadsheets
//! (CSV), documents (Markdown) and programs (JSON).
//!
//! Each export takes the notes to write, in any order, and sorts them itself,
//! so the same notes always give the same bytes.

pub mod csv;
pub mod ics;
pub mod json;
pub mod markdown;
pub mod vcard;
pub mod vdir;

use super::model::Note;
use crate::i18n::Lang;

/// The formats `maillage notes export --format` offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// (The vdir export writes a folder, not one file: see [`vdir`].)
pub enum Format {
    Vcard,
    Csv(csv::CsvOptions),
    Markdown,
    Json,
    /// The follow-ups as iCalendar to-dos.
    Ics,
}

/// The notes written in `format`; what people read (Markdown, the to-dos'
/// summaries) is worded in `lang`, formats for programs are the same in
/// every language.
pub fn export(format: Format, notes: &[&Note], lang: Lang) -> Result<Vec<u8>, String> {
    match format {
        Format::Vcard => Ok(vcard::to_vcard(notes).into_bytes()),
        Format::Csv(options) => csv::to_csv(notes, options)
            .map(String::into_bytes)
            .map_err(|e| e.to_string()),
        Format::Markdown => Ok(markdown::to_markdown(notes, lang).into_bytes()),
        Format::Json => json::to_json(notes)
            .map(String::into_bytes)
            .map_err(|e| e.to_string()),
        Format::Ics => Ok(ics::to_ics(notes, lang).into_bytes()),
    }
}

/// Notes by name (as a reader expects: case and accents folded, numbers in
/// numeric order), then id: the order of every export (the Markdown one
/// then groups them).
pub fn in_export_order<'a>(notes: &[&'a Note]) -> Vec<&'a Note> {
    let mut notes = notes.to_vec();
    notes.sort_by_cached_key(|n| (crate::search::fold::collation_key(&n.name), n.id.clone()));
    notes
}
