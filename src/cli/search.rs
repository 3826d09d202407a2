//! `maillage search QUERY`: the same ranking as the TUI, for scripts.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use serde::Serialize;

use crate::directory::Directory;
use crate::lang::Lang;
use crate::sanitize::{for_display, json_for_terminal};
use crate::search::catalog::{self, Found, Kind, search_once};

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for; several words must all match, in any order.
    pub query: String,
    /// Which kind of entries to search.
    #[arg(long, value_enum, default_value_t = KindArg::All)]
    pub kind: KindArg,
    /// Print a JSON array (kind, id, name, score, matched positions).
    #[arg(long)]
    pub json: bool,
    /// Print at most N results.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Stands,
    Orgs,
    People,
    All,
}

impl KindArg {
    fn kinds(self) -> &'static [Kind] {
        match self {
            KindArg::Stands => &[Kind::Stand],
            KindArg::Orgs => &[Kind::Organisation],
            KindArg::People => &[Kind::Person],
            KindArg::All => &[Kind::Stand, Kind::Organisation, Kind::Person],
        }
    }
}

/// One result line, as `--json` prints it.
#[derive(Debug, Serialize)]
struct JsonHit<'a> {
    kind: &'static str,
    id: &'a str,
    name: &'a str,
    score: i64,
    /// Char indices into `name` that the query matched.
    positions: Vec<usize>,
}

pub fn run(data: Option<&Path>, args: &SearchArgs, lang: Lang) -> ExitCode {
    let directory = match super::load_directory(data) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}", e.render(lang));
            return ExitCode::from(1);
        }
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = write_results(&directory, args, &mut out).and_then(|()| out.flush());
    // The process ends here: freeing a fair-sized directory (hundreds of
    // thousands of allocations) would only add to the wall time.
    std::mem::forget(directory);
    match written {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("maillage: {e}");
            ExitCode::from(1)
        }
    }
}

/// Searches `directory` and writes the results to `out`: all of `maillage
/// search` after loading (public for the one-shot benchmark).
///
/// A one-shot search keeps no index ([`search_once`]): building one would
/// cost memory for a single use.
pub fn write_results(
    directory: &Directory,
    args: &SearchArgs,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let limit = args.limit.unwrap_or(usize::MAX);
    let found = search_once(directory, &args.query, args.kind.kinds(), limit);
    let rows = found
        .hits
        .iter()
        .take(limit)
        .enumerate()
        .map(|(i, &(kind, hit))| {
            let (id, name, field) = describe(directory, &found, i, kind, hit.record);
            JsonHit {
                kind: kind_name(kind),
                id,
                name,
                score: hit.score,
                positions: if args.json {
                    found.positions(i, field, &args.query)
                } else {
                    Vec::new()
                },
            }
        });
    if args.json {
        let rows: Vec<JsonHit> = rows.collect();
        let json = serde_json::to_string_pretty(&rows).map_err(std::io::Error::from)?;
        // Valid JSON either way; control and bidi characters are escaped so a
        // terminal showing it cannot be driven by the directory's text.
        writeln!(out, "{}", json_for_terminal(&json))
    } else {
        rows.into_iter().try_for_each(|r| {
            writeln!(
                out,
                "{}\t{}\t{}",
                r.kind,
                for_display(r.id),
                for_display(r.name)
            )
        })
    }
}

/// The id, the name shown, and the field index of that name in the record.
///
/// The name is the record's own field text, so `positions` index into exactly
/// the string printed (a stand shared by two organisations shows both).
fn describe<'a>(
    directory: &'a Directory,
    found: &'a Found,
    shown: usize,
    kind: Kind,
    index: usize,
) -> (&'a str, &'a str, usize) {
    let (id, field) = match kind {
        Kind::Stand => (directory.stands[index].number.as_str(), catalog::STAND_ORGS),
        Kind::Organisation => (
            directory.organisations[index].id.as_str(),
            catalog::ORG_NAME,
        ),
        Kind::Person => (directory.people[index].id.as_str(), catalog::PERSON_NAME),
    };
    let name = found.record(shown).text(field).unwrap_or_default();
    (id, name, field)
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Stand => "stand",
        Kind::Organisation => "org",
        Kind::Person => "person",
    }
}
