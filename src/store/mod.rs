//! A durable JSON document store: one file, many writers, nothing lost.
//!
//! Used for the notes (`notes.json`) and meant for any other private file of
//! the same kind (the visit plan). The guarantees:
//!
//! - Loading never writes. A missing file is an empty document. A file that
//!   cannot be used (bad JSON, another format, an unknown version, no
//!   permission) leaves the store *read-only*: [`Store::problem`] says why, as
//!   `path:line:column: message`, and nothing is written until the user chooses
//!   [`Store::set_aside`].
//! - [`Store::save`] takes an exclusive lock on a sidecar `<file>.lock`,
//!   re-reads the file, merges it with what this instance knows
//!   ([`Document::merge`]), applies the change, writes a temporary file in the
//!   same folder, flushes it to disk, keeps the previous file as `<file>.bak`,
//!   renames the new one over, flushes the folder and releases the lock. A crash
//!   at any moment leaves either the old or the new file, whole.
//! - On Unix the file is created 0600 (before any content is written) and a
//!   folder the store creates is 0700.
//! - When the file is a symbolic link (or a chain of them), everything above
//!   happens to the file the last link points to, in *its* folder: the
//!   temporary file, the backup, the lock. The link stays a link. A link to
//!   a missing file gets that file created.
//! - Conflict copies that sync tools write beside the file
//!   ([`conflicts`] lists the names) are merged like any other copy on every
//!   save, and on opening (which then saves, only for that); then renamed
//!   `<copy>.merged-<time>`, never deleted. A copy that cannot be read is
//!   not merged: it is renamed `<copy>.broken-<time>` and reported
//!   ([`Store::take_conflicts`]).

pub mod conflicts;
mod fsio;
pub mod messages;

pub use fsio::write_atomic;
pub use messages::{IoCause, StoreReason};

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::i18n::Lang;
use crate::json_error::JsonError;
use crate::text_position;
use fsio::Stamp;

/// A document kept by a [`Store`]: a JSON object carrying `format` and
/// `version` fields, and a way to combine two copies of it.
pub trait Document: Default + Clone + Serialize + DeserializeOwned {
    /// The `format` tag the file carries (`"maillage-notes"`).
    const FORMAT: &'static str;
    /// The `version` this build writes: the newest it reads.
    const VERSION: u64;
    /// The oldest `version` this build reads (and writes back as
    /// [`Document::VERSION`], see [`Document::set_version`]).
    const OLDEST_VERSION: u64 = Self::VERSION;
    /// What the file holds, for messages ("notes").
    const WHAT: &'static str;

    /// Combines this instance's copy (`ours`) with the copy just read from disk
    /// (`theirs`), so that no change made by either is lost.
    fn merge(ours: Self, theirs: Self) -> Self;

    /// Marks the document as written in [`Document::VERSION`]: called on
    /// every save, so a file read in an older version is written back in
    /// the current one (which older builds then refuse by its number
    /// rather than by a field they do not know).
    fn set_version(&mut self);
}

/// Why a store cannot read or write its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreError {
    pub path: PathBuf,
    /// 1-based line and column of the problem in the file, when there is one.
    pub position: Option<(usize, usize)>,
    /// `reason` in English, kept as a plain string for tests and scripts.
    pub message: String,
    /// Boxed to keep `Result<_, StoreError>` small.
    pub reason: Box<StoreReason>,
    pub kind: StoreErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreErrorKind {
    /// The file on disk cannot be used; the store is read-only until the file
    /// is repaired or set aside.
    Unreadable,
    /// A save failed; the file on disk is as it was before.
    Write,
}

impl StoreError {
    fn new(
        path: &Path,
        position: Option<(usize, usize)>,
        reason: StoreReason,
        kind: StoreErrorKind,
    ) -> StoreError {
        StoreError {
            path: path.to_path_buf(),
            position,
            message: reason.text(Lang::En),
            reason: Box::new(reason),
            kind,
        }
    }

    /// `path:line:column: message`, or `path: message` without a position,
    /// in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let message = self.reason.text(lang);
        match self.position {
            Some((line, column)) => format!("{}:{line}:{column}: {message}", self.path.display()),
            None => format!("{}: {message}", self.path.display()),
        }
    }
}

impl fmt::Display for StoreError {
    /// [`StoreError::render`] in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for StoreError {}

/// A problem found while parsing a document's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseProblem {
    pub line: usize,
    pub column: usize,
    /// `reason` in English.
    pub message: String,
    pub reason: StoreReason,
}

