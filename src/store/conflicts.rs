//! Conflict copies that file-sync tools write beside a store's file.
//!
//! When two devices change a synced file before they meet, the sync tool
//! keeps one as the file and writes the other beside it under a new name.
//! The store merges such copies like any other copy, then renames them to a
//! name it never reads again (they are never deleted). The names matched,
//! for a file `notes.json` (`notes` and `.json` are the file's stem and
//! extension; any file name works the same way):
//!
//! - Syncthing: `notes.sync-conflict-20261204-101500-ABCDEF1.json` (date,
//!   time, the short id of the device that made the change);
//! - Nextcloud and ownCloud desktop clients:
//!   `notes (conflicted copy 2026-12-04 101500).json`, with the user's name
//!   before the date when the client knows it
//!   (`notes (conflicted copy Jean 2026-12-04 101500).json`), and the older
//!   `notes_conflict-20261204-101500.json`;
//! - Dropbox: `notes (Jean's conflicted copy 2026-12-04).json`, and
//!   `notes (Jean's conflicted copy 2026-12-04) (1).json` when there are
//!   several the same day.
//!
//! More generally, any `notes (…).json` whose parenthesis holds the word
//! "conflict" (or the French "conflit", as a localised client writes it) and
//! a date `YYYY-MM-DD`, optionally followed by ` (N)`. Requiring the word
//! and the date keeps a person's own `notes (old).json` out.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The suffix a merged conflict copy gets: `<copy>.merged-<UTC time>`.
pub const MERGED_INFIX: &str = ".merged-";

/// Whether `candidate` (a file name) is a sync tool's conflict copy of the
/// file named `main` (both bare names, no folder).
pub fn is_conflict_copy(main: &str, candidate: &str) -> bool {
    let (stem, ext) = split_extension(main);
    let Some(middle) = candidate
        .strip_prefix(stem)
        .and_then(|rest| rest.strip_suffix(ext))
    else {
        return false;
    };
    syncthing(middle) || owncloud(middle) || parenthesised(middle)
}

/// `notes.json` → (`notes`, `.json`); a name without a dot (or only a
/// leading one, `.notes`) has no extension.
fn split_extension(name: &str) -> (&str, &str) {
    match name.rfind('.') {
        Some(dot) if dot > 0 => name.split_at(dot),
        _ => (name, ""),
    }
}

fn digits(text: &str, count: usize) -> bool {
    text.len() == count && text.bytes().all(|b| b.is_ascii_digit())
}

/// `.sync-conflict-YYYYMMDD-HHMMSS-DEVICE`.
fn syncthing(middle: &str) -> bool {
    let Some(rest) = middle.strip_prefix(".sync-conflict-") else {
        return false;
    };
    let mut parts = rest.splitn(3, '-');
    let (Some(date), Some(time), Some(device)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    digits(date, 8)
        && digits(time, 6)
        && !device.is_empty()
        && device.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// `_conflict-YYYYMMDD-HHMMSS` (ownCloud, Nextcloud before 2.5).
fn owncloud(middle: &str) -> bool {
    middle
        .strip_prefix("_conflict-")
        .and_then(|rest| rest.split_once('-'))
        .is_some_and(|(date, time)| digits(date, 8) && digits(time, 6))
}

/// ` (… conflict … YYYY-MM-DD …)`, optionally followed by ` (N)`.
fn parenthesised(middle: &str) -> bool {
    let middle = match middle.rsplit_once(" (") {
        Some((before, number))
            if before.ends_with(')')
                && number
                    .strip_suffix(')')
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) =>
        {
            before
        }
        _ => middle,
    };
    let Some(inner) = middle
        .strip_prefix(" (")
        .and_then(|rest| rest.strip_suffix(')'))
    else {
        return false;
    };
    if inner.contains(['(', ')']) {
        return false;
    }
    let lower = inner.to_lowercase();
    (lower.contains("conflict") || lower.contains("conflit")) && has_date(inner)
}

/// Holds `YYYY-MM-DD` somewhere.
fn has_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(10).any(|w| {
        w[..4].iter().all(u8::is_ascii_digit)
            && w[4] == b'-'
            && w[5..7].iter().all(u8::is_ascii_digit)
            && w[7] == b'-'
            && w[8..].iter().all(u8::is_ascii_digit)
    })
}

/// The conflict copies of `file` in its folder, by name (so every instance
/// merges them in the same order).
pub fn find(file: &Path) -> Vec<PathBuf> {
    let Some(main) = file.file_name().and_then(|n| n.to_str()) else {
        return Vec::new();
    };
    let folder = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut copies: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|name| is_conflict_copy(main, name))
        })
        .map(|e| e.path())
        .collect();
    copies.sort();
    copies
}

/// Renames `copy` to `<copy><infix><UTC time>[-N]`, never over an existing
/// file, and returns the new name. The new name never ends like the
/// store's file, so it is never read again.
pub fn rename_aside(copy: &Path, infix: &str) -> io::Result<PathBuf> {
    let time = jiff::Timestamp::now()
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string();
    let with = |suffix: &str| {
        let mut name = copy.file_name().unwrap_or_default().to_os_string();
        name.push(suffix);
        copy.with_file_name(name)
    };
    let base = format!("{infix}{time}");
    let mut target = with(&base);
    let mut n = 1;
    while fs::symlink_metadata(&target).is_ok() {
        n += 1;
        target = with(&format!("{base}-{n}"));
    }
    fs::rename(copy, &target)?;
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::is_conflict_copy;

    #[test]
    fn the_sync_tools_names_are_conflict_copies() {
        for name in [
            "notes.sync-conflict-20261204-101500-ABCDEF1.json",
            "notes (conflicted copy 2026-12-04 101500).json",
            "notes (conflicted copy Jean Dupont 2026-12-04 101500).json",
            "notes (conflict 2026-12-04 101500).json",
            "notes_conflict-20261204-101500.json",
            "notes (Jean's conflicted copy 2026-12-04).json",
            "notes (Jean\u{2019}s conflicted copy 2026-12-04).json",
            "notes (Jean's conflicted copy 2026-12-04) (1).json",
            "notes (Jean's conflicted copy 2026-12-04) (12).json",
            "notes (copie en conflit de Jean 2026-12-04).json",
        ] {
            assert!(is_conflict_copy("notes.json", name), "{name}");
        }
        assert!(is_conflict_copy(
            "plan.json",
            "plan.sync-conflict-20261204-101500-ABCDEF1.json"
        ));
    }

    #[test]
    fn other_files_are_not() {
        for name in [
            "notes.json",
            "notes.json.bak",
            "notes.json.lock",
            "notes.json.tmp-12-0",
            "notes.json.broken-20261204T101500Z",
            "notes.sync-conflict-20261204-101500-ABCDEF1.json.merged-20261204T101500Z",
            "notes (old).json",
            "notes (conflicted copy).json",
            "notes (2026-12-04).json",
            "notes (Jean's conflicted copy 2026-12-04) (x).json",
            "notes.sync-conflict-2026124-101500-ABCDEF1.json",
            "notes.sync-conflict-20261204-101500-.json",
            "plan.sync-conflict-20261204-101500-ABCDEF1.json",
            "notes.sync-conflict-20261204-101500-ABCDEF1.csv",
            "other (conflicted copy 2026-12-04 101500).json",
        ] {
            assert!(!is_conflict_copy("notes.json", name), "{name}");
        }
    }
}
