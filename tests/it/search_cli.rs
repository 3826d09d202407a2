//! `maillage search`: the app's engine and ranking, for scripts; its exit
//! status says whether anything matched, as grep and fzf do.

use crate::common::cli::{Run, maillage, stderr, stdout};

#[test]
fn a_match_is_printed_and_exits_zero() {
    let out = maillage().args(["search", "croix rouge"]).run_ok();
    let lines = stdout(&out);
    assert!(lines.contains("stand\tA3\tCroix-Rouge"), "{lines}");
    assert!(lines.contains("org\tcroix-rouge\tCroix-Rouge"), "{lines}");
}

#[test]
fn nothing_matching_prints_nothing_and_exits_one() {
    let out = maillage().args(["search", "zzqxw"]).run();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    let json = maillage().args(["search", "--json", "zzqxw"]).run();
    assert_eq!(json.status.code(), Some(1));
    assert_eq!(stdout(&json).trim(), "[]");
}

/// `--json` says why each result was found: the field that matched best,
/// what it is, its text and the chars matched.
#[test]
fn json_gives_the_field_that_matched() {
    let out = maillage()
        .args(["search", "--json", "--kind", "stands", "jonatan"])
        .run_ok();
    let hits: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let first = &hits[0];
    assert_eq!(first["id"], "A2", "{hits:#}");
    assert_eq!(first["matched"]["field"], "person", "{hits:#}");
    assert_eq!(first["matched"]["text"], "Jonathan Lai");
    // "jonatan" is one letter short of "Jonathan": the letters typed are lit,
    // not the `h` it skipped.
    let lit: Vec<u64> = first["matched"]["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_u64().unwrap())
        .collect();
    assert_eq!(lit, [0, 1, 2, 3, 4, 6, 7]);
    let listed = maillage().args(["search", "--json", ""]).run_ok();
    assert!(
        !stdout(&listed).contains("\"matched\""),
        "an empty query lists, it does not match"
    );
}

/// Nothing matches, but fewer words would: standard error says which, in the
/// user's language; standard output stays empty and the exit status 1.
#[test]
fn no_match_offers_a_looser_query() {
    for (lang, said) in [
        (
            "en",
            "nothing matches \"medecins zzqx monde\"; \"medecins monde\" finds",
        ),
        (
            "fr",
            "rien ne correspond à « medecins zzqx monde » ; « medecins monde » donne",
        ),
    ] {
        let out = maillage()
            .args(["--lang", lang, "search", "medecins zzqx monde"])
            .run();
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(stdout(&out), "");
        let said_there = stderr(&out);
        assert!(said_there.contains(said), "{lang}: {said_there}");
    }
    let nothing = maillage().args(["search", "zzqx wwvy"]).run();
    assert!(nothing.stderr.is_empty(), "no looser query to offer");
}
