//! The misspellings table of the README, checked on the default directory:
//! each query's first result is the intended stand, organisation or person,
//! and each nonsense word finds nothing. The table is read from the README,
//! so what it promises is what is tested.

use maillage::directory::{Directory, default_directory};
use maillage::search::catalog::{Catalog, Kind};

const KINDS: &[Kind] = &[Kind::Stand, Kind::Organisation, Kind::Person];

/// The lines of the README between `<!-- {start}` and `<!-- end {start}`.
fn readme_section(start: &str) -> Vec<String> {
    let readme = include_str!("../../README.md");
    let from = readme
        .find(&format!("<!-- {start}"))
        .unwrap_or_else(|| panic!("README has no <!-- {start} section"));
    let to = readme[from..]
        .find(&format!("<!-- end {start}"))
        .unwrap_or_else(|| panic!("README's {start} section is not closed"));
    readme[from..from + to]
        .lines()
        .skip(1)
        .map(str::to_string)
        .collect()
}

/// The text between the first pair of backticks of `cell`.
fn quoted(cell: &str) -> &str {
    cell.split('`').nth(1).unwrap_or("")
}

/// Whether a hit is `wanted`: that organisation, a stand it is at, that
/// stand, that person or that talk.
fn is(directory: &Directory, kind: Kind, index: usize, wanted: &str) -> bool {
    match kind {
        Kind::Stand => {
            let stand = &directory.stands[index];
            stand.number == wanted || stand.organisations.iter().any(|id| id == wanted)
        }
        Kind::Organisation => directory.organisations[index].id == wanted,
        Kind::Person => directory.people[index].id == wanted,
        Kind::Talk => maillage::search::catalog::talks(directory)[index].id == wanted,
    }
}

#[test]
fn every_misspelling_of_the_readme_finds_its_entry_first() {
    let directory = default_directory();
    let catalog = Catalog::new(&directory);
    let rows: Vec<(String, String)> = readme_section("misspellings")
        .iter()
        .filter(|line| line.starts_with("| `"))
        .map(|line| {
            let cells: Vec<&str> = line.split('|').collect();
            (quoted(cells[1]).to_string(), quoted(cells[3]).to_string())
        })
        .collect();
    assert!(rows.len() >= 40, "the table has {} rows", rows.len());
    let mut wrong = Vec::new();
    for (query, wanted) in &rows {
        assert!(!query.is_empty() && !wanted.is_empty(), "a row without `…`");
        let hits = catalog.search(query, KINDS);
        match hits.first() {
            Some((kind, hit)) if is(&directory, *kind, hit.record(), wanted) => {}
            first => wrong.push(format!("{query:?} wanted {wanted}, got {first:?}")),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn nonsense_words_of_the_readme_find_nothing() {
    let catalog = Catalog::new(&default_directory());
    let words: Vec<String> = readme_section("nonsense")
        .iter()
        .flat_map(|line| line.split('`').skip(1).step_by(2).map(str::to_string))
        .collect();
    assert!(words.len() >= 20, "{words:?}");
    for word in &words {
        let hits = catalog.search(word, KINDS);
        assert!(hits.is_empty(), "{word:?} found {hits:?}");
    }
}
