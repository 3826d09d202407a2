//! `maillage check FILE`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use crate::directory;
use crate::i18n::Lang;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The directory file to check.
    pub file: PathBuf,
}

/// Prints every problem as `FILE:LINE:COLUMN: message`; exit 1 if any, else 0.
pub fn run(args: &CheckArgs, lang: Lang) -> ExitCode {
    match directory::load_file(&args.file) {
        Ok(d) => {
            let summary = (crate::i18n::t(lang).cli.check_ok)(
                &args.file.display().to_string(),
                d.stands.len(),
                d.organisations.len(),
                d.people.len(),
            );
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", e.render(lang));
            ExitCode::from(1)
        }
    }
}
