//! Time to screen, as a person sees it: launches the real app in a
//! pseudo-terminal, again and again, and measures from the launch to
//!
//! - the first frame (the header is on screen),
//! - a key typed right after the first frame being shown in the search line
//!   (while the index is still being built on a large directory),
//! - the results (the lists no longer say "indexing…"),
//!
//! and the app's peak memory (`VmHWM`, Linux): at launch, once the results
//! are shown, the query erased again (every list full) and the screen
//! settled; then in use, after typing `sante diekirch` a letter at a time.
//! BENCHMARKS.md gives the figures and how they were taken.
//!
//! ```sh
//! cargo build --release --example generate_directory --example time_to_screen
//! target/release/examples/generate_directory --stands 50000 -o /tmp/big.json
//! cargo build --release
//! target/release/examples/time_to_screen target/release/maillage /tmp/big.json 21
//! target/release/examples/time_to_screen target/release/maillage - 21   # the default directory
//! ```

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::process::ExitCode;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// One launch's figures, in milliseconds (memory in MB).
struct Run {
    first_frame: f64,
    key_shown: f64,
    results: f64,
    peak_mb: Option<f64>,
    typing_peak_mb: Option<f64>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (binary, data, runs) = match args.as_slice() {
        [binary, data, runs] => (binary, data, runs.parse().unwrap_or(11)),
        [binary, data] => (binary, data, 11),
        _ => {
            eprintln!("usage: time_to_screen MAILLAGE_BINARY (DIRECTORY.json | -) [RUNS]");
            return ExitCode::from(2);
        }
    };
    let mut all = Vec::new();
    for _ in 0..runs {
        match launch(binary, data) {
            Ok(run) => all.push(run),
            Err(why) => {
                eprintln!("time_to_screen: {why}");
                return ExitCode::FAILURE;
            }
        }
    }
    report(
        "first frame",
        all.iter().map(|r| r.first_frame).collect(),
        "ms",
    );
    report(
        "key typed → shown",
        all.iter().map(|r| r.key_shown).collect(),
        "ms",
    );
    report(
        "results on screen",
        all.iter().map(|r| r.results).collect(),
        "ms",
    );
    let peaks: Vec<f64> = all.iter().filter_map(|r| r.peak_mb).collect();
    if !peaks.is_empty() {
        report("peak memory (VmHWM)", peaks, "MB");
    }
    let peaks: Vec<f64> = all.iter().filter_map(|r| r.typing_peak_mb).collect();
    if !peaks.is_empty() {
        report("peak after typing", peaks, "MB");
    }
    ExitCode::SUCCESS
}

fn report(what: &str, mut values: Vec<f64>, unit: &str) {
    values.sort_by(f64::total_cmp);
    let at = |q: f64| values[((values.len() - 1) as f64 * q).round() as usize];
    println!(
        "{what:>20}: median {:7.1} {unit}, p90 {:7.1}, min {:7.1}, max {:7.1} ({} runs)",
        at(0.5),
        at(0.9),
        values[0],
        values[values.len() - 1],
        values.len()
    );
}

/// The screen as the app drew it so far.
struct Screen {
    parser: vt100::Parser,
}

