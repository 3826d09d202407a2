//! Why a store's file cannot be used, as data ([`StoreReason`]).
//! `crate::i18n` (`en/store.rs`, `fr/store.rs`) words it.

use crate::i18n::{Lang, t};
use crate::json_error::JsonProblem;

/// What went wrong with a store's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreReason {
    /// serde_json could not read the file (`crate::json_error`).
    Json(JsonProblem),
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
}

impl StoreReason {
    pub fn text(&self, lang: Lang) -> String {
        (t(lang).store.reason)(self)
    }
}
