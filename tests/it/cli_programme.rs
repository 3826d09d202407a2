//! `maillage programme` end to end, on the default directory given a
//! programme with times (written by the test), and `maillage check` on a
//! programme with problems.

use std::path::{Path, PathBuf};

use maillage::venue::plan::PlanFile;
use serde_json::json;

use crate::common::cli::{Run, maillage, maillage_in, stderr, stdout};
use crate::common::fixtures::{DEFAULT_EVENT as EVENT, default_directory_json};

/// The default directory with a two-day programme: back-to-back talks at
/// the tribune, one at a stand overlapping them, one on the second day,
/// one of unknown time.
fn write_directory(dir: &Path) -> PathBuf {
    let mut value = default_directory_json();
    value["programme"] = json!({
        "note": "Programme de test.",
        "talks": [
            { "id": "sans-heure", "title": "Heure à venir", "time_note": "pas encore publiée" },
            { "id": "jour-2", "title": "Bilan", "start": "2022-11-18T09:00:00+01:00",
              "end": "2022-11-18T09:30:00+01:00", "place": { "hall": "grande-salle" } },
            { "id": "croix-rouge", "title": "Accueillir les réfugiés",
              "start": "2022-11-17T10:00:00+01:00", "end": "2022-11-17T10:45:00+01:00",
              "place": { "landmark": "tribune" },
              "speakers": [{ "name": "Une intervenante" }, { "person": "christof-mann" }],
              "organisations": ["croix-rouge"], "themes": ["réfugiés", "accueil"],
              "description": "Des foyers ouverts en quelques jours; une douzaine, avec Caritas, et des équipes qui se relaient, jour et nuit, pendant des semaines entières." },
            { "id": "ouverture", "title": "Ouverture", "start": "2022-11-17T09:30:00+01:00",
              "end": "2022-11-17T10:00:00+01:00", "place": { "landmark": "tribune" },
              "speakers": [{ "person": "christof-mann" }] },
            { "id": "atelier", "title": "Atelier Welcome", "start": "2022-11-17T10:15:00+01:00",
              "end": "2022-11-17T11:00:00+01:00", "place": { "stand": "A4" },
              "speakers": [{ "person": "edvard-skrijelj" }] }
        ]
    });
    let path = dir.join("programme.json");
    std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    path
}

