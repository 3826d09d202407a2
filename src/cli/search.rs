//! `maillage search QUERY`: the same ranking as the TUI, for scripts.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use serde::Serialize;

use crate::directory::Directory;
use crate::i18n::Lang;
use crate::sanitize::{for_display, json_for_terminal};
use crate::search::catalog::cache::{self, CachedHit, Stamp};
use crate::search::catalog::{Kind, name_field, search_once};

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
    /// Neither read nor write the cache kept for large directory files
    /// (over 1 MB, in the system's cache folder or $MAILLAGE_CACHE_DIR).
    #[arg(long)]
    pub no_cache: bool,
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
    let cache = data
        .filter(|_| !args.no_cache)
        .and_then(CacheFile::for_data);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let kinds = args.kind.kinds();
    if let Some(cache) = &cache
        && let Ok(Some(hits)) =
            cache::search(&cache.file, &cache.stamp, &args.query, kinds, args.json)
    {
        let written = write_cached(&hits, args, &mut out);
        return finish(written, &mut out, hits);
    }
    let directory = match super::load_directory(data) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}", e.render(lang));
            return ExitCode::from(1);
        }
    };
    let written = match &cache {
        // Searched as the cache will be, and the cache written on the way;
        // one that cannot be written only means none next time.
        Some(cache) => {
            let (hits, _) = cache::search_and_write(
                &directory,
                &args.query,
                kinds,
                args.json,
                &cache.file,
                &cache.stamp,
            );
            let written = write_cached(&hits, args, &mut out);
            std::mem::forget(hits);
            written
        }
        None => write_results(&directory, args, &mut out),
    };
    finish(written, &mut out, directory)
}

/// Writes hits found in the search cache as `maillage search` prints them
/// (public for the one-shot benchmark).
pub fn write_cached(
    hits: &[CachedHit],
    args: &SearchArgs,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let rows = hits
        .iter()
        .take(args.limit.unwrap_or(usize::MAX))
        .map(|h| JsonHit {
            kind: kind_name(h.kind),
            id: &h.id,
            name: &h.name,
            score: h.hit.score,
            positions: h.positions.clone(),
        });
    write_rows(rows, args.json, out)
}

/// Flushes the output and ends, leaving `data` to the system: freeing a
/// fair-sized directory or catalog (hundreds of thousands of allocations)
/// would only add to the wall time.
fn finish<T>(written: std::io::Result<()>, out: &mut impl Write, data: T) -> ExitCode {
    std::mem::forget(data);
    match written.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("maillage: {e}");
            ExitCode::from(1)
        }
    }
}

/// The cache of a directory file worth caching, where one can be kept.
struct CacheFile {
    file: PathBuf,
    stamp: Stamp,
}

impl CacheFile {
    fn for_data(data: &Path) -> Option<CacheFile> {
        // Stamped before the file is read: if it changes while it is read,
        // the cache is written under the old stamp and never used.
        let stamp = Stamp::of(data).ok().filter(Stamp::worth_caching)?;
        let file = stamp.cache_file(&cache::cache_dir()?);
        Some(CacheFile { file, stamp })
    }
}

/// Searches `directory` and writes the results to `out`: all of `maillage
/// search` after loading, when no cache is kept (public for the one-shot
/// benchmark).
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
            let field = name_field(kind);
            JsonHit {
                kind: kind_name(kind),
                id: id_of(directory, kind, hit.record),
                name: found.record(i).text(field).unwrap_or_default(),
                score: hit.score,
                positions: positions_if(args, || found.positions(i, field, &args.query)),
            }
        });
    write_rows(rows, args.json, out)
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
                for_display(r.name)
            )
        })
    }
}

fn id_of(directory: &Directory, kind: Kind, index: usize) -> &str {
    match kind {
        Kind::Stand => &directory.stands[index].number,
        Kind::Organisation => &directory.organisations[index].id,
        Kind::Person => &directory.people[index].id,
    }
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Stand => "stand",
        Kind::Organisation => "org",
        Kind::Person => "person",
    }
}
