//! JSON export: a notes file (same format as `notes.json`) holding only the
//! exported notes and no tombstones, so it can be read back as it is.

use super::in_export_order;
use crate::notes::Note;
use crate::notes::model::NotesFile;

pub fn to_json(notes: &[&Note]) -> serde_json::Result<String> {
    let file = NotesFile {
        notes: in_export_order(notes).into_iter().cloned().collect(),
        ..NotesFile::default()
    };
    let mut text = serde_json::to_string_pretty(&file)?;
    text.push('\n');
    Ok(text)
}
