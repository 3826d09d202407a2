//! Engine and catalog behaviour, on small directories built here (not data/).

mod positions;
mod refine;
mod talks;
mod two_pass;

use super::catalog::{self, Catalog, Kind};
use super::{Engine, Field, Hit, Record, Tier};
use crate::directory::Directory;

pub(super) fn directory() -> Directory {
    serde_json::from_value(serde_json::json!({
        "format": "maillage-directory",
        "version": 1,
        "event": { "id": "test", "name": "Test fair" },
        "organisations": [
            { "id": "croix-rouge", "name": "Croix-Rouge luxembourgeoise", "short_name": "Croix-Rouge",
              "aliases": ["Red Cross"], "themes": ["santé", "aide d'urgence"],
              "description": "Aide humanitaire et sociale." },
            { "id": "wunnengshellef", "name": "Wunnéngshëllef asbl", "themes": ["logement"],
              "description": "Accompagnement vers un logement." },
            { "id": "mdm", "name": "Médecins du monde", "themes": ["santé"],
              "description": "Soins pour les personnes sans couverture." },
            { "id": "paerd", "name": "Päerd's Atelier – Liewenshaff", "themes": ["insertion"],
              "description": "Atelier autour du cheval, avec une croix sur la porte rouge." },
            { "id": "ville", "name": "Direction des affaires sociales", "short_name": "Affaires sociales",
              "aliases": ["Service social de la Ville"], "themes": ["aide sociale"],
              "description": "Le service social de la Ville." }
        ],
        "stands": [
            { "number": "A1", "organisations": ["croix-rouge"], "title": "Premiers secours" },
            { "number": "A2", "organisations": ["wunnengshellef"] },
            { "number": "A10", "organisations": ["mdm"] },
            { "number": "A11", "organisations": ["paerd"] },
            { "number": "B1", "organisations": ["ville"], "title": "Guichet social" }
        ],
        "people": [
            { "id": "p1", "name": "Léa Muller", "role": "assistante sociale", "organisation": "ville" },
            { "id": "p2", "name": "Jeff Schmit", "role": "directeur", "organisation": "wunnengshellef" }
        ]
    }))
    .expect("the test directory deserializes")
}

pub(super) fn records(texts: &[(&[(Tier, &str)], &str)]) -> Engine {
    Engine::new(
        texts
            .iter()
            .map(|(fields, key)| Record {
                fields: fields
                    .iter()
                    .map(|&(tier, text)| Field {
                        tier,
                        text: text.to_string(),
                    })
                    .collect(),
                sort_key: key.to_string(),
            })
            .collect(),
    )
}

