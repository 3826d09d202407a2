//! Loads a directory file once, as the app does at launch, and prints how
//! long each part took: the load in a fresh process, which criterion (many
//! loads in one process) cannot show. BENCHMARKS.md explains why the two
//! differ on a machine where fresh memory is expensive.
//!
//! With `--cache DIR`, loads as the app does: from the launch cache in DIR
//! when it holds this file (the first run writes it).
//!
//! ```sh
//! cargo run --release --example generate_directory -- --stands 50000 -o big.json
//! cargo build --release --example load_once
//! for i in $(seq 20); do target/release/examples/load_once big.json; done
//! for i in $(seq 20); do target/release/examples/load_once big.json --cache /tmp/c; done
//! ```

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use maillage::directory;
use maillage::search::catalog::Catalog;
use maillage::search::catalog::cache::launch;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (path, cache) = match args.as_slice() {
        [path] => (path, None),
        [path, flag, dir] if flag == "--cache" => (path, Some(Path::new(dir))),
        _ => {
            eprintln!("usage: load_once FILE [--cache DIR]");
            return ExitCode::from(2);
        }
    };
    if let Some(cache) = cache {
        return from_cache(Path::new(path), cache);
    }
    let start = Instant::now();
    let directory = match directory::load_file(Path::new(&path)) {
        Ok(directory) => directory,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    let loaded = start.elapsed();
    let catalog = Catalog::new(&directory);
    let total = start.elapsed();
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    println!(
        "read + parse + validate {:.1} ms, index {:.1} ms, total {:.1} ms",
        ms(loaded),
        ms(total - loaded),
        ms(total)
    );
    // As the app does at exit: freeing a fair is not part of loading it.
    std::mem::forget((catalog, directory));
    ExitCode::SUCCESS
}

/// Loads `path` as the app does, through the launch cache in `cache`.
fn from_cache(path: &Path, cache: &Path) -> ExitCode {
    let start = Instant::now();
    let loaded = match launch::load_with(path, Some(cache)) {
        Ok(loaded) => loaded,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    let total = start.elapsed().as_secs_f64() * 1e3;
    let launch::Launch {
        directory,
        catalog,
        missed,
    } = loaded;
    match (catalog, missed) {
        (Some(catalog), _) => {
            println!("from the launch cache: total {total:.1} ms");
            std::mem::forget((catalog, directory));
        }
        (None, missed) => {
            let catalog = Catalog::new(&directory);
            let total = start.elapsed().as_secs_f64() * 1e3;
            println!("from the file (cache missed): total {total:.1} ms");
            if let Some(missed) = missed
                && let Err(error) = missed.write(&directory, &catalog)
            {
                eprintln!("the cache could not be written: {error}");
            }
            std::mem::forget((catalog, directory));
        }
    }
    ExitCode::SUCCESS
}
