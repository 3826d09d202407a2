//! The schedule import on small schedules written here in the published
//! formats, and on `data/examples/`.

use std::path::Path;

use super::*;
use crate::directory::{Person, TalkPlace};
use crate::import::messages::ImportProblem;
use crate::import::{Options, Place, drawing, import_csv};

const XML: &str = include_str!("../../../data/examples/schedule.xml");
const JSON: &str = include_str!("../../../data/examples/schedule.json");

fn import(text: &str, format: ScheduleFormat) -> Result<ScheduleImported, Refused> {
    import_schedule(text.as_bytes(), format, None, &ScheduleOptions::default())
}

fn ok(text: &str, format: ScheduleFormat) -> ScheduleImported {
    import(text, format).unwrap_or_else(|r| panic!("refused: {:#?}", r.problems))
}

/// Each problem as `line:column` and its kind.
fn problems(refused: &Refused) -> Vec<(String, ScheduleProblem)> {
    refused
        .problems
        .iter()
        .map(|d| match &d.kind {
            ImportProblem::Schedule(p) => (d.place.to_string(), p.clone()),
            other => panic!("not a schedule problem: {other:?}"),
        })
        .collect()
}

/// A schedule.xml with one day and these events in one room.
fn xml_schedule(conference: &str, day: &str, events: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<schedule>\n<version>1</version>\n\
         <conference>{conference}</conference>\n{day}\n<room name=\"Janson\">\n{events}\
         </room>\n</day>\n</schedule>\n"
    )
}

#[test]
fn the_format_is_told_by_content_then_name() {
    let csv = Path::new("exposants.csv");
    assert_eq!(detect(csv, XML.as_bytes()), Some(ScheduleFormat::Xml));
    assert_eq!(detect(csv, JSON.as_bytes()), Some(ScheduleFormat::Json));
    assert_eq!(
        detect(Path::new("s.txt"), b"\xEF\xBB\xBF  <schedule/>"),
        Some(ScheduleFormat::Xml)
    );
    assert_eq!(
        detect(Path::new("broken.json"), b"\"schedule"),
        Some(ScheduleFormat::Json)
    );
    assert_eq!(
        detect(Path::new("broken.xml"), b""),
        Some(ScheduleFormat::Xml)
    );
    assert_eq!(detect(csv, b"stand;organisation\nA1;Caritas\n"), None);
    assert_eq!(detect(Path::new("exposants.xlsx"), b"PK\x03\x04"), None);
    // A JSON object that is no schedule is left to the other imports.
    assert_eq!(detect(csv, b"{\"stands\": []}"), None);
}

#[test]
fn xml_events_with_offset_dates_become_talks_in_rooms_with_speakers() {
    let imported = ok(XML, ScheduleFormat::Xml);
    let d = &imported.directory;
    assert_eq!((imported.events_read, imported.talks), (3, 3));
    assert_eq!((imported.rooms, imported.speakers), (3, 2));
    assert_eq!(d.event.id, "exemple-2024");
    assert_eq!(d.event.name, "Journée d'exemple (programme inventé)");
    assert_eq!(d.event.date.as_deref(), Some("2024-02-03"));
    let p = d.programme.as_ref().unwrap();
    let rooms: Vec<(&str, &str)> = p
        .rooms
        .iter()
        .map(|r| (r.id.as_str(), r.name.as_str()))
        .collect();
    assert_eq!(
        rooms,
        [
            ("tribune", "Tribune"),
            ("petite-salle", "Petite salle"),
            ("salle-des-ateliers", "Salle des ateliers")
        ]
    );
    let first = &p.talks[0];
    assert_eq!(first.id, "exemple-2024-101-ouverture");
    assert_eq!(first.title, "Ouverture de la journée");
    assert_eq!(first.start.as_deref(), Some("2024-02-03T10:00:00+01:00"));
    assert_eq!(first.end.as_deref(), Some("2024-02-03T10:30:00+01:00"));
    assert_eq!(first.place, Some(TalkPlace::Room("tribune".into())));
    assert_eq!(first.themes, ["Accueil"]);
    assert_eq!(first.language.as_deref(), Some("fr"));
    // Subtitle, abstract and description, as text: the CDATA's HTML is gone.
    assert_eq!(
        first.description.as_deref(),
        Some(
            "Exemple inventé\n\nUn exposé d'exemple, pour montrer l'import d'un programme.\n\n\
             Le texte d'un programme peut contenir du HTML."
        )
    );
    // Alice speaks twice and is one person.
    let people: Vec<&str> = d.people.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(people, ["alice-exemple", "bruno-exemple"]);
    let speakers: Vec<Option<&str>> = p.talks[1]
        .speakers
        .iter()
        .map(|s| s.person.as_deref())
        .collect();
    assert_eq!(speakers, [Some("alice-exemple"), Some("bruno-exemple")]);
    // The directory it makes is a valid one.
    let json = serde_json::to_string(d).unwrap();
    let parsed = crate::directory::parse(&json).unwrap();
    assert_eq!(parsed.programme, d.programme);
}

