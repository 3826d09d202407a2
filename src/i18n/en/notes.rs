//! The notes' messages in English.

use crate::i18n::NotesTexts;
use crate::notes::{DraftError, Warning};

pub(super) const NOTES: NotesTexts = NotesTexts {
    unusable_advice: "The notes file was left untouched and notes are read-only. \
        Repair the file, or set it aside (it is renamed, never deleted) to start afresh.",
    md_title: "Contact notes",
    md_no_organisation: "No organisation",
    md_follow_up: "Follow up",
    md_todo: "to do",
    md_done: "done",
    md_email: "E-mail",
    md_phone: "Phone",
    md_stand: "Stand",
    md_tags: "Tags",
    md_todo_by: |date| format!("to do by {date}"),
    draft_error,
    warning,
    not_found: |id| format!("no note with id {id}"),
};

fn draft_error(error: &DraftError) -> String {
    match error {
        DraftError::EmptyName => "the person's name is required".into(),
    }
}

fn warning(warning: &Warning) -> String {
    match warning {
        Warning::MalformedEmail(e) => {
            format!("\"{e}\" does not look like an e-mail address (saved anyway)")
        }
    }
}