fn run(dir: &Path, args: &[&str]) -> std::process::Output {
    let data = write_directory(dir);
    maillage_in(dir)
        .arg("--data")
        .arg(&data)
        .arg("programme")
        .args(args)
        .run()
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let out = run(dir, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

fn star(dir: &Path, talks: &[&str]) {
    let mut plan = PlanFile::default();
    for (i, talk) in talks.iter().enumerate() {
        plan.event_mut(EVENT)
            .set_talk_starred(talk, true, 10 + i as u64);
    }
    std::fs::write(dir.join("plan.json"), plan.to_json()).unwrap();
}

#[test]
fn lists_talks_by_day_and_time_with_places_and_speakers_unknown_time_last() {
    let dir = tempfile::tempdir().unwrap();
    let text = ok(dir.path(), &[]);
    let expected = "\
Thursday 17 November 2022
  09:30–10:00  Ouverture
               Tribune (interventions) · Christof Mann
  10:00–10:45  Accueillir les réfugiés
               Tribune (interventions) · Une intervenante, Christof Mann
  10:15–11:00  Atelier Welcome
               stand A4 (Inter-Actions) · Edvard Skrijelj

Friday 18 November 2022
  09:00–09:30  Bilan
               Grande salle du centre culturel de Bonnevoie

Time unknown
               Heure à venir
";
    assert_eq!(text, expected);
}

#[test]
fn french_names_the_days_and_the_unknown_time_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let text = ok(dir.path(), &["--lang", "fr"]);
    assert!(text.starts_with("jeudi 17 novembre 2022\n"), "{text}");
    assert!(text.contains("\nvendredi 18 novembre 2022\n"), "{text}");
    assert!(text.contains("\nHeure inconnue\n"), "{text}");
}

#[test]
fn day_is_a_date_or_a_number_and_an_unknown_day_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    for day in ["2", "2022-11-18"] {
        let text = ok(dir.path(), &["--day", day]);
        assert_eq!(
            text,
            "Friday 18 November 2022\n  09:00–09:30  Bilan\n               \
             Grande salle du centre culturel de Bonnevoie\n",
            "--day {day}"
        );
    }
    for day in ["3", "0", "2022-11-19", "demain"] {
        let out = run(dir.path(), &["--day", day]);
        assert_eq!(out.status.code(), Some(1), "--day {day}");
        assert_eq!(
            stderr(&out),
            format!("maillage: no day {day} in the programme (its days: 2022-11-17, 2022-11-18)\n")
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn now_shows_what_runs_at_the_given_clock_and_what_starts_next() {
    let dir = tempfile::tempdir().unwrap();
    let text = ok(dir.path(), &["--now", "--at", "2022-11-17T09:20:00Z"]);
    // 09:20Z is 10:20 at the event: two talks run; the next is the next day's.
    let expected = "\
At Thursday 17 November 2022 10:20

Now
  10:00–10:45  Accueillir les réfugiés
               Tribune (interventions) · Une intervenante, Christof Mann
  10:15–11:00  Atelier Welcome
               stand A4 (Inter-Actions) · Edvard Skrijelj

Next
  09:00–09:30  Bilan
               Grande salle du centre culturel de Bonnevoie
";
    assert_eq!(text, expected);
    let late = ok(
        dir.path(),
        &["--now", "--at", "2022-11-18T12:00:00+01:00", "--lang", "fr"],
    );
    assert!(
        late.contains("En ce moment\n  Rien en ce moment.\n"),
        "{late}"
    );
    assert!(late.contains("Ensuite\n  Plus rien ensuite.\n"), "{late}");
}

/// The default directory has no talk with a time: the clock is read on the
/// offset `--at` was written with, not on the machine's zone.
#[test]
fn without_timed_talks_the_clock_keeps_the_offset_it_was_given() {
    let dir = tempfile::tempdir().unwrap();
    let out = maillage_in(dir.path())
        .env("TZ", "America/New_York")
        .args(["programme", "--now", "--at", "2022-11-17T10:20:00+01:00"])
        .run();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("At Thursday 17 November 2022 10:20\n"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_bad_clock_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["--now", "--at", "2022-11-17 10:20"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("maillage: --at \"2022-11-17 10:20\": not a time with its offset"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn json_lists_the_talks_and_now_and_next() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["--json"]);
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["event"], EVENT);
    let ids: Vec<&str> = value["talks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "ouverture",
            "croix-rouge",
            "atelier",
            "jour-2",
            "sans-heure"
        ]
    );
    let talk = &value["talks"][1];
    assert_eq!(talk["day"], "2022-11-17");
    assert_eq!(talk["start"], "2022-11-17T10:00:00+01:00");
    assert_eq!(
        talk["place"],
        json!({ "kind": "landmark", "id": "tribune", "name": "Tribune (interventions)" })
    );
    assert_eq!(
        talk["speakers"],
        json!([
            { "name": "Une intervenante", "person": null },
            { "name": "Christof Mann", "person": "christof-mann" }
        ])
    );
    assert_eq!(value["talks"][4]["day"], serde_json::Value::Null);
    assert_eq!(value["talks"][4]["time_note"], "pas encore publiée");

    let out = run(
        dir.path(),
        &[
            "--format",
            "json",
            "--now",
            "--at",
            "2022-11-17T09:45:00+01:00",
        ],
    );
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["at"], "2022-11-17T09:45:00+01:00");
    assert_eq!(value["now"][0]["id"], "ouverture");
    assert_eq!(value["now"].as_array().unwrap().len(), 1);
    assert_eq!(value["next"][0]["id"], "croix-rouge");
}

#[test]
fn starred_keeps_only_the_talks_starred_in_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    star(dir.path(), &["atelier", "sans-heure"]);
    let text = ok(dir.path(), &["--starred"]);
    assert!(text.contains("Atelier Welcome"), "{text}");
    assert!(text.contains("Heure à venir"), "{text}");
    assert!(
        !text.contains("Ouverture") && !text.contains("Bilan"),
        "{text}"
    );
    // Reading never writes.
    let plan = std::fs::read_to_string(dir.path().join("plan.json")).unwrap();
    star(dir.path(), &["atelier", "sans-heure"]);
    assert_eq!(
        plan,
        std::fs::read_to_string(dir.path().join("plan.json")).unwrap()
    );

    let other = tempfile::tempdir().unwrap();
    assert_eq!(ok(other.path(), &["--starred"]), "No talk is starred.\n");
}

#[test]
fn ics_writes_one_event_per_timed_talk_that_a_calendar_parser_reads_back() {
    use icalendar::{Calendar, CalendarComponent, CalendarDateTime, Component, DatePerhapsTime};
    let dir = tempfile::tempdir().unwrap();
    let args = ["--format", "ics", "--at", "2022-11-01T12:00:00Z"];
    let out = run(dir.path(), &args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "maillage: 1 talk of unknown time left out of the calendar\n"
    );
    let text = stdout(&out);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    let lines: Vec<&str> = text.split_terminator("\r\n").collect();
    assert!(lines.iter().all(|l| l.len() <= 75), "a line is too long");
    assert!(text.contains("\r\nDTSTART:20221117T090000Z\r\n"), "{text}");

    let calendar: Calendar = text.parse().expect("an iCalendar parser reads it");
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(event) => Some(event),
            _ => None,
        })
        .collect();
    let uids: Vec<&str> = events.iter().filter_map(|e| e.get_uid()).collect();
    assert_eq!(
        uids,
        [
            "ouverture@assises-sociales-vdl-2022.maillage",
            "croix-rouge@assises-sociales-vdl-2022.maillage",
            "atelier@assises-sociales-vdl-2022.maillage",
            "jour-2@assises-sociales-vdl-2022.maillage",
        ]
    );
    let utc_seconds = |time: Option<DatePerhapsTime>| match time {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(at))) => at.timestamp(),
        other => panic!("not a UTC time: {other:?}"),
    };
    let seconds = |text: &str| text.parse::<jiff::Timestamp>().unwrap().as_second();
    let talk = events[1];
    assert_eq!(
        utc_seconds(talk.get_start()),
        seconds("2022-11-17T10:00:00+01:00")
    );
    assert_eq!(
        utc_seconds(talk.get_end()),
        seconds("2022-11-17T10:45:00+01:00")
    );
    assert_eq!(
        utc_seconds(
            talk.get_timestamp()
                .map(|t| DatePerhapsTime::DateTime(CalendarDateTime::Utc(t)))
        ),
        seconds("2022-11-01T12:00:00Z")
    );
    assert_eq!(talk.get_summary(), Some("Accueillir les réfugiés"));
    assert_eq!(
        talk.property_value("LOCATION"),
        Some("Tribune (interventions)")
    );
    assert_eq!(
        talk.get_description(),
        Some(
            "Speakers: Une intervenante, Christof Mann\n\nDes foyers ouverts en quelques \
             jours; une douzaine, avec Caritas, et des équipes qui se relaient, jour et \
             nuit, pendant des semaines entières."
        ),
        "escaped and folded text comes back"
    );
    assert_eq!(
        events[2].property_value("LOCATION"),
        Some("stand A4 (Inter-Actions)")
    );

    // The same programme and clock give the same bytes; French words the speakers.
    assert_eq!(stdout(&run(dir.path(), &args)), text);
    let french = stdout(&run(dir.path(), &[&args[..], &["--lang", "fr"]].concat()));
    assert!(
        french.contains("DESCRIPTION:Intervenants : Une intervenante"),
        "{french}"
    );

    // Only the starred, when asked.
    star(dir.path(), &["jour-2"]);
    let starred = stdout(&run(dir.path(), &[&args[..], &["--starred"]].concat()));
    assert_eq!(starred.matches("BEGIN:VEVENT").count(), 1, "{starred}");
    assert!(starred.contains("UID:jour-2@"), "{starred}");
}

