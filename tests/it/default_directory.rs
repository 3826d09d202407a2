//! The embedded default directory: it loads, holds what the article names and
//! nothing invented, and its illustrative layout is walkable. The schema side
//! is in `directory_schema.rs`.

use std::collections::{HashSet, VecDeque};

use maillage::directory::{self, DEFAULT_JSON, Directory, Hall, Rect, Side, StandLocation};
use serde_json::Value;

use crate::common::fixtures::default_directory_json as default_value;

fn default() -> Directory {
    directory::parse(DEFAULT_JSON).expect("the default directory parses")
}

#[test]
fn default_directory_loads_with_format_and_event() {
    let d = directory::default_directory();
    assert_eq!(d.format, directory::FORMAT);
    assert_eq!(d.version, directory::FORMAT_VERSION);
    assert_eq!(d.event.id, "assises-sociales-vdl-2022");
    assert_eq!(d.event.edition.as_deref(), Some("2e édition"));
    assert_eq!(d.event.date.as_deref(), Some("2022-11"));
    assert!(
        d.event
            .date_note
            .as_deref()
            .is_some_and(|n| n.contains("jeudi"))
    );
    assert_eq!(
        d.event.venue.as_deref(),
        Some("Centre culturel de Bonnevoie")
    );
    assert!(d.event.sources.iter().any(|s| {
        s.url
            .as_deref()
            .is_some_and(|u| u.contains("lequotidien.lu"))
    }));
}

/// Every organisation and service the article names, spelled as the article spells it.
const NAMED_IN_ARTICLE: &[&str] = &[
    "Caritas",
    "Croix-Rouge",
    "Inter-Actions",
    "Solina",
    "Wunnéngshëllef",
    "Co-Labor",
    "Mateneen",
    "fondation EME",
    "Microlux",
    "Paerd’s Atelier – Liewenshaff",
    "Médecins du monde",
    "Ligue médico-sociale",
    "foyer Saint-Antoine",
    "Jugend-a-Drogenhëllef",
    "Kontact 28",
    "SHUK",
    "Direction des affaires sociales",
];

fn names_of(org: &directory::Organisation) -> impl Iterator<Item = String> + '_ {
    std::iter::once(org.name.as_str())
        .chain(org.short_name.as_deref())
        .chain(org.aliases())
        .map(|n| n.to_lowercase())
}

#[test]
fn every_organisation_the_article_names_is_present_under_its_spelling() {
    let d = default();
    for wanted in NAMED_IN_ARTICLE {
        let wanted = wanted.to_lowercase();
        assert!(
            d.organisations
                .iter()
                .any(|o| names_of(o).any(|n| n == wanted || n.contains(&wanted))),
            "no organisation is named {wanted:?}"
        );
    }
    assert_eq!(
        d.organisations.len(),
        NAMED_IN_ARTICLE.len(),
        "only what the article names"
    );
}

#[test]
fn services_point_to_their_parent_organisation() {
    let d = default();
    let parent = |id: &str| d.organisation(id).and_then(|o| o.parent());
    assert_eq!(parent("foyer-saint-antoine"), Some("caritas"));
    assert_eq!(parent("kontakt-28"), Some("jdh"));
    for org in &d.organisations {
        if let Some(p) = org.parent() {
            assert!(
                d.organisation(p).is_some(),
                "{}: unknown parent {p}",
                org.id
            );
        }
    }
}

#[test]
fn the_four_quoted_people_are_present_with_their_roles() {
    let d = default();
    let expected = [
        (
            "Christof Mann",
            "Direction des affaires sociales",
            "vdl-affaires-sociales",
        ),
        ("Jonathan Lai", "foyer Saint-Antoine", "foyer-saint-antoine"),
        ("Martina Kap", "chef du service Kontact 28", "kontakt-28"),
        ("Edvard Skrijelj", "directeur adjoint", "inter-actions"),
    ];
    assert_eq!(
        d.people.len(),
        expected.len(),
        "only the people the article quotes"
    );
    for (name, role_part, org) in expected {
        let person = d
            .people
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("{name} missing"));
        assert!(
            person
                .role
                .as_deref()
                .is_some_and(|r| r.contains(role_part)),
            "{name}: role"
        );
        assert_eq!(
            person.organisation.as_deref(),
            Some(org),
            "{name}: organisation"
        );
        assert_eq!(person.stand(), None, "{name}: no source gives a stand");
    }
}

fn strings<'a>(value: &'a Value, key: &'a str, out: &mut Vec<(&'a str, &'a str)>) {
    match value {
        Value::String(s) => out.push((key, s)),
        Value::Array(items) => items.iter().for_each(|v| strings(v, key, out)),
        Value::Object(map) => map.iter().for_each(|(k, v)| strings(v, k, out)),
        _ => {}
    }
}

