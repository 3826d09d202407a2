//! `maillage import` of a conference's schedule: the real binary on
//! schedule files written here to the published format (frab/Pentabarf
//! `schedule.xml` and its JSON form, as frab and pretalx export them), alone
//! and `--into` a directory made from `data/examples/exposants.csv`.

use std::path::{Path, PathBuf};
use std::process::Output;

use maillage::directory::{self, Directory, TalkPlace};

use crate::common::cli::{Run, maillage, stderr, stdout};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples")
}

/// `maillage import ARGS` run in `dir`, in English.
fn import_in(dir: &Path, args: &[&str]) -> Output {
    maillage().arg("import").args(args).current_dir(dir).run()
}

/// The directory the command printed, checked as `--data` would.
fn printed(out: &Output) -> Directory {
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(out));
    directory::parse(&stdout(out)).unwrap_or_else(|p| panic!("invalid output: {p:?}"))
}

/// `maillage check FILE` accepts it.
fn assert_checks(path: &Path) {
    let out = maillage().arg("check").arg(path).run();
    assert_eq!(out.status.code(), Some(0), "check: {}", stderr(&out));
}

/// A frab schedule.xml as FOSDEM publishes it (invented talks): dates with
/// their offset, two rooms, a speaker in two talks.
const OFFSET_XML: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <generator name="pretalx" version="2024.1.0"/>
  <version>0.1</version>
  <conference>
    <acronym>testconf2024</acronym>
    <title>Test Conference 2024</title>
    <start>2024-02-03</start>
    <end>2024-02-04</end>
    <days>2</days>
    <timeslot_duration>00:05</timeslot_duration>
    <base_url>https://example.org/</base_url>
    <time_zone_name>Europe/Brussels</time_zone_name>
  </conference>
  <day index="1" date="2024-02-03" start="2024-02-03T09:00:00+01:00" end="2024-02-03T19:00:00+01:00">
    <room name="Janson" guid="a1">
      <event guid="e-1" id="1001">
        <date>2024-02-03T10:30:00+01:00</date>
        <start>10:30</start>
        <duration>00:25</duration>
        <room>Janson</room>
        <slug>testconf2024-1001-welcome</slug>
        <title>Welcome to Test Conference</title>
        <subtitle/>
        <track>Keynotes</track>
        <type>keynote</type>
        <language>en</language>
        <abstract>&lt;p&gt;Opening words.&lt;/p&gt;</abstract>
        <description/>
        <persons>
          <person id="7">Ada Example</person>
        </persons>
        <links>
          <link href="https://example.org/slides.pdf">Slides</link>
        </links>
        <attachments/>
      </event>
    </room>
    <room name="H.1302 (Depage)" guid="a2">
      <event guid="e-2" id="1002">
        <date>2024-02-03T11:00:00+01:00</date>
        <start>11:00</start>
        <duration>00:50</duration>
        <room>H.1302 (Depage)</room>
        <slug>testconf2024-1002-parsers</slug>
        <title>Writing parsers that say where</title>
        <subtitle>Line and column</subtitle>
        <track>Rust</track>
        <type>devroom</type>
        <language>en</language>
        <abstract>Errors that point at the right place.</abstract>
        <description>Errors that point at the right place.</description>
        <persons>
          <person id="7">Ada Example</person>
          <person id="8">Émile Exemple</person>
        </persons>
      </event>
    </room>
  </day>
</schedule>
"#;

