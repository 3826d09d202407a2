//! Command-line interface: argument parsing and the one-shot commands.
//!
//! Exit codes: 0 success, 1 bad input (an invalid file, nothing found to
//! act on), 2 usage error (clap's own code for bad arguments).

mod check;
mod import;
mod notes;
mod route;
pub mod search;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::directory::{self, Directory, LoadError};

/// Find a stand at a stand-based event, walk there, and keep private notes on
/// the people you met. Offline.
///
/// Without a command, opens the full-screen browser on the directory.
#[derive(Debug, Parser)]
#[command(name = "maillage", version, about, long_about = None)]
pub struct Cli {
    /// Use this directory file instead of the embedded one
    /// (Assises sociales de la Ville de Luxembourg, 2nd edition).
    #[arg(long, global = true, value_name = "FILE")]
    pub data: Option<PathBuf>,

    /// Keep notes in this folder instead of the user's configuration folder
    /// [default: $MAILLAGE_CONFIG_DIR, else the system's place for it].
    #[arg(long, global = true, value_name = "DIR")]
    pub config_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the stands, organisations and people that match QUERY, best first.
    Search(search::SearchArgs),
    /// Check a directory file; print every problem as FILE:LINE:COLUMN: message.
    Check(check::CheckArgs),
    /// Your private notes on the people you met: list, add, export.
    #[command(subcommand)]
    Notes(notes::NotesCommand),
    /// Turn an exhibitor spreadsheet (CSV, one row per stand) into a directory file.
    Import(import::ImportArgs),
    /// Print the walking directions from FROM to TO (stand, organisation or `entrance`).
    Route(route::RouteArgs),
}

/// Parses the arguments and runs the command. Never panics on user input.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => run_tui(cli.data.as_deref()),
        Some(Command::Search(args)) => search::run(cli.data.as_deref(), &args),
        Some(Command::Check(args)) => check::run(&args),
        Some(Command::Notes(command)) => {
            notes::run(cli.data.as_deref(), cli.config_dir.as_deref(), &command)
        }
        Some(Command::Import(args)) => import::run(&args),
        Some(Command::Route(args)) => route::run(cli.data.as_deref(), &args),
    }
}

/// Loads the directory named by `--data`, or the embedded one.
pub fn load_directory(data: Option<&std::path::Path>) -> Result<Directory, LoadError> {
    match data {
        Some(path) => directory::load_file(path),
        None => Ok(directory::default_directory()),
    }
}

fn run_tui(data: Option<&std::path::Path>) -> ExitCode {
    // The directory is loaded before the terminal is touched, so a bad file
    // prints its errors on a normal screen.
    let directory = match load_directory(data) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    match crate::tui::run(directory) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("maillage: {e}");
            ExitCode::from(1)
        }
    }
}
