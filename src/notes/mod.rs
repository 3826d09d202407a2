//! Contact notes: a private notebook of the people met at an event.
//!
//! - [`model`]: the note and the notes file (format `maillage-notes`,
//!   version 1, documented in the README ("Notes")), and how two copies merge;
//! - [`date`]: follow-up dates as people type and read them;
//! - [`names`]: given and family names, typed or guessed from the name;
//! - [`draft`]: what the user types, and its checks;
//! - [`book`]: [`NotesBook`], the notes of one event as the TUI and the CLI
//!   use them (this event's, or every event's), saved through
//!   [`crate::store`] at every change;
//! - [`across`]: one notebook across events: a note's organisation in
//!   another edition's directory, events named;
//! - [`export`]: vCard 4.0 (one file, or a vdir folder), iCalendar to-dos,
//!   CSV, Markdown and JSON;
//! - [`vcf`] and [`import`]: vCard files read into notes.

pub mod across;
pub mod book;
pub mod date;
pub mod draft;
pub mod export;
pub mod import;
pub mod model;
pub mod names;
pub mod vcf;

pub use book::{Added, NoteError, NotesBook, Scope};
pub use date::{DateError, editable_date, format_date, parse_date};
pub use draft::{DraftError, NoteDraft, Warning};
pub use model::{FollowUp, Note, NoteVersion, NotesFile, OrganisationRef, Tombstone};
pub use names::{SplitName, names_of, split_name};

use std::path::{Path, PathBuf};

/// The environment variable that overrides the configuration folder.
pub const CONFIG_DIR_ENV: &str = "MAILLAGE_CONFIG_DIR";

/// Where notes live: `explicit` (`--config-dir`), else `$MAILLAGE_CONFIG_DIR`,
/// else the system's configuration folder for maillage (Linux:
/// `$XDG_CONFIG_HOME/maillage`, else `~/.config/maillage`). `None` when the
/// system has no home folder to derive it from.
pub fn config_dir(explicit: Option<&Path>) -> Option<PathBuf> {
    if let Some(dir) = explicit {
        return Some(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os(CONFIG_DIR_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "maillage").map(|d| d.config_dir().to_path_buf())
}

/// What to tell the user about an unusable notes file, in the TUI and the
/// CLI alike: `path:line:column: message`, then what happens and what to do.
/// Both in `lang`.
pub fn problem_message(problem: &crate::store::StoreError, lang: crate::i18n::Lang) -> String {
    let advice = crate::i18n::t(lang).notes.unusable_advice;
    format!("{}\n{advice}", problem.render(lang))
}
