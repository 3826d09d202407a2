//! The importer's messages: every problem, note, column and reason in both
//! languages.

use super::*;
use crate::directory::Side;
use crate::i18n::{en, fr};
use crate::import::messages::{Column, Format, IgnoreReason};
use ImportProblem as P;

/// One of each problem. `number_of` has no catch-all arm, so a new kind
/// does not compile until it is numbered, and then fails here until it
/// has a sample.
fn samples() -> Vec<ImportProblem> {
    let s = |v: &str| v.to_string();
    vec![
        P::NotUtf8(0xE9),
        P::NotCsv(s("CSV error")),
        P::UnclosedQuote,
        P::EmptyFile,
        P::NotSpreadsheet(Format::Xlsx),
        P::UnreadableSpreadsheet {
            format: Format::Ods,
            reason: s("invalid Zip archive"),
        },
        P::UnknownSheet {
            name: s("Feuil3"),
            sheets: vec![s("Feuil1"), s("Feuil2")],
        },
        P::NoSheet,
        P::SheetOfCsv(s("Feuil1")),
        P::EmptySheet,
        P::NoStands,
        P::NoColumn(Column::Stand),
        P::IgnoredColumn {
            header: s("Remarques"),
            reason: IgnoreReason::Unknown,
        },
        P::ControlCharacter('\u{7}'),
        P::CellError(s("#REF!")),
        P::CellsWithoutHeader,
        P::MoreCellsThanHeader { cells: 4, width: 3 },
        P::Missing(Column::Organisation),
        P::EmailNotPerson(s("info@example.lu")),
        P::UnreadablePerson(s("Tom (chef")),
        P::WebsiteWithSpaces(s("voir brochure")),
        P::WebsiteIsEmail(s("info@example.lu")),
        P::WebsiteNotAddress(s("ftp://example.lu")),
        P::StandNumberUsed {
            number: s("A1"),
            line: 2,
        },
        P::OrganisationConflict {
            organisation: s("Alpha"),
            field: Column::Description,
            line: 2,
        },
        P::NoPosition { stand: s("A1") },
        P::ZeroSize(Column::Width),
        P::NotCells {
            column: Column::X,
            value: s("-1"),
        },
        P::MissingCoordinate(Column::Y),
        P::BadApproach(s("up")),
        P::BeyondLargestHall {
            stand: s("A1"),
            reach: 9997,
            hall_max: 10_000,
        },
        P::Overlap {
            stand: s("A2"),
            other: s("A1"),
            line: 2,
        },
        P::EdgeOfPlan {
            side: Side::North,
            stand: s("A1"),
        },
        P::FacesStand {
            side: Side::East,
            stand: s("A1"),
            other: s("A2"),
            line: 3,
        },
    ]
}

fn number_of(p: &ImportProblem) -> usize {
    match p {
        P::NotUtf8(_) => 0,
        P::NotCsv(_) => 1,
        P::UnclosedQuote => 25,
        P::EmptyFile => 2,
        P::NoStands => 3,
        P::NoColumn(_) => 4,
        P::IgnoredColumn { .. } => 5,
        P::ControlCharacter(_) => 6,
        P::MoreCellsThanHeader { .. } => 7,
        P::Missing(_) => 8,
        P::EmailNotPerson(_) => 9,
        P::UnreadablePerson(_) => 10,
        P::WebsiteWithSpaces(_) => 11,
        P::WebsiteIsEmail(_) => 12,
        P::WebsiteNotAddress(_) => 13,
        P::StandNumberUsed { .. } => 14,
        P::OrganisationConflict { .. } => 15,
        P::NoPosition { .. } => 16,
        P::ZeroSize(_) => 17,
        P::NotCells { .. } => 18,
        P::MissingCoordinate(_) => 19,
        P::BadApproach(_) => 20,
        P::BeyondLargestHall { .. } => 21,
        P::Overlap { .. } => 22,
        P::EdgeOfPlan { .. } => 23,
        P::FacesStand { .. } => 24,
        P::NotSpreadsheet(_) => 26,
        P::UnreadableSpreadsheet { .. } => 27,
        P::UnknownSheet { .. } => 28,
        P::NoSheet => 29,
        P::SheetOfCsv(_) => 30,
        P::EmptySheet => 31,
        P::CellError(_) => 32,
        P::CellsWithoutHeader => 33,
    }
}

#[test]
fn every_problem_has_a_sample() {
    let mut numbers: Vec<usize> = samples().iter().map(number_of).collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (0..=33).collect::<Vec<_>>());
}

#[test]
fn every_problem_and_note_reads_differently_in_french_and_english() {
    assert_translated(&samples(), ImportProblem::text);
    let notes = [
        ImportNote::Grid { aisles: 3 },
        ImportNote::HallsWithoutDoors(2),
    ];
    assert_translated(&notes, ImportNote::text);
}

#[test]
fn every_column_has_a_french_name_and_each_reason_its_words() {
    for c in [
        Column::Stand,
        Column::Organisation,
        Column::ShortName,
        Column::Title,
        Column::Themes,
        Column::Website,
        Column::People,
        Column::Approach,
    ] {
        // The same word in both languages.
        if c != Column::Organisation {
            assert_ne!(en::import::column(c), fr::import::column(c), "{c:?}");
        }
        let missing = P::Missing(c);
        assert_ne!(missing.text(Lang::En), missing.text(Lang::Fr));
    }
    for reason in [
        IgnoreReason::Unknown,
        IgnoreReason::Repeated,
        IgnoreReason::HallWithoutPosition,
    ] {
        let header = "h".to_string();
        let fr = P::IgnoredColumn { header, reason }.text(Lang::Fr);
        assert!(
            fr.starts_with("attention : colonne « h » ignorée : "),
            "{fr}"
        );
    }
}

#[test]
fn french_reads_naturally() {
    let fr = |p: ImportProblem| p.text(Lang::Fr);
    assert_eq!(
        fr(P::Missing(Column::Stand)),
        "il manque le numéro de stand"
    );
    assert_eq!(
        fr(P::Missing(Column::Organisation)),
        "il manque l'organisation"
    );
    assert_eq!(
        fr(P::OrganisationConflict {
            organisation: "Alpha".into(),
            field: Column::Website,
            line: 4
        }),
        "attention : « Alpha » a déjà un autre site web ligne 4 ; la première valeur est gardée"
    );
}
