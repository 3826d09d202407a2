//! Writes a valid, realistic directory with N stands, for benchmarks and for
//! trying the app on a trade fair the size of the largest ones.
//!
//! ```sh
//! cargo run --release --example generate_directory -- --stands 50000 [--seed 7] > big.json
//! cargo run --release --example generate_directory -- --stands 1000 -o fair.json
//! cargo run --release --example generate_directory -- --stands 50000 --talks 1000 -o fair.json
//! ```
//!
//! The generator itself is `maillage::generate` (shared with the benchmarks);
//! this is only its command line.

use std::io::Write;

struct Args {
    stands: usize,
    seed: u64,
    /// Talks of a generated programme (0: none).
    talks: usize,
    output: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        stands: 1000,
        seed: 1,
        talks: 0,
        output: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || it.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--stands" => args.stands = value()?.parse().map_err(|e| format!("--stands: {e}"))?,
            "--talks" => args.talks = value()?.parse().map_err(|e| format!("--talks: {e}"))?,
            "--seed" => args.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "-o" | "--output" => args.output = Some(value()?),
            "-h" | "--help" => {
                return Err(
                    "usage: generate_directory --stands N [--talks T] [--seed S] [-o FILE]".into(),
                );
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if args.stands == 0 {
        return Err("--stands must be at least 1".into());
    }
    Ok(args)
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let json = maillage::generate::json_with_talks(args.stands, args.talks, args.seed);
    let written = match &args.output {
        Some(path) => std::fs::write(path, json),
        None => std::io::stdout().lock().write_all(json.as_bytes()),
    };
    if let Err(e) = written {
        eprintln!("cannot write the directory: {e}");
        std::process::exit(1);
    }
}
