//! The strings of the notes part of the TUI (tab, detail, form, popups).

// Detail of a note, and notes shown in other details.
pub const NOTE_ORGANISATION: &str = "Organisation";
pub const NOTE_ROLE: &str = "Role";
pub const NOTE_EMAIL: &str = "E-mail";
pub const NOTE_PHONE: &str = "Phone";
pub const NOTE_STAND: &str = "Stand";
pub const NOTE_TAGS: &str = "Tags";
pub const NOTE_FOLLOW_UP: &str = "Follow-up";
pub const NOTE_CREATED: &str = "Created";
pub const NOTE_UPDATED: &str = "Updated";
pub const NOTE_IN_DIRECTORY: &str = "In the directory";
pub const YOUR_NOTES: &str = "Your notes";
pub const FOLLOW_NONE: &str = "none";
pub const FOLLOW_TODO: &str = "to do";
pub const FOLLOW_DONE: &str = "done";

/// `to do`, or `to do by 2026-12-01`.
pub fn follow_up(state: &crate::notes::FollowUp) -> String {
    use crate::notes::FollowUp;
    match state {
        FollowUp::None => FOLLOW_NONE.to_string(),
        FollowUp::Todo { date: None } => FOLLOW_TODO.to_string(),
        FollowUp::Todo { date: Some(d) } => format!("{FOLLOW_TODO} by {d}"),
        FollowUp::Done => FOLLOW_DONE.to_string(),
    }
}

// Notes list.
pub const NOTES_FOLLOW_UP_TITLE: &str = "to follow up";
pub const NO_NOTES: &str = "No notes yet. Alt-n or F5 (or n in a detail) adds one.";
pub const NO_FOLLOW_UPS: &str = "Nothing to follow up. Alt-u shows every note.";
pub const SET_ASIDE_HINT: &str = "F9 sets the file aside (after asking).";

// Status messages.
pub const NOTES_UNAVAILABLE: &str =
    "Notes are unavailable: no configuration folder (set MAILLAGE_CONFIG_DIR or --config-dir).";
pub const NOTES_READ_ONLY: &str =
    "Notes are read-only: the notes file cannot be read (see the banner). F9 sets it aside.";
pub const NO_NOTE_SHOWN: &str = "Select a note first (Notes tab, or a note in a detail).";
pub const NOTE_SAVED: &str = "Note saved.";
pub const NOTE_DELETED: &str = "Note deleted.";
pub const NOTE_GONE: &str = "That note no longer exists (deleted elsewhere?).";
pub const NOTES_FILE_FINE: &str = "The notes file is fine: nothing to set aside.";
pub const NOTES_RELOADED: &str = "Notes changed on disk: reloaded.";

pub fn follow_up_now(state: &crate::notes::FollowUp) -> String {
    format!("Follow-up: {}.", follow_up(state))
}

pub fn set_aside_done(path: Option<&std::path::Path>) -> String {
    match path {
        Some(p) => format!(
            "The unreadable file was renamed to {}; notes start afresh.",
            p.display()
        ),
        None => "Notes start afresh.".to_string(),
    }
}

pub fn saved_with_warnings(warnings: &[String]) -> String {
    format!("{} {}", NOTE_SAVED, warnings.join(" "))
}

// Banner shown while the notes file is unreadable.
pub const BANNER_HINT: &str = "Notes are read-only; the file is left untouched. Repair it, or F9: set it aside and start afresh.";

// Confirmations.
pub const CONFIRM_TITLE: &str = "Please confirm";
pub const CONFIRM_FOOTER: &str = "y: yes · n or Esc: no";
pub fn confirm_delete(name: &str) -> String {
    format!("Delete the note on {name}? This cannot be undone here.")
}
pub const CONFIRM_DISCARD: &str = "Throw away the changes made in this form?";
pub const CONFIRM_QUIT: &str = "Quit and throw away the changes made in this form?";
pub const CONFIRM_SET_ASIDE: &str = "Set the unreadable notes file aside (it is renamed, \
never deleted) and start with no notes?";

// The form.
pub const FORM_NEW: &str = "New note";
pub const FORM_EDIT: &str = "Edit note";
pub const FORM_FOOTER: &str =
    "Tab/Shift-Tab: field · Ctrl-S: save · Esc: cancel · Ctrl-O or F4: $EDITOR";
pub const FIELD_NAME: &str = "Name *";
pub const FIELD_ORGANISATION: &str = "Organisation";
pub const FIELD_ROLE: &str = "Role";
pub const FIELD_EMAIL: &str = "E-mail";
pub const FIELD_PHONE: &str = "Phone";
pub const FIELD_STAND: &str = "Stand";
pub const FIELD_TAGS: &str = "Tags";
pub const FIELD_FOLLOW_UP: &str = "Follow-up";
pub const FIELD_DATE: &str = "By date";
pub const FIELD_TEXT: &str = "Text";
pub const TAGS_PLACEHOLDER: &str = "comma-separated";
pub const DATE_PLACEHOLDER: &str = "YYYY-MM-DD, optional";
pub const ORG_PLACEHOLDER: &str = "type to pick from the directory, or free text";
pub const TEXT_PLACEHOLDER: &str = "What to remember… (Enter: new line)";
pub const ORG_LINKED: &str = "directory";
pub const FOLLOW_UP_KEYS: &str = "Space ←→: change";
pub const COMPLETION_KEYS: &str = "↑↓ Enter: pick";
pub const BAD_DATE: &str = "The date must be written YYYY-MM-DD, e.g. 2026-12-01.";

pub fn editor_failed(why: &str) -> String {
    format!("The editor did not run: {why}")
}
