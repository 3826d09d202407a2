//! `maillage route` end to end, on the fixture layouts.

use std::process::Output;

use crate::common::cli::{Run, maillage, stderr, stdout};

fn fixture(name: &str) -> String {
    crate::common::fixtures::fixture_arg(&format!("venue/{name}"))
}

/// `maillage ARGS` under the locale `locale`.
fn run_in_locale(locale: &str, args: &[&str]) -> Output {
    maillage().args(args).env("LANG", locale).run()
}

#[test]
fn prints_directions_and_distance_in_the_locale_language() {
    let data = fixture("l-hall.json");
    let en = run_in_locale("en_GB.UTF-8", &["--data", &data, "route", "entrance", "C2"]);
    assert!(en.status.success(), "{}", stderr(&en));
    assert_eq!(
        stdout(&en),
        "From the main entrance, walk 12 m, then turn left at stand B4 and walk 6 m; \
         stand C2 is on your right.\n18 m, about 15 s on foot\n"
    );
    let fr = run_in_locale("fr_LU.UTF-8", &["--data", &data, "route", "entrance", "C2"]);
    assert_eq!(
        stdout(&fr),
        "Depuis l'entrée principale, avancez de 12 m, puis tournez à gauche au stand B4 \
         et avancez de 6 m ; le stand C2 est à votre droite.\n18 m, environ 15 s à pied\n"
    );
}

/// From a stand to itself: you are there, in one line, and no "0 m, about
/// 0 s on foot" after it.
#[test]
fn a_route_to_where_you_are_says_so_without_a_zero_distance() {
    let data = fixture("l-hall.json");
    let out = run_in_locale("en_GB.UTF-8", &["--data", &data, "route", "C2", "C2"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "You are at stand C2.\n");
}

#[test]
fn organisation_names_lead_to_their_stand() {
    let data = fixture("l-hall.json");
    // "caritas" is the organisation of stand B4, "croix-rouge" that of C2.
    let out = run_in_locale("C", &["--data", &data, "route", "caritas", "Croix-Rouge"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("With stand B4 on your left, walk 4 m towards the welcome desk"),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("stand C2 is on your right"));
}

#[test]
fn json_gives_the_path_and_the_steps() {
    let data = fixture("two-halls.json");
    let out = run_in_locale("C", &["--data", &data, "route", "entrance", "E1", "--json"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["from"]["kind"], "entrance");
    assert_eq!(json["to"]["number"], "E1");
    assert_eq!(json["length_m"], 18.0);
    assert_eq!(json["seconds"], 15);
    let path = json["path"].as_array().unwrap();
    assert_eq!(path.first().unwrap()["hall"], "rdc");
    assert_eq!(
        path.last().unwrap(),
        &serde_json::json!({"hall": "etage", "x": 1, "y": 1})
    );
    let kinds: Vec<&str> = json["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["step"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["start", "walk", "connection", "walk", "arrive"]);
}

#[test]
fn an_unknown_place_or_an_unreachable_stand_is_one_line_and_exit_1() {
    let data = fixture("unreachable.json");
    let out = run_in_locale("C", &["--data", &data, "route", "entrance", "nowhere"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        stderr(&out),
        "maillage: no stand, organisation or entrance matches \u{201c}nowhere\u{201d}\n"
    );
    let out = run_in_locale("fr_FR", &["--data", &data, "route", "entrance", "X1"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "maillage: Aucun chemin ne mène au stand X1.\n"
    );
}

/// On the default directory (an illustrative layout) the directions come
/// with the plan's notice on standard error, in the user's language; a
/// surveyed layout has none, and standard output is the same either way.
#[test]
fn an_illustrative_layout_is_said_on_standard_error() {
    let en = run_in_locale("en_GB.UTF-8", &["route", "entrance", "B4"]);
    assert!(en.status.success(), "{}", stderr(&en));
    assert_eq!(
        stderr(&en),
        "Illustrative plan: made-up layout and stand numbers\n"
    );
    assert!(stdout(&en).starts_with("From the main entrance"));
    let fr = run_in_locale("fr_LU.UTF-8", &["route", "--json", "entrance", "B4"]);
    assert_eq!(
        stderr(&fr),
        "Plan illustratif\u{a0}: disposition et numéros inventés\n"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&fr)).expect("clean JSON");
    assert_eq!(json["to"]["number"], "B4", "{json:#}");
    let data = fixture("two-halls.json");
    let surveyed = run_in_locale("en_GB.UTF-8", &["--data", &data, "route", "entrance", "E1"]);
    assert!(surveyed.status.success());
    assert_eq!(stderr(&surveyed), "");
}
