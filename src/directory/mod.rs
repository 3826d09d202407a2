//! The event directory: model, loading and validation.
//!
//! A directory is read from JSON (the embedded default, or `--data FILE`),
//! checked for what JSON alone cannot express (unknown references, duplicate
//! ids, overlapping stands…), and then only read. Every problem found carries
//! the line and column of the offending value, so `maillage check` can print
//! `FILE:LINE:COLUMN: message` lines an editor can jump to.
//!
//! One data path, from file to screen: read the file, check it is UTF-8,
//! deserialize it with serde_json, validate it; its references are resolved
//! once, when first needed ([`Links`]), and every look-up then reads them.

mod groups;
mod layout;
mod links;
pub(crate) mod locate;
pub mod messages;
mod model;
mod occupancy;
mod people;
mod placement;
mod programme;
mod report;
mod stands;
mod text_list;
mod validate;
mod validate_programme;

pub use layout::approach_cell;
pub use links::Links;
pub use model::*;
pub use programme::{NowAndNext, Programme, Room, Speaker, Talk, TalkPlace, TalkTime};

use std::fmt;
use std::path::Path;

use crate::i18n::Lang;
use messages::{IoReason, Message, ProblemKind};

/// The default directory, embedded in the binary so the app works offline
/// with no file to install.
pub const DEFAULT_JSON: &str = include_str!("../../data/assises-sociales-2022.json");
/// The name shown for the embedded directory in messages.
pub const DEFAULT_NAME: &str = "data/assises-sociales-2022.json";

/// One thing wrong with a directory file, at a 1-based line and column,
/// in English: what tests and library users compare. See [`Finding`] for
/// the same in any language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// One thing wrong with a directory file, at a 1-based line and column,
/// kept as data so it can be worded in the user's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub line: usize,
    pub column: usize,
    pub message: Message,
}

impl Finding {
    fn at(line: usize, column: usize, kind: ProblemKind) -> Finding {
        let message = Message { kind, see: None };
        Finding {
            line,
            column,
            message,
        }
    }

    /// The problem worded in English.
    pub fn to_problem(&self) -> Problem {
        Problem {
            line: self.line,
            column: self.column,
            message: self.message.text(Lang::En),
        }
    }
}

/// Why a directory file could not be used: every problem found in it.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    /// The file as the user named it.
    pub file: String,
    /// Empty when the file could not be read at all (see `io`).
    pub problems: Vec<Finding>,
    /// The reason the file could not be read, if that was the trouble.
    pub io: Option<IoReason>,
}

impl LoadError {
    /// One line per problem, `FILE:LINE:COLUMN: message`, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        if let Some(io) = &self.io {
            return format!("{}: {}", self.file, io.text(lang));
        }
        let lines: Vec<String> = self
            .problems
            .iter()
            .map(|p| {
                let message = p.message.text(lang);
                format!("{}:{}:{}: {message}", self.file, p.line, p.column)
            })
            .collect();
        lines.join("\n")
    }
}

impl fmt::Display for LoadError {
    /// [`LoadError::render`] in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for LoadError {}

/// Parses and validates a directory from JSON text.
///
/// Returns every problem found, sorted by position, in English (see
/// [`parse_findings`]).
pub fn parse(text: &str) -> Result<Directory, Vec<Problem>> {
    parse_findings(text).map_err(|found| found.iter().map(Finding::to_problem).collect())
}

/// [`parse`], with problems kept as data to word in any language. A syntax
/// error stops at the first one, as there is no reliable way to read on
/// after it.
pub fn parse_findings(text: &str) -> Result<Directory, Vec<Finding>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let directory: Directory =
        serde_json::from_str(text).map_err(|e| validate::unreadable(text, &e))?;
    let mut problems = validate::validate(&directory, text);
    if problems.is_empty() {
        Ok(directory)
    } else {
        problems.sort_by_key(|p| (p.line, p.column));
        Err(problems)
    }
}

/// Reads, parses and validates the directory file at `path`.
pub fn load_file(path: &Path) -> Result<Directory, LoadError> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| LoadError {
        file: file.clone(),
        problems: Vec::new(),
        io: Some(IoReason::from_io(&e)),
    })?;
    // The SIMD check is three times as fast as std's on accented text; on
    // failure std's tells where the first bad byte is.
    let Ok(text) = simdutf8::basic::from_utf8(&bytes) else {
        let valid_up_to = std::str::from_utf8(&bytes).map_or_else(|e| e.valid_up_to(), |_| 0);
        let (line, column) = crate::text_position::line_column(&bytes, valid_up_to);
        return Err(LoadError {
            file,
            problems: vec![Finding::at(line, column, ProblemKind::NotUtf8)],
            io: None,
        });
    };
    parse_findings(text).map_err(|problems| LoadError {
        file,
        problems,
        io: None,
    })
}

/// The embedded default directory. It is checked by the test suite, so a
/// failure here is a build defect, not a user error.
pub fn default_directory() -> Directory {
    parse(DEFAULT_JSON).unwrap_or_else(|problems| {
        panic!("the embedded directory is invalid: {problems:?}");
    })
}
