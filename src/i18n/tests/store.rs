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

#[test]
fn conflict_copies_are_reported_in_both_languages() {
    let conflicts_merged = |lang| (t(lang).store.conflicts_merged)("plan", 2);
    let conflict_unreadable = |lang| {
        (t(lang).store.conflict_unreadable)("a.json:1:1: x", "a.json.broken-20261204T101500Z")
    };
    assert_all_translated(&[
        ("conflicts_merged", &conflicts_merged),
        ("conflict_unreadable", &conflict_unreadable),
    ]);
    assert_eq!(
        (t(Lang::Fr).store.conflicts_merged)("notes", 1),
        "1 copie en conflit de synchronisation du fichier de notes fusionnée \
         (renommée *.merged-…, pas supprimée)"
    );
}
