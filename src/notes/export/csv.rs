//! CSV export (RFC 4180): a header row, CRLF line ends, fields quoted when
//! they hold a comma, a quote or a line break. UTF-8, without a byte-order mark.

use super::in_export_order;
use crate::notes::Note;

/// The header row, in column order.
pub const COLUMNS: [&str; 15] = [
    "id",
    "event",
    "name",
    "organisation",
    "organisation_id",
    "role",
    "email",
    "phone",
    "stand",
    "tags",
    "follow_up",
    "follow_up_date",
    "text",
    "created",
    "updated",
];

pub fn to_csv(notes: &[&Note]) -> Result<String, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(COLUMNS)?;
    for note in in_export_order(notes) {
        let organisation = note.organisation.as_ref();
        let date = note.follow_up.date().map(|d| d.to_string());
        writer.write_record([
            note.id.as_str(),
            note.event.as_str(),
            note.name.as_str(),
            organisation.map_or("", |o| o.name.as_str()),
            organisation.and_then(|o| o.id.as_deref()).unwrap_or(""),
            note.role.as_deref().unwrap_or(""),
            note.email.as_deref().unwrap_or(""),
            note.phone.as_deref().unwrap_or(""),
            note.stand.as_deref().unwrap_or(""),
            note.tags.join(", ").as_str(),
            note.follow_up.label(),
            date.as_deref().unwrap_or(""),
            note.text.as_str(),
            note.created.to_string().as_str(),
            note.updated.to_string().as_str(),
        ])?;
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    // Only &str went in, so the bytes are UTF-8.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