/// Six or more digits in a row, allowing the separators phone numbers are written with.
fn has_phone_like_run(text: &str) -> bool {
    let mut digits = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            if digits >= 6 {
                return true;
            }
        } else if !matches!(c, ' ' | '.' | '/' | '-' | '+' | '(' | ')' | '\u{a0}') {
            digits = 0;
        }
    }
    false
}

#[test]
fn phone_detector_catches_phone_numbers_and_spares_years() {
    assert!(has_phone_like_run("appelez le +352 12 34 56"));
    assert!(has_phone_like_run("tél. 49.11.22"));
    assert!(!has_phone_like_run("créée en 1986, fondation en 1998"));
    assert!(!has_phone_like_run("250 professionnels et 36 équipes"));
}

#[test]
fn no_email_and_no_phone_number_anywhere() {
    let value = default_value();
    let mut all = Vec::new();
    strings(&value, "", &mut all);
    assert!(all.len() > 100, "the walk reaches the strings");
    for (key, text) in all {
        assert!(!text.contains('@'), "{key}: looks like an e-mail: {text}");
        // Source URLs carry article numbers, dates their digits: not phone numbers.
        if !matches!(key, "url" | "website" | "date") {
            assert!(
                !has_phone_like_run(text),
                "{key}: phone-like digits: {text}"
            );
        }
    }
}

#[test]
fn every_organisation_has_themes_a_description_and_a_source() {
    let d = default();
    for org in &d.organisations {
        assert!(!org.themes.is_empty(), "{}: no themes", org.id);
        for theme in &org.themes {
            assert_eq!(
                theme,
                &theme.to_lowercase(),
                "{}: theme {theme} not lower case",
                org.id
            );
        }
        assert!(
            org.description.as_deref().is_some_and(|t| t.len() > 80),
            "{}: description",
            org.id
        );
        assert!(!org.sources().is_empty(), "{}: no source", org.id);
        assert!(
            org.website().is_none_or(|w| w.starts_with("https://")),
            "{}",
            org.id
        );
    }
    // A shared vocabulary makes the theme filter useful: most themes serve several organisations.
    let shared = d
        .themes()
        .iter()
        .filter(|t| {
            d.organisations
                .iter()
                .filter(|o| o.themes.iter().any(|theme| theme == *t))
                .count()
                > 1
        })
        .count();
    assert!(shared * 2 > d.themes().len(), "themes are mostly one-offs");
}

#[test]
fn the_layout_is_marked_illustrative_in_venue_and_event_notes() {
    let d = default();
    let venue = d.venue.as_ref().expect("a venue");
    assert!(venue.illustrative);
    assert!(
        venue
            .note
            .as_deref()
            .is_some_and(|n| n.contains("illustratif"))
    );
    assert!(d.event.notes.iter().any(|n| n.contains("illustratif")));
    assert!(
        d.event.notes.iter().any(|n| n.contains("36")),
        "the notes say the 36 teams are not all here"
    );
}

/// The organisations the article says held a stand ("tenaient un stand").
const HELD_A_STAND: &[&str] = &[
    "caritas",
    "croix-rouge",
    "inter-actions",
    "solina",
    "wunnengshellef",
    "co-labor",
    "mateneen",
    "fondation-eme",
    "microlux",
    "paerds-atelier",
    "medecins-du-monde",
    "ligue-medico-sociale",
];

/// Every made-up element carries the flag, not only prose: the layout and
/// numbers (the venue), any stand of an organisation no source gives a stand
/// or with a title no source gives, and nobody is placed at a stand.
#[test]
fn every_made_up_element_is_flagged() {
    let d = default();
    assert!(d.venue.as_ref().is_some_and(|v| v.illustrative));
    let mut supposed = Vec::new();
    for stand in &d.stands {
        let sourced = stand.title.is_none()
            && stand.themes.is_empty()
            && stand
                .organisations
                .iter()
                .all(|o| HELD_A_STAND.contains(&o));
        assert!(
            sourced || stand.illustrative,
            "stand {} is made up but not flagged illustrative",
            stand.number
        );
        assert!(
            !(sourced && stand.illustrative),
            "stand {} is sourced but flagged illustrative",
            stand.number
        );
        if stand.illustrative {
            supposed.push(stand.number.as_str());
        }
    }
    assert_eq!(supposed, ["A2", "C2", "C3"]);
    for person in &d.people {
        assert!(
            person.stand().is_none() || person.illustrative,
            "{}: a stand no source gives, not flagged",
            person.id
        );
        assert!(
            !person.illustrative,
            "{}: every person is sourced",
            person.id
        );
    }
    // The event notes name the flagged stands, as data/README.md does.
    for number in supposed {
        assert!(
            d.event.notes.iter().any(|n| n.contains(number)),
            "the event notes do not name the supposed stand {number}"
        );
    }
}

