use super::*;

fn value_at(text: &str, p: Vec<Step>) -> (usize, usize) {
    locate(text, &p)
}

#[test]
fn finds_values_in_nested_arrays_and_objects() {
    let text = "{\n  \"stands\": [\n    {\"n\": 1},\n    {\"n\": 2, \"orgs\": [\"a\", [0, 1], \"c\"]}\n  ]\n}";
    assert_eq!(value_at(text, json_path!["stands"]), (2, 13));
    assert_eq!(value_at(text, json_path!["stands", 0]), (3, 5));
    assert_eq!(value_at(text, json_path!["stands", 1, "n"]), (4, 11));
    assert_eq!(value_at(text, json_path!["stands", 1, "orgs", 0]), (4, 23));
    // Index 2 comes after a nested array that must be skipped whole.
    assert_eq!(value_at(text, json_path!["stands", 1, "orgs", 2]), (4, 36));
    assert_eq!(
        value_at(text, json_path!["stands", 1, "orgs", 1, 1]),
        (4, 32)
    );
}

#[test]
fn escapes_in_strings_do_not_end_them() {
    let text = r#"{"a": "x\"}, \"b\": 1 \\", "b": 2}"#;
    assert_eq!(value_at(text, json_path!["b"]), (1, 33));
}

#[test]
fn keys_are_compared_after_decoding_escapes() {
    let text = r#"{"n\u0061me": 1, "\ud83d\ude00": 2}"#;
    assert_eq!(value_at(text, json_path!["name"]), (1, 15));
    assert_eq!(value_at(text, json_path!["😀"]), (1, 34));
}

#[test]
fn column_counts_characters_not_bytes() {
    let text = "{\"é\": \"Wunnéngshëllef\", \"id\": 7}";
    // `{"é": "Wunnéngshëllef", "id": ` is 30 characters (33 bytes).
    assert_eq!(value_at(text, json_path!["id"]), (1, 31));
}

#[test]
fn key_target_points_at_the_key() {
    let text = "{\"a\": {\n  \"id\": \"x\"}}";
    let found = locate_all(
        text,
        &[
            (json_path!["a", "id"], Target::Key),
            (json_path!["a", "id"], Target::Value),
        ],
    );
    assert_eq!(found, vec![(2, 3), (2, 9)]);
}

#[test]
fn missing_paths_fall_back_to_the_deepest_ancestor() {
    let text = "{\"a\": {\"b\": [1]}}";
    assert_eq!(value_at(text, json_path!["a", "b", 5]), (1, 13));
    assert_eq!(value_at(text, json_path!["a", "zz"]), (1, 7));
    assert_eq!(value_at(text, json_path!["nothing"]), (1, 1));
}

#[test]
fn many_requests_share_one_pass() {
    let text = "[10, 20, 30]";
    let requests: Vec<_> = (0..3)
        .rev()
        .map(|i| (json_path![i], Target::Value))
        .collect();
    assert_eq!(locate_all(text, &requests), vec![(1, 10), (1, 6), (1, 2)]);
}

#[test]
fn never_panics_on_truncated_or_malformed_text() {
    let text = r#"{"stands": [{"n": "a\"b", "x": [1, {"y": "\u12"}]}, {"n": 2}], "z": "é"}"#;
    let deep = json_path!["stands", 1, "n"];
    for end in 0..=text.len() {
        let Some(prefix) = text.get(..end) else {
            continue;
        };
        let _ = value_at(prefix, deep.clone());
        let _ = value_at(prefix, json_path!["z"]);
    }
    for junk in [
        "",
        "]",
        "}}}",
        "{\"a\"",
        "{\"a\" 1}",
        "[1 2]",
        "\"\\",
        "{\"a\":[",
        "\u{feff}{}",
    ] {
        let _ = value_at(junk, json_path!["a", 0, "b"]);
    }
    let deep_nesting = "[".repeat(100_000);
    let _ = value_at(&deep_nesting, json_path![0, 0, 0]);
    assert_eq!(unescape(br"\ud800 \u00"), "\u{fffd} \u{fffd}00");
}
