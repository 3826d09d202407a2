//! The importer's messages: every problem, note, column and reason in both
//! languages.

use super::*;
use crate::directory::Side;
use crate::i18n::{en, fr};
use crate::import::messages::{Column, Format, IgnoreReason, PlanProblem, ScheduleProblem};
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
        P::Plan(PlanProblem::NoNumber),
        P::NotDrawn { stand: s("B2") },
        P::Schedule(ScheduleProblem::MissingTitle),
    ]
}

/// One of each problem of a drawn plan; `plan_number_of` as `number_of`.
fn plan_samples() -> Vec<PlanProblem> {
    use PlanProblem as Q;
    let s = |v: &str| v.to_string();
    vec![
        Q::NotUtf8(0xE9),
        Q::Tab,
        Q::BadScale(s("1 char = 0.3 m")),
        Q::NoHall,
        Q::EmptyHall(s("Annexe")),
        Q::HallTooLarge {
            hall: s("Annexe"),
            cells: 20_000,
            max: 10_000,
        },
        Q::OutsideSection,
        Q::BadLegendLine,
        Q::LegendKeyTwice { key: 'A', line: 3 },
        Q::UnknownKind(s("piscine")),
        Q::UnknownLetter('Q'),
        Q::UnknownCharacter('~'),
        Q::NotRectangle('B'),
        Q::UnclosedBox { line: 4, column: 3 },
        Q::StrayOutline('|'),
        Q::NoNumber,
        Q::TwoNumbers {
            first: s("A1"),
            second: s("A2"),
        },
        Q::TwoApproaches,
        Q::DrawnTwice {
            stand: s("A1"),
            line: 5,
        },
        Q::Overlap {
            stand: s("A2"),
            other: s("A1"),
            line: 5,
        },
        Q::SecondMainEntrance { line: 9 },
        Q::ConnectionOnce { name: s("Porte") },
        Q::ConnectionTooMany { name: s("Porte") },
        Q::HallUnreachable { hall: s("Annexe") },
        Q::ApproachOutside {
            stand: s("A1"),
            side: Side::West,
        },
        Q::ApproachBlocked {
            stand: s("A1"),
            side: Side::North,
        },
        Q::ApproachUnreachable {
            stand: s("A1"),
            side: Side::East,
        },
        Q::StandUnreachable { stand: s("A1") },
        Q::NotInSheet { stand: s("Z9") },
    ]
}

fn plan_number_of(p: &PlanProblem) -> usize {
    use PlanProblem as Q;
    match p {
        Q::NotUtf8(_) => 0,
        Q::Tab => 1,
        Q::BadScale(_) => 2,
        Q::NoHall => 3,
        Q::EmptyHall(_) => 4,
        Q::HallTooLarge { .. } => 5,
        Q::OutsideSection => 6,
        Q::BadLegendLine => 7,
        Q::LegendKeyTwice { .. } => 8,
        Q::UnknownKind(_) => 9,
        Q::UnknownLetter(_) => 10,
        Q::UnknownCharacter(_) => 11,
        Q::NotRectangle(_) => 12,
        Q::UnclosedBox { .. } => 13,
        Q::StrayOutline(_) => 14,
        Q::NoNumber => 15,
        Q::TwoNumbers { .. } => 16,
        Q::TwoApproaches => 17,
        Q::DrawnTwice { .. } => 18,
        Q::Overlap { .. } => 19,
        Q::SecondMainEntrance { .. } => 20,
        Q::ConnectionOnce { .. } => 21,
        Q::ConnectionTooMany { .. } => 22,
        Q::HallUnreachable { .. } => 23,
        Q::ApproachOutside { .. } => 24,
        Q::ApproachBlocked { .. } => 25,
        Q::ApproachUnreachable { .. } => 26,
        Q::StandUnreachable { .. } => 27,
        Q::NotInSheet { .. } => 28,
    }
}

#[test]
fn every_plan_problem_has_a_sample_in_both_languages() {
    let samples = plan_samples();
    let mut numbers: Vec<usize> = samples.iter().map(plan_number_of).collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (0..=28).collect::<Vec<_>>());
    let wrapped: Vec<ImportProblem> = samples.into_iter().map(P::Plan).collect();
    assert_translated(&wrapped, ImportProblem::text);
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
        P::Plan(_) => 26,
        P::NotDrawn { .. } => 27,
        P::NotSpreadsheet(_) => 28,
        P::UnreadableSpreadsheet { .. } => 29,
        P::UnknownSheet { .. } => 30,
        P::NoSheet => 31,
        P::SheetOfCsv(_) => 32,
        P::EmptySheet => 33,
        P::CellError(_) => 34,
        P::CellsWithoutHeader => 35,
        P::Schedule(_) => 36,
    }
}

#[test]
fn every_problem_has_a_sample() {
    let mut numbers: Vec<usize> = samples().iter().map(number_of).collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (0..=36).collect::<Vec<_>>());
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
        IgnoreReason::PlanGiven,
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

/// One of each problem of a conference's schedule. The `match` has no
/// catch-all arm, so a new kind does not compile until it is listed here.
#[test]
fn every_schedule_problem_and_summary_reads_differently_in_french_and_english() {
    use ScheduleProblem as S;
    let s = |v: &str| v.to_string();
    let samples = [
        S::NotUtf8(0xE9),
        S::NotXml(s("expected 'event' tag, not 'room'")),
        S::Json(crate::json_error::JsonProblem::TrailingComma),
        S::NotSchedule,
        S::NoEvents,
        S::MissingTitle,
        S::NoTime,
        S::BadDate(s("tomorrow")),
        S::BadStart(s("25:00")),
        S::BadDuration(s("half")),
        S::NoTimeZone,
        S::UnknownTimeZone(s("Europe/Atlantis")),
        S::Overlaps {
            room: s("Janson"),
            other: s("Opening"),
            other_line: 12,
        },
        S::IntoNeedsSchedule,
        S::NotForSchedule("--plan"),
    ];
    for sample in &samples {
        match sample {
            S::NotUtf8(_)
            | S::NotXml(_)
            | S::Json(_)
            | S::NotSchedule
            | S::NoEvents
            | S::MissingTitle
            | S::NoTime
            | S::BadDate(_)
            | S::BadStart(_)
            | S::BadDuration(_)
            | S::NoTimeZone
            | S::UnknownTimeZone(_)
            | S::Overlaps { .. }
            | S::IntoNeedsSchedule
            | S::NotForSchedule(_) => {}
        }
    }
    let wrapped: Vec<ImportProblem> = samples.into_iter().map(P::Schedule).collect();
    assert_translated(&wrapped, ImportProblem::text);
    let import = |lang: Lang| &crate::i18n::t(lang).import;
    assert_all_translated(&[
        ("schedule_imported", &|l| {
            (import(l).schedule_imported)("s.xml", 12, 12, 2, 3, 5)
        }),
        ("schedule_refused", &|l| {
            (import(l).schedule_refused)("s.xml", 12, 10, 2)
        }),
    ]);
    assert_eq!(
        (import(Lang::En).schedule_refused)("s.xml", 1, 0, 1),
        "s.xml: 1 event read: 0 talks, 1 refused; nothing written"
    );
    assert_eq!(
        (import(Lang::Fr).schedule_imported)("s.xml", 2, 2, 0, 1, 0),
        "s.xml : 2 événements lus : 2 exposés, 1 nouvelle salle, 0 intervenant"
    );
}
