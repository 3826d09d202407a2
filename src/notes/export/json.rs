//! JSON export: a notes file (same format as `notes.json`) holding only the
//! exported notes and no tombstones, so it can be read back as it is.

use super::in_export_order;
use crate::notes::Note;
use crate::notes::model::NotesFile;
use crate::sanitize::json_for_terminal;

pub fn to_json(notes: &[&Note]) -> serde_json::Result<String> {
    let file = NotesFile {
        notes: in_export_order(notes).into_iter().cloned().collect(),
        ..NotesFile::default()
    };
    let mut text = json_for_terminal(&serde_json::to_string_pretty(&file)?).into_owned();
    text.push('\n');
    Ok(text)
}
