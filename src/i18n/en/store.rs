//! Why a store's file (notes, plan) cannot be used, in English (the words
//! the store always printed; tests pin them).

use crate::i18n::StoreTexts;
use crate::store::{IoCause, StoreReason};

pub(super) const STORE: StoreTexts = StoreTexts {
    reason,
    conflicts_merged,
    conflict_unreadable,
};

fn conflicts_merged(what: &str, count: usize) -> String {
    let copies = if count == 1 { "copy" } else { "copies" };
    format!(
        "{count} sync conflict {copies} of the {what} file merged (renamed *.merged-…, not deleted)"
    )
}

fn conflict_unreadable(problem: &str, moved_to: &str) -> String {
    format!("{problem} — this sync conflict copy was not merged; set aside as {moved_to}")
}

fn cause(cause: &IoCause) -> String {
    match cause {
        IoCause::PermissionDenied => "permission denied".into(),
        IoCause::NotFound(text) | IoCause::Other(text) => text.clone(),
    }
}

fn reason(reason: &StoreReason) -> String {
    use StoreReason as R;
    match reason {
        R::Json(problem) => super::json::problem(problem),
        R::WrongFormat {
            what,
            found,
            expected,
        } => format!("not a maillage {what} file: \"format\" is {found}, expected \"{expected}\""),
        R::NoFormat { what, expected } => {
            format!("not a maillage {what} file: no \"format\": \"{expected}\"")
        }
        R::NewerVersion { version, reads } => format!(
            "version {version} was written by a newer maillage; this one reads version {reads}"
        ),
        R::UnknownVersion { found, reads } => format!(
            "unknown version {}; this build reads version {reads}",
            found.as_deref().unwrap_or("missing")
        ),
        R::CannotRead { what, cause: c } => {
            format!("cannot read the {what} file: {}", cause(c))
        }
        R::CannotSave { what, cause: c } => format!("cannot save the {what}: {}", cause(c)),
        R::CannotEncode { what, error } => format!("cannot encode the {what}: {error}"),
        R::NothingToSetAside { what } => {
            format!("the {what} file is fine; nothing to set aside")
        }
    }
}
