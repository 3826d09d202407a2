//! Why a store's file cannot be used: every reason in both languages.

use super::*;
use crate::json_error::JsonProblem;
use crate::store::IoCause;

fn samples() -> Vec<StoreReason> {
    use StoreReason as R;
    let cause = || IoCause::PermissionDenied;
    vec![
        R::Json(JsonProblem::TrailingComma),
        R::WrongFormat {
            what: "notes",
            found: "\"x\"".into(),
            expected: "maillage-notes",
        },
        R::NoFormat {
            what: "plan",
            expected: "maillage-plan",
        },
        R::NewerVersion {
            version: 9,
            reads: 1,
        },
        R::UnknownVersion {
            found: None,
            reads: 1,
        },
        R::CannotRead {
            what: "notes",
            cause: cause(),
        },
        R::CannotSave {
            what: "plan",
            cause: IoCause::NotFound("No such file or directory (os error 2)".into()),
        },
        R::CannotEncode {
            what: "notes",
            error: "e".into(),
        },
        R::NothingToSetAside { what: "notes" },
    ]
}

#[test]
fn every_reason_reads_differently_in_french_and_english() {
    assert_translated(&samples(), StoreReason::text);
}

#[test]
fn french_names_the_document() {
    let reason = StoreReason::CannotRead {
        what: "notes",
        cause: IoCause::PermissionDenied,
    };
    assert_eq!(
        reason.text(Lang::Fr),
        "impossible de lire le fichier de notes : permission refusée"
    );
}
