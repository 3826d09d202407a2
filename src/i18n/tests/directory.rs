//! Directory problems: every kind, subject and label in both languages.

use super::*;
use crate::directory::messages::{
    Compass, Dimension, Field, HallExtent, Item, Message, Place, Subject, TalkPlaceKind,
    TalkTimeField,
};
use crate::json_error::JsonProblem;
use ProblemKind as K;

fn stand() -> Subject {
    Subject::Stand(1, "A2".into())
}

fn org() -> Subject {
    Subject::Named(Item::Organisation, 0, "alpha".into())
}

fn hall() -> HallExtent {
    HallExtent {
        id: "main".into(),
        last_x: 9,
        last_y: 5,
    }
}

fn entrance() -> Place {
    let who = Subject::Named(Item::Entrance, 0, "door".into());
    Place::Entrance { who, x: 1, y: 2 }
}

/// One of each kind. `number_of` below has no catch-all arm, so a new kind
/// does not compile until it is given a number, and the test then fails
/// until it has a sample here.
fn samples() -> Vec<ProblemKind> {
    vec![
        K::NotUtf8,
        K::NotAJsonObject,
        K::NoFormat,
        K::NotADirectory {
            format: "\"notes\"".into(),
        },
        K::UnsupportedVersion {
            version: "9".into(),
        },
        K::Json(JsonProblem::TrailingComma),
        K::EmptyId(Item::Person),
        K::InvalidId(Item::Hall, "Main Hall".into()),
        K::DuplicateId(Item::Organisation, "x".into()),
        K::DuplicatePlaceId("door".into()),
        K::EmptyEventName,
        K::InvalidDate("2022-13".into()),
        K::EmptyField(org(), Field::ShortName),
        K::EmptyAlias(org()),
        K::EmptyTheme(stand()),
        K::UnknownParent(org(), "beta".into()),
        K::OwnAncestor(org(), vec!["alpha".into(), "beta".into(), "alpha".into()]),
        K::EmptyStandNumber,
        K::NumberSpaces(" A1".into()),
        K::DuplicateStandNumber(stand()),
        K::NoOrganisation(stand()),
        K::UnknownOrganisation(stand(), "gamma".into()),
        K::OrganisationTwice(stand(), "alpha".into()),
        K::WorksForUnknownOrganisation(Subject::Named(Item::Person, 3, "".into()), "z".into()),
        K::AtUnknownStand(Subject::Named(Item::Person, 0, "p".into()), "Z9".into()),
        K::LocationWithoutVenue(stand()),
        K::NoHall,
        K::HallUnreachable(Subject::Named(Item::Hall, 1, "upstairs".into())),
        K::InUnknownHall(stand(), "annex".into()),
        K::SecondMainEntrance(Subject::Named(Item::Entrance, 1, "back".into())),
        K::BadLength(Subject::Named(Item::Connection, 0, "stairs".into()), -1.0),
        K::EndInUnknownHall {
            who: Subject::Named(Item::Connection, 0, "stairs".into()),
            start: false,
            hall: "roof".into(),
        },
        K::BadHallSize(
            Subject::Named(Item::Hall, 0, "main".into()),
            Dimension::Width,
            0,
        ),
        K::BadMetresPerCell(Subject::Named(Item::Hall, 0, "main".into()), 0.0),
        K::PointOutside(entrance(), hall()),
        K::PointCovered(entrance(), Subject::AWall),
        K::Overlaps(stand(), Subject::Stand(0, "A1".into())),
        K::ApproachOutside {
            stand: stand(),
            side: Compass::East,
            x: 10,
            y: 3,
            hall: hall(),
        },
        K::ApproachBlocked {
            stand: stand(),
            side: Compass::West,
            x: 2,
            y: 3,
            by: Subject::Named(Item::Landmark, 0, "bar".into()),
        },
        K::ZeroSize(Subject::Wall(1), Dimension::Height),
        K::ExtendsOutside {
            what: stand(),
            xs: "8-10".into(),
            ys: "2".into(),
            hall: hall(),
        },
        K::BadTalkTime(talk(), TalkTimeField::Start, "9h30".into()),
        K::EndWithoutStart(talk()),
        K::EndNotAfterStart(talk()),
        K::UnknownTalkPlace(talk(), TalkPlaceKind::Room, "janson".into()),
        K::UnknownSpeaker(talk(), "nobody".into()),
        K::SpeakerWithoutName(talk()),
        K::TalkUnknownOrganisation(talk(), "gamma".into()),
        K::TalksOverlap(talk(), Subject::Named(Item::Talk, 0, "first".into())),
    ]
}

fn talk() -> Subject {
    Subject::Named(Item::Talk, 1, "keynote".into())
}

