//! The notes' messages in English.

use crate::i18n::NotesTexts;
use crate::notes::vcf::VcfProblem;
use crate::notes::{DateError, DraftError, Warning};

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
    overdue: "overdue",
    draft_error,
    date_error,
    warning,
    not_found: |id| format!("no note with id {id}"),
    ics_summary: |name, organisation| match organisation {
        Some(organisation) => format!("Follow up: {name} ({organisation})"),
        None => format!("Follow up: {name}"),
    },
    vcf_problem,
};

fn vcf_problem(problem: &VcfProblem) -> String {
    match problem {
        VcfProblem::NoName { .. } => "a card with no name (FN or N), not imported".into(),
        VcfProblem::Unclosed { .. } => {
            "a card that is never closed (no END:VCARD), not imported".into()
        }
    }
}

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

fn date_error(error: &DateError) -> String {
    match error {
        DateError::Unreadable(typed) => format!(
            "\u{201c}{typed}\u{201d} is not a date: write it 2026-12-15, 15/12/2026 or 15.12.2026"
        ),
        DateError::Impossible(typed) => {
            format!("there is no such day as \u{201c}{typed}\u{201d} (check the day and the month)")
        }
    }
}