#[test]
fn the_default_directory_lists_its_two_talks_of_unknown_time() {
    let out = maillage().args(["programme", "--lang", "fr"]).run_ok();
    let text = stdout(&out);
    assert!(text.starts_with("Heure inconnue\n"), "{text}");
    assert!(
        text.contains("Tribune (interventions) · Edvard Skrijelj"),
        "{text}"
    );
    let out = maillage().args(["programme", "--format", "ics"]).run_ok();
    assert_eq!(stdout(&out).matches("BEGIN:VEVENT").count(), 0);
    assert_eq!(
        stderr(&out),
        "maillage: 2 talks of unknown time left out of the calendar\n"
    );
}

#[test]
fn check_reports_programme_problems_at_their_line_and_column_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let text = r#"{"format": "maillage-directory", "version": 1,
"event": {"id": "demo", "name": "Demo"},
"organisations": [{"id": "alpha", "name": "Alpha"}],
"stands": [{"number": "A1", "organisations": ["alpha"]}],
"programme": {"talks": [
  {"id": "one", "title": "One", "start": "2022-11-17T09:00:00+01:00", "end": "2022-11-17T10:00:00+01:00", "place": {"stand": "A1"}},
  {"id": "two", "title": "Two", "start": "2022-11-17T09:30:00+01:00", "end": "2022-11-17T10:30:00+01:00", "place": {"stand": "A1"}},
  {"id": "three", "title": "Three", "start": "9h", "place": {"landmark": "tribune"}, "speakers": [{"person": "nobody"}]}
]}}"#;
    let path = dir.path().join("bad.json");
    std::fs::write(&path, text).unwrap();
    let file = path.display();
    let out = maillage().arg("check").arg(&path).run();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!(
            "{file}:7:42: talk \"two\" overlaps talk \"one\" at the same place (line 6)\n\
             {file}:8:46: talk \"three\" has start \"9h\", not a time with its offset (write e.g. 2022-11-17T09:30:00+01:00)\n\
             {file}:8:74: talk \"three\" is at unknown landmark \"tribune\"\n\
             {file}:8:110: talk \"three\" has unknown speaker \"nobody\" (no person has that id)\n"
        )
    );
    let out = maillage().args(["check", "--lang", "fr"]).arg(&path).run();
    assert_eq!(out.status.code(), Some(1));
    let french = stderr(&out);
    assert!(
        french.contains(":7:42: l'intervention « two » chevauche l'intervention « one » au même endroit (ligne 6)\n"),
        "{french}"
    );
    assert!(
        french.contains(":8:74: l'intervention « three » a lieu à un repère inconnu « tribune »\n"),
        "{french}"
    );
}
