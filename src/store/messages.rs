//! Why a store's file cannot be used, as data ([`StoreReason`]), worded in
//! English or French when shown. The English words are the ones the store
//! always printed (tests pin them).

use crate::lang::Lang;

/// What went wrong with a store's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreReason {
    /// serde_json's own message (English), without its position.
    Syntax(String),
    /// `found` is the `format` value as written in JSON.
    WrongFormat {
        what: &'static str,
        found: String,
        expected: &'static str,
    },
    NoFormat {
        what: &'static str,
        expected: &'static str,
    },
    NewerVersion {
        version: u64,
        reads: u64,
    },
    /// `found` is the version as written, `None` when there is none.
    UnknownVersion {
        found: Option<String>,
        reads: u64,
    },
    CannotRead {
        what: &'static str,
        cause: IoCause,
    },
    CannotSave {
        what: &'static str,
        cause: IoCause,
    },
    /// serde_json's message (English): a defect, not a user error.
    CannotEncode {
        what: &'static str,
        error: String,
    },
    NothingToSetAside {
        what: &'static str,
    },
}

/// Why the system refused to read or write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IoCause {
    PermissionDenied,
    /// The system's text is kept for English, which always showed it.
    NotFound(String),
    /// The system's own wording, in English (disk full and the like).
    Other(String),
}

impl IoCause {
    pub fn from_io(e: &std::io::Error) -> IoCause {
        match e.kind() {
            std::io::ErrorKind::PermissionDenied => IoCause::PermissionDenied,
            std::io::ErrorKind::NotFound => IoCause::NotFound(e.to_string()),
            _ => IoCause::Other(e.to_string()),
        }
    }

    fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (IoCause::PermissionDenied, Lang::En) => "permission denied".into(),
            (IoCause::PermissionDenied, Lang::Fr) => "permission refusée".into(),
            (IoCause::NotFound(_), Lang::Fr) => "fichier ou dossier introuvable".into(),
            (IoCause::NotFound(text) | IoCause::Other(text), _) => text.clone(),
        }
    }
}

/// A document's name ([`super::Document::WHAT`]) in French: with its article,
/// and with `de` (`le fichier de notes`). An unknown one stays as written.
fn french_what(what: &str) -> (String, String) {
    match what {
        "notes" => ("les notes".into(), "de notes".into()),
        "plan" => ("le plan".into(), "de plan".into()),
        other => (format!("« {other} »"), format!("« {other} »")),
    }
}

impl StoreReason {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.english(),
            Lang::Fr => self.french(),
        }
    }

    fn english(&self) -> String {
        use StoreReason as R;
        match self {
            R::Syntax(text) => text.clone(),
            R::WrongFormat {
                what,
                found,
                expected,
            } => format!(
                "not a maillage {what} file: \"format\" is {found}, expected \"{expected}\""
            ),
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
            R::CannotRead { what, cause } => {
                format!("cannot read the {what} file: {}", cause.text(Lang::En))
            }
            R::CannotSave { what, cause } => {
                format!("cannot save the {what}: {}", cause.text(Lang::En))
            }
            R::CannotEncode { what, error } => format!("cannot encode the {what}: {error}"),
            R::NothingToSetAside { what } => {
                format!("the {what} file is fine; nothing to set aside")
            }
        }
    }

    fn french(&self) -> String {
        use StoreReason as R;
        match self {
            // serde_json speaks English; its usual shapes are translated.
            R::Syntax(text) => {
                crate::directory::messages::french_serde(text).unwrap_or_else(|| text.clone())
            }
            R::WrongFormat {
                what,
                found,
                expected,
            } => format!(
                "ce n'est pas un fichier {} maillage : \"format\" vaut {found}, \"{expected}\" attendu",
                french_what(what).1
            ),
            R::NoFormat { what, expected } => format!(
                "ce n'est pas un fichier {} maillage : il n'a pas de \"format\": \"{expected}\"",
                french_what(what).1
            ),
            R::NewerVersion { version, reads } => format!(
                "la version {version} a été écrite par un maillage plus récent ; celui-ci lit la version {reads}"
            ),
            R::UnknownVersion { found, reads } => format!(
                "version inconnue {} ; cette version de maillage lit la version {reads}",
                found.as_deref().unwrap_or("(absente)")
            ),
            R::CannotRead { what, cause } => format!(
                "impossible de lire le fichier {} : {}",
                french_what(what).1,
                cause.text(Lang::Fr)
            ),
            R::CannotSave { what, cause } => format!(
                "impossible d'enregistrer {} : {}",
                french_what(what).0,
                cause.text(Lang::Fr)
            ),
            R::CannotEncode { what, error } => {
                format!("impossible d'encoder {} : {error}", french_what(what).0)
            }
            R::NothingToSetAside { what } => format!(
                "le fichier {} est en bon état ; rien à mettre de côté",
                french_what(what).1
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn samples() -> Vec<StoreReason> {
        use StoreReason as R;
        let cause = || IoCause::PermissionDenied;
        vec![
            R::Syntax("expected `,` or `}`".into()),
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
        for reason in samples() {
            let (en, fr) = (reason.text(Lang::En), reason.text(Lang::Fr));
            assert!(!en.is_empty() && !fr.is_empty(), "{reason:?}");
            assert_ne!(en, fr, "{reason:?}");
        }
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
}