/// The field 0 texts of the hits, in order.
pub(super) fn names(engine: &Engine, hits: &[Hit]) -> Vec<String> {
    hits.iter()
        .map(|h| {
            engine
                .record(h.record())
                .text(0)
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

/// [`names`] for the hits of a catalog of [`directory`]'s `kind` engine,
/// whose texts are read back from the directory.
pub(super) fn kind_names(kind: Kind, hits: &[Hit]) -> Vec<String> {
    let directory = directory();
    hits.iter()
        .map(|h| Catalog::field_text(kind, &directory, h.record(), 0).unwrap_or_default())
        .collect()
}

fn org_names(catalog: &Catalog, query: &str) -> Vec<String> {
    kind_names(Kind::Organisation, &catalog.organisations.search(query))
}

#[test]
fn croix_rouge_without_hyphen_finds_croix_rouge_first() {
    let catalog = Catalog::new(&directory());
    let orgs = org_names(&catalog, "croix rouge");
    assert_eq!(orgs[0], "Croix-Rouge");
    // The atelier's description holds both words too, but ranks after.
    assert_eq!(orgs, ["Croix-Rouge", "Päerd's Atelier – Liewenshaff"]);
    let stands = catalog.stands.search("croix rouge");
    assert_eq!(kind_names(Kind::Stand, &stands)[0], "A1");
}

#[test]
fn words_match_in_any_order() {
    let catalog = Catalog::new(&directory());
    assert_eq!(org_names(&catalog, "rouge croix")[0], "Croix-Rouge");
    assert_eq!(org_names(&catalog, "monde medecins"), ["Médecins du monde"]);
}

#[test]
fn accent_free_and_typo_queries_find_accented_names() {
    let catalog = Catalog::new(&directory());
    for query in [
        "wunnengshellef",
        "wunengshelef",
        "WUNNENGSHELLEF",
        "wunnéngshëllef",
    ] {
        assert_eq!(
            org_names(&catalog, query),
            ["Wunnéngshëllef asbl"],
            "{query}"
        );
    }
    assert_eq!(
        org_names(&catalog, "medcins du mond"),
        ["Médecins du monde"]
    );
    assert_eq!(
        org_names(&catalog, "paerds atelier")[0],
        "Päerd's Atelier – Liewenshaff"
    );
}

#[test]
fn a_word_that_matches_nothing_rejects_the_record() {
    let catalog = Catalog::new(&directory());
    assert!(catalog.organisations.search("zzyzx").is_empty());
    assert!(catalog.organisations.search("croix zzyzx").is_empty());
    assert!(
        catalog
            .search("qqqq", &[Kind::Stand, Kind::Organisation, Kind::Person])
            .is_empty()
    );
}

#[test]
fn empty_query_lists_every_record_in_sort_key_order() {
    let catalog = Catalog::new(&directory());
    let stands = catalog.stands.search("  - ");
    let numbers = kind_names(Kind::Stand, &stands);
    assert_eq!(numbers, ["A1", "A2", "A10", "A11", "B1"]);
    assert!(stands.iter().all(|h| h.score() == 0));
    let orgs = org_names(&catalog, "");
    assert_eq!(orgs[0], "Affaires sociales");
    assert_eq!(orgs.len(), 5);
}

#[test]
fn exact_stand_number_ranks_first() {
    let catalog = Catalog::new(&directory());
    let hits = catalog.stands.search("a1");
    let numbers = kind_names(Kind::Stand, &hits);
    assert_eq!(numbers[0], "A1");
    assert_eq!(&numbers[1..3], ["A10", "A11"]);
    assert!(hits[0].score() > hits[1].score());
    assert_eq!(hits[0].field(), catalog::STAND_NUMBER);
}

#[test]
fn name_hit_ranks_before_description_hit() {
    let engine = records(&[
        (
            &[
                (Tier::Key, "Atelier"),
                (Tier::Description, "logement pour tous"),
            ],
            "a",
        ),
        (
            &[(Tier::Key, "Logement social"), (Tier::Description, "")],
            "b",
        ),
        (
            &[(Tier::Key, "Zèbre"), (Tier::Name, "Logement des zèbres")],
            "c",
        ),
    ]);
    let hits = engine.search("logement");
    assert_eq!(
        names(&engine, &hits),
        ["Logement social", "Zèbre", "Atelier"]
    );
    assert_eq!(hits[2].field(), 1);
}

#[test]
fn word_start_ranks_before_inside_a_word_and_ties_go_by_sort_key() {
    let engine = records(&[
        (&[(Tier::Key, "Maison de la solidarité")], "1"),
        (&[(Tier::Key, "Insolidaire")], "2"),
        (&[(Tier::Key, "Aide solidaire")], "3"),
        (&[(Tier::Key, "Solidarité")], "4"),
    ]);
    let hits = engine.search("solid");
    assert_eq!(
        names(&engine, &hits),
        [
            "Solidarité",              // prefix of the field
            "Maison de la solidarité", // word start (tie, key "1" < "3")
            "Aide solidaire",
            "Insolidaire", // inside a word
        ]
    );
    assert_eq!(hits[1].score(), hits[2].score());
}

#[test]
fn fuzzy_ranks_after_substring_in_the_same_tier() {
    let engine = records(&[
        (&[(Tier::Key, "Mdecins")], "a"),
        (&[(Tier::Key, "Médecins")], "b"),
    ]);
    // "medecins" is inside "Médecins" only; "Mdecins" is one letter short
    // of it, a typo, which ranks last.
    let hits = engine.search("medecins");
    assert_eq!(names(&engine, &hits), ["Médecins", "Mdecins"]);
    assert!(hits[1].score() < 1000, "below any other match: {hits:?}");
    let hits = engine.search("mdecins");
    assert_eq!(names(&engine, &hits), ["Mdecins", "Médecins"]);
    assert!(hits[0].score() > hits[1].score());
}

#[test]
fn short_words_do_not_match_letters_scattered_through_descriptions() {
    let description = "Nous proposons un accompagnement social et des ateliers collectifs.";
    let engine = records(&[(&[(Tier::Key, "X"), (Tier::Description, description)], "x")]);
    // Every letter is in the description, in order, but far apart.
    for query in ["npa", "sxl", "uco", "pmt"] {
        assert!(engine.search(query).is_empty(), "{query} should not match");
    }
    // One letter missing is still found ("acompagnement").
    assert_eq!(engine.search("acompagnement").len(), 1);
}

#[test]
fn catalog_searches_people_roles_themes_and_numbers() {
    let catalog = Catalog::new(&directory());
    let people = &catalog.people;
    assert_eq!(
        kind_names(Kind::Person, &people.search("assistante")),
        ["Léa Muller"]
    );
    // Stands are found by the people of their organisation.
    assert_eq!(
        kind_names(Kind::Stand, &catalog.stands.search("lea muller")),
        ["B1"]
    );
    // Organisations by their stand numbers, aliases and themes.
    assert_eq!(org_names(&catalog, "b1"), ["Affaires sociales"]);
    assert_eq!(org_names(&catalog, "red cross"), ["Croix-Rouge"]);
    assert_eq!(org_names(&catalog, "logement")[0], "Wunnéngshëllef asbl");
    // People by their organisation.
    assert_eq!(
        kind_names(Kind::Person, &people.search("wunneng")),
        ["Jeff Schmit"]
    );
}

#[test]
fn catalog_search_merges_kinds_by_score() {
    let catalog = Catalog::new(&directory());
    let hits = catalog.search("muller", &[Kind::Stand, Kind::Organisation, Kind::Person]);
    assert_eq!(hits[0].0, Kind::Person);
    assert!(hits.windows(2).all(|w| w[0].1.score() >= w[1].1.score()));
    assert_eq!(hits.len(), 3, "person, her stand and her organisation");
}

#[test]
fn stand_fields_keep_their_documented_indices() {
    let directory = directory();
    let text = |kind, record, field| Catalog::field_text(kind, &directory, record, field);
    let a1 = |field| text(Kind::Stand, 0, field);
    assert_eq!(a1(catalog::STAND_NUMBER).as_deref(), Some("A1"));
    assert_eq!(a1(catalog::STAND_ORGS).as_deref(), Some("Croix-Rouge"));
    assert_eq!(
        a1(catalog::STAND_TITLE).as_deref(),
        Some("Premiers secours")
    );
    let a2_title = text(Kind::Stand, 1, catalog::STAND_TITLE);
    assert_eq!(a2_title.as_deref(), Some(""));
    let org = text(Kind::Organisation, 0, catalog::ORG_NAME);
    assert_eq!(org.as_deref(), Some("Croix-Rouge"));
    let lea = |field| text(Kind::Person, 0, field);
    assert_eq!(lea(catalog::PERSON_NAME).as_deref(), Some("Léa Muller"));
    assert_eq!(
        lea(catalog::PERSON_ROLE).as_deref(),
        Some("assistante sociale")
    );
    // The engines keep only folded texts: the directory has the originals.
    assert_eq!(Catalog::new(&directory).stands.record(0).text(0), None);
}

/// The catalog reads a record's original texts back from the directory
/// (`Catalog::field_texts`) by the same walk that built its fields: every
/// field of every record must hold exactly the fold of the text read back
/// and that fold's letter mask, and every record as many fields as are
/// read back, on a fair with a programme.
#[test]
fn every_field_holds_the_fold_of_its_text() {
    let mut directory = crate::generate::generate(3000, 21);
    crate::generate::add_programme(&mut directory, 200, 21);
    let catalog = Catalog::new(&directory);
    let mut fields = 0;
    for kind in catalog::ALL_KINDS {
        let engine = catalog.engine(kind);
        for record in 0..engine.len() {
            let texts = Catalog::field_texts(kind, &directory, record);
            assert_eq!(
                texts.len(),
                engine.span_range(record).len(),
                "{kind:?} {record}"
            );
            for (span, text) in engine.span_range(record).zip(&texts) {
                fields += 1;
                let folded = &engine.folded
                    [engine.spans[span].start as usize..engine.spans[span + 1].start as usize];
                let expected = super::fold::fold_text(text);
                assert_eq!(folded, expected, "record {record}, span {span}");
                assert_eq!(
                    engine.spans[span].letters(),
                    super::matching::letter_mask(&expected)
                );
            }
            let field = texts.len().saturating_sub(1);
            let one = Catalog::field_text(kind, &directory, record, field);
            assert_eq!(one.as_ref(), texts.last());
        }
    }
    assert!(fields > 40_000, "{fields} fields checked");
}

/// Each field of the catalog says what it is, and says it right: a field
/// tagged as a person holds a person's name, a theme a theme, and so on.
#[test]
fn every_catalog_field_says_what_it_is() {
    use crate::search::catalog::{Catalog, Matched};
    let directory = crate::directory::default_directory();
    let catalog = Catalog::new(&directory);
    let people: Vec<&str> = directory.people.iter().map(|p| p.name.as_str()).collect();
    let roles: Vec<&str> = directory
        .people
        .iter()
        .filter_map(|p| p.role.as_deref())
        .collect();
    let themes: Vec<&str> = directory.themes().iter().map(|t| t.as_str()).collect();
    let mut seen = std::collections::HashSet::new();
    for kind in catalog::ALL_KINDS {
        let engine = catalog.engine(kind);
        for record in 0..engine.len() {
            for field in 0..engine.record(record).len() {
                let text = Catalog::field_text(kind, &directory, record, field).unwrap();
                let text = text.as_str();
                let what = catalog.matched(kind, record, field);
                seen.insert(what);
                let right = match what {
                    Matched::Person => people.contains(&text),
                    Matched::Role => text.is_empty() || roles.contains(&text),
                    Matched::Theme => {
                        themes.contains(&text)
                            || catalog::talks(&directory)
                                .iter()
                                .any(|t| t.themes.iter().any(|theme| theme == text))
                    }
                    Matched::Number | Matched::Stand => {
                        directory.stands.iter().any(|s| s.number == text)
                    }
                    Matched::Description => directory
                        .organisations
                        .iter()
                        .any(|o| o.description.as_deref() == Some(text)),
                    Matched::OfficialName => directory.organisations.iter().any(|o| o.name == text),
                    Matched::Alias => directory
                        .organisations
                        .iter()
                        .any(|o| o.aliases().iter().any(|a| a == text)),
                    Matched::Organisation => {
                        text.is_empty()
                            || directory
                                .organisations
                                .iter()
                                .any(|o| o.display_name() == text)
                    }
                    Matched::Speaker => {
                        people.contains(&text)
                            || catalog::talks(&directory)
                                .iter()
                                .any(|t| t.speakers.iter().any(|s| s.name.as_deref() == Some(text)))
                    }
                    Matched::Shown | Matched::Title | Matched::Place => true,
                };
                assert!(right, "{kind:?} {record} field {field} {what:?}: {text:?}");
            }
        }
    }
    assert!(seen.len() >= 10, "every kind of field is met: {seen:?}");
}

/// A query that finds nothing gets the looser one with the fewest words
/// left out that finds something.
#[test]
fn a_looser_query_leaves_out_the_fewest_words() {
    use crate::search::looser_query;
    let engine = records(&[
        (&[(Tier::Name, "Médecins du monde")], "a"),
        (&[(Tier::Name, "Maison du monde")], "b"),
        (&[(Tier::Name, "Croix-Rouge")], "c"),
    ]);
    let count = |q: &str| engine.search(q).len();
    assert_eq!(count("medecins zzqx monde"), 0);
    assert_eq!(
        looser_query("medecins zzqx monde", count),
        Some(("medecins monde".to_string(), 1))
    );
    // Two left out when one is not enough; the most found among equals.
    assert_eq!(
        looser_query("zzqx du wwvy", count),
        Some(("du".to_string(), 2))
    );
    assert_eq!(
        looser_query("zzqx", count),
        None,
        "one word: nothing to leave out"
    );
    assert_eq!(looser_query("zzqx wwvy", count), None);
}

/// A hit keeps what it is given, within its twelve bytes: a score beyond
/// `i32` at its bound, a field beyond `u16` as the record's first.
#[test]
fn a_hit_holds_its_record_score_and_field() {
    let hit = Hit::new(117_499, 2_345, 14);
    assert_eq!(
        (hit.record(), hit.score(), hit.field()),
        (117_499, 2_345, 14)
    );
    assert_eq!(Hit::new(0, i64::MAX, 0).score(), i64::from(i32::MAX));
    assert_eq!(Hit::new(0, -5, 70_000).field(), 0);
    assert_eq!(Hit::new(0, -5, 70_000).score(), -5);
}
