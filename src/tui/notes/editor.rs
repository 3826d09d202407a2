//! Running the user's editor on a note's text. The terminal is handed over
//! and taken back by the run loop (`tui::run`); this only deals with the
//! temporary file and the process.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

/// `$VISUAL`, else `$EDITOR`, else `vi` (what most Unix tools do).
pub fn editor_command() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string())
}

/// Writes `text` to a private temporary file in `dir` (else the system's
/// temporary folder), runs the editor on it, and returns the text it left.
/// The file is removed in every case.
pub fn edit(text: &str, dir: Option<&Path>) -> Result<String, String> {
    let folder = dir
        .filter(|d| d.is_dir())
        .map_or_else(std::env::temp_dir, Path::to_path_buf);
    let path = create_private(&folder, text).map_err(|e| e.to_string())?;
    let result = run_editor(&path)
        .and_then(|()| fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display())));
    let _ = fs::remove_file(&path);
    result
}

/// A new file only this user can read (0600 on Unix), never an existing one:
/// the note may hold personal details.
fn create_private(folder: &Path, text: &str) -> std::io::Result<PathBuf> {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let path = folder.join(format!("maillage-note-{}-{nanos}.txt", std::process::id()));
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    Ok(path)
}

fn run_editor(path: &Path) -> Result<(), String> {
    let editor = editor_command();
    // Through the shell, as git does, so `EDITOR="code --wait"` works.
    #[cfg(unix)]
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("maillage-editor")
        .arg(path)
        .status();
    #[cfg(not(unix))]
    let status = {
        let mut words = editor.split_whitespace();
        let program = words.next().unwrap_or("notepad");
        Command::new(program).args(words).arg(path).status()
    };
    match status {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("{editor} exited with {s}")),
        Err(e) => Err(format!("{editor}: {e}")),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn the_temporary_file_is_only_readable_by_its_owner() {
        let dir = tempfile::tempdir().unwrap();
        let path = create_private(dir.path(), "secret").unwrap();
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(fs::read_to_string(&path).unwrap(), "secret");
    }
}
