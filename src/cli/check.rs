//! `maillage check FILE`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use crate::directory;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The directory file to check.
    pub file: PathBuf,
}

/// Prints every problem as `FILE:LINE:COLUMN: message`; exit 1 if any, else 0.
pub fn run(args: &CheckArgs) -> ExitCode {
    match directory::load_file(&args.file) {
        Ok(d) => {
            println!(
                "{}: ok ({} stands, {} organisations, {} people)",
                args.file.display(),
                d.stands.len(),
                d.organisations.len(),
                d.people.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}