fn launch(binary: &str, data: &str) -> Result<Run, String> {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .map_err(|e| e.to_string())?;
    let config = tempfile::tempdir().map_err(|e| e.to_string())?;
    // portable-pty looks a relative name up in PATH: name the file itself.
    let binary = std::fs::canonicalize(binary).map_err(|e| format!("{binary}: {e}"))?;
    let mut command = CommandBuilder::new(binary);
    if data != "-" {
        command.args(["--data", data]);
    }
    command.args(["--lang", "en"]);
    command.env("TERM", "xterm-256color");
    command.env("MAILLAGE_CONFIG_DIR", config.path());
    let mut reader = pty.master.try_clone_reader().map_err(|e| e.to_string())?;
    let mut writer = pty.master.take_writer().map_err(|e| e.to_string())?;
    let screen = Arc::new((
        Mutex::new(Screen {
            parser: vt100::Parser::new(
                NonZeroU16::MIN.saturating_add(39),
                NonZeroU16::MIN.saturating_add(119),
                0,
            ),
        }),
        Condvar::new(),
    ));
    let start = Instant::now();
    let mut child = pty
        .slave
        .spawn_command(command)
        .map_err(|e| e.to_string())?;
    drop(pty.slave);
    let feed = Arc::clone(&screen);
    std::thread::spawn(move || {
        let mut buffer = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buffer) {
            if n == 0 {
                break;
            }
            let (lock, changed) = &*feed;
            lock.lock().unwrap().parser.process(&buffer[..n]);
            changed.notify_all();
        }
    });
    let wait_for = |what: &str, test: &dyn Fn(&str) -> bool| -> Result<f64, String> {
        let (lock, changed) = &*screen;
        let mut guard = lock.lock().unwrap();
        loop {
            if test(&guard.parser.screen().contents()) {
                return Ok(start.elapsed().as_secs_f64() * 1e3);
            }
            let left = Duration::from_secs(30).saturating_sub(start.elapsed());
            if left.is_zero() {
                return Err(format!("{what}: not on screen after 30 s"));
            }
            guard = changed.wait_timeout(guard, left).unwrap().0;
        }
    };
    let first_frame = wait_for("the first frame", &|s| s.contains("maillage ·"))?;
    writer.write_all(b"q").map_err(|e| e.to_string())?;
    let key_shown = wait_for("the key typed", &|s| {
        s.lines()
            .any(|line| line.trim_start().starts_with("Search: q"))
    })? - first_frame;
    let results = wait_for("the results", &|s| !s.contains("indexing…"))?;
    // The launch's peak counts its busiest screen: every list showing all
    // its records (the query erased), the first stand's route drawn.
    writer.write_all(b"\x7f").map_err(|e| e.to_string())?;
    let query_shown = |query: &'static str| {
        move |s: &str| {
            s.lines().any(|line| {
                line.trim_start()
                    .strip_prefix("Search:")
                    .is_some_and(|rest| {
                        rest.trim() == query || query.is_empty() && rest.contains('…')
                    })
            })
        }
    };
    wait_for("the query erased", &query_shown(""))?;
    settle(&screen, start)?;
    let peak_mb = child.process_id().and_then(peak_memory_mb);
    // Then in use: a query typed one letter at a time (the app keeps the
    // results of each one, to go back to them when letters are deleted).
    let mut typed = String::new();
    for c in TYPED.chars() {
        typed.push(c);
        writer
            .write_all(c.to_string().as_bytes())
            .map_err(|e| e.to_string())?;
        let shown = typed.clone();
        wait_for("a letter typed", &move |s: &str| {
            s.lines().any(|line| {
                line.trim_start()
                    .strip_prefix("Search:")
                    .is_some_and(|rest| rest.trim_start().starts_with(shown.as_str()))
            })
        })?;
    }
    settle(&screen, start)?;
    let typing_peak_mb = child.process_id().and_then(peak_memory_mb);
    writer.write_all(b"\x03").map_err(|e| e.to_string())?;
    child.wait().map_err(|e| e.to_string())?;
    Ok(Run {
        first_frame,
        key_shown,
        results,
        peak_mb,
        typing_peak_mb,
    })
}

/// The query typed to measure the memory of the app in use.
const TYPED: &str = "sante diekirch";

/// Waits until the screen keeps the same contents for 700 ms (the app
/// redraws on a timer, with nothing new to send but the cursor).
fn settle(screen: &(Mutex<Screen>, Condvar), start: Instant) -> Result<(), String> {
    let quiet = Duration::from_millis(700);
    let contents = || screen.0.lock().unwrap().parser.screen().contents();
    let (mut seen, mut since) = (contents(), Instant::now());
    while since.elapsed() < quiet {
        std::thread::sleep(Duration::from_millis(20));
        let now = contents();
        if now != seen {
            (seen, since) = (now, Instant::now());
        }
        if start.elapsed() > Duration::from_secs(60) {
            return Err("the screen did not settle after 60 s".into());
        }
    }
    Ok(())
}

/// The process's peak resident memory so far (Linux), in MB.
fn peak_memory_mb(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