#[test]
fn xml_times_without_offset_are_read_in_the_conference_zone() {
    let conference = "<title>Summer</title><acronym>S</acronym>\
                      <time_zone_name>Europe/Brussels</time_zone_name>";
    let day = "<day index=\"1\" date=\"2024-07-06\" start=\"2024-07-06T09:00:00+02:00\" \
               end=\"2024-07-07T03:00:00+02:00\">";
    let events = "<event id=\"1\"><start>10:30</start><duration>00:25</duration>\
                  <title>Morning</title><persons/></event>\n\
                  <event id=\"2\"><start>01:15</start><duration>1:00:00</duration>\
                  <title>After midnight</title></event>\n\
                  <event id=\"3\"><date>2024-07-06T16:00:00</date><duration>00:00</duration>\
                  <title>Civil date</title></event>\n";
    let imported = ok(&xml_schedule(conference, day, events), ScheduleFormat::Xml);
    let talks = &imported.directory.programme.as_ref().unwrap().talks;
    let times: Vec<(&str, Option<&str>, Option<&str>)> = talks
        .iter()
        .map(|t| (t.title.as_str(), t.start.as_deref(), t.end.as_deref()))
        .collect();
    assert_eq!(
        times,
        [
            (
                "Morning",
                Some("2024-07-06T10:30:00+02:00"),
                Some("2024-07-06T10:55:00+02:00")
            ),
            // Summer time; a talk listed on the day but before its start is the next night.
            ("Civil date", Some("2024-07-06T16:00:00+02:00"), None),
            (
                "After midnight",
                Some("2024-07-07T01:15:00+02:00"),
                Some("2024-07-07T02:15:00+02:00")
            ),
        ]
    );
    // No slug: the frab id makes the talk's id.
    assert_eq!(talks[0].id, "event-1");
    // The room comes from the <room> the event is in.
    assert_eq!(talks[0].place, Some(TalkPlace::Room("janson".into())));
}

#[test]
fn json_schedule_reads_as_the_xml_one() {
    let imported = ok(JSON, ScheduleFormat::Json);
    let from_xml = ok(XML, ScheduleFormat::Xml);
    let (json, xml) = (
        imported.directory.programme.as_ref().unwrap(),
        from_xml.directory.programme.as_ref().unwrap(),
    );
    assert_eq!(json.talks.len(), 2);
    assert_eq!(json.talks[0].start, xml.talks[0].start);
    assert_eq!(json.talks[1].speakers, xml.talks[1].speakers);
    assert_eq!(json.talks[1].id, "exemple-2024-102-atelier");
    assert_eq!(imported.directory.people, from_xml.directory.people);
    // pretalx writes `name` (and `code`) rather than `public_name`.
    let pretalx = r#"{"schedule": {"conference": {"title": "P", "time_zone_name": "Europe/Paris",
        "days": [{"date": "2024-03-01", "rooms": {"A": [{"code": "QX7", "title": "T",
        "start": "09:00", "duration": "00:20", "persons": [{"code": "ZZ", "name": "Zoé Z"}]}]}}]}}}"#;
    let imported = ok(pretalx, ScheduleFormat::Json);
    let d = &imported.directory;
    let talk = &d.programme.as_ref().unwrap().talks[0];
    assert_eq!(talk.start.as_deref(), Some("2024-03-01T09:00:00+01:00"));
    assert_eq!(talk.id, "event-qx7");
    assert_eq!(d.people[0].name, "Zoé Z");
}

#[test]
fn malformed_events_are_refused_at_their_place_and_counted() {
    let conference = "<title>C</title><time_zone_name>Europe/Brussels</time_zone_name>";
    let day = "<day date=\"2024-02-03\">";
    let events = "<event id=\"1\"><start>10:00</start><duration>00:30</duration><title>Good</title></event>\n\
                  <event id=\"2\"><start>10:00</start><duration>00:30</duration><title> </title></event>\n\
                  <event id=\"3\"><start>25:00</start><duration>00:30</duration><title>A</title></event>\n\
                  <event id=\"4\"><start>10:00</start><duration>half</duration><title>B</title></event>\n\
                  <event id=\"5\"><date>tomorrow</date><title>C</title></event>\n\
                  <event id=\"6\"><title>D</title></event>\n";
    let refused = import(&xml_schedule(conference, day, events), ScheduleFormat::Xml).unwrap_err();
    assert_eq!(
        problems(&refused),
        [
            ("8:61".to_string(), ScheduleProblem::MissingTitle),
            (
                "9:15".to_string(),
                ScheduleProblem::BadStart("25:00".into())
            ),
            (
                "10:35".to_string(),
                ScheduleProblem::BadDuration("half".into())
            ),
            (
                "11:15".to_string(),
                ScheduleProblem::BadDate("tomorrow".into())
            ),
            ("12:1".to_string(), ScheduleProblem::NoTime),
        ]
    );
    assert_eq!(
        (refused.rows_read, refused.stands, refused.rows_refused),
        (6, 1, 5)
    );
}

