//! The notes loader on any bytes: the store's parse of `notes.json` returns
//! the notes or a positioned problem, never panics; notes that load survive
//! a write/read round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maillage::notes::NotesFile;
use maillage::store;

fuzz_target!(|data: &[u8]| {
    match store::parse::<NotesFile>(data) {
        Ok(file) => {
            let json = serde_json::to_vec(&file).expect("notes serialize");
            let again = store::parse::<NotesFile>(&json).expect("written notes parse");
            assert_eq!(again, file, "round trip");
        }
        Err(p) => assert!(p.line >= 1 && p.column >= 1),
    }
});
