//! Two editions of one event, as two directory files written by the test
//! (from `tests/fixtures/valid/tui-sample.json`): 2022 and 2023. The
//! Croix-Rouge keeps its id; Wunnéngshëllef comes back under another id
//! (`wunnengshellef-asbl`) and Stëmm vun der Strooss under another id and
//! only its other name (`Stëmm`, its 2022 name an alias). Notes taken with
//! the first are for the tests to find with the second.

use std::path::{Path, PathBuf};

pub const EVENT_2022: &str = "assises-2022";
pub const EVENT_2023: &str = "assises-2023";
pub const NAME_2023: &str = "Assises sociales 2023";

/// Writes `2022.json` and `2023.json` in `dir`; returns their paths.
pub fn write_two_editions(dir: &Path) -> (PathBuf, PathBuf) {
    let sample = super::fixtures::fixture("valid/tui-sample.json");
    let text = std::fs::read_to_string(sample).expect("the TUI sample");
    let mut first: serde_json::Value = serde_json::from_str(&text).unwrap();
    first["event"]["id"] = EVENT_2022.into();
    first["event"]["name"] = "Assises sociales 2022".into();
    let mut second = first.clone();
    second["event"]["id"] = EVENT_2023.into();
    second["event"]["name"] = NAME_2023.into();
    let mut renamed = serde_json::to_string(&second).unwrap();
    for (old, new) in [
        ("\"wunnengshellef\"", "\"wunnengshellef-asbl\""),
        ("\"stemm\"", "\"stemm-asbl\""),
    ] {
        renamed = renamed.replace(old, new);
    }
    let mut second: serde_json::Value = serde_json::from_str(&renamed).unwrap();
    let stemm = second["organisations"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|o| o["id"] == "stemm-asbl")
        .expect("Stëmm in the sample");
    stemm["name"] = "Stëmm".into();
    stemm["aliases"] = serde_json::json!(["Stëmm vun der Strooss"]);
    let paths = (dir.join("2022.json"), dir.join("2023.json"));
    std::fs::write(&paths.0, serde_json::to_string_pretty(&first).unwrap()).unwrap();
    std::fs::write(&paths.1, serde_json::to_string_pretty(&second).unwrap()).unwrap();
    paths
}
