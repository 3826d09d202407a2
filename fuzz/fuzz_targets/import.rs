//! The import on any bytes (CSV or, by its bytes, a spreadsheet): a
//! directory or diagnostics, never a panic;
//! an imported directory passes the directory checks, as `maillage import`
//! requires before writing it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maillage::{directory, import};

fuzz_target!(|data: &[u8]| {
    let options = import::Options {
        event_name: "Fuzz fair".into(),
        lang: maillage::i18n::Lang::En,
        plan: None,
    };
    let name = std::path::Path::new("fuzz.xlsx");
    if let Ok(imported) = import::import_file(name, data, None, &options) {
        let json = serde_json::to_string(&imported.directory).expect("serializes");
        if let Err(problems) = directory::parse(&json) {
            panic!("the import produced an invalid directory: {problems:?}");
        }
    }
});