/// Two talks at once in one room would be refused by the programme's
/// checks at lines of the JSON written; the import says it at the events.
#[test]
fn events_overlapping_in_a_room_are_refused_at_the_later_one() {
    let conference = "<title>C</title><time_zone_name>Europe/Brussels</time_zone_name>";
    let day = "<day date=\"2024-02-03\">";
    let events = "<event id=\"1\"><start>10:00</start><duration>00:30</duration><title>Opening</title></event>\n\
                  <event id=\"2\"><start>10:30</start><duration>00:30</duration><title>Next</title></event>\n\
                  <event id=\"3\"><start>10:45</start><duration>00:10</duration><title>Lightning</title></event>\n\
                  <event id=\"4\"><start>11:00</start><duration>00:00</duration><title>Open end</title></event>\n";
    let refused = import(&xml_schedule(conference, day, events), ScheduleFormat::Xml).unwrap_err();
    assert_eq!(
        problems(&refused),
        [(
            "9:1".to_string(),
            ScheduleProblem::Overlaps {
                room: "Janson".into(),
                other: "Next".into(),
                other_line: 8,
            }
        )]
    );
    assert_eq!(
        (refused.rows_read, refused.stands, refused.rows_refused),
        (4, 3, 1)
    );
    let message = refused.problems[0].kind.text(Lang::En);
    assert_eq!(
        message,
        "event refused: in \"Janson\" it overlaps \"Next\" (line 8); one room holds one talk at a time"
    );
}

#[test]
fn json_problems_are_at_their_line_and_column() {
    let text = "{\"schedule\": {\"conference\": {\"title\": \"C\", \"days\": [\n\
                {\"date\": \"2024-02-03\", \"rooms\": {\"R\": [\n\
                {\"id\": 1, \"title\": \"A\", \"date\": \"2024-02-03T10:00:00+01:00\", \"duration\": \"0:30\"},\n\
                {\"id\": 2, \"start\": \"10:00\", \"duration\": \"00:30\"}\n\
                ]}}]}}}\n";
    let refused = import(text, ScheduleFormat::Json).unwrap_err();
    assert_eq!(
        problems(&refused),
        [
            ("4:1".to_string(), ScheduleProblem::MissingTitle),
            ("4:20".to_string(), ScheduleProblem::NoTimeZone)
        ]
    );
    let broken = import("{\"schedule\": {\"conference\": [}}", ScheduleFormat::Json).unwrap_err();
    assert_eq!(
        broken.problems[0].place,
        Place::Text {
            line: 1,
            column: 30
        }
    );
    assert!(matches!(problems(&broken)[0].1, ScheduleProblem::Json(_)));
    assert_eq!(broken.rows_read, 0);
    let other = import("{\"stands\": []}", ScheduleFormat::Json).unwrap_err();
    assert_eq!(
        problems(&other),
        [("1:1".to_string(), ScheduleProblem::NotSchedule)]
    );
}

#[test]
fn the_file_as_a_whole_is_refused_with_a_reason() {
    let broken = import("<schedule><day></schedule>", ScheduleFormat::Xml).unwrap_err();
    let (place, problem) = problems(&broken).remove(0);
    assert_eq!(place, "1:16");
    assert!(matches!(problem, ScheduleProblem::NotXml(m) if m.contains("day")));
    let refused = import("<html/>", ScheduleFormat::Xml).unwrap_err();
    assert_eq!(
        problems(&refused),
        [("1:1".to_string(), ScheduleProblem::NotSchedule)]
    );
    let empty = import(
        "<schedule><conference><title>T</title></conference></schedule>",
        ScheduleFormat::Xml,
    )
    .unwrap_err();
    assert_eq!(
        problems(&empty),
        [("1:1".to_string(), ScheduleProblem::NoEvents)]
    );
    let latin1 = import_schedule(
        b"<schedule>\n<t>caf\xE9</t>",
        ScheduleFormat::Xml,
        None,
        &ScheduleOptions::default(),
    )
    .unwrap_err();
    assert_eq!(
        problems(&latin1),
        [("2:7".to_string(), ScheduleProblem::NotUtf8(0xE9))]
    );
}

