//! Turning a conference's published schedule into a directory's programme:
//! the frab/Pentabarf `schedule.xml` that frab and pretalx export, and the
//! same schedule as JSON (`schedule.json`, the c3voc schema).
//!
//! Both formats are read into one raw form ([`raw::RawSchedule`], every
//! value with its line and column), and one code path turns that into
//! talks, rooms and speakers (`build.rs`): a talk starts at its event's
//! `date` when that carries an offset, else at its day's date and its
//! `start` in the conference's `time_zone_name`; it ends `duration` later.
//!
//! Nothing is dropped without a word: a malformed event (no title, a time
//! or duration that cannot be read) is refused at its line and column, and
//! then nothing is written. What is kept of an event is listed in
//! `data/README.md`.
//!
//! Pure: bytes in, a directory (or problems) out; the CLI does the files.

mod build;
mod json;
mod raw;
mod text;
mod xml;

use std::path::Path;

use crate::directory::Directory;
use crate::i18n::Lang;
use crate::json_error::JsonProblem;

use super::{Diagnostic, Refused};

/// The two forms a schedule is published in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScheduleFormat {
    Xml,
    Json,
}

/// What can be wrong with a schedule file, or with one of its events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScheduleProblem {
    /// The file is not UTF-8 (the first bad byte).
    NotUtf8(u8),
    /// The XML reader's own message, in English.
    NotXml(String),
    /// The JSON is not well formed.
    Json(JsonProblem),
    /// Well-formed XML or JSON, but no `<schedule>` (`{"schedule": …}`) in it.
    NotSchedule,
    /// A schedule without a single event.
    NoEvents,
    /// An event without a title.
    MissingTitle,
    /// An event with neither a `date` nor a `start` on a dated day.
    NoTime,
    /// An event's `date` that is no date and time.
    BadDate(String),
    /// An event's `start` that is no `HH:MM`.
    BadStart(String),
    /// An event's `duration` that is no `HH:MM`.
    BadDuration(String),
    /// An event's time has no offset, and the conference names no time zone.
    NoTimeZone,
    /// The conference's `time_zone_name` is no time zone maillage knows.
    UnknownTimeZone(String),
    /// An event overlaps another in the same room: the room, the other
    /// event's title and the line it starts on.
    Overlaps {
        room: String,
        other: String,
        other_line: usize,
    },
    /// `--into` with a spreadsheet: it adds a schedule to a directory.
    IntoNeedsSchedule,
    /// An option of the spreadsheet import (`--sheet`, `--plan`) given
    /// with a schedule.
    NotForSchedule(&'static str),
}

/// What the caller decides rather than the file.
#[derive(Debug, Clone, Default)]
pub struct ScheduleOptions {
    /// The event's name instead of the conference's title.
    pub event_name: Option<String>,
    /// The language of what the importer writes into the directory (notes).
    pub lang: Lang,
}

/// A successful import of a schedule.
#[derive(Debug, Clone)]
pub struct ScheduleImported {
    pub directory: Directory,
    /// Events read: each became a talk (a refused one fails the import).
    pub events_read: usize,
    /// Talks, rooms and speakers (people) the schedule added.
    pub talks: usize,
    /// Of those talks, how many replaced the talk of the same id already in
    /// the directory (`--into` with a schedule imported before: an update).
    pub talks_updated: usize,
    pub rooms: usize,
    pub speakers: usize,
}

/// Whether `bytes` are a schedule, and in which form: by their content
/// first (`<…` is XML; a JSON object holding `"schedule"` is JSON), then by
/// `name`'s extension (`.xml`, `.json`), so a broken schedule is reported
/// as one rather than read as CSV. `None`: a spreadsheet or CSV file.
pub fn detect(name: &Path, bytes: &[u8]) -> Option<ScheduleFormat> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = text.iter().position(|b| !b.is_ascii_whitespace());
    let first = start.map(|i| text[i]);
    let extension = name
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    match (first, extension.as_deref()) {
        (Some(b'<'), _) => Some(ScheduleFormat::Xml),
        (Some(b'{'), _) if memchr::memmem::find(text, b"\"schedule\"").is_some() => {
            Some(ScheduleFormat::Json)
        }
        (_, Some("xml")) => Some(ScheduleFormat::Xml),
        (_, Some("json")) => Some(ScheduleFormat::Json),
        _ => None,
    }
}

/// Imports a schedule into a new directory, or into `into` (a directory
/// made from a spreadsheet): its rooms that are the plan's halls or
/// landmarks become those, and its speakers already in `people` are reused.
pub fn import_schedule(
    bytes: &[u8],
    format: ScheduleFormat,
    into: Option<Directory>,
    options: &ScheduleOptions,
) -> Result<ScheduleImported, Refused> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.strip_prefix('\u{feff}').unwrap_or(text),
        Err(e) => {
            let at = e.valid_up_to();
            let (line, column) = crate::text_position::line_column(bytes, at);
            let problem = ScheduleProblem::NotUtf8(bytes[at]);
            return Err(Diagnostic::new(line, column, problem.into()).into());
        }
    };
    let raw = match format {
        ScheduleFormat::Xml => xml::read(text)?,
        ScheduleFormat::Json => json::read(text)?,
    };
    build::build(raw, into, options)
}

impl From<ScheduleProblem> for super::messages::ImportProblem {
    fn from(problem: ScheduleProblem) -> Self {
        super::messages::ImportProblem::Schedule(problem)
    }
}

#[cfg(test)]
mod tests;
