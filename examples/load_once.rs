//! Loads a directory file once, as the app does at launch, and prints how
//! long each part took: the load in a fresh process, which criterion (many
//! loads in one process) cannot show. BENCHMARKS.md explains why the two
//! differ on a machine where fresh memory is expensive.
//!
//! ```sh
//! cargo run --release --example generate_directory -- --stands 50000 -o big.json
//! cargo build --release --example load_once
//! for i in $(seq 20); do target/release/examples/load_once big.json; done
//! ```

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use maillage::directory;
use maillage::search::catalog::Catalog;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!("usage: load_once FILE");
        return ExitCode::from(2);
    };
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
        "read + parse + validate {:.1} ms, links + index {:.1} ms, total {:.1} ms",
        ms(loaded),
        ms(total - loaded),
        ms(total)
    );
    // As the app does at exit: freeing a fair is not part of loading it.
    std::mem::forget((catalog, directory));
    ExitCode::SUCCESS
}