/// Who a text cites, and the address its source must then have.
const CITED: &[(&str, &str)] = &[
    ("Le Quotidien", "lequotidien.lu"),
    ("l'article", "lequotidien.lu"),
    ("Tageblatt", "tageblatt.lu"),
    ("Paperjam", "paperjam.lu"),
    ("RTL", "rtl.lu"),
    ("hut.lu", "hut.lu"),
    ("(Caritas, 2019)", "caritas.lu"),
];

fn cites(sources: &[directory::Source], domain: &str) -> bool {
    sources
        .iter()
        .any(|s| s.url.as_deref().is_some_and(|u| u.contains(domain)))
}

/// Every organisation and person has a source, the article among them (it
/// names them all), and every report a text cites is in its sources.
#[test]
fn every_organisation_and_person_lists_the_sources_it_uses() {
    let d = default();
    for org in &d.organisations {
        assert!(
            cites(org.sources(), "lequotidien.lu"),
            "{}: the article names it but is not among its sources",
            org.id
        );
        let text = org.description.as_deref().unwrap_or_default();
        for (name, domain) in CITED {
            assert!(
                !text.contains(name) || cites(org.sources(), domain),
                "{}: cites {name} without a {domain} source",
                org.id
            );
        }
    }
    for person in &d.people {
        assert!(cites(person.sources(), "lequotidien.lu"), "{}", person.id);
    }
    let event = [d.event.description.as_deref(), d.event.date_note.as_deref()];
    for text in event
        .into_iter()
        .flatten()
        .chain(d.event.notes.iter().map(|n| n.as_str()))
    {
        for (name, domain) in CITED {
            assert!(
                !text.contains(name) || cites(&d.event.sources, domain),
                "the event cites {name} without a {domain} source"
            );
        }
    }
}

fn hall<'a>(d: &'a Directory, id: &str) -> &'a Hall {
    d.venue
        .as_ref()
        .and_then(|v| v.halls.iter().find(|h| h.id == id))
        .expect("known hall")
}

/// Cells nobody walks through: walls, stands and landmarks that are not walkable.
fn obstacles(d: &Directory, h: &Hall) -> Vec<(String, Rect)> {
    let walls = h.walls.iter().map(|r| ("a wall".to_string(), *r));
    let marks = h
        .landmarks
        .iter()
        .filter(|l| !l.walkable)
        .map(|l| (l.id.to_string(), l.rect()));
    let stands = d.stands.iter().filter_map(|s| {
        s.location
            .as_ref()
            .filter(|l| l.hall == h.id)
            .map(|l| (s.number.to_string(), l.rect()))
    });
    walls.chain(marks).chain(stands).collect()
}

fn approach_cell(l: &StandLocation) -> (i64, i64) {
    let (x, y, w, h) = (l.x as i64, l.y as i64, l.w as i64, l.h as i64);
    match l.approach {
        Side::North => (x + w / 2, y - 1),
        Side::South => (x + w / 2, y + h),
        Side::West => (x - 1, y + h / 2),
        Side::East => (x + w, y + h / 2),
    }
}

#[test]
fn every_stand_has_a_location_clear_of_walls_landmarks_and_other_stands() {
    let d = default();
    for stand in &d.stands {
        let loc = stand
            .location
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no location", stand.number));
        let h = hall(&d, &loc.hall);
        assert!(
            loc.rect().fits_in(h.width, h.height),
            "{} outside its hall",
            stand.number
        );
        for (what, rect) in obstacles(&d, h) {
            if what != stand.number {
                assert!(
                    !loc.rect().overlaps(&rect),
                    "{} overlaps {what}",
                    stand.number
                );
            }
        }
        for org in &stand.organisations {
            assert!(
                d.organisation(org).is_some(),
                "{}: unknown organisation {org}",
                stand.number
            );
        }
    }
    let numbers: HashSet<_> = d.stands.iter().map(|s| &s.number).collect();
    assert_eq!(numbers.len(), d.stands.len(), "duplicate stand numbers");
}

