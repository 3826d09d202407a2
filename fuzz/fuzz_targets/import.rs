//! The CSV import on any bytes: a directory or diagnostics, never a panic;
//! an imported directory passes the directory checks, as `maillage import`
//! requires before writing it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maillage::{directory, import};

fuzz_target!(|data: &[u8]| {
    let options = import::Options {
        event_name: "Fuzz fair".into(),
    };
    if let Ok(imported) = import::import_csv(data, &options) {
        let json = serde_json::to_string(&imported.directory).expect("serializes");
        if let Err(problems) = directory::parse(&json) {
            panic!("the import produced an invalid directory: {problems:?}");
        }
    }
});