#[test]
fn a_schedule_xml_with_offset_dates_becomes_a_directory_with_its_programme() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("schedule.xml"), OFFSET_XML).unwrap();
    let out = import_in(dir.path(), &["schedule.xml", "-o", "conf.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "conf.json: 2 events read: 2 talks, 2 new rooms, 2 speakers\n"
    );
    let path = dir.path().join("conf.json");
    assert_checks(&path);
    let d = directory::load_file(&path).unwrap();
    assert_eq!(d.event.id, "testconf2024");
    assert_eq!(d.event.name, "Test Conference 2024");
    assert_eq!(d.event.date.as_deref(), Some("2024-02-03"));
    assert!(d.stands.is_empty());
    let p = d.programme.as_ref().expect("a programme");
    let rooms: Vec<(&str, &str)> = p
        .rooms
        .iter()
        .map(|r| (r.id.as_str(), r.name.as_str()))
        .collect();
    assert_eq!(
        rooms,
        [("janson", "Janson"), ("h-1302-depage", "H.1302 (Depage)")]
    );
    let welcome = &p.talks[0];
    assert_eq!(welcome.id, "testconf2024-1001-welcome");
    assert_eq!(welcome.start.as_deref(), Some("2024-02-03T10:30:00+01:00"));
    assert_eq!(welcome.end.as_deref(), Some("2024-02-03T10:55:00+01:00"));
    assert_eq!(welcome.place, Some(TalkPlace::Room("janson".into())));
    assert_eq!(welcome.themes, ["Keynotes"]);
    // Escaped HTML in the abstract is read as text.
    assert_eq!(welcome.description.as_deref(), Some("Opening words."));
    let parsers = &p.talks[1];
    assert_eq!(
        parsers.description.as_deref(),
        Some("Line and column\n\nErrors that point at the right place."),
        "the subtitle, then the abstract once"
    );
    let speakers: Vec<&str> = parsers
        .speakers
        .iter()
        .filter_map(|s| s.person.as_deref())
        .collect();
    assert_eq!(speakers, ["ada-example", "emile-exemple"]);
    let people: Vec<(&str, &str)> = d
        .people
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    assert_eq!(
        people,
        [
            ("ada-example", "Ada Example"),
            ("emile-exemple", "Émile Exemple")
        ]
    );
    assert_eq!(
        p.talks[0].start_time().unwrap().civil().to_string(),
        "2024-02-03T10:30:00"
    );
}

#[test]
fn a_schedule_xml_with_only_start_times_is_read_in_its_time_zone_across_summer_time() {
    // Summer time starts in Brussels on 31 March 2024: the same clock time
    // is +01:00 one day and +02:00 the next. No <date> in the events.
    let xml = r#"<schedule>
<conference><acronym>dst</acronym><title>DST days</title>
<time_zone_name>Europe/Brussels</time_zone_name></conference>
<day index="1" date="2024-03-30"><room name="Aula">
<event id="1"><start>10:00</start><duration>01:00</duration><room>Aula</room><title>Saturday</title></event>
</room></day>
<day index="2" date="2024-03-31"><room name="Aula">
<event id="2"><start>10:00</start><duration>00:30</duration><room>Aula</room><title>Sunday</title></event>
</room></day>
</schedule>"#;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("dst.xml"), xml).unwrap();
    let d = printed(&import_in(dir.path(), &["dst.xml"]));
    let times: Vec<(&str, &str)> = d
        .programme
        .as_ref()
        .unwrap()
        .talks
        .iter()
        .map(|t| (t.start.as_deref().unwrap(), t.end.as_deref().unwrap()))
        .collect();
    assert_eq!(
        times,
        [
            ("2024-03-30T10:00:00+01:00", "2024-03-30T11:00:00+01:00"),
            ("2024-03-31T10:00:00+02:00", "2024-03-31T10:30:00+02:00"),
        ]
    );
    // No conference start: the event's date is its first talk's.
    assert_eq!(d.event.date.as_deref(), Some("2024-03-30"));
}

/// The same schedule as frab's schedule.json (the c3voc schema).
const JSON: &str = r#"{
  "$schema": "https://c3voc.de/schedule/schema.json",
  "schedule": {
    "version": "0.1",
    "base_url": "https://example.org/",
    "conference": {
      "acronym": "testconf2024",
      "title": "Test Conference 2024",
      "start": "2024-02-03",
      "end": "2024-02-04",
      "daysCount": 2,
      "timeslot_duration": "00:05",
      "time_zone_name": "Europe/Brussels",
      "rooms": [{"name": "Janson", "guid": "a1"}],
      "days": [
        {
          "index": 1,
          "date": "2024-02-03",
          "day_start": "2024-02-03T09:00:00+01:00",
          "day_end": "2024-02-03T19:00:00+01:00",
          "rooms": {
            "Janson": [
              {
                "guid": "e-1", "id": 1001, "date": "2024-02-03T10:30:00+01:00",
                "start": "10:30", "duration": "00:25", "room": "Janson",
                "slug": "testconf2024-1001-welcome", "title": "Welcome to Test Conference",
                "subtitle": "", "track": "Keynotes", "type": "keynote", "language": "en",
                "abstract": "Opening words.", "description": "",
                "persons": [{"id": 7, "public_name": "Ada Example"}],
                "links": [{"url": "https://example.org/slides.pdf", "title": "Slides"}],
                "attachments": []
              }
            ]
          }
        }
      ]
    }
  }
}"#;

