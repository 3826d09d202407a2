//! `maillage search QUERY`: the same ranking as the TUI, for scripts.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use serde::Serialize;

use crate::directory::Directory;
use crate::i18n::Lang;
use crate::sanitize::{for_display, json_for_terminal};
use crate::search::catalog::{Catalog, Kind, name_field};

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for; several words must all match, in any order.
    pub query: String,
    /// Which kind of entries to search.
    #[arg(long, value_enum, default_value_t = KindArg::All)]
    pub kind: KindArg,
    /// Print a JSON array (kind, id, name, score, matched positions, whether a stand,
    /// person or talk is illustrative, and the field that matched best: what it is, its text,
    /// its matched positions).
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
    Talks,
    All,
}

impl KindArg {
    fn kinds(self) -> &'static [Kind] {
        match self {
            KindArg::Stands => &[Kind::Stand],
            KindArg::Orgs => &[Kind::Organisation],
            KindArg::People => &[Kind::Person],
            KindArg::Talks => &[Kind::Talk],
            KindArg::All => &crate::search::catalog::ALL_KINDS,
        }
    }
}

/// One result line, as `--json` prints it.
#[derive(Debug, Serialize)]
struct JsonHit<'a> {
    kind: &'static str,
    id: &'a str,
    name: String,
    score: i64,
    /// Char indices into `name` that the query matched.
    positions: Vec<usize>,
    /// Stands, people and talks (`--json` only): whether what is shown is
    /// made up. A stand is when it is flagged itself or the venue's layout
    /// is (its number and place then are); a person or a talk when flagged.
    #[serde(skip_serializing_if = "Option::is_none")]
    illustrative: Option<bool>,
    /// Why the record was found: the field that matched best (`--json`
    /// only; absent for an empty query, which lists everything).
    #[serde(skip_serializing_if = "Option::is_none")]
    matched: Option<JsonMatched>,
}

/// The field that matched best: what it is, its text, the chars matched.
#[derive(Debug, Serialize)]
struct JsonMatched {
    field: &'static str,
    text: String,
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
    let catalog = Catalog::new(&directory);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = write_results(&directory, &catalog, args, &mut out);
    // Freeing a fair-sized directory and catalog (hundreds of thousands of
    // allocations) would only add to the wall time: the system does it
    // (`forget` below).
    let written = written.and_then(|found| out.flush().map(|()| found));
    if let Ok(0) = written {
        // On standard error, so that scripts reading the results see none.
        let count = |query: &str| catalog.search(query, args.kind.kinds()).len();
        if let Some((looser, found)) = crate::search::looser_query(&args.query, count) {
            let t = &crate::i18n::t(lang).cli;
            eprintln!(
                "{}",
                for_display(&(t.looser_query)(&args.query, &looser, found))
            );
        }
    }
    std::mem::forget((directory, catalog));
    match written {
        // Nothing matched: 1, as grep and fzf say it, for scripts.
        Ok(0) => ExitCode::from(1),
        Ok(_) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("maillage: {e}");
            ExitCode::from(1)
        }
    }
}

/// Searches `catalog` (of `directory`) and writes the results to `out`: all
/// of `maillage search` after loading and indexing (public for the one-shot
/// benchmark). The same engines and ranking as the app's lists. Returns how
/// many records matched (`--limit` aside).
pub fn write_results(
    directory: &Directory,
    catalog: &Catalog,
    args: &SearchArgs,
    out: &mut impl Write,
) -> std::io::Result<usize> {
    let hits = catalog.search(&args.query, args.kind.kinds());
    let rows = hits
        .iter()
        .take(args.limit.unwrap_or(usize::MAX))
        .map(|&(kind, hit)| {
            let engine = catalog.engine(kind);
            let field = name_field(kind);
            // Only the fields printed are read back from the directory.
            let text = |field| Catalog::field_text(kind, directory, hit.record(), field);
            let name = text(field).unwrap_or_default();
            let positions =
                |field, text: &str| engine.positions_in(hit.record(), field, text, &args.query);
            JsonHit {
                kind: kind_name(kind),
                id: id_of(directory, kind, hit.record()),
                positions: positions_if(args, || positions(field, &name)),
                name,
                score: hit.score(),
                illustrative: args
                    .json
                    .then(|| illustrative(directory, kind, hit.record()))
                    .flatten(),
                matched: (args.json && !args.query.trim().is_empty()).then(|| {
                    let text = text(hit.field()).unwrap_or_default();
                    JsonMatched {
                        field: catalog.matched(kind, hit.record(), hit.field()).json_name(),
                        positions: positions(hit.field(), &text),
                        text,
                    }
                }),
            }
        });
    write_rows(rows, args.json, out)?;
    Ok(hits.len())
}

/// Highlight positions are only printed with `--json`.
fn positions_if(args: &SearchArgs, positions: impl FnOnce() -> Vec<usize>) -> Vec<usize> {
    if args.json { positions() } else { Vec::new() }
}

fn write_rows<'a>(
    rows: impl Iterator<Item = JsonHit<'a>>,
    json: bool,
    out: &mut impl Write,
) -> std::io::Result<()> {
    if json {
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
                for_display(&r.name)
            )
        })
    }
}

fn id_of(directory: &Directory, kind: Kind, index: usize) -> &str {
    match kind {
        Kind::Stand => &directory.stands[index].number,
        Kind::Organisation => &directory.organisations[index].id,
        Kind::Person => &directory.people[index].id,
        Kind::Talk => &crate::search::catalog::talks(directory)[index].id,
    }
}

fn illustrative(directory: &Directory, kind: Kind, index: usize) -> Option<bool> {
    match kind {
        Kind::Stand => Some(directory.stand_is_illustrative(index)),
        Kind::Organisation => None,
        Kind::Person => Some(directory.people[index].illustrative),
        Kind::Talk => Some(crate::search::catalog::talks(directory)[index].illustrative),
    }
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Stand => "stand",
        Kind::Organisation => "org",
        Kind::Person => "person",
        Kind::Talk => "talk",
    }
}
