use proptest::prelude::*;

use super::*;
use crate::directory::default_directory;

fn round_trip(directory: &Directory) -> Directory {
    let encoded = encode(directory);
    decode(&encoded.structure, &encoded.texts).expect("reads back what it wrote")
}

#[test]
fn the_default_directory_reads_back_equal() {
    let directory = default_directory();
    assert!(directory.venue.is_some(), "the test covers a venue");
    assert_eq!(round_trip(&directory), directory);
}

#[test]
fn a_generated_fair_reads_back_equal() {
    let directory = crate::generate::generate(300, 7);
    assert_eq!(round_trip(&directory), directory);
}

#[test]
fn every_optional_field_set_and_unset_reads_back_equal() {
    let mut directory = default_directory();
    let venue = directory.venue.as_mut().expect("a venue");
    venue.connections.push(Connection {
        id: "porte".into(),
        name: "Porte « ouest »".into(),
        kind: ConnectionKind::Lift,
        from: Point {
            hall: "h1".into(),
            x: 1,
            y: 2,
        },
        to: Point {
            hall: "h2".into(),
            x: 3,
            y: 4,
        },
        length_m: Some(12.5),
    });
    venue.halls[0].level = -2;
    venue.halls[0].landmarks.push(Landmark {
        id: "vestiaire".into(),
        name: "Vestiaire".into(),
        kind: LandmarkKind::Cloakroom,
        x: 0,
        y: 0,
        w: 1,
        h: 1,
        walkable: true,
    });
    directory.event.edition = None;
    directory.organisations[0].website = Some("https://exemple.lu/é".into());
    directory.organisations[0].aliases = vec!["Ünë".into(), String::new().into()];
    assert_eq!(round_trip(&directory), directory);
}

#[test]
fn texts_are_not_copied_into_the_structure() {
    let encoded = encode(&default_directory());
    let json_texts = crate::directory::DEFAULT_JSON.len();
    assert!(encoded.texts.len() < json_texts);
    assert!(encoded.texts.contains("Croix-Rouge"));
    let structure = String::from_utf8_lossy(&encoded.structure);
    assert!(!structure.contains("Croix-Rouge"));
}

#[test]
fn every_cut_short_structure_is_an_error() {
    let encoded = encode(&default_directory());
    for len in 0..encoded.structure.len() {
        let cut = &encoded.structure[..len];
        assert!(
            decode::<Directory>(cut, &encoded.texts).is_err(),
            "cut at {len}"
        );
    }
}

#[test]
fn missing_texts_and_leftovers_are_errors() {
    let encoded = encode(&default_directory());
    let short = &encoded.texts[..encoded.texts.len() - 1];
    assert_eq!(
        decode::<Directory>(&encoded.structure, short),
        Err(Damaged("a text runs past the end or cuts a character"))
    );
    let long = format!("{}x", encoded.texts);
    assert_eq!(
        decode::<Directory>(&encoded.structure, &long),
        Err(Damaged("bytes are left over"))
    );
}

#[test]
fn a_text_that_would_cut_a_character_is_an_error() {
    let encoded = encode(&vec![Text::from("é")]);
    assert_eq!(encoded.structure, [1, 0, 0, 0, 2, 0, 0, 0]);
    let half = [1, 0, 0, 0, 1, 0, 0, 0];
    assert!(decode::<Vec<Text>>(&half, "é").is_err());
    assert!(decode::<Vec<Text>>(&encoded.structure, "é").is_ok());
}

#[test]
fn a_huge_count_is_refused_before_allocating() {
    let structure = u32::MAX.to_le_bytes();
    assert_eq!(
        decode::<Vec<Organisation>>(&structure, ""),
        Err(Damaged("a list is longer than the data"))
    );
}

#[test]
fn unknown_tags_are_errors() {
    assert!(decode::<Option<u32>>(&[2], "").is_err());
    assert!(decode::<bool>(&[2], "").is_err());
    assert!(decode::<Side>(&[4], "").is_err());
    assert_eq!(decode::<Side>(&[3], ""), Ok(Side::West));
    assert!(decode::<ConnectionKind>(&[3], "").is_err());
    assert_eq!(decode::<LandmarkKind>(&[6], ""), Ok(LandmarkKind::Other));
}

proptest! {
    /// Damage anywhere never panics: the result is an error or some
    /// directory (which validation then judges).
    #[test]
    fn damaged_bytes_never_panic(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8)
    ) {
        let mut encoded = encode(&default_directory());
        for (at, byte) in flips {
            let at = at.index(encoded.structure.len());
            encoded.structure[at] = byte;
        }
        let _ = decode::<Directory>(&encoded.structure, &encoded.texts);
    }
}