#[test]
fn the_json_schedule_is_told_by_its_content_and_reads_as_the_xml() {
    let dir = tempfile::tempdir().unwrap();
    // Named neither .json nor .xml: the content decides.
    std::fs::write(dir.path().join("programme.txt"), JSON).unwrap();
    std::fs::write(dir.path().join("schedule.xml"), OFFSET_XML).unwrap();
    let from_json = printed(&import_in(dir.path(), &["programme.txt"]));
    let from_xml = printed(&import_in(dir.path(), &["schedule.xml"]));
    let (json, xml) = (
        from_json.programme.as_ref().unwrap(),
        from_xml.programme.as_ref().unwrap(),
    );
    assert_eq!(json.talks.len(), 1);
    assert_eq!(json.talks[0], xml.talks[0]);
    assert_eq!(from_json.event, from_xml.event);
    assert_eq!(from_json.people[0], from_xml.people[0]);
}

/// Imports `data/examples/exposants.csv` with the example plan into `dir`.
fn spreadsheet_directory(dir: &Path) -> PathBuf {
    let path = dir.join("salon.json");
    maillage()
        .args(["import", "exposants.csv", "--plan", "salle.txt", "-o"])
        .arg(&path)
        .current_dir(examples())
        .run_ok();
    path
}

#[test]
fn into_a_spreadsheet_directory_rooms_become_its_places_and_stands_stay() {
    let dir = tempfile::tempdir().unwrap();
    let salon = spreadsheet_directory(dir.path());
    let before = directory::load_file(&salon).unwrap();
    let with = dir.path().join("with.json");
    let out = maillage()
        .args(["import", "schedule.xml", "--into"])
        .arg(&salon)
        .arg("-o")
        .arg(&with)
        .current_dir(examples())
        .run();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).ends_with("3 events read: 3 talks, 1 new room, 2 speakers\n"),
        "{}",
        stderr(&out)
    );
    assert_checks(&with);
    let d = directory::load_file(&with).unwrap();
    assert_eq!(d.event, before.event);
    assert_eq!(d.stands, before.stands);
    assert_eq!(d.organisations, before.organisations);
    assert_eq!(d.venue, before.venue);
    let p = d.programme.as_ref().unwrap();
    // "Tribune" is a landmark of the drawn plan, "Petite salle" a hall
    // (names folded: case and accents do not count); the third is a room.
    let places: Vec<(&str, Option<&TalkPlace>)> = p
        .talks
        .iter()
        .map(|t| (t.title.as_str(), t.place.as_ref()))
        .collect();
    assert_eq!(
        places,
        [
            (
                "Ouverture de la journée",
                Some(&TalkPlace::Landmark("tribune".into()))
            ),
            (
                "Atelier d'exemple",
                Some(&TalkPlace::Hall("petite-salle".into()))
            ),
            (
                "Table ronde d'exemple",
                Some(&TalkPlace::Room("salle-des-ateliers".into()))
            ),
        ]
    );
    let people: Vec<&str> = d.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(people, ["Alice Exemple", "Bruno Exemple"]);

    // Imported once more into the result (the same schedule, as JSON): an
    // update. Talks of the same id are replaced, the speakers reused.
    let again = maillage()
        .args(["import", "schedule.json", "--into"])
        .arg(&with)
        .current_dir(examples())
        .run();
    let twice = printed(&again);
    assert_eq!(twice.people.len(), 2);
    let ids = |talks: &[maillage::directory::Talk]| -> Vec<String> {
        talks.iter().map(|t| t.id.to_string()).collect()
    };
    assert_eq!(ids(&twice.programme.as_ref().unwrap().talks), ids(&p.talks));
}

#[test]
fn into_is_for_schedules_and_the_sheet_options_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let salon = spreadsheet_directory(dir.path());
    let out = maillage()
        .args(["import", "exposants.csv", "--into"])
        .arg(&salon)
        .current_dir(examples())
        .run();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("exposants.csv: --into adds a conference's schedule"),
        "{}",
        stderr(&out)
    );
    let out = maillage()
        .args(["import", "schedule.xml", "--plan", "salle.txt"])
        .current_dir(examples())
        .run();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "schedule.xml: --plan is for exhibitor spreadsheets; this file is a conference's schedule\n"
    );
    // A directory that cannot be read is said as `check` says it.
    std::fs::write(dir.path().join("broken.json"), "{\"format\": ").unwrap();
    let out = maillage()
        .args(["import", "schedule.xml", "--into"])
        .arg(dir.path().join("broken.json"))
        .current_dir(examples())
        .run();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("broken.json:1:"), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
}