#[test]
fn an_unknown_time_zone_is_said_once_and_refuses_the_events_that_need_it() {
    let conference = "<title>C</title><time_zone_name>Europe/Atlantis</time_zone_name>";
    let events = "<event id=\"1\"><start>10:00</start><title>A</title></event>\n\
                  <event id=\"2\"><start>11:00</start><title>B</title></event>\n\
                  <event id=\"3\"><date>2024-02-03T12:00:00+01:00</date><title>C</title></event>\n";
    let refused = import(
        &xml_schedule(conference, "<day date=\"2024-02-03\">", events),
        ScheduleFormat::Xml,
    )
    .unwrap_err();
    assert_eq!(
        problems(&refused),
        [(
            "4:29".to_string(),
            ScheduleProblem::UnknownTimeZone("Europe/Atlantis".into())
        )]
    );
    assert_eq!(
        (refused.rows_read, refused.stands, refused.rows_refused),
        (3, 1, 2)
    );
}

#[test]
fn into_a_directory_rooms_become_its_halls_and_landmarks_and_people_are_reused() {
    let plan = drawing::parse(include_bytes!("../../../data/examples/salle.txt")).unwrap();
    let options = Options {
        event_name: "Exposants".into(),
        lang: Lang::Fr,
        plan: Some(plan),
    };
    let csv = include_bytes!("../../../data/examples/exposants.csv");
    let mut base = import_csv(csv, &options).unwrap().directory;
    base.people.push(Person {
        id: "alice".into(),
        name: "ALICE Exemple".into(),
        role: None,
        organisation: None,
        illustrative: false,
        more: None,
    });
    let stands = base.stands.len();
    let options = ScheduleOptions {
        event_name: None,
        lang: Lang::Fr,
    };
    let imported = import_schedule(
        XML.as_bytes(),
        ScheduleFormat::Xml,
        Some(base.clone()),
        &options,
    )
    .unwrap();
    let d = &imported.directory;
    assert_eq!(d.event, base.event, "the directory's event is kept");
    assert_eq!(d.stands.len(), stands);
    let p = d.programme.as_ref().unwrap();
    let places: Vec<Option<&TalkPlace>> = p.talks.iter().map(|t| t.place.as_ref()).collect();
    assert_eq!(
        places,
        [
            Some(&TalkPlace::Landmark("tribune".into())),
            Some(&TalkPlace::Hall("petite-salle".into())),
            Some(&TalkPlace::Room("salle-des-ateliers".into())),
        ]
    );
    assert_eq!(imported.rooms, 1);
    assert_eq!(p.rooms.len(), 1);
    assert_eq!(
        p.note.as_deref(),
        Some(crate::i18n::t(Lang::Fr).import.schedule_note)
    );
    // Alice was there already (another case): reused; Bruno is added.
    let people: Vec<&str> = d.people.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(people, ["alice", "bruno-exemple"]);
    assert_eq!(p.talks[0].speakers[0].person.as_deref(), Some("alice"));
    let json = serde_json::to_string(d).unwrap();
    crate::directory::parse(&json).unwrap();

    // Imported again into the result: an update, each talk replaced by its
    // new reading; no talk, room or person twice.
    let again = import_schedule(
        XML.as_bytes(),
        ScheduleFormat::Xml,
        Some(d.clone()),
        &options,
    )
    .unwrap();
    let p = again.directory.programme.as_ref().unwrap();
    assert_eq!(p.talks.len(), 3);
    assert_eq!(again.talks_updated, 3);
    assert_eq!(p.talks[0].id, "exemple-2024-101-ouverture");
    assert_eq!((p.rooms.len(), again.directory.people.len()), (1, 2));
}

#[test]
fn texts_and_durations_read_as_published() {
    use super::text::{duration, plain};
    assert_eq!(plain("  a\r\n\r\n\r\n\r\nb  "), "a\n\nb");
    assert_eq!(
        plain("<p>One &amp; two</p><p>three<br/>four</p>"),
        "One & two\n\nthree\nfour"
    );
    assert_eq!(plain("x < y and y > z"), "x < y and y > z");
    assert_eq!(plain("tab\there"), "tab here");
    assert_eq!(super::text::one_line(" Two\n\t lines\u{7} "), "Two lines");
    let minutes = |text| duration(text).map(|d| d.as_secs() / 60);
    assert_eq!(minutes("00:25"), Some(25));
    assert_eq!(minutes("1:30"), Some(90));
    assert_eq!(minutes("01:30:00"), Some(90));
    assert_eq!(minutes("48:00"), Some(2880));
    assert_eq!(minutes("00:75"), None);
    assert_eq!(minutes("-1:00"), None);
    assert_eq!(minutes("25"), None);
    assert_eq!(minutes(""), None);
}
