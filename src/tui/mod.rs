//! The terminal user interface. To be written by the TUI work.

use crate::directory::Directory;

pub fn run(_directory: Directory) -> std::io::Result<()> {
    Ok(())
}