#[test]
fn malformed_events_are_refused_each_at_its_place_and_nothing_is_written() {
    let xml = "<schedule>\n\
<conference><title>C</title><time_zone_name>Europe/Brussels</time_zone_name></conference>\n\
<day date=\"2024-02-03\"><room name=\"R\">\n\
<event id=\"1\"><title>Good</title><start>09:00</start><duration>00:30</duration></event>\n\
<event id=\"2\"><title></title><start>10:00</start><duration>00:30</duration></event>\n\
<event id=\"3\"><title>A</title><start>ten</start><duration>00:30</duration></event>\n\
<event id=\"4\"><title>B</title><start>11:00</start><duration>forever</duration></event>\n\
<event id=\"5\"><title>C</title><date>2024-02-31T10:00:00+01:00</date></event>\n\
<event id=\"6\"><title>D</title></event>\n\
</room></day>\n</schedule>\n";
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.xml"), xml).unwrap();
    let out = import_in(dir.path(), &["bad.xml", "-o", "out.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "bad.xml:5:15: event refused: it has no title\n\
         bad.xml:6:31: event refused: cannot read the start \"ten\" (expected HH:MM)\n\
         bad.xml:7:51: event refused: cannot read the duration \"forever\" (expected HH:MM)\n\
         bad.xml:8:31: event refused: cannot read the date \"2024-02-31T10:00:00+01:00\" (expected 2024-02-03T10:30:00+01:00)\n\
         bad.xml:9:1: event refused: it has no date, and no start on a dated day\n\
         bad.xml: 6 events read: 1 talk, 5 refused; nothing written\n"
    );
    assert!(!dir.path().join("out.json").exists());

    let json = "{\"schedule\": {\"conference\": {\"title\": \"C\", \"days\": [\n\
{\"date\": \"2024-02-03\", \"rooms\": {\"R\": [\n\
  {\"id\": 1, \"title\": \"A\", \"start\": \"10:00\", \"duration\": \"00:30\"}\n\
]}}]}}}\n";
    std::fs::write(dir.path().join("bad.json"), json).unwrap();
    let out = import_in(dir.path(), &["bad.json"]);
    assert_eq!(
        stderr(&out),
        "bad.json:3:34: event refused: its time has no offset (+01:00) and the conference \
         names no time zone (time_zone_name)\n\
         bad.json: 1 event read: 0 talks, 1 refused; nothing written\n"
    );
    std::fs::write(
        dir.path().join("broken.json"),
        "{\"schedule\": {\"conference\": {,}}}",
    )
    .unwrap();
    let out = import_in(dir.path(), &["broken.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("broken.json:1:30: expected a key"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        stderr(&out).lines().count(),
        1,
        "no summary when no event is read"
    );
}

#[test]
fn the_summary_and_problems_are_in_french_under_a_french_locale() {
    let out = maillage()
        .args(["import", "schedule.xml", "-o"])
        .arg(tempfile::tempdir().unwrap().path().join("p.json"))
        .current_dir(examples())
        .env("LANG", "fr_LU.UTF-8")
        .run();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .ends_with(" : 3 événements lus : 3 exposés, 3 nouvelles salles, 2 intervenants\n"),
        "{}",
        stderr(&out)
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("s.xml"),
        "<schedule><day><room><event id=\"1\"/></room></day></schedule>",
    )
    .unwrap();
    let out = maillage()
        .args(["import", "s.xml"])
        .current_dir(dir.path())
        .env("LANG", "fr_LU.UTF-8")
        .run();
    assert_eq!(
        stderr(&out),
        "s.xml:1:22: événement refusé : il n'a pas de titre\n\
         s.xml:1:22: événement refusé : il n'a ni date, ni heure de début un jour daté\n\
         s.xml : 1 événement lu : 0 exposé, 1 refusé ; rien n'a été écrit\n"
    );
}

/// One event of a random schedule: each field well written, badly written,
/// blank or missing.
#[derive(Debug, Clone)]
struct RandomEvent {
    title: Option<String>,
    date: Option<String>,
    start: Option<String>,
    duration: Option<String>,
    room: String,
    persons: Vec<String>,
}

fn random_event() -> impl proptest::strategy::Strategy<Value = RandomEvent> {
    use proptest::prelude::*;
    let text = prop_oneof![
        Just(String::new()),
        Just("Élan & <b>vital</b>".to_string()),
        Just("a\u{7}b\nc\u{202e}".to_string()),
        "\\PC{0,12}",
    ];
    let date = prop_oneof![
        Just("2024-02-03T10:30:00+01:00".to_string()),
        Just("2024-02-03T10:30:00Z".to_string()),
        Just("2024-03-31T02:30:00".to_string()),
        Just("2024-02-31T10:00:00+01:00".to_string()),
        "\\PC{0,8}",
    ];
    let clock = prop_oneof![
        Just("10:30".to_string()),
        Just("25:00".to_string()),
        "[0-9:]{0,6}"
    ];
    (
        proptest::option::of(text.clone()),
        proptest::option::of(date),
        proptest::option::of(clock.clone()),
        proptest::option::of(clock),
        prop_oneof![
            Just("Janson".to_string()),
            Just("JANSON".to_string()),
            text.clone()
        ],
        proptest::collection::vec(text, 0..3),
    )
        .prop_map(
            |(title, date, start, duration, room, persons)| RandomEvent {
                title,
                date,
                start,
                duration,
                room,
                persons,
            },
        )
}

fn escape_xml(text: &str) -> String {
    text.chars()
        // XML 1.0 has no way to write most control characters.
        .filter(|c| !c.is_control() || *c == '\n')
        .collect::<String>()
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn as_xml(zone: &str, events: &[RandomEvent]) -> String {
    let mut xml = format!(
        "<schedule><conference><title>P</title><time_zone_name>{}</time_zone_name></conference>\n\
         <day date=\"2024-02-03\"><room name=\"Janson\">\n",
        escape_xml(zone)
    );
    for (i, e) in events.iter().enumerate() {
        xml.push_str(&format!("<event id=\"{i}\">"));
        let fields = [
            ("title", &e.title),
            ("date", &e.date),
            ("start", &e.start),
            ("duration", &e.duration),
        ];
        for (name, value) in fields {
            if let Some(value) = value {
                xml.push_str(&format!("<{name}>{}</{name}>", escape_xml(value)));
            }
        }
        xml.push_str(&format!("<room>{}</room><persons>", escape_xml(&e.room)));
        for p in &e.persons {
            xml.push_str(&format!("<person>{}</person>", escape_xml(p)));
        }
        xml.push_str("</persons></event>\n");
    }
    xml + "</room></day></schedule>\n"
}

fn as_json(zone: &str, events: &[RandomEvent]) -> String {
    let events: Vec<serde_json::Value> = events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let mut event = serde_json::json!({"id": i, "room": e.room,
                "persons": e.persons.iter().map(|p| serde_json::json!({"public_name": p})).collect::<Vec<_>>()});
            for (name, value) in [("title", &e.title), ("date", &e.date), ("start", &e.start), ("duration", &e.duration)] {
                if let Some(value) = value {
                    event[name] = value.clone().into();
                }
            }
            event
        })
        .collect();
    let schedule = serde_json::json!({"schedule": {"conference": {"title": "P", "time_zone_name": zone,
        "days": [{"date": "2024-02-03", "rooms": {"Janson": events}}]}}});
    serde_json::to_string_pretty(&schedule).unwrap()
}

