//! Why a store's file (notes, plan) cannot be used, in French.

use crate::i18n::StoreTexts;
use crate::store::{IoCause, StoreReason};

pub(super) const STORE: StoreTexts = StoreTexts {
    reason,
    conflicts_merged,
    conflict_unreadable,
};

fn conflicts_merged(w: &str, count: usize) -> String {
    let (copies, s) = if count == 1 {
        ("copie", "")
    } else {
        ("copies", "s")
    };
    format!(
        "{count} {copies} en conflit de synchronisation du fichier {} fusionnée{s} \
         (renommée{s} *.merged-…, pas supprimée{s})",
        what(w).1
    )
}

fn conflict_unreadable(problem: &str, moved_to: &str) -> String {
    format!(
        "{problem} — cette copie en conflit de synchronisation n'a pas été fusionnée ; mise de côté sous le nom {moved_to}"
    )
}

fn cause(cause: &IoCause) -> String {
    match cause {
        IoCause::PermissionDenied => "permission refusée".into(),
        IoCause::NotFound(_) => "fichier ou dossier introuvable".into(),
        // The system's own words: only in English (disk full and the like).
        IoCause::Other(text) => text.clone(),
    }
}

/// A document's name ([`crate::store::Document::WHAT`]) with its article,
/// and with `de` (`le fichier de notes`). An unknown one stays as written.
fn what(what: &str) -> (String, String) {
    match what {
        "notes" => ("les notes".into(), "de notes".into()),
        "plan" => ("le plan".into(), "de plan".into()),
        "card" => ("votre carte".into(), "de carte".into()),
        other => (format!("« {other} »"), format!("« {other} »")),
    }
}

fn reason(reason: &StoreReason) -> String {
    use StoreReason as R;
    match reason {
        R::Json(problem) => super::json::problem(problem),
        R::WrongFormat {
            what: w,
            found,
            expected,
        } => format!(
            "ce n'est pas un fichier {} maillage : \"format\" vaut {found}, \"{expected}\" attendu",
            what(w).1
        ),
        R::NoFormat { what: w, expected } => format!(
            "ce n'est pas un fichier {} maillage : il n'a pas de \"format\": \"{expected}\"",
            what(w).1
        ),
        R::NewerVersion { version, reads } => format!(
            "la version {version} a été écrite par un maillage plus récent ; celui-ci lit la version {reads}"
        ),
        R::UnknownVersion { found, reads } => format!(
            "version inconnue {} ; cette version de maillage lit la version {reads}",
            found.as_deref().unwrap_or("(absente)")
        ),
        R::CannotRead { what: w, cause: c } => {
            format!("impossible de lire le fichier {} : {}", what(w).1, cause(c))
        }
        R::CannotSave { what: w, cause: c } => {
            format!("impossible d'enregistrer {} : {}", what(w).0, cause(c))
        }
        R::CannotEncode { what: w, error } => {
            format!("impossible d'encoder {} : {error}", what(w).0)
        }
        R::NothingToSetAside { what: w } => format!(
            "le fichier {} est en bon état ; rien à mettre de côté",
            what(w).1
        ),
    }
}
