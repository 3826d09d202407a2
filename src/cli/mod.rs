//! Command-line interface: argument parsing and the one-shot commands.
//!
//! Exit codes: 0 success, 1 bad input (an invalid file, nothing found to
//! act on), 2 usage error (clap's own code for bad arguments).

mod card;
mod check;
mod import;
mod notes;
mod plan;
mod programme;
mod route;
pub mod search;
mod shell;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::TypedValueParser;
use clap::{Parser, Subcommand};

use crate::directory::{self, Directory, LoadError};
use crate::i18n::Lang;

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

    /// Language of the interface and messages [default: French if LC_ALL,
    /// LC_MESSAGES or LANG starts with `fr`, else English].
    #[arg(long, global = true, value_name = "LANG", value_parser = lang_parser())]
    pub lang: Option<Lang>,

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
    /// Turn an exhibitor spreadsheet (xlsx, ods, xls or CSV; one row per stand) into a directory file.
    Import(import::ImportArgs),
    /// Print the walking directions from FROM to TO (stand, organisation, `entrance`,
    /// `landmark:ID` or `hall:ID`).
    Route(route::RouteArgs),
    /// Print a completion script for a shell (bash, zsh, fish, elvish, powershell).
    Completions(shell::CompletionsArgs),
    /// Print the manual page (roff), e.g. `maillage man | man -l -`.
    Man,
    /// Print your visit tour: the starred stands in walking order, each leg and the total.
    Plan(plan::PlanArgs),
    /// Your own contact details as a QR code a phone camera reads (a vCard); `card set` to enter them.
    Card(card::CardArgs),
    /// Print the programme: talks by day and time, what is on now and next, or a calendar (ics).
    Programme(programme::ProgrammeArgs),
}

impl Cli {
    /// `--lang` if given, else the locale's.
    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or_else(Lang::from_env)
    }
}

/// `fr` or `en`, listed as such in `--help` and the completions.
fn lang_parser() -> impl TypedValueParser<Value = Lang> {
    clap::builder::PossibleValuesParser::new(["fr", "en"]).map(|value| match value.as_str() {
        "fr" => Lang::Fr,
        _ => Lang::En,
    })
}

/// Parses the arguments and runs the command. Never panics on user input.
pub fn main() -> ExitCode {
    return_freed_memory();
    let cli = Cli::parse();
    let lang = cli.lang();
    match cli.command {
        None => run_tui(cli.data.as_deref(), cli.config_dir.as_deref(), lang),
        Some(Command::Search(args)) => search::run(cli.data.as_deref(), &args, lang),
        Some(Command::Check(args)) => check::run(&args, lang),
        Some(Command::Notes(command)) => notes::run(
            cli.data.as_deref(),
            cli.config_dir.as_deref(),
            &command,
            lang,
        ),
        Some(Command::Import(args)) => import::run(&args, lang),
        Some(Command::Route(args)) => route::run(cli.data.as_deref(), &args, lang),
        Some(Command::Completions(args)) => shell::completions(&args),
        Some(Command::Man) => shell::man(lang),
        Some(Command::Plan(args)) => {
            plan::run(cli.data.as_deref(), cli.config_dir.as_deref(), &args, lang)
        }
        Some(Command::Card(args)) => card::run(cli.config_dir.as_deref(), &args, lang),
        Some(Command::Programme(args)) => {
            programme::run(cli.data.as_deref(), cli.config_dir.as_deref(), &args, lang)
        }
    }
}

/// Lets the allocator give large blocks back to the system once freed.
///
/// glibc maps a large block on its own and unmaps it when freed, but raises
/// the size from which it does so to that of any such block freed (up to
/// 32 MiB): once the directory's file (17 MB at 50,000 stands) is freed,
/// the index's scratch buffers (folded texts, builders' spare room) come
/// from the heap and stay resident after they are freed, about 9 MB of the
/// peak. A fixed threshold keeps them mapped on their own. 512 KiB rather
/// than glibc's initial 128 KiB: a keystroke's smaller buffers then stay in
/// the heap, where they cost no fresh pages (typing p50 at 50k 3.6 ms with
/// either 512 KiB or glibc's default, 4.0 ms with 128 KiB).
pub fn return_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only sets a parameter of the allocator; it is
    // called before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 512 * 1024);
    }
}

/// Loads the directory named by `--data`, or the embedded one.
pub fn load_directory(data: Option<&std::path::Path>) -> Result<Directory, LoadError> {
    match data {
        Some(path) => directory::load_file(path),
        None => Ok(directory::default_directory()),
    }
}

fn run_tui(
    data: Option<&std::path::Path>,
    config_dir: Option<&std::path::Path>,
    lang: Lang,
) -> ExitCode {
    // The directory is loaded before the terminal is touched, so a bad file
    // prints its errors on a normal screen.
    let directory = match load_directory(data) {
        Ok(directory) => directory,
        Err(e) => {
            eprintln!("{}", e.render(lang));
            return ExitCode::from(1);
        }
    };
    // Without a terminal the app could only fail after writing escape codes
    // into a file or a pipe: say what to use instead.
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        eprintln!("{}", crate::i18n::t(lang).cli.no_terminal);
        return ExitCode::from(2);
    }
    match crate::tui::run(directory, crate::notes::config_dir(config_dir), lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("maillage: {e}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod lang_tests;

/// Tells, on standard error, what was done with sync tools' conflict copies
/// of a store's file when it was opened (merged, or unreadable and set aside).
fn report_conflicts(report: crate::store::ConflictReport, lang: Lang) {
    for line in report.lines(lang) {
        eprintln!("maillage: {}", crate::sanitize::for_display(&line));
    }
}
