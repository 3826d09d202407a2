//! vdir export: a folder of vCards, one `<uid>.vcf` per note, as khard reads
//! and vdirsyncer syncs to a CardDAV server (Nextcloud, Radicale).
//!
//! Running it again brings the folder up to date and touches only what it
//! wrote itself. The manifest `.maillage-vdir.json` in the folder lists the
//! cards maillage wrote, with the SHA-256 of their content and their event:
//!
//! - a card whose note changed is rewritten (atomically, mode 0600); an
//!   unchanged one is not written at all, so its mtime stays and a sync tool
//!   sees nothing new;
//! - the card of a deleted note of the exported event is removed;
//! - a file not in the manifest is never written nor removed, whatever its
//!   name (but one that is byte for byte the card maillage would write is
//!   taken as its own: the cards vdirsyncer brings back into a new folder);
//!   cards of other events are left alone (one address book can hold the
//!   notes of several events);
//! - a card changed by another program since maillage wrote it (khard, or
//!   vdirsyncer bringing a phone's edit) is left as it is and reported: it
//!   is neither overwritten nor removed. Delete it to have the next export
//!   write it afresh.
//!
//! The manifest is written before the cards (with the old and new hash of
//! each card about to change) and again after them, so an export stopped
//! halfway is finished by the next one instead of being taken for edits.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::notes::Note;

/// The manifest's file name, in the exported folder.
pub const MANIFEST: &str = ".maillage-vdir.json";
const FORMAT: &str = "maillage-vdir";
const VERSION: u64 = 1;

/// What one card of the manifest is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    /// The event of the note the card was written from.
    event: String,
    /// The SHA-256 (hex) of the content maillage wrote; two while a change
    /// is under way (the old content, then the new).
    sha256: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    format: String,
    version: u64,
    /// By file name.
    cards: BTreeMap<String, Entry>,
}

impl Default for Manifest {
    fn default() -> Self {
        Manifest {
            format: FORMAT.into(),
            version: VERSION,
            cards: BTreeMap::new(),
        }
    }
}

/// What an export did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VdirReport {
    /// Cards written, new or changed.
    pub written: usize,
    pub unchanged: usize,
    /// Cards of deleted notes, removed.
    pub removed: usize,
    /// Cards changed by another program, left as they are (file names).
    pub edited_elsewhere: Vec<String>,
    /// Files maillage did not write that stand where a note's card would go:
    /// left as they are, the note not written (file names).
    pub not_ours: Vec<String>,
}

/// Why the export could not be done; nothing was changed.
#[derive(Debug)]
pub enum VdirError {
    /// The manifest cannot be read as one (its path, line, column, reason).
    Manifest(PathBuf, usize, usize, String),
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for VdirError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VdirError::Manifest(path, line, column, e) => {
                write!(f, "{}:{line}:{column}: {e}", path.display())
            }
            VdirError::Io(path, e) => write!(f, "{}: {e}", path.display()),
        }
    }
}

/// The file name of a note's card: its id when that is a safe file name (a
/// UUID always is), else the id with other characters replaced and a hash
/// of it appended, so two ids never share a file.
pub fn file_name(id: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "-_.@".contains(c);
    if !id.is_empty() && id.chars().all(safe) && !id.starts_with('.') {
        return format!("{id}.vcf");
    }
    let cleaned: String = id.chars().map(|c| if safe(c) { c } else { '_' }).collect();
    let digest = hex(&Sha256::digest(id.as_bytes()));
    format!("{}-{}.vcf", cleaned.trim_start_matches('.'), &digest[..12])
}

/// Brings the folder `dir` up to date with `notes`, the notes of `event`
/// (see the module for what is written, kept and removed).
pub fn export_vdir(dir: &Path, event: &str, notes: &[&Note]) -> Result<VdirReport, VdirError> {
    export_vdir_of(dir, &|e: &str| e == event, notes)
}