impl ParseProblem {
    fn new(line: usize, column: usize, reason: StoreReason) -> ParseProblem {
        let message = reason.text(Lang::En);
        ParseProblem {
            line,
            column,
            message,
            reason,
        }
    }
}

/// Parses a document, checking its `format` and `version` first so that a
/// file of another kind or from a newer build gets a message that says so.
pub fn parse<D: Document>(bytes: &[u8]) -> Result<D, ParseProblem> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    fn at<T: DeserializeOwned>(bytes: &[u8]) -> impl Fn(serde_json::Error) -> ParseProblem {
        move |e| {
            let error = JsonError::read::<T>(bytes, &e);
            ParseProblem::new(error.line, error.column, StoreReason::Json(error.problem))
        }
    }
    // Reading only the header still checks the syntax of the whole file.
    #[derive(serde::Deserialize)]
    struct Header {
        format: Option<serde_json::Value>,
        version: Option<serde_json::Value>,
    }
    let header: Header = serde_json::from_slice(bytes).map_err(at::<Header>(bytes))?;
    let key_at = |key: &str| {
        let (line, column) = locate_key(bytes, key);
        move |reason: StoreReason| ParseProblem::new(line, column, reason)
    };
    match &header.format {
        Some(serde_json::Value::String(f)) if f == D::FORMAT => {}
        Some(other) => {
            return Err(key_at("format")(StoreReason::WrongFormat {
                what: D::WHAT,
                found: other.to_string(),
                expected: D::FORMAT,
            }));
        }
        None => {
            let (what, expected) = (D::WHAT, D::FORMAT);
            return Err(ParseProblem::new(
                1,
                1,
                StoreReason::NoFormat { what, expected },
            ));
        }
    }
    match header.version.as_ref().and_then(serde_json::Value::as_u64) {
        Some(v) if (D::OLDEST_VERSION..=D::VERSION).contains(&v) => {}
        Some(v) if v > D::VERSION => {
            return Err(key_at("version")(StoreReason::NewerVersion {
                version: v,
                reads: D::VERSION,
            }));
        }
        _ => {
            let found = header.version.map(|v| v.to_string());
            return Err(key_at("version")(StoreReason::UnknownVersion {
                found,
                reads: D::VERSION,
            }));
        }
    }
    serde_json::from_slice(bytes).map_err(at::<D>(bytes))
}

/// Where `"key":` first appears, for pointing at the header fields; (1, 1) if
/// it cannot be found.
fn locate_key(bytes: &[u8], key: &str) -> (usize, usize) {
    let needle = format!("\"{key}\"");
    let text = String::from_utf8_lossy(bytes);
    let found = text
        .match_indices(&needle)
        .find(|(i, _)| text[i + needle.len()..].trim_start().starts_with(':'));
    match found {
        Some((i, _)) => text_position::line_column(text.as_bytes(), i),
        None => (1, 1),
    }
}

/// What the store did with sync tools' conflict copies since it was last
/// asked ([`Store::take_conflicts`]), to tell the user.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConflictReport {
    /// What the file holds ([`Document::WHAT`]: "notes", "plan").
    pub what: &'static str,
    /// Where each merged conflict copy went (`<copy>.merged-<time>`).
    pub merged: Vec<PathBuf>,
    /// Conflict copies that could not be read, not merged, renamed aside.
    pub unreadable: Vec<UnreadableCopy>,
}

impl ConflictReport {
    pub fn is_empty(&self) -> bool {
        self.merged.is_empty() && self.unreadable.is_empty()
    }

    /// What to tell the user, one line per fact, in `lang`; empty when
    /// nothing happened.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let texts = &crate::i18n::t(lang).store;
        let mut lines = Vec::new();
        if !self.merged.is_empty() {
            lines.push((texts.conflicts_merged)(self.what, self.merged.len()));
        }
        for copy in &self.unreadable {
            lines.push((texts.conflict_unreadable)(
                &copy.problem.render(lang),
                &copy.moved_to.display().to_string(),
            ));
        }
        lines
    }
}

/// A conflict copy that is not a readable document: set aside untouched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadableCopy {
    /// Why, at the copy's original path (`path:line:column: message`).
    pub problem: StoreError,
    /// Where it went (`<copy>.broken-<time>`); its original path if the
    /// rename failed.
    pub moved_to: PathBuf,
}

