//! The talks of the programme, searched like everything else.

use crate::directory::{self, Directory};
use crate::search::catalog::{self, Catalog, Kind, Matched};

fn directory() -> Directory {
    directory::parse(include_str!(
        "../../../tests/fixtures/valid/tui-programme.json"
    ))
    .expect("the programme fixture is valid")
}

/// The ids of the talks found for `query`, best first.
fn found(catalog: &Catalog, directory: &Directory, query: &str) -> Vec<String> {
    let talks = catalog::talks(directory);
    catalog
        .talks
        .search(query)
        .iter()
        .map(|h| talks[h.record()].id.to_string())
        .collect()
}

#[test]
fn the_empty_query_lists_talks_by_time_unknown_times_last() {
    let directory = directory();
    let catalog = Catalog::new(&directory);
    assert_eq!(
        found(&catalog, &directory, ""),
        [
            "refugies",
            "logement",
            "soins-rue",
            "seniors",
            "table-ronde"
        ]
    );
}

#[test]
fn a_typo_in_a_linked_speakers_name_finds_the_talks() {
    let directory = directory();
    let catalog = Catalog::new(&directory);
    // Anne Exemple is a person of the directory: her name, not the
    // programme's, is searched; "exmple" lacks a letter.
    assert_eq!(
        found(&catalog, &directory, "anne exmple"),
        ["refugies", "seniors"]
    );
    let hits = catalog.talks.search("exmple");
    let why = catalog.matched(Kind::Talk, hits[0].record(), hits[0].field());
    assert_eq!(why, Matched::Speaker);
    // A speaker known only by name.
    assert_eq!(found(&catalog, &directory, "paul fictif"), ["soins-rue"]);
}

#[test]
fn a_title_is_found_without_its_accents_and_a_theme_too() {
    let directory = directory();
    let catalog = Catalog::new(&directory);
    assert_eq!(found(&catalog, &directory, "refugies"), ["refugies"]);
    assert_eq!(found(&catalog, &directory, "ou en est on"), ["logement"]);
    assert_eq!(found(&catalog, &directory, "sante"), ["soins-rue"]);
    let hits = catalog.talks.search("solidarite");
    let why = catalog.matched(Kind::Talk, hits[0].record(), hits[0].field());
    assert_eq!(why, Matched::Theme);
}

#[test]
fn a_place_is_found_by_its_name_or_stand_number() {
    let directory = directory();
    let catalog = Catalog::new(&directory);
    assert_eq!(
        found(&catalog, &directory, "tribune"),
        ["refugies", "table-ronde"]
    );
    assert_eq!(found(&catalog, &directory, "salle 2"), ["logement"]);
    assert_eq!(found(&catalog, &directory, "a2"), ["soins-rue"]);
    assert_eq!(found(&catalog, &directory, "grande salle"), ["seniors"]);
    // The row's texts are read back: title, then place.
    let texts = Catalog::field_texts(Kind::Talk, &directory, 0);
    assert_eq!(texts[catalog::TALK_PLACE], "Tribune");
    assert_eq!(texts[2], "Anne Exemple");
    assert_eq!(
        Catalog::field_text(Kind::Talk, &directory, 1, catalog::TALK_TITLE).as_deref(),
        Some("Logement abordable : où en est-on ?")
    );
}

#[test]
fn talks_rank_among_the_other_kinds() {
    let directory = directory();
    let catalog = Catalog::new(&directory);
    let hits = catalog.search("vieillir", &catalog::ALL_KINDS);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].0, Kind::Talk);
}