fn number_of(kind: &ProblemKind) -> usize {
    match kind {
        K::NotUtf8 => 0,
        K::NotAJsonObject => 1,
        K::NoFormat => 2,
        K::NotADirectory { .. } => 3,
        K::UnsupportedVersion { .. } => 4,
        K::Json(_) => 5,
        K::EmptyId(_) => 6,
        K::InvalidId(..) => 7,
        K::DuplicateId(..) => 8,
        K::DuplicatePlaceId(_) => 9,
        K::EmptyEventName => 10,
        K::InvalidDate(_) => 11,
        K::EmptyField(..) => 12,
        K::EmptyAlias(_) => 13,
        K::EmptyTheme(_) => 14,
        K::UnknownParent(..) => 15,
        K::OwnAncestor(..) => 16,
        K::EmptyStandNumber => 17,
        K::NumberSpaces(_) => 18,
        K::DuplicateStandNumber(_) => 19,
        K::NoOrganisation(_) => 20,
        K::UnknownOrganisation(..) => 21,
        K::OrganisationTwice(..) => 22,
        K::WorksForUnknownOrganisation(..) => 23,
        K::AtUnknownStand(..) => 24,
        K::LocationWithoutVenue(_) => 25,
        K::NoHall => 26,
        K::InUnknownHall(..) => 27,
        K::SecondMainEntrance(_) => 28,
        K::BadLength(..) => 29,
        K::EndInUnknownHall { .. } => 30,
        K::BadHallSize(..) => 31,
        K::BadMetresPerCell(..) => 32,
        K::PointOutside(..) => 33,
        K::PointCovered(..) => 34,
        K::Overlaps(..) => 35,
        K::ApproachOutside { .. } => 36,
        K::ApproachBlocked { .. } => 37,
        K::ZeroSize(..) => 38,
        K::ExtendsOutside { .. } => 39,
        K::HallUnreachable(_) => 40,
        K::BadTalkTime(..) => 41,
        K::EndWithoutStart(_) => 42,
        K::EndNotAfterStart(_) => 43,
        K::UnknownTalkPlace(..) => 44,
        K::UnknownSpeaker(..) => 45,
        K::SpeakerWithoutName(_) => 46,
        K::TalkUnknownOrganisation(..) => 47,
        K::TalksOverlap(..) => 48,
    }
}

#[test]
fn every_kind_has_a_sample() {
    let mut numbers: Vec<usize> = samples().iter().map(number_of).collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (0..=48).collect::<Vec<_>>());
}

#[test]
fn every_kind_reads_differently_in_french_and_english() {
    assert_translated(&samples(), ProblemKind::text);
}

#[test]
fn every_subject_and_see_label_is_translated() {
    let subjects = [
        Subject::Named(Item::Event, 0, "e".into()),
        Subject::Named(Item::Room, 0, "janson".into()),
        Subject::Named(Item::Talk, 0, "keynote".into()),
        Subject::Named(Item::Hall, 4, " ".into()),
        Subject::Stand(3, "".into()),
        Subject::Stand(0, "A 1".into()),
        Subject::Wall(0),
        Subject::AWall,
    ];
    assert_translated(&subjects.map(K::EmptyAlias), ProblemKind::text);
    let labels = [SeeLabel::FirstAt, SeeLabel::TheFirstIsAt, SeeLabel::Line];
    assert_translated(&labels, |&label, lang| (t(lang).directory.see)(label, 3));
    let reasons = [IoReason::NotFound, IoReason::PermissionDenied];
    assert_translated(&reasons, IoReason::text);
}

#[test]
fn french_reads_naturally() {
    let say = |kind: ProblemKind| kind.text(Lang::Fr);
    assert_eq!(
        say(K::UnknownOrganisation(stand(), "gamma".into())),
        "le stand A2 appartient à une organisation inconnue « gamma »"
    );
    let duplicate = Message {
        kind: K::DuplicateId(Item::Organisation, "x".into()),
        see: Some((SeeLabel::FirstAt, 4)),
    };
    assert_eq!(
        duplicate.text(Lang::Fr),
        "identifiant d'organisation en double « x » (première occurrence ligne 4)"
    );
    assert_eq!(
        say(K::EmptyField(
            Subject::Named(Item::Person, 2, "".into()),
            Field::Name
        )),
        "la personne n° 3 a un nom vide"
    );
    assert_eq!(
        say(K::ZeroSize(Subject::Wall(1), Dimension::Height)),
        "le mur 2 a une hauteur nulle"
    );
}

#[test]
fn file_text_in_french_messages_is_escaped() {
    let kind = K::UnknownOrganisation(stand(), "\u{1b}[2J".into());
    assert!(!kind.text(Lang::Fr).contains('\u{1b}'));
}
