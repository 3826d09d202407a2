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

/// `--json` says which stands are illustrative: all of them on the default
/// directory, whose layout (numbers, places) is made up; with the layout
/// taken as surveyed, only the stands flagged themselves (A2, C2, C3).
/// Organisations carry no such field.
#[test]
fn json_says_which_stands_are_illustrative() {
    let illustrative = |out: &std::process::Output| -> Vec<(String, bool)> {
        let hits: serde_json::Value = serde_json::from_str(&stdout(out)).unwrap();
        hits.as_array()
            .unwrap()
            .iter()
            .filter(|h| h["kind"] == "stand")
            .map(|h| {
                let flag = h["illustrative"].as_bool().expect("a stand has the field");
                (h["id"].as_str().unwrap().to_string(), flag)
            })
            .collect()
    };
    let out = maillage().args(["search", "--json", ""]).run_ok();
    let stands = illustrative(&out);
    assert_eq!(stands.len(), 15);
    assert!(stands.iter().all(|(_, flag)| *flag), "{stands:?}");
    let hits: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let orgs = hits
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["kind"] == "org");
    assert!(orgs.clone().count() > 0 && orgs.clone().all(|h| h.get("illustrative").is_none()));
    assert!(
        !stdout(&maillage().args(["search", "caritas"]).run_ok()).contains("true"),
        "the plain output is unchanged"
    );

    let mut surveyed = crate::common::fixtures::default_directory_json();
    surveyed["venue"]["illustrative"] = false.into();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("surveyed.json");
    std::fs::write(&path, surveyed.to_string()).unwrap();
    let path = path.to_str().unwrap();
    let out = maillage()
        .args(["--data", path, "search", "--json", "--kind", "stands", ""])
        .run_ok();
    let flagged: Vec<String> = illustrative(&out)
        .into_iter()
        .filter(|(_, flag)| *flag)
        .map(|(id, _)| id)
        .collect();
    assert_eq!(flagged, ["A2", "C2", "C3"]);
}

/// Talks are searched like the rest: by speaker (with a typo), alone with
/// `--kind talks`, among the rest by default; JSON says `talk`.
#[test]
fn talks_are_searched_by_speaker_title_theme_and_place() {
    let data = crate::common::fixtures::fixture_arg("valid/tui-programme.json");
    let out = maillage()
        .args(["--data", &data, "search", "--kind", "talks", "exmple anne"])
        .run_ok();
    assert_eq!(
        stdout(&out),
        "talk\trefugies\tLe travail de la Croix-Rouge avec les réfugiés\n\
         talk\tseniors\tVieillir chez soi\n"
    );
    let out = maillage()
        .args(["--data", &data, "search", "--json", "tribune"])
        .run_ok();
    let hits: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(hits[0]["kind"], "talk", "{hits:#}");
    assert_eq!(hits[0]["matched"]["field"], "place", "{hits:#}");
    assert_eq!(hits[0]["illustrative"], true, "{hits:#}");
}