/// One document kept in one file. See the module documentation.
#[derive(Debug)]
pub struct Store<D: Document> {
    path: PathBuf,
    doc: D,
    /// Set while the file on disk cannot be used: the store is read-only.
    problem: Option<StoreError>,
    /// What the file looked like when last read or written; `None` if missing.
    seen: Option<Stamp>,
    /// Conflict copies handled since the last [`Store::take_conflicts`].
    conflicts: ConflictReport,
}

impl<D: Document> Store<D> {
    /// Loads the document at `path`. Never fails: check [`Store::problem`]
    /// to learn whether the file could be used. Writes only when sync tools
    /// left conflict copies beside a usable file: they are merged and saved
    /// at once, then set aside (see [`Store::take_conflicts`]).
    pub fn open(path: impl Into<PathBuf>) -> Self {
        let mut store = Self::open_read_only(path);
        if store.problem.is_none()
            && fsio::target(&store.path).is_ok_and(|t| !conflicts::find(&t).is_empty())
        {
            // A failure leaves the copies where they are; the next save
            // tries again and reports it.
            let _ = store.save(|_| ());
        }
        store
    }

    /// Loads the document at `path` and never writes, even when conflict
    /// copies wait beside it (they are not read either).
    pub fn open_read_only(path: impl Into<PathBuf>) -> Self {
        let path = path.into();
        let mut store = Store {
            path,
            doc: D::default(),
            problem: None,
            seen: None,
            conflicts: ConflictReport::default(),
        };
        match fsio::read(&store.path) {
            Ok(None) => {}
            Ok(Some((bytes, stamp))) => {
                store.seen = Some(stamp);
                match parse::<D>(&bytes) {
                    Ok(doc) => store.doc = doc,
                    Err(p) => store.problem = Some(store.unreadable(p)),
                }
            }
            Err(e) => store.problem = Some(store.io_error(&e, StoreErrorKind::Unreadable)),
        }
        store
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The document as last loaded, saved or reloaded.
    pub fn document(&self) -> &D {
        &self.doc
    }

    /// Why the file cannot be used, while it cannot.
    pub fn problem(&self) -> Option<&StoreError> {
        self.problem.as_ref()
    }

    pub fn is_read_only(&self) -> bool {
        self.problem.is_some()
    }

    /// What was done with conflict copies since the last call (then forgotten).
    pub fn take_conflicts(&mut self) -> ConflictReport {
        ConflictReport {
            what: D::WHAT,
            ..std::mem::take(&mut self.conflicts)
        }
    }

    /// Applies `change` to the latest document (this copy merged with the
    /// file's current content) and writes the result durably. On error the
    /// file and this store's document are unchanged.
    pub fn save<R>(&mut self, change: impl FnOnce(&mut D) -> R) -> Result<R, StoreError> {
        if let Some(problem) = &self.problem {
            return Err(problem.clone());
        }
        let write_error = |s: &Self, e: std::io::Error| s.io_error(&e, StoreErrorKind::Write);
        // A link stays a link: the file it points to is locked and replaced.
        let target = fsio::target(&self.path).map_err(|e| write_error(self, e))?;
        let _lock = fsio::lock(&target).map_err(|e| write_error(self, e))?;
        let mut doc = match fsio::read(&target) {
            Ok(None) => self.doc.clone(),
            Ok(Some((bytes, stamp))) => match parse::<D>(&bytes) {
                Ok(theirs) => D::merge(self.doc.clone(), theirs),
                Err(p) => {
                    // Someone damaged the file since we read it: never overwrite.
                    self.seen = Some(stamp);
                    let problem = self.unreadable(p);
                    self.problem = Some(problem.clone());
                    return Err(problem);
                }
            },
            Err(e) => {
                let problem = self.io_error(&e, StoreErrorKind::Unreadable);
                self.problem = Some(problem.clone());
                return Err(problem);
            }
        };
        // Under the lock, so two instances never merge the same copy twice
        // (and if they did, merging is idempotent).
        let mut merged = Vec::new();
        let mut unreadable = Vec::new();
        for copy in conflicts::find(&target) {
            match fsio::read(&copy).map(|r| r.map(|(bytes, _)| parse::<D>(&bytes))) {
                Ok(Some(Ok(theirs))) => {
                    doc = D::merge(doc, theirs);
                    merged.push(copy);
                }
                Ok(Some(Err(p))) => {
                    let position = Some((p.line, p.column));
                    let kind = StoreErrorKind::Unreadable;
                    unreadable.push(StoreError::new(&copy, position, p.reason, kind));
                }
                // Gone meanwhile (the sync tool removed it): nothing to merge.
                Ok(None) => {}
                Err(e) => {
                    let (what, cause) = (D::WHAT, IoCause::from_io(&e));
                    let reason = StoreReason::CannotRead { what, cause };
                    let kind = StoreErrorKind::Unreadable;
                    unreadable.push(StoreError::new(&copy, None, reason, kind));
                }
            }
        }
        let out = change(&mut doc);
        doc.set_version();
        let mut bytes = serde_json::to_vec_pretty(&doc).map_err(|e| {
            let (what, error) = (D::WHAT, e.to_string());
            let reason = StoreReason::CannotEncode { what, error };
            StoreError::new(&self.path, None, reason, StoreErrorKind::Write)
        })?;
        bytes.push(b'\n');
        fsio::remove_stale_temporaries(&target);
        fsio::replace(&target, &bytes, true).map_err(|e| write_error(self, e))?;
        self.seen = fsio::stamp(&self.path);
        self.doc = doc;
        // Only now that their content is safely in the file. A copy that
        // cannot be renamed is merged again next time: no harm.
        for copy in merged {
            if let Ok(moved) = conflicts::rename_aside(&copy, conflicts::MERGED_INFIX) {
                self.conflicts.merged.push(moved);
            }
        }
        for problem in unreadable {
            let moved_to = conflicts::rename_aside(&problem.path, fsio::BROKEN_INFIX)
                .unwrap_or_else(|_| problem.path.clone());
            self.conflicts
                .unreadable
                .push(UnreadableCopy { problem, moved_to });
        }
        Ok(out)
    }

    /// Re-reads the file if it changed on disk since this store last read or
    /// wrote it (a cheap metadata check otherwise). Returns true when the
    /// document or the problem changed.
    pub fn reload_if_changed(&mut self) -> bool {
        let now = fsio::stamp(&self.path);
        if now == self.seen {
            return false;
        }
        self.seen = now;
        match fsio::read(&self.path) {
            Ok(None) => {
                // Deleted by hand: keep what we know; the next save writes it back.
                let changed = self.problem.is_some();
                self.problem = None;
                changed
            }
            Ok(Some((bytes, stamp))) => {
                self.seen = Some(stamp);
                match parse::<D>(&bytes) {
                    Ok(theirs) => {
                        self.doc = D::merge(std::mem::take(&mut self.doc), theirs);
                        self.problem = None;
                    }
                    Err(p) => self.problem = Some(self.unreadable(p)),
                }
                true
            }
            Err(e) => {
                self.problem = Some(self.io_error(&e, StoreErrorKind::Unreadable));
                true
            }
        }
    }

    /// Renames an unusable file to `<file>.broken-<UTC timestamp>` (it is never
    /// deleted) and starts afresh with an empty document. Only allowed while
    /// the store is read-only. Returns where the file went.
    pub fn set_aside(&mut self) -> Result<Option<PathBuf>, StoreError> {
        if self.problem.is_none() {
            let reason = StoreReason::NothingToSetAside { what: D::WHAT };
            return Err(StoreError::new(
                &self.path,
                None,
                reason,
                StoreErrorKind::Write,
            ));
        }
        let io_error = |s: &Self, e: std::io::Error| s.io_error(&e, StoreErrorKind::Write);
        // The unusable content is the link's target: it goes aside, the link
        // stays (dangling until the next save creates the file again).
        let target = fsio::target(&self.path).map_err(|e| io_error(self, e))?;
        let _lock = fsio::lock(&target).map_err(|e| io_error(self, e))?;
        let moved = fsio::set_aside(&target).map_err(|e| io_error(self, e))?;
        self.problem = None;
        self.doc = D::default();
        self.seen = fsio::stamp(&self.path);
        Ok(moved)
    }

    fn unreadable(&self, p: ParseProblem) -> StoreError {
        let position = Some((p.line, p.column));
        StoreError::new(&self.path, position, p.reason, StoreErrorKind::Unreadable)
    }

    fn io_error(&self, e: &std::io::Error, kind: StoreErrorKind) -> StoreError {
        let (what, cause) = (D::WHAT, IoCause::from_io(e));
        let reason = match kind {
            StoreErrorKind::Unreadable => StoreReason::CannotRead { what, cause },
            StoreErrorKind::Write => StoreReason::CannotSave { what, cause },
        };
        StoreError::new(&self.path, None, reason, kind)
    }
}