proptest::proptest! {
    #![proptest_config(crate::common::prop::config(64))]

    /// Whatever the events, the import never panics; what it makes is a
    /// valid directory with a talk per event, and what it refuses counts
    /// every event: events read = talks + refused.
    #[test]
    fn no_event_is_lost_in_either_format(
        events in proptest::collection::vec(random_event(), 0..6),
        zone in proptest::prop_oneof![
            proptest::strategy::Just("Europe/Brussels".to_string()),
            proptest::strategy::Just(String::new()),
            proptest::strategy::Just("Mars/Olympus".to_string()),
        ],
    ) {
        use maillage::import::Place;
        use maillage::import::schedule::{ScheduleFormat, ScheduleOptions, import_schedule};
        for (text, format) in [(as_xml(&zone, &events), ScheduleFormat::Xml), (as_json(&zone, &events), ScheduleFormat::Json)] {
            match import_schedule(text.as_bytes(), format, None, &ScheduleOptions::default()) {
                Ok(imported) => {
                    let json = serde_json::to_string(&imported.directory).unwrap();
                    let parsed = directory::parse(&json);
                    proptest::prop_assert!(parsed.is_ok(), "{:?}\n{}", parsed, text);
                    let talks = imported.directory.programme.as_ref().unwrap().talks.len();
                    proptest::prop_assert_eq!((imported.events_read, talks), (events.len(), events.len()));
                }
                Err(refused) => {
                    proptest::prop_assert!(!refused.problems.is_empty());
                    for d in &refused.problems {
                        let placed = matches!(d.place, Place::Text { line, column } if line >= 1 && column >= 1);
                        proptest::prop_assert!(placed, "{:?}", d);
                    }
                    proptest::prop_assert_eq!(refused.rows_read, events.len());
                    proptest::prop_assert_eq!(refused.rows_read, refused.stands + refused.rows_refused);
                }
            }
        }
    }
}