#[test]
fn every_free_cell_and_every_stand_is_reachable_from_the_main_entrance() {
    let d = default();
    let venue = d.venue.as_ref().unwrap();
    let h = &venue.halls[0];
    let main: Vec<_> = h.entrances.iter().filter(|e| e.main).collect();
    assert_eq!(main.len(), 1, "one main entrance");
    let blocked: Vec<Rect> = obstacles(&d, h).into_iter().map(|(_, r)| r).collect();
    let free = |x: i64, y: i64| {
        (0..h.width as i64).contains(&x)
            && (0..h.height as i64).contains(&y)
            && !blocked.iter().any(|r| r.contains(x as u32, y as u32))
    };
    let start = (main[0].x as i64, main[0].y as i64);
    assert!(
        free(start.0, start.1),
        "the main entrance is in a gap of the wall"
    );
    let mut seen = HashSet::from([start]);
    let mut queue = VecDeque::from([start]);
    while let Some((x, y)) = queue.pop_front() {
        for next in [(x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)] {
            if free(next.0, next.1) && seen.insert(next) {
                queue.push_back(next);
            }
        }
    }
    let all_free = (0..h.height as i64)
        .flat_map(|y| (0..h.width as i64).map(move |x| (x, y)))
        .filter(|&(x, y)| free(x, y))
        .count();
    assert_eq!(seen.len(), all_free, "some free cells cannot be reached");
    for stand in &d.stands {
        let cell = approach_cell(stand.location.as_ref().unwrap());
        assert!(
            seen.contains(&cell),
            "{}: its approach cell {cell:?} is not a reachable aisle",
            stand.number
        );
    }
    let kinds: HashSet<_> = h.landmarks.iter().map(|l| l.kind).collect();
    use directory::LandmarkKind::*;
    for kind in [Tribune, WelcomeDesk, Bar, Toilets, Exit] {
        assert!(kinds.contains(&kind), "no {kind:?}");
    }
}

/// The programme holds the two talks the reports name and nothing more:
/// no time (none is given) but a note saying so, the tribune only where a
/// source puts the talk there, speakers only as the sources name them.
#[test]
fn the_programme_holds_only_the_talks_the_reports_name_with_no_invented_time() {
    let d = default();
    let programme = d.programme.as_ref().expect("a programme");
    assert!(
        programme
            .note
            .as_deref()
            .is_some_and(|n| n.contains("n'a pas été trouvé")),
        "the note says the full programme was not found"
    );
    let ids: Vec<&str> = programme.talks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["croix-rouge-refugies", "skrijelj-inter-actions"]);
    assert!(programme.rooms.is_empty(), "no source names a room");
    for talk in &programme.talks {
        let id = talk.id.as_str();
        assert!(
            talk.start.is_none() && talk.end.is_none(),
            "{id}: a time no source gives"
        );
        assert!(
            talk.time_note
                .as_deref()
                .is_some_and(|n| n.starts_with("Heure inconnue")),
            "{id}: the time note says the time is unknown"
        );
        assert!(!talk.illustrative, "{id}: every talk is sourced");
        assert_eq!(talk.language, None, "{id}: no source gives the language");
        assert!(!talk.sources.is_empty(), "{id}: no source");
        assert!(
            talk.sources.iter().all(|s| s.url.is_some()),
            "{id}: a source without URL"
        );
        let text = talk.description.as_deref().unwrap_or_default();
        for (name, domain) in CITED {
            assert!(
                !text.contains(name) || cites(&talk.sources, domain),
                "{id}: cites {name} without a {domain} source"
            );
        }
        for speaker in &talk.speakers {
            let person = speaker
                .person
                .as_deref()
                .expect("speakers are people of the file");
            assert!(d.people.iter().any(|p| p.id == person), "{id}: {person}");
        }
    }
    // The Tageblatt names the Red Cross's talk, not its speaker nor its place.
    let red_cross = d.talk("croix-rouge-refugies").unwrap();
    assert!(cites(&red_cross.sources, "tageblatt.lu"));
    assert_eq!(red_cross.place, None);
    assert!(red_cross.speakers.is_empty());
    assert_eq!(red_cross.organisations, ["croix-rouge"]);
    // Le Quotidien puts Edvard Skrijelj among the speakers at the tribune.
    let skrijelj = d.talk("skrijelj-inter-actions").unwrap();
    assert!(cites(&skrijelj.sources, "lequotidien.lu"));
    assert_eq!(
        skrijelj.place,
        Some(directory::TalkPlace::Landmark("tribune".into()))
    );
    let tribune = d
        .venue
        .iter()
        .flat_map(|v| &v.halls)
        .flat_map(|h| &h.landmarks)
        .find(|l| l.id == "tribune")
        .expect("the venue has the tribune");
    assert_eq!(tribune.kind, directory::LandmarkKind::Tribune);
    let person = d
        .people
        .iter()
        .position(|p| p.id == "edvard-skrijelj")
        .unwrap();
    let talk = d.talk_index("skrijelj-inter-actions").unwrap();
    assert_eq!(d.talks_of_person(person).collect::<Vec<_>>(), [talk]);
}
