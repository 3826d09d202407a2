//! The directory loader on any bytes: `directory::parse` (what `--data` and
//! `maillage check` use) returns a directory or problems, never panics; the
//! error prints; a directory that loads survives a write/read round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maillage::directory;

fuzz_target!(|data: &[u8]| {
    // load_file refuses invalid UTF-8 before parsing; lossy text still
    // exercises the parser on whatever else the bytes hold.
    let text = String::from_utf8_lossy(data);
    match directory::parse(&text) {
        Ok(d) => {
            let json = serde_json::to_string(&d).expect("a directory serializes");
            assert_eq!(directory::parse(&json), Ok(d), "round trip");
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            for p in problems {
                assert!(p.line >= 1 && p.column >= 1);
                let _ = format!("file:{}:{}: {}", p.line, p.column, p.message);
            }
        }
    }
});
