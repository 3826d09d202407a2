//! Why a store's file (notes, plan) cannot be used, in English (the words
//! the store always printed; tests pin them).

use crate::i18n::StoreTexts;
use crate::store::{IoCause, StoreReason};

pub(super) const STORE: StoreTexts = StoreTexts { reason };

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
