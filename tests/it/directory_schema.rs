//! `data/directory.schema.json` agrees with the model: the default directory and
//! the README's example pass it, and what the model refuses, it refuses too.

use maillage::directory;
use serde_json::Value;

use crate::common::fixtures::default_directory_json as default_value;

const SCHEMA: &str = include_str!("../../data/directory.schema.json");
const README: &str = include_str!("../../data/README.md");
const MINIMAL: &str = include_str!("../fixtures/valid/minimal.json");

fn schema_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
    jsonschema::draft202012::new(&schema).expect("the schema compiles")
}

fn schema_errors(instance: &Value) -> Vec<String> {
    schema_validator()
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn default_directory_matches_the_schema() {
    assert_eq!(schema_errors(&default_value()), Vec::<String>::new());
}

#[test]
fn minimal_example_is_valid_for_schema_and_model_and_is_the_one_in_the_readme() {
    let value: Value = serde_json::from_str(MINIMAL).unwrap();
    assert_eq!(schema_errors(&value), Vec::<String>::new());
    directory::parse(MINIMAL).expect("the minimal example parses");
    assert!(
        README.contains(MINIMAL.trim()),
        "data/README.md shows tests/fixtures/valid/minimal.json verbatim"
    );
}

/// Changes the default directory in one place; both the schema and the model must refuse it.
fn refused_by_both(what: &str, change: impl FnOnce(&mut Value)) {
    let mut value = default_value();
    change(&mut value);
    assert!(
        !schema_errors(&value).is_empty(),
        "the schema accepts {what}"
    );
    let text = serde_json::to_string(&value).unwrap();
    assert!(directory::parse(&text).is_err(), "the model accepts {what}");
}

#[test]
fn schema_and_model_both_reject_unknown_fields() {
    refused_by_both("an unknown top-level field", |v| {
        v["colour"] = "red".into();
    });
    refused_by_both("an unknown organisation field", |v| {
        v["organisations"][0]["email"] = "x".into();
    });
    refused_by_both("an unknown stand-location field", |v| {
        v["stands"][0]["location"]["floor"] = 2.into();
    });
}

#[test]
fn schema_and_model_both_reject_bad_enums_and_missing_fields() {
    refused_by_both("an unknown landmark kind", |v| {
        v["venue"]["halls"][0]["landmarks"][0]["kind"] = "stage".into();
    });
    refused_by_both("an unknown approach side", |v| {
        v["stands"][0]["location"]["approach"] = "up".into();
    });
    refused_by_both("a stand without organisations", |v| {
        v["stands"][0]
            .as_object_mut()
            .unwrap()
            .remove("organisations");
    });
}

#[test]
fn schema_rejects_another_format_or_version() {
    let mut value = default_value();
    value["version"] = 2.into();
    assert!(!schema_errors(&value).is_empty());
    let mut value = default_value();
    value["format"] = "maillage-notes".into();
    assert!(!schema_errors(&value).is_empty());
}

#[test]
fn schema_and_model_both_read_a_full_programme() {
    let mut value = default_value();
    value["programme"]["rooms"] =
        serde_json::json!([{ "id": "salle-1", "name": "Salle 1", "hall": "grande-salle" }]);
    value["programme"]["talks"][0]["start"] = "2022-11-17T09:30:00+01:00".into();
    value["programme"]["talks"][0]["end"] = "2022-11-17T10:00:00Z".into();
    value["programme"]["talks"][0]["place"] = serde_json::json!({ "room": "salle-1" });
    value["programme"]["talks"][0]["speakers"] = serde_json::json!([{ "name": "Ada" }]);
    value["programme"]["talks"][0]["language"] = "fr".into();
    assert_eq!(schema_errors(&value), Vec::<String>::new());
    let text = serde_json::to_string(&value).unwrap();
    directory::parse(&text).expect("the model reads it");
}

#[test]
fn schema_and_model_both_reject_a_bad_talk() {
    refused_by_both("an unknown talk field", |v| {
        v["programme"]["talks"][0]["room"] = "x".into();
    });
    refused_by_both("an unknown kind of place", |v| {
        v["programme"]["talks"][0]["place"] = serde_json::json!({ "stage": "x" });
    });
    refused_by_both("a place of two kinds", |v| {
        v["programme"]["talks"][0]["place"] =
            serde_json::json!({ "landmark": "tribune", "stand": "A1" });
    });
    refused_by_both("a time without its offset", |v| {
        v["programme"]["talks"][0]["start"] = "2022-11-17T09:30:00".into();
    });
    refused_by_both("an end without a start", |v| {
        v["programme"]["talks"][0]["end"] = "2022-11-17T09:30:00Z".into();
    });
    refused_by_both("a speaker with neither name nor person", |v| {
        v["programme"]["talks"][0]["speakers"] = serde_json::json!([{}]);
    });
    refused_by_both("a talk without a title", |v| {
        v["programme"]["talks"][0]
            .as_object_mut()
            .unwrap()
            .remove("title");
    });
}