/// [`export_vdir`] for the notes of the events `exported` says yes to
/// (several, or every one): the cards of their notes that are gone are
/// removed.
pub fn export_vdir_of(
    dir: &Path,
    exported_event: &dyn Fn(&str) -> bool,
    notes: &[&Note],
) -> Result<VdirReport, VdirError> {
    let io_error = |path: &Path| {
        let path = path.to_path_buf();
        move |e| VdirError::Io(path, e)
    };
    create_folder(dir).map_err(io_error(dir))?;
    let manifest_path = dir.join(MANIFEST);
    let mut manifest = read_manifest(&manifest_path)?;
    let mut report = VdirReport::default();

    // What each card should be, and what to do about it.
    struct Planned {
        name: String,
        content: String,
        hash: String,
    }
    let mut to_write: Vec<Planned> = Vec::new();
    let mut exported = std::collections::BTreeSet::new();
    for note in super::in_export_order(notes) {
        let name = file_name(&note.id);
        let content = super::vcard::card(note);
        let hash = hex(&Sha256::digest(content.as_bytes()));
        exported.insert(name.clone());
        let path = dir.join(&name);
        let on_disk = read_if_exists(&path).map_err(io_error(&path))?;
        match (manifest.cards.get(&name), on_disk) {
            (_, Some(disk)) if disk == content.as_bytes() => {
                report.unchanged += 1;
                manifest.cards.insert(name, entry(&note.event, vec![hash]));
            }
            (Some(ours), Some(disk)) if !ours.sha256.contains(&hex(&Sha256::digest(&disk))) => {
                report.edited_elsewhere.push(name);
            }
            (None, Some(_)) => report.not_ours.push(name),
            (known, _) => {
                let mut hashes = known.map(|e| e.sha256.clone()).unwrap_or_default();
                hashes.push(hash.clone());
                manifest
                    .cards
                    .insert(name.clone(), entry(&note.event, hashes));
                to_write.push(Planned {
                    name,
                    content,
                    hash,
                });
            }
        }
    }
    // The cards of this event's notes that are gone.
    let gone: Vec<String> = manifest
        .cards
        .iter()
        .filter(|(name, e)| exported_event(&e.event) && !exported.contains(name.as_str()))
        .map(|(name, _)| name.clone())
        .collect();

    if !to_write.is_empty() {
        write_manifest(&manifest_path, &manifest)?;
    }
    for card in &to_write {
        let path = dir.join(&card.name);
        crate::store::write_atomic(&path, card.content.as_bytes()).map_err(io_error(&path))?;
        if let Some(entry) = manifest.cards.get_mut(&card.name) {
            entry.sha256 = vec![card.hash.clone()];
        }
        report.written += 1;
    }
    for name in gone {
        let path = dir.join(&name);
        let ours = manifest.cards.remove(&name).map(|e| e.sha256);
        match read_if_exists(&path).map_err(io_error(&path))? {
            None => {}
            Some(disk) if ours.is_some_and(|h| h.contains(&hex(&Sha256::digest(&disk)))) => {
                std::fs::remove_file(&path).map_err(io_error(&path))?;
                report.removed += 1;
            }
            // Edited elsewhere: the card is the other program's now.
            Some(_) => report.edited_elsewhere.push(name),
        }
    }
    let before = read_manifest(&manifest_path)?;
    if before != manifest {
        write_manifest(&manifest_path, &manifest)?;
    }
    Ok(report)
}

fn entry(event: &str, sha256: Vec<String>) -> Entry {
    Entry {
        event: event.to_string(),
        sha256,
    }
}

fn create_folder(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

fn read_if_exists(path: &Path) -> io::Result<Option<Vec<u8>>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

fn read_manifest(path: &Path) -> Result<Manifest, VdirError> {
    let Some(bytes) = read_if_exists(path).map_err(|e| VdirError::Io(path.to_path_buf(), e))?
    else {
        return Ok(Manifest::default());
    };
    let manifest: Manifest = serde_json::from_slice(&bytes).map_err(|e| {
        VdirError::Manifest(path.to_path_buf(), e.line(), e.column(), e.to_string())
    })?;
    if manifest.format != FORMAT || manifest.version != VERSION {
        let reason = format!("not a {FORMAT} file of version {VERSION}");
        return Err(VdirError::Manifest(path.to_path_buf(), 1, 1, reason));
    }
    Ok(manifest)
}

fn write_manifest(path: &Path, manifest: &Manifest) -> Result<(), VdirError> {
    let mut bytes = serde_json::to_vec_pretty(manifest)
        .map_err(|e| VdirError::Io(path.to_path_buf(), e.into()))?;
    bytes.push(b'\n');
    crate::store::write_atomic(path, &bytes).map_err(|e| VdirError::Io(path.to_path_buf(), e))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_and_distinct() {
        let uuid = "01900000-0000-7000-8000-000000000001";
        assert_eq!(file_name(uuid), format!("{uuid}.vcf"));
        assert_eq!(file_name("ada@example.org"), "ada@example.org.vcf");
        let slash = file_name("a/b");
        let colon = file_name("a:b");
        assert!(
            slash.starts_with("a_b-") && slash.ends_with(".vcf"),
            "{slash}"
        );
        assert_ne!(slash, colon);
        assert!(!file_name("../x").contains('/'));
        assert!(!file_name(".hidden").starts_with('.'));
        assert!(!file_name("").starts_with('.'));
    }
}
